"""Sector and district bands from firms' ability to pay."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core.sector import affordability_curve, sector_band, sector_floor_for_share

# Four firms. Worker shares from the richest down: 0.08 -> 30%, 0.06 -> 60%,
# 0.04 -> 90%, 0.02 -> 100%. Firm shares: 25%, 50%, 75%, 100%.
RESISTANCE = [0.02, 0.04, 0.06, 0.08]
HEADS = [100, 300, 300, 300]


def test_affordability_curve_by_hand():
    curve = affordability_curve([0.0, 0.04, 0.05, 0.08, 0.09], RESISTANCE, HEADS)
    # 0.04 is affordable to the firm at exactly 0.04 (resistance >= raise).
    assert_allclose(curve.firms_share, [1.0, 0.75, 0.5, 0.25, 0.0])
    assert_allclose(curve.workers_share, [1.0, 0.9, 0.6, 0.3, 0.0])


def test_floor_for_share_by_workers_and_by_firms():
    assert sector_floor_for_share(RESISTANCE, HEADS, 0.9) == 0.04
    assert sector_floor_for_share(RESISTANCE, HEADS, 0.91) == 0.02
    assert sector_floor_for_share(RESISTANCE, HEADS, 1.0) == 0.02
    assert sector_floor_for_share(RESISTANCE, HEADS, 0.3) == 0.08
    # By firms, 0.9 of four firms needs all four.
    assert sector_floor_for_share(RESISTANCE, HEADS, 0.9, by="firms") == 0.02
    assert sector_floor_for_share(RESISTANCE, HEADS, 0.5, by="firms") == 0.06


def test_sector_band_defaults():
    # Floor: 90% of workers -> 0.04; target: 50% -> 0.06; ask: 25% -> 0.08.
    band = sector_band(RESISTANCE, HEADS)
    assert (band.floor, band.target, band.ask) == (0.04, 0.06, 0.08)
    assert (band.floor_workers_share, band.target_workers_share, band.ask_workers_share) \
        == pytest.approx((0.9, 0.6, 0.3))
    assert (band.floor_firms_share, band.target_firms_share, band.ask_firms_share) \
        == pytest.approx((0.75, 0.5, 0.25))


def test_sector_band_with_firm_floors_and_targets():
    # Firm floors all 5%: the floor rises from 0.04 to 0.05, affordable to 60% of workers.
    # Targets: (100 x 0.03 + 300 x 0.05 + 300 x 0.07 + 300 x 0.09) / 1000 = 0.066.
    band = sector_band(RESISTANCE, HEADS, floor=[0.05] * 4, target=[0.03, 0.05, 0.07, 0.09])
    assert band.floor == pytest.approx(0.05)
    assert band.floor_workers_share == pytest.approx(0.6)
    assert band.target == pytest.approx(0.066)
    assert band.ask == pytest.approx(0.08)


@pytest.mark.parametrize("share", [0.0, 1.5])
def test_share_outside_range_is_refused(share):
    with pytest.raises(ValueError, match="share"):
        sector_floor_for_share(RESISTANCE, HEADS, share)


def test_bad_firm_arrays_are_refused():
    with pytest.raises(ValueError):
        affordability_curve([0.01], [0.02, np.nan], [1, 1])
    with pytest.raises(ValueError):
        sector_band(RESISTANCE, [0, 0, 0, 0])


firms = st.integers(1, 30).flatmap(lambda n: st.tuples(
    st.lists(st.floats(-0.05, 0.15), min_size=n, max_size=n),
    st.lists(st.integers(0, 1000), min_size=n, max_size=n).filter(lambda h: sum(h) > 0),
))


@given(firms, st.lists(st.floats(-0.1, 0.2), min_size=1, max_size=20))
def test_affordability_is_non_increasing_in_the_raise(case, candidates):
    resistance, heads = case
    raises = np.sort(candidates)
    curve = affordability_curve(raises, resistance, heads)
    for share in (curve.firms_share, curve.workers_share):
        assert np.all(np.diff(share) <= 1e-12)
        assert np.all((share >= 0) & (share <= 1 + 1e-12))


@given(firms, st.floats(0.01, 1.0))
def test_floor_for_share_is_the_largest_covering_raise(case, share):
    resistance, heads = case
    floor = sector_floor_for_share(resistance, heads, share)
    covered = affordability_curve(floor, resistance, heads).workers_share
    assert covered >= share - 1e-9
    higher = [r for r in resistance if r > floor]
    if higher:
        assert affordability_curve(min(higher), resistance, heads).workers_share < share


@given(firms)
def test_band_is_ordered(case):
    band = sector_band(*case)
    assert band.floor <= band.target <= band.ask

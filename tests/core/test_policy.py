"""Policy: documented defaults, validation, and overrides from a mapping."""
from __future__ import annotations

import dataclasses

import pytest

from wagebargain.core.policy import Policy


def test_defaults_are_the_documented_ones():
    policy = Policy()
    assert policy.inflation_measure == "forecast"
    assert policy.productivity_measure == "enterprise"
    assert (policy.catch_up_share, policy.market_catch_up_share, policy.catch_up_cap) == (0.25, 0.10, 0.03)
    assert (policy.bargaining_margin, policy.bargaining_margin_ratio) == (0.02, 0.0)
    assert policy.profit_share_limit == 0.10
    assert policy.union_power == 0.5
    assert (policy.slow_growth, policy.fast_growth, policy.well_paid_ratio) == (0.02, 0.10, 2.0)
    assert (policy.adequacy_ratio, policy.min_wage_gap_warning, policy.no_raise_years) == (0.40, 0.05, 2)


def test_every_field_is_documented_in_the_class_docstring():
    doc = Policy.__doc__
    for field in dataclasses.fields(Policy):
        assert f"{field.name} :" in doc, field.name


def test_policy_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Policy().union_power = 0.9  # type: ignore[misc]


def test_from_mapping_overrides_and_converts_types():
    policy = Policy.from_mapping({"inflation_measure": "realised", "union_power": 1, "no_raise_years": 3.0})
    assert policy.inflation_measure == "realised"
    assert policy.union_power == 1.0 and isinstance(policy.union_power, float)
    assert policy.no_raise_years == 3 and isinstance(policy.no_raise_years, int)
    assert policy.catch_up_cap == Policy().catch_up_cap  # untouched fields keep their default


def test_from_mapping_empty_is_the_default():
    assert Policy.from_mapping({}) == Policy()


def test_unknown_key_names_the_key_and_suggests_a_close_one():
    with pytest.raises(ValueError, match=r"unknown setting 'union_powr'.*did you mean 'union_power'"):
        Policy.from_mapping({"union_powr": 0.6})


def test_unknown_keys_are_all_reported():
    with pytest.raises(ValueError) as info:
        Policy.from_mapping({"foo": 1, "bar": 2})
    assert "'foo'" in str(info.value) and "'bar'" in str(info.value)


@pytest.mark.parametrize(
    "values, message",
    [
        ({"union_power": "0.5"}, "union_power must be a number"),
        ({"union_power": True}, "union_power must be a number"),
        ({"union_power": 1.5}, "union_power must lie between 0 and 1"),
        ({"catch_up_cap": -0.01}, "catch_up_cap must lie between"),
        ({"profit_share_limit": float("nan")}, "profit_share_limit must lie between"),
        ({"inflation_measure": "expected"}, "inflation_measure must be one of forecast, realised, target"),
        ({"productivity_measure": 1}, "productivity_measure must be a word"),
        ({"no_raise_years": 2.5}, "no_raise_years must be a whole number"),
        ({"slow_growth": 0.2, "fast_growth": 0.1}, "slow_growth .* must not exceed fast_growth"),
    ],
)
def test_bad_values_raise_a_clear_value_error(values, message):
    with pytest.raises(ValueError, match=message):
        Policy.from_mapping(values)


def test_direct_construction_is_validated_too():
    with pytest.raises(ValueError, match="bargaining_margin"):
        Policy(bargaining_margin=-0.01)

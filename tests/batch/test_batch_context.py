"""The context file: region.yaml into scalar context columns, and per-row overrides."""
from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from wagebargain.batch.context import (BatchContext, broadcast, context_from_mapping,
                                       load_context, make_policy)
from wagebargain.errors import DataError, ScenarioError

REGION = {
    "economy": {
        "cpi": {"previous": "0.2%", "forecast": "1.0%"},
        "productivity_trend": "4.0%",
        "average_wage": 12434,
        "minimum_wage": {"monthly": 2740, "excludes_employee_contributions": True},
        "employer_contributions": {"pension": "16%", "medical": 0.09},
        "contribution_base": {"floor": 7460, "ceiling": 37302},
    },
    "guideline": {"baseline": "5%", "upper": "8%", "lower": "2%"},
}


def test_region_yaml_becomes_context_columns(region):
    columns = load_context(region).columns
    expected = {
        "cpi_previous": 0.002, "cpi_forecast": 0.01, "productivity_trend": 0.04,
        "average_wage": 12434, "minimum_wage_monthly": 2740, "minimum_wage_next": 2850,
        "excludes_employee_contributions": 1.0,
        "employer_rate": 0.16 + 0.09 + 0.005 + 0.002 + 0.07,
        "contribution_floor": 7460, "contribution_ceiling": 37302,
        "guideline_baseline": 0.05, "guideline_upper": 0.08, "guideline_lower": 0.02,
    }
    assert set(columns) == set(expected)
    for name, value in expected.items():
        assert columns[name] == pytest.approx(value), name


def test_next_minimum_defaults_to_monthly_and_absent_keys_stay_absent():
    columns = context_from_mapping(REGION).columns
    assert columns["minimum_wage_next"] == 2740
    assert columns["employer_rate"] == pytest.approx(0.25)
    assert "cpi_target" not in columns


def test_bad_mapping_lists_every_problem():
    bad = {"economy": {**REGION["economy"], "productivity_trend": 4}, "guideline": {}}
    with pytest.raises(DataError) as info:
        context_from_mapping(bad)
    assert "economy.productivity_trend" in str(info.value)
    assert "guideline.baseline" in str(info.value)


def test_yaml_problems_point_into_the_file(tmp_path):
    path = tmp_path / "region.yaml"
    path.write_text("economy:\n  cpi: {previous: 4}\nguideline: {baseline: 5%, upper: 8%, lower: 2%}\n")
    with pytest.raises(ScenarioError) as info:
        load_context(path)
    assert f"{path}:2:" in str(info.value)


def test_table_column_overrides_context_where_given():
    context = BatchContext({"cpi_forecast": 0.01, "average_wage": 100.0})
    out = broadcast({"cpi_forecast": np.array([0.03, np.nan])}, context, 2)
    assert_allclose(out["cpi_forecast"], [0.03, 0.01])
    assert_allclose(out["average_wage"], [100.0, 100.0])


def test_policy_section_overrides_defaults():
    policy = make_policy(context_from_mapping({**REGION, "policy": {"catch_up_share": 0.5}}))
    assert policy.catch_up_share == 0.5
    with pytest.raises(DataError, match="policy.catch_up_shar"):
        context_from_mapping({**REGION, "policy": {"catch_up_shar": 0.5}})

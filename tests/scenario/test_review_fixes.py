"""Regression tests for loader, schema and CLI bugs a review found (the malformed corpus holds
the file-shaped ones; these need a parser swap, warnings, or the command line)."""
from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from wagebargain.cli.app import app
from wagebargain.errors import ScenarioError
from wagebargain.scenario import yamlsafe
from wagebargain.scenario.loader import parse_scenario
from wagebargain.scenario.models import Simulation
from wagebargain.scenario.problems import SHOWN_MAX, dotted, shown

from wbpaths import REFERENCE

runner = CliRunner()
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


def _reference_with(old: str, new: str) -> bytes:
    text = REFERENCE.read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def _problems(raw: bytes) -> list:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(raw, "case.yaml")
    return caught.value.problems


# --- columns are characters with either YAML parser ------------------------------------------

@pytest.mark.parametrize("loader", LOADERS, ids=lambda c: c.__name__)
def test_reader_error_column_counts_characters(monkeypatch, loader):
    # libyaml reports a byte offset; it was once used as a character index (4:1 in a 3-line file).
    monkeypatch.setattr(yamlsafe, "_Loader", loader)
    raw = '# 工资集体协商 工资集体协商\nscenario:\n  title: "a\x07b"\n'.encode("utf-8")
    (problem,) = _problems(raw)
    assert (problem.line, problem.col) == (3, 12)
    assert "U+0007" in problem.message


@pytest.mark.parametrize("loader", LOADERS, ids=lambda c: c.__name__)
def test_value_column_after_cjk_is_the_same_with_either_parser(monkeypatch, loader, reference_path):
    monkeypatch.setattr(yamlsafe, "_Loader", loader)
    raw = _reference_with("{year: 2023, raise: 2%}", "{note: 上海上海上海上海, year: 2023, raise: 2%}")
    (problem,) = _problems(raw)
    assert (problem.line, problem.col, dotted(problem.path)) == (
        68, 8, "enterprise.raise_history[2].note")


def test_invalid_utf8_after_a_bom_and_cjk_counts_characters():
    raw = b"\xef\xbb\xbf" + "a: 上海".encode("utf-8") + b"\xe9\n"
    (problem,) = _problems(raw)
    assert (problem.line, problem.col) == (1, 6)


# --- YAML 1.1 oddities -----------------------------------------------------------------------

@pytest.mark.parametrize("loader", LOADERS, ids=lambda c: c.__name__)
def test_octal_in_a_flow_list_is_refused_at_the_value(monkeypatch, loader, reference_path):
    monkeypatch.setattr(yamlsafe, "_Loader", loader)
    raw = _reference_with("  management_offer: 1.5%",
                          "  management_offer: 1.5%\n  schedule: [3%, 010]")
    (problem,) = _problems(raw)
    assert dotted(problem.path) == "bargaining.schedule[1]"
    assert (problem.line, problem.col) == (111, 18)
    assert "010 is read by YAML as an octal number (8); write 10" in problem.message


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "Yes", "OFF", "y", "n"])
def test_yaml11_boolean_words_are_text(reference_path, value):
    loaded = parse_scenario(_reference_with("region: Shanghai", f"region: {value}"), "case.yaml")
    assert loaded.scenario.enterprise.region == value
    (problem,) = _problems(_reference_with("union_power: 0.5", f"union_power: {value}"))
    assert f"expected a number, got '{value}'" in problem.message


@pytest.mark.parametrize("value", ["true", "True", "TRUE", "false", "False", "FALSE"])
def test_yaml12_booleans_still_read_as_booleans(reference_path, value):
    raw = _reference_with("excludes_employee_contributions: true",
                          f"excludes_employee_contributions: {value}")
    minimum = parse_scenario(raw, "case.yaml").scenario.economy.minimum_wage
    assert minimum.excludes_employee_contributions is (value.lower() == "true")


def test_plain_leading_zero_float_and_keys_are_left_alone(reference_path):
    # 0.5 and 2026 as a key are ordinary; only values YAML 1.1 would change are refused.
    raw = _reference_with("  pension: 16%", "  2026: 16%")
    assert parse_scenario(raw, "case.yaml").scenario.economy.employer_contributions["2026"] == 0.16


# --- messages -------------------------------------------------------------------------------

def test_long_values_are_cut_in_messages(reference_path):
    nested = "{" + ", ".join(f"k{i}: {{a: {i}}}" for i in range(200)) + "}"
    (problem,) = _problems(_reference_with("source: illustrative", f"source: {nested}"))
    assert len(problem.message) < 120 and "..." in problem.message
    assert len(shown("x" * 500)) <= SHOWN_MAX + 2


def test_did_you_mean_only_suggests_a_valid_rate(reference_path):
    (problem,) = _problems(_reference_with("baseline: 5%", "baseline: 100"))
    assert "did you mean" not in problem.message and "100%?" not in problem.message
    (problem,) = _problems(_reference_with("baseline: 5%", "baseline: 99.5"))
    assert "did you mean 99.5%?" in problem.message


def test_employer_contribution_typo_is_a_warning_with_a_suggestion(reference_path):
    loaded = parse_scenario(_reference_with("pension: 16%", "pensoin: 16%"), "case.yaml")
    (warning,) = loaded.warnings
    assert dotted(warning.path) == "economy.employer_contributions.pensoin"
    assert (warning.line, warning.col) == (85, 5)
    assert "did you mean 'pension'?" in warning.message


def test_other_employer_contribution_names_are_allowed(reference_path):
    raw = _reference_with("  pension: 16%", "  pension: 16%\n    enterprise_annuity: 5%\n"
                          "    disability_fund: 1.5%")
    assert parse_scenario(raw, "case.yaml").warnings == []


def test_a_raise_in_the_round_year_itself_is_allowed(reference_path):
    raw = _reference_with("{year: 2025, raise: 1.5%}", "{year: 2026, raise: 1.5%}")
    parse_scenario(raw, "case.yaml")


def test_employer_rates_adding_up_past_100_percent_are_refused(reference_path):
    # advise refused these with exit 1 and no location (the kernel's employer_rate is a share).
    raw = _reference_with("  pension: 16%", "  pension: 16%\n    extra_a: 40%\n    extra_b: 40%")
    (problem,) = _problems(raw)
    assert (problem.line, problem.col, dotted(problem.path)) == (84, 3, "economy.employer_contributions")
    assert "add up to 112.7%" in problem.message


@pytest.mark.parametrize("seed", [0, 5, 2**63 - 1])
def test_seeds_numpy_accepts_are_valid(seed):
    import numpy as np

    assert Simulation.model_validate({"seed": seed}).seed == seed
    np.random.default_rng(seed)


# --- init and check on the command line -----------------------------------------------------

def test_init_refuses_a_folder_without_suggesting_force(tmp_path):
    folder = tmp_path / "adir"
    folder.mkdir()
    for args in (["init", str(folder)], ["init", str(folder), "--force"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1
        assert "is a folder" in result.stderr and "--force" not in result.stderr


def test_init_over_a_dangling_link_needs_force(tmp_path):
    link = tmp_path / "scenario.yaml"
    link.symlink_to(tmp_path / "missing.yaml")
    result = runner.invoke(app, ["init", str(link)])
    assert result.exit_code == 1 and "--force" in result.stderr
    assert not (tmp_path / "missing.yaml").exists()
    assert runner.invoke(app, ["init", str(link), "--force"]).exit_code == 0
    assert not link.is_symlink() and link.read_text("utf-8").startswith("# A starter")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_check_offers_only_table_and_json(reference_path, fmt):
    result = runner.invoke(app, ["check", str(reference_path), "--format", fmt])
    assert result.exit_code == 2

"""The hand-drawn charts: deterministic, every offer and mark placed, ASCII only."""
from __future__ import annotations

from wagebargain.classroom.chart import Mark, Strip, path_chart, strip_chart, strip_svg
from wagebargain.report.fmt import pct

OFFERS = [(1, "union", 0.10), (1, "management", 0.01), (2, "union", 0.08),
          (2, "management", 0.03), (3, "union", 0.05)]
MARKS = [Mark(0.026, "union reservation", "."), Mark(0.045, "management reservation", "."),
         Mark(0.035, "Nash", ":")]


def test_path_chart_places_every_offer_and_labels_every_mark():
    text = path_chart(OFFERS, MARKS, pct, rounds=10)
    assert text == path_chart(OFFERS, MARKS, pct, rounds=10)
    assert text.isascii()
    grid = text.splitlines()[:12]
    assert sum(line.count("U") for line in grid) == 3
    assert sum(line.count("M") for line in grid) == 2
    for label in ("union reservation 2.6%", "management reservation 4.5%", "Nash 3.5%"):
        assert label in text
    top = grid[0]
    assert top.startswith("10.0% |U")  # the highest offer on the top row, first column
    assert "round" in text.splitlines()[-2]


def test_an_axis_label_on_a_marked_row_is_the_marks_own_value():
    # riverside: offers 0% to 3%; the row near 1.5% is labelled 1.4% by its centre
    offers = [(r, side, value) for r in range(1, 9)
              for side, value in (("union", 0.03 if r == 1 else 0.015), ("management", 0.0))]
    marks = [Mark(0.015, "management reservation", "."), Mark(0.0, "union reservation", "."),
             Mark(0.006, "Nash", ":")]
    text = path_chart(offers, marks, pct, rounds=8)
    for line in text.splitlines():
        if "reservation" in line or "Nash" in line:
            axis, note = line.split("|")[0].strip(), line.rsplit("  ", 1)[1]
            assert not axis or note.split(";")[0].endswith(" " + axis), line


def test_path_chart_compresses_long_negotiations():
    offers = [(r, side, 0.01 * (r % 7)) for r in range(1, 301) for side in ("union",
                                                                          "management")]
    text = path_chart(offers, [], pct, rounds=300)
    assert max(len(line) for line in text.splitlines()) < 100
    assert "#" in text  # both sides in one column


def test_path_chart_without_offers():
    assert "union reservation" in path_chart([], MARKS, pct, rounds=10)


def test_strip_chart_and_svg():
    strips = [Strip("Team A", 0.042), Strip("Team B", None), Strip("Team C", 0.05)]
    text = strip_chart(strips, (0.026, 0.045), MARKS[2:], pct)
    lines = text.splitlines()
    assert lines[1].startswith("Team A |[") and lines[1].endswith("| 4.2%")
    assert "no agreement" in lines[2]
    assert "[---] zone of agreement 2.6% to 4.5%" in text
    svg = strip_svg(strips, (0.026, 0.045), MARKS[2:], pct, "class")
    assert svg == strip_svg(strips, (0.026, 0.045), MARKS[2:], pct, "class")
    assert svg.startswith("<svg") and svg.count("<circle") == 2
    assert 'fill="#dc2626"' in svg  # Team C lies outside the zone

"""Dates and numbers are written the way the reader's language writes them, in the history, stats and report."""

from __future__ import annotations

from datetime import datetime, timezone

from quiz.history import report
from quiz.localformat import language_name, moment, number, percent
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.report import words
from quiz.store import GameRecord

NBSP = "\N{NO-BREAK SPACE}"
WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)


def test_numbers_and_percentages_in_each_language() -> None:
    assert number(1234.5, "en", 2) == "1,234.50"
    assert number(-0.456, "zh", 2) == "-0.46"
    assert number(-0.456, "fr", 2) == "-0,46"
    assert percent(73.4, "en", 1) == "73.4%"
    assert percent(73.4, "zh") == "73%"
    assert percent(73.4, "fr") == f"73{NBSP}%"


def test_figures_round_as_before_in_every_language() -> None:
    """Python's rounding of the figure, whatever the language: 72.5 is 72 (half to even), 0.125 is 0.12."""
    assert percent(72.5, "en") == f"{72.5:.0f}%" == "72%"
    assert number(0.125, "fr", 2) == "0,12"


def test_a_language_babel_does_not_know_writes_english_figures() -> None:
    assert number(0.5, "qq", 1) == "0.5"
    assert language_name("qq", "en") == "qq"


def test_moments_in_each_language() -> None:
    assert moment(WHEN, "en") == "11/22/26, 9:30\N{NARROW NO-BREAK SPACE}AM"
    assert moment(WHEN, "zh") == "2026/11/22 09:30"
    assert moment(WHEN, "fr") == "22/11/2026 09:30"


def test_language_names_in_the_readers_language() -> None:
    assert language_name("fr", "en") == "French"
    assert language_name("fr", "zh") == "法语"
    assert language_name("zh", "zh") == "中文"
    assert language_name("en", "en") == "English"


def test_history_rows_say_the_date_and_share_in_the_players_language(sample_pack: Pack) -> None:
    game = GameRecord(1, "2026-11-22T09:30:00+00:00", sample_pack.id, "classic", 5, 4, 460, True, "")
    catalog = Catalog((sample_pack,), ())
    rows = {lang: dict(report([game], [], catalog, lang)) for lang in ("en", "zh", "fr")}
    assert any(line.startswith("2026/11/22 09:30  ") and "（80%）" in line for line in rows["zh"]["过往对局"])
    english = next(iter(rows["en"].values()))
    assert any(line.startswith("11/22/26, 9:30") and "(80%)" in line for line in english)
    # A language with a catalog of its own (none here) or not: its dates and numbers are still its own.
    french = next(iter(rows["fr"].values()))
    assert any(line.startswith("22/11/2026 09:30  ") and f"(80{NBSP}%)" in line for line in french)


def test_report_figures_in_the_readers_language() -> None:
    assert words.number(0.456, "fr") == "0,46"
    assert words.percent(0.734, "fr") == f"73{NBSP}%"
    assert words.percent(None, "zh") == "无"

"""The history a player reads: mastery per tag, the most missed questions and the rendered rows, in both languages.

The records are made here rather than played through a store, so each test says exactly what was answered.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from quiz.history import meter, most_missed, report, sparkline, tag_mastery
from quiz.i18n import tr
from quiz.localformat import moment, percent
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.store import AnswerRecord, GameRecord

TAGS = {"sky-green": ("sky",), "water-wet": ("water",), "sleep-none": ("sky", "body"), "legs-count": ("animals",)}


@pytest.fixture
def tagged(sample_pack: Pack) -> Pack:
    """The sample pack with tags on four of its questions (and none on days-week); it names none of them."""
    questions = tuple(replace(q, tags=TAGS.get(q.id, ())) for q in sample_pack.questions)
    return replace(sample_pack, questions=questions)


def saved(pack_id: str, question_id: str, correct: bool) -> AnswerRecord:
    """One saved answer of a classic game."""
    return AnswerRecord(
        game_id=1, answered_at="2026-03-01T09:00:00+00:00", pack_id=pack_id, pack_version="1.0",
        question_id=question_id, answer="myth", correct=correct, points=100 if correct else 0, certainty=None,
        seconds=None, mode="classic", player="Ann", class_code=None, lang="en", answer_text=None,
        answer_position=None,
    )  # fmt: skip


def record(pack_id: str, question_id: str, pattern: str) -> list[AnswerRecord]:
    """Answers to one question: "r" right, "w" wrong, in order."""
    return [saved(pack_id, question_id, mark == "r") for mark in pattern]


def game(game_id: int, pack_id: str, mode: str, answered: int, right: int, points: int, finished: bool) -> GameRecord:
    """A past game, started on day `game_id` of March 2026."""
    started = f"2026-03-0{game_id}T09:05:33+00:00"
    return GameRecord(game_id, started, pack_id, mode, answered, right, points, finished, player="Ann")


def test_mastery_per_tag_counts_each_tag_of_each_answer_weakest_first(tagged: Pack) -> None:
    """A question with two tags counts for both; ties go to the tag with more answers, then by name."""
    pid = tagged.id
    answers = (
        record(pid, "sky-green", "rrw")  # sky
        + record(pid, "sleep-none", "wr")  # sky and body
        + record(pid, "water-wet", "rw")  # water
        + record(pid, "legs-count", "w")  # animals
        + record(pid, "days-week", "w")  # no tag
    )
    rows = [(m.tag, m.right, m.answered) for m in tag_mastery(answers, Catalog((tagged,), ()))]
    assert rows == [("animals", 0, 1), ("body", 1, 2), ("water", 1, 2), ("sky", 3, 5)]


def test_equal_accuracy_ranks_the_tag_answered_more_often_first(tagged: Pack) -> None:
    """Half right over four answers is a surer weakness than half right over two."""
    pid = tagged.id
    answers = record(pid, "water-wet", "rw") + record(pid, "sky-green", "rwrw")
    rows = [(m.tag, m.right, m.answered) for m in tag_mastery(answers, Catalog((tagged,), ()))]
    assert rows == [("sky", 2, 4), ("water", 1, 2)]


def test_most_missed_ranks_by_misses_then_answers_and_shows_five(tagged: Pack) -> None:
    """Most misses first; among equals the one asked more often; never a question always answered right."""
    other = replace(tagged, id="zz-other")
    answers = (
        record(tagged.id, "days-week", "ww")
        + record(tagged.id, "legs-count", "wwr")
        + record(tagged.id, "sky-green", "www")
        + record(tagged.id, "water-wet", "rr")
        + record(other.id, "days-week", "w")
        + record(other.id, "legs-count", "rw")
        + record(other.id, "sleep-none", "w")
        + record(tagged.id, "sleep-none", "rrw")
    )
    catalog = Catalog((tagged, other), ())
    ranked = [(m.pack.id, m.question.id, m.misses, m.answered) for m in most_missed(answers, catalog)]
    assert ranked == [
        (tagged.id, "sky-green", 3, 3),
        (tagged.id, "legs-count", 2, 3),
        (tagged.id, "days-week", 2, 2),
        (tagged.id, "sleep-none", 1, 3),
        (other.id, "legs-count", 1, 2),
    ]
    assert len(most_missed(answers, catalog, limit=10)) == 7


def test_answers_to_packs_not_loaded_are_left_out(tagged: Pack) -> None:
    """A pack removed from the folders leaves its answers in the store but not in the report."""
    answers = record("gone-pack", "sky-green", "ww") + record(tagged.id, "sky-green", "w")
    catalog = Catalog((tagged,), ())
    assert [(m.question.id, m.misses) for m in most_missed(answers, catalog)] == [("sky-green", 1)]
    assert [(m.tag, m.answered) for m in tag_mastery(answers, catalog)] == [("sky", 1)]


def test_bars_show_shares_from_empty_to_full() -> None:
    """A meter of ten cells, a sparkline of eight heights; shares outside 0 to 1 are held at the ends."""
    assert meter(0.5) == "█████░░░░░"
    assert meter(0.0) == "░" * 10 and meter(1.0) == "█" * 10
    assert meter(0.25, width=4) == "█░░░"
    assert sparkline([-0.5, 0.0, 1 / 7, 1.0, 1.5]) == "▁▁▂██"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_report_renders_every_section_in_the_players_language(tagged: Pack, lang: str) -> None:
    """Games newest first with the pack's title and the mode's name, the chart, the tag rows, the misses."""
    pid = tagged.id
    games = [
        game(1, pid, "classic", answered=3, right=2, points=220, finished=True),
        game(2, pid, "certainty", answered=1, right=0, points=-6, finished=True),
        game(3, "gone-pack", "timed", answered=2, right=2, points=1800, finished=False),
    ]
    answers = record(pid, "sky-green", "ww") + record(pid, "water-wet", "rrw") + record(pid, "legs-count", "r")
    sections = report(games, answers, Catalog((tagged,), ()), lang)
    assert [heading for heading, _ in sections] == [
        tr("history.games", lang),
        tr("history.tags", lang),
        tr("history.missed", lang),
    ]
    games_lines, tag_lines, missed_lines = (lines for _, lines in sections)
    title = tagged.title.get(lang)
    assert games_lines == [
        tr("history.chart", lang, chart="▆▁█", percent=percent(100, lang)),
        "",
        tr(
            "history.game_row", lang, date=moment(datetime(2026, 3, 3, 9, 5, 33, tzinfo=timezone.utc), lang), pack="gone-pack", mode=tr("modename.timed", lang),
            score=tr("history.points", lang, points=1800), right=2, answered=2, percent=percent(100, lang),
            unfinished=tr("history.unfinished", lang),
        ),
        tr(
            "history.game_row", lang, date=moment(datetime(2026, 3, 2, 9, 5, 33, tzinfo=timezone.utc), lang), pack=title, mode=tr("modename.certainty", lang),
            score=tr("history.marks", lang, points=-6), right=0, answered=1, percent=percent(0, lang), unfinished="",
        ),
        tr(
            "history.game_row", lang, date=moment(datetime(2026, 3, 1, 9, 5, 33, tzinfo=timezone.utc), lang), pack=title, mode=tr("modename.classic", lang),
            score=tr("history.points", lang, points=220), right=2, answered=3, percent=percent(67, lang), unfinished="",
        ),
    ]  # fmt: skip
    assert tag_lines == [
        tr("history.tag_row", lang, bar=meter(0.0), percent=percent(0, lang), tag="sky", right=0, answered=2),
        tr("history.tag_row", lang, bar=meter(2 / 3), percent=percent(67, lang), tag="water", right=2, answered=3),
        tr("history.tag_row", lang, bar=meter(1.0), percent=percent(100, lang), tag="animals", right=1, answered=1),
    ]
    assert tag_lines[2].startswith("██████████ 100%  animals")
    sky = next(q for q in tagged.questions if q.id == "sky-green")
    water = next(q for q in tagged.questions if q.id == "water-wet")
    assert missed_lines == [
        tr("history.missed_row", lang, misses=2, answered=2, prompt=sky.prompt.get(lang)),
        "   " + sky.explanation.get(lang),
        tr("history.missed_row", lang, misses=1, answered=3, prompt=water.prompt.get(lang)),
        "   " + water.explanation.get(lang),
    ]


def test_the_chinese_report_reads_in_chinese(tagged: Pack) -> None:
    """Spot checks of the words, so a report that fell back to English is caught whatever the templates become."""
    games = [game(1, tagged.id, "certainty", answered=1, right=0, points=-6, finished=False)]
    sections = report(games, record(tagged.id, "sky-green", "w"), Catalog((tagged,), ()), "zh")
    text = "\n".join(line for heading, lines in sections for line in [heading, *lines])
    for words in (
        "过往对局",
        "示例健康题库",
        "把握度",
        "未完成",
        "最常答错的题",
        "正午的天空是绿色的。",
        "晴天正午的天空是蓝色的。",
    ):
        assert words in text
    assert "Sample health pack" not in text and "The sky is green" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_report_with_no_games_says_so(lang: str) -> None:
    """Before the first game: one section saying there is nothing yet, in the player's language."""
    assert report([], [], Catalog((), ()), lang) == [(tr("history.heading", lang), [tr("history.empty", lang)])]
    if lang == "zh":
        assert tr("history.empty", "zh") != tr("history.empty", "en")

"""Every formula of the class report against small examples worked by hand (the working is in the comments)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.i18n import message_ids
from quiz.model import Kind, Pack
from quiz.packs import load_pack
from quiz.report import stats
from quiz.report.build import build_report
from quiz.report.figures import OptionStats
from quiz.report.flags import CAUSES, FLAG_NAMES, MIS_KEYED, TOO_EASY, TOO_HARD, UNCHOSEN, WEAK, flags_for
from quiz.report.records import Answer
from quiz.report.select import Attempt, counted
from tests.packhelpers import VALID

START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def answers(rows: dict[str, list[tuple[str, str, bool]]], start: datetime = START) -> list[Answer]:
    """Each player's (question, key, correct) answers, one second apart, in the order given."""
    found = []
    for player, given in rows.items():
        for step, (question_id, key, correct) in enumerate(given):
            moment = start + timedelta(seconds=step)
            found.append(Answer(player, None, "sample-health", question_id, key, correct, moment, "1"))
    return found


# == the formulas on plain numbers ===============================================================


def test_mean_and_population_variance() -> None:
    # 2 4 4 4 5 5 7 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32/8 = 4 (not 32/7); sd 2.
    values = [2, 4, 4, 4, 5, 5, 7, 9]
    assert stats.mean(values) == 5
    assert stats.variance(values) == 4
    assert stats.spread(values) == 2


def test_no_spread_from_fewer_than_two_values() -> None:
    assert stats.mean([]) is None
    assert stats.variance([]) is None
    assert stats.spread([70.0]) is None
    assert stats.spread([]) is None


def test_pearson_worked_by_hand() -> None:
    # x 1 0 1 0 (mean .5), y 3 1 2 2 (mean 2): deviations ±.5 and 1 −1 0 0; Σdxdy = .5 + .5 = 1,
    # Σdx² = 1, Σdy² = 2: r = 1 / √2.
    assert stats.pearson([1, 0, 1, 0], [3, 1, 2, 2]) == pytest.approx(1 / math.sqrt(2))
    assert stats.pearson([0, 1], [5, 1]) == pytest.approx(-1)


def test_pearson_undefined_without_pairs_or_spread() -> None:
    assert stats.pearson([1], [1]) is None
    assert stats.pearson([1, 1, 1], [0.2, 0.5, 0.9]) is None  # everyone right
    assert stats.pearson([1, 0, 1], [0.5, 0.5, 0.5]) is None  # every other score equal


def test_kr20_worked_by_hand() -> None:
    # Totals 3 2 1 0: mean 1.5, variance (2.25 + .25 + .25 + 2.25)/4 = 1.25. p = 3/4, 2/4, 1/4, so
    # Σpq = 3/16 + 4/16 + 3/16 = .625. KR-20 = 3/2 · (1 − .625/1.25) = 0.75.
    rows = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]]
    assert stats.kr20(rows) == pytest.approx(0.75)


def test_kr20_undefined_cases() -> None:
    assert stats.kr20([[1, 0, 1]]) is None  # one player
    assert stats.kr20([[1], [0]]) is None  # one question
    assert stats.kr20([[1, 0], [0, 1]]) is None  # every total 1: no variance
    assert stats.kr20([]) is None


def test_sem_worked_by_hand() -> None:
    # Percent scores 100, 66.7, 33.3, 0 have sd (100/3)·√1.25 = 37.27 points; with KR-20 .75, SEM = 37.27 · √.25.
    sd = stats.spread([100, 200 / 3, 100 / 3, 0])
    assert sd == pytest.approx(100 / 3 * math.sqrt(1.25))
    assert stats.sem(sd, 0.75) == pytest.approx(18.634, abs=1e-3)
    assert stats.sem(10.0, None) is None
    assert stats.sem(None, 0.8) is None


def test_rest_share() -> None:
    # 3 right of 4 answered; without a right item: 2 of 3; without a wrong one: 3 of 3.
    assert stats.rest_share(3, 4, 1) == pytest.approx(2 / 3)
    assert stats.rest_share(3, 4, 0) == 1
    assert stats.rest_share(1, 1, 1) is None


def test_top_third_shares_its_last_places_among_ties() -> None:
    # Four players: the top third has ⌈4/3⌉ = 2 places; the second place's score is the cut.
    assert stats.top_weights([1.0, 0.5, 0.0, 0.0]) == [1, 1, 0, 0]
    # Two players tied at the cut for the one place left: half a place each.
    assert stats.top_weights([1.0, 0.5, 0.5, 0.0]) == [1, 0.5, 0.5, 0]
    # Six players, 2 places, four tied at the top: each holds 2/4 of a place.
    assert stats.top_weights([0.8, 0.8, 0.2, 0.8, 0.8, 0.1]) == [0.5, 0.5, 0, 0.5, 0.5, 0]
    assert stats.top_weights([0.2, 0.9, 0.4]) == [0, 1, 0]
    assert stats.top_weights([]) == []


# == a whole report on the sample pack, worked by hand ============================================
#
# Four players answer all five questions of tests/data/sample-pack.yaml (sky-green: myth, water-wet: fact,
# sleep-none: myth, legs-count: key 1 of 0-2, days-week: key 1 of 0-3). 1 = right:
#
#        sky water sleep legs days  total
#    A    1    1     0    1    1     4     (sleep: fact)
#    B    1    1     0    1    0     3     (sleep: fact, days: 0)
#    C    1    0     1    0    1     3     (water: myth, legs: 0)
#    D    0    0     1    0    0     1     (sky: fact, water: myth, legs: 2, days: 0)
#
# sleep-none is the strong players' miss: it should come out possibly mis-keyed.

CLASS = {
    "A": [("sky-green", "myth", True), ("water-wet", "fact", True), ("sleep-none", "fact", False),
          ("legs-count", "1", True), ("days-week", "1", True)],
    "B": [("sky-green", "myth", True), ("water-wet", "fact", True), ("sleep-none", "fact", False),
          ("legs-count", "1", True), ("days-week", "0", False)],
    "C": [("sky-green", "myth", True), ("water-wet", "myth", False), ("sleep-none", "myth", True),
          ("legs-count", "0", False), ("days-week", "1", True)],
    "D": [("sky-green", "fact", False), ("water-wet", "myth", False), ("sleep-none", "myth", True),
          ("legs-count", "2", False), ("days-week", "0", False)],
}  # fmt: skip


@pytest.fixture
def worked(sample_pack: Pack):
    report = build_report(counted(answers(CLASS), sample_pack))
    return report, {stats.question.id: stats for stats in report.questions}


def test_facility(worked) -> None:
    _, by_id = worked
    assert by_id["sky-green"].facility == 0.75
    assert [by_id[q].facility for q in ("water-wet", "sleep-none", "legs-count", "days-week")] == [0.5] * 4
    assert by_id["sky-green"].answered == 4


def test_discrimination_is_the_corrected_item_total_correlation(worked) -> None:
    _, by_id = worked
    # sky: x 1 1 1 0; share right on the other four: A 3/4, B 2/4, C 2/4, D 1/4 (mean .5).
    # Σdxdy = .25·.25 + 0 + 0 + (−.75)(−.25) = .25; Σdx² = .75; Σdy² = .125: r = .25/√.09375 = .8165.
    assert by_id["sky-green"].discrimination == pytest.approx(0.81650, abs=1e-5)
    # sleep: x 0 0 1 1; others: A 4/4, B 3/4, C 2/4, D 0/4 (mean .5625).
    # Σdxdy = −.625, Σdx² = 1, Σdy² = .546875: r = −.625/√.546875 = −.8452.
    assert by_id["sleep-none"].discrimination == pytest.approx(-0.84515, abs=1e-5)
    # legs: x 1 1 0 0; others: A 3/4, B 2/4, C 3/4, D 1/4: Σdxdy = .125, Σdy² = .171875: r = .3015.
    assert by_id["legs-count"].discrimination == pytest.approx(0.30151, abs=1e-5)


def test_option_shares_and_point_biserials(worked) -> None:
    _, by_id = worked
    legs = {option.key: option for option in by_id["legs-count"].options}
    assert [legs[key].share for key in ("0", "1", "2")] == [0.25, 0.5, 0.25]
    assert legs["1"].correct and not legs["0"].correct
    # The key's point-biserial is the discrimination; choice 0 (C only): chose 0 0 1 0 against the same rest
    # scores: Σdxdy = .1875, Σdx² = .75, Σdy² = .171875: r = .1875/√.12890625 = .5222.
    assert legs["1"].point_biserial == pytest.approx(by_id["legs-count"].discrimination)
    assert legs["0"].point_biserial == pytest.approx(0.52223, abs=1e-5)
    sleep = {option.key: option.share for option in by_id["sleep-none"].options}
    assert sleep == {"myth": 0.5, "fact": 0.5}


def test_flags_of_the_worked_class(worked) -> None:
    _, by_id = worked
    sleep = by_id["sleep-none"]
    assert sleep.flag_names == (MIS_KEYED,)
    # Both causes: negative discrimination, and the top third (A and B, ⌈4/3⌉ = 2) chose fact, not the key.
    assert {flag.cause for flag in sleep.flags} == {"negative", "top-third"}
    assert sleep.top_third == 2
    days = by_id["days-week"]
    assert UNCHOSEN in days.flag_names
    assert next(flag for flag in days.flags if flag.name == UNCHOSEN).options == ("2", "3")
    assert by_id["legs-count"].flags == ()
    assert by_id["sky-green"].flags == ()


def test_players_and_class_of_the_worked_class(worked) -> None:
    report, _ = worked
    assert [(p.player, p.answered, p.right, p.percent) for p in report.players] == [
        ("A", 5, 4, 80.0), ("B", 5, 3, 60.0), ("C", 5, 3, 60.0), ("D", 5, 1, 20.0),
    ]  # fmt: skip
    summary = report.summary
    # Scores 80 60 60 20: mean 55; deviations 25 5 5 −35, squares 1900, /4 = 475, sd √475 = 21.79.
    assert summary.players == 4 and summary.questions == 5 and summary.complete == 4
    assert summary.mean == pytest.approx(55)
    assert summary.sd == pytest.approx(math.sqrt(475))
    # Totals 4 3 3 1: variance 4.75/4 = 1.1875; Σpq = .75·.25 + 4·.25 = 1.1875: KR-20 = 5/4·(1 − 1) = 0,
    # so the SEM is the whole sd.
    assert summary.kr20 == pytest.approx(0, abs=1e-12)
    assert summary.sem == pytest.approx(math.sqrt(475))


# == missing answers, attempts, classes ===========================================================


def test_missing_answers_are_neither_right_nor_wrong(sample_pack: Pack) -> None:
    # P: sky 1, water 1. Q: sky 0, water 1, sleep 0. R: sky 1, sleep 1.
    rows = {
        "P": [("sky-green", "myth", True), ("water-wet", "fact", True)],
        "Q": [("sky-green", "fact", False), ("water-wet", "fact", True), ("sleep-none", "fact", False)],
        "R": [("sky-green", "myth", True), ("sleep-none", "myth", True)],
    }
    report = build_report(counted(answers(rows), sample_pack))
    scores = {p.player: p.percent for p in report.players}
    assert scores == {"P": 100, "Q": pytest.approx(100 / 3), "R": 100}
    # Mean 77.8; deviations 22.2, −44.4, 22.2: variance 2962.96/3 = 987.65, sd 31.43.
    assert report.summary.mean == pytest.approx(700 / 9)
    assert report.summary.sd == pytest.approx(31.427, abs=1e-3)
    # Three questions were answered, all three only by Q: no KR-20.
    assert report.summary.questions == 3 and report.summary.complete == 1
    assert report.summary.kr20 is None and report.summary.sem is None
    # sky: x 1 0 1 against the share right elsewhere: P 1/1, Q 1/2, R 1/1: a perfect correlation.
    sky = next(q for q in report.questions if q.question.id == "sky-green")
    assert sky.discrimination == pytest.approx(1)
    never = next(q for q in report.questions if q.question.id == "legs-count")
    assert (never.answered, never.facility, never.discrimination, never.flags) == (0, None, None, ())


def test_first_attempt_counts_unless_last_is_asked(sample_pack: Pack) -> None:
    rows = [
        Answer("A", None, "sample-health", "sky-green", "fact", False, START, "1"),
        Answer("A", None, "sample-health", "sky-green", "myth", True, START + timedelta(hours=1), "2"),
    ]
    # Read newest first (as a second source might give them): the time decides, not the order read.
    first = counted(list(reversed(rows)), sample_pack)
    assert first.by_player["A"]["sky-green"].key == "fact"
    assert first.left_out.other_attempts == 1
    last = counted(rows, sample_pack, Attempt.LAST)
    assert last.by_player["A"]["sky-green"].key == "myth"


def test_answers_in_one_second_keep_the_order_read(sample_pack: Pack) -> None:
    rows = [
        Answer("A", None, "sample-health", "sky-green", "fact", False, START, "1"),
        Answer("A", None, "sample-health", "sky-green", "myth", True, START, "2"),
    ]
    assert counted(rows, sample_pack).by_player["A"]["sky-green"].key == "fact"
    assert counted(rows, sample_pack, Attempt.LAST).by_player["A"]["sky-green"].key == "myth"


def test_class_filter_and_what_is_left_out(sample_pack: Pack) -> None:
    rows = [
        Answer("A", "7b", "sample-health", "sky-green", "myth", True, START, "1"),
        Answer("A", None, "sample-health", "water-wet", "fact", True, START, "2"),
        Answer("B", "7b", "sample-health", "gone-question", "myth", True, START, "3"),
        Answer("B", "7b", "sample-health", "legs-count", "7", True, START, "3"),
        Answer("B", "7b", "other-pack", "x", "myth", True, START, "4"),
    ]
    responses = counted(rows, sample_pack, class_code="7b")
    assert {player: set(given) for player, given in responses.by_player.items()} == {"A": {"sky-green"}}
    assert responses.classes == {"A": ("7b",)}
    assert (responses.left_out.unknown_questions, responses.left_out.unknown_answers) == (1, 1)


def test_timeout_is_answered_and_wrong(sample_pack: Pack) -> None:
    rows = {
        "A": [("sky-green", "timeout", False), ("water-wet", "fact", True)],
        "B": [("sky-green", "myth", True), ("water-wet", "fact", True)],
    }
    sky = build_report(counted(answers(rows), sample_pack)).questions[0]
    assert (sky.answered, sky.right, sky.timeouts, sky.facility) == (2, 1, 1, 0.5)
    assert {option.key: option.share for option in sky.options} == {"myth": 0.5, "fact": 0.0}


def test_scores_per_tag(tmp_path: Path) -> None:
    pack = load_pack(_write(tmp_path, VALID))  # eight-glasses: tag water; thirst-signal: water and thirst
    rows = [
        Answer("A", None, pack.id, "eight-glasses", "myth", True, START, "1"),
        Answer("A", None, pack.id, "thirst-signal", "2", False, START, "1"),
    ]
    player = build_report(counted(rows, pack)).players[0]
    assert [(tag.tag, tag.answered, tag.right, tag.percent) for tag in player.tags] == [
        ("water", 2, 1, 50.0), ("thirst", 1, 0, 0.0),
    ]  # fmt: skip


def _write(folder: Path, text: str) -> Path:
    path = folder / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# == the flag rules at their thresholds ==========================================================


def _option(key: str, correct: bool, count: int, top: int = 0) -> OptionStats:
    return OptionStats(key, correct, count, None, None, top)


def _names(kind: Kind, facility: float, discrimination: float | None, options: list[OptionStats]) -> set[str]:
    return {flag.name for flag in flags_for(kind, 10, facility, discrimination, options)}


def test_flag_thresholds() -> None:
    both = [_option("myth", True, 5), _option("fact", False, 5)]
    assert _names(Kind.MYTH_FACT, 0.91, 0.3, both) == {TOO_EASY}
    assert _names(Kind.MYTH_FACT, 0.9, 0.3, both) == set()  # above 0.9, not at it
    assert _names(Kind.MYTH_FACT, 0.19, 0.3, both) == {TOO_HARD}
    assert _names(Kind.MYTH_FACT, 0.2, 0.3, both) == set()
    assert _names(Kind.MYTH_FACT, 0.5, 0.19, both) == {WEAK}
    assert _names(Kind.MYTH_FACT, 0.5, 0.2, both) == set()
    assert _names(Kind.MYTH_FACT, 0.5, 0.0, both) == {WEAK}
    assert _names(Kind.MYTH_FACT, 0.5, -0.01, both) == {MIS_KEYED}  # negative is mis-keyed, not weak
    assert _names(Kind.MYTH_FACT, 0.5, None, both) == set()


def test_top_third_choosing_a_distractor_over_the_key() -> None:
    options = [_option("0", False, 3, top=2), _option("1", True, 6, top=2), _option("2", False, 1, top=3)]
    flags = flags_for(Kind.CHOICE, 10, 0.6, 0.3, options)
    assert [(flag.name, flag.cause, flag.options) for flag in flags] == [(MIS_KEYED, "top-third", ("2",))]


def test_unchosen_distractor_is_for_choices_only() -> None:
    choice = [_option("0", True, 9), _option("1", False, 1), _option("2", False, 0)]
    assert UNCHOSEN in _names(Kind.CHOICE, 0.5, 0.3, choice)
    assert _names(Kind.MYTH_FACT, 0.5, 0.3, [_option("myth", True, 9), _option("fact", False, 0)]) == set()


def test_no_flags_without_answers() -> None:
    assert flags_for(Kind.CHOICE, 0, None, None, [_option("0", True, 0), _option("1", False, 0)]) == ()


def test_every_flag_and_cause_has_its_words() -> None:
    """The renderers build these message keys from the flag, so the i18n test cannot see them named in the code."""
    assert set(CAUSES) == set(FLAG_NAMES)
    for name, causes in CAUSES.items():
        assert f"report.flag.{name}" in message_ids()
        assert all(f"report.reason.{name}.{cause}" in message_ids() for cause in causes)

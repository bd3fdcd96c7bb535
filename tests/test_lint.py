"""Warnings: what a playable pack would do better to fix, each at the question it is about."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quiz.model import Pack
from quiz.packs import Severity, load_pack
from quiz.packs.lint import BALANCE_MINIMUM, check_paths, lint
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, line_of, write

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so files are named as a teacher would type them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def pack_of(folder: Path, text: str) -> Pack:
    return load_pack(write(folder, text))


def one_language(answers: list[str]) -> str:
    """A one-language pack with a myth-or-fact question for each answer, all cited and well explained."""
    head = ONE_LANGUAGE[: ONE_LANGUAGE.index("questions:")]
    questions = "".join(
        f"  - id: q{i}\n    claim: Statement number {i}.\n    answer: {answer}\n"
        f"    explanation: Why statement number {i} is a {answer}.\n    refs: [nhs-sleep]\n"
        for i, answer in enumerate(answers)
    )
    return head + "questions:\n" + questions


# -- packs that need no warning -----------------------------------------------------------------------


def test_a_careful_pack_has_no_warnings(tmp_path: Path) -> None:
    assert lint(pack_of(tmp_path, VALID), "pack.yaml") == []
    assert lint(pack_of(tmp_path, ONE_LANGUAGE), "pack.yaml") == []


# The bundled pack quotes its Chinese article untranslated until the content work of issue 10 translates it; once
# it does, this strict xfail fails and the mark goes.
UNTRANSLATED = pytest.mark.xfail(strict=True, reason="the bundled pack's article sentences are not translated yet")


@pytest.mark.parametrize(
    "path",
    [
        *(pytest.param(path, marks=UNTRANSLATED) for path in sorted((ROOT / "questions").glob("*.yaml"))),
        ROOT / "tests/data/sample-pack.yaml",
    ],
    ids=lambda p: p.name,
)
def test_bundled_and_sample_packs_have_no_warnings(path: Path) -> None:
    assert [str(w) for w in lint(load_pack(path), path.name)] == []


# -- each warning -------------------------------------------------------------------------------------


def test_explanation_much_shorter_than_its_claim(tmp_path: Path) -> None:
    """An English explanation under half the length of its claim is a warning at that question, naming 'en'."""
    text = edit(VALID, "      en: Fluid needs vary with body size, climate and activity.", "      en: It is a myth.")
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert warning.severity is Severity.WARNING
    assert (warning.line, warning.column) == (line_of(text, "- id: eight-glasses"), None)
    assert (warning.path, warning.message) == (
        "questions[0].explanation",
        "the explanation (en) is much shorter than the claim",
    )
    assert str(warning).startswith(f"pack.yaml:{warning.line}: warning: questions[0].explanation: the explanation")


def test_short_explanation_of_a_multiple_choice_question(tmp_path: Path) -> None:
    """A multiple-choice question's explanation is measured against its question; one language is not named."""
    text = ONE_LANGUAGE.replace(
        "    explanation: Most adults need seven to nine hours; it varies.", "    explanation: Varies."
    )
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert warning.message == "the explanation is much shorter than the claim"
    text = edit(VALID, "      en: In healthy adults thirst keeps fluid balance well.", "      en: Thirst.")
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert (warning.path, warning.message) == (
        "questions[1].explanation",
        "the explanation (en) is much shorter than the question",
    )


def test_half_the_claim_is_long_enough(tmp_path: Path) -> None:
    """The line is at half: an explanation exactly half as long as its claim is not warned about."""
    claim = "x" * 40
    text = edit(ONE_LANGUAGE, "Every adult needs exactly eight hours of sleep.", claim)
    text = edit(text, "Most adults need seven to nine hours; it varies.", "y" * 20)
    assert lint(pack_of(tmp_path, text), "pack.yaml") == []
    text = edit(text, "y" * 20, "y" * 19)
    assert len(lint(pack_of(tmp_path, text), "pack.yaml")) == 1


def test_question_without_references(tmp_path: Path) -> None:
    text = edit(VALID, "    refs: [efsa-2010]\n    tags: [water, thirst]\n", "    tags: [water, thirst]\n")
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert (warning.line, warning.path) == (line_of(text, "- id: thirst-signal"), "questions[1]")
    assert warning.message == "this question cites no references"
    assert "refs" in (warning.hint or "")


def test_same_claim_twice_ignoring_case_and_spaces(tmp_path: Path) -> None:
    """A claim repeated with other capitals and spacing is a warning at the second, naming the first and its line."""
    repeat = (
        "  - id: eight-hours-again\n    claim: every adult  needs exactly EIGHT hours of sleep.\n    answer: myth\n"
        "    explanation: Most adults need seven to nine hours; it varies.\n    refs: [nhs-sleep]\n"
    )
    text = ONE_LANGUAGE + repeat
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert (warning.line, warning.path) == (line_of(text, "- id: eight-hours-again"), "questions[1].claim")
    assert warning.message == "the same claim as question 'eight-hours'"
    assert f"line {line_of(text, '- id: eight-hours')}" in (warning.hint or "")


def test_same_claim_in_one_language_of_two(tmp_path: Path) -> None:
    """In a two-language pack, the same Chinese claim is enough, even when the English ones differ."""
    second = VALID[VALID.index("  - id: thirst-signal") :]
    copy = VALID[VALID.index("  - id: eight-glasses") : VALID.index("  - id: thirst-signal")]
    copy = copy.replace("- id: eight-glasses", "- id: eight-cups").replace(
        "eight glasses of water", "eight cups of water"
    )
    text = VALID.replace(second, copy + second)
    messages = [w.message for w in lint(pack_of(tmp_path, text), "pack.yaml")]
    assert messages == ["the same claim as question 'eight-glasses'"]


def test_multiple_choice_questions_may_share_their_wording(tmp_path: Path) -> None:
    """'Which of these is true?' twice, with other choices, is ordinary, not a repeat."""
    second = VALID[VALID.index("  - id: thirst-signal") :]
    text = VALID + second.replace("- id: thirst-signal", "- id: thirst-signal-2")
    assert lint(pack_of(tmp_path, text), "pack.yaml") == []


def test_reference_never_cited(tmp_path: Path) -> None:
    """An unused reference is named by its id; the Pack keeps no line for it."""
    text = edit(ONE_LANGUAGE, "references:\n", "references:\n  old-study: Someone. An old study. 1990.\n")
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert (warning.line, warning.path) == (None, "references.old-study")
    assert warning.message == "the reference 'old-study' is never cited"
    assert str(warning).startswith("pack.yaml: warning: references.old-study: ")


def test_answers_badly_unbalanced(tmp_path: Path) -> None:
    """Seven myths and one fact: always answering 'myth' wins, which the warning says."""
    (warning,) = lint(pack_of(tmp_path, one_language(["myth"] * 7 + ["fact"])), "pack.yaml")
    assert (warning.path, warning.line) == ("questions", None)
    assert warning.message == "7 of 8 myth-or-fact answers are 'myth'"
    assert "'fact'" in (warning.hint or "")
    (warning,) = lint(pack_of(tmp_path, one_language(["fact"] * 9 + ["myth"])), "pack.yaml")
    assert warning.message == "9 of 10 myth-or-fact answers are 'fact'"


@pytest.mark.parametrize(
    "answers",
    [["myth"] * 6 + ["fact"] * 2, ["myth"] * (BALANCE_MINIMUM - 1), ["fact"] * 4 + ["myth"] * 4],
    ids=["a quarter is enough", "too few to tell", "even"],
)
def test_balance_that_is_fine(tmp_path: Path, answers: list[str]) -> None:
    assert lint(pack_of(tmp_path, one_language(answers)), "pack.yaml") == []


def test_multiple_choice_questions_do_not_count_towards_balance(tmp_path: Path) -> None:
    """Only myth-or-fact answers are counted: seven of them are too few, whatever else the pack holds."""
    choice = (
        "  - id: pick-one\n    question: Which of these helps most people fall asleep?\n    choices:\n"
        "      - {text: A regular bedtime, correct: true}\n      - {text: A late coffee}\n"
        "    explanation: A regular bedtime and wake-up time help sleep come more easily.\n    refs: [nhs-sleep]\n"
    )
    assert lint(pack_of(tmp_path, one_language(["myth"] * 7) + choice), "pack.yaml") == []


def test_article_given_in_one_language_of_two(tmp_path: Path) -> None:
    """A bilingual pack quoting the article in English only leaves Chinese players without it: a warning."""
    text = edit(VALID, "      zh: 不管怎样,每天都要喝八杯水。\n", "")
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml")
    assert (warning.line, warning.path) == (line_of(text, "- id: eight-glasses"), "questions[0].article")
    assert warning.message == "the article's sentence is given in en only, not in zh"
    assert warning.hint == "write 'article:' as a mapping: the original (en) and its translation into zh"
    plain = edit(text, "    article:\n      en: Drink", "    article: Drink")
    assert [w.message for w in lint(pack_of(tmp_path, plain), "pack.yaml")] == [warning.message]


def test_article_in_a_one_language_pack_needs_no_translation(tmp_path: Path) -> None:
    text = edit(ONE_LANGUAGE, "    refs: [nhs-sleep]\n", "    refs: [nhs-sleep]\n    article: Sleep eight hours.\n")
    assert lint(pack_of(tmp_path, text), "pack.yaml") == []


CHECKED = edit(VALID, "  language: en\n", "  language: en\nchecked: 2022-11\n")


@pytest.mark.parametrize(
    ("today", "stale"),
    [(date(2025, 11, 30), False), (date(2025, 12, 1), True)],
    ids=["three years after the month's end", "a day later"],
)
def test_evidence_checked_over_three_years_ago(tmp_path: Path, today: date, stale: bool) -> None:
    """A month counts to its last day: 2022-11 is due on 30 November 2025 and stale from the next day, once."""
    warnings = lint(pack_of(tmp_path, CHECKED), "pack.yaml", today=today)
    assert [(w.path, w.line, w.message) for w in warnings] == (
        [("checked", None, "the evidence was last checked in 2022-11, more than 3 years ago")] if stale else []
    )


def test_a_questions_own_old_date_is_warned_at_that_question(tmp_path: Path) -> None:
    """A question overriding a recent pack date with an old one gets the warning; the pack's date does not."""
    text = edit(CHECKED, "checked: 2022-11", "checked: 2025-06")
    text = edit(text, "    difficulty: 2\n", '    difficulty: 2\n    checked: "2021-02-28"\n')
    (warning,) = lint(pack_of(tmp_path, text), "pack.yaml", today=date(2026, 1, 1))
    assert (warning.path, warning.line) == ("questions[1].checked", line_of(text, "- id: thirst-signal"))
    assert warning.message == "the evidence was last checked in 2021-02-28, more than 3 years ago"
    assert warning.hint == "check the sources against newer research, update the explanation if need be, then the date"


def test_a_29_february_check_is_due_on_28_february(tmp_path: Path) -> None:
    text = edit(VALID, "  language: en\n", '  language: en\nchecked: "2024-02-29"\n')
    assert lint(pack_of(tmp_path, text), "pack.yaml", today=date(2027, 2, 28)) == []
    assert len(lint(pack_of(tmp_path, text), "pack.yaml", today=date(2027, 3, 1))) == 1


def test_no_date_is_no_warning(tmp_path: Path) -> None:
    """A pack that does not date its evidence is not warned about, however far off today is."""
    assert lint(pack_of(tmp_path, VALID), "pack.yaml", today=date(2100, 1, 1)) == []


def test_check_paths_measures_dates_from_the_day_it_is_given(tmp_path: Path) -> None:
    write(tmp_path, CHECKED, "pack.yaml")
    assert check_paths([Path("pack.yaml")], today=date(2025, 1, 1)) == (1, [])
    _, (warning,) = check_paths([Path("pack.yaml")], today=date(2026, 1, 1))
    assert str(warning) == (
        "pack.yaml: warning: checked: the evidence was last checked in 2022-11, more than 3 years ago — "
        "check the sources against newer research, update the explanation if need be, then the date"
    )


def test_tag_name_never_used(tmp_path: Path) -> None:
    names = (
        "tags:\n  water: {en: Drinking water, zh: 饮水}\n  thirst: {en: Thirst, zh: 口渴}\n  salt: {en: Salt, zh: 盐}\n"
    )
    (warning,) = lint(pack_of(tmp_path, edit(VALID, "references:\n", names + "references:\n")), "pack.yaml")
    assert (warning.path, warning.message) == ("tags.salt", "the tag 'salt' is never used")


def test_warnings_come_in_question_order_then_the_pack(tmp_path: Path) -> None:
    text = edit(VALID, "    refs: [efsa-2010]\n    tags: [water]\n", "    tags: [water]\n")
    text = edit(text, "      en: Fluid needs vary with body size, climate and activity.", "      en: No.")
    text = edit(text, "references:\n", "references:\n  spare: Someone. 2001.\n")
    warnings = lint(pack_of(tmp_path, text), "pack.yaml")
    assert [w.path for w in warnings] == ["questions[0].explanation", "questions[0]", "references.spare"]
    assert all(w.severity is Severity.WARNING for w in warnings)


# -- what `quiz validate` collects ---------------------------------------------------------------------


def test_check_paths_gives_errors_of_broken_files_and_warnings_of_good_ones(tmp_path: Path) -> None:
    """A folder with a broken pack and a pack with a warning: the error, then the warning, each naming its file."""
    write(tmp_path, edit(VALID, "answer: myth", "answer: mith"), "packs/broken.yaml")
    write(tmp_path, edit(ONE_LANGUAGE, "    refs: [nhs-sleep]\n", ""), "packs/thin.yaml")
    checked, problems = check_paths([Path("packs")])
    assert checked == 2
    assert [(p.file, p.severity) for p in problems] == [
        ("packs/broken.yaml", "error"),
        ("packs/thin.yaml", "warning"),  # the uncited question
        ("packs/thin.yaml", "warning"),  # and so the reference nobody cites
    ]


def test_check_paths_reports_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    checked, problems = check_paths([Path("missing.yaml"), Path("empty")])
    assert checked == 0
    assert [(p.file, p.message, p.severity) for p in problems] == [
        ("missing.yaml", "no such file or folder", "error"),
        ("empty", "no pack files (.yaml or .yml) in this folder", "error"),
    ]

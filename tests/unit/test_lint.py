"""Warnings: what a playable pack would do better to fix, each at the question it is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.model import Pack
from quiz.packs import Severity, load_pack
from quiz.packs.lint import check_paths, lint
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, line_of, write

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so files are named as a teacher would type them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def pack_of(folder: Path, text: str) -> Pack:
    return load_pack(write(folder, text))


# -- packs that need no warning -----------------------------------------------------------------------


def test_a_careful_pack_has_no_warnings(tmp_path: Path) -> None:
    assert lint(pack_of(tmp_path, VALID), "pack.yaml") == []
    assert lint(pack_of(tmp_path, ONE_LANGUAGE), "pack.yaml") == []


@pytest.mark.parametrize(
    "path",
    [*sorted((ROOT / "questions").glob("*.yaml")), ROOT / "tests/data/sample-pack.yaml"],
    ids=lambda p: p.name,
)
def test_bundled_and_sample_packs_have_no_warnings(path: Path) -> None:
    assert [str(w) for w in lint(load_pack(path), path.name)] == []


# -- each warning -------------------------------------------------------------------------------------


def test_explanation_much_shorter_than_its_claim(tmp_path: Path) -> None:
    """An English explanation under half the length of its claim is a warning at that question, naming 'en'."""
    text = edit(VALID, "      en: Fluid needs vary with body size, climate and activity.", "      en: Needs vary.")
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

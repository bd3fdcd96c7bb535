"""Each warning of `quiz validate` says which file, where, and what to do, as a teacher reads it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quiz.model import Pack, Text
from quiz.packs.lint import check_paths, lint

FILE = "health/sleep.yaml"


def only_warning(pack: Pack) -> tuple[str, int | None, str, str, str | None]:
    """The one warning `lint` gives for `pack`: file, line, path, message and hint."""
    (warning,) = lint(pack, FILE)
    return warning.file, warning.line, warning.path, warning.message, warning.hint


def with_question(pack: Pack, index: int, **changes: object) -> Pack:
    """`pack` with question `index` changed."""
    questions = list(pack.questions)
    questions[index] = replace(questions[index], **changes)  # type: ignore[arg-type]
    return replace(pack, questions=tuple(questions))


def test_a_short_chinese_explanation_is_named_as_chinese(sample_pack: Pack) -> None:
    """The English explanation is fine; the Chinese one is a word: the warning names the language."""
    question = sample_pack.questions[1]
    explanation = Text({"en": question.explanation.get("en"), "zh": "对。"})
    pack = with_question(sample_pack, 1, explanation=explanation)
    assert only_warning(pack) == (
        FILE,
        question.line,
        "questions[1].explanation",
        "the explanation (zh) is much shorter than the claim",
        "say why the answer is right and what the evidence shows, not just the verdict",
    )


def test_a_question_without_references(sample_pack: Pack) -> None:
    question = sample_pack.questions[3]
    pack = with_question(sample_pack, 3, refs=())
    assert only_warning(pack) == (
        FILE,
        question.line,
        "questions[3]",
        "this question cites no references",
        "add 'refs: [...]' with ids from 'references' so players can check the evidence",
    )


def test_the_same_claim_names_the_first_one_and_its_line(sample_pack: Pack) -> None:
    """Case and spacing do not make a claim new; the warning is at the repeat and points to the original."""
    first, repeat = sample_pack.questions[0], sample_pack.questions[2]
    prompt = Text({"en": "  the SKY is green   at noon.", "zh": repeat.prompt.get("zh")})
    pack = with_question(sample_pack, 2, prompt=prompt)
    assert only_warning(pack) == (
        FILE,
        repeat.line,
        "questions[2].claim",
        f"the same claim as question {first.id!r}",
        f"that question is on line {first.line}; players would judge the same statement twice",
    )


def test_a_reference_never_cited(sample_pack: Pack) -> None:
    pack = replace(sample_pack, references={**sample_pack.references, "ref-three": "Third Author. 2003."})
    assert only_warning(pack) == (
        FILE,
        None,
        "references.ref-three",
        "the reference 'ref-three' is never cited",
        "cite it in a question's 'refs', or remove it",
    )


def test_check_paths_counts_every_file_it_read(sample_pack_path: Path) -> None:
    """Two paths given, two pack files read, and a clean pack gives no problem."""
    assert check_paths([sample_pack_path, sample_pack_path]) == (2, [])

"""Reading the questions one at a time: the same pack and the same problems whatever the file's layout, in
memory that does not hold the whole YAML tree."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.packs import PackError, load_pack
from tests.packhelpers import VALID, edit, line_of, problems_of, write

HEAD, QUESTIONS = VALID.split("questions:\n")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so messages name files as a teacher would type them ('pack.yaml')."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def many_questions(count: int) -> str:
    """A valid pack of `count` myth-or-fact questions in two languages."""
    question = (
        "  - id: q{n}\n"
        "    claim: {{en: Claim number {n} about water., zh: 关于喝水的第{n}个说法。}}\n"
        "    answer: myth\n"
        "    explanation: {{en: The evidence on claim {n} says otherwise., zh: 关于第{n}个说法的证据并不支持它。}}\n"
        "    refs: [efsa-2010]\n"
    )
    return HEAD + "questions:\n" + "".join(question.format(n=n) for n in range(count))


def test_questions_before_the_fields_they_need_load_the_same(tmp_path: Path) -> None:
    """'questions:' written before 'languages:' and 'source:' gives the same pack as the usual order."""
    usual = load_pack(write(tmp_path, VALID, "usual.yaml"))
    text = "questions:\n" + QUESTIONS + HEAD
    moved = load_pack(write(tmp_path, text, "moved.yaml"))
    assert [q.line for q in moved.questions] == [line_of(text, "- id:", n) for n in (1, 2)]
    assert replace(moved, questions=()) == replace(usual, questions=())
    assert [replace(q, line=0) for q in moved.questions] == [replace(q, line=0) for q in usual.questions]


def test_problems_are_the_same_when_questions_come_first(tmp_path: Path) -> None:
    """A mistake in a question and one in the pack's fields are both reported, at their lines, in either order."""
    broken = edit(edit(VALID, "answer: myth", "answer: maybe"), "license: CC-BY-4.0\n", "")
    moved = "questions:\n" + broken.split("questions:\n")[1] + broken.split("questions:\n")[0]
    for text, name in ((broken, "usual.yaml"), (moved, "moved.yaml")):
        problems = problems_of(write(tmp_path, text, name))
        assert [(p.line, p.message) for p in problems] == [
            (1, "missing 'license'"),
            (line_of(text, "answer: maybe"), "must be myth or fact, not 'maybe'"),
        ]


def test_a_later_question_may_alias_an_earlier_one(tmp_path: Path) -> None:
    """An anchor set in one question stays usable in the next, though the first question's nodes are let go."""
    text = edit(
        VALID, "    refs: [efsa-2010]\n    tags: [water]\n", "    refs: &cited [efsa-2010]\n    tags: [water]\n"
    )
    text = edit(
        text, "    refs: [efsa-2010]\n    tags: [water, thirst]\n", "    refs: *cited\n    tags: [water, thirst]\n"
    )
    pack = load_pack(write(tmp_path, text))
    assert [q.refs for q in pack.questions] == [("efsa-2010",), ("efsa-2010",)]


def test_a_syntax_error_after_the_questions_is_the_one_problem(tmp_path: Path) -> None:
    """Mistakes in the questions read before a YAML error further down are not reported: the YAML comes first."""
    text = edit(VALID, "answer: myth", "answer: maybe") + "oops: [unclosed\n"
    with pytest.raises(PackError) as caught:
        load_pack(write(tmp_path, text))
    [problem] = caught.value.problems
    assert problem.message.startswith("not valid YAML") and problem.line == line_of(text, "oops:")


def test_loading_holds_about_one_question_of_yaml_at_a_time(tmp_path: Path) -> None:
    """Peak memory while loading 2,000 questions stays within a small multiple of the pack it builds.

    Their whole node tree, which the loader held before it read the questions one at a time, takes five times the
    finished pack; now the file's text (as bytes, as str and the parser's copy) is most of the peak.
    """
    path = write(tmp_path, many_questions(2_000))
    load_pack(path)  # imports and caches out of the measured load
    tracemalloc.start()
    try:
        pack = load_pack(path)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(pack.questions) == 2_000
    assert peak < 3 * held, f"peak {peak / 1e6:.1f} MB for a pack of {held / 1e6:.1f} MB"

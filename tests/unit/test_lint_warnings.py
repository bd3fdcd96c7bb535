"""Each warning of `quiz validate` says which file, where, and what to do, as a teacher reads it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from quiz.model import CheckDate, Pack, Text
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


def test_an_article_players_would_read_untranslated(sample_pack: Pack) -> None:
    """The article's sentence given in English only, in a pack also played in Chinese."""
    question = sample_pack.questions[1]
    pack = with_question(sample_pack, 1, article=Text({"en": "Water is wet, says the article."}))
    assert only_warning(pack) == (
        FILE,
        question.line,
        "questions[1].article",
        "the article's sentence is given in en only, not in zh",
        "write 'article:' as a mapping: the original (en) and its translation into zh",
    )


def test_an_article_quoted_in_another_language_needs_both_translations(sample_pack: Pack) -> None:
    pack = with_question(sample_pack, 1, article=Text({"fr": "L'eau mouille."}))
    assert only_warning(pack)[3:] == (
        "the article's sentence is given in fr only, not in en, zh",
        "write 'article:' as a mapping: the original (fr) and its translation into en, zh",
    )


def test_a_tag_named_but_never_used(sample_pack: Pack) -> None:
    names = {"sky": Text({"en": "Sky", "zh": "天空"}), "bones": Text({"en": "Bones", "zh": "骨骼"})}
    pack = with_question(replace(sample_pack, tags=names), 0, tags=("sky",))
    assert only_warning(pack) == (
        FILE,
        None,
        "tags.bones",
        "the tag 'bones' is never used",
        "tag a question with it, or remove it",
    )


def dated(pack: Pack, checked: CheckDate | None) -> Pack:
    """`pack` checked on `checked`, a date each question takes as its own (as the loader gives it)."""
    return replace(pack, checked=checked, questions=tuple(replace(q, checked=checked) for q in pack.questions))


STALE_HINT = "check the sources against newer research, update the explanation if need be, then the date"


@pytest.mark.parametrize(
    ("checked", "last_fresh_day"),
    [
        (CheckDate(2020, 5), date(2023, 5, 31)),  # a month means its last day
        (CheckDate(2020, 5, 10), date(2023, 5, 10)),
        (CheckDate(2020, 2, 29), date(2023, 2, 28)),  # three years after 29 February
    ],
)
def test_evidence_is_stale_three_years_after_it_was_checked(
    sample_pack: Pack, checked: CheckDate, last_fresh_day: date
) -> None:
    """Up to three years after the check nothing is said; the day after, one warning for the whole pack."""
    pack = dated(sample_pack, checked)
    assert lint(pack, FILE, today=last_fresh_day) == []
    (warning,) = lint(pack, FILE, today=last_fresh_day + timedelta(days=1))
    assert (warning.file, warning.line, warning.path, warning.hint) == (FILE, None, "checked", STALE_HINT)
    assert warning.message == f"the evidence was last checked in {checked}, more than 3 years ago"


def test_a_question_checked_on_its_own_date_is_warned_at_that_question(sample_pack: Pack) -> None:
    """A question with an old date of its own gets the warning, at its line; the pack's recent date gets none."""
    pack = with_question(dated(sample_pack, CheckDate(2026, 1)), 2, checked=CheckDate(2019, 4))
    (warning,) = lint(pack, FILE, today=date(2026, 6, 1))
    assert (warning.line, warning.path) == (sample_pack.questions[2].line, "questions[2].checked")
    assert warning.message == "the evidence was last checked in 2019-04, more than 3 years ago"


def test_a_pack_date_no_question_uses_is_not_checked(sample_pack: Pack) -> None:
    """When every question gives its own recent date, the pack's old one applies to nothing."""
    fresh = tuple(replace(q, checked=CheckDate(2026, 1)) for q in sample_pack.questions)
    pack = replace(sample_pack, checked=CheckDate(2000, 1), questions=fresh)
    assert lint(pack, FILE, today=date(2026, 6, 1)) == []


def test_evidence_dates_are_measured_from_today_by_default(sample_pack: Pack) -> None:
    """Without a date given, an old check is stale and this month's is not; a pack with no date gets nothing."""
    today = date.today()
    assert [w.path for w in lint(dated(sample_pack, CheckDate(2000, 1)), FILE)] == ["checked"]
    assert lint(dated(sample_pack, CheckDate(today.year, today.month)), FILE) == []
    assert lint(dated(sample_pack, None), FILE, today=date(2100, 1, 1)) == []


def test_item_writing_findings_are_warnings_at_their_question(sample_pack: Pack) -> None:
    """A finding of the item-writing checks reaches `quiz validate` with its file, line, field, code and advice."""
    question = sample_pack.questions[0]
    explanation = Text(
        {"en": "Myth says the sky is green at noon, but on a clear day it is blue.", "zh": "天空是蓝色的。"}
    )
    file, line, path, message, hint = only_warning(with_question(sample_pack, 0, explanation=explanation))
    assert (file, line, path) == (FILE, question.line, "questions[0].explanation")
    assert message.startswith("[myth-first] ") and "'sky-green'" in message
    assert hint and "lead with the fact" in hint


def test_warnings_of_different_questions_add_up(sample_pack: Pack) -> None:
    """A question's own old date adds its warning to those of the questions before it."""
    pack = with_question(dated(sample_pack, CheckDate(2026, 1)), 2, checked=CheckDate(2019, 4))
    pack = with_question(pack, 0, refs=())
    warnings = lint(pack, FILE, date(2026, 6, 1))
    assert [(w.file, w.path) for w in warnings] == [(FILE, "questions[0]"), (FILE, "questions[2].checked")]


def test_an_article_in_two_languages_the_pack_does_not_read(sample_pack: Pack) -> None:
    """Each language the article is given in is listed, and each it lacks."""
    pack = with_question(sample_pack, 1, article=Text({"fr": "L'eau mouille.", "en": "Water wets."}))
    assert only_warning(pack)[3] == "the article's sentence is given in fr, en only, not in zh"


def test_check_paths_measures_evidence_dates_from_the_day_given(sample_pack_path: Path, tmp_path: Path) -> None:
    """`quiz validate` on a pack checked in May 2020: fine until the end of May 2023, stale from June."""
    text = sample_pack_path.read_text(encoding="utf-8").replace(
        "license: CC-BY-4.0\n", "license: CC-BY-4.0\nchecked: 2020-05\n"
    )
    path = tmp_path / "dated.yaml"
    path.write_text(text, encoding="utf-8")
    assert check_paths([path], today=date(2023, 5, 31)) == (1, [])
    count, warnings = check_paths([path], today=date(2023, 6, 1))
    assert count == 1 and [(w.path, w.message) for w in warnings] == [
        ("checked", "the evidence was last checked in 2020-05, more than 3 years ago")
    ]

"""Loading one pack file: what a teacher gets for a good pack, and what they read for each kind of mistake."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from quiz.message import msg
from quiz.model import Kind, Verdict
from quiz.packs import MAX_BYTES, PackError, Problem, load_pack
from tests.packhelpers import (
    ONE_LANGUAGE,
    VALID,
    column_of,
    edit,
    line_of,
    only_problem,
    problems_of,
    write,
)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so messages name files as a teacher would type them ('pack.yaml')."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- a good pack --------------------------------------------------------------------------------------


def test_valid_pack_loads_its_questions(tmp_path: Path) -> None:
    """The example pack loads with its ids, kinds, answers, tags, difficulty and article verdict."""
    pack = load_pack(write(tmp_path, VALID))
    assert pack.id == "hydration-basics"
    assert pack.languages == ("en", "zh")
    assert pack.version == "1.0"
    assert pack.authors == ("Ms Rivera", "Mr Chen")
    assert pack.license == "CC-BY-4.0"
    assert pack.path == tmp_path / "pack.yaml"
    first, second = pack.questions
    assert (first.id, first.kind, first.answer, first.correct_key) == ("eight-glasses", Kind.MYTH_FACT, "myth", "myth")
    assert first.article_for("en") == ("Drink eight glasses a day, no matter what.",) * 2
    assert first.article_verdict is Verdict.OVERSTATED
    assert (first.tags, first.difficulty, first.line) == (("water",), 1, line_of(VALID, "- id: eight-glasses"))
    assert (second.id, second.kind, second.answer) == ("thirst-signal", Kind.CHOICE, None)
    assert (second.tags, second.difficulty, second.article_verdict) == (("water", "thirst"), 2, None)


def test_choices_have_exactly_one_correct_with_feedback(tmp_path: Path) -> None:
    """A multiple-choice question keeps its choices in order, one correct, with that choice's feedback."""
    question = load_pack(write(tmp_path, VALID)).questions[1]
    assert [c.text.get("en") for c in question.choices] == ["Thirst", "A headache", "Hunger"]
    assert [c.correct for c in question.choices] == [True, False, False]
    assert question.correct_key == "0"
    feedback = question.feedback_for("0")
    assert feedback is not None and feedback.get("zh") == "对。口渴是很好的信号。"
    assert question.feedback_for("1") is None


def test_references_become_citations(tmp_path: Path) -> None:
    """A question's refs resolve to the full citation text from 'references'."""
    pack = load_pack(write(tmp_path, VALID))
    citation = "EFSA Panel on Dietetic Products. Dietary Reference Values for water. EFSA Journal 2010;8(3):1459."
    assert dict(pack.references) == {"efsa-2010": citation}
    assert pack.questions[0].refs == ("efsa-2010",)
    assert pack.citations(pack.questions[0]) == [citation]


def test_text_is_there_in_both_languages(tmp_path: Path) -> None:
    """Every text of a bilingual pack answers Text.get in English and in Chinese; the source is read too."""
    pack = load_pack(write(tmp_path, VALID))
    assert (pack.title.get("en"), pack.title.get("zh")) == ("Hydration basics", "补水常识")
    assert pack.disclaimer.get("zh") == "本测验仅用于科普教育,不构成医疗建议。"
    claim = pack.questions[0].prompt
    assert claim.get("en") == "Everyone must drink exactly eight glasses of water a day."
    assert claim.get("zh") == "每个人每天都必须正好喝八杯水。"
    assert pack.questions[1].explanation.get("en") == "In healthy adults thirst keeps fluid balance well."
    assert pack.source.title == "School nurse handout on hydration"
    assert (pack.source.date, pack.source.link, pack.source.language) == (
        "2025-09-01",
        "https://example.org/handout",
        "en",
    )


def test_one_language_pack_takes_plain_strings(tmp_path: Path) -> None:
    """A pack in one language writes each text as a plain string; asking for another language gives that text."""
    pack = load_pack(write(tmp_path, ONE_LANGUAGE))
    assert pack.languages == ("en",)
    assert pack.title.get("en") == "Sleep basics"
    assert pack.title.get("zh") == "Sleep basics"
    assert pack.questions[0].prompt.get("en") == "Every adult needs exactly eight hours of sleep."
    assert pack.source.link is None and pack.source.language is None


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A file saved 'UTF-8 with BOM' (as Windows Notepad does) loads like any other."""
    pack = load_pack(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode("utf-8")))
    assert pack.id == "hydration-basics"


# -- how a problem reads ------------------------------------------------------------------------------


def test_problem_reads_file_line_column_path_message_hint(tmp_path: Path) -> None:
    """A misspelt key prints as 'file:line:column: error: path: message — hint' with 'did you mean'."""
    text = edit(VALID, "    explanation:\n      en: Fluid", "    explaination:\n      en: Fluid")
    missing, problem = problems_of(write(tmp_path, text))
    assert (missing.path, missing.message) == ("questions[0]", "missing 'explanation'")
    line = line_of(text, "explaination:")
    assert (problem.file, problem.line, problem.column) == ("pack.yaml", line, 5)
    assert problem.path == "questions[0]"
    assert problem.hint == "did you mean 'explanation'?"
    assert str(problem) == (
        f"pack.yaml:{line}:5: error: questions[0]: unknown key 'explaination' — did you mean 'explanation'?"
    )


def test_problem_without_a_line_leaves_it_out() -> None:
    """A problem about the whole file prints as 'file: error: message — hint'."""
    problem = Problem("pack.yaml", msg("load.empty_file"), fix=msg("load.fix.empty_file"))
    assert str(problem) == "pack.yaml: error: the file is empty — start it with 'pack: 1' (see docs/packs.md)"


def test_every_mistake_is_reported_sorted_by_line(tmp_path: Path) -> None:
    """Three independent mistakes give three problems, listed from the top of the file down."""
    text = edit(VALID, "difficulty: 2", "difficulty: 9")
    text = edit(text, "answer: myth", "answer: mith")
    text = edit(text, 'version: "1.0"', "version: [1, 0]")
    problems = problems_of(write(tmp_path, text))
    assert [(p.line, p.path, p.message) for p in problems] == [
        (line_of(text, "version: [1, 0]"), "version", "must be text, not a list"),
        (line_of(text, "answer: mith"), "questions[0].answer", "must be myth or fact, not 'mith'"),
        (line_of(text, "difficulty: 9"), "questions[1].difficulty", "must be a whole number from 1 to 3, not '9'"),
    ]


def test_a_flood_of_mistakes_is_cut_short(tmp_path: Path) -> None:
    """A file with hundreds of mistakes lists the first 100 and then says how many more there are."""
    bad = "".join(f"  - {{id: q{i}, claim: C, answer: mith, explanation: E}}\n" for i in range(120))
    text = ONE_LANGUAGE[: ONE_LANGUAGE.index("  - id: eight-hours")] + bad
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 101
    assert all(p.message == "must be myth or fact, not 'mith'" for p in problems[:100])
    assert (problems[-1].line, problems[-1].message) == (None, "… and 20 more problems")
    assert problems[-1].hint == "fix these first, then check again"


def test_a_pack_with_any_error_is_never_returned(tmp_path: Path) -> None:
    """One bad question stops the whole pack: PackError, whose text lists every problem line."""
    text = edit(VALID, "answer: myth", "answer: maybe")
    with pytest.raises(PackError) as caught:
        load_pack(write(tmp_path, text))
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    assert "questions[0].answer: must be myth or fact, not 'maybe'" in str(caught.value)


# -- each kind of mistake -----------------------------------------------------------------------------


def test_missing_required_field(tmp_path: Path) -> None:
    """A myth-or-fact question without 'answer' is reported at that question with how to add it."""
    text = edit(VALID, "    answer: myth\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "- id: eight-glasses"), 5)
    assert (problem.path, problem.message) == ("questions[0]", "missing 'answer'")
    assert problem.hint == "add 'answer: myth' or 'answer: fact'"


def test_missing_top_level_field(tmp_path: Path) -> None:
    """A pack without 'questions' says so, with a hint."""
    text = VALID[: VALID.index("questions:")]
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path, problem.message) == (1, "", "missing 'questions'")
    assert problem.hint == "add a 'questions:' list"


def test_list_where_a_mapping_belongs(tmp_path: Path) -> None:
    """'source' written as a list is reported as needing 'key: value' lines."""
    text = edit(
        VALID,
        '  title: School nurse handout on hydration\n  date: "2025-09-01"\n',
        '  - School nurse handout on hydration\n  - "2025-09-01"\n',
    )
    text = edit(text, "  link: https://example.org/handout\n  language: en\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "- School nurse"), 3)
    assert problem.path == "source"
    assert problem.message == "must be a mapping of 'key: value' lines, not a list"


def test_mapping_where_text_belongs(tmp_path: Path) -> None:
    """'version' written as a mapping is reported as needing text."""
    text = edit(VALID, 'version: "1.0"', "version: {major: 1}")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "version:"), "version")
    assert problem.message == "must be text, not a mapping"


def test_bad_answer_value(tmp_path: Path) -> None:
    """'answer: mith' says it must be myth or fact and suggests 'myth'."""
    text = edit(VALID, "answer: myth", "answer: mith")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "answer: mith"), column_of(text, "mith"))
    assert (problem.path, problem.message) == ("questions[0].answer", "must be myth or fact, not 'mith'")
    assert problem.hint == "did you mean 'myth'?"


@pytest.mark.parametrize("value", ["0", "4", "-1", "two", "1.5"])
def test_difficulty_out_of_range(tmp_path: Path, value: str) -> None:
    """A difficulty that is not 1, 2 or 3 names the allowed range and the value written."""
    text = edit(VALID, "difficulty: 2", f"difficulty: {value}")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, f"difficulty: {value}"), "questions[1].difficulty")
    assert problem.message == f"must be a whole number from 1 to 3, not {value!r}"


def test_missing_translation(tmp_path: Path) -> None:
    """A claim without its Chinese line, in an en+zh pack, is an error at that claim (issue 14's decision: a
    declared language is given everywhere); the hint says to add it, or to stop declaring zh while drafting."""
    text = edit(VALID, "      zh: 每个人每天都必须正好喝八杯水。\n", "")
    problem = only_problem(write(tmp_path, text))
    assert problem.severity == "error"
    assert (problem.line, problem.column) == (line_of(text, "en: Everyone must"), 7)
    assert (problem.path, problem.message) == ("questions[0].claim", "missing 'zh'")
    assert problem.hint == "add the zh text ('zh: ...'), or remove zh from 'languages' while the pack is a draft"


def test_a_missing_translation_named_id_gets_the_translation_hint(tmp_path: Path) -> None:
    """A language whose code is also a field name (Indonesian, 'id') gets the translation hint, not the id one."""
    text = edit(ONE_LANGUAGE, "languages: [en]", "languages: [en, id]")
    text = edit(text, "title: Sleep basics", "title: {en: Sleep basics}")
    problems = problems_of(write(tmp_path, text))
    title = next(p for p in problems if p.path == "title")
    assert (title.message, title.hint) == (
        "missing 'id'",
        "add the id text ('id: ...'), or remove id from 'languages' while the pack is a draft",
    )


def test_plain_string_in_a_two_language_pack(tmp_path: Path) -> None:
    """A plain string where two languages are declared asks for a translation of each."""
    text = edit(VALID, "title:\n  en: Hydration basics\n  zh: 补水常识\n", "title: Hydration basics\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "title: Hydration"), "title")
    assert problem.message == "needs a translation for each of en, zh"
    assert problem.hint == (
        "write it as a mapping: en: ..., zh: ...; while you draft in one language, list only that one in 'languages'"
    )


def test_unknown_language_key(tmp_path: Path) -> None:
    """A French line in an en+zh pack is an unknown key, with the languages the pack declares."""
    text = edit(VALID, "  zh: 补水常识\n", "  zh: 补水常识\n  fr: L'hydratation\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "fr: L'hydratation"), 3)
    assert (problem.path, problem.message) == ("title", "unknown key 'fr'")
    assert problem.hint == "expected one of: en, zh"


def test_duplicate_question_ids_name_the_other_line(tmp_path: Path) -> None:
    """Two questions with the same id: the second is reported and the hint names the first one's line."""
    text = edit(VALID, "- id: thirst-signal", "- id: eight-glasses")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "- id: eight-glasses", 2), "questions[1].id")
    assert problem.message == "duplicate question id 'eight-glasses'"
    assert problem.hint == f"the question on line {line_of(text, '- id: eight-glasses')} has it too; ids must be unique"


def test_duplicate_question_id_points_at_the_id_line(tmp_path: Path) -> None:
    """When 'id' is not the question's first line, the duplicate is reported on the 'id' line itself."""
    text = edit(VALID, "  - id: thirst-signal\n    question:", "  - question:")
    text = edit(text, "    tags: [water, thirst]", "    id: eight-glasses\n    tags: [water, thirst]")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "id: eight-glasses", 2), "questions[1].id")
    assert problem.message == "duplicate question id 'eight-glasses'"


def test_duplicate_question_id_is_reported_beside_other_mistakes(tmp_path: Path) -> None:
    """A duplicate id is reported even when the first question with that id has a mistake of its own."""
    text = edit(VALID, "- id: thirst-signal", "- id: eight-glasses")
    text = edit(text, "answer: myth", "answer: mith")
    problems = problems_of(write(tmp_path, text))
    assert [p.message for p in problems] == [
        "must be myth or fact, not 'mith'",
        "duplicate question id 'eight-glasses'",
    ]


def test_duplicate_key_in_one_mapping(tmp_path: Path) -> None:
    """The same key twice in a question names the line where it was first set."""
    text = edit(VALID, "    answer: myth\n", "    answer: myth\n    answer: fact\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "answer: fact"), "questions[0].answer")
    assert problem.message == "duplicate key 'answer'"
    assert problem.hint == f"it is already set on line {line_of(text, 'answer: myth')}; keep one"


def test_unknown_reference_suggests_the_close_one(tmp_path: Path) -> None:
    """A ref that is not in 'references' is reported at that ref, suggesting the id it resembles."""
    text = edit(VALID, "    refs: [efsa-2010]\n    tags: [water]\n", "    refs: [efsa-2011]\n    tags: [water]\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "efsa-2011"), column_of(text, "efsa-2011"))
    assert (problem.path, problem.message) == ("questions[0].refs[0]", "unknown reference 'efsa-2011'")
    assert problem.hint == "did you mean 'efsa-2010'?"


def test_no_choice_marked_correct(tmp_path: Path) -> None:
    """A multiple-choice question with no correct choice says to mark exactly one."""
    text = edit(VALID, "        correct: true\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "- text: {en: Thirst"), "questions[1].choices")
    assert problem.message == "no choice is marked correct"
    assert problem.hint == "mark exactly one choice with 'correct: true'"


def test_two_choices_marked_correct(tmp_path: Path) -> None:
    """Two correct choices are reported as such, with the same hint."""
    text = edit(VALID, "- text: {en: Hunger, zh: 饥饿}", "- text: {en: Hunger, zh: 饥饿}\n        correct: yes")
    problem = only_problem(write(tmp_path, text))
    assert (problem.path, problem.message) == ("questions[1].choices", "2 choices are marked correct")
    assert problem.hint == "mark exactly one choice with 'correct: true'"


@pytest.mark.parametrize("count", [1, 5])
def test_too_few_or_too_many_choices(tmp_path: Path, count: int) -> None:
    """One choice or five choices is reported with the allowed 2 to 4."""
    others = "".join(f"      - text: {{en: Other {i}, zh: 其他{i}}}\n" for i in range(count - 1))
    start = VALID.index("      - text: {en: A headache")
    end = VALID.index("    explanation:", start)
    text = VALID[:start] + others + VALID[end:]
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "- text: {en: Thirst"), "questions[1].choices")
    assert problem.message == f"has {count} choices; a question needs 2 to 4"


def test_choices_on_a_claim_question(tmp_path: Path) -> None:
    """'choices' added to a myth-or-fact question is the one thing reported, as not belonging there."""
    text = edit(VALID, "    answer: myth\n", "    answer: myth\n    choices: [{text: {en: Yes, zh: 是}}]\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "choices: [{text"), 5)
    assert (problem.path, problem.message) == ("questions[0]", "'choices' does not belong here")
    assert problem.hint == "a myth-or-fact question has 'claim' and 'answer'"


def test_answer_on_a_multiple_choice_question(tmp_path: Path) -> None:
    """'answer' on a question with choices says a multiple-choice question has 'question' and 'choices'."""
    text = edit(VALID, "    choices:\n", "    answer: fact\n    choices:\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "answer: fact"), "questions[1]")
    assert problem.message == "'answer' does not belong here"
    assert problem.hint == "a multiple-choice question has 'question' and 'choices'"


def test_both_claim_and_question(tmp_path: Path) -> None:
    """A question with both 'claim' and 'question' explains the two kinds of question."""
    text = edit(VALID, "    answer: myth\n", "    answer: myth\n    question: {en: Is that so, zh: 是这样吗}\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "- id: eight-glasses"), "questions[0]")
    assert problem.message == "has both 'claim' and 'question'"
    assert "a myth-or-fact question has a claim and an answer" in (problem.hint or "")


def test_uppercase_pack_id(tmp_path: Path) -> None:
    """A pack id with capitals is refused with the rule for pack ids."""
    text = edit(VALID, "id: hydration-basics", "id: Hydration-Basics")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column, problem.path) == (2, 5, "id")
    assert problem.message == "'Hydration-Basics' is not a valid name"
    assert problem.hint == "use lowercase letters, digits and dashes"


def test_empty_authors_is_reported_with_other_mistakes(tmp_path: Path) -> None:
    """An empty author list is reported even when the pack has another mistake too."""
    text = edit(VALID, "authors: [Ms Rivera, Mr Chen]", "authors: []")
    text = edit(text, "answer: myth", "answer: mith")
    problems = problems_of(write(tmp_path, text))
    assert [(p.path, p.message) for p in problems] == [
        ("authors", "needs at least one name"),
        ("questions[0].answer", "must be myth or fact, not 'mith'"),
    ]


def test_non_boolean_correct_is_a_clear_error(tmp_path: Path) -> None:
    """'correct:' with a value that is not true or false is reported, even when forced with a !!bool tag."""
    text = edit(VALID, "correct: true", "correct: !!bool maybe")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "correct: !!bool"), "questions[1].choices[0].correct")
    assert problem.message == "must be true or false, not 'maybe'"


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    """'<<' merge keys are refused, as docs/packs.md says, with 'write the fields out'."""
    text = edit(VALID, "    tags: [water]\n", "    tags: [water]\n    <<: {difficulty: 2}\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "<<:"), "questions[0]")
    assert problem.message == "merge keys ('<<') are not supported"


# -- format version -----------------------------------------------------------------------------------


def test_unknown_format_version_is_the_only_message(tmp_path: Path) -> None:
    """A 'pack: 2' file (with fields this game does not know) gets one clear message, not a list of noise."""
    text = edit(VALID, "pack: 1", "pack: 2") + "themes: [water]\n"
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column, problem.path) == (1, 7, "pack")
    assert problem.message == "this pack uses format version 2; this game reads version 1"
    assert problem.hint == "update the game, or rewrite the pack for version 1 (see docs/packs.md)"


@pytest.mark.parametrize("value", ["0x1", "!!int one", "!!int ²", '"1"'])
def test_odd_format_version_is_a_clear_error(tmp_path: Path, value: str) -> None:
    """A format version that is not plainly the number 1 asks for 'pack: 1' instead of crashing."""
    text = edit(VALID, "pack: 1", f"pack: {value}")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (1, "pack")
    assert problem.message.startswith("must be the format version number 1, not ")
    assert problem.hint == "write 'pack: 1'"


def test_odd_difficulty_number_is_a_clear_error(tmp_path: Path) -> None:
    """A difficulty forced to look like a number ('!!int ²') is reported instead of crashing."""
    text = edit(VALID, "difficulty: 2", "difficulty: !!int ²")
    problem = only_problem(write(tmp_path, text))
    assert problem.path == "questions[1].difficulty"
    assert problem.message == "must be a whole number from 1 to 3, not '²'"


# -- files that are not a pack at all -----------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "# just a comment\n", "\n\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    """An empty file says so and how to start it."""
    problem = only_problem(write(tmp_path, content))
    assert (problem.file, problem.line, problem.message) == ("pack.yaml", None, "the file is empty")
    assert problem.hint == "start it with 'pack: 1' (see docs/packs.md)"


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    """An unquoted ': ' inside text is a YAML error at its line and column, with a quoting hint."""
    text = edit(VALID, "en: Drink eight glasses a day", "en: Doctors say: drink eight glasses a day")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "Doctors say:"), column_of(text, ": drink"))
    assert problem.message.startswith("not valid YAML: ") and "mapping values are not allowed" in problem.message
    assert problem.hint == "text containing ': ' must be quoted"


def test_tab_indentation(tmp_path: Path) -> None:
    """A tab used for indentation is a YAML error whose hint says to indent with spaces."""
    text = edit(VALID, "  efsa-2010:", "\tefsa-2010:")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "\tefsa-2010:")
    assert problem.hint == "indent with spaces, not tabs"


def test_control_character_in_the_file_names_its_line(tmp_path: Path) -> None:
    """A pasted invisible control character (form feed) is refused with its line and column."""
    text = edit(VALID, "Hydration basics", "Hydration\x0cbasics")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column) == (line_of(text, "Hydration\x0c"), column_of(text, "\x0c"))
    assert "U+000C" in problem.message
    assert problem.hint


def test_python_object_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    """A !!python/object/apply tag is an error naming the tag, and the command in it never runs."""
    payload = "!!python/object/apply:os.system ['touch {}']"
    # The payload is live: an unsafe YAML load would run it and create the file.
    control = tmp_path / "unsafe-load-ran"
    yaml.unsafe_load(payload.format(control))
    assert control.exists()
    victim = tmp_path / "pwned"
    text = edit(VALID, "license: CC-BY-4.0", "license: " + payload.format(victim))
    problem = only_problem(write(tmp_path, text))
    assert not victim.exists()
    assert (problem.line, problem.path) == (line_of(text, "license:"), "license")
    assert problem.message == "the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"
    assert problem.hint == "packs hold plain text, numbers and lists; remove the '!' tag"


def test_python_object_tag_on_the_whole_document(tmp_path: Path) -> None:
    """A file that is nothing but a !!python tag is refused at line 1 and runs nothing."""
    victim = tmp_path / "pwned"
    problem = only_problem(write(tmp_path, f"!!python/object/apply:os.system ['touch {victim}']\n"))
    assert not victim.exists()
    assert (problem.line, problem.column) == (1, 1)
    assert "python/object/apply:os.system" in problem.message and "not allowed" in problem.message


def test_alias_bomb_fails_fast_with_a_clear_error(tmp_path: Path) -> None:
    """A 'billion laughs' alias bomb used as tags is reported as a wrong value, quickly, without expanding it."""
    levels = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        levels.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    # Anchors must be defined before use: put the bomb in a first question's unknown key.
    bomb = "    bomb:\n" + "".join(f"      {level}\n" for level in levels)
    text = edit(VALID, "    tags: [water]\n", bomb + "    tags: *lol9\n")
    started = time.monotonic()
    problems = problems_of(write(tmp_path, text))
    assert time.monotonic() - started < 5
    assert problems[0].message == "unknown key 'bomb'"
    tag_problems = [p for p in problems if p.path.startswith("questions[0].tags[")]
    assert len(tag_problems) == 9
    assert tag_problems[0].message == "must be a name, not a list"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file over the size limit is refused by its size alone, with a hint to split it."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: all NUL bytes, so reading it would say 'binary'

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    problem = only_problem(path)
    assert (problem.file, problem.line) == ("huge.yaml", None)
    limit = MAX_BYTES // 1_048_576
    assert problem.message == f"the file is {(MAX_BYTES + 1) / 1_048_576:.1f} MB; packs are limited to {limit} MB"
    assert problem.hint == "split it into several packs"


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    """A file of exactly the limit is read (and here refused for its content, not its size)."""
    path = tmp_path / "big.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES)
    assert only_problem(path).message == "this is a binary file, not YAML text"


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    """A file with NUL bytes (an image, a UTF-16 file) is called binary, on the line of the first NUL."""
    problem = only_problem(write(tmp_path, b"pack: 1\nid: x\n\x89PNG\x00\x00\x1a"))
    assert (problem.line, problem.message) == (3, "this is a binary file, not YAML text")
    assert problem.hint == "save the pack as UTF-8 text"


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    """A Latin-1 'é' in a UTF-8 pack is reported at its line and column with 'save it as UTF-8'."""
    data = VALID.encode("utf-8").replace(b"license: CC-BY-4.0", b"license: Libre d'acc\xe9s")
    problem = only_problem(write(tmp_path, data))
    assert (problem.line, problem.column) == (line_of(VALID, "license:"), len("license: Libre d'acc") + 1)
    assert (problem.message, problem.hint) == ("the file is not UTF-8 text", "save it as UTF-8 in your editor")


def test_list_at_the_top_level(tmp_path: Path) -> None:
    """A file that is a list of questions instead of a pack says the top must be 'key: value' lines."""
    text = "- id: q1\n  claim: x\n  answer: myth\n"
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.column, problem.path) == (1, 1, "")
    assert problem.message == "must be a mapping of 'key: value' lines, not a list"


def test_multiple_documents(tmp_path: Path) -> None:
    """Two packs in one file separated by '---' is reported at the second one with 'remove the extra ---'."""
    text = VALID + "---\n" + VALID
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "---")
    assert "expected a single document" in problem.message
    assert problem.hint == "a pack is one YAML document: remove the extra '---'"


def test_missing_file(tmp_path: Path) -> None:
    """A file that is not there is one 'cannot read' problem naming it."""
    problem = only_problem(tmp_path / "nowhere.yaml")
    assert problem.file == "nowhere.yaml"
    assert problem.message.startswith("cannot read the file: ")


def test_missing_languages_gives_one_problem(tmp_path: Path) -> None:
    """A pack without 'languages' gets that one problem, not an 'unknown key' for every translation."""
    text = edit(VALID, "languages: [en, zh]\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.message) == (1, "missing 'languages'")
    assert problem.hint == "for example 'languages: [zh, en]'"


# -- text is cleaned ----------------------------------------------------------------------------------


def test_terminal_control_characters_are_removed_from_text(tmp_path: Path) -> None:
    """ESC, carriage returns, zero-width and right-to-left override characters never reach the screen."""
    nasty = r'"\e[2J\e[31mWater\e[0m is\r wet\u200b\u202e!\u2066x\u2069"'
    text = edit(VALID, "      en: Everyone must drink exactly eight glasses of water a day.", f"      en: {nasty}")
    text = edit(text, "en: Drink eight glasses a day, no matter what.", r'en: "Drink\u202e eight"')
    text = edit(text, "  title: School nurse handout on hydration", r'  title: "Nurse\u200b handout\r"')
    pack = load_pack(write(tmp_path, text))
    claim = pack.questions[0].prompt.get("en")
    for char in ("\x1b", "\r", "\u200b", "\u202e", "\u2066", "\u2069"):
        assert char not in claim
    assert claim == "Water is wet!x"
    assert pack.questions[0].article_for("en") == ("Drink eight", "Drink eight")
    assert pack.source.title == "Nurse handout"


def test_markup_looking_text_is_kept_literally(tmp_path: Path) -> None:
    """Square-bracket markup such as '[bold red]x[/]' or '[@click=app.quit]x[/]' stays exactly as written."""
    literal = "[bold red]Hot[/] water and [@click=app.quit]cold[/] water"
    text = edit(VALID, "  en: Hydration basics", f'  en: "{literal}"')
    pack = load_pack(write(tmp_path, text))
    assert pack.title.get("en") == literal

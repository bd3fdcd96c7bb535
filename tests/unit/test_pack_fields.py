"""The pack fields that name tags, translate the article's sentence and date the evidence, as a teacher writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.model import CheckDate, Text
from quiz.packs import load_pack
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, line_of, only_problem, problems_of, write

SOURCE_END = "  language: en\n"
ARTICLE_ZH = "      zh: 不管怎样,每天都要喝八杯水。\n"
TAG_NAMES = """\
tags:
  water:
    en: Drinking water
    zh: 饮水
  thirst: {en: Thirst, zh: 口渴}
"""
WITH_TAG_NAMES = edit(VALID, "references:\n", TAG_NAMES + "references:\n")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so messages name files as a teacher would type them ('pack.yaml')."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- tags: names in each language ---------------------------------------------------------------------


def test_tag_names_are_read_in_each_language(tmp_path: Path) -> None:
    """The pack's 'tags:' names each tag; a player sees the name in their language, and an unnamed tag as its id."""
    pack = load_pack(write(tmp_path, WITH_TAG_NAMES))
    assert dict(pack.tags) == {
        "water": Text({"en": "Drinking water", "zh": "饮水"}),
        "thirst": Text({"en": "Thirst", "zh": "口渴"}),
    }
    assert (pack.tag_name("water", "en"), pack.tag_name("water", "zh")) == ("Drinking water", "饮水")
    assert pack.tag_name("thirst", "zh") == "口渴"
    assert pack.tag_name("sleep", "zh") == "sleep"
    assert pack.questions[1].tags == ("water", "thirst")


def test_without_tag_names_any_tag_is_its_own_name(tmp_path: Path) -> None:
    """A pack that names no tags keeps working as before: every tag is allowed and is called by its id."""
    pack = load_pack(write(tmp_path, VALID))
    assert dict(pack.tags) == {}
    assert pack.tag_name("thirst", "zh") == "thirst"


def test_an_unnamed_tag_is_an_error_with_did_you_mean(tmp_path: Path) -> None:
    """Once the pack names its tags, a question's misspelt tag is reported at the tag, with the close name."""
    text = edit(WITH_TAG_NAMES, "tags: [water, thirst]", "tags: [water, thrist]")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "tags: [water, thrist]"), "questions[1].tags[1]")
    assert (problem.message, problem.hint) == ("unknown tag 'thrist'", "did you mean 'thirst'?")


def test_an_unnamed_tag_far_from_any_name_says_where_to_name_it(tmp_path: Path) -> None:
    """With no close name, the hint lists the few names there are, or else says where tags are named."""
    text = edit(WITH_TAG_NAMES, "tags: [water, thirst]", "tags: [water, electrolytes]")
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.hint == "expected one of: water, thirst"
    many = "".join(f"  topic-{i}: {{en: Topic {i}, zh: 话题{i}}}\n" for i in range(12))
    (problem,) = problems_of(write(tmp_path, edit(text, "  thirst:", many + "  thirst:")))
    assert problem.hint == "name it under the pack's 'tags:', or remove it"


def test_a_tag_name_needs_every_language(tmp_path: Path) -> None:
    text = edit(WITH_TAG_NAMES, "    zh: 饮水\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.path, problem.message) == ("tags.water", "missing 'zh'")


def test_tag_ids_follow_the_name_rule(tmp_path: Path) -> None:
    text = edit(WITH_TAG_NAMES, "  thirst:", '  "a thirst":')
    problems = problems_of(write(tmp_path, text))
    assert [(p.path, p.message) for p in problems] == [
        ("tags.a thirst", "'a thirst' is not a valid name"),
        ("questions[1].tags[1]", "unknown tag 'thirst'"),
    ]


# -- article: the original sentence and its translations ----------------------------------------------


def test_translated_article_keeps_the_original_first(tmp_path: Path) -> None:
    """A mapping gives the source's sentence (source.language) and its translation; each player reads theirs."""
    question = load_pack(write(tmp_path, VALID)).questions[0]
    original = "Drink eight glasses a day, no matter what."
    assert question.article == Text({"en": original, "zh": "不管怎样,每天都要喝八杯水。"})
    assert list(question.article.values) == ["en", "zh"]
    assert question.article_for("zh") == ("不管怎样,每天都要喝八杯水。", original)
    assert question.article_for("en") == (original, original)
    assert load_pack(write(tmp_path, VALID)).questions[1].article_for("en") is None


def test_the_original_comes_first_however_the_mapping_is_written(tmp_path: Path) -> None:
    text = edit(VALID, "      en: Drink eight glasses a day, no matter what.\n" + ARTICLE_ZH, "")
    text = edit(text, "    article:\n", "    article:\n" + ARTICLE_ZH + "      en: Drink eight.\n")
    question = load_pack(write(tmp_path, text)).questions[0]
    assert list(question.article.values) == ["en", "zh"]


def test_plain_article_is_in_the_sources_language(tmp_path: Path) -> None:
    """A plain string is the sentence as the source wrote it: in source.language, else in the pack's first."""
    text = edit(VALID, "      en: Drink eight glasses a day, no matter what.\n" + ARTICLE_ZH, "")
    text = edit(text, "    article:\n", "    article: 每天八杯水。\n")
    zh_source = edit(text, SOURCE_END, "  language: zh\n")
    assert load_pack(write(tmp_path, zh_source)).questions[0].article == Text({"zh": "每天八杯水。"})
    assert load_pack(write(tmp_path, edit(text, SOURCE_END, ""))).questions[0].article == Text({"en": "每天八杯水。"})
    assert load_pack(write(tmp_path, zh_source)).questions[0].article_for("en") == ("每天八杯水。", "每天八杯水。")


def test_translated_article_needs_the_source_language(tmp_path: Path) -> None:
    text = edit(VALID, SOURCE_END, "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "en: Drink eight"), "questions[0].article")
    assert problem.message == "a translated article needs 'source.language' to say which language is the original"
    assert problem.hint == "add 'language: ...' under 'source:' with the code of the language the source is written in"


def test_translated_article_needs_its_original(tmp_path: Path) -> None:
    text = edit(VALID, "      en: Drink eight glasses a day, no matter what.\n", "")
    problem = only_problem(write(tmp_path, text))
    assert (problem.path, problem.message) == ("questions[0].article", "missing 'en'")
    assert problem.hint == "give the sentence as the source wrote it, in en (the source's language)"


def test_article_translations_only_into_the_packs_languages(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, edit(VALID, ARTICLE_ZH, "      fr: Huit verres.\n")))
    assert (problem.path, problem.message, problem.hint) == (
        "questions[0].article",
        "unknown key 'fr'",
        "expected one of: en, zh",
    )


def test_article_may_quote_a_source_in_a_language_the_pack_is_not_in(tmp_path: Path) -> None:
    """An English pack quoting a Chinese article gives the original and its English translation."""
    text = edit(ONE_LANGUAGE, "source: {title: Sleep leaflet,", "source: {language: zh, title: Sleep leaflet,")
    text = edit(
        text,
        "    refs: [nhs-sleep]\n",
        "    refs: [nhs-sleep]\n    article: {en: Sleep eight hours., zh: 睡满八小时。}\n",
    )
    question = load_pack(write(tmp_path, text)).questions[0]
    assert question.article_for("en") == ("Sleep eight hours.", "睡满八小时。")


# -- checked: when the evidence was last checked ------------------------------------------------------


def test_the_packs_date_is_every_questions_unless_it_gives_its_own(tmp_path: Path) -> None:
    text = edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026-11\n")
    text = edit(text, "    difficulty: 2\n", '    difficulty: 2\n    checked: "2025-03-09"\n')
    pack = load_pack(write(tmp_path, text))
    assert pack.checked == CheckDate(2026, 11)
    assert [q.checked for q in pack.questions] == [CheckDate(2026, 11), CheckDate(2025, 3, 9)]
    assert [str(q.checked) for q in pack.questions] == ["2026-11", "2025-03-09"]


def test_no_date_at_all_is_allowed(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, VALID))
    assert pack.checked is None and all(q.checked is None for q in pack.questions)


def test_an_unquoted_day_is_read_as_written(tmp_path: Path) -> None:
    """YAML makes 2026-11-05 a timestamp; the loader reads it as the text written, like a quoted one."""
    pack = load_pack(write(tmp_path, edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026-11-05\n")))
    assert pack.checked == CheckDate(2026, 11, 5)


@pytest.mark.parametrize("value", ["2026", "November 2026", "2026-1", "2026-13", "2026/11", '"2026-11-05 10:00"'])
def test_a_date_not_written_as_a_month_or_day(tmp_path: Path, value: str) -> None:
    text = edit(VALID, SOURCE_END, SOURCE_END + f"checked: {value}\n")
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.path) == (line_of(text, "checked:"), "checked")
    assert problem.message == f"must be a month (YYYY-MM) or a day (YYYY-MM-DD), not {value.strip(chr(34))!r}"
    assert problem.hint == "for example 'checked: 2026-11'"


def test_a_day_the_calendar_does_not_have(tmp_path: Path) -> None:
    text = edit(VALID, "    difficulty: 2\n", '    difficulty: 2\n    checked: "2026-02-29"\n')
    problem = only_problem(write(tmp_path, text))
    assert (problem.path, problem.message) == ("questions[1].checked", "'2026-02-29' is not a day of the calendar")


def test_check_dates_know_their_last_day() -> None:
    """A month means up to its last day (leap years included); a day means itself."""
    assert str(CheckDate(2024, 2).last_day()) == "2024-02-29"
    assert str(CheckDate(2026, 11, 5).last_day()) == "2026-11-05"
    with pytest.raises(ValueError):
        CheckDate(2026, 2, 30)

"""Every word of the interface is in the catalogs in every language, and the language is chosen as documented.

The catalogs are gettext's: quiz/locale/quiz.pot is the English template (msgctxt = the message id the code names,
msgid = the English), en/ and zh/LC_MESSAGES/quiz.po translate it, and quiz.mo beside each is what the game reads.
"""

from __future__ import annotations

import gettext
import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import quiz
from quiz.i18n import detect_language, languages, message_ids, native_name, tr, tr_n
from quiz.translations import bundled_locale_dir, catalog_file

LOCALE = bundled_locale_dir()
TEMPLATE = LOCALE / "quiz.pot"
COMPILE = "pybabel compile -d quiz/locale -D quiz"


def po_file(lang: str) -> Path:
    return catalog_file(LOCALE, lang).with_suffix(".po")


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def entries(catalog: Catalog) -> dict[str, Message]:
    """The catalog's messages by message id (msgctxt)."""
    return {message.context: message for message in catalog if message.id}


def forms(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def fields(text: str) -> set[tuple[str, str, str]]:
    """The placeholders of a str.format text, each with its format spec and conversion: {points:+d}."""
    return {
        (name, spec or "", conversion or "") for _, name, spec, conversion in string.Formatter().parse(text) if name
    }


def translated_languages() -> list[str]:
    return sorted(path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/quiz.po"))


def test_the_game_speaks_the_languages_of_its_catalogs() -> None:
    """English and Chinese at least; a catalog added beside them is a language more, with no change to the code."""
    assert {"en", "zh"} <= set(translated_languages())
    assert languages({}) == ("en", *sorted(set(translated_languages()) - {"en"}))


def test_every_message_has_its_chinese_translation() -> None:
    """Every message of the template is translated into Chinese: none missing, empty, fuzzy, stale or extra."""
    template = entries(read(TEMPLATE))
    chinese = entries(read(po_file("zh")))
    assert len(template) > 300
    assert sorted(set(template) - set(chinese)) == [], "untranslated: add them to zh/LC_MESSAGES/quiz.po"
    assert sorted(set(chinese) - set(template)) == [], "no longer in the template: remove them"
    for key, source in template.items():
        message = chinese[key]
        assert message.id == source.id, f"{key}: translated from an older English text (stale)"
        assert not message.fuzzy, f"{key} is marked fuzzy: check the translation and remove the flag"
        assert all(text.strip() for text in forms(message.string)), f"{key} has an empty translation"


def test_the_english_catalog_is_the_template_said_in_english() -> None:
    """en/quiz.po holds exactly the template's messages, each translated into itself (as `msgen` would)."""
    template = entries(read(TEMPLATE))
    english = entries(read(po_file("en")))
    assert set(english) == set(template)
    for key, message in english.items():
        assert message.id == template[key].id, key
        assert forms(message.string) == forms(message.id), key
        assert not message.fuzzy, key


@pytest.mark.parametrize("lang", translated_languages())
def test_translations_take_the_same_values(lang: str) -> None:
    """Each form of each translation fills in the same placeholders, with the same format, as the English."""
    for key, message in entries(read(po_file(lang))).items():
        wanted = fields(forms(message.id)[-1])
        assert all(fields(english) == wanted for english in forms(message.id)), f"{key}: singular and plural differ"
        for text in forms(message.string):
            assert fields(text) == wanted, f"{key} [{lang}]: {text!r}"


@pytest.mark.parametrize("lang", translated_languages())
def test_the_compiled_catalogs_are_up_to_date(lang: str) -> None:
    """Each quiz.mo says what its quiz.po says (whether Babel or msgfmt compiled it)."""
    compiled = io.BytesIO()
    write_mo(compiled, read(po_file(lang)))
    compiled.seek(0)
    with catalog_file(LOCALE, lang).open("rb") as file:
        committed = gettext.GNUTranslations(file)
    fresh = gettext.GNUTranslations(compiled)
    # GNUTranslations has no public list of its entries; comparing them all is the point here.
    assert committed._catalog == fresh._catalog, f"{catalog_file(LOCALE, lang)} is stale: run {COMPILE}"  # type: ignore[attr-defined]


def test_messages_are_brace_format_only() -> None:
    """No English text looks like %-format to Babel ("(% right)" did), so `pybabel compile` checks pass."""
    guessed = [key for key, message in entries(read(TEMPLATE)).items() if "python-format" in message.flags]
    assert guessed == []


def test_no_message_says_s_in_brackets() -> None:
    """Counted things have plural forms instead: "1 question", "2 questions", never "question(s)"."""
    said = [key for key, message in entries(read(TEMPLATE)).items() if any("(s)" in f for f in forms(message.id))]
    assert said == []


def test_every_message_the_code_names_exists() -> None:
    """Each message id written in the code (tr, tr_n, Msg) is in the catalogs, so none can fail at run time; those
    said through tr_n count something."""
    named: set[str] = set()
    counted: set[str] = set()
    for source in Path(quiz.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        named |= set(re.findall(r"""(?:\btr|\btr_n|\bMsg)\(\s*["']([a-z_]+\.[a-z_.0-9]+)["']""", text))
        counted |= set(re.findall(r"""\btr_n\(\s*["']([a-z_]+\.[a-z_.0-9]+)["']""", text))
    assert {"plain.ask_myth_fact", "feedback.right", "results.heading", "start.due"} <= named
    assert sorted(named - message_ids()) == []
    plural = {key for key, message in entries(read(TEMPLATE)).items() if not isinstance(message.id, str)}
    assert sorted(counted - plural) == []


def test_tr_fills_values() -> None:
    """Messages are filled in, in the language asked for."""
    assert tr("question.progress", "en", n=3, total=12) == "Question 3/12"
    assert tr("question.progress", "zh", n=3, total=12) == "第 3/12 题"
    assert tr("history.marks", "en", points=-4) == "-4 marks"


def test_english_counts_one_and_many() -> None:
    """English says one question and two (or no) questions; Chinese has one form for every count."""
    assert tr_n("start.due", "en", 1) == "1 question of this pack is due for review."
    assert tr_n("start.due", "en", 2) == "2 questions of this pack are due for review."
    assert tr_n("start.due", "en", 0) == "0 questions of this pack are due for review."
    assert tr_n("cli.checked_files", "en", 1) == "1 file"
    assert tr_n("cli.checked_warnings", "en", 3) == "3 warnings"
    assert tr_n("start.due", "zh", 1) == "本题库有 1 道题到了复习时间。"
    assert tr_n("start.due", "zh", 2) == "本题库有 2 道题到了复习时间。"
    # A counted message said through tr takes its count from n, as Msg and CommandError pass it.
    assert tr("report.written", "en", n=1, path="r.html") == "Wrote the report on 1 player to r.html"


def test_a_counted_message_needs_its_count() -> None:
    with pytest.raises(TypeError, match="start.due"):
        tr("start.due", "en")


def test_each_language_is_named_in_itself() -> None:
    """As the language menu lists them; a language whose catalog does not name it gets its name from the CLDR."""
    assert [native_name(code) for code in ("en", "zh")] == ["English", "中文"]
    assert native_name("de") == "Deutsch"


def test_a_language_without_a_catalog_speaks_english() -> None:
    assert tr("start.begin", "xx") == "Start"
    assert tr_n("start.due", "xx", 2) == "2 questions of this pack are due for review."


def test_language_from_flag_then_locale_then_english() -> None:
    """--lang wins, then LANGUAGE's list, then the first of LC_ALL / LC_MESSAGES / LANG that is set, else English."""
    assert detect_language("zh", {"LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_language(None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert detect_language(None, {"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert detect_language(None, {"LANG": "C.UTF-8"}) == "en"
    assert detect_language(None, {}) == "en"


def test_language_list_as_gettext_reads_it() -> None:
    """LANGUAGE names languages in order of preference, before the locale; one without a catalog is passed over."""
    assert detect_language(None, {"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LANGUAGE": "fr:zh", "LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LANGUAGE": "fr", "LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_language(None, {"LANGUAGE": "en", "LANG": "zh_CN.UTF-8"}) == "en"
    assert detect_language("fr", {"LANGUAGE": "zh"}) == "zh"

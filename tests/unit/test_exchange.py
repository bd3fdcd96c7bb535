"""Import and export: GIFT, Aiken, CSV, Anki and handouts, and the `quiz export` / `quiz import` commands.

The round-trip tests export a pack, import the result, and compare what the format can carry.
"""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quiz.commands import main
from quiz.exchange.aiken import export_aiken, parse_aiken
from quiz.exchange.anki import back, export_anki, stable_id
from quiz.exchange.common import Imported, guess_language
from quiz.exchange.csvformat import ENCODING, columns, export_csv, parse_csv
from quiz.exchange.gift import escape, export_gift
from quiz.exchange.giftread import parse_gift
from quiz.exchange.handout import handout_html, handout_markdown, markdown_escape
from quiz.exchange.yamlwriter import dump_pack
from quiz.i18n import tr
from quiz.model import FACT, MYTH, Choice, Kind, Pack, Question, Source, Text
from quiz.packs import load_pack
from quiz.translations import LOCALES_ENV
from tests.cataloghelpers import write_catalog
from tests.packhelpers import VALID

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "questions" / "vitamin-k-joints.yaml"

NASTY = "Tilde ~ equals = hash # {braces} colon: back\\slash \\n and \\{ ::title:: ####\nsecond line // not a comment"


@pytest.fixture
def bundled_pack() -> Pack:
    """The pack that ships with the game (bilingual, multiple choice and myth-or-fact)."""
    return load_pack(BUNDLED)


def make_pack(questions: list[Question], references: dict[str, str] | None = None, lang: str = "en") -> Pack:
    """A one-language pack around `questions`, for texts no pack file in the repo holds."""
    return Pack(
        id="nasty-pack", title=Text.plain("Nasty <b>& co</b>", lang), description=Text.plain("Edge cases.", lang),
        languages=(lang,), version="1.0", authors=("Tester",), license="CC0", source=Source("notes", "2025-01-01"),
        disclaimer=Text.plain("Not medical advice <i>really</i> & see a doctor.", lang),
        references=references or {}, questions=tuple(questions),
    )  # fmt: skip


@pytest.fixture
def nasty_pack() -> Pack:
    """Every special character of every format, in every field a format carries."""
    en = Text.plain
    return make_pack(
        [
            Question(
                id="nasty-claim", kind=Kind.MYTH_FACT, prompt=en(NASTY), explanation=en("Why: " + NASTY),
                answer=FACT, refs=("ref-a",),
            ),
            Question(
                id="nasty-choice", kind=Kind.CHOICE, prompt=en("Pick {one}: = or ~?"),
                explanation=en("Because # and : and \\ are <fine> & *plain* _text_."),
                choices=(
                    Choice(en("[html]<b>bold?</b>"), feedback=en("No: ~ is #not# it")),
                    Choice(en("%50% of = signs"), correct=True, feedback=en("Yes {really}")),
                    Choice(en("- a dash\n1. a number")),
                ),
            ),
        ],
        references={"ref-a": "Author A. Title: with {braces} & <tags>. J 2001;1:2. https://example.org/a?b=c#d"},
    )  # fmt: skip


def carried(
    question: Question, lang: str, citations: list[str], *, feedback: bool = True, explanation: bool = True
) -> dict[str, Any]:
    """What a format carries of a question, for comparing an export with its re-import."""
    return {
        "kind": question.kind,
        "prompt": question.prompt.get(lang),
        "answer": question.answer,
        "choices": [
            (c.text.get(lang), c.correct, c.feedback.get(lang) if feedback and c.feedback else None)
            for c in question.choices
        ],
        "explanation": question.explanation.get(lang) if explanation else None,
        "citations": citations if explanation else None,
    }


def imported_citations(imported: Imported, question: Question) -> list[str]:
    return [imported.references[ref] for ref in question.refs]


# == GIFT ==========================================================================================


def test_gift_escapes_every_special_character() -> None:
    assert escape("a~b=c#d{e}f:g") == "a\\~b\\=c\\#d\\{e\\}f\\:g"
    assert escape("back\\slash") == "back\\\\slash"
    assert escape("literal \\n") == "literal \\\\n"
    assert escape("two\nlines") == "two\\nlines"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_gift_round_trip_sample(sample_pack: Pack, lang: str) -> None:
    imported = parse_gift(export_gift(sample_pack, lang), lang)
    assert imported.warnings == []
    assert [q.id for q in imported.questions] == [q.id for q in sample_pack.questions]
    for original, back_again in zip(sample_pack.questions, imported.questions, strict=True):
        assert carried(back_again, lang, imported_citations(imported, back_again)) == carried(
            original, lang, sample_pack.citations(original)
        )
    assert imported.disclaimer is not None and imported.disclaimer.get(lang) == sample_pack.disclaimer.get(lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_gift_round_trip_bundled(bundled_pack: Pack, lang: str) -> None:
    imported = parse_gift(export_gift(bundled_pack, lang), lang)
    assert imported.warnings == []
    assert len(imported.questions) == len(bundled_pack.questions)
    for original, back_again in zip(bundled_pack.questions, imported.questions, strict=True):
        assert back_again.id == original.id
        assert carried(back_again, lang, imported_citations(imported, back_again)) == carried(
            original, lang, bundled_pack.citations(original)
        )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_gift_sources_do_not_depend_on_the_ui_words(
    sample_pack: Pack, lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A file exported before the game's word for "Sources" changed still gives its citations back."""
    older_export = export_gift(sample_pack, lang)
    assert ("\\n\\nSources\\:\\n" if lang == "en" else "\\n\\n参考文献\\:\\n") in older_export
    # The game's word changes: a catalog searched before the bundled one says it otherwise.
    write_catalog(tmp_path, lang, {"feedback.references": "References" if lang == "en" else "来源"})
    monkeypatch.setenv(LOCALES_ENV, str(tmp_path))
    assert tr("feedback.references", lang) == ("References" if lang == "en" else "来源")
    imported = parse_gift(older_export, lang)
    for original, back_again in zip(sample_pack.questions, imported.questions, strict=True):
        assert imported_citations(imported, back_again) == sample_pack.citations(original)
        assert back_again.explanation.get(lang) == original.explanation.get(lang)
    assert parse_gift(export_gift(sample_pack, lang), lang).references == imported.references


def test_gift_round_trip_nasty_text(nasty_pack: Pack) -> None:
    text = export_gift(nasty_pack, "en")
    imported = parse_gift(text, "en")
    assert imported.warnings == []
    for original, back_again in zip(nasty_pack.questions, imported.questions, strict=True):
        assert carried(back_again, "en", imported_citations(imported, back_again)) == carried(
            original, "en", nasty_pack.citations(original)
        )


def test_gift_nasty_text_leaves_only_structural_characters(nasty_pack: Pack) -> None:
    text = export_gift(nasty_pack, "en")
    unescaped = re.sub(r"\\.", "", text)  # drop every escape pair; what is left is structure
    claim_block = next(block for block in text.split("\n\n") if block.startswith("::nasty-claim::"))
    structure = re.sub(r"\\.", "", claim_block)
    assert structure.count("{") == 1 and structure.count("}") == 1
    assert structure.count("::") == 2  # the title's, none from the text
    assert structure.count("####") == 1
    # Only the header's lines start with //: no line of text can be taken for a comment.
    assert [line for line in unescaped.split("\n") if line.lstrip().startswith("//")] == unescaped.split("\n")[:3]
    # The text's own newline is written as \n, so the block stays whole.
    assert "second line" in claim_block and claim_block.count("\n") == 2


def test_gift_maps_fact_to_true_and_titles_questions(sample_pack: Pack) -> None:
    text = export_gift(sample_pack, "en")
    assert "::water-wet::[plain]Water is wet to the touch.{T\n" in text
    assert "::sky-green::[plain]The sky is green at noon.{F\n" in text
    assert "\t=Eight\n" in text and "\t~Six#Six is an insect.\n" in text
    assert "####On a clear day the sky is blue at noon.\\n\\nSources\\:\\n- First Author." in text


def test_gift_import_of_a_hand_written_moodle_file() -> None:
    text = """\
// A teacher's own file, the way Moodle documents it.
$CATEGORY: $course$/top/Health

::Intro::Read each question carefully.

::Q1:: Grant is buried in Grant's tomb.{FALSE#Sorry, not quite.#Right, nobody is.}

// a comment between questions
::Spider legs::[html]How many <b>legs</b> does a spider have?{
  ~Six#No, that is an insect.
  ~%100%Eight#Yes.
  ~Ten
  ####Spiders &amp; other arachnids have eight legs.
}

What is 2 + 2?{#4}

::Capital::Which city is the capital of France?{=Paris =paris}

::Partial::Pick the good ones{~%50%A ~%50%B ~%-100%C}

Sleep is needed.{TRUE}
"""
    imported = parse_gift(text, "en")
    questions = {q.id: q for q in imported.questions}
    assert list(questions) == ["Q1", "spider-legs", "sleep-is-needed"]
    assert questions["Q1"].kind is Kind.MYTH_FACT and questions["Q1"].answer == MYTH
    # No general feedback: the feedback for a right answer stands in as the explanation.
    assert questions["Q1"].explanation.get("en") == "Right, nobody is."
    spider = questions["spider-legs"]
    assert spider.prompt.get("en") == "How many legs does a spider have?"
    assert [(c.text.get("en"), c.correct) for c in spider.choices] == [("Six", False), ("Eight", True), ("Ten", False)]
    assert spider.choices[0].feedback == Text.plain("No, that is an insect.")
    assert spider.explanation.get("en") == "Spiders & other arachnids have eight legs."
    assert questions["sleep-is-needed"].answer == FACT
    assert "Edit this explanation" in questions["sleep-is-needed"].explanation.get("en")
    assert imported.placeholders == 1
    assert imported.disclaimer == Text.plain("Read each question carefully.")
    warnings = "\n".join(map(str, imported.warnings))
    assert "numerical" in warnings and "short-answer" in warnings and "partial credit" in warnings


# == Aiken =========================================================================================


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_aiken_round_trip(sample_pack: Pack, bundled_pack: Pack, lang: str) -> None:
    for pack in (sample_pack, bundled_pack):
        imported = parse_aiken(export_aiken(pack, lang), lang)
        assert imported.warnings == []
        assert len(imported.questions) == len(pack.questions)
        for original, back_again in zip(pack.questions, imported.questions, strict=True):
            # Aiken carries no feedback, explanation or sources; myth-or-fact survives as Myth / Fact options.
            assert carried(back_again, lang, [], feedback=False, explanation=False) == carried(
                original, lang, [], feedback=False, explanation=False
            )
            assert "Edit this" in back_again.explanation.get(lang)
        assert imported.placeholders == len(pack.questions)


def test_aiken_writes_myth_fact_as_two_options(sample_pack: Pack) -> None:
    text = export_aiken(sample_pack, "en")
    assert "The sky is green at noon.\nA. Myth\nB. Fact\nANSWER: A\n" in text
    assert "How many legs does a spider have?\nA. Six\nB. Eight\nC. Ten\nANSWER: B\n" in text
    zh = export_aiken(sample_pack, "zh")
    assert "水摸起来是湿的。\nA. 谣言\nB. 事实\nANSWER: B\n" in zh


def test_aiken_import_skips_what_it_cannot_read() -> None:
    text = """\
Which is a fruit?
A) Apple
B) Stone
ANSWER: A

Too many options?
A. 1
B. 2
C. 3
D. 4
E. 5
ANSWER: E

No answer line here
A. yes
B. no

Answer out of range
A. yes
B. no
ANSWER: C
"""
    imported = parse_aiken(text, "en")
    assert [q.prompt.get("en") for q in imported.questions] == ["Which is a fruit?"]
    assert imported.questions[0].choices[0].correct
    warnings = "\n".join(map(str, imported.warnings))
    assert "5 options" in warnings and "no 'ANSWER: X' line" in warnings and "answer C" in warnings


# == CSV ===========================================================================================

DOCUMENTED_HEADER = (
    "id,kind,answer,question_en,question_zh,choice1_en,choice1_zh,choice2_en,choice2_zh,choice3_en,choice3_zh,"
    "choice4_en,choice4_zh,feedback1_en,feedback1_zh,feedback2_en,feedback2_zh,feedback3_en,feedback3_zh,"
    "feedback4_en,feedback4_zh,explanation_en,explanation_zh,refs,citations,tags,difficulty,article,article_verdict"
)


def test_csv_has_bom_and_the_documented_header(sample_pack: Pack) -> None:
    data = export_csv(sample_pack, ("en", "zh")).encode(ENCODING)
    assert data.startswith(b"\xef\xbb\xbf")
    assert columns(("en", "zh")) == DOCUMENTED_HEADER.split(",")
    assert DOCUMENTED_HEADER in (ROOT / "docs" / "exchange.md").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    rows = list(reader)
    assert reader.fieldnames == DOCUMENTED_HEADER.split(",")
    assert len(rows) == len(sample_pack.questions)
    legs = rows[3]
    assert (legs["id"], legs["kind"], legs["answer"]) == ("legs-count", "choice", "2")
    assert legs["choice2_zh"] == "八条" and legs["feedback1_en"] == "Six is an insect."
    assert rows[0]["answer"] == "myth" and rows[0]["article_verdict"] == "untraceable"
    assert rows[2]["refs"] == "ref-one; ref-two"
    assert rows[2]["citations"].split("\n") == [sample_pack.references["ref-one"], sample_pack.references["ref-two"]]


@pytest.mark.parametrize("which", ["sample", "bundled", "nasty"])
def test_csv_round_trip_carries_everything_a_question_has(
    which: str, sample_pack: Pack, bundled_pack: Pack, nasty_pack: Pack
) -> None:
    pack = {"sample": sample_pack, "bundled": bundled_pack, "nasty": nasty_pack}[which]
    imported = parse_csv(export_csv(pack, pack.languages).encode(ENCODING).decode("utf-8"), None)
    assert imported.warnings == [] and imported.languages == pack.languages
    for original, back_again in zip(pack.questions, imported.questions, strict=True):
        for lang in pack.languages:
            assert carried(back_again, lang, imported_citations(imported, back_again)) == carried(
                original, lang, pack.citations(original)
            )
        assert (back_again.id, back_again.refs, back_again.tags, back_again.difficulty) == (
            original.id, original.refs, original.tags, original.difficulty,
        )  # fmt: skip
        # A sheet keeps the article's original sentence, not its translations.
        assert (original_article(back_again), back_again.article_verdict) == (
            original_article(original), original.article_verdict,
        )  # fmt: skip


def original_article(question: Question) -> str | None:
    """The article's sentence as the source wrote it."""
    return next(iter(question.article.values.values())) if question.article else None


def test_csv_one_language_keeps_only_that_language(sample_pack: Pack) -> None:
    text = export_csv(sample_pack, ("zh",))
    assert "question_en" not in text.splitlines()[0]
    imported = parse_csv(text)
    assert imported.languages == ("zh",)
    assert imported.questions[0].prompt == Text({"zh": "正午的天空是绿色的。"})
    assert parse_csv(export_csv(sample_pack, ("en", "zh")), "zh").languages == ("zh",)


def test_csv_import_of_a_spreadsheet_a_teacher_typed() -> None:
    # Excel in many European locales separates with ';'; answers as letters; kind and id left blank.
    sheet = (
        "ID;Answer;Question_en;Choice1_en;Choice2_en;Explanation_en;Tags;Difficulty\r\n"
        ";fact;Water is wet.;;;It wets what it touches.;water;2.0\r\n"
        ";B;How many legs has a spider?;Six;Eight;Eight legs.;;\r\n"
        "bad one;C;Which?;A;B;;;\r\n"
        ";;;;;;;\r\n"
        "x;maybe;Hmm?;;;;;\r\n"
    )
    imported = parse_csv(sheet)
    assert [q.kind for q in imported.questions] == [Kind.MYTH_FACT, Kind.CHOICE]
    water, spider = imported.questions
    assert (water.id, water.answer, water.tags, water.difficulty) == ("water-is-wet", FACT, ("water",), 2)
    assert [c.correct for c in spider.choices] == [False, True]
    warnings = "\n".join(map(str, imported.warnings))
    assert "row 4: skipped" in warnings and "row 6: skipped" in warnings


# == YAML writing ==================================================================================


@pytest.mark.parametrize("which", ["sample", "bundled", "nasty"])
def test_written_yaml_reloads_as_the_same_pack(
    which: str, sample_pack: Pack, bundled_pack: Pack, nasty_pack: Pack, tmp_path: Path
) -> None:
    pack = {"sample": sample_pack, "bundled": bundled_pack, "nasty": nasty_pack}[which]
    path = tmp_path / "again.yaml"
    path.write_text(dump_pack(pack, "a header\nover two lines"), encoding="utf-8")
    again = load_pack(path)
    assert [replace(q, line=0) for q in again.questions] == [replace(q, line=0) for q in pack.questions]
    assert (again.id, again.title, again.disclaimer, dict(again.references)) == (
        pack.id, pack.title, pack.disclaimer, dict(pack.references),
    )  # fmt: skip
    assert path.read_text(encoding="utf-8").startswith("# a header\n# over two lines\npack: 1\n")


def test_written_yaml_keeps_tag_names_check_dates_and_article_translations(tmp_path: Path) -> None:
    """A pack that names its tags, dates its evidence (with one question's own date) and translates an article
    is written so that it reloads the same; the inherited date is not repeated on each question."""
    text = VALID.replace("  language: en\n", "  language: en\nchecked: 2026-11\n").replace(
        "references:\n", "tags:\n  water: {en: Water, zh: 水}\n  thirst: {en: Thirst, zh: 口渴}\nreferences:\n"
    )
    text = text.replace("    difficulty: 2\n", '    difficulty: 2\n    checked: "2025-01-31"\n')
    (tmp_path / "dated.yaml").write_text(text, encoding="utf-8")
    pack = load_pack(tmp_path / "dated.yaml")
    written = dump_pack(pack)
    assert written.count("checked:") == 2
    (tmp_path / "again.yaml").write_text(written, encoding="utf-8")
    again = load_pack(tmp_path / "again.yaml")
    assert [replace(q, line=0) for q in again.questions] == [replace(q, line=0) for q in pack.questions]
    assert (dict(again.tags), again.checked) == (dict(pack.tags), pack.checked)
    assert again.questions[0].article_for("zh") == pack.questions[0].article_for("zh")


# == Anki ==========================================================================================


def _notes(apkg: Path, tmp_path: Path) -> list[tuple[str, list[str], str]]:
    with zipfile.ZipFile(apkg) as archive:
        assert "collection.anki2" in archive.namelist()
        archive.extract("collection.anki2", tmp_path / "unzipped")
    connection = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
    finally:
        connection.close()
    return [(guid, fields.split("\x1f"), tags) for guid, fields, tags in rows]


def test_anki_deck_has_one_note_per_question_with_the_back_filled(bundled_pack: Pack, tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(export_anki(bundled_pack, "en"))
    notes = {fields[2]: (fields, tags) for _, fields, tags in _notes(path, tmp_path)}
    assert len(notes) == len(bundled_pack.questions)
    for question in bundled_pack.questions:
        (front, back_field, _), tags = notes[question.id]
        assert html.escape(question.prompt.get("en")) in front
        assert html.escape(question.explanation.get("en")) in back_field
        for citation in bundled_pack.citations(question):
            assert html.escape(citation) in back_field
        assert html.escape(bundled_pack.disclaimer.get("en")) in back_field
        assert "vitamin-k-joints" in tags.split()


def test_anki_ids_are_stable_so_reimports_update_notes(sample_pack: Pack, tmp_path: Path) -> None:
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    first.write_bytes(export_anki(sample_pack, "en"))
    second.write_bytes(export_anki(sample_pack, "zh"))
    guids_one = [guid for guid, _, _ in _notes(first, tmp_path / "a")]
    guids_two = [guid for guid, _, _ in _notes(second, tmp_path / "b")]
    assert guids_one == guids_two and len(set(guids_one)) == len(sample_pack.questions)
    assert stable_id("sample-health", "deck") == stable_id("sample-health", "deck")
    assert stable_id("sample-health", "deck") != stable_id("other-pack", "deck")
    assert stable_id("sample-health", "deck") != stable_id("sample-health", "model")
    assert (1 << 30) <= stable_id("x", "model") < (1 << 31)


def test_anki_escapes_pack_text(nasty_pack: Pack) -> None:
    card = back(nasty_pack, nasty_pack.questions[1], "en")
    assert "<fine>" not in card and "&lt;fine&gt; &amp;" in card
    assert "<i>really</i>" not in card and "&lt;i&gt;really&lt;/i&gt;" in card


# == handouts ======================================================================================


def _unescape_markdown(text: str) -> str:
    text = text.replace("\\\n", "\n")
    text = re.sub(r"\n +", "\n", text)  # continuation indent inside list items
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_markdown_handout_has_questions_then_key_and_the_disclaimer(bundled_pack: Pack, lang: str) -> None:
    text = handout_markdown(bundled_pack, lang)
    plain = _unescape_markdown(text)
    key_heading = "\n## " + ("Answer key" if lang == "en" else "答案与解析") + "\n"
    key_at = plain.index(key_heading)
    first_question = plain.index(bundled_pack.questions[0].prompt.get(lang))
    assert plain.index(bundled_pack.disclaimer.get(lang)) < first_question
    for question in bundled_pack.questions:
        assert plain.index(question.prompt.get(lang)) < key_at
        assert plain.index(question.explanation.get(lang), key_at) > key_at
        for choice in question.choices:
            assert plain.index(choice.text.get(lang)) < key_at
    assert bundled_pack.references["misra-2013"] in plain[key_at:]


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "The article says: “The sky is green.” (untraceable"),
        ("zh", "原文说法: “天空是绿色的。” (原句: “The sky is green.”) ("),
    ],
)
def test_handouts_and_cards_give_the_article_translated_then_the_original(
    sample_pack: Pack, lang: str, shown: str
) -> None:
    """The reader's language first; the source's own words follow when they differ (not twice in English)."""
    assert shown in _unescape_markdown(handout_markdown(sample_pack, lang))
    assert html.escape(shown, quote=False) in handout_html(sample_pack, lang)
    card = back(sample_pack, sample_pack.questions[0], lang)
    assert ("<b>原句:</b> The sky is green." in card) is (lang == "zh")
    assert card.count("The sky is green.") == 1


def test_markdown_handout_escapes_markup(nasty_pack: Pack) -> None:
    text = handout_markdown(nasty_pack, "en")
    assert "\\<b\\>bold?\\</b\\>" in text and "\\*plain\\* \\_text\\_" in text
    assert "C. - a dash\\\n   1\\. a number" in text  # only a line's start can begin a list
    guarded = markdown_escape("- a dash\n+ plus\n= underline\n2) two")
    assert guarded == "\\- a dash\\\n\\+ plus\\\n\\= underline\\\n2\\) two"
    assert "\n   second line // not a comment" in text  # a line break kept inside the list item
    assert NASTY in _unescape_markdown(text)


def test_html_handout_escapes_and_orders(nasty_pack: Pack, sample_pack: Pack) -> None:
    page = handout_html(nasty_pack, "en")
    assert "<b>bold?</b>" not in page and "&lt;b&gt;bold?&lt;/b&gt;" in page
    assert "Nasty &lt;b&gt;&amp; co&lt;/b&gt;" in page
    page = handout_html(sample_pack, "en")
    key_at = page.index('<section class="key-section">')
    assert page.index("Education only, not medical advice") < page.index("The sky is green at noon.") < key_at
    assert page.index("On a clear day the sky is blue at noon.") > key_at
    assert page.index("First Author. A first study.") > key_at


# == language guess ================================================================================


def test_language_guess_needs_a_fair_share_of_chinese() -> None:
    assert guess_language("维生素K不只管凝血") == "zh"
    assert guess_language("A citation (中国居民膳食) inside a long English sentence about vitamins") == "en"
    assert guess_language("No Chinese at all") == "en"


# == the commands ==================================================================================


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the command in an empty folder, in an English locale."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return tmp_path


EXPORTS = {
    "gift": "vitamin-k-joints.gift.txt",
    "aiken": "vitamin-k-joints.aiken.txt",
    "csv": "vitamin-k-joints.csv",
    "anki": "vitamin-k-joints.apkg",
    "handout": "vitamin-k-joints.md",
    "handout-html": "vitamin-k-joints.html",
}


@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_export_by_pack_id_writes_the_default_file(fmt: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "vitamin-k-joints", "--format", fmt]) == 0
    out, err = capsys.readouterr()
    assert (in_tmp / EXPORTS[fmt]).stat().st_size > 0
    count = len(load_pack(BUNDLED).questions)
    assert f"Exported {count} questions of 'vitamin-k-joints'" in out and EXPORTS[fmt] in out
    assert "Traceback" not in err


def test_export_notes_what_aiken_loses(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(BUNDLED), "--format", "aiken", "--lang", "zh", "-o", "out.txt"]) == 0
    err = capsys.readouterr().err
    assert "quiz: note: Aiken carries only" in err and "explanations" in err
    assert "the pack also has en" in err
    assert "A. 谣言" in (in_tmp / "out.txt").read_text(encoding="utf-8")


def test_export_errors_and_exit_codes(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "no-such-pack", "--format", "gift"]) == 2
    assert "no pack or file called 'no-such-pack'" in capsys.readouterr().err

    assert main(["export", "vitamin-k-joints", "--format", "gift", "-o", "missing/x.txt"]) == 2
    assert "does not exist" in capsys.readouterr().err

    broken = in_tmp / "broken.yaml"
    broken.write_text("pack: 1\nid: broken\n", encoding="utf-8")
    assert main(["export", str(broken), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert "cannot be exported until these are fixed" in err and "Traceback" not in err

    with pytest.raises(SystemExit) as exit_info:
        main(["export", "vitamin-k-joints"])
    assert exit_info.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_export_refuses_a_language_the_pack_lacks(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claim = Question(
        id="q", kind=Kind.MYTH_FACT, prompt=Text.plain("Claim"), explanation=Text.plain("Why"), answer=MYTH
    )
    (in_tmp / "en-only.yaml").write_text(dump_pack(make_pack([claim])), encoding="utf-8")
    assert main(["export", "en-only.yaml", "--format", "handout", "--lang", "zh"]) == 2
    assert "written in en, not zh" in capsys.readouterr().err
    assert not (in_tmp / "nasty-pack.md").exists()


@pytest.mark.parametrize("fmt", ["gift", "aiken", "csv"])
def test_import_writes_a_pack_that_validates(fmt: str, in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "vitamin-k-joints", "--format", fmt, "-o", f"exported.{fmt}"]) == 0
    capsys.readouterr()
    assert main(["import", f"exported.{fmt}", "--format", fmt, "--id", "back-again"]) == 0
    out = capsys.readouterr().out
    count = len(load_pack(BUNDLED).questions)
    assert f"Imported {count} questions" in out and "back-again.yaml" in out and "quiz validate back-again.yaml" in out
    pack = load_pack(in_tmp / "back-again.yaml")
    assert pack.id == "back-again" and len(pack.questions) == count
    assert pack.languages == (("zh", "en") if fmt == "csv" else ("en",))
    assert pack.title.get("en") == "Exported" and pack.source.title == f"exported.{fmt}"
    text = (in_tmp / "back-again.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Imported by 'quiz import'") and "Edit this" in text
    assert "!!python" not in text
    assert not list(in_tmp.glob(".quiz-import-*"))  # the checked temporary file is gone
    assert main(["validate", "back-again.yaml"]) == 0


def test_import_default_id_and_placeholder_disclaimer(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "Week 3_Hydration.txt").write_text("Is water wet?\nA. Myth\nB. Fact\nANSWER: B\n", encoding="utf-8")
    assert main(["import", "Week 3_Hydration.txt", "--format", "aiken"]) == 0
    pack = load_pack(in_tmp / "week-3-hydration.yaml")
    assert pack.title.get("en") == "Week 3 Hydration"
    assert pack.disclaimer.get("en").startswith("Edit this disclaimer:")
    assert pack.questions[0].kind is Kind.MYTH_FACT and pack.questions[0].answer == FACT
    assert "1 explanation" in capsys.readouterr().out


def test_import_errors_and_exit_codes(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "missing.gift", "--format", "gift"]) == 2
    assert "no such file: missing.gift" in capsys.readouterr().err

    (in_tmp / "sheet.csv").write_text("name,score\nAnn,3\n", encoding="utf-8")
    assert main(["import", "sheet.csv", "--format", "csv"]) == 1
    assert "not a question sheet" in capsys.readouterr().err

    (in_tmp / "essay.gift").write_text("Write about sleep.{}\n", encoding="utf-8")
    assert main(["import", "essay.gift", "--format", "gift"]) == 1
    err = capsys.readouterr().err
    assert "quiz: warning: essay.gift: line 1: skipped: an essay question" in err
    assert "no questions could be imported" in err
    assert not (in_tmp / "essay.yaml").exists()

    (in_tmp / "latin1.csv").write_bytes("id,answer,question_en\nq,fact,Café\n".encode("latin-1"))
    assert main(["import", "latin1.csv", "--format", "csv"]) == 1
    assert "not UTF-8 text (in Excel, save as 'CSV UTF-8')" in capsys.readouterr().err

    (in_tmp / "ok.txt").write_text("Q?\nA. x\nB. y\nANSWER: A\n", encoding="utf-8")
    assert main(["import", "ok.txt", "--format", "aiken", "--id", "Not Valid"]) == 2
    assert "not a valid pack id" in capsys.readouterr().err
    assert main(["import", "ok.txt", "--format", "aiken"]) == 0
    assert main(["import", "ok.txt", "--format", "aiken"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["import", "ok.txt", "--format", "aiken", "--force"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_commands_do_not_load_genanki_until_a_deck_is_written() -> None:
    code = "import sys, quiz.commands; quiz.commands.build_parser(); print('genanki' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr

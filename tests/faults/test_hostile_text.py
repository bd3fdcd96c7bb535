"""No line separator, control, bidi or invisible character from a pack reaches the screen, plain output or a file.

quiz.text.clean is the one place that decides; these tests hold the loader, the plain front-end, the widgets'
literal text and every exporter to it, including exporters handed a pack that never went through the loader.
"""

from __future__ import annotations

import dataclasses
import io
import sqlite3
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from quiz.exchange.aiken import export_aiken
from quiz.exchange.anki import export_anki
from quiz.exchange.csvformat import export_csv
from quiz.exchange.gift import export_gift
from quiz.exchange.handout import handout_html, handout_markdown
from quiz.exchange.yamlwriter import dump_pack
from quiz.model import Pack, Text
from quiz.packs import Catalog, load_pack
from quiz.plain import play_plain
from quiz.session import Session, Settings
from quiz.store import Store
from quiz.text import clean, one_line
from quiz.tui.safe import literal

HOSTILE = "\u2028\u2029\u202e\u2066\u200b\u200f\ufeff\u00ad\u3164\ud800\x1b[31m\x07\x85\x0b\x0c"
"""Line and paragraph separators, bidi overrides and marks, zero-width and invisible characters, a lone surrogate,
an escape sequence, BEL, NEL, vertical tab and form feed."""
STRUCTURE = {"\n", "\r", "\t"}
"""What a file format may use around the text: line ends (CSV rows end in CRLF) and GIFT's indentation."""


def unsafe(text: str) -> list[str]:
    """The characters of `text` no reader should meet: Zl, Zp, Cc but line ends and tab, Cf, Cs, and blank letters."""
    bad = []
    for char in text:
        category = unicodedata.category(char)
        if char in STRUCTURE:
            continue
        if category in ("Zl", "Zp", "Cc", "Cf", "Cs") or char in "\u3164\u115f\u1160\uffa0\u034f":
            bad.append(f"U+{ord(char):04X}")
    return bad


def test_line_and_paragraph_separators_become_line_breaks() -> None:
    """U+2028 is a line break and U+2029 a paragraph break to every reader: they become plain ones."""
    assert clean("one\u2028two\u2029three") == "one\ntwo\n\nthree"
    assert one_line("one\u2028two\u2029three") == "one two three"


def test_every_unsafe_character_is_removed() -> None:
    """Controls, format characters, lone surrogates and blank letters all go; the words around them stay."""
    assert unsafe(clean(f"a{HOSTILE}b")) == []
    assert clean(f"a{HOSTILE}b") == "a\n\n\nb"  # a line break, then a paragraph break


def test_widget_text_has_no_separator() -> None:
    """What the full-screen game shows of pack text holds no separator or control."""
    assert unsafe(literal(f"claim{HOSTILE}end").plain) == []


PACK_WITH_SEPARATORS = """\
pack: 1
id: separators
title: "Sleep\\Lbasics"
description: "A pack with\\Pseparators."
languages: [en]
version: "1.0"
authors: [Mr Okafor]
license: CC0-1.0
source: {title: Sleep leaflet, date: "2024-05-01"}
disclaimer: "Education only,\\Lnot medical advice."
references:
  nhs: "NHS.\\LHow to get to sleep."
questions:
  - id: eight-hours
    claim: "Every adult needs\\Lexactly eight hours."
    answer: myth
    explanation: "Most adults need\\Pseven to nine hours."
    refs: [nhs]
  - id: bedtime
    question: "Which habit\\Lhelps?"
    choices:
      - text: "A regular\\Lbedtime"
        correct: true
        feedback: "Yes.\\PA steady rhythm helps."
      - text: "A late\\Lespresso"
    explanation: "A regular schedule\\Lhelps."
    refs: [nhs]
"""


def test_a_pack_with_separators_plays_without_them(tmp_path: Path) -> None:
    """A pack whose texts hold U+2028 and U+2029 loads with line breaks instead, and plain play prints none."""
    path = tmp_path / "separators.yaml"
    path.write_text(PACK_WITH_SEPARATORS, encoding="utf-8")
    pack = load_pack(path)
    assert pack.title.get("en") == "Sleep\nbasics"
    out = io.StringIO()
    session = Session(Catalog((pack,), ()), Store.in_memory("test"), Settings(lang="en", seed=1, count=None))
    play_plain(session, pack, stdin=io.StringIO("2\nm\n"), stdout=out)
    shown = out.getvalue()
    assert "A steady rhythm helps" in shown and "Most adults need" in shown
    assert unsafe(shown) == []


def poisoned(value: Any) -> Any:
    """`value` with hostile characters in every text a player reads, as a pack built without the loader may be."""
    if isinstance(value, Text):
        return Text({lang: f"{HOSTILE}{text}{HOSTILE}end" for lang, text in value.values.items()})
    if isinstance(value, tuple):
        return tuple(poisoned(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: poisoned(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


@pytest.fixture
def hostile_pack(sample_pack: Pack) -> Pack:
    pack = poisoned(sample_pack)
    references = {ref: f"{citation}{HOSTILE}" for ref, citation in sample_pack.references.items()}
    return dataclasses.replace(pack, references=references, authors=(f"An{HOSTILE}author",))


def anki_text(pack: Pack, path: Path) -> str:
    """Every field of every note in the Anki deck written for `pack`, and the deck's name."""
    path.write_bytes(export_anki(pack, "en"))
    with zipfile.ZipFile(path) as package:
        (path.parent / "collection.anki2").write_bytes(package.read("collection.anki2"))
    db = sqlite3.connect(path.parent / "collection.anki2")
    try:
        fields = [row[0] for row in db.execute("SELECT flds FROM notes")]
        decks = db.execute("SELECT decks FROM col").fetchone()[0]
    finally:
        db.close()
    return "\n".join(fields).replace("\x1f", "\n") + decks


EXPORTS = {
    "gift": lambda pack, path: export_gift(pack, "en"),
    "aiken": lambda pack, path: export_aiken(pack, "en"),
    "csv": lambda pack, path: export_csv(pack, pack.languages),
    "handout": lambda pack, path: handout_markdown(pack, "zh"),
    "handout-html": lambda pack, path: handout_html(pack, "en"),
    "anki": lambda pack, path: anki_text(pack, path / "deck.apkg"),
    "yaml": lambda pack, path: dump_pack(pack),
}


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_every_exporter_cleans_the_text_it_is_given(hostile_pack: Pack, tmp_path: Path, fmt: str) -> None:
    """Handed a pack full of hostile characters, each export format writes the words and none of those characters."""
    written = EXPORTS[fmt](hostile_pack, tmp_path)
    assert "end" in written
    assert unsafe(written) == []

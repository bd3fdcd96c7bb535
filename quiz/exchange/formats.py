"""The exchange formats by name: the files each writes, how it is written and read, and what it leaves out.

A format is its own module (gift.py, aiken.py, ...) and one entry here. An entry's writer and reader import their
module only when called, so building the `quiz` command's parser costs nothing and genanki loads only for a deck.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quiz.exchange.common import FALLBACK_LANGUAGE, Imported, guess_language, question_text
from quiz.model import Pack

Writer = Callable[[Pack, tuple[str, ...]], bytes]
"""The pack in these languages (one, unless the format takes every language) as the bytes of a file."""
VersionWriter = Callable[[Pack, str, str], bytes]
"""One version of several: the pack in that version's order, in one language, headed with the version's letter."""
Reader = Callable[[str, str | None], Imported]
"""The questions of a file's text, in the language given, else the one the file names or seems to be in."""


@dataclass(frozen=True)
class Format:
    """One exchange format."""

    name: str
    extensions: tuple[str, ...]
    """How its files' names end; an export is given the first."""
    write: Writer
    read: Reader | None = None
    losses: str | None = None
    """The message id of what the format cannot carry, told to the teacher after an export."""
    every_language: bool = False
    """Written in every language of the pack unless one is asked for (a sheet has a column per language)."""
    read_in_order: bool = False
    """A person reads the file top to bottom, so its choices are shuffled: the pack's order could give answers away.
    Formats a program reads as a set (a sheet, a deck) keep the pack's order."""
    write_version: VersionWriter | None = None
    """How one of several versions is written, for the formats that offer versions (the handouts)."""

    @property
    def extension(self) -> str:
        """The ending an exported file's name is given."""
        return self.extensions[0]


def in_one_language(parse: Callable[[str, str], Imported], text: str, lang: str | None) -> Imported:
    """`text` read by `parse` in `lang`, or in the language its questions are written in when `lang` is None."""
    if lang is None:
        # Read once to find what the players read, then again under the language that text is in.
        lang = guess_language(question_text(parse(text, FALLBACK_LANGUAGE).questions))
    return parse(text, lang)


def _write_gift(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.gift import export_gift

    return export_gift(pack, languages[0]).encode("utf-8")


def _read_gift(text: str, lang: str | None) -> Imported:
    from quiz.exchange.giftread import declared_language, parse_gift

    return in_one_language(parse_gift, text, lang or declared_language(text))


def _write_aiken(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.aiken import export_aiken

    return export_aiken(pack, languages[0]).encode("utf-8")


def _read_aiken(text: str, lang: str | None) -> Imported:
    from quiz.exchange.aiken import parse_aiken

    # An Aiken file has no room for a note of its language: it is the one asked for, or guessed.
    return in_one_language(parse_aiken, text, lang)


def _write_csv(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.csvformat import ENCODING, export_csv

    return export_csv(pack, languages).encode(ENCODING)


def _read_csv(text: str, lang: str | None) -> Imported:
    from quiz.exchange.csvformat import parse_csv

    return parse_csv(text, lang)


def _write_anki(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.anki import export_anki

    return export_anki(pack, languages[0])


def _write_handout(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.handout import handout_markdown

    return handout_markdown(pack, languages[0]).encode("utf-8")


def _write_handout_html(pack: Pack, languages: tuple[str, ...]) -> bytes:
    from quiz.exchange.handout import handout_html

    return handout_html(pack, languages[0]).encode("utf-8")


def _write_handout_version(pack: Pack, lang: str, letter: str) -> bytes:
    from quiz.exchange.handout import handout_markdown

    return handout_markdown(pack, lang, letter).encode("utf-8")


def _write_handout_html_version(pack: Pack, lang: str, letter: str) -> bytes:
    from quiz.exchange.handout import handout_html

    return handout_html(pack, lang, letter).encode("utf-8")


FORMATS = (
    # Moodle's file picker expects .txt for GIFT and Aiken; the inner word says which format it is.
    Format("gift", (".gift.txt", ".gift"), _write_gift, _read_gift, losses="exchange.lost.gift", read_in_order=True),
    Format(
        "aiken", (".aiken.txt", ".aiken"), _write_aiken, _read_aiken, losses="exchange.lost.aiken", read_in_order=True
    ),
    Format("csv", (".csv",), _write_csv, _read_csv, losses="exchange.lost.csv", every_language=True),
    Format("anki", (".apkg",), _write_anki),
    Format("handout", (".md",), _write_handout, read_in_order=True, write_version=_write_handout_version),
    Format(
        "handout-html", (".html",), _write_handout_html, read_in_order=True, write_version=_write_handout_html_version
    ),
)
BY_NAME = {format_.name: format_ for format_ in FORMATS}
WRITABLE = tuple(format_.name for format_ in FORMATS)
READABLE = tuple(format_.name for format_ in FORMATS if format_.read is not None)


def base_name(file_name: str) -> str:
    """The file's name without the ending of any format (`week.gift.txt` gives `week`), else without its last."""
    lowered = file_name.lower()
    for ending in sorted((e for f in FORMATS for e in f.extensions), key=len, reverse=True):
        if lowered.endswith(ending) and len(file_name) > len(ending):
            return file_name[: -len(ending)]
    stem, dot, _ = file_name.rpartition(".")
    return stem if dot and stem else file_name

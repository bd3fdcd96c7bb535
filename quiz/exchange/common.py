"""What every import and export shares: the error type, imported drafts, ids, references and placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.encoding import decode, looks_like_utf16, wide_encoding
from quiz.i18n import languages, tr
from quiz.message import Msg, msg
from quiz.model import FACT, MYTH, Question, Text
from quiz.packs import NAME
from quiz.text import clean

FALLBACK_LANGUAGE = "en"
MAX_WARNINGS = 50
"""Warnings kept word for word; past these, only their number is (a million-line file once wrote 131 MB of them)."""


class ExchangeError(Exception):
    """An input file that cannot be imported, said in one line: the message `key` with its values."""

    def __init__(self, key: str, **values: object) -> None:
        self.said = msg(key, **values)
        super().__init__(self.said.text("en"))


def skipped(key: str, **values: object) -> Msg:
    """A warning that a question was left out, and the message `key` saying why."""
    return msg("exchange.skipped", reason=msg(key, **values))


def at_line(line: int, message: Msg) -> Msg:
    """`message` about line `line` of the file."""
    return msg("exchange.at_line", line=line, message=message)


@dataclass
class Imported:
    """The questions read from a foreign file, with what else it carried, before they become a pack."""

    languages: tuple[str, ...]
    questions: list[Question] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)
    disclaimer: Text | None = None
    warnings: list[Msg] = field(default_factory=list)
    """The first MAX_WARNINGS warnings, then one line saying how many more there were; add them with `warn`."""
    placeholders: int = 0
    """How many explanations had to be filled with a placeholder for the teacher to replace."""
    left_out: int = 0
    """How many warnings came after the first MAX_WARNINGS."""

    def warn(self, message: Msg) -> None:
        """Note a warning about the file: word for word among the first MAX_WARNINGS, else only counted."""
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
            return
        self.left_out += 1
        summary = msg("exchange.more_warnings", n=self.left_out)
        if len(self.warnings) == MAX_WARNINGS:
            self.warnings.append(summary)
        else:
            self.warnings[-1] = summary


def imported_text(data: bytes, spreadsheet: bool = False) -> str:
    """The text of a file to import: UTF-8, or UTF-16 or UTF-32 with its byte-order mark.

    Raises ExchangeError saying what the file is instead, as words that follow its name ("is a binary file...").
    """
    wide = wide_encoding(data)
    excel = msg("exchange.excel_utf8") if spreadsheet else ""
    if b"\x00" in data and wide is None:
        if looks_like_utf16(data):
            raise ExchangeError("exchange.utf16_no_mark", excel=excel)
        raise ExchangeError("exchange.binary")
    try:
        return decode(data)
    except UnicodeDecodeError:
        if wide is not None:
            raise ExchangeError("exchange.bad_wide_text", encoding=wide.upper()) from None
        raise ExchangeError("exchange.not_utf8", excel=excel) from None


# -- placeholders ---------------------------------------------------------------------------------
# An imported pack must validate, so fields the foreign format cannot carry get text that says plainly
# that a teacher has to replace it, in the pack's language (English for one the game does not speak);
# "Edit this" is the word to search for in the YAML file.


def placeholder(key: str, languages: tuple[str, ...], **values: object) -> Text:
    """The placeholder `key` (a message of quiz.i18n) in each of `languages`."""
    return Text({lang: tr(f"placeholder.{key}", lang, **values) for lang in languages})


def placeholder_explanation(languages: tuple[str, ...]) -> Text:
    """An explanation that asks the teacher to write one, in each of `languages`."""
    return placeholder("explanation", languages)


def placeholder_disclaimer(languages: tuple[str, ...]) -> Text:
    """A disclaimer that asks the teacher to check it, in each of `languages`."""
    return placeholder("disclaimer", languages)


def placeholder_citation(ref: str, lang: str) -> str:
    """A citation that asks the teacher to give the full reference for `ref`, in `lang`."""
    return tr("placeholder.citation", lang, ref=ref)


# -- languages ------------------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_language(text: str) -> str:
    """zh when Chinese characters make up a fair share of `text`, else en: enough to label a one-language file.

    A share, not mere presence, because English questions may quote a Chinese title or citation, and
    Chinese ones are full of Latin names (K1, MGP); three Latin letters weigh about one Chinese character.
    """
    chinese = len(_CJK.findall(text))
    return "zh" if chinese and chinese * 3 >= len(_LATIN.findall(text)) else FALLBACK_LANGUAGE


def question_text(questions: list[Question]) -> str:
    """Everything the player reads in these questions, in their first language, to guess the language from."""
    parts = []
    for question in questions:
        parts.append(question.prompt.get(FALLBACK_LANGUAGE))
        parts += [choice.text.get(FALLBACK_LANGUAGE) for choice in question.choices]
    return "\n".join(parts)


def myth_fact_key(label: str) -> str | None:
    """MYTH or FACT when `label` is the game's word for one of them in any language it speaks."""
    wanted = label.strip().casefold()
    for key in (MYTH, FACT):
        words = {tr(f"answer.{key}", lang).casefold() for lang in languages()} | {key}
        if wanted in words:
            return key
    return None


# -- ids --------------------------------------------------------------------------------------------

_MAX_SLUG = 40


def slug(text: str, words: int = 6) -> str:
    """A short lowercase name made of the first ASCII words of `text` ("" when it has none)."""
    parts = re.findall(r"[a-z0-9]+", text.lower())[:words]
    return "-".join(parts)[:_MAX_SLUG].strip("-")


class IdMaker:
    """Gives each imported question a valid id, unique in the pack, keeping the file's own when it can."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._numbers = _Numbering(self.taken)

    def make(self, wanted: str | None, text: str) -> str:
        """The file's id `wanted` when valid and free, else one made from the question's `text`."""
        wanted = (wanted or "").strip()
        if wanted and NAME.match(wanted) and wanted not in self.taken:
            return self._take(wanted)
        return self._take(self._numbers.free(slug(wanted) or slug(text) or f"q{len(self.taken) + 1}"))

    def _take(self, name: str) -> str:
        self.taken.add(name)
        return name


class _Numbering:
    """Free names made from a base: the base itself, then base-2, base-3 and on.

    Each base remembers the last number it gave, so a file of 40,000 questions sharing one title numbers them in
    one pass rather than counting up from 2 for every question.
    """

    def __init__(self, taken: set[str] | dict[str, str]) -> None:
        self.taken = taken
        self._last: dict[str, int] = {}

    def free(self, base: str) -> str:
        """`base` when it is free, else the first free numbered name after the last one this gave for it."""
        if base not in self.taken:
            return base
        number = self._last.get(base, 1) + 1
        while f"{base}-{number}" in self.taken:
            number += 1
        self._last[base] = number
        return f"{base}-{number}"


class ReferenceBook:
    """Collects full citations met while importing and hands out one id per distinct citation."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.references: dict[str, str] = dict(known or {})
        self._ids: dict[str, list[str]] = {}
        """The ids of each citation, in the order they were given: a large file finds its citations at once."""
        for ref, citation in self.references.items():
            self._ids.setdefault(citation, []).append(ref)
        self._numbers = _Numbering(self.references)

    def add(self, citation: str, wanted: str | None = None) -> str:
        """The id of `citation`, adding it when new (under `wanted` when that id is valid and free)."""
        citation = citation.strip()
        for ref in self._ids.get(citation, ()):
            if wanted is None or wanted == ref:
                return ref
        if wanted and NAME.match(wanted) and wanted not in self.references:
            ref = wanted
        else:
            ref = self._new_id(citation)
        self.references[ref] = citation
        self._ids.setdefault(citation, []).append(ref)
        return ref

    def _new_id(self, citation: str) -> str:
        # "Booth SL, ... 2008" reads better as booth-2008 than as ref-7 when the teacher edits the pack.
        author = re.match(r"\s*([A-Za-z]+)", citation)
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", citation)
        base = f"{author.group(1).lower()}-{year.group(1)}" if author and year else f"ref-{len(self.references) + 1}"
        return self._numbers.free(base)


def normalise(text: str) -> str:
    """`text` with Windows line ends made plain, what no player should see removed (quiz.text), the edges trimmed."""
    return clean(text.replace("\r\n", "\n").replace("\r", "\n")).strip()

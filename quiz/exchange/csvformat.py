"""Spreadsheets: one row per question, one column per field and language, UTF-8 with a byte-order mark.

The byte-order mark is what makes Excel open the file as UTF-8, so Chinese text survives a double-click.
Columns, for languages L in the pack's order (see docs/exchange.md):

    id, kind, answer, question_L, choice1_L .. choice4_L, feedback1_L .. feedback4_L, explanation_L,
    refs, citations, tags, difficulty, article, article_verdict

`answer` is myth or fact, or the number (1-4) of the right choice. `refs` and `tags` are separated by
semicolons; `citations` holds the full citation of each ref, one per line, in the same order. Cells that a
spreadsheet would take for a formula are written with a quote in front, taken off again on import, and a sheet
garbled by the wrong encoding is refused (quiz.exchange.sheetcells).
"""

from __future__ import annotations

import csv
import io
import re

from quiz.exchange.common import (
    ExchangeError,
    IdMaker,
    Imported,
    ReferenceBook,
    myth_fact_key,
    normalise,
    placeholder_citation,
    placeholder_explanation,
)
from quiz.exchange.sheetcells import check_encoding, check_header, guarded, unguarded, unknown_columns
from quiz.message import Msg, msg
from quiz.model import Choice, Kind, Pack, Question, Text, Verdict
from quiz.packs import MAX_CHOICES, NAME
from quiz.text import clean_all

ENCODING = "utf-8-sig"
"""UTF-8 with a byte-order mark: Excel needs it to read Chinese correctly; csv readers skip it."""

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]+)?\Z")
_LIST_SEPARATORS = re.compile(r"[;,\s]+")


def columns(languages: tuple[str, ...]) -> list[str]:
    """The header row for a sheet in `languages`."""

    def each(name: str) -> list[str]:
        return [f"{name}_{lang}" for lang in languages]

    header = ["id", "kind", "answer", *each("question")]
    for n in range(1, MAX_CHOICES + 1):
        header += each(f"choice{n}")
    for n in range(1, MAX_CHOICES + 1):
        header += each(f"feedback{n}")
    header += each("explanation")
    return header + ["refs", "citations", "tags", "difficulty", "article", "article_verdict"]


# == export ========================================================================================


def question_row(pack: Pack, question: Question, languages: tuple[str, ...]) -> dict[str, str]:
    """One question as a row keyed by column name."""
    row = {"id": question.id, "kind": question.kind.value}
    if question.kind is Kind.MYTH_FACT:
        row["answer"] = question.answer or ""
    else:
        row["answer"] = str(int(question.correct_key) + 1)
    for lang in languages:
        row[f"question_{lang}"] = question.prompt.get(lang)
        row[f"explanation_{lang}"] = question.explanation.get(lang)
        for n, choice in enumerate(question.choices, start=1):
            row[f"choice{n}_{lang}"] = choice.text.get(lang)
            row[f"feedback{n}_{lang}"] = choice.feedback.get(lang) if choice.feedback else ""
    row["refs"] = "; ".join(question.refs)
    row["citations"] = "\n".join(pack.references.get(ref, "") for ref in question.refs)
    row["tags"] = "; ".join(question.tags)
    row["difficulty"] = str(question.difficulty)
    article = question.article_for(languages[0])
    row["article"] = article[1] if article else ""  # the original sentence; its translations are not kept
    row["article_verdict"] = question.article_verdict.value if question.article_verdict else ""
    return row


def export_csv(pack: Pack, languages: tuple[str, ...]) -> str:
    """The pack as CSV text in `languages` (encode it with ENCODING when writing)."""
    pack = clean_all(pack)
    out = io.StringIO()
    # Excel and LibreOffice both expect CRLF row ends; line breaks inside a cell stay as LF.
    writer = csv.DictWriter(out, fieldnames=columns(languages), restval="", lineterminator="\r\n")
    writer.writeheader()
    for question in pack.questions:
        writer.writerow({name: guarded(cell) for name, cell in question_row(pack, question, languages).items()})
    return out.getvalue()


# == import ========================================================================================


def _delimiter(header_line: str) -> str:
    """The separator the sheet uses: Excel writes ';' where the decimal mark is a comma."""
    return max((",", ";", "\t"), key=header_line.count)


def _header_key(name: str | None) -> str:
    return (name or "").strip().lower().replace(" ", "_")


def sheet_languages(header: list[str]) -> tuple[str, ...]:
    """The languages that have a question column, in the order of the header."""
    found = []
    for name in header:
        if name.startswith("question_") and _LANGUAGE.match(name[len("question_") :]):
            found.append(name[len("question_") :])
    return tuple(dict.fromkeys(found))


class _RowError(Exception):
    """A row that cannot become a question; the message `key` with its values says why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.said = msg(key, **values)


class _Rows:
    """Turns sheet rows into questions, sharing ids and references across the sheet."""

    def __init__(self, languages: tuple[str, ...], result: Imported) -> None:
        self.languages = languages
        self.result = result
        self.ids = IdMaker()
        self.refs = ReferenceBook()

    def text(self, row: dict[str, str], name: str, required: bool) -> Text | None:
        """The text of column `name` in every language: None when all are blank, an error when some are."""
        values = {lang: normalise(row.get(f"{name}_{lang}", "")) for lang in self.languages}
        missing = [f"{name}_{lang}" for lang, value in values.items() if not value]
        if len(missing) == len(values):
            if required:
                raise _RowError("exchange.csv.empty", column=f"{name}_{self.languages[0]}")
            return None
        if missing:
            raise _RowError("exchange.csv.some_empty", columns=", ".join(missing))
        return Text(values)

    def question(self, number: int, row: dict[str, str]) -> Question:
        """The question in `row`; raises _RowError when the row cannot be one."""
        prompt = self.text(row, "question", required=True)
        assert prompt is not None
        answer = normalise(row.get("answer", ""))
        kind = self.kind(row, answer)
        choices = self.choices(row, answer) if kind is Kind.CHOICE else ()
        explanation = self.text(row, "explanation", required=False)
        tags, difficulty, verdict = self.tags(row), self.difficulty(row), self.verdict(row)
        # Ids and references are shared by the whole sheet: take them only once the row is known to be good.
        refs = self.references(number, row)
        wanted_id = normalise(row.get("id", ""))
        question_id = self.ids.make(wanted_id, prompt.get(self.languages[0]))
        if wanted_id and question_id != wanted_id:
            self.result.warn(at_row(number, msg("exchange.csv.id_taken", wanted=wanted_id, used=question_id)))
        if explanation is None:
            self.result.placeholders += 1
            explanation = placeholder_explanation(self.languages)
        return Question(
            id=question_id, kind=kind, prompt=prompt, explanation=explanation,
            answer=myth_fact_key(answer) if kind is Kind.MYTH_FACT else None, choices=choices,
            article=self.article(row), article_verdict=verdict,
            refs=refs, tags=tags, difficulty=difficulty,
        )  # fmt: skip

    def kind(self, row: dict[str, str], answer: str) -> Kind:
        stated = normalise(row.get("kind", "")).lower()
        inferred = Kind.MYTH_FACT if myth_fact_key(answer) else Kind.CHOICE
        if not answer:
            raise _RowError("exchange.csv.no_answer")
        if stated and stated not in (Kind.MYTH_FACT.value, Kind.CHOICE.value):
            raise _RowError("exchange.csv.bad_kind", kind=stated)
        if stated and stated != inferred.value:
            key = "exchange.csv.wants_myth_fact" if stated == Kind.MYTH_FACT.value else "exchange.csv.wants_number"
            raise _RowError(key, kind=stated, answer=answer)
        return inferred

    def choices(self, row: dict[str, str], answer: str) -> tuple[Choice, ...]:
        filled: list[tuple[int, Text, Text | None]] = []
        for n in range(1, MAX_CHOICES + 1):
            text = self.text(row, f"choice{n}", required=False)
            feedback = self.text(row, f"feedback{n}", required=False)
            if text is None and feedback is not None:
                raise _RowError("exchange.csv.feedback_alone", n=n)
            if text is not None:
                filled.append((n, text, feedback))
        if len(filled) < 2:
            raise _RowError("exchange.csv.few_choices")
        right = _choice_number(answer)
        if right is None or right not in [n for n, _, _ in filled]:
            raise _RowError("exchange.csv.bad_answer", answer=answer)
        return tuple(Choice(text=text, correct=n == right, feedback=feedback) for n, text, feedback in filled)

    def references(self, number: int, row: dict[str, str]) -> tuple[str, ...]:
        wanted = [ref for ref in _LIST_SEPARATORS.split(normalise(row.get("refs", ""))) if ref]
        citations = [line.strip() for line in normalise(row.get("citations", "")).split("\n") if line.strip()]
        if wanted and citations and len(wanted) != len(citations):
            raise _RowError("exchange.csv.refs_citations", refs=len(wanted), citations=len(citations))
        refs: list[str] = []
        for i in range(max(len(wanted), len(citations))):
            ref = wanted[i] if i < len(wanted) else None
            if i < len(citations):
                refs.append(self.refs.add(citations[i], ref))
            elif ref in self.refs.references:
                refs.append(ref)
            else:
                assert ref is not None, "past the last citation, each place is a ref's"
                # A ref with no citation anywhere would make the pack invalid: keep it, marked for the teacher.
                self.result.warn(at_row(number, msg("exchange.csv.no_citation", ref=ref)))
                refs.append(self.refs.add(placeholder_citation(ref, self.languages[0]), ref))
        return tuple(dict.fromkeys(refs))

    def tags(self, row: dict[str, str]) -> tuple[str, ...]:
        tags = [tag for tag in _LIST_SEPARATORS.split(normalise(row.get("tags", ""))) if tag]
        bad = [tag for tag in tags if not NAME.match(tag)]
        if bad:
            raise _RowError("exchange.csv.bad_tag", tag=bad[0])
        return tuple(dict.fromkeys(tags))

    def difficulty(self, row: dict[str, str]) -> int:
        value = normalise(row.get("difficulty", ""))
        if not value:
            return 1
        # Spreadsheets like to turn 2 into 2.0.
        if re.fullmatch(r"[123](\.0+)?", value):
            return int(value[0])
        raise _RowError("exchange.csv.bad_difficulty", value=value)

    def article(self, row: dict[str, str]) -> Text | None:
        # A sheet does not say which language the source is in: the sentence is taken to be in the first one.
        value = normalise(row.get("article", ""))
        return Text.plain(value, self.languages[0]) if value else None

    def verdict(self, row: dict[str, str]) -> Verdict | None:
        value = normalise(row.get("article_verdict", "")).lower()
        if not value:
            return None
        try:
            return Verdict(value)
        except ValueError:
            options = ", ".join(v.value for v in Verdict)
            raise _RowError("exchange.csv.bad_verdict", value=value, options=options) from None


def _choice_number(answer: str) -> int | None:
    """The choice number an answer cell names: 1-4, or a letter A-D."""
    value = answer.strip().upper().rstrip(".")
    if value.isdigit():
        return int(value)
    if len(value) == 1 and "A" <= value <= "D":
        return ord(value) - ord("A") + 1
    return None


def parse_csv(text: str, lang: str | None = None) -> Imported:
    """The questions of a sheet, in every language it has columns for (or only `lang`).

    Raises ExchangeError when the header is not one this format knows, when the sheet cannot be read as CSV, or when
    its text was garbled by the wrong encoding; a bad row is skipped with a warning.
    """
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    check_header(first_line)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        return _read_sheet(reader, lang)
    except csv.Error as error:
        raise _unreadable(error, reader.line_num + 1) from None


def _read_sheet(reader: csv.DictReader[str], lang: str | None) -> Imported:
    header = [_header_key(name) for name in reader.fieldnames or []]
    if "answer" not in header or not sheet_languages(header):
        raise ExchangeError("exchange.csv.not_a_sheet")
    check_encoding(1, ((name, name) for name in header))
    reader.fieldnames = header
    languages = sheet_languages(header)
    result = Imported(languages=languages)
    unknown = unknown_columns(header, set(columns(languages)))
    if unknown:
        result.warn(unknown)
    if lang is not None:
        if lang not in languages:
            raise ExchangeError("exchange.csv.no_language", language=lang, languages=", ".join(languages))
        result.languages = languages = (lang,)
    rows = _Rows(languages, result)
    for number, row in enumerate(reader, start=2):
        cells = {key: unguarded(value) if isinstance(value, str) else "" for key, value in row.items() if key}
        if not any(value.strip() for value in cells.values()):
            continue
        check_encoding(number, cells.items())
        try:
            result.questions.append(rows.question(number, cells))
        except _RowError as error:
            result.warn(at_row(number, msg("exchange.skipped", reason=error.said)))
    result.references = rows.refs.references
    return result


def _unreadable(error: csv.Error, line: int) -> ExchangeError:
    """The one-line error for a sheet Python's csv reader gives up on, at the line it could not read."""
    if "field larger than field limit" in str(error):
        return ExchangeError(
            "exchange.at_line", line=line, message=msg("exchange.csv.huge_cell", limit=csv.field_size_limit())
        )
    return ExchangeError("exchange.at_line", line=line, message=msg("exchange.csv.unreadable", reason=str(error)))


def at_row(row: int, message: Msg) -> Msg:
    """`message` about row `row` of the sheet."""
    return msg("exchange.at_row", row=row, message=message)

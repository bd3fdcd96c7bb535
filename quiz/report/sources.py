"""Where a class's answers come from: data folders (read, never written) and exported history files.

A data folder is where `quiz serve` or `quiz play` keeps its progress file; it is opened read-only, so a report
run during a class never takes a lock a game is waiting for and never migrates, repairs or sets aside a teacher's
file. A history file is what `quiz history --format csv|json` wrote on a student's own machine: CSV (a byte-order
mark or not, from a spreadsheet too) or a JSON list of objects. Several sources are read in the order given and
merged by player; an answer that two sources both hold (a folder and an export of it) is counted once.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.encoding import MANGLED_MARK, decode, wide_encoding
from quiz.players import FALLBACK_PLAYER
from quiz.report.records import Answer, RowError, answer_from_row, missing_fields, moment
from quiz.store import STORE_NAME, AnswerRecord, Store
from quiz.storefile import SIDECARS, StoreState
from quiz.storeschema import MIGRATIONS
from quiz.text import one_line

MAX_FILE_BYTES = 256 * 2**20
"""A history file larger than this is refused: 1,000 players × 50 answers is about 20 MB of JSON."""
_DELIMITERS = (",", ";", "\t")
"""What a spreadsheet may separate a CSV's cells with, depending on the computer's language."""


class SourceError(Exception):
    """A source that cannot be read: the message key of quiz.i18n and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class Collected:
    """Every answer the sources hold, in the order read, and how many were left out as duplicates."""

    answers: tuple[Answer, ...]
    duplicates: int = 0


def collect(paths: Sequence[Path]) -> Collected:
    """The answers of every source in `paths` (data folders and history files), merged; raises SourceError."""
    every = [answer for path in paths for answer in read_source(path)]
    unique = tuple(dict.fromkeys(every))
    return Collected(unique, len(every) - len(unique))


def read_source(path: Path) -> list[Answer]:
    """The answers in one data folder or history file."""
    if path.is_dir():
        return read_folder(path)
    if not path.exists():
        raise SourceError("report.no_source", path=_shown(path))
    return read_history(path)


def watched_files(paths: Sequence[Path]) -> list[Path]:
    """The files whose changes mean new answers: each history file, and each folder's store with its log."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            store = path / STORE_NAME
            files += [store, *(store.with_name(store.name + suffix) for suffix in SIDECARS)]
        else:
            files.append(path)
    return files


def signature(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """What changes when a source gets new answers: each watched file's modification time and size."""
    found = []
    for file in watched_files(paths):
        try:
            status = file.stat()
        except OSError:
            continue
        found.append((str(file), status.st_mtime_ns, status.st_size))
    return tuple(found)


# == data folders ================================================================================


def read_folder(folder: Path) -> list[Answer]:
    """Every answer saved in the data folder `folder`, without changing anything in it."""
    file = folder / STORE_NAME
    if not file.is_file():
        raise SourceError("report.no_store", path=_shown(folder))
    try:
        store = Store(_read_only(file), StoreState.READ_ONLY, str(file))
        try:
            records = store.answer_records()
        finally:
            store.close()
    except sqlite3.DatabaseError as error:
        raise SourceError("report.store_unreadable", path=_shown(file), reason=error) from None
    return [_from_store(record) for record in records]


def _from_store(record: AnswerRecord) -> Answer:
    return Answer(
        player=one_line(record.player) or FALLBACK_PLAYER,
        class_code=one_line(record.class_code or "") or None,
        pack_id=record.pack_id,
        question_id=record.question_id,
        answer=record.answer,
        correct=record.correct,
        answered_at=moment(record.answered_at),
        game_id=str(record.game_id),
        lang=record.lang,
        pack_version=record.pack_version,
    )


def _read_only(file: Path) -> sqlite3.Connection:
    """A connection that cannot write to `file`; a file from an older game is brought up to date in memory."""
    uri = file.absolute().as_uri()
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        # A store in WAL mode in a folder we may not write to has no shared-memory file to be read through;
        # nobody can write to it there, so it is read as the unchanging file it is.
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=10)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        connection.close()
        raise SourceError("report.store_newer", path=_shown(file))
    if version == len(MIGRATIONS):
        return connection
    upgraded = sqlite3.connect(":memory:")
    connection.backup(upgraded)
    connection.close()
    for script in MIGRATIONS[version:]:
        upgraded.executescript(script)
    return upgraded


# == history files ===============================================================================


def read_history(path: Path) -> list[Answer]:
    """The answers in an exported history file, CSV or JSON (told apart by their first character)."""
    name = _shown(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError("cli.too_large", path=name, size=f"{size / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as error:
        raise SourceError("cli.cannot_read", path=name, reason=error.strerror or error) from None
    return parse_history(_text(data, name, path.suffix.lower() == ".csv"), name)


def parse_history(text: str, name: str) -> list[Answer]:
    """The answers in the text of a history file called `name` (for messages)."""
    if text.lstrip().startswith(("[", "{")):
        return list(_numbered(_json_rows(text, name), name))
    return list(_numbered(_csv_rows(text, name), name))


def _text(data: bytes, name: str, spreadsheet: bool) -> str:
    if b"\x00" in data and wide_encoding(data) is None:
        raise SourceError("cli.binary", path=name)
    try:
        return decode(data)
    except UnicodeDecodeError:
        raise SourceError("cli.not_utf8_csv" if spreadsheet else "cli.not_utf8", path=name) from None


def _json_rows(text: str, name: str) -> Iterator[tuple[int, Mapping[str, object]]]:
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError("report.bad_json", path=name, line=error.lineno, reason=error.msg) from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise SourceError("report.not_history", path=name)
    if rows:
        _check_columns(set().union(*rows), name)
    yield from enumerate(rows, 1)


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, Mapping[str, object]]]:
    first_line = text.split("\n", 1)[0]
    if first_line.startswith(MANGLED_MARK):
        raise SourceError("report.mangled", path=name)
    delimiter = max(_DELIMITERS, key=first_line.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        _check_columns({field.strip() for field in reader.fieldnames or ()}, name)
        for row in reader:
            # A row is numbered by the file's line it ends on, as a spreadsheet or editor shows it.
            yield reader.line_num, {key.strip(): value for key, value in row.items() if isinstance(key, str)}
    except csv.Error as error:
        raise SourceError("report.bad_csv", path=name, line=reader.line_num, reason=error) from None


def _check_columns(fields: set[str], name: str) -> None:
    missing = missing_fields(fields)
    if missing:
        raise SourceError("report.missing_columns", path=name, columns=", ".join(missing), n=len(missing))


def _numbered(rows: Iterable[tuple[int, Mapping[str, object]]], name: str) -> Iterator[Answer]:
    for number, row in rows:
        try:
            yield answer_from_row(row)
        except RowError as error:
            value = error.value if isinstance(error.value, str) else json.dumps(error.value, ensure_ascii=False)
            raise SourceError("report.bad_row", path=name, row=number, field=error.field, value=_short(value)) from None


def _short(text: str) -> str:
    text = one_line(text)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _shown(path: Path) -> str:
    return one_line(str(path))

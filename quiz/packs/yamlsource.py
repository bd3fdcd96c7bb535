"""Reading a pack file's text, refusing anything unsafe or unreadable, and saying what is wrong with its YAML.

We compose nodes (`compose.Document`) instead of constructing Python objects: nothing is built from tags, so no
code can run, aliases stay shared (an alias bomb costs nothing until something walks it), and every node keeps
its line and column for error messages.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from quiz.encoding import decode, looks_like_utf16, wide_encoding
from quiz.message import msg
from quiz.packs.problems import PackError, Problem
from quiz.packs.yamlwords import yaml_detail

MAX_BYTES = 16 * 1024 * 1024
"""Packs larger than this are refused before being read; 16 MB holds 10,000 bilingual questions and more."""

MAX_ITEMS = 600_000
"""Roughly how many YAML values a pack may hold (10,000 bilingual questions make about 400,000). A file within
MAX_BYTES packed with tiny values could otherwise make the parser build millions of nodes and gigabytes."""

_SAVE_AS_UTF8 = msg("load.fix.save_as_utf8_notepad")

_TAG = "tag:yaml.org,2002:"
SAFE_TAGS = frozenset(_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))


def read_file(path: Path, name: str) -> tuple[bytes, os.stat_result]:
    """The bytes of the pack file at `path`, and its status taken just before they were read.

    `name` is how messages refer to the file. Raises PackError for a file that is missing, not a regular file,
    or too large.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise PackError([Problem(name, msg("load.not_regular_file"), fix=msg("load.fix.not_regular_file"))])
        size = status.st_size
        if size > MAX_BYTES:
            raise PackError([_too_large(name, "load.too_large", size=f"{size / 1_048_576:.1f}")])
        with path.open("rb") as stream:
            # Read one byte past the size rather than trusting it: a file can grow while we read it. (Asking for
            # MAX_BYTES at once would have Python set aside that much memory for every pack, however small.)
            data = stream.read(size + 1)
            if len(data) > size:
                data += stream.read(MAX_BYTES + 1 - len(data))
    except OSError as error:
        raise PackError([Problem(name, msg("load.cannot_read", reason=error.strerror or error))]) from None
    if len(data) > MAX_BYTES:
        raise PackError([_too_large(name, "load.grew")])
    return data, status


def decode_text(data: bytes, name: str) -> str:
    """The text of a pack file's bytes: UTF-8, or UTF-16 or UTF-32 with its byte-order mark.

    Raises PackError for bytes that are not such text, or hold far more values than a pack ever needs.
    """
    text = _decode(data, name)
    _check_item_count(text, name)
    return text


@contextmanager
def yaml_errors(name: str, text: str) -> Iterator[None]:
    """Turn the YAML errors raised while `text` is composed into a PackError with the one problem to fix."""
    try:
        yield
    except yaml.MarkedYAMLError as error:
        raise PackError([_yaml_problem(error, name, text)]) from None
    except yaml.reader.ReaderError as error:
        raise PackError([_reader_problem(error, name, text)]) from None
    except yaml.YAMLError as error:
        raise PackError([Problem(name, msg("load.yaml", detail=str(error)))]) from None
    except RecursionError:
        raise PackError([Problem(name, msg("load.too_deep"))]) from None


def _check_item_count(text: str, name: str) -> None:
    """Refuse a file with far more values than a pack holds, counting the marks that separate them."""
    # Every value but the first follows a ':' (mapping), a '-' (block list) or a ',' (flow list); prose adds some
    # of each too, so this overestimates, and costs a few milliseconds even at the size limit.
    items = 2 * text.count(":") + text.count("-") + text.count(",") + 1
    if items > MAX_ITEMS:
        raise PackError([Problem(name, msg("load.too_many_values", items=items, limit=MAX_ITEMS), fix=_SPLIT)])


def _decode(data: bytes, name: str) -> str:
    wide = wide_encoding(data)
    if b"\x00" in data and wide is None:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        if looks_like_utf16(data):
            raise PackError([Problem(name, msg("load.utf16_no_mark"), fix=_SAVE_AS_UTF8)])
        raise PackError([Problem(name, msg("load.binary"), line=line, fix=msg("load.fix.binary"))])
    try:
        return decode(data)
    except UnicodeDecodeError as error:
        if wide is not None:
            message = msg("load.bad_wide_text", encoding=wide.upper())
            raise PackError([Problem(name, message, fix=_SAVE_AS_UTF8)]) from None
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        problem = Problem(name, msg("load.not_utf8"), line=line, column=column, fix=msg("load.fix.save_as_utf8"))
        raise PackError([problem]) from None


def _reader_problem(error: yaml.reader.ReaderError, name: str, text: str) -> Problem:
    """A character YAML does not allow anywhere (a pasted control character), at its line and column.

    The error's position counts characters in one YAML implementation and bytes in the other, so the
    character is found again in the text: the reader stops at its first occurrence.
    """
    character = error.character if isinstance(error.character, int) else None
    index = text.find(chr(character)) if character is not None else -1
    if character is not None:
        message = msg("load.bad_character", code=f"{character:04X}")
    else:
        message = msg("load.bad_character_unknown")
    line = column = None
    if index >= 0:
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
    return Problem(name, message, line=line, column=column, fix=msg("load.fix.bad_character"))


_SPLIT = msg("load.fix.split")


def _too_large(name: str, key: str, **values: object) -> Problem:
    return Problem(name, msg(key, limit=MAX_BYTES // 1_048_576, **values), fix=_SPLIT)


_UNCLOSED = {
    "while parsing a flow sequence": msg("load.fix.unclosed", opening="[", closing="]"),
    "while parsing a flow mapping": msg("load.fix.unclosed", opening="{", closing="}"),
    "while scanning a quoted scalar": msg("load.fix.unclosed_quote"),
}


def _yaml_problem(error: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = " ".join(part for part in (error.context, error.problem) if part)
    hint = msg("load.fix.yaml")
    if "tab" in message or (mark is not None and _char_at(text, mark.line, mark.column) == "\t"):
        hint = msg("load.fix.tabs")
    elif "found character" in message and "that cannot start any token" in message:
        hint = msg("load.fix.special_character")
    elif "mapping values are not allowed" in message:
        hint = msg("load.fix.colon")
    elif "nesting depth" in message:
        hint = msg("load.fix.nesting")
    elif "expected a single document" in message:
        hint = msg("load.fix.one_document")
    elif error.context_mark is not None and error.context in _UNCLOSED and _ran_out(error.problem or ""):
        # The parser gives up wherever the text runs out; the mistake is the bracket or quote it started at.
        mark = error.context_mark
        hint = _UNCLOSED[error.context]
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    detail = yaml_detail(error.context, error.problem) if message else msg("load.yaml_unknown")
    return Problem(name, msg("load.yaml", detail=detail), line=line, column=column, fix=hint)


def _ran_out(problem: str) -> bool:
    """Whether the parser reached the end of the text, or of the collection, still looking for the closing mark."""
    return any(words in problem for words in ("did not find expected", "end of stream", "document indicator"))


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and column of `text`, or "" past its end."""
    lines = text.split("\n")
    return lines[line][column : column + 1] if line < len(lines) else ""

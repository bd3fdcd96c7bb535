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
from quiz.packs.problems import PackError, Problem

MAX_BYTES = 16 * 1024 * 1024
"""Packs larger than this are refused before being read; 16 MB holds 10,000 bilingual questions and more."""

MAX_ITEMS = 600_000
"""Roughly how many YAML values a pack may hold (10,000 bilingual questions make about 400,000). A file within
MAX_BYTES packed with tiny values could otherwise make the parser build millions of nodes and gigabytes."""

_SAVE_AS_UTF8 = "save it as UTF-8 in your editor (in Notepad: Save as, Encoding: UTF-8)"

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
            raise PackError([Problem(name, "this is not a regular file", hint="give the path of a .yaml file")])
        size = status.st_size
        if size > MAX_BYTES:
            raise PackError([_too_large(name, f"the file is {size / 1_048_576:.1f} MB; packs are limited to")])
        with path.open("rb") as stream:
            # Read one byte past the size rather than trusting it: a file can grow while we read it. (Asking for
            # MAX_BYTES at once would have Python set aside that much memory for every pack, however small.)
            data = stream.read(size + 1)
            if len(data) > size:
                data += stream.read(MAX_BYTES + 1 - len(data))
    except OSError as error:
        raise PackError([Problem(name, f"cannot read the file: {error.strerror or error}")]) from None
    if len(data) > MAX_BYTES:
        raise PackError([_too_large(name, "the file grew while it was read; packs are limited to")])
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
        raise PackError([Problem(name, f"not valid YAML: {error}")]) from None
    except RecursionError:
        raise PackError([Problem(name, "the YAML is nested too deeply")]) from None


def _check_item_count(text: str, name: str) -> None:
    """Refuse a file with far more values than a pack holds, counting the marks that separate them."""
    # Every value but the first follows a ':' (mapping), a '-' (block list) or a ',' (flow list); prose adds some
    # of each too, so this overestimates, and costs a few milliseconds even at the size limit.
    items = 2 * text.count(":") + text.count("-") + text.count(",") + 1
    if items > MAX_ITEMS:
        raise PackError(
            [
                Problem(
                    name,
                    f"the file holds far more values than a pack ever needs (about {items:,}; "
                    f"the limit is {MAX_ITEMS:,})",
                    hint="split it into several packs",
                )
            ]
        )


def _decode(data: bytes, name: str) -> str:
    wide = wide_encoding(data)
    if b"\x00" in data and wide is None:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        if looks_like_utf16(data):
            problem = Problem(name, "this is UTF-16 text without a byte-order mark, not UTF-8", hint=_SAVE_AS_UTF8)
            raise PackError([problem])
        raise PackError(
            [Problem(name, "this is a binary file, not YAML text", line=line, hint="save the pack as UTF-8 text")]
        )
    try:
        return decode(data)
    except UnicodeDecodeError as error:
        if wide is not None:
            what = wide.upper()
            message = f"the file starts with the mark of {what} text but is not valid {what}"
            raise PackError([Problem(name, message, hint=_SAVE_AS_UTF8)]) from None
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise PackError(
            [
                Problem(
                    name,
                    "the file is not UTF-8 text",
                    line=line,
                    column=column,
                    hint="save it as UTF-8 in your editor",
                )
            ]
        ) from None


def _reader_problem(error: yaml.reader.ReaderError, name: str, text: str) -> Problem:
    """A character YAML does not allow anywhere (a pasted control character), at its line and column.

    The error's position counts characters in one YAML implementation and bytes in the other, so the
    character is found again in the text: the reader stops at its first occurrence.
    """
    character = error.character if isinstance(error.character, int) else None
    index = text.find(chr(character)) if character is not None else -1
    what = f"the character U+{character:04X}" if character is not None else "a character"
    line = column = None
    if index >= 0:
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
    return Problem(
        name,
        f"not valid YAML: {what} is not allowed in a pack",
        line=line,
        column=column,
        hint="delete this invisible control character; copying from another program often brings them in",
    )


def _too_large(name: str, message: str) -> Problem:
    return Problem(name, f"{message} {MAX_BYTES // 1_048_576} MB", hint="split it into several packs")


_UNCLOSED = {
    "while parsing a flow sequence": "close the '[' that opens here with ']', or quote text holding ',' or ':'",
    "while parsing a flow mapping": "close the '{' that opens here with '}', or quote text holding ',' or ':'",
    "while scanning a quoted scalar": "close the quote that opens here",
}


def _yaml_problem(error: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = " ".join(part for part in (error.context, error.problem) if part) or "not valid YAML"
    hint = "check the indentation and quoting around this line"
    if "tab" in message or (mark is not None and _char_at(text, mark.line, mark.column) == "\t"):
        hint = "indent with spaces, not tabs"
    elif "found character" in message and "that cannot start any token" in message:
        hint = "quote text that starts with a special character such as ` @ % or *"
    elif "mapping values are not allowed" in message:
        hint = "text containing ': ' must be quoted"
    elif "nesting depth" in message:
        hint = "the data is nested far deeper than a pack ever needs"
    elif "expected a single document" in message:
        hint = "a pack is one YAML document: remove the extra '---'"
    elif error.context_mark is not None and error.context in _UNCLOSED and _ran_out(error.problem or ""):
        # The parser gives up wherever the text runs out; the mistake is the bracket or quote it started at.
        mark = error.context_mark
        hint = _UNCLOSED[error.context]
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(name, f"not valid YAML: {message}", line=line, column=column, hint=hint)


def _ran_out(problem: str) -> bool:
    """Whether the parser reached the end of the text, or of the collection, still looking for the closing mark."""
    return any(words in problem for words in ("did not find expected", "end of stream", "document indicator"))


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and column of `text`, or "" past its end."""
    lines = text.split("\n")
    return lines[line][column : column + 1] if line < len(lines) else ""

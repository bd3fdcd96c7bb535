"""Making text from packs and files safe to show in a terminal, print, or write to a file.

Pack text is data. Besides rendering it with markup off, we remove every character that could move the
cursor, recolour the screen or reorder what is shown: C0 and C1 controls (ESC starts ANSI sequences,
CR overwrites a line), the invisible bidirectional and zero-width format characters that can make text
read differently from what it is, and lone surrogates, which no file can hold. The Unicode line and
paragraph separators become the plain line breaks every terminal, spreadsheet and quiz tool understands.

`clean` is the one place this is decided: the loader, every front-end and every exporter go through it
(`clean_all` for a whole pack).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, TypeVar, cast

T = TypeVar("T")

# Newline and tab are the only controls a pack may use: YAML block scalars produce them.
_KEEP = {"\n", "\t"}
# Cc: C0/C1 controls. Cf: format characters (bidi overrides, zero-width joiners, BOM, soft hyphen). Cs: halves of
# a UTF-16 pair with no other half.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs"}
# Letters by their category, blank by design: the Hangul fillers and the combining grapheme joiner pass for
# spaces or nothing and are used to hide text.
_INVISIBLE = {"\u034f", "\u115f", "\u1160", "\u3164", "\uffa0"}
# Zl and Zp: each is a line break to whoever reads it.
_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n"})


def _is_unsafe(char: str) -> bool:
    if char in _KEEP:
        return False
    return unicodedata.category(char) in _UNSAFE_CATEGORIES or char in _INVISIBLE


# Whole escape sequences go, not just their ESC, so no "[31m" debris is left in the text:
# CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \\), and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)


def clean(text: str) -> str:
    """`text` without terminal escape sequences, control or invisible format characters; tabs become spaces, and
    line and paragraph separators (U+2028, U+2029) line breaks."""
    # Almost all pack text is printable apart from its line breaks: skip the per-character walk then.
    if text.replace("\n", "").isprintable():
        return text
    text = _ESCAPE_SEQUENCE.sub("", text).translate(_BREAKS)
    return "".join(char for char in text if not _is_unsafe(char)).replace("\t", "    ")


def clean_all(value: T) -> T:
    """`value` with every string in it cleaned: a pack, a question, a text, or a tuple or mapping of them."""
    # _cleaned rebuilds `value` with its own type, which mypy cannot follow through the isinstance tests.
    return cast(T, _cleaned(value))


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, tuple):
        return tuple(_cleaned(item) for item in value)
    if isinstance(value, Mapping):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [field.name for field in dataclasses.fields(value) if field.init]
        changes = {name: _cleaned(getattr(value, name)) for name in fields}
        return dataclasses.replace(value, **changes)
    return value


def one_line(text: str) -> str:
    """`text` cleaned and folded onto one line, for lists and messages."""
    return " ".join(clean(text).split())


def cell_width(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)

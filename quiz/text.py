"""Making text from packs and files safe to show in a terminal.

Pack text is data. Besides rendering it with markup off, we remove every character that could move the
cursor, recolour the screen or reorder what is shown: C0 and C1 controls (ESC starts ANSI sequences,
CR overwrites a line), and the invisible bidirectional and zero-width format characters that can make text
read differently from what it is.
"""

from __future__ import annotations

import re
import unicodedata

# Newline and tab are the only controls a pack may use: YAML block scalars produce them.
_KEEP = {"\n", "\t"}


def _is_unsafe(char: str) -> bool:
    if char in _KEEP:
        return False
    category = unicodedata.category(char)
    # Cc: C0/C1 controls. Cf: format characters (bidi overrides, zero-width joiners, BOM).
    return category in ("Cc", "Cf")


# Whole escape sequences go, not just their ESC, so no "[31m" debris is left in the text:
# CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \\), and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)


def clean(text: str) -> str:
    """`text` without terminal escape sequences, control or invisible format characters; tabs become spaces."""
    # Almost all pack text is printable apart from its line breaks: skip the per-character walk then.
    if text.replace("\n", "").isprintable():
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    return "".join(char for char in text if not _is_unsafe(char)).replace("\t", "    ")


def one_line(text: str) -> str:
    """`text` cleaned and folded onto one line, for lists and messages."""
    return " ".join(clean(text).split())


def cell_width(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)

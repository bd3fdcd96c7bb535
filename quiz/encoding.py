"""Which encoding a file's bytes are in, and the signs that text went through the wrong one.

Files are UTF-8, with or without a byte-order mark. A UTF-16 or UTF-32 file (Notepad's "Unicode", Excel's
"Unicode Text") is read too when it starts with its byte-order mark, which says unambiguously what it is; without
one, it is only recognised, for a clear message. Mojibake is UTF-8 that was read as Windows-1252 and saved again:
维生素 comes back as ç»´ç”Ÿç´ , and the byte-order mark as ï»¿.
"""

from __future__ import annotations

import codecs

# The UTF-32 little-endian mark starts with the UTF-16 one, so it is looked for first.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MANGLED_MARK = codecs.BOM_UTF8.decode("cp1252")
"""The UTF-8 byte-order mark as it reads after a trip through Windows-1252: ï»¿."""

# Windows-1252 gives 27 of the bytes 0x80-0x9F a character of their own (€, ”, Ÿ...); decoders that know it leave
# the other five as the C1 controls Latin-1 has there. Mapping those 27 back to the control with their byte's value
# turns the whole text into Latin-1, which gives back the bytes the text was decoded from.
_CP1252_TO_BYTES = {
    ord(char): byte for byte in range(0x80, 0xA0) for char in [bytes([byte]).decode("cp1252", errors="ignore")] if char
}


def wide_encoding(data: bytes) -> str | None:
    """ "utf-16" or "utf-32" when `data` starts with that encoding's byte-order mark, else None."""
    for mark, name in _MARKS:
        if data.startswith(mark):
            return name
    return None


def decode(data: bytes) -> str:
    """`data` as text: by its byte-order mark when it has a UTF-16 or UTF-32 one, else as UTF-8 (mark or not).

    Raises UnicodeDecodeError when the bytes are not valid in that encoding.
    """
    wide = wide_encoding(data)
    # Python's utf-16 and utf-32 codecs read the mark, pick the byte order from it and drop it.
    return data.decode(wide) if wide else data.decode("utf-8-sig")


def looks_like_utf16(data: bytes) -> bool:
    """Whether `data`, with no byte-order mark, looks like UTF-16 text: zero bytes, nearly all on one side of the pairs."""
    sample = data[:4096]
    pairs = len(sample) // 2
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    # Every ASCII character in UTF-16 (the keys and punctuation of a pack or sheet) has a zero byte on the same side
    # of its pair; a binary file has its zeros on both sides.
    most, fewest = max(even, odd), min(even, odd)
    return pairs >= 2 and most >= pairs / 4 and fewest * 20 <= most


def unmangled(text: str) -> str | None:
    """What `text` said before it was mojibaked (UTF-8 read as Windows-1252), or None when it reads as it is.

    A spreadsheet may trim the last byte of a cell, so the reading may end in a broken character (shown as U+FFFD);
    it still counts when most of what it gives is whole characters.
    """
    if text.isascii():
        return None
    try:
        raw = text.translate(_CP1252_TO_BYTES).encode("latin-1")
    except UnicodeEncodeError:
        return None  # characters no single byte gives (Chinese, say): the text was read rightly
    original = raw.decode("utf-8", errors="replace")
    broken = original.count("\ufffd")
    whole = sum(1 for char in original if char > "\x7f") - broken
    # Latin text read rightly (café, Grüße) gives nothing but broken characters here.
    return original if whole > 0 and broken * 2 <= whole else None

"""What a spreadsheet does to a sheet's cells, and the guards against it: formulas and text read in the wrong encoding.

Formulas: a cell starting with = + - @ (or a tab or carriage return) is a formula to Excel, LibreOffice and Google
Sheets, and a formula can fetch a web address with the rest of the sheet in it or start a program. As OWASP advises
for CSV files, such cells are written with a single quote in front, which makes them plain text in a spreadsheet;
the import takes that quote off again, so a round trip gives back the text as it was.

Encodings: a sheet opened as Windows-1252 rather than UTF-8 and saved again has every non-ASCII character turned
into two or three others (mojibake), and its byte-order mark into ï»¿ in front of the first column's name. Such a
file is refused with a hint, never imported with its text garbled and its ids lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from quiz.encoding import MANGLED_MARK, unmangled
from quiz.exchange.common import ExchangeError
from quiz.message import Msg, msg
from quiz.text import one_line

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""
GUARD = "'"

REOPEN_AS_UTF8 = msg("exchange.reopen_as_utf8")
_SHOWN = 40


def guarded(cell: str) -> str:
    """`cell` as a spreadsheet shows it as text: with a quote in front when it would start a formula.

    A cell that already starts with quotes before such a character gets one more, so that the import's taking off
    one quote gives back exactly this cell.
    """
    return GUARD + cell if cell.lstrip(GUARD).startswith(FORMULA_STARTS) else cell


def unguarded(cell: str) -> str:
    """`cell` as it was before `guarded`: the quote in front of a formula character taken off."""
    return cell[1:] if cell.startswith(GUARD) and cell.lstrip(GUARD).startswith(FORMULA_STARTS) else cell


def check_header(first_line: str) -> None:
    """Refuse a sheet whose byte-order mark was read in the wrong encoding (the header starts with ï»¿)."""
    if first_line.startswith(MANGLED_MARK):
        raise ExchangeError("exchange.mangled_mark", mark=MANGLED_MARK, fix=REOPEN_AS_UTF8)


def check_encoding(number: int, cells: Iterable[tuple[str, str]]) -> None:
    """Refuse row `number` when one of its (column, text) cells reads as UTF-8 that was decoded as Windows-1252."""
    for column, text in cells:
        original = unmangled(text)
        if original is not None:
            seen, meant = _short(text), _short(original.replace("\ufffd", ""))
            raise ExchangeError(
                "exchange.garbled", row=number, column=column, seen=seen, meant=meant, fix=REOPEN_AS_UTF8
            )


def unknown_columns(header: list[str], known: set[str]) -> Msg | None:
    """A warning naming the header's columns this format does not know (they are not imported), or None."""
    unknown = [name for name in header if name and name not in known]
    if not unknown:
        return None
    names = ", ".join(repr(_short(name)) for name in unknown)
    return msg("exchange.unknown_columns", names=names, n=len(unknown))


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"

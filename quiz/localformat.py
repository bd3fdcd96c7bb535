"""Numbers, shares, moments and language names written the way the reader's language writes them (CLDR data,
through Babel): 0.45 and 73% in English, 0,45 and 73 % in French, 2026/11/22 09:30 in Chinese.

Babel is imported only when something is formatted: it takes about a twentieth of a second to load, which a
command that prints no figure should not pay.
"""

from __future__ import annotations

import copy
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

_FALLBACK_LOCALE = "en"


def number(value: float, lang: str, places: int = 0) -> str:
    """`value` with `places` decimals, in `lang`'s digits and separators (1,234.50; 1 234,50)."""
    locale = _locale(lang)
    return _fixed(locale.decimal_formats[None], locale, value, places)


def percent(value: float, lang: str, places: int = 0) -> str:
    """`value` percent (73.4 for 73.4%) as `lang` writes a percentage (73%; 73 %), with `places` decimals."""
    locale = _locale(lang)
    return _fixed(locale.percent_formats[None], locale, value, places, scaled=True)


def moment(when: datetime, lang: str) -> str:
    """A date and time to the minute, as `lang` writes them for short (11/22/26, 9:30 AM; 2026/11/22 09:30), in
    the time zone `when` carries."""
    from babel.dates import format_datetime

    return format_datetime(when, "short", tzinfo=when.tzinfo, locale=_locale(lang))


def language_name(code: str, lang: str) -> str:
    """The name of the language `code` in the language `lang` ("French", "法语"); the code itself when the data
    knows no such language."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(_locale(lang))
    except (UnknownLocaleError, ValueError):
        return code
    return name or code


def _locale(lang: str) -> Locale:
    """Babel's data for `lang`; English's for a language it does not know, so a figure is always written."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_FALLBACK_LOCALE)


def _fixed(pattern: NumberPattern, locale: Locale, value: float, places: int, scaled: bool = False) -> str:
    """`value` through the locale's number `pattern` with exactly `places` decimals.

    Rounded by Python first (as f"{value:.2f}" rounds), so a figure reads the same in every language; a percent
    pattern would multiply by 100 again, which `scaled` undoes.
    """
    fixed = copy.copy(pattern)
    fixed.frac_prec = (places, places)
    rounded = Decimal(f"{value:.{places}f}")
    # Babel's NumberPattern.apply is untyped; it returns the formatted text.
    return str(fixed.apply(rounded / 100 if scaled else rounded, locale))

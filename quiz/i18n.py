"""The words of the user interface, in every language the game has a catalog for.

The words themselves live in gettext catalogs (quiz/locale, see quiz.translations and docs/translating.md); the
code names each message by its id and fills in its values: tr("question.progress", lang, n=3, total=12).
"""

from __future__ import annotations

import os
from typing import Mapping

from quiz.translations import SOURCE_LANGUAGE, load

DEFAULT_LANGUAGE = SOURCE_LANGUAGE
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where the locale is named, the first one set deciding, as for the C library."""


def tr(key: str, lang: str, **values: object) -> str:
    """The UI text `key` in `lang`, with `values` filled in; English where `lang` has no translation of it.

    A message that counts something (one with a plural in the catalogs) takes its form from the value `n`.
    """
    text = load().text(key, lang, values.get("n"))
    return text.format(**values) if values else text


def tr_n(key: str, lang: str, n: int, **values: object) -> str:
    """The message `key` about `n` things, in the form `lang` uses for that count ("1 question", "2 questions")."""
    return tr(key, lang, n=n, **values)


def message_ids() -> frozenset[str]:
    """Every message id the catalogs know."""
    return frozenset(load().sources)


def languages(environ: Mapping[str, str] = os.environ) -> tuple[str, ...]:
    """The languages the interface can speak: one per catalog found, English first."""
    return load(environ).languages


def native_name(code: str) -> str:
    """The name of the language `code` in that language ("中文"), as its catalog says it; from the CLDR data when
    the catalog leaves it untranslated (reading that data is slow, so the catalogs say it first)."""
    name = tr("language.name", code)
    if code != DEFAULT_LANGUAGE and name == tr("language.name", DEFAULT_LANGUAGE):
        from quiz.localformat import language_name

        return language_name(code, code)
    return name


def detect_language(requested: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The UI language: the one asked for, else the first the environment names that has a catalog, else English.

    As gettext reads the environment: LANGUAGE's list (fr:de) first, then the locale, from the first of LC_ALL,
    LC_MESSAGES and LANG that is set (zh_CN.UTF-8 is zh_CN, else zh).
    """
    found = languages(environ)
    if requested in found:
        return requested
    wanted = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    wanted += [environ[variable] for variable in _LOCALE_VARIABLES if environ.get(variable)][:1]
    for name in wanted:
        match = _catalog_for(name, found)
        if match is not None:
            return match
    return DEFAULT_LANGUAGE


def _catalog_for(name: str, found: tuple[str, ...]) -> str | None:
    """The language of `found` a locale name means: its language and region (pt_BR), else its language (pt)."""
    code = name.split(".")[0].split("@")[0].replace("-", "_")
    language = code.split("_")[0].lower()
    for candidate in (code, language):
        if candidate in found:
            return candidate
    return None

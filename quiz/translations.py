"""The translation catalogs: where the compiled gettext catalogs are, and reading them.

A language is one catalog, `<lang>/LC_MESSAGES/quiz.po`, compiled beside it to `quiz.mo`, under a locale folder:
the one inside the package, and any folders MYTH_OR_FACT_LOCALES names, which are searched first (so a translator
can try a catalog without touching the game). Every entry's msgctxt is the message id the code names and its msgid
the English text: the English catalog says which ids exist and what each says in English, and a language that
lacks an entry, or whose entry was made for an English text that has changed since, says it in English.
"""

from __future__ import annotations

import gettext
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

DOMAIN = "quiz"
SOURCE_LANGUAGE = "en"
LOCALES_ENV = "MYTH_OR_FACT_LOCALES"
"""Folders (separated like PATH) holding more catalogs, each laid out like the bundled one; searched first."""
_CONTEXT_SEPARATOR = "\x04"
"""What joins msgctxt and msgid in a compiled catalog (the GNU .mo format)."""


def bundled_locale_dir() -> Path:
    """The folder of the catalogs that come with the game."""
    return Path(__file__).resolve().parent / "locale"


def locale_dirs(environ: Mapping[str, str] = os.environ) -> tuple[Path, ...]:
    """Every folder searched for catalogs, in order: those MYTH_OR_FACT_LOCALES names, then the bundled one."""
    extra = [Path(folder).expanduser() for folder in environ.get(LOCALES_ENV, "").split(os.pathsep) if folder]
    return (*extra, bundled_locale_dir())


@dataclass(frozen=True)
class Source:
    """A message as the English catalog gives it: its text, and its plural when it counts something."""

    singular: str
    plural: str | None = None


@dataclass(frozen=True)
class Catalogs:
    """Every message id with its English, and the translations found for each language."""

    sources: Mapping[str, Source]
    translations: Mapping[str, gettext.NullTranslations]

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages a catalog was found for: English first, then the others by code."""
        return (SOURCE_LANGUAGE, *sorted(set(self.translations) - {SOURCE_LANGUAGE}))

    def text(self, key: str, lang: str, n: object = None) -> str:
        """The message `key` in `lang` before its values are filled in; English when `lang` does not have it.

        A message with a plural takes the form `lang`'s catalog chooses for the count `n`.
        """
        source = self.sources[key]
        translation = self.translations.get(lang) or gettext.NullTranslations()
        if source.plural is None:
            return translation.pgettext(key, source.singular)
        if not isinstance(n, int):
            raise TypeError(f"the message {key} counts something: give it the count n")
        text = translation.npgettext(key, source.singular, source.plural, n)
        if text in (source.singular, source.plural):
            # English, so English's rule picks the form: `pybabel compile` writes an untranslated plural entry
            # with the English forms in the language's own slots (French's "0" slot gets "{n} question").
            return source.singular if n == 1 else source.plural
        return text


def catalog_file(folder: Path, lang: str) -> Path:
    """Where a compiled catalog for `lang` sits in a locale folder."""
    return folder / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def load(environ: Mapping[str, str] = os.environ) -> Catalogs:
    """The catalogs in the folders `locale_dirs` finds (the first folder to have a language wins, the next ones
    fill its gaps).

    Read once per value of MYTH_OR_FACT_LOCALES: the files do not change while the game runs, and every message
    shown looks its text up here.
    """
    return _load(environ.get(LOCALES_ENV, ""))


@lru_cache(maxsize=8)
def _load(extra: str) -> Catalogs:
    found: dict[str, list[gettext.GNUTranslations]] = {}
    for folder in locale_dirs({LOCALES_ENV: extra}):
        for lang in _languages_in(folder):
            with catalog_file(folder, lang).open("rb") as file:
                found.setdefault(lang, []).append(gettext.GNUTranslations(file))
    translations: dict[str, gettext.NullTranslations] = {}
    for lang, chain in found.items():
        for better, fallback in zip(chain, chain[1:]):
            better.add_fallback(fallback)
        translations[lang] = chain[0]
    with catalog_file(bundled_locale_dir(), SOURCE_LANGUAGE).open("rb") as file:
        sources = _sources(gettext.GNUTranslations(file))
    return Catalogs(MappingProxyType(sources), MappingProxyType(translations))


def _languages_in(folder: Path) -> list[str]:
    """The languages a locale folder has a compiled catalog for."""
    if not folder.is_dir():
        return []
    return sorted(child.name for child in folder.iterdir() if catalog_file(folder, child.name).is_file())


def _sources(english: gettext.GNUTranslations) -> dict[str, Source]:
    """Each message id with its English, read from the English catalog.

    GNUTranslations keeps no public list of its entries; `_catalog` is the mapping that Babel's
    support.Translations and Django read for the same purpose. Its keys are "context\\x04msgid" for a message and
    ("context\\x04msgid", form) for each form of a plural one, whose English form 1 is the plural.
    """
    singular: dict[str, str] = {}
    plural: dict[str, str] = {}
    for entry, text in english._catalog.items():  # type: ignore[attr-defined]
        joined, form = entry if isinstance(entry, tuple) else (entry, None)
        if _CONTEXT_SEPARATOR not in joined:
            continue  # the header, and any entry without a message id
        key, msgid = joined.split(_CONTEXT_SEPARATOR, 1)
        singular[key] = msgid
        if form == 1:
            plural[key] = text
    return {key: Source(text, plural.get(key)) for key, text in singular.items()}

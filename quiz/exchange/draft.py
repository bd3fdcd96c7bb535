"""An imported pack before the teacher edits it: the file's questions, with marked placeholders where it had nothing.

The pack must validate as it is, so every field a foreign format cannot fill gets text containing "Edit this",
the word to search for in the YAML file.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.exchange.common import Imported, placeholder, placeholder_disclaimer
from quiz.i18n import tr
from quiz.model import Pack, Source, Text
from quiz.packs import EDIT_MARK
from quiz.text import one_line

DEFAULT_VERSION = "1.0"


@dataclass(frozen=True)
class Origin:
    """Where imported questions came from, as the new pack records it."""

    name: str
    """The file's name (or what stood for it, such as "standard input")."""
    base: str
    """The name without its format's ending, to make a title from."""
    date: str
    """The file's date (ISO), for the pack's source."""


def draft_pack(imported: Imported, pack_id: str, origin: Origin) -> Pack:
    """A pack around imported questions, with placeholders marked for the teacher where the file had nothing."""
    languages = imported.languages
    name = one_line(origin.name)
    named = one_line(origin.base.replace("_", " ").replace("-", " ").replace(".", " "))
    title = (
        Text({lang: named[0].upper() + named[1:] for lang in languages})
        if named
        else placeholder("untitled", languages)
    )
    # The authors and the license are one text for every language: the pack's first language says them.
    first = languages[0]
    return Pack(
        id=pack_id,
        title=title,
        description=placeholder("description", languages, source=name),
        languages=languages,
        version=DEFAULT_VERSION,
        authors=(tr("placeholder.authors", first),),
        license=tr("placeholder.license", first),
        source=Source(title=name, date=origin.date),
        disclaimer=imported.disclaimer or placeholder_disclaimer(languages),
        references=imported.references,
        questions=tuple(imported.questions),
    )


def draft_file(pack: Pack, origin: Origin, file_name: str, lang: str) -> str:
    """The YAML file of a drafted pack, headed by a comment in `lang` saying where it came from and what to do
    next."""
    from quiz.exchange.yamlwriter import dump_pack

    header = tr("placeholder.header", lang, source=one_line(origin.name), mark=EDIT_MARK, file=one_line(file_name))
    return dump_pack(pack, header)

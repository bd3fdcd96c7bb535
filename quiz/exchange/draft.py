"""An imported pack before the teacher edits it: the file's questions, with marked placeholders where it had nothing.

The pack must validate as it is, so every field a foreign format cannot fill gets text containing "Edit this",
the word to search for in the YAML file.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.exchange.common import Imported, placeholder_disclaimer
from quiz.model import Pack, Source, Text
from quiz.packs import EDIT_MARK
from quiz.text import one_line

DEFAULT_VERSION = "1.0"
UNTITLED = "Imported questions"


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
    title = one_line(origin.base.replace("_", " ").replace("-", " ").replace(".", " ")) or UNTITLED
    title = title[0].upper() + title[1:]
    description = f"Imported from {name}. {EDIT_MARK} description: say what the pack covers and who it is for."

    def same(text: str) -> Text:
        return Text({lang: text for lang in languages})

    return Pack(
        id=pack_id,
        title=same(title),
        description=same(description),
        languages=languages,
        version=DEFAULT_VERSION,
        authors=(f"{EDIT_MARK}: the authors' names",),
        license=f"{EDIT_MARK}: the license, for example CC-BY-4.0",
        source=Source(title=name, date=origin.date),
        disclaimer=imported.disclaimer or placeholder_disclaimer(languages),
        references=imported.references,
        questions=tuple(imported.questions),
    )


def draft_file(pack: Pack, origin: Origin, file_name: str) -> str:
    """The YAML file of a drafted pack, headed by a comment saying where it came from and what to do next."""
    from quiz.exchange.yamlwriter import dump_pack

    header = (
        f"Imported by 'quiz import' from {one_line(origin.name)}.\n"
        f"Replace every text marked '{EDIT_MARK}', then check the pack with: quiz validate {one_line(file_name)}\n"
        "The format is described in docs/packs.md."
    )
    return dump_pack(pack, header)

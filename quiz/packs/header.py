"""What the catalog knows of a valid pack before its questions are needed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from quiz.model import Pack, Source, Text


@dataclass(frozen=True)
class PackHeader:
    """What the catalog shows of a valid pack before its questions are needed; `load()` gives the whole pack.

    `load` raises PackError when the file has changed since into something that is not a valid pack.
    """

    id: str
    title: Text
    description: Text
    languages: tuple[str, ...]
    source: Source
    tags: Mapping[str, Text]
    """The names of the pack's tags, for the history's summary of every pack."""
    question_count: int
    load: Callable[[], Pack] = field(compare=False, repr=False)
    path: Path | None = field(default=None, compare=False)

    @classmethod
    def of(cls, pack: Pack, load: Callable[[], Pack] | None = None) -> PackHeader:
        """The header of `pack`; `load` gets the pack again (by default, it is `pack` itself, kept)."""
        return cls(
            id=pack.id, title=pack.title, description=pack.description, languages=pack.languages,
            source=pack.source, tags=pack.tags, question_count=len(pack.questions),
            load=load or (lambda: pack), path=pack.path,
        )  # fmt: skip

    def tag_name(self, tag: str, lang: str) -> str:
        """What players call the tag `tag` in `lang`, as Pack.tag_name says."""
        name = self.tags.get(tag)
        return tag if name is None else name.get(lang)

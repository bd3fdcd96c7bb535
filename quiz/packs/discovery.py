"""Finding pack files, and the catalog of the valid packs among them: their headers first, each whole when asked."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quiz.model import Pack
from quiz.packs.cache import PackCache
from quiz.packs.header import PackHeader
from quiz.packs.loader import load_pack
from quiz.packs.problems import PackError, Problem, display_name

PACK_SUFFIXES = (".yaml", ".yml")


class Catalog:
    """The packs found valid, by their headers, and the problems of the files that were not.

    A pack is loaded whole the first time `find` asks for it, and kept. Packs given whole stay as they are.
    """

    def __init__(self, packs: Iterable[PackHeader | Pack], problems: Iterable[Problem]) -> None:
        self.packs: tuple[PackHeader, ...] = tuple(
            entry if isinstance(entry, PackHeader) else PackHeader.of(entry) for entry in packs
        )
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._headers: dict[str, PackHeader] = {}
        for header in reversed(self.packs):  # the first of two with one id is the one found
            self._headers[header.id] = header
        self._loaded: dict[str, Pack | None] = {}
        """Each pack `find` was asked for: whole, or None if its file no longer holds a valid pack."""

    def header(self, pack_id: str) -> PackHeader | None:
        """The header of the pack with this id, if one was found valid."""
        return self._headers.get(pack_id)

    def find(self, pack_id: str) -> Pack | None:
        """The whole pack with this id; None if none was found valid, or its file has changed since into one that
        is not a valid pack (its problems are then for `quiz validate` to show)."""
        if pack_id not in self._loaded:
            header = self.header(pack_id)
            if header is None:
                return None
            try:
                self._loaded[pack_id] = header.load()
            except PackError:
                self._loaded[pack_id] = None
        return self._loaded[pack_id]


def pack_files(path: Path) -> list[Path]:
    """The pack files at `path`: the file itself, or every YAML file below a folder, in name order."""
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in PACK_SUFFIXES
            and p.is_file()
            # Hidden files and folders are version control and editor leftovers, not packs.
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
    return [path]


def load_catalog(paths: Iterable[Path], cache: PackCache | None = None) -> Catalog:
    """Every valid pack found at `paths` (files or folders); a bad pack is left out with its problems.

    With a `cache`, the headers of packs checked before come from it and each pack is loaded only when asked for;
    without, every pack is loaded whole now and kept. When two files declare the same pack id the first one found
    is kept and the other is reported. A file reached twice (a folder and a file in it, or nested folders) is
    read once.
    """
    headers: dict[str, PackHeader] = {}
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in paths:
        for file in pack_files(path):
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            try:
                header = _header(file, cache)
            except PackError as error:
                problems.extend(error.problems)
                continue
            twin = headers.get(header.id)
            if twin is not None and twin.path is not None:
                problems.append(
                    Problem(
                        display_name(file),
                        f"another pack has the id {header.id!r}: {display_name(twin.path)}",
                        hint="give one of them a different id; this one is not offered",
                    )
                )
                continue
            headers[header.id] = header
    return Catalog(headers.values(), problems)


def _header(file: Path, cache: PackCache | None) -> PackHeader:
    name = display_name(file)
    return PackHeader.of(load_pack(file, name)) if cache is None else cache.header(file, name)

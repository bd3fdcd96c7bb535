"""Finding pack files, and the catalog of the valid packs among them: their headers first, each whole when asked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from quiz.message import msg
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
        is not a valid pack, or not this pack any more (its problems are then for `quiz validate` to show)."""
        if pack_id not in self._loaded:
            header = self.header(pack_id)
            if header is None:
                return None
            try:
                pack: Pack | None = header.load()
            except PackError:
                pack = None
            self._loaded[pack_id] = pack if pack is not None and pack.id == pack_id else None
        return self._loaded[pack_id]


def pack_files(path: Path) -> list[Path]:
    """The pack files at `path`: the file itself, or every YAML file below a folder, in name order.

    Hidden files and folders are version control and editor leftovers, not packs; links to folders are not
    followed (a link to a folder above would make the search endless). A folder that cannot be read holds no
    pack the game could read either.
    """
    return [file for file, _ in _found(path)]


def _found(path: Path) -> list[tuple[Path, Path]]:
    """The pack files at `path`, in name order, each with its resolved path."""
    if not path.is_dir():
        return [(path, path.resolve())]
    # Worked out along the way rather than file by file: resolving costs a system call per folder of the path.
    return sorted(_files_below(path, path.resolve()))


def _files_below(folder: Path, real: Path) -> Iterator[tuple[Path, Path]]:
    """Each pack file below `folder`, whose resolved path is `real`, with its own resolved path."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # DirEntry knows most entries' kind from the listing itself: no system call per file, for thousands.
        if entry.is_dir(follow_symlinks=False):
            yield from _files_below(folder / entry.name, real / entry.name)
        elif entry.name.lower().endswith(PACK_SUFFIXES) and entry.is_file():
            file = folder / entry.name
            yield file, file.resolve() if entry.is_symlink() else real / entry.name


def load_catalog(paths: Iterable[Path], cache: PackCache | None = None) -> Catalog:
    """Every valid pack found at `paths` (files or folders); a bad pack is left out with its problems.

    With a `cache`, the headers of packs checked before come from it and each pack is loaded only when asked for;
    without, every pack is loaded whole now and kept. When two files declare the same pack id the first one found
    is kept and the other is reported, unless the two files hold the same bytes (a copy is the same pack). A file
    reached twice (a folder and a file in it, or nested folders) is read once.
    """
    headers: dict[str, PackHeader] = {}
    problems: list[Problem] = []
    seen: set[Path] = set()
    here = Path.cwd().resolve()
    for path in paths:
        for file, resolved in _found(path):
            if resolved in seen:
                continue
            seen.add(resolved)
            # As display_name(file) would say, without resolving the path and the working folder again.
            name = str(resolved.relative_to(here)) if resolved.is_relative_to(here) else str(file)
            try:
                header = PackHeader.of(load_pack(file, name)) if cache is None else cache.header(file, name)
            except PackError as error:
                problems.extend(error.problems)
                continue
            twin = headers.get(header.id)
            if twin is not None and twin.path is not None:
                if _same_bytes(twin.path, file):
                    continue  # a copy of a pack already found (the bundled pack's source in a clone): the same pack
                problems.append(
                    Problem(
                        display_name(file),
                        msg("load.same_id", id=header.id, other=display_name(twin.path)),
                        fix=msg("load.fix.same_id"),
                    )  # fmt: skip
                )
                continue
            headers[header.id] = header
    return Catalog(headers.values(), problems)


def _same_bytes(first: Path, second: Path) -> bool:
    """Whether two pack files hold the same bytes; only asked when two packs share an id, which is rare."""
    try:
        return first.stat().st_size == second.stat().st_size and first.read_bytes() == second.read_bytes()
    except OSError:
        return False

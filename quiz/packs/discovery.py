"""Finding pack files and loading every good pack among them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from quiz.message import msg
from quiz.model import Pack
from quiz.packs.loader import load_pack
from quiz.packs.problems import PackError, Problem, display_name

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Catalog:
    """The packs that loaded, and the problems of those that did not."""

    packs: tuple[Pack, ...]
    problems: tuple[Problem, ...]

    def find(self, pack_id: str) -> Pack | None:
        """The pack with this id, if one loaded."""
        return next((pack for pack in self.packs if pack.id == pack_id), None)


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


def load_catalog(paths: Iterable[Path]) -> Catalog:
    """Load every pack found at `paths` (files or folders); a bad pack is left out with its problems.

    When two files declare the same pack id the first one found is kept and the other is reported.
    A file reached twice (a folder and a file in it, or nested folders) is loaded once.
    """
    packs: list[Pack] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in paths:
        for file in pack_files(path):
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            try:
                pack = load_pack(file)
            except PackError as error:
                problems.extend(error.problems)
                continue
            twin = next((p for p in packs if p.id == pack.id), None)
            if twin is not None and twin.path is not None:
                problems.append(
                    Problem(
                        display_name(file),
                        msg("load.same_id", id=pack.id, other=display_name(twin.path)),
                        fix=msg("load.fix.same_id"),
                    )  # fmt: skip
                )
                continue
            packs.append(pack)
    return Catalog(tuple(packs), tuple(problems))

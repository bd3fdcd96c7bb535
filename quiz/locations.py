"""Where files live: bundled packs, the player's data, and the folders searched for packs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

DATA_ENV = "MYTH_OR_FACT_DATA"
"""Set to a folder to keep the player's data there instead of the platform's user data folder."""
PACKS_ENV = "MYTH_OR_FACT_PACKS"
"""Folders (separated like PATH) searched for packs besides the bundled ones."""
CACHE_ENV = "MYTH_OR_FACT_CACHE"
"""Set to a folder to keep what the game can rebuild (the checked packs) there instead of the user cache folder."""


def bundled_packs_dir() -> Path:
    """The folder of the packs that come with the game."""
    package = Path(__file__).resolve().parent
    installed = package / "questions"
    # An installed wheel carries the packs inside the package; a source checkout keeps them beside it.
    return installed if installed.is_dir() else package.parent / "questions"


def data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The folder for the player's store and their own packs."""
    if environ.get(DATA_ENV):
        return Path(environ[DATA_ENV]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("myth-or-fact", appauthor=False)


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The folder for what the game can rebuild at any time: the packs it has checked.

    With the data folder set (MYTH_OR_FACT_DATA, or --data-dir) and no cache folder of its own, it goes inside the data
    folder, so a data folder given for a class or a test keeps its cache to itself.
    """
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV]).expanduser()
    if environ.get(DATA_ENV):
        return data_dir(environ) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("myth-or-fact", appauthor=False)


def pack_dirs(cwd: Path, environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Every folder searched for packs, bundled first, each once."""
    candidates = [bundled_packs_dir(), cwd / "questions", data_dir(environ) / "packs"]
    candidates += [Path(p).expanduser() for p in environ.get(PACKS_ENV, "").split(os.pathsep) if p]
    folders: list[Path] = []
    seen: set[Path] = set()
    for folder in candidates:
        resolved = folder.resolve()
        if folder.is_dir() and resolved not in seen:
            seen.add(resolved)
            folders.append(folder)
    return folders

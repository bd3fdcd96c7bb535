"""Checked packs kept in the user's cache folder, so that each pack file is read and checked once per change.

One entry per pack file, named by the file's path, holds two lines: the header (what `quiz list` and the start
screen show) and the whole pack, so the header is read without the questions. Each line is a checksum and a JSON
value. An entry is used only if the file has the size, modification time and content (its SHA-256) it was
checked with, by this very loader (a fingerprint of its code, Python and PyYAML): anything else, and any
entry that is damaged, is ignored, and the file is checked again and its entry rewritten. JSON holds data only,
so an entry cannot run code whoever wrote it (unlike pickle). Entries are written atomically; a cache folder that
cannot be written only makes every start check the packs again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

import yaml

from quiz import encoding, model, text
from quiz.atomic import write_atomic
from quiz.model import Pack
from quiz.packs import compose, format_v1, loader, nodes, packjson, problems, yamlsource
from quiz.packs.header import PackHeader
from quiz.packs.packjson import DAMAGED, header_from_json, header_json, pack_from_json, pack_json

CACHE_FORMAT = 1
"""The layout of an entry; part of the loader's fingerprint."""
_LOADER_MODULES = (compose, encoding, format_v1, loader, model, nodes, packjson, problems, text, yamlsource)
"""The code that decides what a file's Pack is: a change to any of it makes every entry stale."""


@dataclass(frozen=True)
class _Key:
    """What an entry was made from: the file as it was, and the loader that checked it."""

    size: int
    mtime_ns: int
    sha256: str
    loader: str

    def json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256, "loader": self.loader}


class PackCache:
    """The checked packs kept in `folder` (created when first written)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._loader = loader_fingerprint()

    def header(self, path: Path, name: str) -> PackHeader:
        """The header of the valid pack in the file at `path`, whose messages call it `name`.

        From the cache when it holds this very file; else the file is checked and its entry written.
        Raises PackError when the file is not a valid pack.
        """
        data, key = self._read(path, name)
        entry = self._entry(path)
        cached = _cached(entry, key, 0)
        load = partial(self.load, path, name)
        if cached is not None:
            try:
                return header_from_json(cached, path, load)
            except DAMAGED:
                pass
        return PackHeader.of(self._check(data, key, path, name), load)

    def load(self, path: Path, name: str) -> Pack:
        """The valid pack in the file at `path`, from the cache when it holds this very file; as `header`."""
        data, key = self._read(path, name)
        cached = _cached(self._entry(path), key, 1)
        if cached is not None:
            try:
                return pack_from_json(cached, path)
            except DAMAGED:
                pass
        return self._check(data, key, path, name)

    def _read(self, path: Path, name: str) -> tuple[bytes, _Key | None]:
        """The file's bytes, and what its entry must have been made from (None: the file is not to be cached)."""
        data, status = yamlsource.read_file(path, name)
        if self._loader is None:
            return data, None
        # The status was taken before the bytes were read: a file changed meanwhile has a newer time next look.
        return data, _Key(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest(), self._loader)

    def _check(self, data: bytes, key: _Key | None, path: Path, name: str) -> Pack:
        """Check the file's bytes, and keep the valid pack they hold."""
        pack = loader.load_data(data, path, name)
        if key is not None:
            lines = (json.dumps({**key.json(), "header": header_json(pack)}), json.dumps(pack_json(pack)))
            entry = "".join(f"{_checksum(line)} {line}\n" for line in lines)
            try:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                write_atomic(self._entry(path), entry.encode("utf-8"))
            except OSError:
                pass  # a cache that cannot be written is only slower
        return pack

    def _entry(self, path: Path) -> Path:
        # By the absolute path, not the resolved one: a link to a pack only costs a second entry, and resolving
        # costs a system call per folder of the path, for each of thousands of packs.
        where = os.path.abspath(path).encode("utf-8", "surrogateescape")
        return self.folder / f"{hashlib.sha256(where).hexdigest()[:32]}.json"


def _cached(entry: Path, key: _Key | None, line: int) -> Any:
    """The JSON value on `line` (0: the header, 1: the pack) of `entry`, if the entry was made from `key`."""
    if key is None:
        return None
    try:
        # Bytes, decoded line by line: a text stream would decode the pack's first kilobytes with the header.
        with entry.open("rb") as stream:
            header = _line(stream)
            if header is None or {name: header.get(name) for name in key.json()} != key.json():
                return None
            return header.get("header") if line == 0 else _line(stream)
    except (OSError, AttributeError):
        return None


def _line(stream: IO[bytes]) -> Any:
    """The JSON value of the next line, or None when the line is not what was written."""
    try:
        checksum, _, value = stream.readline().decode("utf-8").rstrip("\n").partition(" ")
        return json.loads(value) if checksum == _checksum(value) else None
    except ValueError:  # not UTF-8, not JSON
        return None


def _checksum(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]


def loader_fingerprint() -> str | None:
    """What makes a cached pack this loader's: a digest of its code, the cache's format, Python's and PyYAML's
    versions.

    None when the code cannot be read (a frozen build): nothing is cached then.
    """
    # Python's version too: it decides which characters `clean` removes (its Unicode database).
    versions = f"{CACHE_FORMAT} {sys.version} {yaml.__version__} {getattr(yaml, '__with_libyaml__', False)}"
    digest = hashlib.sha256(versions.encode())
    for module in _LOADER_MODULES:
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:
            return None
    return digest.hexdigest()

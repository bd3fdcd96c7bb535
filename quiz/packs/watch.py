"""Noticing that a pack file was saved, for `quiz play --pack PATH --watch`: a preview that follows the editor.

Nothing here runs by itself: the caller polls (a Textual app from a timer), so there are no threads and the
tests drive time by hand.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Final

from quiz.model import Pack
from quiz.packs.loader import load_pack
from quiz.packs.problems import PackError, Problem, display_name

DEFAULT_INTERVAL = 0.5
"""Seconds between looks at the file: quick enough to feel live, and a stat call twice a second costs nothing."""

_Signature = tuple[int, int, int, int] | None
"""What identifies one saved version of the file: (mtime in ns, size, inode, device); None when it cannot be read."""
_UNSEEN: Final = (-1, -1, -1, -1)
"""A signature no file has (no size is -1): nothing has been seen yet."""


@dataclass(frozen=True)
class Reloaded:
    """The file was saved and holds a valid pack; `warnings` are what `quiz validate` would warn about."""

    pack: Pack
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Broken:
    """The file was saved (or went away) and cannot be played: every problem found, as `quiz validate` says them."""

    problems: tuple[Problem, ...]


WatchEvent = Reloaded | Broken


class PackWatcher:
    """Reloads one pack file when it changes, telling the caller what it now holds.

    Call `load()` once for the pack to start with, then `poll()` as often as you like; it looks at the file at
    most every `interval` seconds. A change is only read once the file has looked the same for two looks in a
    row, so an editor still writing it, or replacing it by a rename, does not flash a half-saved pack's errors.
    """

    def __init__(
        self,
        path: Path | str,
        name: str | None = None,
        interval: float = DEFAULT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval <= 0:
            raise ValueError("the interval must be a positive number of seconds")
        self.path = Path(path)
        self.name = name or display_name(self.path)
        self.interval = interval
        self._clock = clock
        self._loaded: _Signature = _UNSEEN
        self._pending: _Signature = _UNSEEN
        self._last_look: float | None = None

    def load(self) -> WatchEvent:
        """Read the file now, changed or not; later polls report changes from this version."""
        # Taken before reading: if the file changes while it is read, the next polls see a new signature.
        self._loaded = self._signature()
        self._pending = _UNSEEN
        try:
            pack = load_pack(self.path, self.name)
        except PackError as error:
            return Broken(tuple(error.problems))
        # The checker is needed once a preview loads, not to draw the game's first screen: imported here.
        from quiz.packs.lint import lint

        return Reloaded(pack, tuple(lint(pack, self.name)))

    def poll(self) -> WatchEvent | None:
        """What the file holds now, if it changed and settled since it was last read; else None."""
        now = self._clock()
        if self._last_look is not None and now - self._last_look < self.interval:
            return None
        self._last_look = now
        current = self._signature()
        if current == self._loaded:
            self._pending = _UNSEEN
            return None
        if current != self._pending:
            self._pending = current  # changed: wait one more look for the writing to finish
            return None
        return self.load()

    def _signature(self) -> _Signature:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        # The inode catches editors that save by writing a new file and renaming it over the old one.
        return (stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_dev)

"""Opening the progress file: as it is, read-only, or set aside when damaged; and saying why when none of these works.

SQLite opens nearly anything without complaint, so the file is first looked at through a read-only connection:
its schema version and a quick integrity check decide what happens next, before anything could write to it. A file
written by a newer version of the game, a folder or a device in the file's place, are left exactly as they are.

Opening is serialised by a lock file beside the store: several games starting together on a damaged file must not
each move it aside (one would move away the fresh store another had just made), and none may find it gone midway.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from itertools import count
from pathlib import Path

LOCK_SUFFIX = ".lock"
SIDECARS = ("-wal", "-shm")
"""SQLite's files beside the store: the write-ahead log holds committed answers, so it moves with the file."""
BUSY_SECONDS = 10


class StoreState(Enum):
    """How the store came up, for the front-end to tell the player."""

    SAVED = "saved"
    """Read and written as usual."""
    RECOVERED = "recovered"
    """The file was damaged: it was set aside (detail: where it is now) and a new one started."""
    READ_ONLY = "read-only"
    """The answers saved before can be read, new ones cannot be written (detail: the file)."""
    NEWER = "newer"
    """A newer version of the game wrote the file: it is left untouched, and this session plays in memory."""
    NOT_A_FILE = "not-a-file"
    """A folder, a device or a broken link is where the file should be: left alone, this session plays in memory."""
    MEMORY_ONLY = "memory-only"
    """The file could not be opened or made (detail: why): this session plays in memory."""


@dataclass(frozen=True)
class Opened:
    """A connection ready for the store's queries, with how it came to be."""

    connection: sqlite3.Connection
    state: StoreState
    detail: str = ""


class _Newer(Exception):
    """The file's schema is newer than this game knows."""


class _Damaged(Exception):
    """The file is not a database, or a damaged one."""


Migrate = Callable[[sqlite3.Connection], None]


def open_store_file(path: Path, schema: int, migrate: Migrate) -> Opened:
    """The store at `path` (schema version `schema`, brought up to it by `migrate`), or an in-memory one and why."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return in_memory(migrate, StoreState.MEMORY_ONLY, f"{path.parent}: {error.strerror or error}")
    try:
        with _opening_lock(path):
            return _open(path, schema, migrate)
    except OSError as error:
        return in_memory(migrate, StoreState.MEMORY_ONLY, f"{path}: {error.strerror or error}")


def in_memory(migrate: Migrate, state: StoreState, detail: str) -> Opened:
    """An empty store in memory, for a session whose answers cannot go to the file."""
    connection = sqlite3.connect(":memory:")
    migrate(connection)
    return Opened(connection, state, detail)


def _open(path: Path, schema: int, migrate: Migrate) -> Opened:
    if _in_the_way(path):
        return in_memory(migrate, StoreState.NOT_A_FILE, str(path))
    try:
        reader = _look(path, schema) if path.exists() else None
    except _Newer:
        return in_memory(migrate, StoreState.NEWER, str(path))
    except _Damaged:
        return _replace_damaged(path, migrate)
    except sqlite3.DatabaseError as error:
        return in_memory(migrate, StoreState.MEMORY_ONLY, f"{path}: {error}")
    try:
        writer = _writer(path, migrate)
    except sqlite3.DatabaseError as error:
        if reader is not None and _version(reader) == schema:
            return Opened(reader, StoreState.READ_ONLY, str(path))
        if reader is not None:
            reader.close()
        return in_memory(migrate, StoreState.MEMORY_ONLY, f"{path}: {error}")
    if reader is not None:
        reader.close()
    return Opened(writer, StoreState.SAVED)


def _replace_damaged(path: Path, migrate: Migrate) -> Opened:
    try:
        aside = _set_aside(path)
    except OSError as error:
        reason = f"{path} is damaged and could not be set aside ({error.strerror or error})"
        return in_memory(migrate, StoreState.MEMORY_ONLY, reason)
    try:
        return Opened(_writer(path, migrate), StoreState.RECOVERED, str(aside))
    except sqlite3.DatabaseError as error:
        reason = f"{path}: {error}; the damaged file was kept as {aside}"
        return in_memory(migrate, StoreState.MEMORY_ONLY, reason)


def _in_the_way(path: Path) -> bool:
    """Whether something other than a regular file (or nothing) is at `path`: a folder, a device, a broken link."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return path.is_symlink()


def _look(path: Path, schema: int) -> sqlite3.Connection:
    """A read-only connection to the file once its version and integrity are known to be fine; it writes nothing."""
    try:
        reader = _read_only(path)
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            raise _Damaged() from error
        raise
    try:
        if _version(reader) > schema:
            raise _Newer()
        if reader.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _Damaged()
    except sqlite3.DatabaseError as error:
        reader.close()
        if _is_damage(error):
            raise _Damaged() from error
        raise
    except BaseException:
        reader.close()
        raise
    return reader


def _read_only(path: Path) -> sqlite3.Connection:
    uri = path.absolute().as_uri()
    reader = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        _version(reader)
        return reader
    except sqlite3.OperationalError as error:
        reader.close()
        # The low byte is the primary result code; the others say which kind of read-only it was.
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
    except BaseException:
        reader.close()
        raise
    # A store in WAL mode, in a folder we cannot write to, has no shared-memory file to read it through. Nobody can
    # write to it there either, so it is read as the unchanging file it is. (Never for a busy store: a file read as
    # unchanging while a game writes to it could look damaged.)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=BUSY_SECONDS)


def _version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def _writer(path: Path, migrate: Migrate) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=BUSY_SECONDS)
    try:
        # WAL lets two games save at once; FULL sync keeps a committed answer through a killed process.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    message = str(error).lower()
    return "not a database" in message or "malformed" in message or "corrupt" in message


def _set_aside(path: Path) -> Path:
    """Move the damaged file and its sidecars to a name no earlier set-aside file has; returns where it went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in count(1):
        aside = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{number}" if number > 1 else ""))
        if any(aside.with_name(aside.name + suffix).exists() for suffix in SIDECARS):
            continue
        try:
            # Claimed with O_EXCL, so an earlier set-aside file is never overwritten; then replaced by the file.
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        break
    try:
        os.replace(path, aside)
    except OSError:
        aside.unlink(missing_ok=True)
        raise
    wal = path.with_name(path.name + SIDECARS[0])
    keep = wal.exists() and wal.stat().st_size > 0
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if keep and sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
        else:
            # Empty, or an index of nothing: left beside a new store, SQLite would take them for its own.
            sidecar.unlink(missing_ok=True)
    return aside


@contextmanager
def _opening_lock(path: Path) -> Iterator[None]:
    """Hold the lock beside `path` that serialises opening it, when the folder lets us make one."""
    try:
        handle = os.open(path.with_name(path.name + LOCK_SUFFIX), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        # A folder we cannot write to: nobody can set a file aside in it, so there is nothing to serialise.
        yield
        return
    try:
        _lock(handle)
        yield
    finally:
        os.close(handle)  # closing the handle releases the lock


def _lock(handle: int) -> None:
    # A platform test rather than a failed import, so mypy checks each branch against its own platform's module.
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue  # LK_LOCK gives up after ten seconds; another game is still opening the store
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX)

"""Writing a file so that it is either whole or as it was: never half written, never a stray temporary file.

The data goes to a new temporary file in the target's folder (the same file system, so the last step is a rename),
is flushed to disk, and only then takes the target's name. A full disk, a killed process or a failed check on the
way leaves the target untouched and removes the temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

_ATTEMPTS = 20
_MAX_STEM = 200
"""Characters of the target's name kept in the temporary file's name, which must stay under the 255 a name has."""


def write_atomic(
    path: Path, data: bytes, *, replace: bool = True, check: Callable[[Path], object] | None = None
) -> None:
    """Write `data` to `path` whole, or raise and leave `path` as it was.

    With `replace` false an existing `path` is never overwritten: FileExistsError is raised instead, even when the
    file appears while this one is being written. `check`, when given, is called with the finished temporary file
    before it takes the target's place; whatever it raises stops the write. Raises OSError when the file cannot
    be written.
    """
    temporary, descriptor = _create_beside(path)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(path, temporary)
        if check is not None:
            check(temporary)
        if replace:
            os.replace(temporary, path)
        else:
            _rename_exclusive(temporary, path)
    except BaseException:
        _remove(temporary)
        raise
    _sync_folder(path.parent)


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new, empty hidden file in `path`'s folder, and its open descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_ATTEMPTS):
        # os.urandom rather than the secrets module: the same bytes, without 13 ms of imports at every start.
        candidate = path.with_name(f".{path.name[:_MAX_STEM]}.{os.urandom(4).hex()}.tmp")
        try:
            # 0o666 before the umask: the file gets the permissions any new file of the user's would.
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _keep_mode(path: Path, temporary: Path) -> None:
    """Give the new file the permissions of the one it replaces, so a shared handout stays shared."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    os.chmod(temporary, mode)


def _rename_exclusive(temporary: Path, path: Path) -> None:
    """Give `temporary` the name `path` unless a file already has it (FileExistsError)."""
    try:
        # A hard link fails if the name is taken, where a rename would silently replace the file.
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT, some network shares): check, then rename. Only there is
        # a file created between the two steps replaced.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _remove(temporary: Path) -> None:
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the new name too, where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)

"""quiz.atomic, the one way the program writes a file (issue 11, item 4): whole, or not at all."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from quiz.atomic import write_atomic


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_new_file_is_written_with_the_users_usual_permissions(tmp_path: Path) -> None:
    """Not the 0600 of a bare temporary file: a handout written for a class stays readable by others."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "handout.html", b"<p>hi</p>")
    finally:
        os.umask(umask)
    assert (tmp_path / "handout.html").read_bytes() == b"<p>hi</p>"
    assert stat.S_IMODE((tmp_path / "handout.html").stat().st_mode) == 0o644
    assert names(tmp_path) == ["handout.html"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_flush_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"last week's sheet")

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as raised:
        write_atomic(target, b"x" * 100_000)
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"last week's sheet"
    assert names(tmp_path) == ["out.csv"]


def test_a_failed_check_leaves_the_old_file(tmp_path: Path) -> None:
    """The import checks the finished file with the loader before it takes the target's place."""
    target = tmp_path / "pack.yaml"
    target.write_text("id: mine\n", encoding="utf-8")
    seen: list[bytes] = []

    def refuse(written: Path) -> None:
        seen.append(written.read_bytes())
        raise ValueError("not a valid pack")

    with pytest.raises(ValueError):
        write_atomic(target, b"id: theirs\n", check=refuse)
    assert seen == [b"id: theirs\n"]
    assert target.read_text(encoding="utf-8") == "id: mine\n"
    assert names(tmp_path) == ["pack.yaml"]


def test_no_replace_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("my work\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"starter", replace=False)
    assert target.read_text(encoding="utf-8") == "my work\n"
    assert names(tmp_path) == ["mine.yaml"]
    write_atomic(tmp_path / "new.yaml", b"starter", replace=False)
    assert (tmp_path / "new.yaml").read_bytes() == b"starter"
    assert names(tmp_path) == ["mine.yaml", "new.yaml"]


def test_no_replace_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system without hard links (FAT, some shares) an existing file is still never replaced."""

    def no_links(source: object, target: object) -> None:
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "mine.yaml").write_text("my work\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_atomic(tmp_path / "mine.yaml", b"starter", replace=False)
    write_atomic(tmp_path / "new.yaml", b"starter", replace=False)
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "my work\n"
    assert (tmp_path / "new.yaml").read_bytes() == b"starter"
    assert names(tmp_path) == ["mine.yaml", "new.yaml"]


def test_a_folder_that_cannot_be_written_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomic(tmp_path / "missing" / "out.gift", b"data")
    assert names(tmp_path) == []

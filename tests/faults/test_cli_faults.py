"""Faults at the command line (issue 11, items 1, 4, 5, 13-16), each run through the real program.

Every test starts `python -m quiz` in a fresh process, the way a teacher or a script meets the fault: a damaged
progress file, a full disk, a folder that cannot be entered, an absurd seed, no terminal, an empty pack name.
"""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.packs import load_pack

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample-pack.yaml"
BUNDLED = ROOT / "questions" / "vitamin-k-joints.yaml"
STORE = "progress.sqlite3"
NO_OVERRIDE = ["--drop=cap_dac_override,cap_dac_read_search", "--"]
"""capsh options that take from root the power to read and enter any folder, so permissions apply to it too."""


def quiz(
    *args: str,
    cwd: Path,
    stdin: str | bytes | None = None,
    limit: int | None = None,
    locked: bool = False,
    prelude: str = "",
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m quiz ARGS` in `cwd` with its data in cwd/data; output as bytes.

    `limit` caps the size of any file the process writes (a disk that fills up at that size); `locked` runs it
    without root's permission override; `prelude` is Python run before the program (to break the disk a
    different way).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MYTH_OR_FACT_", "LC_"))}
    env.update(
        MYTH_OR_FACT_DATA=str(cwd / "data"), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT),
    )  # fmt: skip
    command = [sys.executable, "-c", f"{prelude}\nimport runpy; runpy.run_module('quiz', run_name='__main__')", *args]
    if locked and os.geteuid() == 0:
        capsh = shutil.which("capsh")
        if capsh is None:
            pytest.skip("running as root without capsh: folder permissions cannot be made to apply")
        command = [capsh, *NO_OVERRIDE, "-c", shlex.join(command)]

    def cap_file_size() -> None:
        if limit is not None:
            # Past the limit a write fails with EFBIG, as on a full disk, instead of killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run(
        command, cwd=cwd, env=env, input=data, stdin=None if data is not None else subprocess.DEVNULL,
        capture_output=True, timeout=timeout, preexec_fn=cap_file_size,
    )  # fmt: skip


def err(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8", errors="replace")


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8", errors="replace")


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    """The last line of stderr, checked to be the program's own error line and not a traceback."""
    text = err(result)
    assert "Traceback" not in text, text
    lines = text.splitlines()
    assert lines and lines[-1].startswith("quiz: error:"), text
    return lines[-1]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A working folder with the small sample pack in it, and no data folder yet."""
    shutil.copy(SAMPLE, tmp_path / "sample.yaml")
    return tmp_path


def played(work: Path) -> Path:
    """Play a two-question game through a pipe; returns the store it was saved in."""
    result = quiz("play", "--pack", "sample.yaml", "--count", "2", "--seed", "1", cwd=work, stdin="m\n1\nf\n1\n")
    assert result.returncode == 0, err(result)
    return work / "data" / STORE


# == 1. stats and history say what happened to a store they cannot read ===========================


def _truncated(store: Path) -> None:
    store.write_bytes(store.read_bytes()[:1500])


def _random_bytes(store: Path) -> None:
    store.write_bytes(bytes(range(256)) * 64)


def _text_file(store: Path) -> None:
    store.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")


def _directory(store: Path) -> None:
    store.unlink()
    (store / "inside").mkdir(parents=True)


def _dev_null(store: Path) -> None:
    store.unlink()
    store.symlink_to(os.devnull)


DAMAGE = {
    "truncated": _truncated,
    "random-bytes": _random_bytes,
    "text-file": _text_file,
    "directory": _directory,
    "dev-null-symlink": _dev_null,
}


@pytest.mark.parametrize("command", [["stats"], ["history"], ["history", "--format", "csv"]], ids=" ".join)
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_store_that_cannot_be_read_is_reported(work: Path, damage: str, command: list[str]) -> None:
    """Never a quiet "No answers yet" and exit 0: one message naming the file (or where it was kept), exit 1."""
    store = played(work)
    DAMAGE[damage](store)
    result = quiz(*command, cwd=work)
    assert result.returncode != 0, out(result) + err(result)
    assert "No answers yet" not in out(result)
    assert "Traceback" not in err(result)
    aside = sorted(store.parent.glob(f"{STORE}.corrupt-*"))
    # Where the old file is now: its set-aside name when it was moved, else the place it still is.
    where = aside[0].name if aside else STORE
    assert where in err(result), err(result)


def test_a_store_from_a_newer_version_is_reported_and_left_alone(work: Path) -> None:
    store = played(work)
    connection = sqlite3.connect(store)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = store.read_bytes()
    result = quiz("stats", cwd=work)
    assert result.returncode != 0
    assert "newer version" in err(result) and STORE in err(result), err(result)
    assert store.read_bytes() == before
    assert not list(store.parent.glob(f"{STORE}.corrupt-*"))


def test_a_read_only_data_folder_is_not_reported_as_empty(work: Path) -> None:
    """The answers in a folder the player may read but not write are shown, or the command says why not."""
    store = played(work)
    store.parent.chmod(0o555)
    try:
        result = quiz("stats", cwd=work, locked=True)
    finally:
        store.parent.chmod(0o755)
    assert "No answers yet" not in out(result)
    if result.returncode == 0:
        assert "Past games" in out(result)
    else:
        assert STORE in err(result) and "Traceback" not in err(result), err(result)


# == 4. every file is written whole or not at all ===================================================

FULL_DISK = "import errno, os\ndef fsync(fd): raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\nos.fsync = fsync"
"""Run before the program: flushing any file to disk fails as on a full disk."""


def test_an_export_that_does_not_fit_leaves_the_old_file(work: Path) -> None:
    """A handout over an older one, on a disk that fills up part-way: the older one stays, no partial file."""
    (work / "out.html").write_text("the handout from last week\n", encoding="utf-8")
    before = sorted(p.name for p in work.iterdir())
    result = quiz("export", str(BUNDLED), "--format", "handout-html", "-o", "out.html", cwd=work, limit=8192)
    assert result.returncode == 1
    assert "out.html" in one_error_line(result)
    assert (work / "out.html").read_text(encoding="utf-8") == "the handout from last week\n"
    assert sorted(p.name for p in work.iterdir()) == before


@pytest.mark.parametrize("fmt", ["anki", "csv", "gift"])
def test_an_export_that_cannot_be_flushed_leaves_the_old_file(work: Path, fmt: str) -> None:
    (work / "deck").write_bytes(b"an older export")
    result = quiz("export", str(BUNDLED), "--format", fmt, "-o", "deck", cwd=work, prelude=FULL_DISK)
    assert result.returncode == 1
    assert "deck" in one_error_line(result)
    assert (work / "deck").read_bytes() == b"an older export"
    assert sorted(p.name for p in work.iterdir()) == ["deck", "sample.yaml"]


def test_an_import_that_does_not_fit_leaves_nothing_behind(work: Path) -> None:
    exported = quiz("export", str(BUNDLED), "--format", "gift", "-o", "in.gift", cwd=work)
    assert exported.returncode == 0, err(exported)
    result = quiz("import", "in.gift", "--format", "gift", "-o", "pack.yaml", cwd=work, limit=4096)
    assert result.returncode == 1
    assert "pack.yaml" in one_error_line(result)
    assert sorted(p.name for p in work.iterdir()) == ["in.gift", "sample.yaml"]


def test_a_new_pack_that_does_not_fit_leaves_nothing_behind(work: Path) -> None:
    result = quiz("new", "packs/week.yaml", cwd=work, limit=2048)
    assert result.returncode == 1
    assert "week.yaml" in one_error_line(result)
    assert not (work / "packs").exists() or list((work / "packs").iterdir()) == []


def test_a_schema_that_cannot_be_flushed_is_not_left_half_written(work: Path) -> None:
    result = quiz("schema", "-o", "pack.schema.json", cwd=work, prelude=FULL_DISK)
    assert result.returncode == 1
    assert "pack.schema.json" in one_error_line(result)
    assert sorted(p.name for p in work.iterdir()) == ["sample.yaml"]


# == 5. "-" is standard output for -o, and standard input for import ===============================


def bundled_count() -> int:
    """How many questions the bundled pack has (it grows as questions are written)."""
    return len(load_pack(BUNDLED).questions)


def test_export_to_standard_output(work: Path) -> None:
    result = quiz("export", str(BUNDLED), "--format", "gift", "-o", "-", cwd=work)
    assert result.returncode == 0, err(result)
    assert out(result).startswith("// Myth or Fact pack 'vitamin-k-joints'")
    assert f"Exported {bundled_count()} questions" in err(result)
    assert not (work / "-").exists()


def test_an_anki_deck_to_standard_output_is_the_whole_file(work: Path) -> None:
    result = quiz("export", str(BUNDLED), "--format", "anki", "-o", "-", cwd=work)
    assert result.returncode == 0, err(result)
    assert result.stdout.startswith(b"PK\x03\x04") and len(result.stdout) > 10_000
    assert not (work / "-").exists()


def test_import_from_standard_input(work: Path) -> None:
    gift = quiz("export", str(BUNDLED), "--format", "gift", "--lang", "zh", "-o", "-", cwd=work).stdout
    result = quiz("import", "-", "--format", "gift", "--id", "from-a-pipe", cwd=work, stdin=gift)
    assert result.returncode == 0, err(result)
    written = work / "from-a-pipe.yaml"
    assert f"Imported {bundled_count()} questions" in out(result) and written.name in out(result)
    validated = quiz("validate", str(written), cwd=work)
    assert validated.returncode == 0, out(validated)
    assert not (work / "-").exists()


def test_import_from_standard_input_to_standard_output(work: Path) -> None:
    aiken = "Is water wet?\nA. Myth\nB. Fact\nANSWER: B\n"
    result = quiz("import", "-", "--format", "aiken", "-o", "-", cwd=work, stdin=aiken)
    assert result.returncode == 0, err(result)
    assert out(result).startswith("# Imported by 'quiz import'")
    assert "claim: Is water wet?" in out(result)
    assert sorted(p.name for p in work.iterdir()) == ["sample.yaml"]


# == 13. a path the player may not enter: one line, never a traceback ===============================


@pytest.fixture
def locked(work: Path) -> Iterator[Path]:
    """A folder holding a pack, a GIFT file and a place to write, that the player is not allowed to enter."""
    folder = work / "locked"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "pack.yaml")
    (folder / "in.gift").write_text("::q::Water is wet.{T}\n", encoding="utf-8")
    folder.chmod(0)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize(
    "args",
    [
        ["play", "--pack", "locked/pack.yaml"],
        ["validate", "locked/pack.yaml"],
        ["export", "locked/pack.yaml", "--format", "gift"],
        ["import", "locked/in.gift", "--format", "gift"],
        ["serve", "--pack", "locked/pack.yaml"],
        ["export", "sample.yaml", "--format", "gift", "-o", "locked/out.gift"],
        ["import", "sample.yaml", "--format", "aiken", "-o", "locked/out.yaml"],
    ],
    ids=" ".join,
)
def test_a_path_that_cannot_be_entered(work: Path, locked: Path, args: list[str]) -> None:
    result = quiz(*args, cwd=work, locked=True, timeout=30)
    assert result.returncode in (1, 2), err(result)
    assert "locked" in one_error_line(result)


@pytest.mark.parametrize("args", [[], ["play"], ["list"], ["stats"]], ids=lambda args: " ".join(args) or "quiz")
def test_a_data_folder_that_cannot_be_entered(work: Path, args: list[str]) -> None:
    data = work / "data"
    data.mkdir()
    data.chmod(0)
    try:
        result = quiz(*args, cwd=work, locked=True, timeout=30)
    finally:
        data.chmod(0o755)
    assert result.returncode in (1, 2), out(result) + err(result)
    assert "data" in one_error_line(result)


# == 14. a seed too large for the store ===============================================================


@pytest.mark.parametrize("seed", [str(2**63), str(2**64 + 5), str(-(2**63) - 1), "1" + "0" * 5000], ids=len)
def test_a_seed_out_of_range_is_refused(work: Path, seed: str) -> None:
    """One line saying the range, never an OverflowError; the largest seed the store can keep still plays."""
    result = quiz("play", "--pack", "sample.yaml", "--seed", seed, cwd=work, stdin="m\n1\n")
    assert result.returncode == 2
    lines = err(result).splitlines()
    assert len(lines) == 1 and "--seed" in lines[0] and "Traceback" not in err(result), err(result)
    assert len(lines[0]) < 300
    largest = str(2**63 - 1)
    result = quiz("play", "--pack", "sample.yaml", "--count", "1", "--seed", largest, cwd=work, stdin="m\n1\n")
    assert result.returncode == 0, err(result)
    connection = sqlite3.connect(work / "data" / STORE)
    try:
        assert connection.execute("SELECT seed FROM games").fetchall() == [(2**63 - 1,)]
    finally:
        connection.close()


# == 15. --watch needs a terminal =======================================================================


def test_watch_without_a_terminal_is_refused(work: Path) -> None:
    result = quiz("play", "--watch", "--pack", "sample.yaml", cwd=work, timeout=20)
    assert result.returncode == 2
    assert "terminal" in one_error_line(result)
    assert out(result) == ""


# == 16. an empty pack name =============================================================================


@pytest.mark.parametrize(
    "args",
    [["play", "--pack", ""], ["--pack", ""], ["serve", "--pack", ""], ["export", "", "--format", "gift"]],
    ids=repr,
)
def test_an_empty_pack_name_is_refused(work: Path, args: list[str]) -> None:
    result = quiz(*args, cwd=work, stdin="m\n1\n", timeout=30)
    assert result.returncode == 2
    lines = err(result).splitlines()
    assert len(lines) == 1 and "pack" in lines[0] and "Traceback" not in err(result), err(result)
    assert out(result) == ""
    assert sorted(p.name for p in work.iterdir()) == ["sample.yaml"]

"""A progress file that is damaged, foreign or unusable is never lost, never silently replaced, and always explained.

Each case below is one a player or a teacher meets: the store's state says what happened, its detail says where the
file is, the notice says it in both languages, and the file that was there is kept byte for byte.
"""

from __future__ import annotations

import multiprocessing
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quiz.game import Game
from quiz.i18n import languages
from quiz.model import Pack
from quiz.session import store_notice
from quiz.store import STORE_NAME, Store, StoreState

ANSWERS = 316
"""As many answers as the read-only folder of the fault audit held."""


def play(store: Store, pack: Pack, answers: int, seed: int = 1) -> None:
    """Record `answers` answers, in as many games of `pack` as it takes."""
    while answers > 0:
        game = Game.new(pack, seed=seed)
        game_id = store.start_game(game, "en", seed)
        for round_ in game.rounds[:answers]:
            store.record_answer(game_id, game, game.answer(round_.question.correct_key))
        answers -= len(game.rounds)


def saved_store(folder: Path, pack: Pack, answers: int) -> Path:
    """A healthy store file in `folder` holding `answers` answers; its path."""
    store = Store.open(folder)
    play(store, pack, answers)
    store.close()
    return folder / STORE_NAME


def assert_told(store: Store, *fragments: str) -> None:
    """The store's notice names what happened in every language, with each of `fragments` in it."""
    for lang in languages():
        notice = notice_text(store, lang)
        assert notice, f"nothing to tell the player in {lang} about {store.state}"
        for fragment in fragments:
            assert fragment in notice, notice


def truncated(folder: Path, pack: Pack) -> bytes:
    path = saved_store(folder, pack, 40)
    whole = path.read_bytes()
    return whole[: len(whole) // 2]


DAMAGE = {
    "truncated": truncated,
    "random-bytes": lambda folder, pack: os.urandom(60_000),
    "a-text-file": lambda folder, pack: "My answers, typed up by hand.\n".encode() * 200,
    "empty-header": lambda folder, pack: b"SQLite format 3\x00" + b"\x00" * 84,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_file_is_set_aside_whole_and_named(private_data: Path, sample_pack: Pack, damage: str) -> None:
    """A truncated store, random bytes or a text file: set aside with every byte, its new place in the detail and the
    notice, a fresh store started, and the player's old answers reported as not read."""
    private_data.mkdir(parents=True, exist_ok=True)
    original = DAMAGE[damage](private_data, sample_pack)
    (private_data / STORE_NAME).write_bytes(original)
    store = Store.open(private_data)
    assert store.state is StoreState.RECOVERED
    aside = Path(store.detail)
    assert aside.parent == private_data and aside.name.startswith(STORE_NAME + ".corrupt-")
    assert aside.read_bytes() == original
    assert not store.has_saved_answers
    assert_told(store, store.detail)
    play(store, sample_pack, 2)
    assert len(store.answers()) == 2


def test_a_newer_store_is_left_byte_for_byte(private_data: Path, sample_pack: Pack) -> None:
    """A store written by a newer version is not set aside as corrupt, not switched to WAL, not touched at all;
    the game plays in memory and says why."""
    path = saved_store(private_data, sample_pack, 5)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    store = Store.open(private_data)
    assert store.state is StoreState.NEWER
    assert store.detail == str(path)
    assert not store.has_saved_answers
    assert_told(store, str(path))
    play(store, sample_pack, 3)
    assert len(store.answers()) == 3
    store.close()
    assert path.read_bytes() == before
    assert not list(private_data.glob("*.corrupt-*"))


@pytest.mark.parametrize("blocker", ["a-folder", "a-link-to-dev-null", "a-broken-link"])
def test_something_else_in_the_files_place_is_left_alone(private_data: Path, sample_pack: Pack, blocker: str) -> None:
    """A folder, a /dev/null link or a link to nothing where the file should be: left as it is, named, in memory."""
    private_data.mkdir(parents=True)
    path = private_data / STORE_NAME
    if blocker == "a-folder":
        path.mkdir()
        (path / "keep-me.txt").write_text("mine")
    else:
        path.symlink_to("/dev/null" if blocker == "a-link-to-dev-null" else private_data / "gone")
    store = Store.open(private_data)
    assert store.state is StoreState.NOT_A_FILE
    assert store.detail == str(path)
    assert_told(store, str(path))
    play(store, sample_pack, 2)
    assert len(store.answers()) == 2
    store.close()
    if blocker == "a-folder":
        assert sorted(p.name for p in path.iterdir()) == ["keep-me.txt"]
    else:
        assert path.is_symlink() and not (private_data / "gone").exists()
    assert not list(private_data.glob("*.corrupt-*"))


def notice_text(store: Store, lang: str) -> str:
    """What the game tells the player about `store`, in `lang`; "" when nothing."""
    notice = store_notice(store)
    return notice.text(lang) if notice is not None else ""


READ_ONLY_CHECK = """
import sys
from pathlib import Path
from quiz.session import store_notice
from quiz.store import Store
store = Store.open(Path(sys.argv[1]))
print(store.state.value, len(store.answers()), store.has_saved_answers, store.detail, sep="|")
print(store_notice(store).text("en"))
"""


def open_without_write_permission(folder: Path) -> list[str]:
    """Open the store in `folder` from a process that file permissions apply to; its report, line by line."""
    command = [sys.executable, "-c", READ_ONLY_CHECK, str(folder)]
    if os.geteuid() == 0:
        # Root writes anywhere: drop the capabilities that let it, so the folder's permissions hold.
        capsh = shutil.which("capsh")
        if capsh is None:
            pytest.skip("running as root without capsh, so a read-only folder cannot be made")
        command = [capsh, "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", shlex.join(command)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Makes a folder and everything in it read-only, and writable again after the test."""
    made: list[Path] = []

    def freeze(folder: Path) -> None:
        for path in [*folder.iterdir(), folder]:
            path.chmod(0o555 if path.is_dir() else 0o444)
            made.append(path)

    yield freeze
    for path in made:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_folder_of_answers_is_read(
    private_data: Path, sample_pack: Pack, read_only: Callable[[Path], None]
) -> None:
    """A data folder that cannot be written, holding 316 answers: all 316 read, the state says read-only and where,
    and the file is left as it was."""
    path = saved_store(private_data, sample_pack, ANSWERS)
    before = path.read_bytes()
    read_only(private_data)
    state, count, readable, detail = open_without_write_permission(private_data)[0].split("|")
    assert (state, int(count), readable, detail) == (StoreState.READ_ONLY.value, ANSWERS, "True", str(path))
    assert path.read_bytes() == before


def test_a_damaged_file_in_a_read_only_folder_is_kept(private_data: Path, read_only: Callable[[Path], None]) -> None:
    """A damaged file that cannot be set aside is left where it is; the game plays in memory and says why."""
    private_data.mkdir(parents=True)
    path = private_data / STORE_NAME
    path.write_bytes(b"not a database " * 100)
    read_only(private_data)
    report = open_without_write_permission(private_data)
    state, count, readable, detail = report[0].split("|")
    assert (state, readable) == (StoreState.MEMORY_ONLY.value, "False")
    assert str(path) in detail and "damaged" in report[1]
    assert path.read_bytes() == b"not a database " * 100


def test_every_state_but_saved_has_a_notice_in_every_language() -> None:
    """Whatever state a store comes up in, the player can be told about it in every language the game speaks."""
    for state in StoreState:
        store = Store(sqlite3.connect(":memory:"), state, "/somewhere/progress.sqlite3")
        for lang in languages():
            assert bool(notice_text(store, lang)) == (state is not StoreState.SAVED), (state, lang)


# == many games opening one damaged file at once ===================================================

PROCESSES = 8
TRIALS = 20
CORRUPT_BYTES = 60_000


def _opener(folders: list[str], barrier: Any, results: Any) -> None:
    """One game starting: open each trial's store the moment every other process is ready to open it too."""
    for folder in folders:
        barrier.wait(timeout=30)
        try:
            store = Store.open(Path(folder))
            results.put((folder, store.state.value, store.detail))
            store.close()
        except BaseException as error:  # the test reports any exception at all
            results.put((folder, "raised", repr(error)))


def test_games_opening_a_damaged_file_together_keep_every_byte(tmp_path: Path) -> None:
    """8 processes open the same damaged 60 KB file at the same instant, 20 times over: none raises, one sets it
    aside, and the original bytes are all still there, in one file, every time."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    folders, originals = [], {}
    for trial in range(TRIALS):
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir()
        originals[str(folder)] = os.urandom(CORRUPT_BYTES)
        (folder / STORE_NAME).write_bytes(originals[str(folder)])
        folders.append(str(folder))
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    workers = [context.Process(target=_opener, args=(folders, barrier, results)) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=60) for _ in range(PROCESSES * TRIALS)]
    for worker in workers:
        worker.join(timeout=30)
    raised = [report for report in reports if report[1] == "raised"]
    assert not raised, raised
    for folder, original in originals.items():
        states = sorted(state for where, state, _ in reports if where == folder)
        assert states == ["recovered"] + ["saved"] * (PROCESSES - 1), (folder, states)
        kept = [path for path in Path(folder).iterdir() if path.read_bytes() == original]
        assert len(kept) == 1 and kept[0].name.startswith(STORE_NAME + ".corrupt-"), (folder, kept)

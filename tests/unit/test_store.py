"""The player's answers are saved as they are given, and a broken store never stops the game."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quiz.game import Game
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.store import STORE_NAME, Store, StoreState
from tests.pilot import app_for


def answer_all(store: Store, game: Game, count: int) -> int:
    game_id = store.start_game(game, "en", seed=1)
    for _ in range(count):
        outcome = game.answer(game.current.question.correct_key)
        store.record_answer(game_id, game, outcome)
    return game_id


def test_each_answer_is_committed_at_once(private_data: Path, sample_pack: Pack) -> None:
    """Another connection sees every answer the moment it is recorded, before the store is closed."""
    store = Store.open(private_data)
    game = Game.new(sample_pack, seed=1)
    game_id = answer_all(store, game, 2)
    reader = sqlite3.connect(private_data / STORE_NAME)
    rows = reader.execute("SELECT position, question_id, correct FROM answers WHERE game_id = ?", (game_id,)).fetchall()
    assert rows == [(1, game.rounds[0].question.id, 1), (2, game.rounds[1].question.id, 1)]
    assert reader.execute("SELECT finished_at FROM games").fetchone() == (None,)
    store.close()


def test_finished_game_is_marked(private_data: Path, sample_pack: Pack) -> None:
    """Answering the last question closes the game in the store."""
    store = Store.open(private_data)
    game = Game.new(sample_pack, count=2, seed=1)
    answer_all(store, game, 2)
    reader = sqlite3.connect(private_data / STORE_NAME)
    assert reader.execute("SELECT finished_at IS NOT NULL FROM games").fetchone() == (1,)


def test_two_stores_save_at_once(private_data: Path, sample_pack: Pack) -> None:
    """Two games open on the same file both keep their answers."""
    first, second = Store.open(private_data), Store.open(private_data)
    answer_all(first, Game.new(sample_pack, seed=1), 2)
    answer_all(second, Game.new(sample_pack, seed=2), 3)
    assert len(first.answers()) == 5
    first.close()
    second.close()


def test_corrupt_store_is_moved_aside(private_data: Path, sample_pack: Pack) -> None:
    """A damaged file is kept under a new name, a fresh store starts, and the state says so."""
    private_data.mkdir(parents=True)
    (private_data / STORE_NAME).write_bytes(b"this is not a database" * 50)
    store = Store.open(private_data)
    assert store.state is StoreState.RECOVERED
    aside = Path(store.detail)
    assert aside.exists() and aside.read_bytes().startswith(b"this is not a database")
    answer_all(store, Game.new(sample_pack, seed=1), 1)
    assert len(store.answers()) == 1


def test_unwritable_folder_plays_in_memory(tmp_path: Path, sample_pack: Pack) -> None:
    """When the data folder cannot be made, answers are kept in memory and the state says so."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Store.open(blocker / "data")
    assert store.state is StoreState.MEMORY_ONLY
    answer_all(store, Game.new(sample_pack, seed=1), 2)
    assert len(store.answers()) == 2


def test_newer_schema_is_not_touched(private_data: Path) -> None:
    """A store from a newer game version is left alone, and this game plays in memory."""
    private_data.mkdir(parents=True)
    db = sqlite3.connect(private_data / STORE_NAME)
    db.execute("PRAGMA user_version = 99")
    db.close()
    store = Store.open(private_data)
    assert store.state is StoreState.NEWER
    assert store.detail == str(private_data / STORE_NAME)


async def test_the_app_saves_each_answer(private_data: Path, sample_pack: Pack) -> None:
    """Playing three questions in the app leaves three answers in the store, before the app quits."""
    store = Store.open(private_data)
    app = app_for(Catalog((sample_pack,), ()), lang="en", store=store, pack_id=sample_pack.id, count=5, seed=3)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        for _ in range(3):
            round_ = app.game.current
            key = round_.question.correct_key
            await pilot.press({"myth": "m", "fact": "f"}.get(key) or str(round_.order.index(key) + 1))
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        saved = Store.open(private_data).answers()
        assert [a.question_id for a in saved] == [r.question.id for r in app.game.rounds[:3]]
        assert all(a.correct for a in saved)


async def test_the_app_tells_the_player_about_a_recovered_store(private_data: Path, sample_pack: Pack) -> None:
    """After a damaged store is replaced, the player is told where the old file went."""
    private_data.mkdir(parents=True)
    (private_data / STORE_NAME).write_bytes(b"\x00garbage" * 100)
    store = Store.open(private_data)
    app = app_for(Catalog((sample_pack,), ()), lang="en", store=store, pack_id=sample_pack.id)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause(0.3)
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "Your progress file was damaged" in shown


def test_a_version_1_store_is_migrated_forward(private_data: Path, sample_pack: Pack) -> None:
    """A store made by the first schema gains the new columns and keeps its answers."""
    from quiz.store import MIGRATIONS

    private_data.mkdir(parents=True)
    db = sqlite3.connect(private_data / STORE_NAME)
    db.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    db.execute(
        "INSERT INTO games (pack_id, pack_version, lang, mode, rounds, started_at) VALUES ('p', '1', 'en', 'classic', '[]', 'x')"
    )
    db.execute(
        "INSERT INTO answers (game_id, position, pack_id, pack_version, question_id, answer, correct, points, answered_at)"
        " VALUES (1, 1, 'p', '1', 'q', 'myth', 1, 100, 'x')"
    )
    db.commit()
    db.close()
    store = Store.open(private_data)
    assert store.state is StoreState.SAVED
    assert [a.question_id for a in store.answers()] == ["q"]
    version = sqlite3.connect(private_data / STORE_NAME).execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


def test_mode_and_certainty_survive_a_resume(private_data: Path, sample_pack: Pack) -> None:
    """An unfinished certainty game comes back with its mode and the certainty of each answer."""
    from quiz.game import Game
    from quiz.scoring import Mode, ModeName

    store = Store.open(private_data)
    game = Game.new(sample_pack, seed=4, mode=Mode(ModeName.CERTAINTY))
    game_id = store.start_game(game, "en", 4)
    for certainty in (3, 1):
        store.record_answer(game_id, game, game.answer(game.current.order[0], certainty=certainty))
    unfinished = Store.open(private_data).unfinished()
    assert unfinished is not None and unfinished.mode == Mode(ModeName.CERTAINTY)
    resumed = Game.resume(sample_pack, unfinished.rounds, unfinished.given, unfinished.mode)
    assert resumed is not None
    assert resumed.score == game.score
    assert [o.certainty for o in resumed.outcomes] == [3, 1]

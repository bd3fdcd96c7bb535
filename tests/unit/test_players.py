"""Players: every game is someone's, and their unfinished game, reviews, stats and history are their own.

The default player is named after the account (getpass, patched here); a store from before players keeps every
answer, under that name. Names are typed by people and checked: trimmed, bounded, no control characters.
"""

from __future__ import annotations

import getpass
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.game import Game
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.players import FALLBACK_PLAYER, MAX_NAME, BadName, class_code, default_player, player_name
from quiz.session import Session, Settings
from quiz.store import MIGRATIONS, STORE_NAME, Store
from quiz.tui.screens.player import PlayerScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.start import StartScreen
from tests.pilot import app_for, key_for, screen_text

LATER = datetime.now(timezone.utc) + timedelta(days=3650)
"""A moment by which every question answered so far is due for review."""


@pytest.fixture(autouse=True)
def account(monkeypatch: pytest.MonkeyPatch) -> str:
    """The account every test runs as: its name is the default player's."""
    monkeypatch.setattr(getpass, "getuser", lambda: "kim")
    return "kim"


def session_of(pack: Pack, store: Store, player: str, **settings: object) -> Session:
    return Session(Catalog((pack,), ()), store, Settings(lang="en", seed=1, player=player, **settings))  # type: ignore[arg-type]


def answer(session: Session, game: Game, times: int, right: bool = True) -> None:
    for _ in range(times):
        round_ = game.current
        key = (
            round_.question.correct_key if right else next(k for k in round_.order if k != round_.question.correct_key)
        )
        session.answer(key)


# == names ======================================================================================


def test_names_are_trimmed_and_kept_in_one_form() -> None:
    """Spaces around and between words, and the two ways to type é, do not make another player."""
    assert player_name("  Ann   Lee ") == "Ann Lee"
    assert player_name("Ren\u00e9e") == player_name("Rene\u0301e") == "Ren\u00e9e"
    assert player_name("李明") == "李明"
    assert player_name("x" * MAX_NAME) == "x" * MAX_NAME
    assert player_name("ann") != player_name("Ann")
    assert class_code(" 7b ") == "7b"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        ("x" * (MAX_NAME + 1), "name.too_long"),
        ("Ann\tLee", "name.control"),
        ("Ann\nLee", "name.control"),
        ("Ann\x1b[31mLee", "name.control"),
        ("Ann\u202eeeL", "name.control"),
        ("Ann\u200b", "name.control"),
    ],
)
def test_names_that_are_refused(typed: str, key: str) -> None:
    """Empty names, names past the limit, and names with control or invisible characters are refused, saying why."""
    with pytest.raises(BadName) as refused:
        player_name(typed)
    assert refused.value.key == key
    assert refused.value.text("zh") != refused.value.text("en")


def test_the_default_player_is_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """Named after the account; "player" when there is no account name, or it is no usable name."""
    assert default_player() == "kim"

    def nobody() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert default_player() == FALLBACK_PLAYER
    monkeypatch.setattr(getpass, "getuser", lambda: "bad\x1bname")
    assert default_player() == FALLBACK_PLAYER
    assert Settings(lang="en").player == FALLBACK_PLAYER


# == the migration ==============================================================================


def old_store(folder: Path, pack: Pack) -> None:
    """A store as the game before players wrote it: a finished game, an unfinished one and their reviews."""
    folder.mkdir(parents=True)
    db = sqlite3.connect(folder / STORE_NAME)
    for number, script in enumerate(MIGRATIONS[:3], 1):
        db.executescript(f"{script}; PRAGMA user_version = {number};")
    rounds = json.dumps(
        [["legs-count", ["2", "0", "1"]], ["sky-green", ["myth", "fact"]], ["water-wet", ["myth", "fact"]]]
    )
    for finished in ("'2025-01-01T10:05:00'", "NULL"):
        db.execute(
            "INSERT INTO games (pack_id, pack_version, lang, mode, seed, rounds, started_at, finished_at)"
            f" VALUES ('sample-health', '1.0', 'zh', 'classic', 1, ?, '2025-01-01T10:00:00', {finished})",
            (rounds,),
        )
    answers = [(1, 1, "legs-count", "1", 1), (1, 2, "sky-green", "timeout", 0), (1, 3, "water-wet", "fact", 1)]
    answers += [(2, 1, "legs-count", "0", 0)]
    for game_id, position, question_id, key, correct in answers:
        db.execute(
            "INSERT INTO answers (game_id, position, pack_id, pack_version, question_id, answer, correct, points,"
            " answered_at) VALUES (?, ?, 'sample-health', '1.0', ?, ?, ?, 100, '2025-01-01T10:01:00')",
            (game_id, position, question_id, key, correct),
        )
    db.execute("INSERT INTO review VALUES ('sample-health', 'legs-count', '{}', '2025-01-02T10:00:00')")
    db.commit()
    db.close()


def test_a_store_from_before_players_keeps_every_answer_under_the_default_player(
    private_data: Path, sample_pack: Pack
) -> None:
    """Every old answer, game and review is the default player's; the place each answer had on screen is found
    from the game's saved order (the text is unknown); another player starts with nothing."""
    old_store(private_data, sample_pack)
    store = Store.open(private_data)
    records = store.answer_records()
    assert [(r.player, r.class_code, r.lang) for r in records] == [("kim", None, "zh")] * 4
    assert [(r.answer, r.answer_position, r.answer_text) for r in records] == [
        ("1", 3, None), ("timeout", None, None), ("fact", 2, None), ("0", 2, None),
    ]  # fmt: skip
    assert store.players() == ["kim"]
    assert [g.answered for g in store.games("kim")] == [3, 1]
    assert store.due(LATER, player="kim") == {"sample-health": ["legs-count"]}
    assert store.review_card("kim", "sample-health", "legs-count") == "{}"
    unfinished = store.unfinished("kim")
    assert unfinished is not None and unfinished.answered == 1
    assert store.unfinished("ann") is None and store.games("ann") == [] and store.due(LATER, player="ann") == {}
    assert session_of(sample_pack, store, "kim").resumable() is not None
    assert session_of(sample_pack, store, "ann").resumable() is None
    version = sqlite3.connect(private_data / STORE_NAME).execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


# == one store, several players =================================================================


def test_each_player_has_their_own_games_reviews_history_and_unfinished_game(
    private_data: Path, sample_pack: Pack
) -> None:
    """Ann leaves a game unfinished and Bo finishes one: each is offered, reviews and reads only their own."""
    store = Store.open(private_data)
    ann, bo = session_of(sample_pack, store, "Ann"), session_of(sample_pack, store, "Bo")
    answer(ann, ann.start(sample_pack), 2)
    bo_game = bo.start(sample_pack)
    answer(bo, bo_game, 5, right=False)
    ann_questions = [r.question.id for r in ann.game.rounds[:2]]

    assert bo.resumable() is None
    offered = ann.resumable()
    assert offered is not None and offered.game.outcomes and len(offered.game.outcomes) == 2
    assert sorted(store.due(LATER, player="Ann")["sample-health"]) == sorted(ann_questions)
    assert len(store.due(LATER, player="Bo")["sample-health"]) == 5
    assert [(g.player, g.answered, g.right) for g in store.games("Ann")] == [("Ann", 2, 2)]
    assert [(g.player, g.answered, g.right) for g in store.games("Bo")] == [("Bo", 5, 0)]
    assert {r.player for r in store.answer_records("Bo")} == {"Bo"}
    assert len(store.answer_records()) == 7
    assert store.players() == ["Ann", "Bo"]
    # The history screen's first section lists the games: Ann has one line, with 2 answered.
    (_, lines), *_ = ann.history("en")
    assert sum("2/2" in line or "2 of 2" in line for line in lines) == 1 and not any("0/5" in line for line in lines)


def test_two_games_under_one_name_keep_every_answer(private_data: Path, sample_pack: Pack) -> None:
    """Two browser tabs with the same name are one player with two games: all answers saved, in the class."""
    tabs = [
        session_of(sample_pack, Store.open(private_data), "Mei", offer_resume=False, class_code="7b") for _ in range(2)
    ]
    games = [tab.start(sample_pack) for tab in tabs]
    for _ in range(3):
        for tab, game in zip(tabs, games):
            answer(tab, game, 1)
    records = Store.open(private_data).answer_records()
    assert len(records) == 6 and len({r.game_id for r in records}) == 2
    assert {(r.player, r.class_code) for r in records} == {("Mei", "7b")}
    assert Store.open(private_data).answer_records(class_code="7b") == records
    assert Store.open(private_data).answer_records(class_code="8a") == []


# == the command line ===========================================================================


def play_plain(pack_path: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> int:
    """`quiz play --plain` with the sample pack, answering its first two questions (seed 1) rightly."""
    from quiz.packs import load_pack

    rounds = Game.new(load_pack(pack_path), count=2, seed=1).rounds
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(key_for(r) + "\n" for r in rounds)))
    return main(["play", "--plain", "--pack", str(pack_path), "--count", "2", "--seed", "1", "--lang", "en", *options])


def test_player_on_the_command_line(
    sample_pack_path: Path, private_data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--player` picks whose game, stats and history it is; without it, it is the account's player."""
    assert play_plain(sample_pack_path, monkeypatch, "--player", "  Ann ", "--class", "7b") == 0
    assert play_plain(sample_pack_path, monkeypatch) == 0
    capsys.readouterr()

    assert main(["stats", "--lang", "en", "--player", "Nobody"]) == 0
    assert "No answers yet" in capsys.readouterr().out
    assert main(["stats", "--lang", "en", "--player", "Ann"]) == 0
    assert "Past games" in capsys.readouterr().out

    assert main(["history", "--format", "json", "--player", "Ann"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["player"], row["class"]) for row in rows] == [("Ann", "7b")] * 2
    assert main(["history", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["player"] for row in rows] == ["Ann", "Ann", "kim", "kim"]
    assert [row["class"] for row in rows] == ["7b", "7b", None, None]
    assert main(["history", "--format", "json", "--class", "7b"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["play", "--plain", "--player", "", "--lang", "en"], "--player '': A name cannot be empty."),
        (["stats", "--player", "a\tb", "--lang", "zh"], "名字里不能有制表符"),
        (["history", "--player", "x" * 41], "at most 40 characters"),
        (["serve", "--class", " "], "--class ' ': A name cannot be empty."),
    ],
)
def test_a_name_that_is_refused_stops_the_command(
    command: list[str], said: str, capsys: pytest.CaptureFixture[str], private_data: Path
) -> None:
    """A refused name is one error line, in the command's language, and exit code 2; nothing is saved."""
    assert main(command) == 2
    error = capsys.readouterr().err
    assert said in error and len(error.splitlines()) == 1
    assert not (private_data / STORE_NAME).exists()


# == the name screen ============================================================================


async def test_a_served_game_asks_for_a_name_first(private_data: Path, sample_pack: Pack) -> None:
    """The name screen comes before the start screen; an empty name is refused there, and the game is then the
    named player's, in the class."""
    app = app_for(Catalog((sample_pack,), ()), store=Store.open(private_data), pack_id=sample_pack.id, count=2)
    app.session.choose(Settings(lang="en", count=2, offer_resume=False, ask_player=True, class_code="7b"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlayerScreen)
        assert "Who is playing?" in screen_text(app) and "Class: 7b" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayerScreen) and "A name cannot be empty." in screen_text(app)
        # q and ? are letters of a name here, not quit and help.
        await pilot.press(*" Quinn?", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press(key_for(app.game.current))
        await pilot.pause()
    (record,) = Store.open(private_data).answer_records()
    assert (record.player, record.class_code) == ("Quinn?", "7b")

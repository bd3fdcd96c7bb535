"""The player's progress in a local SQLite file: games and every answer, saved the moment it is given.

A store that cannot be used never stops the game: a corrupt file is moved aside and replaced, a file we cannot
write is read only, and anything else gives an in-memory store; `Store.notice` says what happened, for the
front-end to pass on to the player (quiz.storefile decides which of these it is).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quiz.game import Game, GivenAnswer, Outcome
from quiz.scoring import Mode
from quiz.storefile import StoreState, in_memory, open_store_file

STORE_NAME = "progress.sqlite3"

# Each entry moves the schema from version N to N+1; the file's PRAGMA user_version says where it is.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE games (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        lang TEXT NOT NULL,
        mode TEXT NOT NULL,
        seed INTEGER,
        rounds TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        dropped INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        game_id INTEGER NOT NULL REFERENCES games(id),
        position INTEGER NOT NULL,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        correct INTEGER NOT NULL,
        points INTEGER NOT NULL,
        certainty INTEGER,
        seconds REAL,
        answered_at TEXT NOT NULL,
        UNIQUE (game_id, position)
    );
    CREATE INDEX answers_by_question ON answers (pack_id, question_id);
    """,
    """
    ALTER TABLE games ADD COLUMN time_limit INTEGER;
    ALTER TABLE games ADD COLUMN streak_bonus INTEGER NOT NULL DEFAULT 1;
    """,
    """
    CREATE TABLE review (
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (pack_id, question_id)
    );
    CREATE INDEX review_by_due ON review (due);
    """,
)


_NOTICES = {
    StoreState.RECOVERED: ("store.recovered", "path"),
    StoreState.READ_ONLY: ("store.read_only", "path"),
    StoreState.NEWER: ("store.newer", "path"),
    StoreState.NOT_A_FILE: ("store.not_a_file", "path"),
    StoreState.MEMORY_ONLY: ("store.memory_only", "reason"),
}
"""The message that tells the player about each state but SAVED, and the name its detail has in it."""


@dataclass(frozen=True)
class SavedAnswer:
    """One answer as the store keeps it."""

    game_id: int
    position: int
    pack_id: str
    question_id: str
    answer: str
    correct: bool
    points: int


class Store:
    """Games and answers in SQLite; every write is committed before the call returns."""

    def __init__(self, connection: sqlite3.Connection, state: StoreState, detail: str = "") -> None:
        self._db = connection
        self.state = state
        self.detail = detail
        """The moved-aside file for RECOVERED, the reason for MEMORY_ONLY, the store's file for the other states."""

    @classmethod
    def open(cls, folder: Path) -> Store:
        """The store in `folder`: made if missing, replaced if corrupt, read-only or in memory when it must be."""
        opened = open_store_file(folder / STORE_NAME, len(MIGRATIONS), _migrate)
        return cls(opened.connection, opened.state, opened.detail)

    @classmethod
    def in_memory(cls, reason: str) -> Store:
        """A store that keeps this session's answers in memory only."""
        opened = in_memory(_migrate, StoreState.MEMORY_ONLY, reason)
        return cls(opened.connection, opened.state, opened.detail)

    @property
    def has_saved_answers(self) -> bool:
        """Whether the answers saved before are in this store (not after a recovery: the damaged file was unreadable)."""
        return self.state in (StoreState.SAVED, StoreState.READ_ONLY)

    def notice(self) -> tuple[str, dict[str, str]] | None:
        """The message id and values that tell the player how the store came up; None when all is well."""
        if self.state not in _NOTICES:
            return None
        key, name = _NOTICES[self.state]
        return key, {name: self.detail}

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def start_game(self, game: Game, lang: str, seed: int | None) -> int:
        """Record a new game with its mode, questions and their order; returns its id."""
        rounds = json.dumps([[r.question.id, list(r.order)] for r in game.rounds])
        mode = game.mode
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO games (pack_id, pack_version, lang, mode, time_limit, streak_bonus, seed, rounds,"
                " started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game.pack.id, game.pack.version, lang, mode.name, mode.time_limit, int(mode.streak_bonus),
                    seed, rounds, _now(),
                ),
            )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_answer(
        self, game_id: int, game: Game, outcome: Outcome, review: tuple[str, datetime] | None = None
    ) -> None:
        """Save the game's latest answer with the question's next review card and due date, in one transaction,
        and close the game when it was the last."""
        position = len(game.outcomes)
        with self._db:
            self._db.execute(
                "INSERT INTO answers (game_id, position, pack_id, pack_version, question_id, answer, correct,"
                " points, certainty, seconds, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game_id, position, game.pack.id, game.pack.version, outcome.round.question.id,
                    outcome.given, int(outcome.correct), outcome.points, outcome.certainty, outcome.seconds, _now(),
                ),
            )  # fmt: skip
            if review is not None:
                card, due = review
                self._db.execute(
                    "INSERT INTO review (pack_id, question_id, card, due) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (pack_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
                    (game.pack.id, outcome.round.question.id, card, due.isoformat()),
                )
            if game.finished:
                self._db.execute("UPDATE games SET finished_at = ? WHERE id = ?", (_now(), game_id))

    def review_card(self, pack_id: str, question_id: str) -> str | None:
        """The question's review card as saved (JSON), or None before its first answer."""
        row = self._db.execute(
            "SELECT card FROM review WHERE pack_id = ? AND question_id = ?", (pack_id, question_id)
        ).fetchone()
        return row[0] if row else None

    def due(self, when: datetime | None = None) -> dict[str, list[str]]:
        """Question ids due for review by `when` (now by default), per pack, most overdue first."""
        moment = (when or datetime.now(timezone.utc)).isoformat()
        due: dict[str, list[str]] = {}
        rows = self._db.execute("SELECT pack_id, question_id FROM review WHERE due <= ? ORDER BY due", (moment,))
        for pack_id, question_id in rows:
            due.setdefault(pack_id, []).append(question_id)
        return due

    def unfinished(self) -> UnfinishedGame | None:
        """The most recent game that was neither finished nor dropped, if any."""
        row = self._db.execute(
            "SELECT id, pack_id, lang, seed, rounds, mode, time_limit, streak_bonus FROM games"
            " WHERE finished_at IS NULL AND dropped = 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        game_id, pack_id, lang, seed, rounds, mode_name, time_limit, bonus = row
        try:
            mode = Mode(mode_name, time_limit or Mode().time_limit, bool(bonus))
        except ValueError:
            return None
        given = [
            GivenAnswer(answer, certainty, seconds)
            for answer, certainty, seconds in self._db.execute(
                "SELECT answer, certainty, seconds FROM answers WHERE game_id = ? ORDER BY position", (game_id,)
            )
        ]
        rebuilt = [(question_id, list(order)) for question_id, order in json.loads(rounds)]
        return UnfinishedGame(game_id, pack_id, lang, seed, mode, rebuilt, given)

    def drop(self, game_id: int) -> None:
        """Stop offering a game for resuming; its answers stay in the history."""
        with self._db:
            self._db.execute("UPDATE games SET dropped = 1 WHERE id = ?", (game_id,))

    def games(self) -> list[GameRecord]:
        """Every game with at least one answer, oldest first."""
        rows = self._db.execute(
            "SELECT g.id, g.started_at, g.pack_id, g.mode, COUNT(a.id), COALESCE(SUM(a.correct), 0),"
            " COALESCE(SUM(a.points), 0), g.finished_at IS NOT NULL"
            " FROM games g JOIN answers a ON a.game_id = g.id GROUP BY g.id ORDER BY g.id"
        )
        return [GameRecord(*row[:7], bool(row[7])) for row in rows]

    def answer_records(self) -> list[AnswerRecord]:
        """Every answer ever given, oldest first, with its game's mode."""
        rows = self._db.execute(
            "SELECT a.game_id, a.answered_at, a.pack_id, a.pack_version, a.question_id, a.answer, a.correct,"
            " a.points, a.certainty, a.seconds, g.mode FROM answers a JOIN games g ON g.id = a.game_id ORDER BY a.id"
        )
        return [AnswerRecord(*row[:6], bool(row[6]), *row[7:]) for row in rows]

    def answers(self, game_id: int | None = None) -> list[SavedAnswer]:
        """Every saved answer (of one game when `game_id` is given), oldest first."""
        query = "SELECT game_id, position, pack_id, question_id, answer, correct, points FROM answers"
        rows = (
            self._db.execute(query + " WHERE game_id = ? ORDER BY position", (game_id,))
            if game_id is not None
            else self._db.execute(query + " ORDER BY id")
        )
        return [SavedAnswer(*row[:5], bool(row[5]), row[6]) for row in rows]


@dataclass(frozen=True)
class UnfinishedGame:
    """A game left before its last answer, as saved."""

    game_id: int
    pack_id: str
    lang: str
    seed: int | None
    mode: Mode
    rounds: list[tuple[str, list[str]]]
    given: list[GivenAnswer]

    @property
    def answered(self) -> int:
        """How many questions were answered before it stopped."""
        return len(self.given)


@dataclass(frozen=True)
class GameRecord:
    """One past game, summed up."""

    game_id: int
    started_at: str
    pack_id: str
    mode: str
    answered: int
    right: int
    points: int
    finished: bool

    @property
    def accuracy(self) -> float | None:
        """The share answered right, or None when nothing was answered."""
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class AnswerRecord:
    """One answer with everything a teacher may want to collect."""

    game_id: int
    answered_at: str
    pack_id: str
    pack_version: str
    question_id: str
    answer: str
    correct: bool
    points: int
    certainty: int | None
    seconds: float | None
    mode: str


def _migrate(connection: sqlite3.Connection) -> None:
    # The version is read inside a write transaction: two games opening a new store at once must not both
    # migrate it; the second waits for the first and then finds nothing left to do.
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise sqlite3.DatabaseError(f"the store was written by a newer version of the game (schema {version})")
        for number, script in enumerate(MIGRATIONS[version:], version + 1):
            for statement in script.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

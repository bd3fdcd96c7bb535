"""The players' progress in a local SQLite file: games and every answer, saved the moment it is given.

Every game is a player's (quiz.players), and may be played in a class: the methods that read take `player=None`
for every player's records, or a name for that player's. The schema and its migrations are in quiz.storeschema.

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
from typing import Any

from quiz.game import TIMEOUT, Game, GivenAnswer, Outcome, Round
from quiz.i18n import tr
from quiz.model import Kind
from quiz.players import default_player
from quiz.scoring import Mode
from quiz.storefile import StoreState, in_memory, open_store_file
from quiz.storeschema import MIGRATIONS, migrate
from quiz.text import one_line

STORE_NAME = "progress.sqlite3"

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
        opened = open_store_file(folder / STORE_NAME, len(MIGRATIONS), migrate)
        return cls(opened.connection, opened.state, opened.detail)

    @classmethod
    def in_memory(cls, reason: str) -> Store:
        """A store that keeps this session's answers in memory only."""
        opened = in_memory(migrate, StoreState.MEMORY_ONLY, reason)
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

    def start_game(
        self, game: Game, lang: str, seed: int | None, *, player: str | None = None, class_code: str | None = None
    ) -> int:
        """Record a new game of `player` (the default player unless named), in a class when `class_code` is given,
        with its mode, questions and their order; returns its id."""
        rounds = json.dumps([[r.question.id, list(r.order)] for r in game.rounds])
        mode = game.mode
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO games (pack_id, pack_version, lang, mode, time_limit, streak_bonus, seed, rounds,"
                " started_at, player, class_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game.pack.id, game.pack.version, lang, mode.name, mode.time_limit, int(mode.streak_bonus),
                    seed, rounds, _now(), player if player is not None else default_player(), class_code,
                ),
            )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_answer(
        self, game_id: int, game: Game, outcome: Outcome, review: tuple[str, datetime] | None = None
    ) -> None:
        """Save the game's latest answer, as the player saw it, with the question's next review card and due date
        for the game's player, in one transaction; and close the game when it was the last."""
        position = len(game.outcomes)
        with self._db:
            row = self._db.execute("SELECT lang FROM games WHERE id = ?", (game_id,)).fetchone()
            text, shown_at = shown(outcome.round, outcome.given, row[0] if row else "")
            self._db.execute(
                "INSERT INTO answers (game_id, position, pack_id, pack_version, question_id, answer, correct,"
                " points, certainty, seconds, answered_at, answer_text, answer_position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game_id, position, game.pack.id, game.pack.version, outcome.round.question.id,
                    outcome.given, int(outcome.correct), outcome.points, outcome.certainty, outcome.seconds, _now(),
                    text, shown_at,
                ),
            )  # fmt: skip
            if review is not None:
                card, due = review
                self._db.execute(
                    "INSERT INTO review (player, pack_id, question_id, card, due)"
                    " SELECT player, ?, ?, ?, ? FROM games WHERE id = ?"
                    " ON CONFLICT (player, pack_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
                    (game.pack.id, outcome.round.question.id, card, due.isoformat(), game_id),
                )
            if game.finished:
                self._db.execute("UPDATE games SET finished_at = ? WHERE id = ?", (_now(), game_id))

    def review_card(self, player: str, pack_id: str, question_id: str) -> str | None:
        """The player's review card of the question as saved (JSON), or None before their first answer to it."""
        row = self._db.execute(
            "SELECT card FROM review WHERE player = ? AND pack_id = ? AND question_id = ?",
            (player, pack_id, question_id),
        ).fetchone()
        return row[0] if row else None

    def due(self, when: datetime | None = None, *, player: str | None = None) -> dict[str, list[str]]:
        """Question ids due for review by `when` (now by default), per pack, most overdue first: `player`'s, or
        those of any player when None."""
        moment = (when or datetime.now(timezone.utc)).isoformat()
        # Keyed by question, so a question due for several players is listed once, where it is most overdue.
        due: dict[str, dict[str, None]] = {}
        rows = self._db.execute(
            "SELECT pack_id, question_id FROM review WHERE due <= ?" + _of(player) + " ORDER BY due",
            (moment, *_named(player)),
        )
        for pack_id, question_id in rows:
            due.setdefault(pack_id, {}).setdefault(question_id, None)
        return {pack_id: list(questions) for pack_id, questions in due.items()}

    def unfinished(self, player: str | None = None) -> UnfinishedGame | None:
        """The most recent game of `player` (of any player when None) that was neither finished nor dropped."""
        row = self._db.execute(
            "SELECT id, pack_id, lang, seed, rounds, mode, time_limit, streak_bonus FROM games"
            " WHERE finished_at IS NULL AND dropped = 0" + _of(player) + " ORDER BY id DESC LIMIT 1",
            _named(player),
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

    def games(self, player: str | None = None) -> list[GameRecord]:
        """Every game of `player` (of every player when None) with at least one answer, oldest first."""
        rows = self._db.execute(
            "SELECT g.id, g.started_at, g.pack_id, g.mode, COUNT(a.id), COALESCE(SUM(a.correct), 0),"
            " COALESCE(SUM(a.points), 0), g.finished_at IS NOT NULL, g.player"
            " FROM games g JOIN answers a ON a.game_id = g.id WHERE 1" + _of(player, "g.") + " GROUP BY g.id"
            " ORDER BY g.id",
            _named(player),
        )
        return [GameRecord(*_flagged(row, 7)) for row in rows]

    def answer_records(self, player: str | None = None, class_code: str | None = None) -> list[AnswerRecord]:
        """Every answer given by `player` and in the class `class_code` (None: any), oldest first, with its game's
        player, class, language and mode."""
        where = _of(player, "g.") + (" AND g.class_code = ?" if class_code is not None else "")
        rows = self._db.execute(
            "SELECT a.game_id, a.answered_at, a.pack_id, a.pack_version, a.question_id, a.answer, a.correct,"
            " a.points, a.certainty, a.seconds, g.mode, g.player, g.class_code, g.lang, a.answer_text,"
            " a.answer_position FROM answers a JOIN games g ON g.id = a.game_id WHERE 1" + where + " ORDER BY a.id",
            (*_named(player), *([class_code] if class_code is not None else [])),
        )
        return [AnswerRecord(*_flagged(row, 6)) for row in rows]

    def players(self) -> list[str]:
        """The name of every player who gave at least one answer, in alphabetical (code point) order."""
        rows = self._db.execute(
            "SELECT DISTINCT g.player FROM games g JOIN answers a ON a.game_id = g.id ORDER BY g.player"
        )
        return [name for (name,) in rows]

    def answers(self, game_id: int | None = None) -> list[SavedAnswer]:
        """Every saved answer (of one game when `game_id` is given), oldest first."""
        query = "SELECT game_id, position, pack_id, question_id, answer, correct, points FROM answers"
        rows = (
            self._db.execute(query + " WHERE game_id = ? ORDER BY position", (game_id,))
            if game_id is not None
            else self._db.execute(query + " ORDER BY id")
        )
        return [SavedAnswer(*_flagged(row, 5)) for row in rows]


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
    player: str

    @property
    def accuracy(self) -> float | None:
        """The share answered right, or None when nothing was answered."""
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class AnswerRecord:
    """One answer with everything a teacher may want to collect (docs/history-format.md says what each means)."""

    game_id: int
    answered_at: str
    pack_id: str
    pack_version: str
    question_id: str
    answer: str
    """The stable key: "myth", "fact", the choice's 0-based index in the pack, or "timeout"."""
    correct: bool
    points: int
    certainty: int | None
    seconds: float | None
    mode: str
    player: str
    class_code: str | None
    lang: str
    """The game's language."""
    answer_text: str | None
    """The chosen answer as it was shown, in the game's language; None for a timeout or an answer saved before
    the store kept it."""
    answer_position: int | None
    """Where the chosen answer was on screen, from 1; None for a timeout."""


def shown(round_: Round, key: str, lang: str) -> tuple[str | None, int | None]:
    """The answer `key` to `round_` as the player saw it in `lang`: its text and its 1-based place on screen."""
    if key == TIMEOUT or key not in round_.order:
        return None, None
    question = round_.question
    if question.kind is Kind.MYTH_FACT:
        text = tr(f"answer.{key}", lang)
    else:
        text = one_line(question.choices[int(key)].text.get(lang))
    return text, round_.order.index(key) + 1


def _of(player: str | None, table: str = "") -> str:
    """The condition that keeps `player`'s rows, or none when every player's are wanted."""
    return f" AND {table}player = ?" if player is not None else ""


def _named(player: str | None) -> tuple[str, ...]:
    return (player,) if player is not None else ()


def _flagged(row: tuple[Any, ...], column: int) -> tuple[Any, ...]:
    # SQLite keeps a flag as 0 or 1; the records hold a bool. One tuple of unknown length also lets mypy match a
    # whole row to a record's fields, which a row slice followed by more arguments does not.
    return (*row[:column], bool(row[column]), *row[column + 1 :])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

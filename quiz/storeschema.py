"""The progress file's schema, version by version: each migration moves a store from one version to the next.

The file's PRAGMA user_version says which version it is at; `migrate` brings it up to the latest, keeping every
answer saved before.
"""

from __future__ import annotations

import sqlite3

from quiz.players import default_player

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
    # Players and classes. Every game is played by a player, and may be played in a class; the games saved before
    # become the default player's (the name is filled in by the SQL function default_player(), which `migrate`
    # provides). An answer keeps the text of the choice in the game's language and its place on screen, as the
    # player saw them; for the answers saved before, the place comes from the game's saved order, and the text
    # stays unknown (the pack may have changed since). Reviews become each player's own: the table is remade, as
    # SQLite cannot change a primary key.
    """
    ALTER TABLE games ADD COLUMN player TEXT;
    ALTER TABLE games ADD COLUMN class_code TEXT;
    UPDATE games SET player = default_player();
    CREATE INDEX games_by_player ON games (player, finished_at, dropped);
    ALTER TABLE answers ADD COLUMN answer_text TEXT;
    ALTER TABLE answers ADD COLUMN answer_position INTEGER;
    UPDATE answers SET answer_position = (
        SELECT shown.key + 1 FROM games g, json_each(g.rounds) AS round, json_each(round.value, '$[1]') AS shown
        WHERE g.id = answers.game_id AND round.key = answers.position - 1 AND shown.value = answers.answer
    );
    CREATE TABLE players_review (
        player TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (player, pack_id, question_id)
    );
    INSERT INTO players_review SELECT default_player(), pack_id, question_id, card, due FROM review;
    DROP TABLE review;
    ALTER TABLE players_review RENAME TO review;
    CREATE INDEX review_by_due ON review (player, due);
    """,
)


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the store on `connection` up to the latest schema, in one transaction."""
    # The version is read inside a write transaction: two games opening a new store at once must not both
    # migrate it; the second waits for the first and then finds nothing left to do.
    connection.execute("BEGIN IMMEDIATE")
    # The games saved before there were players become the default player's (migration 4).
    connection.create_function("default_player", 0, default_player)
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

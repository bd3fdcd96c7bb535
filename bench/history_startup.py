"""Figure 5: does a long history slow the first screen? (issue 3: progress must not slow it noticeably)

The start screen asks the store for the unfinished game and the questions due for review. Here the real
`quiz play` starts in a pseudo-terminal twice over: with a data folder holding 300 finished games (about
10,000 answers), an unfinished game and questions due, and, as the floor, with an empty data folder. Runs
alternate; the history is copied afresh for each run, so no run sees another's changes.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.startup import LANG, bundled_pack
from bench.stats import Row, median, seconds, times
from bench.terminal import PtyRun, quiz_command, terminal_env

GOAL = 1.1
GAMES = 300


def write_history(folder: Path) -> int:
    """A data folder with GAMES games of the bundled pack, the last one unfinished, and some questions due."""
    from quiz.game import Game
    from quiz.packs import load_pack
    from quiz.store import STORE_NAME, Store

    pack = load_pack(bundled_pack())
    store = Store.open(folder)
    for number in range(GAMES):
        game = Game.new(pack, seed=number)
        game_id = store.start_game(game, LANG, number)
        rounds = game.rounds if number < GAMES - 1 else game.rounds[:3]
        for index, round_ in enumerate(rounds):
            key = round_.question.correct_key if (number + index) % 3 else round_.order[-1]
            store.record_answer(game_id, game, game.answer(key))
    answers = len(store.answers())
    store.close()
    db = sqlite3.connect(folder / STORE_NAME)
    with db:
        db.execute("UPDATE review SET due = '2000-01-01T00:00:00+00:00' WHERE rowid % 4 = 0")
    db.close()
    return answers


def time_start(data: Path, scratch: Path) -> float:
    """Seconds from starting `quiz play` to its start screen being drawn."""
    from quiz.i18n import tr

    run = PtyRun([str(quiz_command()), "play", "--lang", LANG], scratch, terminal_env(data))
    try:
        return run.wait_for(tr("hint.start", LANG)) - run.started
    finally:
        run.stop()


@dataclass(frozen=True)
class HistoryResult:
    answers: int
    with_history: list[float]
    empty: list[float]


def measure(warmup: int, runs: int, scratch: Path) -> HistoryResult:
    """Alternate starts with the long history and with an empty data folder."""
    history = Path(tempfile.mkdtemp(dir=scratch)) / "history"
    answers = write_history(history)
    with_history: list[float] = []
    empty: list[float] = []
    for index in range(warmup + runs):
        copy = Path(tempfile.mkdtemp(dir=scratch)) / "data"
        shutil.copytree(history, copy)
        long_one = time_start(copy, scratch)
        fresh = time_start(Path(tempfile.mkdtemp(dir=scratch)) / "data", scratch)
        if index >= warmup:
            with_history.append(long_one)
            empty.append(fresh)
    return HistoryResult(answers, with_history, empty)


def rows(result: HistoryResult) -> list[Row]:
    """The table row of figure 5."""
    value, floor = median(result.with_history), median(result.empty)
    ratio = value / floor
    return [
        Row(
            f"5. Start screen with {result.answers:,} saved answers (floor: empty data folder)",
            seconds(value), seconds(floor), times(ratio), f"≤ {GOAL}× floor", ratio <= GOAL,
        )
    ]  # fmt: skip


def notes(result: HistoryResult) -> list[str]:
    """How figure 5 was taken."""
    return [
        f"Figure 5: {GAMES} games of the bundled pack ({result.answers:,} answers, the last game unfinished, a "
        f"quarter of the questions due for review), {len(result.with_history)} timed starts of each kind after "
        "a warm-up, alternating with starts on an empty data folder."
    ]

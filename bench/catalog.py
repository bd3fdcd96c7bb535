"""Figure 7 (issue 15, goal 4): `quiz list` and the start screen with 10,000 packs in the pack folders.

10,000 generated packs of 10 questions each (about 12 KB a pack) sit in one folder that MYTH_OR_FACT_PACKS names.
The first `quiz list` checks every pack and fills the cache of checked packs (timed once, for reference: a folder
of new packs costs that once). Then, as a teacher runs it again, `quiz list` is timed with its peak memory,
alternating with its floor: a fresh Python that lists the folder and reads every file, which no catalog can do
without. The start screen is `quiz play --lang en` in the 80x24 pseudo-terminal, timed until its key line is
up, alternating with the same start on an empty pack folder (the bundled pack only); both use the filled cache
and a fresh data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.generate import write_pack
from bench.startup import LANG
from bench.stats import Row, median, megabytes, seconds, times
from bench.terminal import PtyRun, quiz_command, terminal_env

PACKS, QUESTIONS = 10_000, 10
GOAL_SECONDS = 3.0

FLOOR_SCRIPT = """
import os, sys
for entry in sorted(os.scandir(sys.argv[1]), key=lambda entry: entry.name):
    with open(entry.path, "rb") as stream:
        stream.read()
"""


def write_packs(folder: Path) -> Path:
    """Write the packs, each with its own id."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(PACKS):
        write_pack(folder / f"pack-{index:05d}.yaml", QUESTIONS, seed=index, pack_id=f"bench-{index:05d}")
    return folder


LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)
output = child.stdout.read()
_, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - started
lines = sum(1 for line in output.splitlines() if line.startswith(b"bench-"))
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak": usage.ru_maxrss * 1024, "status": status, "listed": lines}))
"""
"""Runs a command and reports its time and peak memory. A child's ru_maxrss counts the memory of the process
that started it, so the command is started from this small Python rather than from the benchmark's driver."""


@dataclass(frozen=True)
class Run:
    """One command: its wall time, its processor time, the peak resident memory of its process, and the packs it
    listed."""

    seconds: float
    cpu: float
    """User and system time: what the command itself cost, less moved by other work on the machine."""
    peak: int
    listed: int


def run_command(argv: list[str], env: dict[str, str], cwd: Path) -> Run:
    """Run `argv` to its end through LAUNCHER, its output read through a pipe as a terminal would."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *argv], env=env, cwd=cwd, capture_output=True, text=True, check=False
    )
    report = json.loads(done.stdout) if done.returncode == 0 else {"status": -1}
    if report["status"] != 0:
        raise RuntimeError(f"{argv[:3]} failed:\n{done.stderr}")
    return Run(report["seconds"], report["cpu"], report["peak"], report["listed"])


def list_env(packs: Path, cache: Path, data: Path) -> dict[str, str]:
    """The environment of a teacher's shell whose pack folder is `packs`."""
    env = terminal_env(data)
    env.update(MYTH_OR_FACT_PACKS=str(packs), MYTH_OR_FACT_CACHE=str(cache))
    return env


def time_list(packs: Path, cache: Path, scratch: Path) -> Run:
    """One `quiz list`; fails loudly unless it listed every pack."""
    run = run_command([str(quiz_command()), "list", "--lang", LANG], list_env(packs, cache, scratch), scratch)
    if run.listed != PACKS:
        raise RuntimeError(f"quiz list listed {run.listed} of the {PACKS} generated packs")
    return run


def time_floor(packs: Path, scratch: Path) -> Run:
    return run_command([sys.executable, "-c", FLOOR_SCRIPT, str(packs)], dict(os.environ), scratch)


def time_start(packs: Path, cache: Path, scratch: Path) -> float:
    """Seconds from starting `quiz play` to its start screen's key line."""
    from quiz.i18n import tr

    data = Path(tempfile.mkdtemp(dir=scratch))
    run = PtyRun([str(quiz_command()), "play", "--lang", LANG], scratch, list_env(packs, cache, data))
    try:
        return run.wait_for(tr("hint.start", LANG)) - run.started
    finally:
        run.stop()


@dataclass(frozen=True)
class CatalogResult:
    first: Run
    listing: list[Run]
    floor: list[Run]
    start: list[float]
    start_floor: list[float]
    total_bytes: int


def measure(runs: int, scratch: Path) -> CatalogResult:
    """Write the packs, fill the cache with a first `quiz list`, then alternate each timing with its floor."""
    packs = write_packs(scratch / "packs")
    empty = scratch / "no-packs"
    empty.mkdir()
    cache = scratch / "cache"
    first = time_list(packs, cache, scratch)
    listing: list[Run] = []
    floor: list[Run] = []
    start: list[float] = []
    start_floor: list[float] = []
    for _ in range(runs):
        listing.append(time_list(packs, cache, scratch))
        floor.append(time_floor(packs, scratch))
        start.append(time_start(packs, cache, scratch))
        start_floor.append(time_start(empty, cache, scratch))
    total = sum(path.stat().st_size for path in packs.iterdir())
    return CatalogResult(first, listing, floor, start, start_floor, total)


def rows(result: CatalogResult) -> list[Row]:
    """The table rows of figure 7."""
    listing = median([run.seconds for run in result.listing])
    floor = median([run.seconds for run in result.floor])
    start, start_floor = median(result.start), median(result.start_floor)
    peak = max(run.peak for run in result.listing)
    return [
        Row(
            f"7. `quiz list`, {PACKS:,} packs in the pack folder (cache filled)",
            seconds(listing),
            seconds(floor),
            times(listing / floor),
            f"≤ {GOAL_SECONDS:.0f} s",
            listing <= GOAL_SECONDS,
        ),
        Row(
            "7. `quiz list`: processor time (user + system)",
            seconds(median([run.cpu for run in result.listing])),
            seconds(median([run.cpu for run in result.floor])),
            times(median([run.cpu for run in result.listing]) / median([run.cpu for run in result.floor])),
        ),
        Row("7. `quiz list`: peak memory (whole process)", megabytes(peak)),
        Row(f"7. `quiz list`, {PACKS:,} packs, first run (cache empty)", seconds(result.first.seconds)),
        Row(
            f"7. Start screen drawn with {PACKS:,} packs (floor: the bundled pack only)",
            seconds(start),
            seconds(start_floor),
            times(start / start_floor),
        ),
    ]


def notes(result: CatalogResult) -> list[str]:
    """What a reader needs to know to trust figure 7."""
    return [
        (
            f"Figure 7: {PACKS:,} packs of {QUESTIONS} questions written by bench/generate.py "
            f"({result.total_bytes / 1_048_576:.0f} MB in all) in one folder named by MYTH_OR_FACT_PACKS, the cache "
            f"in a scratch folder (MYTH_OR_FACT_CACHE). The first `quiz list` checked every pack and wrote its cache "
            f"entry ({seconds(result.first.seconds)}, peak {megabytes(result.first.peak)}); then "
            f"{len(result.listing)} timed runs of `quiz list --lang en`, its output read through a pipe, alternating "
            "with the floor, a fresh Python that lists the folder and reads every file. Memory is the peak resident "
            "set of the `quiz list` process (wait4, started from a small Python: a child's figure counts its "
            "parent's memory too). The start screen: `quiz play --lang en` in the 80×24 "
            "pseudo-terminal until its key line is on the pyte screen, alternating with the same start on an empty "
            "pack folder; both with the filled cache and a fresh data folder. A fault audit measured 34 s and "
            "185 MB for `quiz list` on such a folder before the catalog read headers from the cache."
        ),
    ]

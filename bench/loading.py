"""Figure 2: loading and checking a big pack with quiz.packs.load_pack, against plain YAML parsing.

Every measurement runs in a fresh Python process (this module run as a worker), so one size's objects,
garbage-collector state and memory peak never leak into another's. A worker first loads the small
warm-up pack once (imports done, caches filled, code paths hot), then times its file. The floor worker
does the same with `yaml.load(f, Loader=yaml.CSafeLoader)`, the fastest safe parse PyYAML offers.

    python -m bench.loading load|floor FILE --warmup WARMUP_FILE --runs N [--no-size-limit]
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.generate import write_pack
from bench.stats import Row, median, megabytes, seconds, times

SIZES = (1_000, 10_000, 100_000)
MEMORY_SIZE = 10_000
GOAL_RATIO = 1.5
GOAL_MEMORY = 150 * 1_048_576
GOAL_GROWTH = 11.0


# -- the worker (runs in its own process) ---------------------------------------------------------------


def _loader(mode: str, path: Path, lift_size_limit: bool) -> Callable[[Path], object]:
    """The function a worker times on `path`: the game's loader, or the YAML floor."""
    if mode == "floor":
        import yaml

        def parse(path: Path) -> object:
            with path.open("rb") as stream:
                return yaml.load(stream, Loader=yaml.CSafeLoader)

        return parse
    from quiz.packs import load_pack

    if lift_size_limit:
        lift_limits(path.stat().st_size)
    return load_pack


def lift_limits(size: int) -> None:
    """Let the loader read a file of `size` bytes, in this process only.

    The loader refuses files over MAX_BYTES, or with more than MAX_ITEMS values, before reading them (and the
    reader stops after MAX_BYTES characters of text). Raising both limits to this file's size times the loader
    as if the limits were just big enough.
    """
    import quiz.packs.yamlsource

    quiz.packs.yamlsource.MAX_BYTES = max(quiz.packs.yamlsource.MAX_BYTES, size)
    # Ten times the items of the 10,000-question pack is far past the limit on how many values a pack holds.
    quiz.packs.yamlsource.MAX_ITEMS = max(quiz.packs.yamlsource.MAX_ITEMS, size)


def _peak_rss() -> int:
    """The process's peak resident set size so far, in bytes.

    On Linux it is read from /proc (VmHWM), because getrusage's ru_maxrss of a process also counts the memory of
    the process it was started from, up to the moment it started: started by the benchmark's driver, which has
    loaded the big pack itself to check it, a worker would report the driver's peak whenever its own is lower.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB, macOS bytes


def worker(mode: str, path: Path, warmup: Path, runs: int, lift_size_limit: bool) -> dict[str, object]:
    """Time `runs` loads of `path` after one load of `warmup`; also the memory peak around the first."""
    load = _loader(mode, path, lift_size_limit)
    load(warmup)
    gc.collect()
    before = _peak_rss()
    durations = []
    first_peak = 0
    for _ in range(runs):
        started = time.perf_counter()
        result = load(path)
        durations.append(time.perf_counter() - started)
        first_peak = first_peak or _peak_rss()
        # Freeing a huge tree is not part of loading it; do it outside the timed part.
        del result
        gc.collect()
    return {"durations": durations, "rss_before": before, "rss_peak": first_peak}


def _worker_main() -> None:
    parser = argparse.ArgumentParser(description="Time one kind of pack load in this process.")
    parser.add_argument("mode", choices=("load", "floor"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--warmup", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-size-limit", action="store_true")
    options = parser.parse_args()
    print(json.dumps(worker(options.mode, options.path, options.warmup, options.runs, options.no_size_limit)))


# -- the driver -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """A worker's report."""

    durations: list[float]
    rss_before: int
    rss_peak: int


@dataclass(frozen=True)
class SizeResult:
    size: int
    file_bytes: int
    load: Timing
    floor: Timing


def run_worker(mode: str, path: Path, warmup: Path, runs: int) -> Timing:
    """Run one worker in a fresh Python and read its report."""
    from quiz.packs import MAX_BYTES

    argv = [sys.executable, "-m", "bench.loading", mode, str(path), "--warmup", str(warmup), "--runs", str(runs)]
    if path.stat().st_size > MAX_BYTES:
        argv.append("--no-size-limit")
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"bench.loading worker failed:\n{done.stderr}")
    report = json.loads(done.stdout)
    return Timing(report["durations"], report["rss_before"], report["rss_peak"])


def check_pack(path: Path, size: int) -> None:
    """Make sure a generated pack really is valid, so the figures time a successful load."""
    import quiz.packs.yamlsource
    from quiz.packs import load_pack

    if path.stat().st_size > quiz.packs.yamlsource.MAX_BYTES:
        return  # too big to load here without lifting the limit; the 1,000 check covers the generator
    pack = load_pack(path)
    if len(pack.questions) != size:
        raise RuntimeError(f"{path}: {len(pack.questions)} questions loaded, {size} written")


def measure(runs: dict[int, int], scratch: Path) -> list[SizeResult]:
    """Write a pack of each size in `runs` (size -> timed runs), then time loader and floor on it."""
    warmup = write_pack(scratch / "pack-warmup.yaml", 1_000, seed=1)
    check_pack(warmup, 1_000)
    results = []
    for size, count in runs.items():
        path = write_pack(scratch / f"pack-{size}.yaml", size)
        check_pack(path, size)
        load = run_worker("load", path, warmup, count)
        floor = run_worker("floor", path, warmup, count)
        results.append(SizeResult(size, path.stat().st_size, load, floor))
    return results


def rows(results: list[SizeResult]) -> list[Row]:
    """The table rows of figure 2."""
    table = []
    by_size = {result.size: result for result in results}
    for result in results:
        load, floor = median(result.load.durations), median(result.floor.durations)
        goal = result.size == MEMORY_SIZE
        table.append(
            Row(
                f"2. Load and check {result.size:,} questions ({result.file_bytes / 1_048_576:.1f} MB)",
                seconds(load),
                seconds(floor),
                times(load / floor),
                f"≤ {GOAL_RATIO}× floor" if goal else "—",
                load / floor <= GOAL_RATIO if goal else None,
            )
        )
    if 10_000 in by_size and 100_000 in by_size:
        growth = median(by_size[100_000].load.durations) / median(by_size[10_000].load.durations)
        floor_growth = median(by_size[100_000].floor.durations) / median(by_size[10_000].floor.durations)
        table.append(
            Row(
                "2. Growth from 10,000 to 100,000 questions",
                times(growth),
                times(floor_growth),
                "—",
                f"≤ {GOAL_GROWTH:.0f}×",
                growth <= GOAL_GROWTH,
            )
        )
    if MEMORY_SIZE in by_size:
        memory = by_size[MEMORY_SIZE]
        table.append(
            Row(
                f"2. Peak memory loading {MEMORY_SIZE:,} questions (whole process)",
                megabytes(memory.load.rss_peak),
                megabytes(memory.floor.rss_peak),
                times(memory.load.rss_peak / memory.floor.rss_peak),
                f"< {megabytes(GOAL_MEMORY)}",
                memory.load.rss_peak < GOAL_MEMORY,
            )
        )
    return table


def notes(results: list[SizeResult]) -> list[str]:
    """What a reader needs to know to trust figure 2."""
    from quiz.packs import MAX_BYTES

    lines = [
        "Figure 2: packs written by bench/generate.py (English and Chinese, two thirds myth-or-fact and one third "
        "multiple choice, references, article fields on every third question; about "
        f"{results[0].file_bytes / results[0].size:.0f} bytes a question, the bundled pack has about 1,400). "
        "Each size is timed in a fresh process for the loader and another for the floor, after loading a "
        "1,000-question pack once in that process; runs per size: "
        + ", ".join(f"{r.size:,}: {len(r.load.durations)}" for r in results)
        + ". The garbage collector is left on, as in the game.",
        "Memory is the peak resident set size (VmHWM on Linux, else `ru_maxrss`) of that fresh process after its "
        "first timed load, "
        "the interpreter, imports and warm-up included (their peak before the timed load: "
        + ", ".join(f"{megabytes(r.load.rss_before)}" for r in results if r.size == MEMORY_SIZE)
        + "); not tracemalloc, which misses libyaml's own allocations and slows the load.",
    ]
    too_big = [r for r in results if r.file_bytes > MAX_BYTES]
    if too_big:
        lines.append(
            f"**Size limit:** the loader refuses files over {MAX_BYTES // 1_048_576} MB "
            f"(quiz.packs.MAX_BYTES), so the {'- and '.join(f'{r.size:,}' for r in too_big)}-question packs "
            "cannot be loaded by the game at all. To time their parsing, the worker process raises "
            "`quiz.packs.yamlsource.MAX_BYTES` and the limit on values, `MAX_ITEMS`, to the file's size before "
            "loading."
        )
    return lines


if __name__ == "__main__":
    _worker_main()

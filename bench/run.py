"""Run every benchmark, print the table, and with --write put it in docs/performance.md.

python -m bench.run [--quick] [--write] [--only 1,2,3,4,5,6,7,8]
python bench/run.py ...            (the same)

--quick leaves out figure 8 (`quiz serve` with 60 tabs, some three minutes) unless --only names it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    # Run as a file, Python puts bench/ first on the path; the repository root must be there instead
    # for `bench` to import as a package (and bench/ must not shadow any standard module).
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench import catalog, class_report, history_startup, latency, loading, report, serve_scale, startup, validation
from bench.stats import Row
from bench.terminal import compile_game

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
FIGURES = ("1", "2", "3", "4", "5", "6", "7", "8")
SLOW = ("8",)
"""Figures --quick leaves out unless --only names them."""


def _say(message: str) -> None:
    """Progress goes to stderr, so stdout holds only the table."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run_startup(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say("1. time to the first screens in a pseudo-terminal")
    result = startup.measure(warmup=1, runs=3 if quick else 7, scratch=scratch)
    return startup.rows(result), startup.notes(result)


def run_loading(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    # 100,000 questions take about a minute per load on a slow machine, so they run once, and not at all
    # with --quick; the smaller sizes carry the repetitions.
    runs = {1_000: 3, 10_000: 1} if quick else {1_000: 5, 10_000: 3, 100_000: 1}
    _say("2. pack loading: " + ", ".join(f"{size:,} questions × {count}" for size, count in runs.items()))
    results = loading.measure(runs, scratch)
    notes = loading.notes(results)
    if quick:
        notes.append("Run with --quick: the 100,000-question pack was not timed.")
    return loading.rows(results), notes


def run_latency(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say("3. answer latency (headless, then in a pseudo-terminal)")
    result = latency.measure(scratch, quick=quick)
    return latency.rows(result), latency.notes(result)


def run_validation(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say("4. quiz validate over 100 packs")
    result = validation.measure(warmup=1, runs=1 if quick else 3, scratch=scratch)
    return validation.rows(result), validation.notes(result)


def run_history(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say("5. the start screen with a long history")
    result = history_startup.measure(warmup=1, runs=3 if quick else 7, scratch=scratch)
    return history_startup.rows(result), history_startup.notes(result)


def run_class_report(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say(f"6. quiz report over {class_report.PLAYERS:,} players × {class_report.QUESTIONS} questions")
    result = class_report.measure(warmup=1, runs=1 if quick else 3, scratch=scratch)
    return class_report.rows(result), class_report.notes(result)


def run_catalog(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    _say(f"7. quiz list and the start screen with {catalog.PACKS:,} packs (writing them and filling the cache first)")
    result = catalog.measure(runs=2 if quick else 5, scratch=scratch)
    return catalog.rows(result), catalog.notes(result)


def run_serve_scale(quick: bool, scratch: Path) -> tuple[list[Row], list[str]]:
    sizes = serve_scale.QUICK_SIZES if quick else serve_scale.SIZES
    _say("8. quiz serve with " + ", then ".join(f"{size} tabs" for size in sizes) + " at once")
    results = serve_scale.measure(scratch, quick=quick)
    return serve_scale.rows(results), serve_scale.notes(results)


RUNNERS = {
    "1": run_startup,
    "2": run_loading,
    "3": run_latency,
    "4": run_validation,
    "5": run_history,
    "6": run_class_report,
    "7": run_catalog,
    "8": run_serve_scale,
}


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and no 100,000-question pack")
    parser.add_argument("--write", action="store_true", help=f"also write the results into {DOC.relative_to(ROOT)}")
    parser.add_argument(
        "--only", metavar="1,2,3,4,5,6,7", help="run only these figures (default: all; with --quick, all but 7)"
    )
    options = parser.parse_args(argv)
    if options.only is None:
        options.figures = [figure for figure in FIGURES if not (options.quick and figure in SLOW)]
    else:
        options.figures = [figure.strip() for figure in options.only.split(",") if figure.strip()]
    unknown = [figure for figure in options.figures if figure not in RUNNERS]
    if unknown:
        parser.error(f"no figure {', '.join(unknown)}; the figures are {', '.join(FIGURES)}")
    return options


def main(argv: list[str] | None = None) -> int:
    options = parse_arguments(argv)
    compile_game()
    machine = report.Machine.now()
    started = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="myth-or-fact-bench-") as folder:
        for figure in options.figures:
            scratch = Path(folder) / f"figure-{figure}"
            scratch.mkdir()
            figure_rows, figure_notes = RUNNERS[figure](options.quick, scratch)
            rows += figure_rows
            notes += figure_notes
    duration = time.perf_counter() - started
    machine = machine.finished()
    print("\n".join(machine.lines()))
    print()
    print("\n".join(report.table(rows)))
    print(f"\n(the run took {duration / 60:.1f} minutes)")
    if options.write:
        flags = " ".join(flag for flag, on in (("--quick", options.quick), ("--write", True)) if on)
        if options.only is not None:
            flags += f" --only {','.join(options.figures)}"
        report.write(DOC, report.section(machine, rows, notes, flags, duration))
        _say(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

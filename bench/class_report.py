"""Figure 6: `quiz report` over a large class, 1,000 players × 50 questions (issue 13: the report must be fast).

A generated 50-question pack and 50,000 answers written as one exported history (JSON, as `quiz history --format
json` writes it, with a player column): each player answers every question once, right with a chance that rises
with their made-up ability. The installed command runs as a subprocess, as a teacher would run it, once per
format, each writing its file with -o. The floor is a fresh Python that reads the same JSON with json.load and the
pack with the game's loader: a report cannot be made faster than its inputs can be read. Runs alternate.
Where the time goes inside one report is taken once in this process and given in the notes.
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.generate import write_pack
from bench.stats import Row, median, seconds, times
from bench.terminal import quiz_command

PLAYERS, QUESTIONS = 1_000, 50
FORMATS = ("text", "json", "html")

FLOOR_SCRIPT = """
import json, sys
from pathlib import Path
from quiz.packs import load_pack
load_pack(Path(sys.argv[2]))
with open(sys.argv[1], encoding="utf-8") as stream:
    json.load(stream)
"""


def write_class(folder: Path) -> tuple[Path, Path]:
    """The pack and the class's history file, written into `folder`."""
    from quiz.game import answer_keys
    from quiz.packs import load_pack

    folder.mkdir(parents=True, exist_ok=True)
    pack_path = write_pack(folder / "pack.yaml", QUESTIONS, seed=13, pack_id="bench-class")
    pack = load_pack(pack_path)
    rng = random.Random(13)
    start = datetime(2026, 11, 25, 9, tzinfo=timezone.utc)
    rows = []
    for number in range(PLAYERS):
        ability = rng.gauss(0, 1)
        for index, question in enumerate(pack.questions):
            knows = rng.random() < 1 / (1 + math.exp(-(ability - 1.5 + 3 * index / QUESTIONS)))
            key = question.correct_key if knows else rng.choice(answer_keys(question))
            rows.append(
                {
                    "player": f"player-{number:04d}", "class": "bench", "game_id": number,
                    "answered_at": (start + timedelta(seconds=index)).isoformat(), "pack_id": pack.id,
                    "pack_version": pack.version, "question_id": question.id, "answer": key,
                    "correct": key == question.correct_key, "points": 100, "certainty": None, "seconds": 4.0,
                    "mode": "classic",
                }
            )  # fmt: skip
    history = folder / "class.json"
    history.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return pack_path, history


def _timed(argv: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=cwd)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:2])} failed:\n{done.stdout}{done.stderr}")
    return elapsed


def time_report(pack: Path, history: Path, fmt: str) -> float:
    """Seconds for one `quiz report HISTORY --pack PACK --format FMT -o FILE`."""
    output = history.with_name(f"report.{fmt}")
    argv = [str(quiz_command()), "report", str(history), "--pack", str(pack), "--format", fmt, "-o", str(output)]
    return _timed(argv, history.parent)


def time_floor(pack: Path, history: Path) -> float:
    """Seconds for a fresh Python to read the history and load the pack."""
    return _timed([sys.executable, "-c", FLOOR_SCRIPT, str(history), str(pack)], history.parent)


def stages(pack_path: Path, history: Path) -> dict[str, float]:
    """Seconds each stage of one report takes in this process: reading, counting and figures, each renderer."""
    from quiz.packs import load_pack
    from quiz.report import RENDERERS
    from quiz.report.build import build_report
    from quiz.report.select import counted
    from quiz.report.sources import collect

    pack = load_pack(pack_path)
    found: dict[str, float] = {}
    started = time.perf_counter()
    collected = collect([history])
    found["read"] = time.perf_counter() - started
    started = time.perf_counter()
    report = build_report(counted(collected.answers, pack))
    found["figures"] = time.perf_counter() - started
    for fmt, render in RENDERERS.items():
        started = time.perf_counter()
        render(report, "en")
        found[fmt] = time.perf_counter() - started
    return found


@dataclass(frozen=True)
class ClassReportResult:
    reports: dict[str, list[float]]
    floor: list[float]
    history_bytes: int
    stages: dict[str, float]


def measure(warmup: int, runs: int, scratch: Path) -> ClassReportResult:
    """Write the class, then alternate each format's report with the floor: `warmup` thrown away, `runs` kept."""
    pack, history = write_class(scratch / "class")
    reports: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    floor: list[float] = []
    for index in range(warmup + runs):
        timed = {fmt: time_report(pack, history, fmt) for fmt in FORMATS}
        read = time_floor(pack, history)
        if index >= warmup:
            for fmt, elapsed in timed.items():
                reports[fmt].append(elapsed)
            floor.append(read)
    return ClassReportResult(reports, floor, history.stat().st_size, stages(pack, history))


def rows(result: ClassReportResult) -> list[Row]:
    """The table rows of figure 6."""
    floor = median(result.floor)
    size = f"{PLAYERS:,} players × {QUESTIONS} questions"
    return [
        Row(f"6. `quiz report`, {size}, --format {fmt}", seconds(median(values)), seconds(floor),
            times(median(values) / floor))
        for fmt, values in result.reports.items()
    ]  # fmt: skip


def notes(result: ClassReportResult) -> list[str]:
    """What a reader needs to know to trust figure 6."""
    stage = ", ".join(f"{name} {seconds(value)}" for name, value in result.stages.items())
    return [
        (
            f"Figure 6: a generated {QUESTIONS}-question pack (two thirds myth-or-fact) and a JSON history of "
            f"{PLAYERS * QUESTIONS:,} answers ({result.history_bytes / 1_048_576:.1f} MB), one per player and question; "
            f"`quiz report FILE --pack PACK --format F -o OUT` as a subprocess, {len(result.floor)} timed runs per "
            "format after a warm-up, alternating with a fresh Python that loads the pack and reads the JSON with "
            "json.load (the floor). Both include interpreter start-up. Inside one report, in this process: "
            f"{stage}. The issue sets no goal for this figure."
        ),
    ]

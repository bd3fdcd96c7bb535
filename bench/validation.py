"""Figure 4: `quiz validate` over a folder of 100 generated packs of 100 questions each.

The installed command runs as a subprocess, as a teacher would run it, so its time includes starting
Python and importing the game. The floor is a fresh Python that imports PyYAML and parses the same files
with `yaml.load(f, Loader=yaml.CSafeLoader)`: checking packs cannot be faster than reading them.
Runs of the command and of the floor alternate.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import write_pack
from bench.stats import Row, median, seconds, times
from bench.terminal import quiz_command

PACKS, QUESTIONS = 100, 100

FLOOR_SCRIPT = """
import sys
from pathlib import Path
import yaml
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    with path.open("rb") as stream:
        yaml.load(stream, Loader=yaml.CSafeLoader)
"""


def write_packs(folder: Path) -> Path:
    """Write the packs, each with its own id (two packs with one id would be an error)."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(PACKS):
        write_pack(folder / f"pack-{index:03d}.yaml", QUESTIONS, seed=index, pack_id=f"bench-{index:03d}")
    return folder


def _timed(argv: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=cwd)
    return time.perf_counter() - started, done


def time_validate(folder: Path) -> float:
    """Seconds for one `quiz validate FOLDER`; fails loudly if it found an error in a pack."""
    elapsed, done = _timed([str(quiz_command()), "validate", str(folder)], folder.parent)
    # Made-up claims repeat each other and lean on words, so the item-writing checks warn about them; the time
    # includes those checks, but only an error means the generated packs are broken.
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines or ": 0 errors," not in lines[-1]:
        raise RuntimeError(f"quiz validate did not pass the generated packs:\n{done.stdout}{done.stderr}")
    return elapsed


def time_floor(folder: Path) -> float:
    """Seconds for a fresh Python to parse every pack in `folder` with the YAML floor."""
    elapsed, done = _timed([sys.executable, "-c", FLOOR_SCRIPT, str(folder)], folder.parent)
    if done.returncode != 0:
        raise RuntimeError(f"the YAML floor failed:\n{done.stderr}")
    return elapsed


@dataclass(frozen=True)
class ValidationResult:
    validate: list[float]
    floor: list[float]
    total_bytes: int


def measure(warmup: int, runs: int, scratch: Path) -> ValidationResult:
    """Write the packs, then alternate command and floor: `warmup` of each thrown away, `runs` kept."""
    folder = write_packs(scratch / "validate")
    validate: list[float] = []
    floor: list[float] = []
    for index in range(warmup + runs):
        command, parse = time_validate(folder), time_floor(folder)
        if index >= warmup:
            validate.append(command)
            floor.append(parse)
    total = sum(path.stat().st_size for path in folder.glob("*.yaml"))
    return ValidationResult(validate, floor, total)


def rows(result: ValidationResult) -> list[Row]:
    """The table rows of figure 4."""
    total, floor = median(result.validate), median(result.floor)
    return [
        Row(
            f"4. `quiz validate`, {PACKS} packs × {QUESTIONS} questions: total",
            seconds(total),
            seconds(floor),
            times(total / floor),
        ),
        Row("4. `quiz validate`: per pack", seconds(total / PACKS), seconds(floor / PACKS), times(total / floor)),
    ]


def notes(result: ValidationResult) -> list[str]:
    """What a reader needs to know to trust figure 4."""
    return [
        (
            f"Figure 4: {PACKS} generated packs ({result.total_bytes / 1_048_576:.1f} MB in all) in one folder; "
            f"`quiz validate FOLDER` as a subprocess, {len(result.validate)} timed runs after a warm-up, alternating "
            "with a fresh Python that parses the same files with CSafeLoader. Both include interpreter start-up; "
            "per pack is the total divided by the number of packs. The issue sets no goal for this figure."
        ),
    ]

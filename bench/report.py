"""The results table, the machine it was measured on, and writing both into docs/performance.md."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from bench.stats import Row

BEGIN = "<!-- bench:begin: written by `python -m bench.run --write`; edit outside these markers -->"
END = "<!-- bench:end -->"
HEADER = ("Figure", "Value", "Floor", "Ratio", "Goal", "Met")

DEFAULT_PAGE = f"""# Performance

How fast the game starts, loads and checks packs, and answers, each measured against a floor taken in the
same run: absolute times drift on shared machines, ratios much less. Rerun it from the repository root in the
test environment of the README:

```
python -m bench.run            # about three and a half minutes; --quick for a rough pass
python -m bench.run --write    # the same, then updates the section below
```

{BEGIN}
{END}
"""


def cpu_model() -> str:
    """The CPU's marketing name, as the OS reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _load() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


@dataclass(frozen=True)
class Machine:
    """Where and when the figures were taken."""

    date: str
    cpu: str
    cores: str
    python: str
    system: str
    libraries: str
    load_before: str
    load_after: str = ""

    @classmethod
    def now(cls) -> Machine:
        """This machine, now (the load after the run is filled in at the end)."""
        import yaml

        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "without libyaml"
        return cls(
            date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            cpu=cpu_model(),
            cores=f"{os.cpu_count()} logical, {usable} usable by this process",
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            libraries=f"textual {_version('textual')}, PyYAML {_version('PyYAML')} {libyaml}, "
            f"pexpect {_version('pexpect')}, pyte {_version('pyte')}",
            load_before=_load(),
        )

    def finished(self) -> Machine:
        """The same record with the load average at the end of the run."""
        return Machine(**{**self.__dict__, "load_after": _load()})

    def lines(self) -> list[str]:
        """The record as a Markdown list."""
        return [
            f"- Date: {self.date}",
            f"- CPU: {self.cpu}; cores: {self.cores}",
            f"- Python: {self.python}",
            f"- OS: {self.system}",
            f"- Libraries: {self.libraries}",
            f"- Load average (1 / 5 / 15 min) before the run: {self.load_before}; after: {self.load_after or 'n/a'}",
        ]


def table(rows: list[Row]) -> list[str]:
    """The rows as a Markdown table, which also reads well in a terminal."""
    cells = [HEADER] + [(r.figure, r.value, r.floor, r.ratio, r.goal, r.verdict) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADER))]

    def line(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return [line(cells[0]), rule] + [line(row) for row in cells[1:]]


def section(machine: Machine, rows: list[Row], notes: list[str], options: str, duration: float) -> str:
    """The generated part of docs/performance.md."""
    parts = [
        "## Latest figures",
        "",
        *machine.lines(),
        f"- Command: `python -m bench.run {options}`".rstrip() + f"; the whole run took {duration / 60:.1f} minutes",
        "",
        *table(rows),
        "",
        (
            "Times are medians of the timed runs (95th percentiles where the row says so); each floor was measured "
            "in the same run, the same way; ratio = value ÷ floor. A goal marked **no** is discussed below this "
            "generated section."
        ),
        "",
        "### How each figure was taken",
        "",
        *[f"- {note}" for note in notes],
    ]
    return "\n".join(parts)


def write(path: Path, generated: str) -> None:
    """Put `generated` between the markers of `path`, keeping everything outside them."""
    page = path.read_text(encoding="utf-8") if path.exists() else DEFAULT_PAGE
    if BEGIN not in page or END not in page:
        page = page.rstrip("\n") + "\n\n" + BEGIN + "\n" + END + "\n"
    before, rest = page.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{before}{BEGIN}\n{generated}\n{END}{after}", encoding="utf-8")

"""What Linux's /proc says about processes: their memory, their CPU time, and which process started which.

psutil is not a dependency, and /proc holds everything the serve benchmark needs. The parsers take the files'
text, so they can be tested on samples; the readers around them return None for a process that has gone.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class Memory:
    """A process's memory in bytes, as /proc/PID/smaps_rollup counts it."""

    rss: int
    """Resident pages, each counted whole however many processes share it."""
    pss: int
    """Proportional set size: each shared page divided among the processes sharing it, so PSS adds up."""
    private: int
    """Pages no other process maps (the unique set size): what ending the process gives back."""

    def __add__(self, other: Memory) -> Memory:
        return Memory(self.rss + other.rss, self.pss + other.pss, self.private + other.private)


NO_MEMORY = Memory(0, 0, 0)


@dataclass(frozen=True)
class Stat:
    """The fields of /proc/PID/stat the benchmark uses."""

    pid: int
    ppid: int
    session: int
    ticks: int
    """User plus system CPU time, in clock ticks (os.sysconf("SC_CLK_TCK") a second)."""
    started: int
    """When the process started, in clock ticks after boot: with the pid, it names one process for good."""


def kilobyte_fields(text: str) -> dict[str, int]:
    """The `Name:   1234 kB` lines of a /proc file (status, smaps_rollup, meminfo) as bytes by name."""
    found = {}
    for line in text.splitlines():
        name, colon, rest = line.partition(":")
        parts = rest.split()
        if colon and len(parts) == 2 and parts[1] == "kB" and parts[0].isdigit():
            found[name.strip()] = int(parts[0]) * 1024
    return found


def parse_smaps_rollup(text: str) -> Memory:
    """A process's memory from the text of its /proc/PID/smaps_rollup."""
    fields = kilobyte_fields(text)
    private = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return Memory(fields.get("Rss", 0), fields.get("Pss", 0), private)


def parse_stat(text: str) -> Stat:
    """The fields we use from the text of /proc/PID/stat.

    The command name sits in parentheses and may itself hold spaces and parentheses, so the fields are counted
    from the last closing parenthesis; after it come field 3 (the state) onwards, as proc(5) numbers them.
    """
    head, _, tail = text.rpartition(")")
    pid = int(head.split("(", 1)[0])
    fields = tail.split()

    def field(number: int) -> int:
        return int(fields[number - 3])

    return Stat(pid, ppid=field(4), session=field(6), ticks=field(14) + field(15), started=field(22))


def descendants(parents: Mapping[int, int], root: int) -> set[int]:
    """Every process below `root` in the tree given as each pid's parent."""
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    found: set[int] = set()
    waiting = list(children.get(root, ()))
    while waiting:
        pid = waiting.pop()
        if pid not in found:
            found.add(pid)
            waiting += children.get(pid, ())
    return found


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None


def memory(pid: int) -> Memory | None:
    """Process `pid`'s memory now, or None when it has gone."""
    text = _read(PROC / str(pid) / "smaps_rollup")
    return None if text is None else parse_smaps_rollup(text)


def stat(pid: int) -> Stat | None:
    """Process `pid`'s stat now, or None when it has gone."""
    text = _read(PROC / str(pid) / "stat")
    return None if text is None else parse_stat(text)


def process_table() -> dict[int, Stat]:
    """Every process this user can see, by pid."""
    table = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (found := stat(int(entry.name))) is not None:
            table[found.pid] = found
    return table


def total_memory(pids: Iterable[int]) -> Memory:
    """The memory of all of `pids` that still run, added up."""
    total = NO_MEMORY
    for pid in pids:
        total += memory(pid) or NO_MEMORY
    return total


def total_ticks(pids: Iterable[int]) -> int:
    """The CPU time of all of `pids` that still run, in clock ticks."""
    return sum(found.ticks for pid in pids if (found := stat(pid)) is not None)


def cpu_seconds(pids: Iterable[int]) -> float:
    """The CPU time of all of `pids` that still run, in seconds."""
    return total_ticks(pids) / ticks_per_second()


def sessions_below(root: int) -> dict[int, list[int]]:
    """The processes below `root`, by session: each game textual-serve starts is a session of its own."""
    table = process_table()
    found: dict[int, list[int]] = {}
    for pid in descendants({pid: entry.ppid for pid, entry in table.items()}, root):
        found.setdefault(table[pid].session, []).append(pid)
    return found


def named_below(root: int) -> set[tuple[int, int]]:
    """Every process below `root`, each named by its pid and start time, so that a pid used again is not taken
    for it."""
    table = process_table()
    below = descendants({pid: entry.ppid for pid, entry in table.items()}, root)
    return {(pid, table[pid].started) for pid in below}


def end_named(named: Iterable[tuple[int, int]]) -> None:
    """SIGKILL each of `named` (from `named_below`) that still runs as the same process."""
    for pid, started in named:
        found = stat(pid)
        if found is not None and found.started == started:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended between the look and the kill


def parse_open_file_limit(text: str) -> int | None:
    """The soft limit on open files from the text of /proc/PID/limits; None when there is none."""
    for line in text.splitlines():
        if line.startswith("Max open files"):
            soft = line.removeprefix("Max open files").split()[0]
            return int(soft) if soft.isdigit() else None
    return None


def open_files(pid: int) -> int:
    """How many files (pipes and sockets included) process `pid` has open; 0 when it has gone."""
    try:
        return len(os.listdir(PROC / str(pid) / "fd"))
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return 0


def open_file_limit(pid: int) -> int | None:
    """How many files process `pid` may have open (its soft limit); None when unlimited or gone."""
    text = _read(PROC / str(pid) / "limits")
    return None if text is None else parse_open_file_limit(text)


def available_memory() -> int:
    """MemAvailable from /proc/meminfo: what the kernel estimates new work could use without swapping."""
    return kilobyte_fields(_read(PROC / "meminfo") or "").get("MemAvailable", 0)


def ticks_per_second() -> int:
    """How many clock ticks make a second of CPU time."""
    return os.sysconf("SC_CLK_TCK")

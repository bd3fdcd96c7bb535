"""A real terminal for end-to-end tests: the installed `quiz` in a pseudo-terminal, read through pyte."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import Callable

import pexpect
import pyte
import pytest

COLUMNS, LINES = 80, 24
DEADLINE = 20.0
"""Seconds to wait for something to appear on the screen before the test fails."""
END_KEY = "\x1b[F"
"""What xterm sends for the End key."""

# Whitespace, box drawing (U+2500-U+257F) and block elements (U+2580-U+259F): borders, scroll bars and button edges.
_NOISE = re.compile(r"[\s\u2500-\u259f]+")


def squeeze(text: str) -> str:
    """`text` without whitespace or frame characters, so a sentence still matches after the terminal wrapped it."""
    return _NOISE.sub("", text)


def quiz_command() -> Path:
    """The installed console script, beside the Python running the tests."""
    command = Path(sys.executable).parent / "quiz"
    if not command.exists():
        pytest.fail(f"the 'quiz' command is not installed next to {sys.executable}")
    return command


class Terminal:
    """The program in a pseudo-terminal, with an emulated screen fed from everything it writes."""

    def __init__(self, args: list[str], cwd: Path, data: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MYTH_OR_FACT_", "LC_"))}
        env.update(TERM="xterm-256color", LANG="en_US.UTF-8", MYTH_OR_FACT_DATA=str(data))
        env.pop("COLUMNS", None)
        env.pop("LINES", None)
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.child = pexpect.spawn(
            str(quiz_command()), args, cwd=str(cwd), env=env, dimensions=(LINES, COLUMNS), encoding=None
        )
        self.exited = False

    def text(self) -> str:
        """What the screen shows now, line by line.

        Read from the cells rather than `Screen.display`, which fails on a wide character's right half left behind
        when the program overwrites only the left half (pyte 0.8.2); that half holds "" and adds nothing here.
        """
        rows = (self.screen.buffer[y] for y in range(self.screen.lines))
        return "\n".join("".join(row[x].data for x in range(self.screen.columns)).rstrip() for row in rows)

    def _pump(self, timeout: float) -> None:
        if self.exited:
            time.sleep(timeout)
            return
        try:
            self.stream.feed(self.child.read_nonblocking(65536, timeout=timeout))
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            self.exited = True

    def wait_until(self, what: str, found: Callable[[str], bool]) -> None:
        """Keep reading the program's output until `found(screen text)` holds; fail after the deadline."""
        deadline = time.monotonic() + DEADLINE
        while True:
            if found(self.text()):
                return
            if self.exited or time.monotonic() > deadline:
                state = "the program exited" if self.exited else f"not there after {DEADLINE:.0f} s"
                pytest.fail(f"waiting for {what}: {state}. The screen:\n{self.text()}")
            self._pump(0.05)

    def wait_for(self, *texts: str) -> None:
        """Wait until every one of `texts` is on the screen (wrapping across lines allowed)."""
        wanted = [squeeze(t) for t in texts]
        self.wait_until(" and ".join(repr(t) for t in texts), lambda shown: all(w in squeeze(shown) for w in wanted))

    def shows(self, text: str) -> bool:
        return squeeze(text) in squeeze(self.text())

    def press(self, keys: str) -> None:
        self.child.send(keys.encode())

    def wait_exit(self) -> int:
        """Wait for the program to end; its exit status."""
        deadline = time.monotonic() + DEADLINE
        while not self.exited:
            if time.monotonic() > deadline:
                pytest.fail(f"the program did not exit within {DEADLINE:.0f} s. The screen:\n{self.text()}")
            self._pump(0.05)
        self.child.close()
        assert self.child.signalstatus is None, f"killed by signal {self.child.signalstatus}"
        return self.child.exitstatus

    def kill(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)

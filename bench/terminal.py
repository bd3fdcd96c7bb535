"""Programs in a pseudo-terminal, read back through a terminal emulator, with times taken as text appears.

Used for the figures a player sees: the program runs in an 80x24 pseudo-terminal as a player would start
it, everything it writes goes through the pyte emulator, and a time is taken when the text we wait for is
on the emulated screen.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pexpect
import pyte

COLUMNS, LINES = 80, 24
DEADLINE = 30.0
"""Seconds to wait for a screen before the run is declared broken."""

# Whitespace, box drawing and block elements: a sentence still matches after the terminal wraps it
# inside a bordered widget.
_NOISE = re.compile(r"[\s\u2500-\u259f]+")


def squeeze(text: str) -> str:
    """`text` without whitespace or frame characters."""
    return _NOISE.sub("", text)


class ScreenTimeout(RuntimeError):
    """The program did not show what we waited for."""


class PtyRun:
    """A program in a pseudo-terminal whose output is fed to an emulated screen."""

    def __init__(self, argv: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        self.child = pexpect.spawn(argv[0], argv[1:], cwd=str(cwd), env=env, dimensions=(LINES, COLUMNS))
        self._stamp = self.started

    def text(self) -> str:
        """The emulated screen, squeezed."""
        return squeeze("".join(self.screen.display))

    def shows(self, *texts: str) -> bool:
        """Whether every one of `texts` is on the screen (wrapping allowed)."""
        shown = self.text()
        return all(squeeze(text) in shown for text in texts)

    def wait_until(self, done: Callable[[], bool], what: str) -> float:
        """The perf_counter time at which `done()` became true, reading output until it does.

        The screen is only looked at between bursts of output: a frame bigger than the pseudo-terminal's
        buffer arrives in several chunks, and a half-drawn frame can show new text above old text. The
        time is when the last chunk of the burst was read, before the emulator parsed it, so the
        emulator's own speed does not count.
        """
        deadline = time.perf_counter() + DEADLINE
        while not done():
            if time.perf_counter() > deadline:
                raise ScreenTimeout(f"waited {DEADLINE:.0f} s for {what}; the screen:\n{self.display()}")
            if not self._read_burst(first_timeout=0.05):
                continue
        return self._stamp

    def _read_burst(self, first_timeout: float) -> bool:
        """Feed everything the program writes in one go to the screen; False when nothing came."""
        timeout = first_timeout
        got = False
        while True:
            try:
                chunk = self.child.read_nonblocking(65536, timeout=timeout)
            except pexpect.TIMEOUT:
                return got
            except pexpect.EOF:
                raise ScreenTimeout(f"the program exited; the screen:\n{self.display()}") from None
            self._stamp = time.perf_counter()
            self.stream.feed(chunk)
            got = True
            # The rest of a frame follows within microseconds; 2 ms of silence means the burst is over.
            timeout = 0.002

    def display(self) -> str:
        """The emulated screen as lines, for error messages."""
        return "\n".join(self.screen.display)

    def wait_for(self, *texts: str) -> float:
        """The perf_counter time at which every one of `texts` was on the screen."""
        return self.wait_until(lambda: self.shows(*texts), repr(texts))

    def press(self, keys: str) -> float:
        """Type `keys`; returns the perf_counter time just before they were sent."""
        now = time.perf_counter()
        self.child.send(keys.encode())
        return now

    def stop(self) -> None:
        """End the program at once: a clean quit would only add work to the next run's time."""
        if self.child.isalive():
            self.child.terminate(force=True)
        self.child.close()


def terminal_env(data: Path) -> dict[str, str]:
    """The environment of a player's xterm, with the game's data in `data` and nothing of ours leaking in."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MYTH_OR_FACT_", "LC_", "TEXTUAL", "COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE"))
    }
    env.update(TERM="xterm-256color", LANG="en_US.UTF-8", MYTH_OR_FACT_DATA=str(data))
    return env


def quiz_command() -> Path:
    """The installed console script, beside the Python running the benchmark."""
    command = Path(sys.executable).parent / "quiz"
    if not command.exists():
        raise SystemExit(f"bench: the 'quiz' command is not installed next to {sys.executable}")
    return command


def compile_game() -> None:
    """Write the bytecode of every module of the game, as `pip install` does for a player.

    An editable install (the README's test environment) leaves that to the first import, and a shell with
    PYTHONDONTWRITEBYTECODE set never writes it: every start would then compile half the game again, a cost no
    installed game pays and the floor app (all in site-packages) never pays either.
    """
    import compileall

    import quiz

    compileall.compile_dir(Path(quiz.__file__).parent, quiet=1)

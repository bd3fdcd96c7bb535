"""SIGTERM and SIGHUP end the full-screen game the way quitting does: answers kept, the terminal given back.

The game runs in a real pseudo-terminal under a shell that, once the game has gone, prints `stty -a`: what the
player's own shell would find. Killed by the default action, the game leaves the terminal raw (-icanon -echo),
on the alternate screen and reporting the mouse.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pexpect
import pyte
import pytest

from quiz.game import Game
from quiz.packs import load_pack
from quiz.store import Store
from tests.pilot import key_for
from tests.terminal import COLUMNS, LINES, quiz_command, squeeze

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).parent.parent / "data" / "sample-pack.yaml"
SEED = 6
DEADLINE = 20.0
DONE = b"STTY-DONE"
# After the game, the shell prints the terminal's settings, so the test sees them as the player's shell would.
SHELL = '"$0" "$@"; stty -a; echo STTY-DONE'
LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


class Session:
    """`quiz play` in a pseudo-terminal under a shell, with every byte it writes kept and a screen to read."""

    def __init__(self, tmp_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MYTH_OR_FACT_", "LC_"))}
        env.update(TERM="xterm-256color", LANG="en_US.UTF-8", MYTH_OR_FACT_DATA=str(tmp_path / "data"))
        env.pop("COLUMNS", None)
        env.pop("LINES", None)
        self.data = tmp_path / "data"
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.output = bytearray()
        args = ["-c", SHELL, str(quiz_command()), "play", "--pack", str(SAMPLE), "--seed", str(SEED)]
        self.shell = pexpect.spawn("/bin/sh", args, cwd=str(tmp_path), env=env, dimensions=(LINES, COLUMNS))

    def _read(self) -> None:
        try:
            data = self.shell.read_nonblocking(65536, timeout=0.05)
        except pexpect.TIMEOUT:
            return
        self.output += data
        self.stream.feed(data)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + DEADLINE
        while squeeze(text) not in squeeze("\n".join(self.screen.display)):
            if time.monotonic() > deadline:
                pytest.fail(f"waiting for {text!r}; the screen:\n" + "\n".join(self.screen.display))
            self._read()

    def wait_for_shell(self) -> bytes:
        """Everything written until the shell has printed the terminal's settings."""
        deadline = time.monotonic() + DEADLINE
        while DONE not in self.output:
            if time.monotonic() > deadline:
                pytest.fail("the game did not end within the deadline after the signal")
            try:
                self._read()
            except pexpect.EOF:
                break
        return bytes(self.output)

    def game_pid(self) -> int:
        """The game's process: the shell's only child."""
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.shell.pid:
                    return int(entry.name)
        pytest.fail("the game's process was not found")

    def close(self) -> None:
        if self.shell.isalive():
            self.shell.terminate(force=True)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the game's process through /proc")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_an_ending_signal_keeps_the_answers_and_restores_the_terminal(tmp_path: Path, number: int) -> None:
    """Two answers, then the signal: the game exits, both answers are saved, the restore sequences are written and
    the terminal is back in canonical mode with echo."""
    game = Game.new(load_pack(SAMPLE), count=5, seed=SEED)
    session = Session(tmp_path)
    try:
        session.wait_for("Start")
        session.shell.send(b"s")
        for round_ in game.rounds[:2]:
            session.wait_for(round_.question.prompt.get("en"))
            session.shell.send(key_for(round_).encode())
            session.wait_for("✔ Right!")
            session.shell.send(b"\r")
        session.wait_for(game.rounds[2].question.prompt.get("en"))
        pid = session.game_pid()
        before = len(session.output)
        os.kill(pid, number)
        after = session.wait_for_shell()[before:]
    finally:
        session.close()
    assert not Path(f"/proc/{pid}").exists(), "the game is still running"
    assert LEAVE_ALTERNATE_SCREEN in after, "the alternate screen was not left"
    assert MOUSE_OFF in after, "mouse reporting was not turned off"
    settings = after.split(LEAVE_ALTERNATE_SCREEN)[-1].decode("utf-8", "replace").split()
    assert "icanon" in settings and "echo" in settings, f"the terminal was left raw: {' '.join(settings)}"
    saved = Store.open(session.data).answers()
    assert [a.question_id for a in saved] == [r.question.id for r in game.rounds[:2]]

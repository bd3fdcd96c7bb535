"""Helpers for playing the game in a browser: `quiz serve` started and stopped, Debian's headless Chromium driven
by Playwright (the system browser, never a downloaded one), and a tab whose terminal the test can read.

Every wait in a test shares one time budget, so a test stays patient on a busy machine (the suite runs on every
core) yet fails within its budget, showing the screen and the server's log, whatever goes wrong.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# textual-serve draws the terminal with xterm.js on a canvas and keeps its Terminal object in a closure, so the
# page has no text to read and no handle on the terminal. xterm's public Terminal binds its option accessors to
# itself (`getter.bind(this, name)`) while it is constructed; this script, run before the page's own, watches
# Function.prototype.bind for that and keeps the terminal as `window.__xterm`, whose public buffer API then gives
# the characters on screen.
CATCH_TERMINAL = """
(() => {
  const bind = Function.prototype.bind;
  Function.prototype.bind = function (self, ...rest) {
    if (!window.__xterm && self && typeof self === "object" && "_core" in self && "_addonManager" in self) {
      window.__xterm = self;
    }
    return bind.call(this, self, ...rest);
  };
})();
"""

# Every row of the terminal's visible screen as text, or null until the terminal exists.
READ_SCREEN = """
() => {
  const terminal = window.__xterm;
  if (!terminal) return null;
  const buffer = terminal.buffer.active;
  const rows = [];
  for (let y = 0; y < terminal.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : "");
  }
  return rows.join("\\n");
}
"""

# Keys reach the game through xterm's hidden textarea, as when a player clicks into the page.
TERMINAL_INPUT = "textarea.xterm-helper-textarea"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answering(url: str) -> bool:
    """Whether an HTTP server answers at `url`."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=1)
    try:
        connection.request("GET", "/")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


class Budget:
    """The seconds a whole test may take, shared by every wait in it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def milliseconds_left(self) -> float:
        """What is left, as a Playwright timeout; never 0, which Playwright reads as no timeout at all."""
        return max(1.0, (self.deadline - time.monotonic()) * 1000)

    def wait(self, condition: Callable[[], bool], what: str, detail: Callable[[], str]) -> None:
        """Poll `condition` until it holds; fail saying `what` and `detail` once the budget is spent."""
        while not condition():
            if time.monotonic() > self.deadline:
                pytest.fail(f"out of time ({self.seconds:g} s for the test) waiting for {what}\n{detail()}")
            time.sleep(0.1)


def skip_without_browser() -> None:
    """Skip, saying how to get them, unless Debian's Chromium and Playwright are both here."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed; .ci/run installs it")
    pytest.importorskip("playwright.sync_api", reason="playwright (a test extra) is not installed")


def quiz_environment(data: Path) -> dict[str, str]:
    """The environment of `quiz serve` and of the `quiz` commands a test runs beside it: the test's own data
    folder, and Textual left to choose its driver (a test run may have set one for itself)."""
    env = {**os.environ, "MYTH_OR_FACT_DATA": str(data)}
    env.pop("TEXTUAL_DRIVER", None)
    return env


@dataclass(frozen=True)
class Server:
    """A running `quiz serve`: where it listens, and the file its output goes to."""

    url: str
    log: Path
    process: subprocess.Popen[bytes]

    def log_text(self) -> str:
        """Everything the server has printed so far."""
        return self.log.read_text(errors="replace")

    def running(self) -> bool:
        """Whether the server is still up."""
        return self.process.poll() is None


@contextmanager
def serving(args: Sequence[str], *, env: Mapping[str, str], folder: Path, budget: Budget) -> Iterator[Server]:
    """`quiz serve` with `args` on a free loopback port, run in `folder` (its log too), once it listens within the
    budget; stopped when the block ends."""
    port = free_port()
    log = folder / "serve.log"
    command = [sys.executable, "-m", "quiz", "serve", "--port", str(port), *args]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=dict(env), stdout=output, stderr=subprocess.STDOUT, cwd=folder)
    server = Server(f"http://127.0.0.1:{port}", log, process)
    try:
        budget.wait(lambda: answering(server.url) or not server.running(), "the server to listen", server.log_text)
        assert server.running(), f"quiz serve stopped:\n{server.log_text()}"
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def headless_chromium(width: int, height: int, budget: Budget) -> Iterator[BrowserContext]:
    """Headless Chromium with one browser context whose tabs are `width` x `height` pixels; closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=budget.milliseconds_left()
        )
        try:
            yield browser.new_context(viewport={"width": width, "height": height})
        finally:
            browser.close()


@dataclass(frozen=True)
class Tab:
    """One browser tab playing the game of `server`, waiting within `budget`."""

    page: Page
    server: Server
    budget: Budget

    def screen(self) -> str:
        """Every row of the tab's terminal as text; empty until the terminal exists."""
        return self.page.evaluate(READ_SCREEN) or ""

    def wait_for(self, wanted: str | Callable[[str], bool], what: str) -> str:
        """Wait until the screen holds `wanted` (a text on it, or a test of the whole screen) and give that screen;
        fail naming `what`, with the screen and the server log, once the budget is spent or the server stops."""
        holds = wanted if callable(wanted) else lambda screen: wanted in screen
        seen = ""

        def shown() -> bool:
            nonlocal seen
            seen = self.screen()
            return holds(seen)

        self.budget.wait(lambda: shown() or not self.server.running(), what, self.detail)
        assert self.server.running(), f"quiz serve stopped while waiting for {what}\n{self.detail()}"
        return seen

    def type(self, text: str) -> None:
        """Type `text` into the game."""
        self.page.focus(TERMINAL_INPUT, timeout=self.budget.milliseconds_left())
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        """Press `key` (a Playwright key name, like "Enter") in the game."""
        self.page.focus(TERMINAL_INPUT, timeout=self.budget.milliseconds_left())
        self.page.keyboard.press(key)

    def detail(self) -> str:
        """The screen and the server log, for a failure message."""
        return f"--- screen ---\n{self.screen()}\n--- server log ---\n{self.server.log_text()}"


def open_tab(context: BrowserContext, server: Server, budget: Budget) -> Tab:
    """A new tab in `context` showing the server's page, set up to be read: it never asks Google for the page's
    font (the test stays off the network), and it catches the terminal for `Tab.screen`."""
    page = context.new_page()
    page.route("https://fonts.googleapis.com/**", lambda route: route.abort())
    page.add_init_script(CATCH_TERMINAL)
    page.goto(server.url, timeout=budget.milliseconds_left())
    return Tab(page, server, budget)


def asking(number: int) -> Callable[[str], bool]:
    """A test of the screen: question `number` is up, ready for an answer."""

    # The question is up once its prompt is: the screen is reused, and between questions it shows the next
    # question's number over no question at all.
    def ready(screen: str) -> bool:
        prompt = "Myth or fact?" in screen or "Choose one:" in screen
        return f"Question {number}/" in screen and prompt and "Why:" not in screen

    return ready

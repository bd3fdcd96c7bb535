"""`quiz serve`: the game in a web browser.

The slow test starts the real server on loopback and plays a question in Debian's headless Chromium, driven by
Playwright with the system browser (never a downloaded one), then finds the answer in the store. The fast tests
check the server's small decisions: which hosts are public, the command each browser runs, and the page's address.
"""

from __future__ import annotations

import http.client
import os
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from quiz.commands import main
from quiz.serve import is_loopback, page_url, play_command, same_origin, startup_message
from quiz.store import Store

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


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(condition: Callable[[], bool], seconds: float, what: str, detail: Callable[[], str]) -> None:
    """Poll `condition` until it holds; fail with `what` and the current `detail` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}\n{detail()}")
        time.sleep(0.1)


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


@pytest.fixture
def server(tmp_path: Path, private_data: Path, sample_pack_path: Path) -> Iterator[tuple[str, Path]]:
    """`quiz serve` on a free loopback port, playing the sample pack in English; yields its URL and its log."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    env = {**os.environ, "MYTH_OR_FACT_DATA": str(private_data)}
    env.pop("TEXTUAL_DRIVER", None)
    command = [
        sys.executable,
        "-m",
        "quiz",
        "serve",
        "--port",
        str(port),
        "--lang",
        "en",
        "--pack",
        str(sample_pack_path),
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        wait_until(
            lambda: answering(url) or process.poll() is not None, 15, "the server to listen",
            lambda: log.read_text(errors="replace"),
        )  # fmt: skip
        assert process.poll() is None, f"quiz serve stopped:\n{log.read_text(errors='replace')}"
        yield url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def chromium() -> Path:
    """Debian's Chromium, or a skip saying how to get it (asked for before the server, so a skip starts nothing)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed; .ci/run installs it")
    return CHROMIUM


@pytest.mark.slow
def test_a_question_played_in_chromium_is_saved(chromium: Path, server: tuple[str, Path], private_data: Path) -> None:
    """In headless Chromium: the name, the start screen, S, an answer, its explanation; the answer is then in the
    store, under that name."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (a test extra) is not installed")
    url, log = server

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            # The page asks Google for a font; the test stays off the network.
            page.route("https://fonts.googleapis.com/**", lambda route: route.abort())
            page.add_init_script(CATCH_TERMINAL)
            page.goto(url)

            def screen() -> str:
                return page.evaluate(READ_SCREEN) or ""

            def shows(text: str) -> Callable[[], bool]:
                return lambda: text in screen()

            def detail() -> str:
                return f"--- screen ---\n{screen()}\n--- server log ---\n{log.read_text(errors='replace')}"

            wait_until(shows("Who is playing?"), 15, "the name screen", detail)
            # Keys reach the game through xterm's hidden textarea, as when a player clicks into the page.
            page.focus("textarea.xterm-helper-textarea")
            page.keyboard.type("Mei")
            page.keyboard.press("Enter")
            wait_until(shows("Sample health pack"), 10, "the start screen", detail)
            assert "Start" in screen() and "Education only, not medical advice" in screen()
            page.keyboard.press("s")
            wait_until(shows("Question 1/5"), 10, "the first question", detail)
            # Questions are shuffled: answer whichever kind came first.
            page.keyboard.press("m" if "Myth or fact?" in screen() else "1")
            wait_until(shows("Why:"), 10, "the explanation", detail)
            assert "✔" in screen() or "✘" in screen()
        finally:
            browser.close()

    store = Store.open(private_data)
    try:
        answers = store.answer_records()
    finally:
        store.close()
    assert len(answers) == 1
    assert answers[0].pack_id == "sample-health" and answers[0].player == "Mei"


@pytest.mark.slow
def test_games_open_only_from_the_servers_own_page(server: tuple[str, Path]) -> None:
    """A WebSocket from another site's page is refused, so no web site can start games on a player's computer."""
    url, _ = server
    host, port = url.removeprefix("http://").split(":")

    def upgrade(origin: str) -> int:
        connection = http.client.HTTPConnection(host, int(port), timeout=5)
        try:
            connection.request("GET", "/ws", headers={
                "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": origin,
            })  # fmt: skip
            return connection.getresponse().status
        finally:
            connection.close()

    assert upgrade("http://evil.example") == 403
    assert upgrade(url) == 101


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost", "LocalHost"])
def test_loopback_hosts(host: str) -> None:
    """Addresses only this computer can reach."""
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org", ""])
def test_public_hosts(host: str) -> None:
    """Addresses (or names) other computers may reach."""
    assert not is_loopback(host)


def test_a_public_host_needs_public(capsys: pytest.CaptureFixture[str]) -> None:
    """`quiz serve --host 0.0.0.0` is refused, with the reason and the way out, unless --public is given."""
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    error = capsys.readouterr().err
    assert "0.0.0.0" in error and "--public" in error


def test_a_missing_pack_is_refused_before_serving(capsys: pytest.CaptureFixture[str]) -> None:
    """A pack that cannot be found stops the server at once, rather than every browser's game."""
    assert main(["serve", "--pack", "no-such-pack"]) == 2
    assert "no-such-pack" in capsys.readouterr().err


def test_each_browser_runs_quiz_play_with_the_options() -> None:
    """The command is this Python's `quiz play` asking for a name, quoted for the shell, with --pack, --lang,
    --theme and --class passed on."""
    command = play_command(pack="/tmp/my packs/a.yaml", lang="zh", theme="myth-or-fact-colourblind", class_code="7 b")
    assert shlex.split(command) == [
        sys.executable, "-m", "quiz", "play", "--no-resume", "--ask-player",
        "--pack", "/tmp/my packs/a.yaml", "--lang", "zh", "--theme", "myth-or-fact-colourblind", "--class", "7 b",
    ]  # fmt: skip
    assert shlex.split(play_command()) == [sys.executable, "-m", "quiz", "play", "--no-resume", "--ask-player"]


def test_the_page_points_back_where_the_browser_came_from() -> None:
    """Serving on 0.0.0.0, the page connects back to the name the student typed; odd Host headers are ignored."""
    fallback = "http://0.0.0.0:8000"
    assert page_url("http", "192.168.1.20:8000", fallback) == "http://192.168.1.20:8000"
    assert page_url("http", "[::1]:8000", fallback) == "http://[::1]:8000"
    assert page_url("http", 'x"><script>', fallback) == fallback
    assert page_url("ftp", "example.org", fallback) == fallback


def test_same_origin() -> None:
    """Only our own page (or a client that is not a browser) may open a game."""
    assert same_origin("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert same_origin(None, "127.0.0.1:8000")
    assert not same_origin("http://evil.example", "127.0.0.1:8000")
    assert not same_origin("http://127.0.0.1:9999", "127.0.0.1:8000")
    assert not same_origin("null", "127.0.0.1:8000")


def test_startup_message_says_where_to_go() -> None:
    """The server names the address to open; listening everywhere, it says which part the teacher fills in."""
    assert "http://127.0.0.1:8000" in startup_message("127.0.0.1", 8000)
    assert "http://[::1]:8000" in startup_message("::1", 8000)
    assert "http://ADDRESS:8000" in startup_message("0.0.0.0", 8000)

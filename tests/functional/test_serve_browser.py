"""`quiz serve`: the game in a web browser.

The slow test starts the real server on loopback and plays a question in Debian's headless Chromium, driven by
Playwright with the system browser (never a downloaded one), then finds the answer in the store. The fast tests
check the server's small decisions: which hosts are public, the command each browser runs, and the page's address.
"""

from __future__ import annotations

import http.client
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.serve import is_loopback, page_url, play_command, same_origin, startup_message
from quiz.store import Store
from tests.browser import (
    Budget,
    Server,
    asking,
    headless_chromium,
    open_tab,
    quiz_environment,
    serving,
    skip_without_browser,
)

# The whole test, the server's start included, runs against one budget: patient when the suite's other workers
# keep the two cores busy, yet failing within a minute whatever goes wrong.
BUDGET_SECONDS = 60.0


@pytest.fixture
def budget() -> Budget:
    """The time the test may take, started before its server: one minute."""
    return Budget(BUDGET_SECONDS)


@pytest.fixture
def browser() -> None:
    """Skip unless Chromium and Playwright are here (asked for before the server, so a skip starts nothing)."""
    skip_without_browser()


@pytest.fixture
def server(tmp_path: Path, private_data: Path, sample_pack_path: Path, budget: Budget) -> Iterator[Server]:
    """`quiz serve` on a free loopback port, playing the sample pack in English."""
    args = ["--lang", "en", "--pack", str(sample_pack_path)]
    with serving(args, env=quiz_environment(private_data), folder=tmp_path, budget=budget) as running:
        yield running


@pytest.mark.slow
def test_a_question_played_in_chromium_is_saved(
    browser: None, server: Server, budget: Budget, private_data: Path
) -> None:
    """In headless Chromium: the name, the start screen, S, an answer, its explanation; the answer is then in the
    store, under that name."""
    with headless_chromium(1100, 700, budget) as context:
        tab = open_tab(context, server, budget)
        tab.wait_for("Who is playing?", "the name screen")
        tab.type("Mei")
        tab.press("Enter")
        tab.wait_for("Sample health pack", "the start screen")
        assert "Start" in tab.screen() and "Education only, not medical advice" in tab.screen()
        tab.press("s")
        screen = tab.wait_for(asking(1), "the first question")
        assert "Question 1/5" in screen
        # Questions are shuffled: answer whichever kind came first.
        tab.press("m" if "Myth or fact?" in screen else "1")
        tab.wait_for("Why:", "the explanation")
        assert "✔" in tab.screen() or "✘" in tab.screen()

    store = Store.open(private_data)
    try:
        answers = store.answer_records()
    finally:
        store.close()
    assert len(answers) == 1
    assert answers[0].pack_id == "sample-health" and answers[0].player == "Mei"


@pytest.mark.slow
def test_games_open_only_from_the_servers_own_page(server: Server) -> None:
    """A WebSocket from another site's page is refused, so no web site can start games on a player's computer."""
    url = server.url
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

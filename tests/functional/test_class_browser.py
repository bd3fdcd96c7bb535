"""A class, end to end: `quiz serve --class 7b`, three browser tabs, three students, and their answers exported.

Each tab of headless Chromium (driven as in test_serve_browser.py) gives its own name and answers two questions,
each tab pressing a different place on the screen; `quiz history --format json` must then hold one player per tab,
each with exactly their own two answers, in one game of their own, in class 7b. The whole test runs against one
time budget, so it ends well within a minute whatever goes wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.functional.test_serve_browser import (
    CATCH_TERMINAL,
    CHROMIUM,
    CHROMIUM_ARGS,
    READ_SCREEN,
    answering,
    free_port,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

# Three game processes start at once: on a busy two-core machine the first screens can take half a minute.
BUDGET_SECONDS = 90.0
NAMES = ("Ana Lima", "李明", "Sam")
QUESTIONS = 2


class Budget:
    """The seconds the whole test may take, shared by every wait in it."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def wait(self, condition: Callable[[], bool], what: str, detail: Callable[[], str]) -> None:
        """Poll `condition` until it holds; fail saying `what` and `detail` once the budget is spent."""
        while not condition():
            if time.monotonic() > self.deadline:
                pytest.fail(f"out of time waiting for {what}\n{detail()}")
            time.sleep(0.1)


@pytest.fixture
def budget() -> Budget:
    return Budget(BUDGET_SECONDS)


@pytest.fixture
def environment(private_data: Path) -> dict[str, str]:
    """The environment of the server and of `quiz history`: the test's own data folder."""
    env = {**os.environ, "MYTH_OR_FACT_DATA": str(private_data)}
    env.pop("TEXTUAL_DRIVER", None)
    return env


@pytest.fixture
def class_server(
    tmp_path: Path, environment: dict[str, str], sample_pack_path: Path, budget: Budget
) -> Iterator[tuple[str, Path]]:
    """`quiz serve --class 7b` on a free loopback port with the sample pack in English; yields its URL and log."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed; .ci/run installs it")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    command = [sys.executable, "-m", "quiz", "serve", "--class", "7b", "--port", str(port), "--lang", "en"]
    command += ["--pack", str(sample_pack_path)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=environment, stdout=output, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        budget.wait(
            lambda: answering(url) or process.poll() is not None, "the server to listen",
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


@pytest.mark.slow
def test_a_class_of_three_tabs_is_three_players_with_their_own_answers(
    class_server: tuple[str, Path], environment: dict[str, str], tmp_path: Path, budget: Budget
) -> None:
    """Three tabs at once, each named and answering at its own place on screen: three players in class 7b."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (a test extra) is not installed")
    url, log = class_server
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1000, "height": 650})
            # The page asks Google for a font; the test stays off the network.
            context.route("https://fonts.googleapis.com/**", lambda route: route.abort())
            context.add_init_script(CATCH_TERMINAL)
            tabs = [context.new_page() for _ in NAMES]
            for tab in tabs:
                tab.goto(url)

            def screen(tab: Page) -> str:
                return tab.evaluate(READ_SCREEN) or ""

            def until(tab: Page, shown: Callable[[str], bool], what: str) -> None:
                def detail() -> str:
                    return f"--- screen ---\n{screen(tab)}\n--- server log ---\n{log.read_text(errors='replace')}"

                budget.wait(lambda: shown(screen(tab)), what, detail)

            def showing(text: str) -> Callable[[str], bool]:
                return lambda on_screen: text in on_screen

            def asking(number: int) -> Callable[[str], bool]:
                # The question is up once its prompt is: the screen is reused, and between questions it shows the
                # next question's number over no question at all.
                def ready(on_screen: str) -> bool:
                    prompt = "Myth or fact?" in on_screen or "Choose one:" in on_screen
                    return f"Question {number}/" in on_screen and prompt and "Why:" not in on_screen

                return ready

            # Step by step across the tabs, so that all three games run at once.
            for tab, name in zip(tabs, NAMES):
                until(tab, showing("Who is playing?"), "the name screen")
                assert "Class: 7b" in screen(tab)
                # Keys reach the game through xterm's hidden textarea, as when a player clicks into the page.
                tab.focus("textarea.xterm-helper-textarea")
                tab.keyboard.type(name)
                tab.keyboard.press("Enter")
            for tab in tabs:
                until(tab, showing("Sample health pack"), "the start screen")
                tab.keyboard.press("s")
            for number in range(1, QUESTIONS + 1):
                for place, tab in enumerate(tabs):
                    until(tab, asking(number), f"question {number} in tab {place + 1}")
                    # Each tab answers at its own place: myth or fact, else the first or second choice.
                    myth_fact = "Choose one:" not in screen(tab)
                    tab.keyboard.press(("m", "f")[place % 2] if myth_fact else str(place % 2 + 1))
                for place, tab in enumerate(tabs):
                    until(tab, showing("Why:"), f"the explanation of question {number} in tab {place + 1}")
                    tab.keyboard.press("Enter")
        finally:
            browser.close()

    history = subprocess.run(
        [sys.executable, "-m", "quiz", "history", "--format", "json"],
        env=environment, cwd=tmp_path, capture_output=True, timeout=30,
    )  # fmt: skip
    assert history.returncode == 0, history.stderr.decode(errors="replace")
    rows = json.loads(history.stdout.decode("utf-8"))
    assert {row["player"] for row in rows} == set(NAMES)
    games = set()
    for place, name in enumerate(NAMES):
        own = [row for row in rows if row["player"] == name]
        assert len(own) == QUESTIONS, f"{name}: {own}"
        assert {row["class"] for row in own} == {"7b"} and {row["lang"] for row in own} == {"en"}
        assert {row["answer_position"] for row in own} == {place % 2 + 1}, f"{name} pressed their own place"
        assert all(row["answer_text"] for row in own)
        (game,) = {row["game_id"] for row in own}
        games.add(game)
    assert len(games) == len(NAMES), "each tab played its own game"

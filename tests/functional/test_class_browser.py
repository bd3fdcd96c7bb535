"""A class, end to end: `quiz serve --class 7b`, three browser tabs, three students, and their answers exported.

Each tab of headless Chromium (driven through tests/browser.py) gives its own name and answers two questions,
each tab pressing a different place on the screen; `quiz history --format json` must then hold one player per tab,
each with exactly their own two answers, in one game of their own, in class 7b. The whole test runs against one
time budget, so it ends well within a minute whatever goes wrong.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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

# Three game processes start at once: on a busy two-core machine the first screens can take half a minute.
BUDGET_SECONDS = 90.0
NAMES = ("Ana Lima", "李明", "Sam")
QUESTIONS = 2


@pytest.fixture
def budget() -> Budget:
    """The time the test may take, started before its server: ninety seconds."""
    return Budget(BUDGET_SECONDS)


@pytest.fixture
def environment(private_data: Path) -> dict[str, str]:
    """The environment of the server and of `quiz history`: the test's own data folder."""
    return quiz_environment(private_data)


@pytest.fixture
def class_server(
    tmp_path: Path, environment: dict[str, str], sample_pack_path: Path, budget: Budget
) -> Iterator[Server]:
    """`quiz serve --class 7b` on a free loopback port with the sample pack in English."""
    skip_without_browser()
    args = ["--class", "7b", "--lang", "en", "--pack", str(sample_pack_path)]
    with serving(args, env=environment, folder=tmp_path, budget=budget) as server:
        yield server


@pytest.mark.slow
def test_a_class_of_three_tabs_is_three_players_with_their_own_answers(
    class_server: Server, environment: dict[str, str], tmp_path: Path, budget: Budget
) -> None:
    """Three tabs at once, each named and answering at its own place on screen: three players in class 7b."""
    with headless_chromium(1000, 650, budget) as context:
        tabs = [open_tab(context, class_server, budget) for _ in NAMES]
        # Step by step across the tabs, so that all three games run at once.
        for tab, name in zip(tabs, NAMES):
            assert "Class: 7b" in tab.wait_for("Who is playing?", "the name screen")
            tab.type(name)
            tab.press("Enter")
        for tab in tabs:
            tab.wait_for("Sample health pack", "the start screen")
            tab.press("s")
        for number in range(1, QUESTIONS + 1):
            for place, tab in enumerate(tabs):
                screen = tab.wait_for(asking(number), f"question {number} in tab {place + 1}")
                # Each tab answers at its own place: myth or fact, else the first or second choice.
                myth_fact = "Choose one:" not in screen
                tab.press(("m", "f")[place % 2] if myth_fact else str(place % 2 + 1))
            for place, tab in enumerate(tabs):
                tab.wait_for("Why:", f"the explanation of question {number} in tab {place + 1}")
                tab.press("Enter")

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

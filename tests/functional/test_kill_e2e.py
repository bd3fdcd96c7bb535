"""A game killed with SIGKILL loses nothing already answered, and the next start offers to resume it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from quiz.game import Game
from quiz.packs import load_pack
from quiz.store import Store
from tests.pilot import key_for
from tests.terminal import Terminal

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).parents[1] / "data" / "sample-pack.yaml"
SEED = 6


def test_answers_survive_sigkill_and_the_game_resumes(tmp_path: Path) -> None:
    """Answer three questions, kill -9 the program, start it again: three answers saved and a resume offer."""
    pack = load_pack(SAMPLE)
    game = Game.new(pack, count=5, seed=SEED)
    data = tmp_path / "data"
    args = ["play", "--pack", str(SAMPLE), "--seed", str(SEED)]
    first = Terminal(args, cwd=tmp_path, data=data)
    try:
        first.wait_for("Start")
        first.press("s")
        for round_ in game.rounds[:3]:
            first.wait_for(round_.question.prompt.get("en"))
            first.press(key_for(round_))
            first.wait_for("✔ Right!")
            first.press("\r")
        first.wait_for(game.rounds[3].question.prompt.get("en"))
        os.kill(first.child.pid, signal.SIGKILL)
        first.child.wait()
    finally:
        first.kill()
    saved = Store.open(data).answers()
    assert [a.question_id for a in saved] == [r.question.id for r in game.rounds[:3]]
    second = Terminal(args, cwd=tmp_path, data=data)
    try:
        second.wait_for("Unfinished game of “Sample health pack” (Classic): 3 of 5 answered.")
        second.press("r")
        second.wait_for("Question 4/5", game.rounds[3].question.prompt.get("en"))
    finally:
        second.kill()

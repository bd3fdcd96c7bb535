"""Many games saving at once (a class in browsers, each tab its own process) lose no answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quiz.store import Store

PLAYERS = 6

PLAYER = """
import sys
from pathlib import Path
from quiz.game import Game
from quiz.packs import load_pack
from quiz.store import Store

store = Store.open(Path(sys.argv[1]))
assert store.state.value == "saved", store.detail
pack = load_pack(Path(sys.argv[2]))
seed = int(sys.argv[3])
for _ in range(4):
    game = Game.new(pack, seed=seed)
    game_id = store.start_game(game, "en", seed)
    for round_ in game.rounds:
        store.record_answer(game_id, game, game.answer(round_.question.correct_key))
store.close()
"""


def test_processes_saving_at_the_same_time_keep_every_answer(private_data: Path, sample_pack_path: Path) -> None:
    """Six processes opening one new store together, each playing four five-question games as fast as it can,
    all save to the file (none falls back to memory) and leave all 120 answers."""
    players = [
        subprocess.Popen(
            [sys.executable, "-c", PLAYER, str(private_data), str(sample_pack_path), str(seed)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(PLAYERS)
    ]
    errors = [player.communicate(timeout=120)[1] for player in players]
    assert all(player.returncode == 0 for player in players), errors
    store = Store.open(private_data)
    assert len(store.answers()) == PLAYERS * 4 * 5
    assert len(store.games()) == PLAYERS * 4
    assert all(game.finished for game in store.games())

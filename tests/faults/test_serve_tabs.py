"""Issue 11, item 17: every browser tab of `quiz serve` is its own game; none takes another's, no answer is lost."""

from __future__ import annotations

import shlex
from pathlib import Path

from quiz.model import Pack
from quiz.packs import Catalog
from quiz.serve import play_command
from quiz.session import Session, Settings
from quiz.store import Store
from quiz.views import Msg
from tests.pilot import app_for, screen_text


def tab(pack: Pack, folder: Path, told: list[Msg]) -> Session:
    """One browser tab's game process, as `quiz serve` starts it: its own store connection, no resume offered."""
    settings = Settings(lang="en", count=3, seed=1, offer_resume=False)
    return Session(Catalog((pack,), ()), Store.open(folder), settings, tell=told.append)


def test_served_games_never_offer_the_unfinished_game() -> None:
    assert "--no-resume" in shlex.split(play_command())


def test_a_second_tab_cannot_take_the_first_tabs_game(sample_pack: Pack, private_data: Path) -> None:
    """Two tabs playing at once each keep their own game; every answer of both is saved, none refused."""
    told: list[Msg] = []
    first, second = tab(sample_pack, private_data, told), tab(sample_pack, private_data, told)
    first_game = first.start(sample_pack)
    first.answer(first_game.current.question.correct_key)
    assert second.resumable() is None
    second_game = second.start(sample_pack)
    for game, session in ((second_game, second), (first_game, first)):
        while game.current is not None:
            session.answer(game.current.question.correct_key)
    assert told == [], "no store write failed"
    saved = Store.open(private_data).answers()
    assert len(saved) == 6
    assert first.game_id is not None and second.game_id is not None and first.game_id != second.game_id
    assert sorted(answer.game_id for answer in saved) == sorted([first.game_id] * 3 + [second.game_id] * 3)


async def test_the_start_screen_of_a_served_game_offers_no_other_game(sample_pack: Pack, private_data: Path) -> None:
    left = tab(sample_pack, private_data, [])
    game = left.start(sample_pack)
    left.answer(game.current.question.correct_key)
    app = app_for(Catalog((sample_pack,), ()), store=Store.open(private_data), count=3)
    app.session.choose(Settings(lang="en", count=3, offer_resume=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Unfinished game" not in screen_text(app)

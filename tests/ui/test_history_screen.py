"""The history screen at 80x24: every row whole, and every section reachable by scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.tui.screens.history import HistoryScreen
from quiz.tui.widgets.wrapped import WrappedText
from tests.pilot import screen_text, shows
from tests.ui.test_screens import LANGS, SMALL, game_app, played_store


@pytest.mark.parametrize("lang", LANGS)
async def test_every_row_shows_whole_and_the_last_one_scrolls_into_view(private_data: Path, lang: str) -> None:
    """Each section is as tall as its rows: none is cut to a share of the screen, the log scrolls instead."""
    played_store(private_data)
    app = game_app(private_data, lang)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        sections = list(app.screen.query(".section"))
        games = list(sections[0].query(WrappedText))[-2:]
        for game in games:
            # A game's row wraps at 80 columns in English: all of its lines are on the screen.
            assert game.lines and all(shows(app, line) for line in game.lines), (game.lines, screen_text(app))
        for section in sections:
            assert section.region.height == sum(child.outer_size.height for child in section.children)
        log = app.screen.query_one("#history-log")
        log.scroll_end(animate=False)
        await pilot.pause()
        last = list(sections[-1].query(WrappedText))[-1]
        assert shows(app, last.lines[-1]), screen_text(app)

"""What the game does while it starts: the cycle collector, and the start form drawn in two steps."""

from __future__ import annotations

import gc

from quiz.packs import Catalog
from tests.pilot import app_for


async def test_the_cycle_collector_runs_again_once_the_first_screen_is_up(sample_pack) -> None:
    """`quiz play` turns the collector off while it starts; a long game must not run without it."""
    gc.disable()
    try:
        app = app_for(Catalog((sample_pack,), ()), pack_id=sample_pack.id)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()

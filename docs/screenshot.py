"""Save the README's screenshot: the bundled pack, one question answered. Run: python docs/screenshot.py"""

from __future__ import annotations

import asyncio
from pathlib import Path

from quiz.locations import bundled_packs_dir
from quiz.packs import load_catalog
from quiz.session import Settings
from quiz.store import Store
from quiz.tui.app import make_app

OUT = Path(__file__).parent / "screenshot.svg"


async def main() -> None:
    """Play the first question of a seeded game and save the screen as SVG."""
    app = make_app(load_catalog([bundled_packs_dir()]), Store.in_memory("screenshot"), Settings(lang="en", seed=5))
    async with app.run_test(size=(88, 46)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert app.game is not None and app.game.current is not None
        # Answer wrongly, so the screenshot shows the right answer marked beside the player's miss.
        await pilot.press("f" if app.game.current.question.correct_key == "myth" else "m")
        await pilot.pause()
        app.save_screenshot(str(OUT.name), path=str(OUT.parent))


if __name__ == "__main__":
    asyncio.run(main())

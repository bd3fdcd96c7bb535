"""Save the README's screenshots: the bundled pack at 80x24, one question answered, in English and in Chinese.

Run: python docs/screenshot.py. The SVGs have each character pinned to its cell (docs/svg_cells.py), so they
render the same in any browser, Chinese included.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from svg_cells import pin_cells

from quiz.locations import bundled_packs_dir
from quiz.packs import load_catalog
from quiz.session import Settings
from quiz.store import Store
from quiz.tui.app import make_app

HERE = Path(__file__).parent
SIZE = (80, 24)


async def shoot(lang: str) -> Path:
    """Answer the first question of a seeded game wrongly and save the screen."""
    out = HERE / f"screenshot-{lang}.svg"
    app = make_app(load_catalog([bundled_packs_dir()]), Store.in_memory("screenshot"), Settings(lang=lang, seed=5))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert app.game is not None and app.game.current is not None
        # A wrong answer, so the picture shows the right answer marked beside the player's miss.
        await pilot.press("f" if app.game.current.question.correct_key == "myth" else "m")
        await pilot.pause()
        svg = app.export_screenshot(title="Myth or Fact" if lang == "en" else "谣言还是事实")
    out.write_text(pin_cells(svg), encoding="utf-8")
    return out


async def main() -> None:
    for lang in ("en", "zh"):
        print(await shoot(lang))


if __name__ == "__main__":
    asyncio.run(main())

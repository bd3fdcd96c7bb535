"""Previewing a pack with --watch: saving the file reloads the game in place, or shows its problems."""

from __future__ import annotations

from pathlib import Path

from quiz.packs import Catalog
from quiz.packs.watch import PackWatcher, Reloaded
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.problems import ProblemsScreen
from quiz.tui.screens.question import QuestionScreen
from tests.clock import FakeClock
from tests.pilot import app_for, screen_text, until_shown


def preview_app(path: Path, clock: FakeClock) -> QuizApp:
    watcher = PackWatcher(path, interval=0.05, clock=clock)
    first = watcher.load()
    assert isinstance(first, Reloaded)
    return app_for(
        Catalog((first.pack,), ()), lang="en", store=Store.in_memory("preview"), pack_id=first.pack.id, seed=1,
        watcher=watcher, first_load=first,
    )  # fmt: skip


async def settle(pilot, clock: FakeClock) -> None:
    """Let the watcher take two looks at the file, as it needs to see a save settled."""
    for _ in range(3):
        clock.now += 1
        await pilot.pause(0.15)


async def test_saving_an_edit_updates_the_current_question(tmp_path: Path, sample_pack_path: Path) -> None:
    """Editing the claim on screen and saving shows the new wording on the same question."""
    path = tmp_path / "pack.yaml"
    text = sample_pack_path.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    clock = FakeClock()
    app = preview_app(path, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        current = app.game.current.question
        old = current.prompt.get("en")
        path.write_text(text.replace(old, "An edited claim saved just now."), encoding="utf-8")
        await settle(pilot, clock)
        assert isinstance(app.screen, QuestionScreen)
        assert app.game.current.question.id == current.id
        assert "An edited claim saved just now." in screen_text(app)


async def test_a_broken_save_shows_problems_and_a_fix_clears_them(tmp_path: Path, sample_pack_path: Path) -> None:
    """A save with a mistake lists it in the game without quitting; the next good save closes the list."""
    path = tmp_path / "pack.yaml"
    text = sample_pack_path.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    clock = FakeClock()
    app = preview_app(path, clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        path.write_text(text.replace("    explanation: {en: Water", "    explaination: {en: Water"), encoding="utf-8")
        await settle(pilot, clock)
        assert isinstance(app.screen, ProblemsScreen)
        # The file's path is as long as the test's folder, so the message may wrap anywhere.
        assert await until_shown(app, pilot, "unknown key 'explaination' — did you mean 'explanation'?")
        assert app.return_code is None
        path.write_text(text, encoding="utf-8")
        await settle(pilot, clock)
        assert isinstance(app.screen, QuestionScreen)


async def test_watch_needs_a_pack_file(tmp_path: Path, capsys) -> None:
    """--watch without a pack file is refused with one line and exit code 2."""
    from quiz.commands import main

    assert main(["play", "--watch"]) == 2
    assert "--watch needs --pack FILE" in capsys.readouterr().err

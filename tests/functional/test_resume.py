"""An interrupted game is offered on the next start, and picks up exactly where it stopped."""

from __future__ import annotations

from pathlib import Path

from quiz.model import Pack
from quiz.packs import Catalog, load_pack
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from tests.pilot import app_for, screen_text


def new_app(pack: Pack, data: Path) -> QuizApp:
    return app_for(Catalog((pack,), ()), lang="en", store=Store.open(data), pack_id=pack.id, count=5, seed=9)


async def answer_right(app: QuizApp, pilot, times: int) -> None:
    for _ in range(times):
        round_ = app.game.current
        key = round_.question.correct_key
        await pilot.press({"myth": "m", "fact": "f"}.get(key) or str(round_.order.index(key) + 1))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()


async def play_three_and_quit(pack: Pack, data: Path) -> list[str]:
    app = new_app(pack, data)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await answer_right(app, pilot, 3)
        ids = [r.question.id for r in app.game.rounds]
        await pilot.press("q", "y")
        await pilot.pause()
    return ids


async def test_resume_goes_on_where_it_stopped(private_data: Path, sample_pack: Pack) -> None:
    """After quitting at 3 of 5, the start screen offers the game; R resumes at question 4 with the score kept."""
    order = await play_three_and_quit(sample_pack, private_data)
    app = new_app(sample_pack, private_data)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        assert "Unfinished game of “Sample health pack” (Classic): 3 of 5 answered." in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 4/5 · Score 360 · Streak 3" in screen_text(app)
        assert [r.question.id for r in app.game.rounds] == order
        await answer_right(app, pilot, 2)
        assert isinstance(app.screen, ResultsScreen)
        assert "5 of 5 right" in screen_text(app)
    assert Store.open(private_data).unfinished() is None
    assert len(Store.open(private_data).answers()) == 5


async def test_drop_forgets_the_game_but_keeps_its_answers(private_data: Path, sample_pack: Pack) -> None:
    """Dropping the unfinished game removes the offer; the three answers stay in the store."""
    await play_three_and_quit(sample_pack, private_data)
    app = new_app(sample_pack, private_data)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        await pilot.click("#drop")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "Unfinished game" not in screen_text(app)
    store = Store.open(private_data)
    assert store.unfinished() is None
    assert len(store.answers()) == 3


async def test_starting_afresh_lets_the_old_game_go(private_data: Path, sample_pack: Pack) -> None:
    """Starting a new game instead of resuming means the old one is not offered again."""
    await play_three_and_quit(sample_pack, private_data)
    app = new_app(sample_pack, private_data)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await answer_right(app, pilot, 5)
    assert Store.open(private_data).unfinished() is None


async def test_a_changed_pack_is_not_resumed(
    private_data: Path, sample_pack: Pack, sample_pack_path: Path, tmp_path: Path
) -> None:
    """When a question of the unfinished game was removed from the pack, no resume is offered and nothing breaks."""
    order = await play_three_and_quit(sample_pack, private_data)
    text = sample_pack_path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {order[-1]}")
    end = text.find("\n  - id:", start + 1)
    edited = tmp_path / "edited.yaml"
    edited.write_text(text[:start] + (text[end + 1 :] if end != -1 else ""), encoding="utf-8")
    pack = load_pack(edited)
    app = new_app(pack, private_data)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "Unfinished game" not in screen_text(app)
    assert len(Store.open(private_data).answers()) == 3

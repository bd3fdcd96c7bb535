"""Certainty-based and timed games in the real app: two-step answers, marks, a countdown, and calibration."""

from __future__ import annotations

from quiz.game import TIMEOUT
from quiz.model import Kind, Pack
from quiz.packs import Catalog
from quiz.scoring import Mode, ModeName
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from tests.clock import FakeClock
from tests.pilot import app_for, key_for, screen_text


def make_app(pack: Pack, mode: Mode, clock: FakeClock | None = None, seed: int = 4) -> QuizApp:
    return app_for(
        Catalog((pack,), ()), lang="en", store=Store.in_memory("tests"), pack_id=pack.id, count=5, seed=seed,
        mode=mode, clock=clock or FakeClock(),
    )  # fmt: skip


async def test_certainty_answer_takes_two_steps(sample_pack: Pack) -> None:
    """Choosing asks how sure; Enter does nothing yet; 3 then scores +3 marks and explains."""
    app = make_app(sample_pack, Mode(ModeName.CERTAINTY))
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await pilot.press(key_for(app.game.current, True))
        await pilot.pause()
        assert "How sure are you?" in screen_text(app)
        assert app.game.outcomes == ()
        await pilot.press("enter")
        await pilot.pause()
        assert app.game.outcomes == ()
        await pilot.press("3")
        await pilot.pause()
        assert app.game.outcomes[0].certainty == 3
        text = screen_text(app)
        assert "+3 marks (certainty 3)" in text
        assert "Score 3" in text


async def test_confidently_wrong_costs_six(sample_pack: Pack) -> None:
    """A wrong answer at certainty 3 shows -6 marks and the score goes below zero."""
    app = make_app(sample_pack, Mode(ModeName.CERTAINTY))
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(key_for(app.game.current, False), "3")
        await pilot.pause()
        text = screen_text(app)
        assert "✘ Not quite.  -6 marks (certainty 3)" in text
        assert "Score -6" in text


async def test_escape_takes_back_the_choice(sample_pack: Pack) -> None:
    """Escape while saying how sure returns to the choices; a new choice can be made."""
    app = make_app(sample_pack, Mode(ModeName.CERTAINTY))
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(key_for(app.game.current, False))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "How sure are you?" not in screen_text(app)
        await pilot.press(key_for(app.game.current, True), "2")
        await pilot.pause()
        assert app.game.outcomes[0].correct and app.game.outcomes[0].certainty == 2


async def test_digits_pick_a_choice_then_the_certainty(sample_pack: Pack) -> None:
    """On a multiple-choice question the first digit is the choice and the second how sure."""
    app = make_app(sample_pack, Mode(ModeName.CERTAINTY), seed=0)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        while app.game.current.question.kind is not Kind.CHOICE:
            await pilot.press(key_for(app.game.current, True), "1", "enter")
            await pilot.pause()
        round_ = app.game.current
        await pilot.press(key_for(app.game.current, True), "1")
        await pilot.pause()
        outcome = app.game.outcomes[-1]
        assert outcome.round == round_ and outcome.correct and outcome.certainty == 1


async def test_certainty_results_show_calibration(sample_pack: Pack) -> None:
    """After a certainty game the results compare each level with its best range and list the sure misses."""
    app = make_app(sample_pack, Mode(ModeName.CERTAINTY))
    async with app.run_test(size=(100, 150)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        plan = [(True, "3"), (False, "3"), (True, "1"), (True, "1"), (True, "3")]
        missed_prompt = None
        for right, level in plan:
            if not right:
                missed_prompt = app.game.current.question.prompt.get("en")
            await pilot.press(key_for(app.game.current, right), level)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "Certainty 3: 2 of 3 right (67%); pays best above 80%" in text
        assert "Certainty 1: 2 of 2 right (100%); pays best below 67%" in text
        assert "Certainty 2" not in text, "only the levels used are listed"
        assert "You were sure more often than you were right" in text
        assert "Sure, and wrong" in text and f"✘ {missed_prompt}" in text


async def test_timed_points_follow_the_clock(sample_pack: Pack) -> None:
    """The countdown shows the seconds left; a right answer after 5 of 20 seconds earns 875."""
    clock = FakeClock()
    app = make_app(sample_pack, Mode(ModeName.TIMED, time_limit=20), clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        clock.now += 5
        await pilot.pause(0.3)
        assert "⏱ 15 s" in screen_text(app)
        await pilot.press(key_for(app.game.current, True))
        await pilot.pause()
        assert app.game.outcomes[0].points == 875
        assert "+875 points" in screen_text(app)


async def test_time_running_out_counts_as_a_miss(sample_pack: Pack) -> None:
    """When the limit passes with no answer, the question is marked wrong and explained."""
    clock = FakeClock()
    app = make_app(sample_pack, Mode(ModeName.TIMED, time_limit=10), clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        clock.now += 11
        await pilot.pause(0.4)
        outcome = app.game.outcomes[0]
        assert outcome.given == TIMEOUT and not outcome.correct and outcome.points == 0
        text = screen_text(app)
        assert "⏱ Time is up." in text
        assert app.game.current is not None or app.game.finished
        assert outcome.round.question.explanation.get("en") in text


async def test_the_clock_stops_while_help_is_open(sample_pack: Pack) -> None:
    """Time spent reading the help does not count against the player."""
    clock = FakeClock()
    app = make_app(sample_pack, Mode(ModeName.TIMED, time_limit=20), clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        clock.now += 2
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        clock.now += 100
        await pilot.press("escape")
        await pilot.pause()
        clock.now += 2
        await pilot.press(key_for(app.game.current, True))
        await pilot.pause()
        assert app.game.outcomes[0].seconds == 4
        assert app.game.outcomes[0].points == 900


async def test_mode_chosen_on_the_start_screen(sample_pack: Pack) -> None:
    """Choosing Timed on the start screen shows the time options and starts a timed game with them."""
    app = make_app(sample_pack, Mode())
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#timed-fields").display
        app.screen.query_one("#mode").value = ModeName.TIMED
        await pilot.pause()
        assert app.screen.query_one("#timed-fields").display
        app.screen.query_one("#time-limit").value = 30
        await pilot.click("#streak-bonus")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert app.game.mode == Mode(ModeName.TIMED, time_limit=30, streak_bonus=False)


async def test_retry_plays_just_the_missed_questions(sample_pack: Pack) -> None:
    """After a game with two misses, Retry starts a game of exactly those two."""
    app = make_app(sample_pack, Mode())
    async with app.run_test(size=(100, 150)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        missed = []
        for right in (True, False, True, False, True):
            if not right:
                missed.append(app.game.current.question.id)
            await pilot.press(key_for(app.game.current, right))
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await pilot.click("#retry")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [r.question.id for r in app.game.rounds] == missed
        assert "Question 1/2" in screen_text(app)

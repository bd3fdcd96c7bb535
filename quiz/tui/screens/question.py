"""The question screen: one question at a time, answered by key or mouse, then explained.

In certainty mode an answer takes two steps (the choice, then how sure); in timed mode a countdown runs until
the player answers, and pauses while another screen (help, quit) is on top.
"""

from __future__ import annotations

import time
from typing import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Static

from quiz.game import TIMEOUT, Game, Outcome, Round
from quiz.i18n import tr
from quiz.message import Msg
from quiz.model import Kind
from quiz.scoring import ModeName
from quiz.tui.messages import GameFinished
from quiz.tui.safe import literal
from quiz.tui.widgets.explanation import Explanation, disclaimer, prepare
from quiz.tui.widgets.key_line import KeyLine
from quiz.tui.widgets.round_body import RoundBody
from quiz.views import explained

TICK_SECONDS = 0.2


class QuestionScreen(Screen[None]):
    """Shows the current question; after an answer, the explanation until the player moves on."""

    # Capitals too: the key line prints M and F, and Caps Lock must not make them dead keys.
    BINDINGS = [
        Binding("m,M", "answer('myth')", "Myth", show=False),
        Binding("f,F", "answer('fact')", "Fact", show=False),
        Binding("1", "number(1)", "1", show=False),
        Binding("2", "number(2)", "2", show=False),
        Binding("3", "number(3)", "3", show=False),
        Binding("4", "number(4)", "4", show=False),
        Binding("escape", "change", "Change answer", show=False),
        Binding("enter", "next", "Next", show=False),
        Binding("space", "next", "Next", show=False),
    ]

    def __init__(
        self,
        game: Game,
        lang: str,
        answer: Callable[[str, int | None, float | None], Outcome],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.game = game
        self.lang = lang
        self.answer = answer
        """Scores and saves each answer (key, certainty, seconds) before it is shown: the session's `answer`."""
        self.clock = clock
        self.outcome: Outcome | None = None
        self.pending: str | None = None
        """In certainty mode, the answer chosen while the player says how sure they are."""
        self._round: Round | None = game.current
        self._spent = 0.0
        self._since: float | None = None
        self._ticker: Timer | None = None
        self._body_widget: RoundBody | None = None

    @property
    def in_progress(self) -> bool:
        """Whether quitting now would leave questions unanswered."""
        return not self.game.finished

    @property
    def timed(self) -> bool:
        """Whether a countdown runs for each question."""
        return self.game.mode.name is ModeName.TIMED

    def compose(self) -> ComposeResult:
        with Horizontal(id="status"):
            yield Static(self._status(), id="status-counts")
            yield Static(literal(self.game.pack.title.get(self.lang)), id="status-title")
        yield self._body()
        # Under the explanation, so the disclaimer is in view after every answer however long it is.
        with Vertical(id="footer"):
            note = disclaimer(self.game.pack.disclaimer.get(self.lang), self.lang)
            note.id = "answer-disclaimer"
            note.display = False
            yield note
            yield KeyLine(self.lang, self._hints())

    def _body(self) -> RoundBody:
        assert self._round is not None
        # Held here rather than queried: the query cache would keep every replaced body alive.
        self._body_widget = RoundBody(self._round, self.outcome, self.game, self.lang, self.pending)
        return self._body_widget

    def _hints(self) -> list[Msg]:
        """The keys that do something now: the answer keys before an answer, Enter after it."""
        if self.pending is not None:
            hints = [Msg("hint.certainty"), Msg("hint.change")]
        elif self.outcome is not None:
            hints = [Msg("hint.finish" if self.game.finished else "hint.next")]
        elif self._round is not None and self._round.question.kind is Kind.CHOICE:
            hints = [Msg("hint.choose", {"n": len(self._round.order)})]
        else:
            hints = [Msg("hint.myth_fact")]
        return [*hints, Msg("hint.help"), Msg("hint.quit")]

    async def _show(self) -> None:
        """Put the current round (its certainty step, or its explanation once answered) on screen."""
        self._refresh_status()
        self.get_child_by_id("footer").get_child_by_id("answer-disclaimer").display = self.outcome is not None
        self.get_child_by_id("footer").get_child_by_id("keys", KeyLine).show(self._hints())
        body = self._body_widget
        if body is not None and self.outcome is not None and body.round is self._round and body.outcome is None:
            await body.show_outcome(self.outcome)
        else:
            if body is not None:
                await body.remove()
            await self.mount(self._body(), after="#status")
        self.refresh_bindings()
        self._prepare_explanation()

    def _prepare_explanation(self) -> None:
        """While the question is read, find the line breaks of its explanation: they are most of an answer's cost."""
        if self.outcome is None and self._round is not None:
            self.call_after_refresh(prepare, explained(self.game.pack, self._round.question, self.lang), self.lang)

    def _refresh_status(self) -> None:
        self.get_child_by_id("status").get_child_by_id("status-counts", Static).update(self._status())

    def _status(self) -> Content:
        score = self.game.score
        number = self.game.number if self.outcome is None else len(self.game.outcomes)
        parts = [
            tr("question.progress", self.lang, n=number, total=self.game.total),
            tr("question.score", self.lang, points=score.points),
            tr("question.streak", self.lang, streak=score.streak),
        ]
        if self.timed and self.outcome is None:
            left = max(0, round(self.game.mode.time_limit - self.elapsed()))
            parts.append(tr("timer.left", self.lang, seconds=left))
        return Content.assemble((" · ".join(parts), "bold"))

    def on_mount(self) -> None:
        self._focus_first_answer()
        self._prepare_explanation()
        if self.timed:
            self._ticker = self.set_interval(TICK_SECONDS, self._tick)
            self._start_clock()

    def _focus_first_answer(self) -> None:
        first = next(self.query(".answer").results(Button), None)
        if first is not None:
            first.focus()

    # -- the countdown --------------------------------------------------------------------------

    def _start_clock(self) -> None:
        self._spent, self._since = 0.0, self.clock()

    def elapsed(self) -> float:
        """Seconds spent on the current question while this screen was showing."""
        running = self.clock() - self._since if self._since is not None else 0.0
        return self._spent + running

    def on_screen_suspend(self, event: events.ScreenSuspend) -> None:
        """Stop the clock while help or the quit question covers the game."""
        if self._since is not None:
            self._spent += self.clock() - self._since
            self._since = None

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Start the clock again when the game is back on top."""
        if self.timed and self.outcome is None and self._since is None and self._ticker is not None:
            self._since = self.clock()

    async def _tick(self) -> None:
        if self.outcome is not None or self._since is None:
            return
        if self.elapsed() >= self.game.mode.time_limit:
            await self._give(TIMEOUT)
        else:
            self._refresh_status()

    # -- answering ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Answer keys work before the answer, Enter and Space after it, Escape while saying how sure."""
        if action in ("answer", "number"):
            return self.outcome is None
        if action == "change":
            return self.pending is not None
        if action == "next":
            return self.outcome is not None
        return True

    async def action_answer(self, key: str) -> None:
        """Answer a myth-or-fact question with "myth" or "fact"; on a multiple-choice one, say what works."""
        if self._round is None or self.pending is not None:
            return
        if self._round.question.kind is Kind.MYTH_FACT:
            await self._choose(key)
        else:
            self.notify(tr("question.use_numbers", self.lang, n=len(self._round.order)), markup=False)

    async def action_number(self, number: int) -> None:
        """A digit: how sure, while that is asked; otherwise the choice shown at that position."""
        if self.pending is not None:
            if number in (1, 2, 3):
                await self._give(self.pending, certainty=number)
            return
        if self._round is None:
            return
        if self._round.question.kind is not Kind.CHOICE:
            self.notify(tr("question.use_letters", self.lang), markup=False)
            return
        key = self._round.key_at(number)
        if key is not None:
            await self._choose(key)

    async def action_change(self) -> None:
        """Take back the choice before saying how sure."""
        self.pending = None
        await self._show()
        self._focus_first_answer()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click (or Enter on a focused button) answers, or says how sure."""
        event.stop()
        button_id = event.button.id or ""
        if button_id.startswith("certainty-") and self.pending is not None:
            await self._give(self.pending, certainty=int(button_id.removeprefix("certainty-")))
        elif button_id.startswith("answer-") and self.outcome is None and self._round is not None:
            key = self._round.key_at(int(button_id.removeprefix("answer-")))
            if key is not None:
                await self._choose(key)

    async def _choose(self, key: str) -> None:
        if self.game.mode.name is ModeName.CERTAINTY:
            self.pending = key
            await self._show()
            # No certainty button takes the focus, so a reflexive Enter cannot say "not sure" by accident.
            self._current_body().focus()
        else:
            await self._give(key)

    async def _give(self, key: str, certainty: int | None = None) -> None:
        if self.outcome is not None:
            return
        seconds = self.elapsed() if self.timed else None
        self._since = None
        self.pending = None
        self.outcome = self.answer(key, certainty, seconds)
        await self._show()
        body = self._current_body()
        body.focus()
        # On a small screen bring the verdict and explanation up; scrolling stops where the content ends.
        self.call_after_refresh(body.query_one(Explanation).scroll_visible, animate=False, top=True)

    async def show_game(self, game: Game) -> None:
        """Carry on with `game`, the same game moved onto a reloaded pack, from the same place."""
        self.game = game
        last = game.outcomes[-1] if game.outcomes else None
        if self.outcome is not None and last is not None and last.round.question.id == self.outcome.round.question.id:
            self.outcome, self._round = last, last.round
        else:
            self.outcome, self._round = None, game.current
        self.pending = None
        if self._round is None:
            self.post_message(GameFinished(game))
            return
        await self._show()

    def _current_body(self) -> RoundBody:
        assert self._body_widget is not None
        return self._body_widget

    async def action_next(self) -> None:
        """Go on to the next question, or to the results after the last one."""
        if self.outcome is None:
            return
        if self.game.finished:
            self.post_message(GameFinished(self.game))
            return
        self.outcome = None
        self._round = self.game.current
        if self.timed:
            self._start_clock()
        await self._show()
        self._focus_first_answer()

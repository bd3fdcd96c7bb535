"""The question screen: one question at a time, answered by key or mouse, then explained."""

from __future__ import annotations

from typing import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from quiz.game import Game, Outcome, Round
from quiz.i18n import tr
from quiz.model import Kind
from quiz.tui.messages import GameFinished
from quiz.tui.safe import literal
from quiz.tui.widgets.explanation import Explanation, disclaimer
from quiz.tui.widgets.round_body import RoundBody


class QuestionScreen(Screen[None]):
    """Shows the current question; after an answer, the explanation until the player moves on."""

    BINDINGS = [
        Binding("m", "answer('myth')", "Myth", show=False),
        Binding("f", "answer('fact')", "Fact", show=False),
        Binding("1", "choose(1)", "Choice 1", show=False),
        Binding("2", "choose(2)", "Choice 2", show=False),
        Binding("3", "choose(3)", "Choice 3", show=False),
        Binding("4", "choose(4)", "Choice 4", show=False),
        Binding("enter", "next", "Next", show=False),
        Binding("space", "next", "Next", show=False),
    ]

    def __init__(self, game: Game, lang: str, on_answer: Callable[[Outcome], None]) -> None:
        super().__init__()
        self.game = game
        self.lang = lang
        self.on_answer = on_answer
        """Called with each answer before it is shown, so it is saved the moment it is given."""
        self.outcome: Outcome | None = None
        self._round: Round | None = game.current

    @property
    def in_progress(self) -> bool:
        """Whether quitting now would leave questions unanswered."""
        return not self.game.finished

    def compose(self) -> ComposeResult:
        yield Static(self._status(), id="status")
        yield self._body()
        # Under the explanation, so the disclaimer is in view after every answer however long it is.
        with Vertical(id="footer"):
            note = disclaimer(self.game.pack, self.lang)
            note.id = "answer-disclaimer"
            note.display = False
            yield note
            yield Static(literal(tr("keys.question", self.lang)), id="keys")

    def _body(self) -> RoundBody:
        assert self._round is not None
        return RoundBody(self._round, self.outcome, self.game, self.lang)

    async def _show(self) -> None:
        """Put the current round (and its explanation, once answered) on screen."""
        self.query_one("#status", Static).update(self._status())
        self.query_one("#answer-disclaimer").display = self.outcome is not None
        await self.query_one(RoundBody).remove()
        await self.mount(self._body(), after="#status")

    def _status(self) -> Content:
        score = self.game.score
        number = self.game.number if self.outcome is None else len(self.game.outcomes)
        parts = [
            tr("question.progress", self.lang, n=number, total=self.game.total),
            tr("question.score", self.lang, points=score.points),
            tr("question.streak", self.lang, streak=score.streak),
        ]
        # The counts come first: a long pack title is what gets cut off on a narrow screen.
        return Content.assemble((" · ".join(parts), "bold"), "   ", literal(self.game.pack.title.get(self.lang)))

    def on_mount(self) -> None:
        self._focus_first_answer()

    def _focus_first_answer(self) -> None:
        buttons = self.query(".answer").results(Button)
        first = next(buttons, None)
        if first is not None:
            first.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Answer keys work before the answer, Enter and Space after it."""
        if action in ("answer", "choose"):
            return self.outcome is None
        if action == "next":
            return self.outcome is not None
        return True

    async def action_answer(self, key: str) -> None:
        """Answer a myth-or-fact question with "myth" or "fact"."""
        if self._round is not None and self._round.question.kind is Kind.MYTH_FACT:
            await self._give(key)

    async def action_choose(self, position: int) -> None:
        """Pick the choice shown at `position` (1 to 4)."""
        if self._round is None or self._round.question.kind is not Kind.CHOICE:
            return
        key = self._round.key_at(position)
        if key is not None:
            await self._give(key)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click (or Enter on a focused button) answers with that button."""
        event.stop()
        if self.outcome is None and self._round is not None and event.button.id:
            position = int(event.button.id.removeprefix("answer-"))
            key = self._round.key_at(position)
            if key is not None:
                await self._give(key)

    async def _give(self, key: str) -> None:
        if self.outcome is not None:
            return
        self.outcome = self.game.answer(key)
        self.on_answer(self.outcome)
        await self._show()
        body = self.query_one(RoundBody)
        body.focus()
        # On a small screen bring the verdict and explanation up; scrolling stops where the content ends.
        self.call_after_refresh(body.query_one(Explanation).scroll_visible, animate=False, top=True)
        self.refresh_bindings()

    async def action_next(self) -> None:
        """Go on to the next question, or to the results after the last one."""
        if self.outcome is None:
            return
        if self.game.finished:
            self.post_message(GameFinished(self.game))
            return
        self.outcome = None
        self._round = self.game.current
        await self._show()
        self._focus_first_answer()
        self.refresh_bindings()

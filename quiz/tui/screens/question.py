"""The question screen: one question at a time, answered by key or mouse, then explained."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from quiz.game import Game, Outcome, Round
from quiz.i18n import tr
from quiz.model import FACT, MYTH, Kind
from quiz.tui.messages import GameFinished
from quiz.tui.safe import literal
from quiz.tui.widgets.explanation import Explanation, answer_label

_LETTERS = {MYTH: "M", FACT: "F"}


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

    def __init__(self, game: Game, lang: str) -> None:
        super().__init__()
        self.game = game
        self.lang = lang
        self.outcome: Outcome | None = None
        self._round: Round | None = game.current

    @property
    def in_progress(self) -> bool:
        """Whether quitting now would leave questions unanswered."""
        return not self.game.finished

    def compose(self) -> ComposeResult:
        round_ = self._round
        assert round_ is not None
        question = round_.question
        yield Static(self._status(), id="status")
        with VerticalScroll(id="body"):
            yield Static(literal(question.prompt.get(self.lang)), id="prompt")
            ask = "question.prompt_myth_fact" if question.kind is Kind.MYTH_FACT else "question.prompt_choice"
            yield Static(literal(tr(ask, self.lang)), id="ask")
            container = Horizontal if question.kind is Kind.MYTH_FACT else Vertical
            with container(id="answers", classes=question.kind.value):
                for position, key in enumerate(round_.order, 1):
                    yield self._answer_button(round_, position, key)
            if self.outcome is not None:
                yield Explanation(self.outcome, self.game.pack, self.lang)
                hint = "feedback.finish" if self.game.finished else "feedback.next"
                yield Static(literal(tr(hint, self.lang)), id="next-hint")
        yield Static(literal(tr("keys.question", self.lang)), id="keys")

    def _status(self) -> Content:
        score = self.game.score
        number = self.game.number if self.outcome is None else len(self.game.outcomes)
        parts = [
            tr("question.progress", self.lang, n=number, total=self.game.total),
            tr("question.score", self.lang, points=score.points),
            tr("question.streak", self.lang, streak=score.streak),
        ]
        return Content.assemble(
            (self.game.pack.title.get(self.lang), "bold"), "   ", literal(" · ".join(parts))
        )

    def _answer_button(self, round_: Round, position: int, key: str) -> Button:
        question = round_.question
        shortcut = _LETTERS[key] if question.kind is Kind.MYTH_FACT else str(position)
        text = answer_label(round_, key, self.lang)
        if question.kind is Kind.CHOICE:
            text = text.split(". ", 1)[1]
        classes = "answer"
        mark = ""
        if self.outcome is not None:
            if key == question.correct_key:
                classes += " correct"
                mark = "✔ "
            elif key == self.outcome.given:
                classes += " wrong"
                mark = "✘ "
        label = Content.assemble((mark, "bold"), (shortcut, "bold underline"), "  ", literal(text))
        return Button(label, id=f"answer-{position}", classes=classes, disabled=self.outcome is not None)

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
        await self.recompose()
        self.query_one("#body", VerticalScroll).focus()
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
        await self.recompose()
        self._focus_first_answer()
        self.refresh_bindings()

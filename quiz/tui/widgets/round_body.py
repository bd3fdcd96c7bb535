"""The body of the question screen: the question, its answer buttons and, once answered, the explanation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button

from quiz.game import Game, Outcome, Round
from quiz.i18n import tr
from quiz.labels import answer_label
from quiz.model import FACT, MYTH, Kind
from quiz.text import cell_width
from quiz.tui.safe import literal
from quiz.tui.widgets.explanation import Explanation
from quiz.tui.widgets.wrapped import WrappedText, WrappedVisual
from quiz.views import answer_view

_LETTERS = {MYTH: "M", FACT: "F"}


class RoundBody(VerticalScroll):
    """One round as the player sees it: replaced as a whole for a new round, updated in place by its answer."""

    def __init__(self, round_: Round, outcome: Outcome | None, game: Game, lang: str, pending: str | None) -> None:
        super().__init__(id="body")
        self.round = round_
        self.outcome = outcome
        self.pending = pending
        self.game = game
        self.lang = lang

    def compose(self) -> ComposeResult:
        round_ = self.round
        question = round_.question
        yield WrappedText(literal(question.prompt.get(self.lang)), id="prompt")
        ask = "question.prompt_myth_fact" if question.kind is Kind.MYTH_FACT else "question.prompt_choice"
        yield WrappedText(literal(tr(ask, self.lang)), id="ask")
        container = Horizontal if question.kind is Kind.MYTH_FACT else Vertical
        answered = self.outcome is not None or self.pending is not None
        with container(id="answers", classes=question.kind.value, disabled=answered):
            for position, key in enumerate(round_.order, 1):
                yield self._answer_button(position, key)
        if self.pending is not None:
            yield WrappedText(literal(tr("certainty.ask", self.lang)), id="certainty-ask")
            with Horizontal(id="certainty"):
                for level in (1, 2, 3):
                    yield Button(
                        literal(tr(f"certainty.{level}", self.lang)), id=f"certainty-{level}", classes="certainty"
                    )
        if self.outcome is not None:
            yield Explanation(answer_view(self.outcome, self.game.pack, self.lang), self.lang)

    async def show_outcome(self, outcome: Outcome) -> None:
        """Mark the answered buttons and add the explanation, leaving the question as it is on screen."""
        self.outcome, self.pending = outcome, None
        answers = self.get_child_by_id("answers")
        for position, key in enumerate(self.round.order, 1):
            answers.get_child_by_id(f"answer-{position}", ChoiceButton).show(*self._answer_look(key, position))
        # Disabling the row disables every button in it, in one pass over their styles instead of one per button.
        answers.disabled = True
        await self.query("#certainty-ask, #certainty").remove()
        await self.mount(Explanation(answer_view(outcome, self.game.pack, self.lang), self.lang))

    def _answer_button(self, position: int, key: str) -> Button:
        label, indent, classes = self._answer_look(key, position)
        return ChoiceButton(label, indent=indent, id=f"answer-{position}", classes=classes)

    def _answer_look(self, key: str, position: int) -> tuple[Content, int, str]:
        """The button's label, the hanging indent of its later lines and its classes, as the round stands."""
        round_ = self.round
        question = round_.question
        shortcut = _LETTERS[key] if question.kind is Kind.MYTH_FACT else str(position)
        if question.kind is Kind.CHOICE:
            text = question.choices[int(key)].text.get(self.lang)
        else:
            text = answer_label(round_, key, self.lang)
        classes = "answer"
        mark = ""
        if key == self.pending:
            classes += " chosen"
            mark = "▶ "
        if self.outcome is not None:
            if key == question.correct_key:
                classes += " correct"
                mark = "✔ "
            elif key == self.outcome.given:
                classes += " wrong"
                mark = "✘ "
        label = Content.assemble((mark, "bold"), (shortcut, "bold underline"), "  ", literal(text))
        return label, cell_width(f"{mark}{shortcut}  "), classes


class ChoiceButton(Button):
    """An answer button whose text breaks by the Unicode rules, later lines under the text, not the number."""

    def __init__(self, label: Content, *, indent: int, id: str, classes: str) -> None:
        super().__init__(label, id=id, classes=classes)
        self._wrapped = WrappedVisual(label, indent)

    def show(self, label: Content, indent: int, classes: str) -> None:
        """Show the button's new label and classes (the row it is in is disabled once the round is answered)."""
        self._wrapped = WrappedVisual(label, indent)
        # Only our own classes change: Textual's (the button's variant) must stay.
        self.remove_class("chosen", "correct", "wrong")
        self.add_class(*classes.split())
        self.on_resize()

    def on_resize(self) -> None:
        """Lay the text out again for the width the button now has."""
        width = self.content_region.width
        if width > 0:
            self.label = self._wrapped.text_at(width)

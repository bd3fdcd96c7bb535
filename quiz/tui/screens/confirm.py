"""Asking before quitting a game in the middle."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from quiz.i18n import tr
from quiz.tui.safe import literal
from quiz.tui.widgets.wrapped import WrappedText


class ConfirmQuitScreen(ModalScreen[bool]):
    """Dismisses with True to quit, False to keep playing."""

    BINDINGS = [
        Binding("y", "answer(True)", "Quit", show=False),
        Binding("n", "answer(False)", "Keep playing", show=False),
        Binding("escape", "answer(False)", "Keep playing", show=False),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield WrappedText(literal(tr("quit.question", self.lang)), classes="dialog-heading")
            with Horizontal(id="dialog-buttons"):
                yield Button(literal(tr("quit.no", self.lang)), id="no", variant="primary")
                yield Button(literal(tr("quit.yes", self.lang)), id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, quit_game: bool) -> None:
        """Close with the player's answer."""
        self.dismiss(quit_game)

"""The help window: every key the game understands."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from quiz.i18n import tr
from quiz.tui.safe import literal
from quiz.tui.widgets.wrapped import WrappedText


class HelpScreen(ModalScreen[None]):
    """Lists the keys; Escape, ? or the button closes it."""

    BINDINGS = [
        Binding("escape", "close", "Close", show=False),
        Binding("question_mark", "close", "Close", show=False),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield WrappedText(literal(tr("help.heading", self.lang)), classes="dialog-heading")
            yield WrappedText(literal(tr("help.body", self.lang)), id="help-body")
            yield Button(literal(tr("help.close", self.lang)), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss()

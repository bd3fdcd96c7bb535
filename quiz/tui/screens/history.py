"""The history screen: past games, accuracy over time, mastery per tag and the questions most often missed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from quiz.i18n import tr
from quiz.tui.safe import literal


class HistoryScreen(Screen[None]):
    """Shows the report sections the app prepared; Escape goes back."""

    BINDINGS = [
        Binding("escape", "back", "Back", show=False),
        Binding("h", "back", "Back", show=False),
    ]

    def __init__(self, sections: list[tuple[str, list[str]]], lang: str) -> None:
        super().__init__()
        self.sections = sections
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="history"):
            yield Static(literal(tr("history.heading", self.lang)), id="heading")
            for heading, lines in self.sections:
                yield Static(literal(heading), classes="section-heading")
                yield Static(literal("\n".join(lines)), classes="section")
        yield Static(literal(tr("keys.history", self.lang)), id="keys")

    def on_mount(self) -> None:
        self.query_one("#history").focus()

    def action_back(self) -> None:
        """Back to where the player came from."""
        self.dismiss()

"""The history screen: past games, accuracy over time, mastery per tag and the questions most often missed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from quiz.i18n import tr
from quiz.tui.safe import literal
from quiz.tui.widgets.key_line import KeyLine
from quiz.views import Msg


class HistoryScreen(Screen[None]):
    """Shows the report sections the app prepared; Escape goes back."""

    BINDINGS = [
        Binding("escape", "back", "Back", show=False),
        Binding("h,H", "back", "Back", show=False),
    ]

    def __init__(self, sections: list[tuple[str, list[str]]], lang: str) -> None:
        super().__init__()
        self.sections = sections
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="history-log"):
            yield Static(literal(tr("history.heading", self.lang)), id="heading")
            for heading, lines in self.sections:
                yield Static(literal(heading), classes="section-heading")
                yield Static(literal("\n".join(lines)), classes="section")
        yield KeyLine(self.lang, [Msg("hint.back"), Msg("hint.scroll"), Msg("hint.help"), Msg("hint.quit")])

    def on_mount(self) -> None:
        self.query_one("#history-log").focus()

    def action_back(self) -> None:
        """Back to where the player came from."""
        self.dismiss()

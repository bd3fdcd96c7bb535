"""The history screen: past games, accuracy over time, mastery per tag and the questions most often missed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen

from quiz.i18n import tr
from quiz.message import Msg
from quiz.tui.safe import literal
from quiz.tui.widgets.key_line import KeyLine
from quiz.tui.widgets.wrapped import WrappedText


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
            yield WrappedText(literal(tr("history.heading", self.lang)), id="heading")
            for heading, lines in self.sections:
                yield WrappedText(literal(heading), classes="section-heading")
                with Vertical(classes="section"):
                    for line in lines:
                        # A wrapped row keeps its place under the row's own start: indented rows stay indented.
                        lead = len(line) - len(line.lstrip(" "))
                        yield WrappedText(literal(line), indent=lead or 2)
        yield KeyLine(self.lang, [Msg("hint.back"), Msg("hint.scroll"), Msg("hint.help"), Msg("hint.quit")])

    def on_mount(self) -> None:
        self.query_one("#history-log").focus()

    def action_back(self) -> None:
        """Back to where the player came from."""
        self.dismiss()

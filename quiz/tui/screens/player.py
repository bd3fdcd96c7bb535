"""The name screen: who is playing, asked first when several people play on one computer's store (`quiz serve`)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from quiz.i18n import tr
from quiz.message import Msg
from quiz.players import BadName, player_name
from quiz.tui.safe import literal
from quiz.tui.widgets.key_line import KeyLine


class PlayerScreen(Screen[str]):
    """A box to type a name in; Enter dismisses with the name as quiz.players keeps it, or says why it cannot."""

    def __init__(self, lang: str, class_code: str | None = None) -> None:
        super().__init__()
        self.lang = lang
        self.class_code = class_code

    def compose(self) -> ComposeResult:
        with Vertical(id="player-box"):
            yield Static(literal(tr("player.heading", self.lang)), id="player-heading")
            if self.class_code is not None:
                yield Static(literal(tr("player.class", self.lang, code=self.class_code)), id="player-class")
            yield Static(literal(tr("player.ask", self.lang)), id="player-ask")
            yield Input(placeholder=tr("player.placeholder", self.lang), id="player-name")
            yield Static("", id="player-problem")
        # Q is a letter of a name here: only Ctrl+Q quits.
        yield KeyLine(self.lang, [Msg("hint.name"), Msg("hint.quit_ctrl")])

    def on_mount(self) -> None:
        self.query_one("#player-name", Input).focus()

    @on(Input.Submitted, "#player-name")
    def _named(self, event: Input.Submitted) -> None:
        try:
            name = player_name(event.value)
        except BadName as error:
            self.query_one("#player-problem", Static).update(literal(error.text(self.lang)))
            return
        self.dismiss(name)

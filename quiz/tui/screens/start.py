"""The start screen: where each game begins."""

from __future__ import annotations

from typing import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from quiz.i18n import tr
from quiz.packs import Catalog
from quiz.session import Resumable, Settings
from quiz.tui.messages import HistoryRequested
from quiz.tui.safe import literal
from quiz.tui.widgets.start_form import StartForm


class StartScreen(Screen[None]):
    """The disclaimer and the choices of the next game, with S to start."""

    BINDINGS = [
        Binding("s", "start", "Start", show=False),
        Binding("r", "resume", "Resume", show=False),
        Binding("v", "review", "Review", show=False),
        Binding("h", "history", "History", show=False),
    ]

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        resumable: Resumable | None = None,
        due: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__()
        self.due = due or {}
        self.catalog = catalog
        self.mode = settings.mode
        self.resumable = resumable
        self.lang = settings.lang
        first = catalog.packs[0].id if catalog.packs else None
        pack_id = settings.pack_id
        self.pack_id = pack_id if pack_id and catalog.find(pack_id) else first
        self.count = settings.count

    def compose(self) -> ComposeResult:
        yield self._form()
        yield Static(literal(tr("keys.start", self.lang)), id="keys")

    @on(StartForm.Changed)
    async def _redraw(self, event: StartForm.Changed) -> None:
        form = self.query_one(StartForm)
        self.lang, self.pack_id, self.count, self.mode = event.lang, event.pack_id, form.count, form.chosen_mode()
        self.query_one("#keys", Static).update(literal(tr("keys.start", self.lang)))
        await form.remove()
        await self.mount(self._form(), before="#keys")

    def _form(self) -> StartForm:
        return StartForm(self.catalog, self.lang, self.pack_id, self.count, self.mode, self.resumable, self.due)

    def action_start(self) -> None:
        """Start a game with what is chosen."""
        self.query_one(StartForm).start()

    def action_history(self) -> None:
        """Show the player's history."""
        self.post_message(HistoryRequested(self.lang))

    def action_review(self) -> None:
        """Review the questions that are due."""
        self.query_one(StartForm).review()

    def action_resume(self) -> None:
        """Go on with the unfinished game."""
        self.query_one(StartForm).resume()

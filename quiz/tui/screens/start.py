"""The start screen: where each game begins."""

from __future__ import annotations

from typing import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from quiz.i18n import tr
from quiz.message import Msg
from quiz.packs import Catalog
from quiz.session import Resumable, Settings
from quiz.tui.messages import HistoryRequested
from quiz.tui.widgets.key_line import KeyLine
from quiz.tui.widgets.start_form import StartForm


class StartScreen(Screen[None]):
    """The disclaimer and the choices of the next game, with S to start."""

    # Capitals too: the key line prints the letters as capitals, and Caps Lock must not make them dead keys.
    BINDINGS = [
        Binding("s,S", "start", "Start", show=False),
        Binding("r,R", "resume", "Resume", show=False),
        Binding("v,V", "review", "Review", show=False),
        Binding("h,H", "history", "History", show=False),
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
        yield KeyLine(self.lang, self._hints())

    def _hints(self) -> list[Msg]:
        """The keys that do something on this screen now."""
        hints = [Msg("hint.start")] if self.pack_id else []
        if self.resumable is not None:
            hints.append(Msg("hint.resume"))
        if self.pack_id and self.due.get(self.pack_id):
            hints.append(Msg("hint.review"))
        return [*hints, Msg("hint.history"), Msg("hint.tab"), Msg("hint.help"), Msg("hint.quit")]

    @on(StartForm.Changed)
    async def _redraw(self, event: StartForm.Changed) -> None:
        form = self.query_one(StartForm)
        self.lang, self.pack_id, self.count, self.mode = event.lang, event.pack_id, form.count, form.chosen_mode()
        keys = self.query_one(KeyLine)
        keys.lang = self.lang
        keys.show(self._hints())
        await form.remove()
        await self.mount(self._form(), before=keys)

    def _form(self) -> StartForm:
        return StartForm(self.catalog, self.lang, self.pack_id, self.count, self.mode, self.resumable, self.due)

    def action_start(self) -> None:
        """Start a game with what is chosen."""
        self.query_one(StartForm).start()

    def action_history(self) -> None:
        """Show the player's history."""
        self.post_message(HistoryRequested(self.lang))

    def action_review(self) -> None:
        """Review the questions that are due, or say that none are."""
        if self.pack_id and self.due.get(self.pack_id):
            self.query_one(StartForm).review()
        else:
            self.notify(tr("start.nothing_due", self.lang), markup=False)

    def action_resume(self) -> None:
        """Go on with the unfinished game, or say that there is none."""
        if self.resumable is not None:
            self.query_one(StartForm).resume()
        else:
            self.notify(tr("start.nothing_to_resume", self.lang), markup=False)

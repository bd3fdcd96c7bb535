"""The start screen's form: the disclaimer, and the pack, language and length of the next game."""

from __future__ import annotations

from typing import Mapping

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Checkbox, Label, Select

from quiz.i18n import languages, native_name, tr, tr_n
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.scoring import MODES, Mode, ModeName
from quiz.session import Resumable
from quiz.text import one_line
from quiz.tui.messages import (
    DropRequested,
    HistoryRequested,
    ResumeRequested,
    ReviewRequested,
    StartRequested,
)
from quiz.tui.safe import literal
from quiz.tui.widgets.wrapped import WrappedText
from quiz.views import pack_language, resume_offer

COUNT_STEPS = (5, 10, 20)
TIME_LIMITS = (10, 20, 30, 60)


def count_options(total: int, wanted: int | None = None) -> list[int]:
    """The game lengths offered for a pack of `total` questions, with `wanted` among them; 0 stands for all."""
    steps = {n for n in (*COUNT_STEPS, wanted or 0) if 0 < n < total}
    return sorted(steps) + [0]


class StartForm(VerticalScroll):
    """The choices of the next game; replaced as a whole when the language or the pack changes."""

    class Changed(Message):
        """The player picked another language or pack, so the form must be drawn again."""

        def __init__(self, lang: str, pack_id: str | None) -> None:
            super().__init__()
            self.lang = lang
            self.pack_id = pack_id

    def __init__(
        self,
        catalog: Catalog,
        lang: str,
        pack_id: str | None,
        count: int | None,
        mode: Mode,
        resumable: Resumable | None,
        due: Mapping[str, int],
    ) -> None:
        super().__init__(id="start")
        self.catalog = catalog
        self.due = due
        """How many questions of each pack are due for review."""
        self.mode = mode
        self.resumable = resumable
        self.lang = lang
        self.pack_id = pack_id
        self.count = count

    @property
    def pack(self) -> Pack | None:
        """The pack currently chosen."""
        return self.catalog.find(self.pack_id) if self.pack_id else None

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield WrappedText(literal(tr("start.heading", lang)), id="heading")
        if self.resumable is not None:
            yield from self._resume_box(self.resumable)
        pack = self.pack
        if pack is None:
            yield WrappedText(literal(tr("start.no_packs", lang)), id="no-packs")
        else:
            yield WrappedText(literal(pack.disclaimer.get(lang)), id="start-disclaimer", classes="disclaimer")
            with Horizontal(classes="field"):
                yield Label(literal(tr("start.pack", lang)))
                yield Select(
                    [(literal(one_line(p.title.get(lang))), p.id) for p in self.catalog.packs],
                    value=pack.id,
                    allow_blank=False,
                    id="pack",
                    compact=True,
                )
            yield WrappedText(self._pack_info(pack), id="pack-info")
            if self.due.get(pack.id):
                with Horizontal(id="review-box"):
                    yield WrappedText(literal(tr_n("start.due", lang, self.due[pack.id])))
                    yield Button(literal(tr("start.review", lang)), id="review", compact=True)
            # Language and length share a row, so the form with an unfinished game still fits 24 lines.
            with Horizontal(classes="field"):
                yield Label(literal(tr("start.language", lang)))
                yield Select(
                    [(native_name(code), code) for code in languages()],
                    value=lang,
                    allow_blank=False,
                    id="lang",
                    compact=True,
                )
                yield Label(literal(tr("start.count", lang)), id="count-label")
                yield self._count_select(pack)
            yield from self._mode_fields()
            with Horizontal(id="start-buttons"):
                yield Button(literal(tr("start.begin", lang)), id="begin", compact=True)
                yield Button(literal(tr("start.history", lang)), id="show-history", compact=True)
        if self.catalog.problems:
            files = len({problem.file for problem in self.catalog.problems})
            yield WrappedText(literal(tr_n("start.bad_packs", lang, files)), id="bad-packs")

    def _resume_box(self, resumable: Resumable) -> ComposeResult:
        info = resume_offer(resumable.game, self.lang).text(self.lang)
        with Vertical(id="resume-box"):
            yield WrappedText(literal(info), id="resume-info")
            with Horizontal(classes="buttons"):
                yield Button(literal(tr("start.resume", self.lang)), id="resume", compact=True)
                yield Button(literal(tr("start.drop", self.lang)), id="drop", compact=True)

    def _pack_info(self, pack: Pack) -> Content:
        info = tr("start.pack_info", self.lang, n=len(pack.questions), source=one_line(pack.source.title))
        if (written_in := pack_language(pack, self.lang)) is not None:
            info = tr("start.pack_about", self.lang, description=info, info=written_in.text(self.lang))
        # One paragraph, not two: a line saved is what keeps the Start button on a 24-line screen.
        return literal(
            tr("start.pack_about", self.lang, description=one_line(pack.description.get(self.lang)), info=info)
        )

    def _mode_fields(self) -> ComposeResult:
        lang, mode = self.lang, self.mode
        limits = sorted({*TIME_LIMITS, mode.time_limit})
        # One row: a timed game's seconds and streak bonus sit beside the mode, so the form fits 24 lines.
        with Horizontal(classes="field", id="mode-field"):
            yield Label(literal(tr("start.mode", lang)))
            yield Select(
                [(tr(f"mode.{name}", lang), name) for name in MODES],
                value=mode.name.value,
                allow_blank=False,
                id="mode",
                compact=True,
            )
            with Horizontal(id="timed-fields") as fields:
                fields.display = mode.name is ModeName.TIMED
                yield Label(literal(tr("start.time_limit", lang)), id="time-limit-label")
                yield Select(
                    [(str(n), n) for n in limits], value=mode.time_limit, allow_blank=False, id="time-limit",
                    compact=True,
                )  # fmt: skip
                yield Checkbox(
                    literal(tr("start.streak_bonus", lang)), mode.streak_bonus, id="streak-bonus", compact=True
                )

    def chosen_mode(self) -> Mode:
        """The mode as the form shows it now."""
        name = self.query_one("#mode", Select).value
        limit = self.query_one("#time-limit", Select).value
        return Mode(
            ModeName(name) if isinstance(name, str) else self.mode.name,
            limit if isinstance(limit, int) else self.mode.time_limit,
            self.query_one("#streak-bonus", Checkbox).value,
        )

    @on(Select.Changed, "#mode")
    def _mode_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.mode = self.chosen_mode()
        self.query_one("#timed-fields").display = self.mode.name is ModeName.TIMED

    @on(Select.Changed, "#time-limit")
    @on(Checkbox.Changed, "#streak-bonus")
    def _timing_changed(self, event: Select.Changed | Checkbox.Changed) -> None:
        event.stop()
        self.mode = self.chosen_mode()

    def _count_select(self, pack: Pack) -> Select[int]:
        total = len(pack.questions)
        # None is the whole pack, shown as the option 0 ("all").
        wanted = self.count or 0
        options = count_options(total, wanted)
        value = wanted if wanted in options else 0
        labels = [(str(n) if n else tr("start.all", self.lang, n=total), n) for n in options]
        return Select(labels, value=value, allow_blank=False, id="count", compact=True)

    def on_mount(self) -> None:
        if self.resumable is not None:
            self.query_one("#resume", Button).focus(scroll_visible=False)
        elif self.pack is not None:
            self.query_one("#begin", Button).focus(scroll_visible=False)

    @on(Select.Changed, "#lang")
    def _language_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.value != self.lang and isinstance(event.value, str):
            self.post_message(self.Changed(event.value, self.pack_id))

    @on(Select.Changed, "#pack")
    def _pack_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.value != self.pack_id and isinstance(event.value, str):
            self.post_message(self.Changed(self.lang, event.value))

    @on(Select.Changed, "#count")
    def _count_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, int):
            # Remembered so that the length survives a change of language or pack.
            self.count = event.value

    @on(Button.Pressed, "#begin")
    def _begin_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.start()

    @on(Button.Pressed, "#resume")
    def _resume_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.resume()

    @on(Button.Pressed, "#drop")
    def _drop_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if self.resumable is not None:
            self.post_message(DropRequested(self.resumable))

    @on(Button.Pressed, "#show-history")
    def _history_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(HistoryRequested(self.lang))

    @on(Button.Pressed, "#review")
    def _review_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.review()

    def review(self) -> None:
        """Ask for a game of this pack's questions that are due, if any."""
        pack = self.pack
        if pack is not None and self.due.get(pack.id):
            self.post_message(ReviewRequested(pack, self.lang, self.chosen_mode()))

    def resume(self) -> None:
        """Ask to go on with the unfinished game, if there is one."""
        if self.resumable is not None:
            self.post_message(ResumeRequested(self.resumable))

    def start(self) -> None:
        """Ask for a game with what is chosen."""
        pack = self.pack
        if pack is not None:
            count = self.query_one("#count", Select).value
            chosen = count if isinstance(count, int) and count else None
            self.post_message(StartRequested(pack, self.lang, chosen, self.chosen_mode()))

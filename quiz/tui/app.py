"""The Textual app: moves the player between screens as the messages arrive, and renders the session's game."""

from __future__ import annotations

import asyncio
import gc
import time
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quiz.game import Game, carry_over
from quiz.i18n import tr, tr_n
from quiz.message import Msg
from quiz.packs import Catalog
from quiz.packs.watch import Broken, PackWatcher, Reloaded, WatchEvent
from quiz.scoring import Mode
from quiz.session import Session, Settings, store_notice
from quiz.store import Store
from quiz.tui.messages import (
    DropRequested,
    GameFinished,
    HistoryRequested,
    PlayAgainRequested,
    ResumeRequested,
    RetryRequested,
    ReviewRequested,
    StartRequested,
)
from quiz.tui.palette import open_palette, search_themes, system_commands
from quiz.tui.screens.confirm import ConfirmQuitScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.history import HistoryScreen
from quiz.tui.screens.player import PlayerScreen
from quiz.tui.screens.problems import ProblemsScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.signals import exit_on_ending_signals
from quiz.tui.themes import DEFAULT_THEME, register_themes
from quiz.tui.widgets.start_form import StartForm


@dataclass(frozen=True)
class Preview:
    """A pack file played while it is edited: reloaded on every save, nothing saved to the player's store."""

    watcher: PackWatcher
    first_load: WatchEvent


class QuizApp(App[None]):
    """Myth or Fact in the terminal."""

    CSS_PATH = "app.tcss"
    # The palette (ctrl+p) is where players change theme; "Change theme" lists the game's own themes too.
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("question_mark", "help", "Help", show=False),
        Binding("q", "request_quit", "Quit", show=False),
        Binding("ctrl+q", "request_quit", "Quit", show=False, priority=True),
        Binding("ctrl+c", "request_quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self,
        session: Session,
        theme: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        preview: Preview | None = None,
    ) -> None:
        super().__init__()
        register_themes(self)
        self.session = session
        self.preview = preview
        self._chosen_theme = theme or DEFAULT_THEME
        self.clock = clock
        """The time source for timed games; tests pass a clock they can move."""

    @property
    def lang(self) -> str:
        """The language the player chose."""
        return self.session.settings.lang

    @property
    def game(self) -> Game | None:
        """The game being played, if any."""
        return self.session.game

    def on_mount(self) -> None:
        self.call_after_refresh(_settle_memory)
        exit_on_ending_signals(self)
        self.theme = self._chosen_theme
        self.title = tr("app.title", self.lang)
        self.session.tell = self._tell
        settings = self.session.settings
        if settings.ask_player:
            self.push_screen(PlayerScreen(self.lang, settings.class_code), self._named)
        else:
            self.push_screen(self._start_screen())
        if self.preview is not None:
            self.notify(tr("watch.preview", self.lang), markup=False)
            self.set_interval(self.preview.watcher.interval, self._check_pack)
            if isinstance(self.preview.first_load, Broken):
                self.push_screen(ProblemsScreen(self.preview.first_load.problems, self.lang))
        else:
            notice = store_notice(self.session.store)
            if notice is not None:
                self._tell(notice)

    def _named(self, name: str | None) -> None:
        """Play under the name the player gave, starting at the start screen."""
        if name is not None:
            self.session.choose(replace(self.session.settings, player=name))
        self.push_screen(self._start_screen())

    def _tell(self, notice: Msg) -> None:
        self.notify(notice.text(self.lang), severity="warning", markup=False)

    async def _check_pack(self) -> None:
        """Take in a saved change of the watched pack: play on with it, or show what is wrong with it."""
        assert self.preview is not None
        event = self.preview.watcher.poll()
        if isinstance(event, Broken):
            if isinstance(self.screen, ProblemsScreen):
                self.screen.dismiss()
            self.push_screen(ProblemsScreen(event.problems, self.lang))
        elif isinstance(event, Reloaded):
            await self._reloaded(event)

    async def _reloaded(self, event: Reloaded) -> None:
        pack = event.pack
        session = self.session
        session.catalog = Catalog((pack,) + tuple(p for p in session.catalog.packs if p.id != pack.id), ())
        session.choose(replace(session.settings, pack_id=pack.id))
        while isinstance(self.screen, ProblemsScreen):
            self.screen.dismiss()
            await asyncio.sleep(0)
        self.notify(tr_n("watch.reloaded", self.lang, len(event.warnings)), markup=False)
        screen = self.screen
        moved = (
            carry_over(session.game, pack) if session.game is not None and isinstance(screen, QuestionScreen) else None
        )
        if isinstance(screen, QuestionScreen) and moved is not None:
            session.preview(moved)
            await screen.show_game(moved)
        elif isinstance(screen, (StartScreen, QuestionScreen, ResultsScreen)):
            session.leave()
            self.switch_screen(self._start_screen())

    def _start_screen(self) -> StartScreen:
        session = self.session
        offered = session.resumable() if self.preview is None else None
        return StartScreen(session.catalog, session.settings, offered, session.due_counts())

    def _play(self, game: Game | None) -> None:
        """Put `game`'s current question on screen."""
        if game is not None:
            self.title = tr("app.title", self.lang)
            self.switch_screen(QuestionScreen(game, self.lang, self.session.answer, self.clock))

    def on_start_form_changed(self, message: StartForm.Changed) -> None:
        """Follow the language picked on the start screen, so help and dialogs speak it at once."""
        self.session.choose(replace(self.session.settings, lang=message.lang, pack_id=message.pack_id))

    def on_start_requested(self, message: StartRequested) -> None:
        """Begin a game with what the player chose."""
        session = self.session
        session.choose(self._chosen(message.lang, message.pack.id, message.count, message.mode))
        if self.preview is not None:
            settings = session.settings
            session.preview(Game.new(message.pack, count=settings.count, seed=settings.seed, mode=settings.mode))
            self._play(session.game)
        else:
            self._play(session.start(message.pack))

    def _chosen(self, lang: str, pack_id: str, count: int | None, mode: Mode) -> Settings:
        return replace(self.session.settings, lang=lang, pack_id=pack_id, count=count, mode=mode)

    def on_resume_requested(self, message: ResumeRequested) -> None:
        """Go on with the unfinished game where it stopped."""
        game = self.session.resume(message.resumable)
        self.session.choose(replace(self.session.settings, pack_id=game.pack.id))
        self._play(game)

    def on_drop_requested(self, message: DropRequested) -> None:
        """Forget the unfinished game (its answers stay saved) and redraw the start screen."""
        self.session.drop(message.resumable)
        self.switch_screen(self._start_screen())

    def on_game_finished(self, message: GameFinished) -> None:
        """Show how the game went."""
        self.switch_screen(ResultsScreen(message.game, self.lang))

    def on_history_requested(self, message: HistoryRequested) -> None:
        """Show the player's history over the start screen."""
        self.push_screen(HistoryScreen(self.session.history(message.lang), message.lang))

    def on_review_requested(self, message: ReviewRequested) -> None:
        """A game of the pack's questions that are due, most overdue first."""
        session = self.session
        session.choose(replace(session.settings, lang=message.lang, pack_id=message.pack.id, mode=message.mode))
        self._play(session.review(message.pack))

    def on_retry_requested(self, message: RetryRequested) -> None:
        """A new game of just the questions missed in the last one, in the same mode."""
        self._play(self.session.retry(message.game))

    def on_play_again_requested(self, message: PlayAgainRequested) -> None:
        """Back to the start screen, keeping the last choices."""
        self.session.leave()
        self.switch_screen(self._start_screen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's built-in commands, in the player's language."""
        return system_commands(self, screen, self.lang)

    def action_command_palette(self) -> None:
        """Open the command palette, prompting in the player's language."""
        open_palette(self, self.lang)

    def action_change_theme(self) -> None:
        """The list of themes, prompting in the player's language."""
        search_themes(self, self.lang)

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

    async def action_quit(self) -> None:
        """Quit as every other way of quitting does, so the command palette's Quit asks first mid-game too."""
        self.action_request_quit()

    def action_request_quit(self) -> None:
        """Quit, asking first when a game is under way."""
        if isinstance(self.screen, ConfirmQuitScreen):
            self.exit()
            return
        game_screen = next((s for s in self.screen_stack if isinstance(s, QuestionScreen)), None)
        if game_screen is not None and game_screen.in_progress:
            self.push_screen(ConfirmQuitScreen(self.lang), self._quit_if_confirmed)
        else:
            self.exit()

    def _quit_if_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.exit()


def _settle_memory() -> None:
    """Once the first screen is up: keep what exists by then out of the cycle collector's way, and let it run.

    What exists then (modules, styles, packs) lives as long as the app, so a collection during play need not walk it
    again. `quiz play` turns the collector off while it starts (see run_full_screen); here it comes back on.
    """
    gc.freeze()
    gc.enable()


def make_app(
    catalog: Catalog,
    store: Store,
    settings: Settings,
    *,
    theme: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    preview: Preview | None = None,
) -> QuizApp:
    """The app as the `quiz` command builds it; the tests build theirs here too, so they run what players run."""
    return QuizApp(Session(catalog, store, settings), theme=theme, clock=clock, preview=preview)

"""The Textual app: moves the player between screens as the messages arrive."""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import time
from typing import Callable, TypeVar

from textual.app import App
from textual.binding import Binding

from quiz.game import Game, Outcome
from quiz.i18n import tr
from quiz.model import Question
from quiz.packs import Catalog
from quiz.packs.watch import Broken, PackWatcher, Reloaded, WatchEvent, carry_over
from quiz.scoring import Mode
from quiz.store import Store, StoreState
from quiz.tui.messages import (
    DropRequested,
    GameFinished,
    HistoryRequested,
    PlayAgainRequested,
    Resumable,
    ResumeRequested,
    RetryRequested,
    ReviewRequested,
    StartRequested,
)
from quiz.tui.screens.confirm import ConfirmQuitScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.history import HistoryScreen
from quiz.tui.screens.problems import ProblemsScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.signals import exit_on_ending_signals
from quiz.tui.themes import DEFAULT_THEME, register_themes
from quiz.tui.widgets.start_form import StartForm

T = TypeVar("T")


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
        catalog: Catalog,
        lang: str,
        store: Store,
        pack_id: str | None = None,
        count: int | None = None,
        seed: int | None = None,
        mode: Mode = Mode(),
        theme: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        watcher: PackWatcher | None = None,
        first_load: WatchEvent | None = None,
    ) -> None:
        super().__init__()
        register_themes(self)
        self.watcher = watcher
        """Set when previewing a pack file: it is reloaded on every save."""
        self._first_load = first_load
        self._chosen_theme = theme or DEFAULT_THEME
        self.catalog = catalog
        self.store = store
        self.mode = mode
        self.clock = clock
        """The time source for timed games; tests pass a clock they can move."""
        self.lang = lang
        self.pack_id = pack_id
        self.count = count
        self.seed = seed
        self.game: Game | None = None
        self.game_id: int | None = None
        self._offered: Resumable | None = None

    def on_mount(self) -> None:
        # What exists once the first screen is up (modules, styles, packs) lives as long as the app: keep it out of
        # the cycle collector's way, so a collection during play does not walk it all again.
        self.call_after_refresh(gc.freeze)
        exit_on_ending_signals(self)
        self.theme = self._chosen_theme
        self.title = tr("app.title", self.lang)
        self.push_screen(self._start_screen())
        if self.watcher is not None:
            self.notify(tr("watch.preview", self.lang), markup=False)
            self.set_interval(self.watcher.interval, self._check_pack)
            if isinstance(self._first_load, Broken):
                self.push_screen(ProblemsScreen(self._first_load.problems, self.lang))
        else:
            self._tell_store_state()

    async def _check_pack(self) -> None:
        """Take in a saved change of the watched pack: play on with it, or show what is wrong with it."""
        assert self.watcher is not None
        event = self.watcher.poll()
        if isinstance(event, Broken):
            if isinstance(self.screen, ProblemsScreen):
                self.screen.dismiss()
            self.push_screen(ProblemsScreen(event.problems, self.lang))
        elif isinstance(event, Reloaded):
            await self._reloaded(event)

    async def _reloaded(self, event: Reloaded) -> None:
        pack = event.pack
        self.catalog = Catalog((pack,) + tuple(p for p in self.catalog.packs if p.id != pack.id), ())
        self.pack_id = pack.id
        while isinstance(self.screen, ProblemsScreen):
            self.screen.dismiss()
            await asyncio.sleep(0)
        self.notify(tr("watch.reloaded", self.lang, n=len(event.warnings)), markup=False)
        screen = self.screen
        moved = carry_over(self.game, pack) if self.game is not None and isinstance(screen, QuestionScreen) else None
        if isinstance(screen, QuestionScreen) and moved is not None:
            self.game = moved
            await screen.show_game(moved)
        elif isinstance(screen, (StartScreen, QuestionScreen, ResultsScreen)):
            self.game = None
            self.switch_screen(self._start_screen())

    def _tell_store_state(self) -> None:
        if self.store.state is StoreState.RECOVERED:
            self.notify(tr("store.recovered", self.lang, path=self.store.detail), severity="warning", markup=False)
        elif self.store.state is StoreState.MEMORY_ONLY:
            self.notify(tr("store.memory_only", self.lang, reason=self.store.detail), severity="warning", markup=False)

    def _start_screen(self) -> StartScreen:
        self._offered = self._resumable()
        due = {pack_id: len(ids) for pack_id, ids in self._due().items()}
        return StartScreen(self.catalog, self.lang, self.pack_id, self.count, self.mode, self._offered, due)

    def _due(self) -> dict[str, list[Question]]:
        """The questions due for review in each loaded pack, most overdue first."""
        due: dict[str, list[Question]] = {}
        for pack_id, question_ids in (self._saving(self.store.due) or {}).items():
            pack = self.catalog.find(pack_id)
            if pack is not None:
                # Answers to questions that left the pack stay in the history but are not reviewed.
                by_id = {question.id: question for question in pack.questions}
                due[pack_id] = [by_id[q] for q in question_ids if q in by_id]
        return {pack_id: questions for pack_id, questions in due.items() if questions}

    def _resumable(self) -> Resumable | None:
        """The unfinished game, when its pack is here and still fits the answers saved."""
        unfinished = self._saving(self.store.unfinished)
        if unfinished is None:
            return None
        pack = self.catalog.find(unfinished.pack_id)
        if pack is None:
            return None
        game = Game.resume(pack, unfinished.rounds, unfinished.given, unfinished.mode)
        if game is None or game.finished:
            # The pack changed under the game; its answers stay in the history, but it cannot go on.
            self._saving(lambda: self.store.drop(unfinished.game_id))
            return None
        return Resumable(unfinished.game_id, game)

    def on_start_form_changed(self, message: StartForm.Changed) -> None:
        """Follow the language picked on the start screen, so help and dialogs speak it at once."""
        self.lang = message.lang

    def on_start_requested(self, message: StartRequested) -> None:
        """Begin a game with what the player chose."""
        self.lang, self.pack_id, self.count = message.lang, message.pack.id, message.count
        offered = self._offered
        if offered is not None:
            # Only the latest unfinished game is ever offered: starting afresh lets the older one go.
            self._saving(lambda: self.store.drop(offered.game_id))
        self.title = tr("app.title", self.lang)
        self.mode = message.mode
        self._begin(Game.new(message.pack, count=message.count, seed=self.seed, mode=message.mode))

    def _begin(self, game: Game) -> None:
        """Record `game` in the store and put its first question on screen."""
        self.game = game
        self.game_id = self._saving(lambda: self.store.start_game(game, self.lang, self.seed))
        self.switch_screen(QuestionScreen(game, self.lang, self._save_answer, self.clock))

    def on_resume_requested(self, message: ResumeRequested) -> None:
        """Go on with the unfinished game where it stopped."""
        self.game, self.game_id = message.resumable.game, message.resumable.game_id
        self.pack_id = self.game.pack.id
        self.switch_screen(QuestionScreen(self.game, self.lang, self._save_answer, self.clock))

    def on_drop_requested(self, message: DropRequested) -> None:
        """Forget the unfinished game (its answers stay saved) and redraw the start screen."""
        self._saving(lambda: self.store.drop(message.resumable.game_id))
        self.switch_screen(self._start_screen())

    def _save_answer(self, outcome: Outcome) -> None:
        if self.game is not None and self.game_id is not None:
            game, game_id = self.game, self.game_id
            self._saving(lambda: self.store.record_answer(game_id, game, outcome))

    def _saving(self, write: Callable[[], T]) -> T | None:
        """Run a store call; if the store fails, carry on in memory and tell the player once."""
        try:
            return write()
        except sqlite3.Error as error:
            self.store = Store.in_memory(str(error))
            self.game_id = None
            self._tell_store_state()
            return None

    def on_game_finished(self, message: GameFinished) -> None:
        """Show how the game went."""
        self.switch_screen(ResultsScreen(message.game, self.lang))

    def on_history_requested(self, message: HistoryRequested) -> None:
        """Show the player's history over the start screen."""
        from quiz.history import report

        games = self._saving(self.store.games) or []
        answers = self._saving(self.store.answer_records) or []
        self.push_screen(HistoryScreen(report(games, answers, self.catalog, message.lang), message.lang))

    def on_review_requested(self, message: ReviewRequested) -> None:
        """A game of the pack's questions that are due, most overdue first."""
        questions = self._due().get(message.pack.id, [])
        if questions:
            self.lang, self.pack_id, self.mode = message.lang, message.pack.id, message.mode
            self._begin(Game.of_questions(message.pack, questions, seed=self.seed, mode=message.mode))

    def on_retry_requested(self, message: RetryRequested) -> None:
        """A new game of just the questions missed in the last one, in the same mode."""
        played = message.game
        missed = [outcome.round.question for outcome in played.missed()]
        self._begin(Game.of_questions(played.pack, missed, seed=self.seed, mode=played.mode))

    def on_play_again_requested(self, message: PlayAgainRequested) -> None:
        """Back to the start screen, keeping the last choices."""
        self.game = None
        self.switch_screen(self._start_screen())

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

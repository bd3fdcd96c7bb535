"""The Textual app: moves the player between screens as the messages arrive."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from quiz.game import Game
from quiz.i18n import tr
from quiz.packs import Catalog
from quiz.tui.messages import GameFinished, PlayAgainRequested, StartRequested
from quiz.tui.screens.confirm import ConfirmQuitScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen


class QuizApp(App[None]):
    """Myth or Fact in the terminal."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
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
        pack_id: str | None = None,
        count: int | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.lang = lang
        self.pack_id = pack_id
        self.count = count
        self.seed = seed
        self.game: Game | None = None

    def on_mount(self) -> None:
        self.title = tr("app.title", self.lang)
        self.push_screen(self._start_screen())

    def _start_screen(self) -> StartScreen:
        return StartScreen(self.catalog, self.lang, self.pack_id, self.count)

    def on_start_requested(self, message: StartRequested) -> None:
        """Begin a game with what the player chose."""
        self.lang, self.pack_id, self.count = message.lang, message.pack.id, message.count
        self.title = tr("app.title", self.lang)
        self.game = Game.new(message.pack, count=message.count, seed=self.seed)
        self.switch_screen(QuestionScreen(self.game, self.lang))

    def on_game_finished(self, message: GameFinished) -> None:
        """Show how the game went."""
        self.switch_screen(ResultsScreen(message.game, self.lang))

    def on_play_again_requested(self, message: PlayAgainRequested) -> None:
        """Back to the start screen, keeping the last choices."""
        self.game = None
        self.switch_screen(self._start_screen())

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang))

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

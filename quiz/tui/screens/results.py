"""The results screen: the score, every question with the player's answer, and what to learn from the misses."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from quiz.game import Game
from quiz.i18n import tr
from quiz.message import Msg
from quiz.tui.messages import PlayAgainRequested, RetryRequested
from quiz.tui.safe import labelled, literal
from quiz.tui.widgets.calibration_view import CalibrationView, SureAndWrong
from quiz.tui.widgets.explanation import Explanation, disclaimer
from quiz.tui.widgets.key_line import KeyLine
from quiz.tui.widgets.wrapped import WrappedText
from quiz.views import results_view


class ResultsScreen(Screen[None]):
    """Shown once the last question has been answered."""

    def __init__(self, game: Game, lang: str) -> None:
        super().__init__()
        self.game = game
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        view = results_view(self.game, lang)
        # The score, the calibration and the buttons stay in view; the question by question account scrolls.
        with Vertical(id="results-top"):
            yield Static(literal(view.summary.text(lang)), id="summary")
            if view.calibration is not None:
                yield CalibrationView(view.calibration, lang)
            with Horizontal(id="result-buttons"):
                # No variants: the focused button is the only one that stands out, so Enter does what it shows.
                if view.missed:
                    yield Button(literal(tr("results.retry", lang)), id="retry", compact=True)
                yield Button(literal(tr("results.again", lang)), id="again", compact=True)
                yield Button(literal(tr("results.quit", lang)), id="quit", compact=True)
        with VerticalScroll(id="results"):
            if view.calibration is not None and view.calibration.sure_and_wrong:
                yield SureAndWrong(view.calibration.sure_and_wrong, lang)
            for row in view.rows:
                head = f"{row.number}. {row.mark.text(lang)} · "
                yield WrappedText(
                    labelled(head, row.your_answer.text(lang)),
                    indent=len(f"{row.number}. "),
                    classes=f"result-row {row.tone.value}",
                )
                yield WrappedText(literal(row.prompt), classes="result-prompt")
            yield WrappedText(
                literal(tr("results.missed" if view.missed else "results.all_right", lang)), id="missed-heading"
            )
            for missed in view.missed:
                yield WrappedText(literal(missed.prompt), classes="missed-prompt")
                yield Explanation(missed.view, lang)
            yield disclaimer(view.disclaimer, lang)
        yield KeyLine(lang, [Msg("hint.tab"), Msg("hint.press"), Msg("hint.help"), Msg("hint.quit")])

    def on_mount(self) -> None:
        # The first button: Retry when there is something to retry, else Play again.
        self.query_one("#result-buttons").query(Button).first().focus(scroll_visible=False)

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        self.post_message(RetryRequested(self.game))

    @on(Button.Pressed, "#again")
    def _again(self) -> None:
        self.post_message(PlayAgainRequested())

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.app.exit()

"""The results screen: the score, every question with the player's answer, and what to learn from the misses."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from quiz.game import Game
from quiz.i18n import tr
from quiz.labels import answer_label
from quiz.scoring import CERTAINTY
from quiz.text import one_line
from quiz.tui.messages import PlayAgainRequested, RetryRequested
from quiz.tui.safe import labelled, literal
from quiz.tui.widgets.calibration_view import CalibrationView
from quiz.tui.widgets.explanation import Explanation, disclaimer


class ResultsScreen(Screen[None]):
    """Shown once the last question has been answered."""

    def __init__(self, game: Game, lang: str) -> None:
        super().__init__()
        self.game = game
        self.lang = lang

    def compose(self) -> ComposeResult:
        game, lang = self.game, self.lang
        score = game.score
        with VerticalScroll(id="results"):
            yield Static(literal(tr("results.heading", lang)), id="heading")
            yield Static(
                literal(
                    tr(
                        "results.summary",
                        lang,
                        right=score.right,
                        total=game.total,
                        points=score.points,
                        best=score.best_streak,
                    )
                ),
                id="summary",
            )
            if game.mode.name == CERTAINTY:
                yield CalibrationView(game, lang)
            for number, outcome in enumerate(game.outcomes, 1):
                mark = tr("results.right" if outcome.correct else "results.wrong", lang)
                prompt = one_line(outcome.round.question.prompt.get(lang))
                yours = tr("feedback.your_answer", lang, answer=answer_label(outcome.round, outcome.given, lang))
                yield Static(
                    labelled(f"{number}. {mark}", f"{prompt}\n   {yours}"),
                    classes="result-row " + ("right" if outcome.correct else "wrong"),
                )
            missed = game.missed()
            yield Static(literal(tr("results.missed" if missed else "results.all_right", lang)), id="missed-heading")
            for outcome in missed:
                yield Static(literal(one_line(outcome.round.question.prompt.get(lang))), classes="missed-prompt")
                yield Explanation(outcome, game.pack, lang, with_disclaimer=False)
            yield disclaimer(game.pack, lang)
            with Horizontal(id="result-buttons"):
                if missed:
                    yield Button(literal(tr("results.retry", lang)), id="retry", variant="warning")
                yield Button(literal(tr("results.again", lang)), id="again", variant="primary")
                yield Button(literal(tr("results.quit", lang)), id="quit")
        yield Static(literal(tr("keys.results", lang)), id="keys")

    def on_mount(self) -> None:
        self.query_one("#again", Button).focus(scroll_visible=False)

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        self.post_message(RetryRequested(self.game))

    @on(Button.Pressed, "#again")
    def _again(self) -> None:
        self.post_message(PlayAgainRequested())

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.app.exit()

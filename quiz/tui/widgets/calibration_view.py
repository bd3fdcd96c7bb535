"""The certainty part of the results: how often each level was right, against where it pays best."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quiz.calibration import advice, by_level
from quiz.game import Game
from quiz.i18n import tr
from quiz.labels import level_line
from quiz.text import one_line
from quiz.tui.safe import literal


class CalibrationView(Vertical):
    """Accuracy per certainty level, one sentence of advice, and the answers that were sure and wrong."""

    def __init__(self, game: Game, lang: str) -> None:
        super().__init__(id="calibration")
        self.game = game
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        answered = [(o.certainty, o.correct) for o in self.game.outcomes if o.certainty is not None]
        records = by_level(answered)
        yield Static(literal(tr("results.calibration", lang)), classes="section-heading")
        for record in records:
            yield Static(literal(level_line(record, lang)), classes=f"level {record.verdict}")
        yield Static(literal(tr(f"advice.{advice(records)}", lang)), id="advice")
        sure_and_wrong = [o for o in self.game.outcomes if o.certainty == 3 and not o.correct]
        if sure_and_wrong:
            yield Static(literal(tr("results.confidently_wrong", lang)), classes="section-heading")
            for outcome in sure_and_wrong:
                yield Static(literal("✘ " + one_line(outcome.round.question.prompt.get(lang))), classes="sure-wrong")

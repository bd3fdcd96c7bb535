"""The certainty part of the results: how often each level was right, against where it pays best."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from quiz.i18n import tr
from quiz.tui.safe import literal
from quiz.tui.widgets.wrapped import WrappedText
from quiz.views import CalibrationSummary


class CalibrationView(Vertical):
    """Accuracy per certainty level used, against where it pays best, and one sentence of advice."""

    def __init__(self, summary: CalibrationSummary, lang: str) -> None:
        super().__init__(id="calibration")
        self.summary = summary
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang, summary = self.lang, self.summary
        yield WrappedText(literal(tr("results.calibration", lang)), classes="section-heading")
        for line, verdict in summary.levels:
            yield WrappedText(literal(line.text(lang)), classes=f"level {verdict}")
        yield WrappedText(literal(summary.advice.text(lang)), id="advice")


class SureAndWrong(Vertical):
    """The answers given at certainty 3 that were wrong: the ones most worth a second look."""

    def __init__(self, prompts: tuple[str, ...], lang: str) -> None:
        super().__init__(id="sure-and-wrong")
        self.prompts = prompts
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield WrappedText(literal(tr("results.confidently_wrong", self.lang)), classes="section-heading")
        for prompt in self.prompts:
            yield WrappedText(literal("✘ " + prompt), indent=2, classes="sure-wrong")

"""The explanation shown after an answer: verdict, the evidence, the article, the sources and the disclaimer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from quiz.tui.safe import labelled, literal
from quiz.tui.widgets.wrapped import WrappedText
from quiz.views import AnswerView, label, verdict_line


def disclaimer(text: str, lang: str) -> WrappedText:
    """The pack's health disclaimer `text`, labelled."""
    return WrappedText(labelled(label("feedback.disclaimer").text(lang), text), classes="disclaimer")


class Explanation(Vertical):
    """Everything the player learns from one answered question, as the session describes it."""

    def __init__(self, view: AnswerView, lang: str, *, with_disclaimer: bool = True) -> None:
        super().__init__(classes="explanation")
        self.view = view
        self.lang = lang
        self.with_disclaimer = with_disclaimer
        """False where the screen keeps the disclaimer in view by itself."""

    def compose(self) -> ComposeResult:
        view, lang = self.view, self.lang
        explained = view.explained
        yield from self._verdict()
        yield WrappedText(labelled(label("feedback.why").text(lang), explained.why), classes="why")
        if explained.article:
            yield WrappedText(
                labelled(label("feedback.article").text(lang), f"“{explained.article}”"), classes="article"
            )
            if explained.article_original:
                original = label("feedback.article_original").text(lang)
                yield WrappedText(labelled(original, f"“{explained.article_original}”"), classes="article-original")
            if explained.article_verdict:
                verdict = verdict_line(explained.article_verdict).text(lang)
                yield WrappedText(literal(f"→ {verdict}"), classes=f"article-verdict {explained.article_verdict.value}")
        if explained.sources:
            yield WrappedText(labelled(label("feedback.references").text(lang).rstrip(), ""), classes="sources-heading")
            for number, citation in enumerate(explained.sources, 1):
                yield WrappedText(literal(f"{number}. {citation}"), indent=len(f"{number}. "), classes="source")
        if explained.checked:
            yield WrappedText(labelled(label("feedback.checked").text(lang), explained.checked), classes="checked")
        if self.with_disclaimer:
            yield disclaimer(explained.disclaimer, lang)

    def _verdict(self) -> ComposeResult:
        view, lang = self.view, self.lang
        verdict = view.verdict.text(lang)
        if view.points is not None:
            verdict += "  " + view.points.text(lang)
        yield WrappedText(literal(verdict), classes=f"verdict {view.tone.value}")
        yield WrappedText(literal(view.correct_answer.text(lang)), classes="correct-answer")
        if view.feedback is not None:
            yield WrappedText(literal(view.feedback), classes="choice-feedback")

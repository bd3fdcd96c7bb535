"""The explanation shown after an answer: verdict, the evidence, the article, the sources and the disclaimer."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content

from quiz.tui.safe import labelled, literal
from quiz.tui.widgets.wrapped import WrappedText, find_breaks_ahead
from quiz.views import AnswerView, Explained, label, verdict_line


@dataclass(frozen=True)
class Part:
    """One paragraph of the explanation: its text, the classes that style it and its hanging indent."""

    text: Content
    classes: str
    indent: int = 0


def disclaimer(text: str, lang: str) -> WrappedText:
    """The pack's health disclaimer `text`, labelled."""
    return WrappedText(_disclaimer(text, lang), classes="disclaimer")


def prepare(explained: Explained, lang: str) -> None:
    """Find the line breaks of the parts that do not depend on the answer, so answering costs only their layout.

    Meant for while the question is read: the evidence, the article and the sources are most of the text.
    """
    find_breaks_ahead(part.text for part in explained_parts(explained, lang))


def explained_parts(explained: Explained, lang: str) -> list[Part]:
    """The parts that explain the question, whatever was answered: why, the article and its verdict, the sources."""
    parts = [Part(labelled(label("feedback.why").text(lang), explained.why), "why")]
    if explained.article:
        parts.append(Part(labelled(label("feedback.article").text(lang), f"“{explained.article}”"), "article"))
        if explained.article_original:
            original = label("feedback.article_original").text(lang)
            parts.append(Part(labelled(original, f"“{explained.article_original}”"), "article-original"))
        if explained.article_verdict:
            verdict = verdict_line(explained.article_verdict).text(lang)
            parts.append(Part(literal(f"→ {verdict}"), f"article-verdict {explained.article_verdict.value}"))
    if explained.sources:
        parts.append(Part(labelled(label("feedback.references").text(lang).rstrip(), ""), "sources-heading"))
        for number, citation in enumerate(explained.sources, 1):
            parts.append(Part(literal(f"{number}. {citation}"), "source", indent=len(f"{number}. ")))
    if explained.checked:
        parts.append(Part(labelled(label("feedback.checked").text(lang), explained.checked), "checked"))
    return parts


def verdict_parts(view: AnswerView, lang: str) -> list[Part]:
    """The parts about the answer given: right or wrong with the points, the right answer, the pack's word on it."""
    verdict = view.verdict.text(lang)
    if view.points is not None:
        verdict += "  " + view.points.text(lang)
    parts = [
        Part(literal(verdict), f"verdict {view.tone.value}"),
        Part(literal(view.correct_answer.text(lang)), "correct-answer"),
    ]
    if view.feedback is not None:
        parts.append(Part(literal(view.feedback), "choice-feedback"))
    return parts


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
        parts = verdict_parts(view, lang) + explained_parts(view.explained, lang)
        if self.with_disclaimer:
            parts.append(Part(_disclaimer(view.explained.disclaimer, lang), "disclaimer"))
        for part in parts:
            yield WrappedText(part.text, indent=part.indent, classes=part.classes)


def _disclaimer(text: str, lang: str) -> Content:
    return labelled(label("feedback.disclaimer").text(lang), text)

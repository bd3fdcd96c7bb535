"""The explanation shown after an answer: verdict, the evidence, the article, the sources and the disclaimer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quiz.game import TIMEOUT, Outcome
from quiz.i18n import tr
from quiz.labels import answer_label, points_label
from quiz.model import Pack
from quiz.tui.safe import labelled, literal


def disclaimer(pack: Pack, lang: str) -> Static:
    """The pack's health disclaimer, labelled."""
    return Static(labelled(tr("feedback.disclaimer", lang) + ":", pack.disclaimer.get(lang)), classes="disclaimer")


class Explanation(Vertical):
    """Everything the player learns from one answered question."""

    def __init__(self, outcome: Outcome, pack: Pack, lang: str, *, with_disclaimer: bool = True) -> None:
        super().__init__(classes="explanation")
        self.outcome = outcome
        self.pack = pack
        self.lang = lang
        self.with_disclaimer = with_disclaimer
        """False where the screen keeps the disclaimer in view by itself."""

    def compose(self) -> ComposeResult:
        outcome, lang = self.outcome, self.lang
        question = outcome.round.question
        yield from self._verdict()
        yield Static(labelled(tr("feedback.why", lang) + ":", question.explanation.get(lang)), classes="why")
        if question.article:
            yield Static(labelled(tr("feedback.article", lang) + ":", f"“{question.article}”"), classes="article")
            if question.article_verdict:
                verdict = tr(f"verdict.{question.article_verdict.value}", lang)
                yield Static(literal(f"→ {verdict}"), classes=f"article-verdict {question.article_verdict.value}")
        citations = self.pack.citations(question)
        if citations:
            yield Static(labelled(tr("feedback.references", lang) + ":", ""), classes="sources-heading")
            for number, citation in enumerate(citations, 1):
                yield Static(literal(f"{number}. {citation}"), classes="source")
        if self.with_disclaimer:
            yield disclaimer(self.pack, lang)

    def _verdict(self) -> ComposeResult:
        outcome, lang = self.outcome, self.lang
        round_ = outcome.round
        if outcome.given == TIMEOUT:
            yield Static(literal(tr("timer.out", lang)), classes="verdict wrong")
        elif outcome.correct:
            yield Static(
                literal(f"{tr('feedback.right', lang)}  {points_label(outcome, lang)}"), classes="verdict right"
            )
        else:
            yield Static(
                literal(f"{tr('feedback.wrong', lang)}  {points_label(outcome, lang)}".rstrip()),
                classes="verdict wrong",
            )
        yield Static(
            literal(tr("feedback.answer", lang, answer=answer_label(round_, round_.question.correct_key, lang))),
            classes="correct-answer",
        )
        feedback = round_.question.feedback_for(outcome.given)
        if feedback is not None:
            yield Static(literal(feedback.get(lang)), classes="choice-feedback")

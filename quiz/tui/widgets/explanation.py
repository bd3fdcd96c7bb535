"""The explanation shown after an answer: verdict, the evidence, the article, the sources.

It is one widget showing its parts as blocks of one visual, styled through component classes (see app.tcss), not
one widget per part: mounting, styling and laying out six to nine widgets cost an answer more than anything else it
did (docs/performance.md, figure 3).
"""

from __future__ import annotations

from typing import ClassVar

from textual.selection import Selection
from textual.visual import Visual
from textual.widget import Widget

from quiz.model import Verdict
from quiz.tui.safe import labelled, literal
from quiz.tui.widgets.wrapped import Block, StackedVisual, WrappedText, find_breaks_ahead
from quiz.views import AnswerView, Explained, Tone, label, verdict_line

# What stands out in the warning colour: an article's sentence the evidence does not bear out.
_WARNED = {Verdict.OVERSTATED, Verdict.UNTRACEABLE}
# Cells before each source, so the list stands in from the heading.
_SOURCE_INSET = 2


def disclaimer(text: str, lang: str) -> WrappedText:
    """The pack's health disclaimer `text`, labelled."""
    return WrappedText(labelled(label("feedback.disclaimer").text(lang), text), classes="disclaimer")


def prepare(explained: Explained, lang: str) -> None:
    """Find the line breaks of the parts that do not depend on the answer, so answering costs only their layout.

    Meant for while the question is read: the evidence, the article and the sources are most of the text.
    """
    find_breaks_ahead(block.text for block in explained_parts(explained, lang))


def explained_parts(explained: Explained, lang: str) -> list[Block]:
    """The parts that explain the question, whatever was answered: why, the article and its verdict, the sources."""
    parts = [Block(labelled(label("feedback.why").text(lang), explained.why), space_before=1)]
    if explained.article:
        quoted = labelled(label("feedback.article").text(lang), f"“{explained.article}”")
        parts.append(Block(quoted, space_before=1))
        if explained.article_original:
            original = label("feedback.article_original").text(lang)
            parts.append(Block(labelled(original, f"“{explained.article_original}”")))
        if explained.article_verdict:
            verdict = literal(f"→ {verdict_line(explained.article_verdict).text(lang)}")
            if explained.article_verdict in _WARNED:
                verdict = verdict.stylize(".explanation--warning")
            parts.append(Block(verdict))
    if explained.sources:
        heading = labelled(label("feedback.references").text(lang).rstrip(), "")
        parts.append(Block(heading, space_before=1))
        for number, citation in enumerate(explained.sources, 1):
            source = literal(f"{number}. {citation}").stylize(".explanation--source")
            parts.append(Block(source, inset=_SOURCE_INSET, indent=len(f"{number}. ")))
    if explained.checked:
        parts.append(Block(labelled(label("feedback.checked").text(lang), explained.checked)))
    return parts


def verdict_parts(view: AnswerView, lang: str) -> list[Block]:
    """The parts about the answer given: right or wrong with the points, the right answer, the pack's word on it."""
    verdict = view.verdict.text(lang)
    if view.points is not None:
        verdict += "  " + view.points.text(lang)
    tone = "right" if view.tone is Tone.RIGHT else "wrong"
    parts = [Block(literal(verdict).stylize(f".explanation--{tone}")), Block(literal(view.correct_answer.text(lang)))]
    if view.feedback is not None:
        parts.append(Block(literal(view.feedback), space_before=1))
    return parts


class Explanation(Widget):
    """Everything the player learns from one answered question, as the session describes it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "explanation--right",
        "explanation--wrong",
        "explanation--warning",
        "explanation--source",
    }
    DEFAULT_CSS = """
    Explanation {
        height: auto;
    }
    """

    def __init__(self, view: AnswerView, lang: str) -> None:
        super().__init__(classes="explanation", markup=False)
        self.view = view
        self.lang = lang
        self._visual = StackedVisual(verdict_parts(view, lang) + explained_parts(view.explained, lang))

    @property
    def lines(self) -> list[str]:
        """The lines as laid out at the widget's current content width, blank lines between parts included."""
        width = self.content_size.width
        return [row.plain for row in self._visual.rows(width)] if width else []

    def render(self) -> Visual:
        return self._visual

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        # Selections are made on the lines as shown, so they are read back from the same lines.
        return selection.extract("\n".join(self.lines)), "\n"

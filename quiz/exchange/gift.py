"""Moodle's GIFT format: myth-or-fact as true/false, multiple choice with feedback, the explanation as general feedback.

Mapping: a claim that is a fact is TRUE ({T}), a myth is FALSE ({F}). Each question is titled with its id
(`::id::`). Text is marked `[plain]` so Moodle shows it literally (no HTML), and GIFT's special characters
~ = # { } : and the backslash are escaped; line breaks are written as `\\n`, which Moodle turns back into
line breaks. The general feedback holds the explanation followed by the full citations under a "Sources:"
line, which the importer recognises and turns back into references. The disclaimer becomes a Moodle
"description" item at the top of the file.
"""

from __future__ import annotations

from quiz.model import FACT, Choice, Kind, Pack, Question
from quiz.text import clean_all, one_line

SPECIAL = "~=#{}:"
"""Characters that mean something in GIFT text and must be written with a backslash before them."""

PLAIN = "[plain]"
DISCLAIMER_TITLE = "Disclaimer"
SOURCES_WORDS = {"en": "Sources", "zh": "参考文献"}
"""The word on the line before a question's citations, per language. Part of the file format, not of the UI's
words: a changed translation must not stop older exports from importing, and the importer takes any of these."""
TEXT_FORMATS = ("html", "moodle", "plain", "markdown")


# == export ========================================================================================


def escape(text: str) -> str:
    """`text` written so that GIFT reads it back literally."""
    # The backslash goes first, or the backslashes added for the other characters would be doubled.
    out = text.replace("\\", "\\\\")
    for char in SPECIAL:
        out = out.replace(char, "\\" + char)
    return out.replace("\n", "\\n")


def _answer_text(text: str) -> str:
    """An answer or feedback text, guarded against being read as a format marker or a weight."""
    escaped = escape(text)
    # Moodle reads a leading "[html]" as a format and a leading "%50%" as a grade: an explicit marker stops both.
    return PLAIN + escaped if text.startswith(("[", "%")) else escaped


def general_feedback(pack: Pack, question: Question, lang: str) -> str:
    """The explanation, then the question's full citations under a "Sources:" line."""
    text = question.explanation.get(lang)
    citations = pack.citations(question)
    if citations:
        # One line per citation: the importer reads the list back line by line.
        lines = "\n".join(f"- {one_line(citation)}" for citation in citations)
        text += f"\n\n{SOURCES_WORDS.get(lang, SOURCES_WORDS['en'])}:\n{lines}"
    return text


def export_question(pack: Pack, question: Question, lang: str) -> str:
    """One question as a GIFT block."""
    head = f"::{escape(question.id)}::{PLAIN}{escape(question.prompt.get(lang))}"
    feedback = "####" + _answer_text(general_feedback(pack, question, lang))
    if question.kind is Kind.MYTH_FACT:
        verdict = "T" if question.answer == FACT else "F"
        return f"{head}{{{verdict}\n\t{feedback}\n}}"
    lines = [_choice_line(choice, lang) for choice in question.choices]
    return head + "{\n" + "".join(f"\t{line}\n" for line in lines) + f"\t{feedback}\n}}"


def _choice_line(choice: Choice, lang: str) -> str:
    line = ("=" if choice.correct else "~") + _answer_text(choice.text.get(lang))
    if choice.feedback is not None:
        line += "#" + _answer_text(choice.feedback.get(lang))
    return line


def export_gift(pack: Pack, lang: str) -> str:
    """The whole pack in `lang` as a GIFT file."""
    pack = clean_all(pack)
    header = [
        f"// Myth or Fact pack '{pack.id}': {one_line(pack.title.get(lang))}",
        f"// Language: {lang}. Myth-or-fact questions are true/false: TRUE means the claim is a fact, FALSE a myth.",
        "// In Moodle: Question bank > Import > GIFT format.",
        "",
        f"$CATEGORY: $course$/top/{pack.id}",
        "",
        f"::{DISCLAIMER_TITLE}::{PLAIN}{escape(pack.disclaimer.get(lang))}",
    ]
    blocks = [export_question(pack, question, lang) for question in pack.questions]
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n"


# == import ========================================================================================
# GIFT is read the way Moodle reads it: blocks separated by blank lines, `//` lines dropped, the first
# unescaped { ... } holding the answers. Escapes are resolved first into a value string plus a mask in which
# only structural (unescaped) characters are visible, so every split below looks at the mask and cuts the value.

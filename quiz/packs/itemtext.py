"""What the item-writing checks share: the finding they report, and reading text as they need it.

English is read as words and Chinese as characters, since Chinese writes no spaces between words. Text is
compared in Unicode's compatibility form, which also turns full-width commas, question marks and the like into
their ASCII forms, so one pattern serves both languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from quiz.message import Msg, msg
from quiz.model import Kind, Pack, Question

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese characters and the punctuation and kana around them, which terminals show two columns wide.
_WIDE = re.compile(f"[\u3000-\u303f\u3040-\u30ff{CJK}\uff01-\uff60]")
_WORD_CHAR = rf"(?:(?![{CJK}])[^\W_])"
_TOKEN = re.compile(rf"[{CJK}]|{_WORD_CHAR}+(?:['’.,]{_WORD_CHAR}+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A full stop ends an English sentence only before a space, so "12.6" and "K2." inside a word stay whole.
_SENTENCE_END = re.compile(r"(?<=[。!?;])\s*|(?<=\.)\s+")


@dataclass(frozen=True)
class Finding:
    """A flaw in how a question is written, named by a short stable code that docs/packs.md explains."""

    code: str
    message: Msg
    hint: Msg
    question: Question | None = None
    """The question it is about, whose first line it is shown at; None for the whole pack."""
    path: str = "questions"

    @property
    def said(self) -> Msg:
        """The message with its code in front, as `quiz validate` prints it."""
        return msg("item.coded", code=self.code, message=self.message)


@dataclass(frozen=True)
class Written:
    """One text of a question in one language, with the question it belongs to."""

    question: Question
    index: int
    """Where the question is in the pack's list, for the path in messages."""
    text: str
    """In compatibility form and folded to lower case, spacing collapsed."""


def normal(text: str) -> str:
    """`text` as compared: compatibility form, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def tokens(text: str) -> list[str]:
    """The words of `text`: each Chinese character alone, other letters and digits in runs ("12.6", "don't")."""
    return _TOKEN.findall(normal(text))


def is_number(token: str) -> bool:
    """Whether a token is a plain number such as 1,180 or 12.6 (not a name with digits such as K2)."""
    return _NUMBER.fullmatch(token) is not None


def first_sentence(text: str) -> str:
    """The first sentence of `text`, ending at its first full stop, question mark, exclamation mark or semicolon."""
    stripped = normal(text)
    return _SENTENCE_END.split(stripped, maxsplit=1)[0] if stripped else ""


def width(text: str) -> int:
    """How long `text` looks: a Chinese character counts as two letters, as it takes two columns on screen."""
    plain = normal(text)
    return len(plain) + len(_WIDE.findall(plain))


def alike(first: list[str], second: list[str], threshold: float) -> bool:
    """Whether two token lists are at least `threshold` alike (0 to 1), by their longest common runs."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    # The quick ratios are upper bounds of the real one, and cost far less.
    return (
        matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
    )


def repeats(part: list[str], whole: list[str], share: float) -> bool:
    """Whether `whole` repeats `part`: at least `share` of its tokens, in order, none swapped for other words.

    Words added ("it is a myth that ...", "not") or left out still repeat it; "the sky is blue at noon" after
    "the sky is green at noon" swaps the word that matters, and so states something else.
    """
    present = set(whole)
    # A cheap upper bound first: the tokens of `part` that `whole` has at all.
    if not part or sum(token in present for token in part) < share * len(part):
        return False
    matcher = SequenceMatcher(None, part, whole, autojunk=False)
    return _nothing_swapped(matcher) and sum(b.size for b in matcher.get_matching_blocks()) >= share * len(part)


def padded(first: list[str], second: list[str], threshold: float) -> bool:
    """Whether one token list is the other with a few words added, at least `threshold` alike (0 to 1).

    "When thirsty" and "when you are thirsty" are; "70 µg" and "90 µg", which differ in the word that
    matters, are not.
    """
    short, long = sorted((first, second), key=len)
    if 2 * len(short) < threshold * (len(short) + len(long)):
        return False
    rest = iter(long)
    # Each token of the shorter list found in order in the longer one: the longer only adds words.
    return all(token in rest for token in short)


def _nothing_swapped(matcher: SequenceMatcher[str]) -> bool:
    return all(tag != "replace" for tag, *_ in matcher.get_opcodes())


def claims(pack: Pack, lang: str) -> list[Written]:
    """The pack's myth-or-fact claims in `lang`, in pack order."""
    return [
        Written(question, index, normal(question.prompt.get(lang)))
        for index, question in enumerate(pack.questions)
        if question.kind is Kind.MYTH_FACT
    ]


def choice_questions(pack: Pack) -> list[Question]:
    """The pack's multiple-choice questions, in pack order."""
    return [question for question in pack.questions if question.kind is Kind.CHOICE]


def ids(questions: list[Question]) -> str:
    """Question ids for a message: 'a', 'b', 'c'."""
    return ", ".join(repr(question.id) for question in questions)


def in_language(pack: Pack, *langs: str) -> Msg | str:
    """' (zh)' in a pack of several languages, so a message says which text it is about; else nothing."""
    return msg("lint.in_language", languages=", ".join(langs)) if len(pack.languages) > 1 else ""


def answer_word(answer: str | None, plural: bool = False) -> Msg:
    """'myth' or 'fact' as a message says it (the word, not the key a pack file writes)."""
    return msg(f"item.{'answers' if plural else 'answer'}.{answer}")

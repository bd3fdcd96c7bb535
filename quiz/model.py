"""The quiz's data: packs, questions and their text, as frozen values.

Nothing here reads files or knows about the terminal; the loader in `quiz.packs` builds these.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Text:
    """A piece of pack text in one or more languages."""

    values: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, lang: str) -> str:
        """The text in `lang`, else in the first language the text has."""
        if lang in self.values:
            return self.values[lang]
        return next(iter(self.values.values()), "")

    @classmethod
    def plain(cls, text: str, lang: str = "en") -> Text:
        """A one-language text."""
        return cls({lang: text})


class Kind(Enum):
    """The two kinds of question a pack can hold."""

    MYTH_FACT = "myth-fact"
    CHOICE = "choice"


class Verdict(Enum):
    """How a source's sentence holds up against the evidence."""

    SUPPORTED = "supported"
    OVERSTATED = "overstated"
    UNTRACEABLE = "untraceable"


MYTH = "myth"
FACT = "fact"


@dataclass(frozen=True)
class CheckDate:
    """When evidence was last checked against the research: a month (2026-11) or a day (2026-11-05)."""

    year: int
    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        # Refuses, with ValueError, a month or a day that is not in the calendar (2026-13, 2026-02-30).
        date(self.year, self.month, self.day or 1)

    def __str__(self) -> str:
        """As a pack writes it: 2026-11, or 2026-11-05."""
        month = f"{self.year:04d}-{self.month:02d}"
        return month if self.day is None else f"{month}-{self.day:02d}"

    def last_day(self) -> date:
        """The latest day this date can mean: the day itself, or the last day of its month."""
        return date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])


@dataclass(frozen=True)
class Choice:
    """One option of a multiple-choice question."""

    text: Text
    correct: bool = False
    feedback: Text | None = None


@dataclass(frozen=True)
class Question:
    """A question as the pack gives it.

    A myth-or-fact question has `answer` set to "myth" or "fact" and no choices;
    a multiple-choice question has `choices` with exactly one correct.
    """

    id: str
    kind: Kind
    prompt: Text
    explanation: Text
    answer: str | None = None
    choices: tuple[Choice, ...] = ()
    article: Text | None = None
    """The source's sentence this question tests: first in the source's own language (the original), then in
    any of the pack's other languages it is translated into. `article_for` gives what a player reads."""
    article_verdict: Verdict | None = None
    refs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    checked: CheckDate | None = None
    """When this question's evidence was last checked: its own date, else the pack's; None when neither says."""
    line: int = 0

    @property
    def correct_key(self) -> str:
        """The key of the right answer: "myth"/"fact", or the choice's index in the pack as a string."""
        if self.kind is Kind.MYTH_FACT:
            assert self.answer is not None
            return self.answer
        return str(next(i for i, c in enumerate(self.choices) if c.correct))

    def article_for(self, lang: str) -> tuple[str, str] | None:
        """The article's sentence for a player reading `lang`: (its translation into `lang`, or the original
        when there is none; the original). Show the first, then the second when it differs. None: no article."""
        if self.article is None:
            return None
        original = next(iter(self.article.values.values()))
        return self.article.values.get(lang, original), original

    def feedback_for(self, key: str) -> Text | None:
        """The pack's feedback for the answer `key`, if it gives any."""
        if self.kind is Kind.CHOICE and key.isdigit() and int(key) < len(self.choices):
            return self.choices[int(key)].feedback
        return None


@dataclass(frozen=True)
class Source:
    """What a pack was built from."""

    title: str
    date: str
    link: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Pack:
    """A loaded, valid question pack."""

    id: str
    title: Text
    description: Text
    languages: tuple[str, ...]
    version: str
    authors: tuple[str, ...]
    license: str
    source: Source
    disclaimer: Text
    references: Mapping[str, str]
    questions: tuple[Question, ...]
    tags: Mapping[str, Text] = field(default_factory=dict)
    """The names of the questions' tags, by tag id; a pack may name none (a tag is then its own name)."""
    checked: CheckDate | None = None
    """When the pack's evidence was last checked, for the questions that do not give their own date."""
    path: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "references", MappingProxyType(dict(self.references)))
        object.__setattr__(self, "tags", MappingProxyType(dict(self.tags)))

    def citations(self, question: Question) -> list[str]:
        """The full citations a question refers to, in its order."""
        return [self.references[ref] for ref in question.refs if ref in self.references]

    def tag_name(self, tag: str, lang: str) -> str:
        """What players call the tag `tag` in `lang`: its name from the pack's `tags:`, else the id itself."""
        name = self.tags.get(tag)
        return tag if name is None else name.get(lang)

    def speaks(self, lang: str) -> bool:
        """Whether every text of the pack is written in `lang`."""
        return lang in self.languages

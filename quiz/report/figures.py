"""What a class report holds, as frozen values every renderer reads: per question, per player, for the class.

Shares (facility, an option's share) run from 0 to 1; scores, means, the standard deviation and the standard error
of measurement are percentages of the questions answered (0 to 100). A figure that cannot be computed is None.
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.model import Pack, Question
from quiz.report.select import Attempt, LeftOut


@dataclass(frozen=True)
class OptionStats:
    """One answer a question can be given: a choice (by its 0-based index in the pack), or myth or fact."""

    key: str
    correct: bool
    """Whether the pack marks it as the right answer (the key)."""
    count: int
    share: float | None
    point_biserial: float | None
    """The correlation between choosing it (0/1) and the score on the other questions."""
    top_count: float
    """How many of the top third (by the score on the other questions) chose it; players tied at the edge of the
    top third count in part (see quiz.report.stats.top_weights)."""


@dataclass(frozen=True)
class Flag:
    """Something wrong with a question: its `name` as the JSON gives it, and the cause its reason says.

    `options` are the keys of the answers the reason is about (the distractors no one chose, say).
    """

    name: str
    cause: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionStats:
    """How one question did."""

    question: Question
    answered: int
    right: int
    facility: float | None
    discrimination: float | None
    """The corrected item-total point-biserial: the item's 0/1 against the score on the other questions."""
    options: tuple[OptionStats, ...]
    timeouts: int
    """Answers where the time ran out: counted as answered, and wrong."""
    top_third: int
    """How many places the top third has (0 when too few answered for one)."""
    flags: tuple[Flag, ...]

    @property
    def flag_names(self) -> tuple[str, ...]:
        """Each flag's name once, in the order the flags were raised."""
        return tuple(dict.fromkeys(flag.name for flag in self.flags))


@dataclass(frozen=True)
class TagStats:
    """How one player did on the questions with one tag."""

    tag: str
    answered: int
    right: int

    @property
    def percent(self) -> float:
        """The share right, as a percentage."""
        return 100 * self.right / self.answered


@dataclass(frozen=True)
class PlayerStats:
    """How one player did on the pack."""

    player: str
    classes: tuple[str, ...]
    answered: int
    right: int
    tags: tuple[TagStats, ...]

    @property
    def percent(self) -> float:
        """The share right, as a percentage."""
        return 100 * self.right / self.answered


@dataclass(frozen=True)
class ClassStats:
    """The class as a whole."""

    players: int
    questions: int
    """How many questions at least one player answered: the k of KR-20."""
    mean: float | None
    sd: float | None
    complete: int
    """How many players answered every one of those questions: KR-20 and the SEM are theirs."""
    kr20: float | None
    sem: float | None


@dataclass(frozen=True)
class Report:
    """The whole report on one pack."""

    pack: Pack
    attempt: Attempt
    class_code: str | None
    questions: tuple[QuestionStats, ...]
    players: tuple[PlayerStats, ...]
    summary: ClassStats
    left_out: LeftOut

"""What is wrong with a pack, said so that a teacher can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from quiz.i18n import DEFAULT_LANGUAGE
from quiz.message import Msg, msg
from quiz.text import one_line


class Severity(StrEnum):
    """How much a problem matters. The values are what `quiz validate` prints, in text and in JSON."""

    ERROR = "error"
    """The pack cannot be used until it is fixed."""
    WARNING = "warning"
    """The pack plays, but would teach better fixed."""


@dataclass(frozen=True)
class Problem:
    """One mistake in a pack file, with where it is and how to fix it.

    `said` and `fix` are messages, so the same problem reads in the language of whatever shows it; `message` and
    `hint` are their English words.
    """

    file: str
    said: Msg
    line: int | None = None
    column: int | None = None
    path: str = ""
    fix: Msg | None = None
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.said.text(DEFAULT_LANGUAGE)

    @property
    def hint(self) -> str | None:
        """How to fix it, in English, when there is a hint."""
        return self.fix.text(DEFAULT_LANGUAGE) if self.fix else None

    def location(self) -> str:
        """`file:line:column`, leaving out what is not known."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def text(self, lang: str) -> str:
        """The problem on one line in `lang`: `file:line:column: error: path: message — hint`."""
        line = msg(
            "problem.line", location=self.location(), severity=msg(f"problem.{self.severity.value}"),
            path=msg("problem.path", path=self.path) if self.path else "", message=self.said,
            hint=msg("problem.hint", hint=self.fix) if self.fix else "",
        )  # fmt: skip
        return one_line(line.text(lang))

    def as_json(self, lang: str) -> dict[str, object]:
        """The problem as `quiz validate --format json` gives it, its words in `lang`."""
        return {
            "file": self.file, "message": self.said.text(lang), "line": self.line, "column": self.column,
            "path": self.path, "hint": self.fix.text(lang) if self.fix else None, "severity": self.severity.value,
        }  # fmt: skip

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


class PackError(Exception):
    """A pack that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def display_name(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)

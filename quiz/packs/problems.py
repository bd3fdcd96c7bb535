"""What is wrong with a pack, said so that a teacher can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from quiz.text import one_line


class Severity(StrEnum):
    """How much a problem matters. The values are what `quiz validate` prints, in text and in JSON."""

    ERROR = "error"
    """The pack cannot be used until it is fixed."""
    WARNING = "warning"
    """The pack plays, but would teach better fixed."""


@dataclass(frozen=True)
class Problem:
    """One mistake in a pack file, with where it is and how to fix it."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    hint: str | None = None
    severity: Severity = Severity.ERROR

    def location(self) -> str:
        """`file:line:column`, leaving out what is not known."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        hint = f" — {self.hint}" if self.hint else ""
        return one_line(f"{self.location()}: {self.severity}: {where}{self.message}{hint}")


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

"""The line at the foot of a screen that lists the keys which work at that moment, and no others."""

from __future__ import annotations

from typing import Sequence

from textual.widgets import Static

from quiz.message import Msg
from quiz.tui.safe import literal

SEPARATOR = " · "


class KeyLine(Static):
    """The keys a screen accepts now; the screen calls `show` whenever that changes."""

    def __init__(self, lang: str, hints: Sequence[Msg] = (), *, id: str = "keys") -> None:
        super().__init__(id=id)
        self.lang = lang
        self.show(hints)

    def show(self, hints: Sequence[Msg]) -> None:
        """List `hints`, each a message naming a key and what it does."""
        self.update(literal(SEPARATOR.join(hint.text(self.lang) for hint in hints)))

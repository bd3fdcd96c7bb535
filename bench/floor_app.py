"""The floor for the game's screen figures: the least a Textual app can do.

Started as a program (`python bench/floor_app.py`), it shows one line of text: the time until that line
is on the terminal is what Python plus Textual cost before any of our code runs. Driven headless, the
A key mounts one more line, the least work a key press that shows something new can cost; N removes it.
It imports nothing from the game, so the floor moves only when Python or Textual do.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

TEXT = "Floor: one line of text"
"""What the app shows at start."""
ANSWER = "Floor: the answer is here"
"""What the A key adds."""


class FloorApp(App[None]):
    """One line of text; A adds a second line, N takes it away again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "answer", "Answer", show=False),
        Binding("n", "next", "Next", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static(TEXT, markup=False)

    async def action_answer(self) -> None:
        """Show the second line (awaited, as the game awaits mounting its explanation)."""
        if not self.query("#answer"):
            await self.mount(Static(ANSWER, id="answer", markup=False))

    async def action_next(self) -> None:
        """Take the second line away."""
        for widget in self.query("#answer"):
            await widget.remove()


if __name__ == "__main__":
    FloorApp().run()

"""The problems window: what is wrong with a watched pack, shown while the game goes on underneath."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen

from quiz.i18n import tr
from quiz.message import Msg
from quiz.packs import Problem
from quiz.tui.safe import literal
from quiz.tui.widgets.key_line import KeyLine
from quiz.tui.widgets.wrapped import WrappedText


class ProblemsScreen(ModalScreen[None]):
    """Lists each problem as `quiz validate` would; Escape closes it, a good save closes it too."""

    BINDINGS = [Binding("escape", "close", "Close", show=False)]

    def __init__(self, problems: tuple[Problem, ...], lang: str) -> None:
        super().__init__()
        self.problems = problems
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="problems"):
            yield WrappedText(literal(tr("watch.problems", self.lang)), classes="dialog-heading")
            with VerticalScroll(id="problem-list"):
                # File names and messages quote the pack: shown as plain text, never markup.
                yield WrappedText(literal("\n".join(problem.text(self.lang) for problem in self.problems)))
            yield KeyLine(self.lang, [Msg("hint.close")], id="problem-keys")

    def action_close(self) -> None:
        """Back to the game."""
        self.dismiss()

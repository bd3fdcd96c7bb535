"""Writing whole lines to the player: colour only when it is on, and never a crash on a console's encoding."""

from __future__ import annotations

from typing import Mapping, TextIO

from quiz.text import clean

# Select Graphic Rendition codes: the only escape sequences plain mode ever writes, and only when colour is on.
BOLD = "\x1b[1m"
GREEN = "\x1b[32m"
RED = "\x1b[31m"
RESET = "\x1b[0m"


def is_tty(stream: object) -> bool:
    """Whether `stream` is a terminal; a closed or fake stream is not."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (ValueError, OSError):
        return False


def should_use_plain(stdin: TextIO, stdout: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to play line by line: when either end is not a terminal, or the terminal is "dumb"."""
    return not is_tty(stdin) or not is_tty(stdout) or environ.get("TERM") == "dumb"


def wants_color(stdout: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to add ANSI colour: only on a terminal that is not "dumb", and never when NO_COLOR is set."""
    # NO_COLOR counts whenever it is present, even empty: a player who set it at all does not want colour.
    return "NO_COLOR" not in environ and environ.get("TERM") != "dumb" and is_tty(stdout)


class Lines:
    """Writes whole lines to the player, painted only when colour is on."""

    def __init__(self, stdout: TextIO, color: bool) -> None:
        self.stdout = stdout
        self.color = color

    def write(self, text: str = "", paint: str = "") -> None:
        """One line (or several, if `text` has line breaks); `paint` is an SGR code used only with colour."""
        if paint and text:
            text = self.paint(text, paint)
        try:
            self.stdout.write(text + "\n")
        except UnicodeEncodeError:
            # A console that cannot show ✔ or Chinese still gets the rest of the line rather than a crash.
            encoding = getattr(self.stdout, "encoding", None) or "ascii"
            self.stdout.write(text.encode(encoding, "replace").decode(encoding) + "\n")

    def labelled(self, label: str, text: str) -> None:
        """Our own `label` (with its colon), then the pack's `text` as written."""
        self.write(f"{self.paint(label, BOLD)}{clean(text)}".rstrip())

    def flush(self) -> None:
        """Push out what was written, so a prompt is seen before the game waits for input."""
        self.stdout.flush()

    def paint(self, text: str, code: str) -> str:
        """`text` in the SGR style `code` when colour is on, else as it is."""
        return f"{code}{text}{RESET}" if self.color else text

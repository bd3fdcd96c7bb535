"""Reading the player's lines: answers, certainty, yes-or-no, and the words that stop the game."""

from __future__ import annotations

from enum import Enum
from typing import Callable, TextIO, TypeVar

from quiz.game import Round
from quiz.i18n import languages, tr
from quiz.model import FACT, MYTH, Kind
from quiz.plain.lines import Lines

T = TypeVar("T")


class Stop(Enum):
    """Why no answer came: the player asked to stop, or the input ended."""

    QUIT = "plain.quit"
    END = "plain.input_ended"


def _words(*keys: str) -> set[str]:
    """The words of every UI language for these messages, folded: a Chinese speaker may type 退出 in English."""
    return {tr(key, lang).casefold() for key in keys for lang in languages()}


def myth_fact_words() -> dict[str, str]:
    """Every typed answer a myth-or-fact question accepts, folded, mapped to its key."""
    words = {"m": MYTH, "f": FACT}
    words.update(dict.fromkeys(_words("answer.myth"), MYTH))
    words.update(dict.fromkeys(_words("answer.fact"), FACT))
    return words


def is_quit(typed: str) -> bool:
    """Whether the line asks to stop the game: q, quit, or the word in any UI language."""
    return typed.strip().casefold() in {"q", "quit", *_words("plain.quit_word")}


def parse_answer(round_: Round, typed: str) -> str | None:
    """The answer key `typed` stands for in `round_`, or None when it is not an answer to it."""
    text = typed.strip().casefold()
    if round_.question.kind is Kind.MYTH_FACT:
        return myth_fact_words().get(text)
    # isdecimal, not isdigit: int() reads full-width digits from a Chinese input method, but not "²".
    if text.isdecimal():
        return round_.key_at(int(text))
    return None


def parse_certainty(typed: str) -> int | None:
    """How sure the player said they are, 1 to 3, or None."""
    text = typed.strip()
    return int(text) if text in ("1", "2", "3") else None


def parse_yes_no(typed: str) -> bool | None:
    """Yes or no in the words of any UI language (y/n too), or None."""
    text = typed.strip().casefold()
    if text in {"y", "yes", *_words("plain.yes_word")}:
        return True
    if text in {"n", "no", *_words("plain.no_word")}:
        return False
    return None


def ask_until(out: Lines, stdin: TextIO, ask: str, lang: str, parse: Callable[[str], T | None]) -> T | Stop:
    """Ask with `ask` until a line parses; Stop when the player quits or the input ends."""
    out.write(ask)
    while True:
        out.flush()
        line = _read_line(stdin)
        if line is None:
            return Stop.END
        if is_quit(line):
            return Stop.QUIT
        value = parse(line)
        if value is not None:
            return value
        # Say that the line was refused, not just the prompt again: a screen reader user hears the difference.
        out.write(f"{tr('plain.not_an_answer', lang)} {ask}")


def _read_line(stdin: TextIO) -> str | None:
    """One line of input, or None at end of input."""
    try:
        line = stdin.readline()
    except UnicodeDecodeError:
        # Bytes that are not text are not an answer; the caller asks again.
        return ""
    return line if line else None

"""Messages the screens send to the app, so that no screen reaches into another."""

from __future__ import annotations

from textual.message import Message

from quiz.game import Game
from quiz.model import Pack
from quiz.scoring import Mode
from quiz.session import Resumable


class StartRequested(Message):
    """The player chose a pack, a language and a length, and wants to play."""

    def __init__(self, pack: Pack, lang: str, count: int | None, mode: Mode) -> None:
        super().__init__()
        self.pack = pack
        self.lang = lang
        self.count = count
        self.mode = mode


class GameFinished(Message):
    """Every question of the game has been answered and the player moved on."""

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game


class PlayAgainRequested(Message):
    """The player wants to go back to the start screen for another game."""


class ResumeRequested(Message):
    """The player wants to go on with the unfinished game."""

    def __init__(self, resumable: Resumable) -> None:
        super().__init__()
        self.resumable = resumable


class DropRequested(Message):
    """The player does not want to finish the unfinished game."""

    def __init__(self, resumable: Resumable) -> None:
        super().__init__()
        self.resumable = resumable


class RetryRequested(Message):
    """The player wants a game of just the questions they missed in `game`."""

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game


class ReviewRequested(Message):
    """The player wants a game of the questions of `pack` that are due for review."""

    def __init__(self, pack: Pack, lang: str, mode: Mode) -> None:
        super().__init__()
        self.pack = pack
        self.lang = lang
        self.mode = mode


class HistoryRequested(Message):
    """The player wants to see their history."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

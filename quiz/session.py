"""A player's session: the layer every front-end stands on, between the core and the screen.

It owns what the Textual app and plain mode would otherwise each decide for themselves: the game's defaults, what
can be resumed, reviewed or retried, saving every answer with one policy when the store fails (keep playing, say
once that progress is not being saved), and the rules of an answer (a late one counts as none; certainty mode
needs a certainty). The front-ends only render what it gives them and pass on what the player does.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, TypeVar

from quiz.game import TIMEOUT, Game, Outcome
from quiz.message import Msg
from quiz.model import Pack, Question
from quiz.packs import Catalog
from quiz.players import default_player
from quiz.scoring import Mode, ModeName
from quiz.store import Store

T = TypeVar("T")

DEFAULT_COUNT = 10
"""Questions in a game unless the player asks for another number or for the whole pack."""


@dataclass(frozen=True)
class Settings:
    """The choices a game starts from: from the command line, then changed on the start screen."""

    lang: str
    pack_id: str | None = None
    count: int | None = DEFAULT_COUNT
    """None plays the whole pack."""
    seed: int | None = None
    mode: Mode = field(default_factory=Mode)
    offer_resume: bool = True
    """False where several games share the store at once (a classroom server): none may take another's game."""
    player: str = field(default_factory=default_player)
    """Whose games, history and reviews these are."""
    class_code: str | None = None
    """The class every answer is recorded in (`quiz serve --class`), if any."""
    ask_player: bool = False
    """Ask for the player's name before anything else (`quiz serve`: each browser tab is someone else)."""


@dataclass(frozen=True)
class Resumable:
    """An unfinished game that can be picked up where it stopped."""

    game_id: int
    game: Game


def store_notice(store: Store) -> Msg | None:
    """What the player should be told about how the store came up (damaged, newer, read-only...), if anything."""
    notice = store.notice()
    return Msg(*notice) if notice is not None else None


def is_late(mode: Mode, seconds: float | None) -> bool:
    """Whether an answer came after the time limit (only timed games have one)."""
    return mode.name is ModeName.TIMED and seconds is not None and seconds > mode.time_limit


class Session:
    """One player's games against one store, whichever front-end shows them."""

    def __init__(
        self,
        catalog: Catalog,
        store: Store,
        settings: Settings,
        tell: Callable[[Msg], None] = lambda notice: None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.settings = settings
        self.tell = tell
        """How the front-end passes a notice to the player; set by the front-end once it can show one."""
        self.game: Game | None = None
        self.game_id: int | None = None
        self.offered: Resumable | None = None
        """The unfinished game the start screen offers, found by `resumable()`."""

    # -- what the start screen offers ------------------------------------------------------------

    def resumable(self) -> Resumable | None:
        """The unfinished game, when its pack is here and still fits the answers saved; remembered as offered."""
        self.offered = self._find_resumable() if self.settings.offer_resume else None
        return self.offered

    def _find_resumable(self) -> Resumable | None:
        unfinished = self._saving(lambda: self.store.unfinished(self.settings.player))
        if unfinished is None:
            return None
        pack = self.catalog.find(unfinished.pack_id)
        if pack is None:
            return None
        game = Game.resume(pack, unfinished.rounds, unfinished.given, unfinished.mode)
        if game is None or game.finished:
            # The pack changed under the game; its answers stay in the history, but it cannot go on.
            self._saving(lambda: self.store.drop(unfinished.game_id))
            return None
        return Resumable(unfinished.game_id, game)

    def due(self) -> dict[str, list[Question]]:
        """The questions due for review in each loaded pack, most overdue first."""
        due: dict[str, list[Question]] = {}
        for pack_id, question_ids in (self._saving(lambda: self.store.due(player=self.settings.player)) or {}).items():
            pack = self.catalog.find(pack_id)
            if pack is not None:
                # Answers to questions that left the pack stay in the history but are not reviewed.
                by_id = {question.id: question for question in pack.questions}
                questions = [by_id[q] for q in question_ids if q in by_id]
                if questions:
                    due[pack_id] = questions
        return due

    def due_counts(self) -> dict[str, int]:
        """How many questions of each pack are due for review."""
        return {pack_id: len(questions) for pack_id, questions in self.due().items()}

    # -- starting a game --------------------------------------------------------------------------

    def choose(self, settings: Settings) -> None:
        """Take the player's latest choices (language, pack, count, mode) for the next game."""
        self.settings = settings

    def start(self, pack: Pack) -> Game:
        """A new game of `pack` with the chosen settings; the unfinished game offered before is let go."""
        offered = self.offered
        if offered is not None:
            # Only the latest unfinished game is ever offered: starting afresh lets the older one go.
            self._saving(lambda: self.store.drop(offered.game_id))
            self.offered = None
        settings = self.settings
        return self._begin(Game.new(pack, count=settings.count, seed=settings.seed, mode=settings.mode))

    def resume(self, resumable: Resumable) -> Game:
        """Go on with the unfinished game where it stopped."""
        self.offered = None
        self.game, self.game_id = resumable.game, resumable.game_id
        return resumable.game

    def drop(self, resumable: Resumable) -> None:
        """Stop offering the unfinished game; its answers stay saved."""
        self._saving(lambda: self.store.drop(resumable.game_id))
        self.offered = None

    def review(self, pack: Pack) -> Game | None:
        """A game of the pack's questions that are due, most overdue first; None when none is due."""
        questions = self.due().get(pack.id, [])
        if not questions:
            return None
        return self._begin(Game.of_questions(pack, questions, seed=self.settings.seed, mode=self.settings.mode))

    def retry(self, played: Game) -> Game | None:
        """A game of just the questions missed in `played`, in its mode; None when none was missed."""
        missed = [outcome.round.question for outcome in played.missed()]
        if not missed:
            return None
        return self._begin(Game.of_questions(played.pack, missed, seed=self.settings.seed, mode=played.mode))

    def preview(self, game: Game) -> None:
        """Play `game` without saving it (a pack preview that follows the editor)."""
        self.game, self.game_id = game, None

    def leave(self) -> None:
        """Stop playing the current game (its answers are saved as they were given)."""
        self.game, self.game_id = None, None

    def _begin(self, game: Game) -> Game:
        self.game = game
        settings = self.settings
        self.game_id = self._saving(
            lambda: self.store.start_game(
                game, settings.lang, settings.seed, player=settings.player, class_code=settings.class_code
            )
        )
        return game

    # -- answering --------------------------------------------------------------------------------

    def answer(self, key: str, certainty: int | None = None, seconds: float | None = None) -> Outcome:
        """Answer the current question and save the answer before it is shown.

        An answer given after a timed game's limit counts as no answer.
        """
        game = self.game
        if game is None:
            raise ValueError("no game is being played")
        if is_late(game.mode, seconds):
            key = TIMEOUT
        outcome = game.answer(key, certainty=certainty, seconds=seconds)
        game_id = self.game_id
        if game_id is not None:
            self._saving(lambda: self._record(game_id, game, outcome))
        return outcome

    def _record(self, game_id: int, game: Game, outcome: Outcome) -> None:
        # The scheduler is needed from the first answer on, not at startup.
        from quiz.review import reviewed

        question_id = outcome.round.question.id
        card = self.store.review_card(self.settings.player, game.pack.id, question_id)
        scheduled = reviewed(card, outcome.correct, outcome.certainty, datetime.now(timezone.utc))
        self.store.record_answer(game_id, game, outcome, scheduled)

    # -- the record -------------------------------------------------------------------------------

    def history(self, lang: str) -> list[tuple[str, list[str]]]:
        """The player's history as (heading, lines) sections, as the history screen shows it."""
        from quiz.history import report

        player = self.settings.player
        games = self._saving(lambda: self.store.games(player)) or []
        answers = self._saving(lambda: self.store.answer_records(player)) or []
        return report(games, answers, self.catalog, lang)

    # -- the one failure policy -------------------------------------------------------------------

    def _saving(self, call: Callable[[], T]) -> T | None:
        """Run a store call; if the store fails, carry on in memory and tell the player once."""
        try:
            return call()
        except sqlite3.Error as error:
            self.store = Store.in_memory(str(error))
            self.game_id = None
            notice = store_notice(self.store)
            if notice is not None:
                self.tell(notice)
            return None

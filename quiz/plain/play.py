"""Plain mode's game loop: the session's game asked line by line."""

from __future__ import annotations

import time
from functools import partial
from typing import Callable, TextIO

from quiz.game import Game, Round
from quiz.i18n import tr, tr_n
from quiz.model import Kind, Pack
from quiz.plain.lines import Lines, is_tty
from quiz.plain.reading import Stop, ask_until, parse_answer, parse_certainty, parse_yes_no
from quiz.plain.render import show_opening, show_outcome, show_question, show_results
from quiz.scoring import ModeName
from quiz.session import Resumable, Session, store_notice
from quiz.views import answer_view, results_view, resume_offer


def play_plain(
    session: Session,
    pack: Pack,
    *,
    stdin: TextIO,
    stdout: TextIO,
    color: bool = False,
    resume: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Play a game of `pack` reading answers from `stdin` line by line; returns the exit code.

    Every answer is saved the moment it is given. Typing q (or quit, 退出) or reaching the end of input stops the
    game cleanly: the results so far are shown and the exit code is still 0, since stopping is the player's (or
    the script's) choice, not an error. Ctrl+C stops it too, with a line saying so and exit code 130.
    The unfinished game is offered when the player is at a terminal, and taken up without asking with `resume`.
    """
    lang = session.settings.lang
    out = Lines(stdout, color)
    session.tell = lambda notice: out.write(notice.text(lang))
    show_opening(out, pack, lang)
    notice = store_notice(session.store)
    if notice is not None:
        out.write(notice.text(lang))
    game: Game | None = None
    try:
        game = _opening_game(session, pack, out, stdin, resume)
        stopped = None if game is None else _play_rounds(session, game, out, stdin, clock)
    except KeyboardInterrupt:
        answered = game.score.answered if game is not None else 0
        out.write()
        out.write(tr_n("plain.interrupted", lang, answered))
        out.flush()
        return 130
    if game is None:
        out.flush()
        return 0
    if stopped is not None:
        out.write()
        out.write(tr(stopped.value, lang))
    show_results(out, results_view(game, lang), lang)
    out.flush()
    return 0


def _opening_game(session: Session, pack: Pack, out: Lines, stdin: TextIO, resume: bool) -> Game | None:
    """The unfinished game when the player takes it up, else a new one; None when the player quit at once."""
    offered = session.resumable()
    if offered is None:
        return session.start(pack)
    if resume:
        return session.resume(offered)
    if not is_tty(stdin):
        # A script's lines are answers: asking it a question would eat one. Its new game lets the old one go.
        return session.start(pack)
    wanted = _ask_resume(session, offered, out, stdin)
    if isinstance(wanted, Stop):
        return None
    return session.resume(offered) if wanted else session.start(pack)


def _ask_resume(session: Session, offered: Resumable, out: Lines, stdin: TextIO) -> bool | Stop:
    lang = session.settings.lang
    out.write()
    out.write(resume_offer(offered.game, lang).text(lang))
    return ask_until(out, stdin, tr("plain.ask_resume", lang), lang, parse_yes_no)


def _play_rounds(session: Session, game: Game, out: Lines, stdin: TextIO, clock: Callable[[], float]) -> Stop | None:
    """Ask each question in turn; why the game stopped early, or None at its end."""
    lang = session.settings.lang
    while (round_ := game.current) is not None:
        show_question(out, game, round_, lang)
        shown_at = clock()
        key = ask_until(out, stdin, _ask_line(round_, lang), lang, partial(parse_answer, round_))
        if isinstance(key, Stop):
            return key
        certainty = None
        if game.mode.name is ModeName.CERTAINTY:
            said = ask_until(out, stdin, tr("plain.ask_certainty", lang), lang, parse_certainty)
            if isinstance(said, Stop):
                return said
            certainty = said
        seconds = clock() - shown_at if game.mode.name is ModeName.TIMED else None
        outcome = session.answer(key, certainty=certainty, seconds=seconds)
        show_outcome(out, answer_view(outcome, game.pack, lang), lang)
    return None


def _ask_line(round_: Round, lang: str) -> str:
    """The line saying what a question accepts as an answer."""
    if round_.question.kind is Kind.MYTH_FACT:
        return tr("plain.ask_myth_fact", lang)
    return tr("plain.ask_choice", lang, n=len(round_.order))

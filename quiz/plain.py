"""The game line by line, for screen readers, plain consoles and scripts in a pipe.

It plays the same `quiz.game.Game` and saves to the same `quiz.store.Store` as the Textual front-end, but only
ever writes whole lines: no cursor movement, no screen clearing, and colour only when asked for, on top of
words and symbols that carry the meaning on their own. Nothing here imports textual or rich.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Callable, Mapping, TextIO, TypeVar

from quiz.calibration import advice, by_level
from quiz.game import TIMEOUT, Game, Outcome, Round
from quiz.i18n import LANGUAGES, tr
from quiz.labels import answer_label, level_line, points_label
from quiz.model import FACT, MYTH, Kind, Pack, Question
from quiz.scoring import CERTAINTY, TIMED, Mode
from quiz.store import Store, StoreState
from quiz.text import clean, one_line

T = TypeVar("T")

# Select Graphic Rendition codes: the only escape sequences this module ever writes, and only when colour is on.
BOLD = "\x1b[1m"
GREEN = "\x1b[32m"
RED = "\x1b[31m"
RESET = "\x1b[0m"

_LETTERS = {MYTH: "m", FACT: "f"}


def _is_tty(stream: object) -> bool:
    """Whether `stream` is a terminal; a closed or fake stream is not."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def should_use_plain(stdin: TextIO, stdout: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to play line by line: when either end is not a terminal, or the terminal is "dumb"."""
    return not _is_tty(stdin) or not _is_tty(stdout) or environ.get("TERM") == "dumb"


def wants_color(stdout: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to add ANSI colour: only on a terminal that is not "dumb", and never when NO_COLOR is set."""
    # NO_COLOR counts whenever it is present, even empty: a player who set it at all does not want colour.
    return "NO_COLOR" not in environ and environ.get("TERM") != "dumb" and _is_tty(stdout)


def myth_fact_words() -> dict[str, str]:
    """Every typed answer a myth-or-fact question accepts, folded, mapped to its key."""
    words = {"m": MYTH, "f": FACT}
    # The words of every UI language, so a Chinese speaker playing in English may still type 谣言.
    for lang in LANGUAGES:
        words[tr("answer.myth", lang).casefold()] = MYTH
        words[tr("answer.fact", lang).casefold()] = FACT
    return words


def parse_answer(round_: Round, typed: str) -> str | None:
    """The answer key `typed` stands for in `round_`, or None when it is not an answer to it."""
    text = typed.strip().casefold()
    if round_.question.kind is Kind.MYTH_FACT:
        return myth_fact_words().get(text)
    # isdecimal, not isdigit: int() reads full-width digits from a Chinese input method, but not "²".
    if text.isdecimal():
        return round_.key_at(int(text))
    return None


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
        """Our own `label`, then the pack's `text` as written."""
        self.write(f"{self.paint(label + ':', BOLD)} {clean(text)}".rstrip())

    def flush(self) -> None:
        """Push out what was written, so a prompt is seen before the game waits for input."""
        self.stdout.flush()

    def paint(self, text: str, code: str) -> str:
        """`text` in the SGR style `code` when colour is on, else as it is."""
        return f"{code}{text}{RESET}" if self.color else text


class Saver:
    """Saves the game as it goes; if the store fails, says so once and lets the game go on unsaved."""

    def __init__(self, store: Store, out: Lines, lang: str) -> None:
        self.store = store
        self.out = out
        self.lang = lang
        self.game_id: int | None = None
        self.failed = False

    def tell_state(self) -> None:
        """Pass on how the store came up: recovered from a damaged file, or memory only."""
        if self.store.state is StoreState.RECOVERED:
            self.out.write(tr("store.recovered", self.lang, path=self.store.detail))
        elif self.store.state is StoreState.MEMORY_ONLY:
            self.out.write(tr("store.memory_only", self.lang, reason=self.store.detail))

    def start(self, game: Game, seed: int | None) -> None:
        """Record the new game and its question order."""
        self.game_id = self._saving(lambda: self.store.start_game(game, self.lang, seed))

    def answer(self, game: Game, outcome: Outcome) -> None:
        """Record the answer just given, before it is explained."""
        game_id = self.game_id
        if game_id is not None:
            self._saving(lambda: self.store.record_answer(game_id, game, outcome))

    def _saving(self, write: Callable[[], T]) -> T | None:
        if self.failed:
            return None
        try:
            return write()
        except sqlite3.Error as error:
            # One line, once: the game matters more than the record of it.
            self.failed = True
            self.game_id = None
            self.out.write(tr("store.memory_only", self.lang, reason=one_line(str(error))))
            return None


def play_plain(
    pack: Pack,
    lang: str,
    store: Store,
    *,
    count: int | None = None,
    seed: int | None = None,
    stdin: TextIO,
    stdout: TextIO,
    color: bool = False,
    mode: Mode = Mode(),
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Play a game of `pack` reading answers from `stdin` line by line; returns the exit code.

    Every answer is saved the moment it is given. End of input stops the game cleanly: the results so far are
    shown and the exit code is still 0, since stopping is the player's (or script's) choice, not an error.
    """
    out = Lines(stdout, color)
    saver = Saver(store, out, lang)
    game = Game.new(pack, count=count, seed=seed, mode=mode)
    show_opening(out, pack, lang)
    saver.tell_state()
    saver.start(game, seed)
    while (round_ := game.current) is not None:
        show_question(out, game, round_, lang)
        shown_at = clock()
        key = read_answer(out, stdin, round_, lang)
        certainty = read_certainty(out, stdin, lang) if key is not None and mode.name == CERTAINTY else None
        if key is None or (mode.name == CERTAINTY and certainty is None):
            out.write()
            out.write(tr("plain.input_ended", lang))
            break
        seconds = clock() - shown_at if mode.name == TIMED else None
        if seconds is not None and seconds > mode.time_limit:
            # A line can only be read once it is typed; an answer after the limit counts as none.
            key = TIMEOUT
        outcome = game.answer(key, certainty=certainty, seconds=seconds)
        saver.answer(game, outcome)
        show_outcome(out, pack, outcome, lang)
    show_results(out, game, lang)
    out.flush()
    return 0


def show_opening(out: Lines, pack: Pack, lang: str) -> None:
    """The pack's title and its health disclaimer, before the first question."""
    out.write(clean(pack.title.get(lang)), BOLD)
    out.labelled(tr("feedback.disclaimer", lang), pack.disclaimer.get(lang))


def show_question(out: Lines, game: Game, round_: Round, lang: str) -> None:
    """The question's number, its text and its numbered options."""
    question = round_.question
    out.write()
    progress = tr("question.progress", lang, n=game.number, total=game.total)
    if game.mode.name == TIMED:
        progress += "  " + tr("timer.left", lang, seconds=game.mode.time_limit)
    out.write(progress, BOLD)
    out.write(clean(question.prompt.get(lang)))
    if question.kind is Kind.MYTH_FACT:
        out.write(tr("question.prompt_myth_fact", lang))
        out.write("  ".join(f"{_LETTERS[key]}) {answer_label(round_, key, lang)}" for key in round_.order))
    else:
        out.write(tr("question.prompt_choice", lang))
        for position, key in enumerate(round_.order, 1):
            out.write(f"{position}) {one_line(question.choices[int(key)].text.get(lang))}")


def ask_line(question: Question, lang: str, options: int) -> str:
    """The line saying what a question accepts as an answer."""
    if question.kind is Kind.MYTH_FACT:
        return tr("plain.ask_myth_fact", lang)
    return tr("plain.ask_choice", lang, n=options)


def read_answer(out: Lines, stdin: TextIO, round_: Round, lang: str) -> str | None:
    """The answer key the player types, asking again until it is one; None at end of input."""
    ask = ask_line(round_.question, lang, len(round_.order))
    return _ask_until(out, stdin, ask, lang, lambda line: parse_answer(round_, line))


def read_certainty(out: Lines, stdin: TextIO, lang: str) -> int | None:
    """How sure the player is, 1 to 3, asking again until it is one; None at end of input."""
    return _ask_until(
        out, stdin, tr("plain.ask_certainty", lang), lang,
        lambda line: int(line.strip()) if line.strip() in ("1", "2", "3") else None,
    )  # fmt: skip


def _ask_until(out: Lines, stdin: TextIO, ask: str, lang: str, parse: Callable[[str], T | None]) -> T | None:
    """Ask with `ask` until a line parses; None at end of input."""
    out.write(ask)
    while True:
        out.flush()
        line = _read_line(stdin)
        if line is None:
            return None
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


def show_outcome(out: Lines, pack: Pack, outcome: Outcome, lang: str) -> None:
    """Everything the player learns from one answer, as plain lines."""
    round_ = outcome.round
    question = round_.question
    out.write(tr("feedback.your_answer", lang, answer=answer_label(round_, outcome.given, lang)))
    if outcome.given == TIMEOUT:
        out.write(tr("timer.out", lang), RED)
    elif outcome.correct:
        out.write(f"{tr('feedback.right', lang)}  {points_label(outcome, lang)}", GREEN)
    else:
        out.write(f"{tr('feedback.wrong', lang)}  {points_label(outcome, lang)}".rstrip(), RED)
    out.write(tr("feedback.answer", lang, answer=answer_label(round_, question.correct_key, lang)))
    feedback = question.feedback_for(outcome.given)
    if feedback is not None:
        out.write(clean(feedback.get(lang)))
    show_explanation(out, pack, question, lang)


def show_explanation(out: Lines, pack: Pack, question: Question, lang: str) -> None:
    """Why, what the article said and how it holds up, the numbered sources and the disclaimer."""
    out.labelled(tr("feedback.why", lang), question.explanation.get(lang))
    if question.article:
        out.labelled(tr("feedback.article", lang), f"“{question.article}”")
        if question.article_verdict is not None:
            out.write(f"→ {tr(f'verdict.{question.article_verdict.value}', lang)}")
    citations = pack.citations(question)
    if citations:
        out.labelled(tr("feedback.references", lang), "")
        for number, citation in enumerate(citations, 1):
            out.write(f"  {number}. {clean(citation)}")
    out.labelled(tr("feedback.disclaimer", lang), pack.disclaimer.get(lang))


def show_results(out: Lines, game: Game, lang: str) -> None:
    """The score, each answered question with the player's answer, and what to remember from the misses."""
    score = game.score
    out.write()
    out.write(tr("results.heading", lang), BOLD)
    if not game.finished:
        out.write(tr("plain.answered", lang, answered=score.answered, total=game.total))
    if not game.outcomes:
        return
    # A stopped game is scored on what was answered: "1 of 2 right", not "1 of 5".
    right, answered, points, best = score.right, score.answered, score.points, score.best_streak
    out.write(tr("results.summary", lang, right=right, total=answered, points=points, best=best))
    if game.mode.name == CERTAINTY:
        show_calibration(out, game, lang)
    for number, outcome in enumerate(game.outcomes, 1):
        show_result_row(out, number, outcome, lang)
    show_missed(out, game, lang)


def show_calibration(out: Lines, game: Game, lang: str) -> None:
    """Each certainty level's record against where it pays best, and one sentence of advice."""
    records = by_level((o.certainty, o.correct) for o in game.outcomes if o.certainty is not None)
    out.write(tr("results.calibration", lang), BOLD)
    for record in records:
        out.write(level_line(record, lang))
    out.write(tr(f"advice.{advice(records)}", lang))


def show_result_row(out: Lines, number: int, outcome: Outcome, lang: str) -> None:
    """One answered question: right or wrong in words and symbol, the question, the player's answer."""
    word = tr("results.right" if outcome.correct else "results.wrong", lang)
    mark = out.paint(word, GREEN if outcome.correct else RED)
    out.write(f"{number}. {mark}  {one_line(outcome.round.question.prompt.get(lang))}")
    out.write("   " + tr("feedback.your_answer", lang, answer=answer_label(outcome.round, outcome.given, lang)))


def show_missed(out: Lines, game: Game, lang: str) -> None:
    """The explanations of the questions missed, or a word of praise when there were none."""
    missed = game.missed()
    out.write()
    out.write(tr("results.missed" if missed else "results.all_right", lang), BOLD)
    for outcome in missed:
        question = outcome.round.question
        out.write()
        out.write(one_line(question.prompt.get(lang)))
        out.write(tr("feedback.answer", lang, answer=answer_label(outcome.round, question.correct_key, lang)))
        show_explanation(out, game.pack, question, lang)
    if not missed:
        out.labelled(tr("feedback.disclaimer", lang), game.pack.disclaimer.get(lang))

"""What the player is shown after an answer and at the end of a game, as data every front-end renders.

Our own words travel as message ids with their values (`Msg`), so a front-end or a translation catalog turns them
into text; the pack's words are already chosen for the player's language and stay plain data, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from quiz.calibration import LevelRecord, advice, by_level
from quiz.game import TIMEOUT, Game, Outcome
from quiz.labels import answer_label
from quiz.localformat import language_name
from quiz.message import Msg
from quiz.model import Pack, Question, Verdict
from quiz.scoring import ModeName
from quiz.text import one_line


class Tone(Enum):
    """How a line reads at a glance; always carried by words and a symbol too, never by colour alone."""

    RIGHT = "right"
    WRONG = "wrong"


@dataclass(frozen=True)
class Explained:
    """Why a question's answer is what it is: the evidence, the article's sentence, the sources, the disclaimer."""

    why: str
    article: str | None
    """The article's sentence in the player's language, or as the source wrote it when it has no translation."""
    article_original: str | None
    """The sentence as the source wrote it, when that differs from `article`."""
    article_verdict: Verdict | None
    sources: tuple[str, ...]
    checked: str | None
    """When the evidence was last checked (2026-11), when the pack says."""
    disclaimer: str


@dataclass(frozen=True)
class AnswerView:
    """Everything the player learns from one answer."""

    verdict: Msg
    tone: Tone
    points: Msg | None
    your_answer: Msg
    correct_answer: Msg
    feedback: str | None
    """The pack's word on the choice the player made, when it gives one."""
    explained: Explained


@dataclass(frozen=True)
class ResultRow:
    """One answered question in the results."""

    number: int
    tone: Tone
    mark: Msg
    prompt: str
    your_answer: Msg


@dataclass(frozen=True)
class MissedView:
    """A missed question with its right answer and explanation."""

    prompt: str
    view: AnswerView


@dataclass(frozen=True)
class CalibrationSummary:
    """How the player's certainty matched their answers, in certainty mode."""

    levels: tuple[tuple[Msg, str], ...]
    """Each level used, with its verdict ("over", "under" or "fit")."""
    advice: Msg
    sure_and_wrong: tuple[str, ...]
    """The prompts answered wrongly at certainty 3."""


@dataclass(frozen=True)
class ResultsView:
    """The end of a game (or of a stopped one): score, calibration, every answer, what to learn from the misses."""

    summary: Msg
    unfinished: Msg | None
    """Said when the game stopped before its last question."""
    calibration: CalibrationSummary | None
    rows: tuple[ResultRow, ...]
    missed: tuple[MissedView, ...]
    disclaimer: str


def label(key: str) -> Msg:
    """One of our labels followed by the colon of the language ("Why: ", "解析：") before the text it names."""
    return Msg("label", {"label": Msg(key)})


def explained(pack: Pack, question: Question, lang: str) -> Explained:
    """The explanation of `question` in `lang`."""
    shown, original = question.article_for(lang) or (None, None)
    return Explained(
        why=question.explanation.get(lang),
        article=shown,
        article_original=original if original != shown else None,
        article_verdict=question.article_verdict,
        sources=tuple(pack.citations(question)),
        checked=str(question.checked) if question.checked else None,
        disclaimer=pack.disclaimer.get(lang),
    )


def verdict_line(verdict: Verdict) -> Msg:
    """How the article's sentence holds up against the evidence."""
    return Msg(f"verdict.{verdict.value}")


def answer_view(outcome: Outcome, pack: Pack, lang: str) -> AnswerView:
    """What the player is shown once `outcome` is scored."""
    round_ = outcome.round
    question = round_.question
    if outcome.given == TIMEOUT:
        verdict, tone = Msg("timer.out"), Tone.WRONG
    elif outcome.correct:
        verdict, tone = Msg("feedback.right"), Tone.RIGHT
    else:
        verdict, tone = Msg("feedback.wrong"), Tone.WRONG
    feedback = question.feedback_for(outcome.given)
    return AnswerView(
        verdict=verdict,
        tone=tone,
        points=points_line(outcome),
        your_answer=Msg("feedback.your_answer", {"answer": answer_label(round_, outcome.given, lang)}),
        correct_answer=Msg("feedback.answer", {"answer": answer_label(round_, question.correct_key, lang)}),
        feedback=feedback.get(lang) if feedback is not None else None,
        explained=explained(pack, question, lang),
    )


def calibration_summary(game: Game, lang: str) -> CalibrationSummary:
    """Each certainty level's record against where it pays best, the advice, and the sure-and-wrong answers."""
    records = by_level((o.certainty, o.correct) for o in game.outcomes if o.certainty is not None)
    return CalibrationSummary(
        levels=tuple((level_line(record), record.verdict) for record in records if record.answered),
        advice=Msg(f"advice.{advice(records)}"),
        sure_and_wrong=tuple(
            one_line(o.round.question.prompt.get(lang)) for o in game.outcomes if o.certainty == 3 and not o.correct
        ),
    )


def points_line(outcome: Outcome) -> Msg | None:
    """What an answer earned, in the words of its mode; None for a plain miss."""
    if outcome.certainty is not None:
        return Msg("certainty.marks", {"marks": outcome.points, "level": outcome.certainty})
    return Msg("feedback.points", {"points": outcome.points}) if outcome.points else None


def level_line(record: LevelRecord) -> Msg:
    """One certainty level's record (of a level used) against the range where it pays best."""
    best = Msg(f"range.{record.level}")
    percent = round(100 * record.right / record.answered)
    return Msg(
        "results.level",
        {"level": record.level, "right": record.right, "answered": record.answered, "percent": percent, "range": best},
    )


def results_view(game: Game, lang: str) -> ResultsView:
    """How `game` went, for the results screen or the end of plain mode; a stopped game counts what was answered."""
    score = game.score
    summary_key = "results.summary_marks" if game.mode.name is ModeName.CERTAINTY else "results.summary"
    summary = Msg(
        summary_key, {"right": score.right, "total": score.answered, "points": score.points, "best": score.best_streak}
    )
    unfinished = None if game.finished else Msg("plain.answered", {"answered": score.answered, "total": game.total})
    rows = tuple(
        ResultRow(
            number=number,
            tone=Tone.RIGHT if outcome.correct else Tone.WRONG,
            mark=Msg("results.right" if outcome.correct else "results.wrong"),
            prompt=one_line(outcome.round.question.prompt.get(lang)),
            your_answer=Msg("feedback.your_answer", {"answer": answer_label(outcome.round, outcome.given, lang)}),
        )
        for number, outcome in enumerate(game.outcomes, 1)
    )
    missed = tuple(
        MissedView(one_line(outcome.round.question.prompt.get(lang)), answer_view(outcome, game.pack, lang))
        for outcome in game.missed()
    )
    calibration = calibration_summary(game, lang) if game.mode.name is ModeName.CERTAINTY else None
    return ResultsView(summary, unfinished, calibration, rows, missed, game.pack.disclaimer.get(lang))


def resume_offer(game: Game, lang: str) -> Msg:
    """The line that offers an unfinished game: its pack, its mode and how far it got."""
    return Msg(
        "start.resume_info",
        {
            "title": one_line(game.pack.title.get(lang)),
            "mode": Msg(f"modename.{game.mode.name.value}"),
            "answered": game.score.answered,
            "total": game.total,
        },
    )


def pack_language(pack: Pack, lang: str) -> Msg | None:
    """Which language the pack's text is in, when it is not written in the player's: the game still plays, its
    own words in `lang` and the pack's in the pack's first language."""
    if pack.speaks(lang):
        return None
    return Msg("start.pack_language", {"language": language_name(pack.languages[0], lang)})

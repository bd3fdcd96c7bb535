"""What the saved answers say: accuracy over time, mastery per tag, the questions most often missed.

Answers are matched to the packs loaded now by pack id and question id, so a question keeps its history
through edits of its pack; answers to questions that no longer exist are kept in the store but left out here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from quiz.i18n import tr
from quiz.localformat import moment, percent
from quiz.model import Pack, Question
from quiz.packs import Catalog
from quiz.store import AnswerRecord, GameRecord
from quiz.text import one_line

_BARS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class TagMastery:
    """How the answers to the questions with one tag went."""

    tag: str
    answered: int
    right: int

    @property
    def accuracy(self) -> float:
        """The share right."""
        return self.right / self.answered


@dataclass(frozen=True)
class Missed:
    """A current question and how often it was missed."""

    pack: Pack
    question: Question
    misses: int
    answered: int


def _current(answers: Iterable[AnswerRecord], catalog: Catalog) -> Iterable[tuple[Pack, Question, AnswerRecord]]:
    """Each answer whose question is still in a loaded pack, with that pack and question."""
    # Only the packs answered from are loaded whole: the catalog may list thousands.
    by_pack: dict[str, dict[str, Question]] = {}
    for answer in answers:
        pack = catalog.find(answer.pack_id)
        if pack is None:
            continue
        if pack.id not in by_pack:
            by_pack[pack.id] = {q.id: q for q in pack.questions}
        question = by_pack[pack.id].get(answer.question_id)
        if question is not None:
            yield pack, question, answer


def accuracy_series(games: Iterable[GameRecord]) -> list[float]:
    """Each game's accuracy, oldest first, for a chart."""
    return [game.accuracy for game in games if game.accuracy is not None]


def tag_mastery(answers: Iterable[AnswerRecord], catalog: Catalog) -> list[TagMastery]:
    """Accuracy per tag of the current questions, weakest first."""
    answered: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for _, question, answer in _current(answers, catalog):
        for tag in question.tags:
            answered[tag] += 1
            right[tag] += int(answer.correct)
    mastery = [TagMastery(tag, answered[tag], right[tag]) for tag in answered]
    return sorted(mastery, key=lambda m: (m.accuracy, -m.answered, m.tag))


def tag_names(catalog: Catalog, lang: str) -> dict[str, str]:
    """The names in `lang` of the tags the packs name, by tag id; the first pack to name a tag gives its name."""
    names: dict[str, str] = {}
    for pack in catalog.packs:
        for tag in pack.tags:
            names.setdefault(tag, pack.tag_name(tag, lang))
    return names


def most_missed(answers: Iterable[AnswerRecord], catalog: Catalog, limit: int = 5) -> list[Missed]:
    """The current questions missed most often (at least once), most misses first."""
    misses: Counter[tuple[str, str]] = Counter()
    answered: Counter[tuple[str, str]] = Counter()
    found: dict[tuple[str, str], tuple[Pack, Question]] = {}
    for pack, question, answer in _current(answers, catalog):
        key = (pack.id, question.id)
        found[key] = (pack, question)
        answered[key] += 1
        misses[key] += int(not answer.correct)
    ranked = sorted((key for key in misses if misses[key]), key=lambda k: (-misses[k], -answered[k], k))
    return [Missed(*found[key], misses[key], answered[key]) for key in ranked[:limit]]


EXPORT_FIELDS = (
    *("game_id", "answered_at", "pack_id", "pack_version", "question_id", "answer", "correct", "points"),
    *("certainty", "seconds", "mode", "player", "class", "lang", "answer_text", "answer_position"),
)
"""The columns of `quiz history`, in order (docs/history-format.md): new ones are added at the end, so that a
spreadsheet or script made for the earlier ones reads on."""
_ATTRIBUTES = {"class": "class_code"}
"""The export's names that are not the record's (`class` is a Python keyword)."""


def export_rows(answers: Iterable[AnswerRecord]) -> list[dict[str, object]]:
    """Every answer as a flat row of EXPORT_FIELDS, for CSV or JSON."""
    return [{name: getattr(answer, _ATTRIBUTES.get(name, name)) for name in EXPORT_FIELDS} for answer in answers]


def sparkline(values: list[float]) -> str:
    """Shares from 0 to 1 as a row of block characters, one per value."""
    top = len(_BARS) - 1
    return "".join(_BARS[round(min(max(value, 0.0), 1.0) * top)] for value in values)


def meter(share: float, width: int = 10) -> str:
    """A share from 0 to 1 as a bar of `width` cells."""
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


def report(
    games: list[GameRecord], answers: list[AnswerRecord], catalog: Catalog, lang: str
) -> list[tuple[str, list[str]]]:
    """The history as (heading, lines) sections: games, accuracy over time, mastery per tag, most missed."""
    if not games:
        return [(tr("history.heading", lang), [tr("history.empty", lang)])]
    rows = [_game_line(game, catalog, lang) for game in reversed(games)]
    series = accuracy_series(games)
    chart = tr("history.chart", lang, chart=sparkline(series), percent=percent(100 * series[-1], lang))
    names = tag_names(catalog, lang)
    tags = [
        tr(
            "history.tag_row",
            lang,
            bar=meter(m.accuracy),
            percent=percent(100 * m.accuracy, lang),
            tag=one_line(names.get(m.tag, m.tag)),
            right=m.right,
            answered=m.answered,
        )
        for m in tag_mastery(answers, catalog)
    ]
    missed = []
    for m in most_missed(answers, catalog):
        prompt = one_line(m.question.prompt.get(lang))
        missed.append(tr("history.missed_row", lang, misses=m.misses, answered=m.answered, prompt=prompt))
        missed.append("   " + one_line(m.question.explanation.get(lang)))
    sections = [
        (tr("history.games", lang), [chart, "", *rows]),
        (tr("history.tags", lang), tags),
        (tr("history.missed", lang), missed),
    ]
    return [(heading, lines) for heading, lines in sections if lines]


def _game_line(game: GameRecord, catalog: Catalog, lang: str) -> str:
    pack = catalog.find(game.pack_id)
    title = one_line(pack.title.get(lang)) if pack else game.pack_id
    return tr(
        "history.game_row", lang,
        date=_started(game, lang), pack=title, mode=tr(f"modename.{game.mode}", lang),
        score=tr("history.marks" if game.mode == "certainty" else "history.points", lang, points=game.points),
        right=game.right, answered=game.answered, percent=percent(100 * (game.accuracy or 0), lang),
        unfinished="" if game.finished else tr("history.unfinished", lang),
    )  # fmt: skip


def _started(game: GameRecord, lang: str) -> str:
    """When the game began, as `lang` writes a date and time; as stored when the store holds no date there."""
    try:
        return moment(datetime.fromisoformat(game.started_at), lang)
    except ValueError:
        return game.started_at[:16].replace("T", " ")

"""From the answers that count to the report's figures: per question, per player, and for the class.

A player's score is their share right of the questions they answered: in games drawn from a larger pack players
see different questions, and a question not put to a player is neither right nor wrong. The score "on the other
questions", which discrimination and the top third are measured against, is likewise the share right of the other
questions that player answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from quiz.game import TIMEOUT, answer_keys
from quiz.model import Pack, Question
from quiz.report import stats
from quiz.report.figures import ClassStats, OptionStats, PlayerStats, QuestionStats, Report, TagStats
from quiz.report.flags import flags_for
from quiz.report.select import Response, Responses

MIN_FOR_TOP_THIRD = 3
"""Players needed before a question's top third means anything (below, no distractor is compared with the key)."""


def build_report(responses: Responses, class_code: str | None = None) -> Report:
    """The report on `responses`' pack."""
    pack = responses.pack
    by_player = responses.by_player
    totals = {player: (sum(r.correct for r in answers.values()), len(answers)) for player, answers in by_player.items()}
    questions = tuple(_question(question, by_player, totals) for question in pack.questions)
    players = tuple(
        _player(player, responses.classes.get(player, ()), by_player[player], pack)
        for player in sorted(by_player, key=lambda name: (name.casefold(), name))
    )
    return Report(
        pack=pack,
        attempt=responses.attempt,
        class_code=class_code,
        questions=questions,
        players=players,
        summary=class_stats(by_player, [q.question.id for q in questions if q.answered]),
        left_out=responses.left_out,
    )


def _question(
    question: Question, by_player: Mapping[str, Mapping[str, Response]], totals: Mapping[str, tuple[int, int]]
) -> QuestionStats:
    given = [(player, answers[question.id]) for player, answers in by_player.items() if question.id in answers]
    answered = len(given)
    right = sum(response.correct for _, response in given)
    # Only players with another answer have a score on the other questions to be compared with.
    rest_of: list[float] = []
    chosen: list[str] = []
    scored: list[int] = []
    for player, response in given:
        rest = stats.rest_share(*totals[player], int(response.correct))
        if rest is not None:
            rest_of.append(rest)
            chosen.append(response.key)
            scored.append(int(response.correct))
    counts = Counter(response.key for _, response in given)
    top = stats.top_weights(rest_of) if len(rest_of) >= MIN_FOR_TOP_THIRD else [0.0] * len(rest_of)
    options = tuple(
        OptionStats(
            key=key,
            correct=key == question.correct_key,
            count=counts[key],
            share=counts[key] / answered if answered else None,
            point_biserial=stats.pearson([float(k == key) for k in chosen], rest_of),
            top_count=sum(weight for weight, k in zip(top, chosen) if k == key),
        )
        for key in answer_keys(question)
    )
    facility = right / answered if answered else None
    discrimination = stats.pearson([float(score) for score in scored], rest_of)
    return QuestionStats(
        question=question,
        answered=answered,
        right=right,
        facility=facility,
        discrimination=discrimination,
        options=options,
        timeouts=counts[TIMEOUT],
        top_third=round(sum(top)),
        flags=flags_for(question.kind, answered, facility, discrimination, options),
    )


def _player(player: str, classes: tuple[str, ...], answers: Mapping[str, Response], pack: Pack) -> PlayerStats:
    tagged: dict[str, list[bool]] = {}
    for question in pack.questions:
        response = answers.get(question.id)
        if response is not None:
            for tag in question.tags:
                tagged.setdefault(tag, []).append(response.correct)
    tags = tuple(TagStats(tag, len(marks), sum(marks)) for tag, marks in tagged.items())
    right = sum(response.correct for response in answers.values())
    return PlayerStats(player, classes, len(answers), right, tags)


def class_stats(by_player: Mapping[str, Mapping[str, Response]], question_ids: Sequence[str]) -> ClassStats:
    """Players, mean and spread of their scores, and KR-20 with the SEM over the players who answered every
    question in `question_ids` (the questions anyone answered)."""
    scores = [100 * sum(r.correct for r in answers.values()) / len(answers) for answers in by_player.values()]
    complete = [
        [int(answers[question_id].correct) for question_id in question_ids]
        for answers in by_player.values()
        if all(question_id in answers for question_id in question_ids)
    ]
    reliability = stats.kr20(complete)
    complete_scores = [100 * sum(row) / len(row) for row in complete] if question_ids else []
    return ClassStats(
        players=len(by_player),
        questions=len(question_ids),
        mean=stats.mean(scores),
        sd=stats.spread(scores),
        complete=len(complete) if question_ids else 0,
        kr20=reliability,
        sem=stats.sem(stats.spread(complete_scores), reliability),
    )

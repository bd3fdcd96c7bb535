"""Spaced review with FSRS: when each question should come back, from how the player answered it.

A wrong answer rates the question "again"; a right one "good", or by certainty when the player gave one
(1 "hard", 2 "good", 3 "easy"). There are no same-day learning steps: a quiz is played in sessions, so a
question comes back on a later day, sooner when it was missed.
"""

from __future__ import annotations

from datetime import datetime

from fsrs import Card, Rating, Scheduler

_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
_BY_CERTAINTY = {1: Rating.Hard, 2: Rating.Good, 3: Rating.Easy}


def rating(correct: bool, certainty: int | None) -> Rating:
    """How an answer rates for the scheduler."""
    if not correct:
        return Rating.Again
    return _BY_CERTAINTY.get(certainty or 2, Rating.Good)


def reviewed(card_json: str | None, correct: bool, certainty: int | None, when: datetime) -> tuple[str, datetime]:
    """The question's card after this answer, as JSON, and when it is due next."""
    card = Card.from_json(card_json) if card_json else Card(due=when)
    card, _ = _SCHEDULER.review_card(card, rating(correct, certainty), review_datetime=when)
    return card.to_json(), card.due

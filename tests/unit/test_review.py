"""Spaced review: missed questions come back sooner, and the start screen offers what is due."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Rating

from quiz.model import Pack
from quiz.packs import Catalog
from quiz.review import rating, reviewed
from quiz.session import Session, Settings
from quiz.store import STORE_NAME, Store
from quiz.tui.screens.question import QuestionScreen
from tests.pilot import app_for, screen_text

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def test_ratings_follow_the_answer_and_certainty() -> None:
    """Wrong is "again"; right is "good", or hard/good/easy by certainty 1/2/3."""
    assert rating(False, 3) is Rating.Again
    assert rating(True, None) is Rating.Good
    assert [rating(True, level) for level in (1, 2, 3)] == [Rating.Hard, Rating.Good, Rating.Easy]


def test_a_miss_comes_back_sooner_than_a_hit() -> None:
    """A first wrong answer is due the next day; a right one later; a sure right one later still."""
    _, after_miss = reviewed(None, False, None, NOW)
    _, after_hit = reviewed(None, True, None, NOW)
    _, after_sure_hit = reviewed(None, True, 3, NOW)
    assert after_miss - NOW == timedelta(days=1)
    assert NOW < after_miss < after_hit < after_sure_hit


def test_intervals_grow_with_each_right_answer() -> None:
    """Answering right again when due pushes the question further out."""
    card, first = reviewed(None, True, None, NOW)
    _, second = reviewed(card, True, None, first)
    assert second - first > first - NOW


def whole_pack_session(pack: Pack, store: Store) -> Session:
    """A session that plays all of `pack` in a fixed order, saving to `store`."""
    return Session(Catalog((pack,), ()), store, Settings(lang="en", count=None, seed=2))


def test_store_keeps_review_state_per_question(private_data: Path, sample_pack: Pack) -> None:
    """After a game, nothing is due today; two days later the missed questions are."""
    store = Store.open(private_data)
    session = whole_pack_session(sample_pack, store)
    game = session.start(sample_pack)
    missed = []
    for number, round_ in enumerate(game.rounds):
        right = number % 2 == 0
        key = (
            round_.question.correct_key if right else next(k for k in round_.order if k != round_.question.correct_key)
        )
        if not right:
            missed.append(round_.question.id)
        session.answer(key)
    assert store.due() == {}
    soon = datetime.now(timezone.utc) + timedelta(days=1, hours=1)
    assert sorted(store.due(soon)[sample_pack.id]) == sorted(missed)


async def test_start_screen_offers_due_questions_most_overdue_first(private_data: Path, sample_pack: Pack) -> None:
    """With two questions overdue, the start screen says so and V plays just those, the older first."""
    store = Store.open(private_data)
    session = whole_pack_session(sample_pack, store)
    game = session.start(sample_pack)
    for round_ in game.rounds:
        session.answer(round_.question.correct_key)
    older, newer = game.rounds[3].question.id, game.rounds[1].question.id
    db = sqlite3.connect(private_data / STORE_NAME)
    db.execute("UPDATE review SET due = '2000-01-02T00:00:00+00:00' WHERE question_id = ?", (newer,))
    db.execute("UPDATE review SET due = '2000-01-01T00:00:00+00:00' WHERE question_id = ?", (older,))
    db.commit()
    app = app_for(Catalog((sample_pack,), ()), lang="en", store=Store.open(private_data), pack_id=sample_pack.id)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        assert "2 questions of this pack are due for review." in screen_text(app)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [r.question.id for r in app.game.rounds] == [older, newer]

"""The session both front-ends stand on: defaults, what is offered, saving with one policy, the answer rules."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.game import TIMEOUT
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.scoring import Mode, ModeName
from quiz.session import DEFAULT_COUNT, Session, Settings, is_late
from quiz.store import Store
from quiz.views import Msg


def session_for(pack: Pack, store: Store, **settings: object) -> Session:
    return Session(Catalog((pack,), ()), store, Settings(lang="en", seed=3, **settings))  # type: ignore[arg-type]


def test_a_game_has_ten_questions_by_default(sample_pack: Pack) -> None:
    """Ten by default, the whole pack with count None (the sample pack has five, so it plays all five)."""
    assert Settings(lang="en").count == DEFAULT_COUNT == 10
    whole = session_for(sample_pack, Store.in_memory("t"), count=None).start(sample_pack)
    assert whole.total == len(sample_pack.questions)
    two = session_for(sample_pack, Store.in_memory("t"), count=2).start(sample_pack)
    assert two.total == 2


def test_an_answer_after_the_limit_counts_as_none() -> None:
    """Only a timed game has a limit, and an answer exactly on it still counts."""
    timed = Mode(ModeName.TIMED, time_limit=10)
    assert is_late(timed, 10.5) and not is_late(timed, 10.0) and not is_late(timed, None)
    assert not is_late(Mode(), 1000.0)


def test_a_late_answer_is_saved_as_a_timeout(sample_pack: Pack, private_data: Path) -> None:
    store = Store.open(private_data)
    session = session_for(sample_pack, store, mode=Mode(ModeName.TIMED, time_limit=5))
    game = session.start(sample_pack)
    outcome = session.answer(game.current.question.correct_key, seconds=9.0)
    assert (outcome.given, outcome.correct, outcome.points) == (TIMEOUT, False, 0)
    assert store.answers()[0].answer == TIMEOUT


def test_each_answer_is_saved_with_its_review_date(sample_pack: Pack, private_data: Path) -> None:
    """A miss comes back tomorrow, not today; the answer and the card are both in the store."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store, count=1)
    game = session.start(sample_pack)
    round_ = game.current
    wrong = next(key for key in round_.order if key != round_.question.correct_key)
    session.answer(wrong)
    assert [a.correct for a in store.answers()] == [False]
    assert store.due() == {}
    tomorrow = datetime.now(timezone.utc) + timedelta(days=1, hours=1)
    assert store.due(tomorrow) == {sample_pack.id: [round_.question.id]}
    assert session.due() == {}


def test_a_failing_store_is_told_once_and_the_game_goes_on(sample_pack: Pack, private_data: Path) -> None:
    """Both front-ends get the same policy: one notice, then play in memory."""
    broken = Store.open(private_data)
    broken.close()
    told: list[Msg] = []
    session = Session(Catalog((sample_pack,), ()), broken, Settings(lang="en", count=None), tell=told.append)
    game = session.start(sample_pack)
    for round_ in game.rounds:
        session.answer(round_.question.correct_key)
    assert game.finished and game.score.right == len(sample_pack.questions)
    assert [notice.key for notice in told] == ["store.memory_only"]
    assert "closed" in told[0].text("en")


def test_starting_afresh_lets_the_offered_game_go(sample_pack: Pack, private_data: Path) -> None:
    store = Store.open(private_data)
    first = session_for(sample_pack, store, count=3)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key)
    second = session_for(sample_pack, store, count=3)
    offered = second.resumable()
    assert offered is not None and offered.game.score.answered == 1
    second.start(sample_pack)
    third = session_for(sample_pack, store, count=3)
    assert third.resumable() is not None and third.resumable().game_id != offered.game_id


def test_retry_and_review_need_something_to_play(sample_pack: Pack) -> None:
    """No retry of a game without misses; no review before anything is due."""
    session = session_for(sample_pack, Store.in_memory("t"), count=2)
    game = session.start(sample_pack)
    for round_ in game.rounds:
        session.answer(round_.question.correct_key)
    assert session.retry(game) is None
    assert session.review(sample_pack) is None
    missed = session.start(sample_pack)
    round_ = missed.current
    session.answer(next(key for key in round_.order if key != round_.question.correct_key))
    retry = session.retry(missed)
    assert retry is not None and [r.question.id for r in retry.rounds] == [round_.question.id]


def test_messages_read_in_both_languages() -> None:
    """A message among the values is said in the same language as the message around it."""
    line = Msg("results.level", {"level": 2, "right": 1, "answered": 2, "percent": 50, "range": Msg("range.2")})
    assert line.text("en") == "Certainty 2: 1 of 2 right (50%); pays best from 67% to 80%"
    assert line.text("zh") == "把握度 2：2 题中答对 1 题（50%）；最适合的正确率 67% 到 80%"

"""The session's rules that both front-ends rely on: what is offered, reviewed and retried, and what is saved."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.game import Game
from quiz.history import report
from quiz.i18n import tr
from quiz.localformat import moment
from quiz.model import Pack, Question
from quiz.packs import Catalog
from quiz.review import reviewed
from quiz.scoring import Mode, ModeName
from quiz.session import Session, Settings, store_notice
from quiz.store import STORE_NAME, Store
from quiz.views import Msg

TIMED = Mode(ModeName.TIMED, time_limit=20)
LONG_AGO = datetime(2020, 1, 1, tzinfo=timezone.utc)


def session_for(pack: Pack, store: Store, **settings: object) -> Session:
    return Session(Catalog((pack,), ()), store, Settings(lang="en", seed=3, **settings))  # type: ignore[arg-type]


def question(pack: Pack, question_id: str) -> Question:
    return next(q for q in pack.questions if q.id == question_id)


def answer_all(session: Session, right: bool = True) -> None:
    """Answer every question left in the session's game, all right or all wrong."""
    game = session.game
    assert game is not None
    while (round_ := game.current) is not None:
        correct = round_.question.correct_key
        session.answer(correct if right else next(k for k in round_.order if k != correct))


def overdue(store: Store, pack: Pack, ids: list[str]) -> None:
    """Save a missed answer to each question, reviewed long ago, so each is due now (the first most overdue)."""
    game = Game.of_questions(pack, [question(pack, i) for i in ids])
    game_id = store.start_game(game, "en", None)
    for days, round_ in enumerate(game.rounds):
        outcome = game.answer(next(k for k in round_.order if k != round_.question.correct_key))
        store.record_answer(game_id, game, outcome, reviewed(None, False, None, LONG_AGO + timedelta(days=days)))


def test_a_recovered_store_is_told_with_where_the_old_file_went(private_data: Path) -> None:
    """A damaged progress file is moved aside and the player is told where, in their language."""
    private_data.mkdir(parents=True)
    (private_data / STORE_NAME).write_bytes(b"this is not a database at all" * 100)
    store = Store.open(private_data)
    notice = store_notice(store)
    assert notice == Msg("store.recovered", {"path": store.detail})
    assert store.detail and store.detail in notice.text("zh")
    assert store_notice(Store.open(private_data)) is None


def test_nothing_is_played_before_a_game_starts(sample_pack: Pack) -> None:
    """A new session has no game; answering then is refused, and so it is after leaving a game."""
    session = session_for(sample_pack, Store.in_memory("t"))
    assert session.game is None and session.game_id is None and session.offered is None
    with pytest.raises(ValueError, match="^no game is being played$"):
        session.answer("myth")
    session.start(sample_pack)
    session.leave()
    assert session.game is None and session.game_id is None
    with pytest.raises(ValueError, match="^no game is being played$"):
        session.answer("myth")


def test_a_new_game_uses_the_latest_choices_and_saves_the_seed(sample_pack: Pack, private_data: Path) -> None:
    """What the start screen chose last is what the next game plays; the seed is kept with the game."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store)
    session.choose(Settings(lang="zh", count=2, seed=11, mode=TIMED))
    game = session.start(sample_pack)
    assert (game.total, game.mode) == (2, TIMED)
    assert [r.order for r in game.rounds] == [r.order for r in Game.new(sample_pack, count=2, seed=11).rounds]
    unfinished = store.unfinished()
    assert unfinished is not None and (unfinished.game_id, unfinished.seed) == (session.game_id, 11)


def test_a_timed_game_is_offered_again_in_its_mode(sample_pack: Pack, private_data: Path) -> None:
    """The resumed game scores the rest as timed, with the points of the answers already given."""
    first = session_for(sample_pack, Store.open(private_data), mode=TIMED, count=3)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key, seconds=5.0)  # type: ignore[union-attr]
    offered = session_for(sample_pack, Store.open(private_data)).resumable()
    assert offered is not None
    assert offered.game.mode == TIMED
    assert [(o.points, o.seconds) for o in offered.game.outcomes] == [(875, 5.0)]


def test_a_game_the_pack_no_longer_fits_is_let_go_for_good(sample_pack: Pack, private_data: Path) -> None:
    """When a question of the unfinished game left the pack, it is not offered, not even once the pack is back."""
    first = session_for(sample_pack, Store.open(private_data), count=None)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key)  # type: ignore[union-attr]
    smaller = replace(sample_pack, questions=sample_pack.questions[1:])
    assert session_for(smaller, Store.open(private_data)).resumable() is None
    assert session_for(sample_pack, Store.open(private_data)).resumable() is None


def test_starting_afresh_drops_the_offered_game(sample_pack: Pack, private_data: Path) -> None:
    """Once a new game is started (and finished), the old unfinished one is not offered again."""
    first = session_for(sample_pack, Store.open(private_data), count=3)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key)  # type: ignore[union-attr]
    second = session_for(sample_pack, Store.open(private_data), count=1)
    assert second.resumable() is not None
    second.start(sample_pack)
    assert second.offered is None
    answer_all(second)
    assert session_for(sample_pack, Store.open(private_data)).resumable() is None


def test_a_shared_store_offers_no_game_to_resume(sample_pack: Pack, private_data: Path) -> None:
    """Where many players share one store (a classroom server), nobody is offered another's unfinished game."""
    first = session_for(sample_pack, Store.open(private_data), count=3)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key)  # type: ignore[union-attr]
    shared = session_for(sample_pack, Store.open(private_data), offer_resume=False)
    assert shared.resumable() is None and shared.offered is None
    assert session_for(sample_pack, Store.open(private_data)).resumable() is not None


def test_resuming_or_dropping_stops_the_offer(sample_pack: Pack, private_data: Path) -> None:
    """Resuming plays the offered game; dropping it means it is not offered next time."""
    first = session_for(sample_pack, Store.open(private_data), count=3)
    game = first.start(sample_pack)
    first.answer(game.current.question.correct_key)  # type: ignore[union-attr]
    second = session_for(sample_pack, Store.open(private_data))
    offered = second.resumable()
    assert offered is not None
    assert second.resume(offered) is offered.game
    assert (second.game, second.game_id, second.offered) == (offered.game, offered.game_id, None)
    third = session_for(sample_pack, Store.open(private_data))
    again = third.resumable()
    assert again is not None and again.game_id == offered.game_id
    third.drop(again)
    assert third.offered is None
    assert session_for(sample_pack, Store.open(private_data)).resumable() is None


def test_due_questions_are_reviewed_most_overdue_first(sample_pack: Pack, private_data: Path) -> None:
    """Only questions of loaded packs that are still in them; the review plays in the chosen mode and is saved."""
    store = Store.open(private_data)
    overdue(store, sample_pack, ["days-week", "legs-count", "sky-green"])
    other = replace(sample_pack, id="not-loaded")
    overdue(store, other, ["water-wet"])
    smaller = replace(sample_pack, questions=tuple(q for q in sample_pack.questions if q.id != "sky-green"))
    session = session_for(smaller, store, mode=TIMED)
    expected = [question(smaller, "days-week"), question(smaller, "legs-count")]
    assert session.due() == {smaller.id: expected}
    assert session.due_counts() == {smaller.id: 2}
    review = session.review(smaller)
    assert review is not None and session.game is review and session.game_id is not None
    assert [r.question.id for r in review.rounds] == ["days-week", "legs-count"]
    assert [r.order for r in review.rounds] == [r.order for r in Game.of_questions(smaller, expected, seed=3).rounds]
    assert review.mode == TIMED


def test_a_pack_with_nothing_due_of_its_own_has_no_review(sample_pack: Pack, private_data: Path) -> None:
    """Questions due in another pack do not make a review of this one."""
    store = Store.open(private_data)
    overdue(store, replace(sample_pack, id="not-loaded"), ["water-wet"])
    session = session_for(sample_pack, store)
    assert session.due() == {} and session.review(sample_pack) is None


def test_a_retry_plays_the_missed_questions_in_the_played_mode(sample_pack: Pack) -> None:
    """The retry keeps the mode of the game it retries, and the session's seed orders its choices."""
    session = session_for(sample_pack, Store.in_memory("t"), count=None, mode=TIMED)
    played = session.start(sample_pack)
    answer_all(session, right=False)
    missed = [r.question for r in played.rounds]
    for seed in range(4):
        session.choose(Settings(lang="en", seed=seed))
        retry = session.retry(played)
        assert retry is not None and retry.mode == TIMED
        expected = Game.of_questions(sample_pack, missed, seed=seed)
        assert [r.order for r in retry.rounds] == [r.order for r in expected.rounds]


def test_each_answer_reviews_the_card_saved_for_its_question(sample_pack: Pack, private_data: Path) -> None:
    """A second answer to a question updates its saved card; a sure right answer is due later than a guess."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store, count=None, mode=Mode(ModeName.CERTAINTY))
    game = session.start(sample_pack)
    sure, guess = game.rounds[0].question, game.rounds[1].question
    session.answer(sure.correct_key, certainty=3)
    session.answer(guess.correct_key, certainty=1)
    first_card = json.loads(store.review_card(session.settings.player, sample_pack.id, sure.id) or "{}")
    in_two_days = datetime.now(timezone.utc) + timedelta(days=2)
    assert store.due(in_two_days) == {sample_pack.id: [guess.id]}
    again = session.start(sample_pack)
    assert again.rounds[0].question == sure  # the same seed asks the same question first
    session.answer(sure.correct_key, certainty=3)
    card = json.loads(store.review_card(session.settings.player, sample_pack.id, sure.id) or "{}")
    assert card["card_id"] == first_card["card_id"] and card["last_review"] > first_card["last_review"]


def test_a_preview_is_played_but_not_saved(sample_pack: Pack, private_data: Path) -> None:
    """The pack preview that follows the editor plays like a game and leaves no answer behind."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store)
    session.preview(Game.new(sample_pack, count=2, seed=1))
    assert session.game_id is None
    answer_all(session)
    assert store.answers() == [] and store.games() == []


def test_a_failing_store_stops_saving_this_game(sample_pack: Pack, private_data: Path) -> None:
    """After the store fails the game is played on in memory, no longer tied to the game id it had."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store, count=2)
    session.start(sample_pack)
    assert session.game_id is not None
    store.close()
    answer_all(session)
    assert session.game_id is None and session.store is not store


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_history_is_the_report_of_what_was_saved(sample_pack: Pack, private_data: Path, lang: str) -> None:
    """The history screen shows the report of the store's games and answers, in the language asked for."""
    store = Store.open(private_data)
    session = session_for(sample_pack, store, count=2)
    session.start(sample_pack)
    answer_all(session, right=False)
    catalog = Catalog((sample_pack,), ())
    sections = session.history(lang)
    assert sections == report(store.games(), store.answer_records(), catalog, lang)
    started = datetime.fromisoformat(store.games()[0].started_at)
    assert len(sections) == 2 and sections[0][1][2].startswith(moment(started, lang))
    store.close()
    assert session.history(lang) == report([], [], catalog, lang)


def test_each_player_has_their_own_offer_reviews_and_history(sample_pack: Pack, private_data: Path) -> None:
    """Two players on one store: neither is offered, reviewed on or shown the other's games."""
    store = Store.open(private_data)
    ann = session_for(sample_pack, store, player="Ann", class_code="7b", count=3)
    game = ann.start(sample_pack)
    first = game.rounds[0].question
    ann.answer(next(k for k in game.rounds[0].order if k != first.correct_key))
    overdue(store, sample_pack, ["days-week"])  # due now for the default player, not for Bo
    assert [g.player for g in store.games("Ann")] == ["Ann"]
    assert [a.class_code for a in store.answer_records("Ann")] == ["7b"]
    assert store.review_card("Ann", sample_pack.id, first.id) is not None
    assert store.review_card("Bo", sample_pack.id, first.id) is None
    bo = session_for(sample_pack, store, player="Bo", count=1)
    assert bo.resumable() is None and bo.due() == {}
    assert bo.history("en") == report([], [], Catalog((sample_pack,), ()), "en")
    bo.start(sample_pack)
    answer_all(bo)
    headings = [heading for heading, _ in bo.history("en")]
    assert headings == [tr("history.games", "en")]  # Ann's miss is not among Bo's most missed
    assert session_for(sample_pack, store, player="Ann").resumable() is not None

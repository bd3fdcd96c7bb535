"""Watching a pack file: a save is noticed once it settles, a broken save says why, and the game keeps its place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.game import Game, carry_over
from quiz.packs import load_pack
from quiz.packs.watch import Broken, PackWatcher, Reloaded
from quiz.scoring import Mode, ModeName
from tests.clock import FakeClock
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, write


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def save(path: Path, text: str, stamp: int) -> None:
    """Save `text` with its own modification time, so a save is seen even on a coarse-grained file system."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp * 1_000_000_000, stamp * 1_000_000_000))


def polls(watcher: PackWatcher, clock: FakeClock, times: int) -> list[object]:
    """What `times` polls a second apart return."""
    events = []
    for _ in range(times):
        clock.tick()
        events.append(watcher.poll())
    return events


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    path = write(tmp_path, VALID)
    os.utime(path, ns=(10**9, 10**9))
    return path


# -- the watcher ---------------------------------------------------------------------------------------


def test_load_reads_the_pack_with_its_warnings(pack_file: Path, clock: FakeClock) -> None:
    event = PackWatcher(pack_file, clock=clock).load()
    assert isinstance(event, Reloaded)
    assert event.pack.id == "hydration-basics"
    assert event.warnings == ()


def test_nothing_to_report_while_the_file_is_unchanged(pack_file: Path, clock: FakeClock) -> None:
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    assert polls(watcher, clock, 5) == [None] * 5


def test_a_save_is_reloaded_once_it_has_settled(pack_file: Path, clock: FakeClock) -> None:
    """The first look after a save waits (the editor may still be writing); the next one reloads, once."""
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    save(pack_file, edit(VALID, "  en: Hydration basics", "  en: Hydration, revised"), stamp=2)
    first, second, third = polls(watcher, clock, 3)
    assert first is None
    assert isinstance(second, Reloaded) and second.pack.title.get("en") == "Hydration, revised"
    assert third is None


def test_a_file_still_being_written_is_not_read(pack_file: Path, clock: FakeClock) -> None:
    """A file that changes at every look is only read once it stops changing."""
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    half = VALID[: len(VALID) // 2]
    for stamp, text in enumerate([half, half + "x", VALID], start=2):
        save(pack_file, text, stamp)
        assert polls(watcher, clock, 1) == [None]
    (event,) = polls(watcher, clock, 1)
    assert isinstance(event, Reloaded)


def test_looks_at_the_file_at_most_every_interval(pack_file: Path, clock: FakeClock) -> None:
    """Polls closer together than the interval return None without looking, so polling often costs nothing."""
    watcher = PackWatcher(pack_file, interval=0.5, clock=clock)
    watcher.load()
    save(pack_file, edit(VALID, "  en: Hydration basics", "  en: Hydration 2"), stamp=2)
    clock.tick(1)
    assert watcher.poll() is None  # sees the change, waits for it to settle
    clock.tick(0.1)
    assert watcher.poll() is None  # too soon to look again
    clock.tick(0.4)
    assert isinstance(watcher.poll(), Reloaded)


def test_a_broken_save_gives_its_problems_and_a_fix_reloads(pack_file: Path, clock: FakeClock) -> None:
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    save(pack_file, edit(VALID, "answer: myth", "answer: mith"), stamp=2)
    event = polls(watcher, clock, 2)[-1]
    assert isinstance(event, Broken)
    assert [str(p) for p in event.problems] == [
        f"pack.yaml:{VALID.split(chr(10)).index('    answer: myth') + 1}:13: error: questions[0].answer: "
        "must be myth or fact, not 'mith' — did you mean 'myth'?"
    ]
    save(pack_file, VALID, stamp=3)
    assert isinstance(polls(watcher, clock, 2)[-1], Reloaded)


def test_warnings_come_with_the_reloaded_pack(pack_file: Path, clock: FakeClock) -> None:
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    save(pack_file, edit(VALID, "    refs: [efsa-2010]\n    tags: [water]\n", "    tags: [water]\n"), stamp=2)
    event = polls(watcher, clock, 2)[-1]
    assert isinstance(event, Reloaded)
    assert [w.message for w in event.warnings] == ["this question cites no references"]


def test_a_save_by_rename_is_seen_without_a_flash_of_errors(pack_file: Path, clock: FakeClock) -> None:
    """Editors that write a new file and rename it over the old one leave a moment with no file: not reported."""
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    pack_file.unlink()
    assert polls(watcher, clock, 1) == [None]
    replacement = pack_file.with_name("pack.yaml.tmp")
    save(replacement, edit(VALID, "  en: Hydration basics", "  en: Renamed in"), stamp=1)
    replacement.replace(pack_file)
    events = polls(watcher, clock, 3)
    assert [type(e).__name__ for e in events] == ["NoneType", "Reloaded", "NoneType"]


def test_a_file_that_stays_gone_is_reported(pack_file: Path, clock: FakeClock) -> None:
    watcher = PackWatcher(pack_file, clock=clock)
    watcher.load()
    pack_file.unlink()
    event = polls(watcher, clock, 2)[-1]
    assert isinstance(event, Broken)
    assert event.problems[0].file == "pack.yaml"
    assert event.problems[0].message.startswith("cannot read the file")
    assert polls(watcher, clock, 3) == [None] * 3


def test_a_broken_file_at_the_start_is_reported_by_load(tmp_path: Path, clock: FakeClock) -> None:
    """`--watch` on a pack that does not load yet: the first load gives its problems, not an exception."""
    path = write(tmp_path, "pack: 1\n")
    event = PackWatcher(path, clock=clock).load()
    assert isinstance(event, Broken)
    assert "missing 'id'" in [p.message for p in event.problems]


def test_polling_without_a_first_load_reads_the_file_once_settled(pack_file: Path, clock: FakeClock) -> None:
    watcher = PackWatcher(pack_file, clock=clock)
    first, second, third = polls(watcher, clock, 3)
    assert first is None and isinstance(second, Reloaded) and third is None


def test_the_interval_must_be_positive(pack_file: Path) -> None:
    with pytest.raises(ValueError):
        PackWatcher(pack_file, interval=0)


# -- keeping the player's place --------------------------------------------------------------------------


def three_questions() -> str:
    """ONE_LANGUAGE with three myth-or-fact questions: q0, q1, q2."""
    head = ONE_LANGUAGE[: ONE_LANGUAGE.index("questions:")]
    return (
        head
        + "questions:\n"
        + "".join(
            f"  - id: q{i}\n    claim: Claim {i}.\n    answer: myth\n    explanation: Why claim {i} is a myth.\n"
            f"    refs: [nhs-sleep]\n"
            for i in range(3)
        )
    )


def test_the_current_question_stays_current_with_its_new_text(tmp_path: Path) -> None:
    """After one answer, an edit to the current question's claim shows at once, on the same question."""
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions))
    game.answer("myth")
    new = load_pack(write(tmp_path, three_questions().replace("Claim 1.", "Claim 1, edited."), "new.yaml"))
    moved = carry_over(game, new)
    assert moved is not None and moved.pack is new
    assert moved.current is not None
    assert (moved.current.question.id, moved.current.question.prompt.get("en")) == ("q1", "Claim 1, edited.")
    assert [o.round.question.id for o in moved.outcomes] == ["q0"]
    assert moved.score == game.score


def test_answers_are_scored_against_the_new_pack(tmp_path: Path) -> None:
    """A teacher who fixes an answer sees the score follow it."""
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions))
    game.answer("myth")
    fixed = three_questions().replace("answer: myth", "answer: fact", 1)
    moved = carry_over(game, load_pack(write(tmp_path, fixed, "new.yaml")))
    assert moved is not None
    assert [o.correct for o in moved.outcomes] == [False]


def test_a_removed_current_question_moves_on_to_the_next(tmp_path: Path) -> None:
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions))
    game.answer("myth")
    without_q1 = three_questions().replace(
        "  - id: q1\n    claim: Claim 1.\n    answer: myth\n    explanation: Why claim 1 is a myth.\n"
        "    refs: [nhs-sleep]\n",
        "",
    )
    moved = carry_over(game, load_pack(write(tmp_path, without_q1, "new.yaml")))
    assert moved is not None and moved.current is not None
    assert moved.current.question.id == "q2"
    assert moved.total == 2


def test_an_answer_that_no_longer_exists_is_dropped_with_its_round(tmp_path: Path) -> None:
    """A myth-or-fact question turned multiple choice: the old 'myth' answer means nothing now."""
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions))
    game.answer("myth")
    as_choice = three_questions().replace(
        "    claim: Claim 0.\n    answer: myth\n",
        "    question: Pick one.\n    choices:\n      - {text: A, correct: true}\n      - {text: B}\n",
    )
    moved = carry_over(game, load_pack(write(tmp_path, as_choice, "new.yaml")))
    assert moved is not None
    assert moved.outcomes == ()
    assert [r.question.id for r in moved.rounds] == ["q1", "q2"]


def test_questions_added_to_a_whole_pack_game_come_at_the_end(tmp_path: Path) -> None:
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions))
    longer = three_questions() + (
        "  - id: q3\n    claim: Claim 3.\n    answer: fact\n    explanation: Why claim 3 is a fact.\n    refs: [nhs-sleep]\n"
    )
    moved = carry_over(game, load_pack(write(tmp_path, longer, "new.yaml")))
    assert moved is not None
    assert [r.question.id for r in moved.rounds] == ["q0", "q1", "q2", "q3"]


def test_a_shorter_game_does_not_grow(tmp_path: Path) -> None:
    """A game of some of the questions (--count) keeps to them."""
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions)[:2])
    moved = carry_over(game, old)
    assert moved is not None
    assert [r.question.id for r in moved.rounds] == ["q0", "q1"]


def test_the_shown_order_of_choices_is_kept(tmp_path: Path) -> None:
    """Choices shuffled for the player keep their places when the question is edited."""
    old = load_pack(write(tmp_path, VALID))
    game = Game.new(old, seed=3)
    orders = {r.question.id: r.order for r in game.rounds}
    new = load_pack(write(tmp_path, edit(VALID, "{en: Hunger, zh: 饥饿}", "{en: Appetite, zh: 食欲}"), "new.yaml"))
    moved = carry_over(game, new)
    assert moved is not None
    assert {r.question.id: r.order for r in moved.rounds} == orders


def test_nothing_left_gives_none(tmp_path: Path) -> None:
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions)[:1])
    other = load_pack(write(tmp_path, ONE_LANGUAGE, "new.yaml"))
    assert carry_over(game, other) is None


def test_the_scoring_mode_and_certainty_carry_over(tmp_path: Path) -> None:
    """A certainty-mode game keeps its mode, and each answer keeps the certainty it was given with."""
    old = load_pack(write(tmp_path, three_questions()))
    game = Game.of_questions(old, list(old.questions), mode=Mode(ModeName.CERTAINTY))
    game.answer("myth", certainty=3)
    moved = carry_over(game, old)
    assert moved is not None
    assert moved.mode == Mode(ModeName.CERTAINTY)
    assert [(o.given, o.certainty) for o in moved.outcomes] == [("myth", 3)]
    assert moved.score == game.score

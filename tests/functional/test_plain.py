"""The plain, line-by-line game: played through string streams the way a script or a screen reader would."""

from __future__ import annotations

import dataclasses
import io
import re
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from quiz.game import Game
from quiz.model import Kind, Pack, Text
from quiz.packs import Catalog, load_pack
from quiz.plain import parse_answer, play_plain, should_use_plain, wants_color
from quiz.plain.lines import BOLD, GREEN, RED, RESET
from quiz.scoring import Mode, ModeName
from quiz.session import Session, Settings
from quiz.store import Store
from tests.pilot import key_for

ESC = "\x1b"


@pytest.fixture
def store(private_data: Path) -> Iterator[Store]:
    """A real SQLite store in the test's own data folder."""
    opened = Store.open(private_data)
    yield opened
    opened.close()


def run(
    pack: Pack,
    store: Store,
    lines: str,
    *,
    lang: str = "en",
    count: int | None = None,
    seed: int = 1,
    color: bool = False,
    mode: Mode = Mode(),
    clock: Callable[[], float] = time.monotonic,
    resume: bool = False,
) -> tuple[int, str]:
    """Play with `lines` as the whole input; returns the exit code and everything printed."""
    out = io.StringIO()
    session = Session(Catalog((pack,), ()), store, Settings(lang=lang, count=count, seed=seed, mode=mode))
    code = play_plain(session, pack, stdin=io.StringIO(lines), stdout=out, color=color, clock=clock, resume=resume)
    return code, out.getvalue()


def test_plays_two_questions_and_explains_each(sample_pack: Pack, store: Store) -> None:
    """Seed and count choose the questions; after each answer come the verdict, why, the sources and the note."""
    expected = Game.new(sample_pack, count=2, seed=1)
    answers = "".join(key_for(round_) + "\n" for round_ in expected.rounds)
    code, text = run(sample_pack, store, answers, count=2, seed=1)
    assert code == 0
    assert text.startswith("Sample health pack\n")
    assert "Question 3/" not in text
    # Split at each question's heading: each part must hold that question's whole explanation.
    parts = re.split(r"^Question \d/2$", text, flags=re.MULTILINE)
    assert len(parts) == 3
    disclaimer = sample_pack.disclaimer.get("en")
    assert disclaimer in parts[0]
    for part, round_ in zip(parts[1:], expected.rounds):
        question = round_.question
        answered = part.split("Results")[0]
        assert question.prompt.get("en") in answered
        assert "✔ Right!" in answered
        assert "Why: " + question.explanation.get("en") in answered
        for number, citation in enumerate(sample_pack.citations(question), 1):
            assert f"{number}. {citation}" in answered
        assert "Health note: " + disclaimer in answered
    assert "2 of 2 right · 220 points · best streak 2" in text
    assert "You got every question right." in text
    saved = store.answers()
    assert [a.question_id for a in saved] == [r.question.id for r in expected.rounds]
    assert all(a.correct for a in saved)


def test_myth_fact_options_and_article(sample_pack: Pack, store: Store) -> None:
    """A myth-or-fact question lists m) and f); the article's sentence and its verdict follow the explanation."""
    game = Game.new(sample_pack, seed=3)
    assert game.rounds[0].question.id == "sky-green"
    code, text = run(sample_pack, store, "f\n", seed=3)
    assert code == 0
    assert "m) Myth  f) Fact" in text
    assert "✘ Not quite." in text
    assert "The answer: Myth" in text
    assert "The article says: “The sky is green.”" in text
    assert "→ untraceable: no such study could be found" in text


@pytest.mark.parametrize(
    ("lang", "article", "original", "checked"),
    [
        ("en", "The article says: “The sky is green.”", None, "Evidence checked: 2026-11"),
        ("zh", "原文说法：“天空是绿色的。”", "原句：“The sky is green.”", "证据核对于：2026-11"),
    ],
)
def test_explanation_gives_the_article_translated_and_when_the_evidence_was_checked(
    sample_pack_path: Path, tmp_path: Path, store: Store, lang: str, article: str, original: str | None, checked: str
) -> None:
    """The article in the player's language, then the source's own words when they differ; the check date sits
    under the sources, before the health note."""
    dated = tmp_path / "dated.yaml"
    text = sample_pack_path.read_text(encoding="utf-8")
    dated.write_text(text.replace("disclaimer:\n", "checked: 2026-11\ndisclaimer:\n", 1), encoding="utf-8")
    pack = load_pack(dated)
    assert Game.new(pack, seed=3).rounds[0].question.id == "sky-green"
    _, shown = run(pack, store, "f\n", lang=lang, seed=3, count=1)
    lines = shown.splitlines()
    assert article in lines
    assert (original in lines) if original else not any("Original" in line or "原句" in line for line in lines)
    sources = next(i for i, line in enumerate(lines) if line.startswith(("Sources:", "参考文献：")))
    note = next(i for i in range(sources, len(lines)) if lines[i].startswith(("Health note:", "健康提示：")))
    assert sources < lines.index(checked) == note - 1


def test_invalid_answer_is_asked_again(sample_pack: Pack, store: Store) -> None:
    """A line that is not an answer is refused with what is accepted, and the question waits for a real one."""
    game = Game.new(sample_pack, count=1, seed=1)
    round_ = game.rounds[0]
    assert round_.question.kind is Kind.MYTH_FACT
    code, text = run(sample_pack, store, "x\n\n7\n" + key_for(round_) + "\n", count=1, seed=1)
    assert code == 0
    assert text.count("That is not an answer to this question. Type m (myth) or f (fact), then Enter (q quits).") == 3
    assert text.count("Question 1/1") == 1
    assert len(store.answers()) == 1


def test_choice_question_refuses_numbers_out_of_range(sample_pack: Pack, store: Store) -> None:
    """A choice question accepts 1 to the number of choices, nothing else."""
    game = Game.new(sample_pack, count=1, seed=4)
    round_ = game.rounds[0]
    assert round_.question.kind is Kind.CHOICE
    n = len(round_.order)
    code, text = run(sample_pack, store, f"0\n{n + 1}\nm\n1\n", count=1, seed=4)
    assert code == 0
    assert (
        text.count(f"That is not an answer to this question. Type a number from 1 to {n}, then Enter (q quits).") == 3
    )
    assert [a.answer for a in store.answers()] == [round_.order[0]]


def test_end_of_input_stops_cleanly_and_keeps_answers(sample_pack: Pack, store: Store) -> None:
    """Input running out mid-game ends it with exit 0, the results so far, and the answers already saved."""
    game = Game.new(sample_pack, count=3, seed=1)
    code, text = run(sample_pack, store, key_for(game.rounds[0], right=False) + "\n", count=3, seed=1)
    assert code == 0
    assert "End of input: the game stops here." in text
    assert "1 of 3 questions answered." in text
    assert "0 of 1 right · 0 points · best streak 0" in text
    assert "Question 2/3" in text and "Question 3/3" not in text
    saved = store.answers()
    assert [(a.question_id, a.correct) for a in saved] == [(game.rounds[0].question.id, False)]


def test_end_of_input_before_any_answer(sample_pack: Pack, store: Store) -> None:
    """No input at all: the first question, then a clean stop with nothing answered and nothing saved."""
    code, text = run(sample_pack, store, "", count=2)
    assert code == 0
    assert "0 of 2 questions answered." in text
    assert " right · " not in text
    assert store.answers() == []


def test_last_line_without_newline_is_an_answer(sample_pack: Pack, store: Store) -> None:
    """`printf 'm'` with no final newline still answers."""
    game = Game.new(sample_pack, count=1, seed=1)
    code, text = run(sample_pack, store, key_for(game.rounds[0]), count=1, seed=1)
    assert code == 0
    assert "End of input" not in text
    assert len(store.answers()) == 1


def test_chinese_game_speaks_chinese(sample_pack: Pack, store: Store) -> None:
    """In Chinese every fixed word is Chinese, the pack's Chinese text is used, and 谣言/事实 are answers."""
    game = Game.new(sample_pack, count=2, seed=0)
    words = ["谣言" if r.question.correct_key == "myth" else "事实" for r in game.rounds]
    assert all(r.question.kind is Kind.MYTH_FACT for r in game.rounds)
    code, text = run(sample_pack, store, "\n".join(words) + "\n", lang="zh", count=2, seed=0)
    assert code == 0
    chinese = ("示例健康题库", "第 1/2 题", "第 2/2 题", "m) 谣言  f) 事实", "✔ 答对了！")
    chinese += ("解析：", "参考文献：", "健康提示：")
    for expected in chinese + ("答对 2/2 题",):
        assert expected in text, expected
    for round_ in game.rounds:
        assert round_.question.prompt.get("zh") in text
        assert round_.question.explanation.get("zh") in text
    for english in ("Question", "Right", "Why", "Sources", "Health note", "Myth"):
        assert english not in text, english


@pytest.mark.parametrize("line", ["m", "M", " myth ", "MYTH\n", "Myth", "谣言", "\t谣言 \n"])
def test_myth_spellings(sample_pack: Pack, line: str) -> None:
    """Letters, words in any case, and the Chinese word all answer "myth"; spaces around do not matter."""
    round_ = next(r for r in Game.new(sample_pack, seed=1).rounds if r.question.kind is Kind.MYTH_FACT)
    assert parse_answer(round_, line) == "myth"


@pytest.mark.parametrize("line", ["f", "F", "fact", " FACT ", "事实"])
def test_fact_spellings(sample_pack: Pack, line: str) -> None:
    round_ = next(r for r in Game.new(sample_pack, seed=1).rounds if r.question.kind is Kind.MYTH_FACT)
    assert parse_answer(round_, line) == "fact"


@pytest.mark.parametrize("line", ["", "mf", "1", "maybe", "m f", "謠言"])
def test_not_myth_fact_answers(sample_pack: Pack, line: str) -> None:
    round_ = next(r for r in Game.new(sample_pack, seed=1).rounds if r.question.kind is Kind.MYTH_FACT)
    assert parse_answer(round_, line) is None


def test_choice_answers_by_shown_number(sample_pack: Pack) -> None:
    """Numbers, also full-width ones from a Chinese input method, pick the choice shown there."""
    round_ = Game.new(sample_pack, seed=4).rounds[0]
    assert round_.question.kind is Kind.CHOICE
    assert parse_answer(round_, "1") == round_.order[0]
    assert parse_answer(round_, " ３ ") == round_.order[2]
    for line in ("0", "4", "-1", "²", "m", "eight", "1.5"):
        assert parse_answer(round_, line) is None, line


def test_multiple_choice_number_maps_to_shuffled_choice(sample_pack: Pack, store: Store) -> None:
    """Typing the number shown picks that choice even though the choices are shuffled."""
    expected = Game.new(sample_pack, count=2, seed=4)
    choice_rounds = [r for r in expected.rounds if r.question.kind is Kind.CHOICE]
    assert len(choice_rounds) == 2
    # The test only means something if the shown order differs from the pack's.
    assert all(list(r.order) != sorted(r.order) for r in choice_rounds)
    answers = [key_for(expected.rounds[0], right=True), key_for(expected.rounds[1], right=False)]
    code, text = run(sample_pack, store, "\n".join(answers) + "\n", count=2, seed=4)
    assert code == 0
    first, second = expected.rounds
    right_key = first.question.correct_key
    right_text = first.question.choices[int(right_key)].text.get("en")
    assert f"{answers[0]}) {right_text}" in text
    assert f"Your answer: {answers[0]}. {right_text}" in text
    wrong_key = second.order[int(answers[1]) - 1]
    saved = store.answers()
    assert [a.answer for a in saved] == [right_key, wrong_key]
    assert [a.correct for a in saved] == [True, False]
    assert "1 of 2 right · 100 points · best streak 1" in text


def test_choice_feedback_is_printed(sample_pack: Pack, store: Store) -> None:
    """Picking a choice that has its own feedback prints it after the verdict."""
    round_ = Game.new(sample_pack, count=1, seed=4).rounds[0]
    assert round_.question.id == "legs-count"
    six = round_.order.index("0") + 1
    code, text = run(sample_pack, store, f"{six}\n", count=1, seed=4)
    assert "Six is an insect." in text
    assert "The answer: " in text and "Eight" in text


def test_no_escape_codes_without_colour(sample_pack: Pack, store: Store) -> None:
    """color=False: not a single escape character, right and wrong still plain to see."""
    game = Game.new(sample_pack, seed=2)
    answers = "".join(key_for(r, right=i % 2 == 0) + "\n" for i, r in enumerate(game.rounds))
    code, text = run(sample_pack, store, answers, seed=2)
    assert ESC not in text
    assert "✔ Right!" in text and "✘ Not quite." in text
    assert "✔ right" in text and "✘ wrong" in text


def test_colour_codes_only_when_asked(sample_pack: Pack, store: Store) -> None:
    """color=True adds green and red, and the words and symbols are still there inside them."""
    game = Game.new(sample_pack, seed=2)
    answers = "".join(key_for(r, right=i % 2 == 0) + "\n" for i, r in enumerate(game.rounds))
    code, text = run(sample_pack, store, answers, seed=2, color=True)
    assert code == 0
    assert f"{GREEN}✔ Right!" in text
    assert f"{RED}✘ Not quite.{RESET}" in text
    assert BOLD in text
    # Take the codes away and the text is the same as without colour.
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert ESC not in stripped
    assert "✔ right" in stripped and "✘ wrong" in stripped


def test_pack_text_is_never_interpreted(sample_pack: Pack, store: Store) -> None:
    """Escape sequences and bidi overrides smuggled into pack text are removed, even with colour on."""
    sneaky = Text({"en": "Water\x1b[2J is \u202ewet\x07.", "zh": "水\x1b]0;title\x07"})
    questions = tuple(
        dataclasses.replace(q, prompt=sneaky, explanation=sneaky) if q.id == "water-wet" else q
        for q in sample_pack.questions
    )
    pack = dataclasses.replace(sample_pack, questions=questions, title=sneaky, disclaimer=sneaky)
    game = Game.new(pack, seed=0)
    answers = "".join(key_for(r) + "\n" for r in game.rounds)
    code, text = run(pack, store, answers, seed=0, color=True)
    assert code == 0
    assert "Water is wet." in text
    for bad in ("\x1b[2J", "\u202e", "\x07", "\x1b]"):
        assert bad not in text


def test_store_failure_is_one_line_and_play_goes_on(sample_pack: Pack, private_data: Path) -> None:
    """A store that breaks says so once; every question is still played and scored."""
    broken = Store.open(private_data)
    broken.close()  # every write now raises sqlite3.ProgrammingError, an sqlite3.Error
    with pytest.raises(sqlite3.Error):
        broken.answers()
    game = Game.new(sample_pack, count=3, seed=1)
    answers = "".join(key_for(r) + "\n" for r in game.rounds)
    code, text = run(sample_pack, broken, answers, count=3, seed=1)
    assert code == 0
    assert text.count("Progress is not being saved") == 1
    assert "3 of 3 right" in text


def test_memory_only_store_is_mentioned(sample_pack: Pack) -> None:
    """A store that could only open in memory is named before the first question."""
    memory = Store.in_memory("read-only folder")
    code, text = run(sample_pack, memory, "", count=1)
    assert "Progress is not being saved (read-only folder). You can still play." in text
    assert text.index("read-only folder") < text.index("Question 1/1")


class FakeStream:
    """A stream that is or is not a terminal."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class ClosedStream:
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


@pytest.mark.parametrize(
    ("stdin_tty", "stdout_tty", "environ", "plain_mode"),
    [
        (True, True, {"TERM": "xterm-256color"}, False),
        (True, True, {}, False),
        (False, True, {"TERM": "xterm"}, True),
        (True, False, {"TERM": "xterm"}, True),
        (False, False, {"TERM": "xterm"}, True),
        (True, True, {"TERM": "dumb"}, True),
    ],
)
def test_should_use_plain(stdin_tty: bool, stdout_tty: bool, environ: dict[str, str], plain_mode: bool) -> None:
    """Plain mode when either end is not a terminal or the terminal is dumb."""
    stdin, stdout = FakeStream(stdin_tty), FakeStream(stdout_tty)
    assert should_use_plain(stdin, stdout, environ) is plain_mode  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stdout_tty", "environ", "colour"),
    [
        (True, {"TERM": "xterm"}, True),
        (True, {}, True),
        (False, {"TERM": "xterm"}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, False),
        (False, {"NO_COLOR": "1"}, False),
        (True, {"TERM": "dumb"}, False),
    ],
)
def test_wants_color(stdout_tty: bool, environ: dict[str, str], colour: bool) -> None:
    """Colour only on a terminal, never with NO_COLOR set (whatever its value) or on a dumb terminal."""
    assert wants_color(FakeStream(stdout_tty), environ) is colour  # type: ignore[arg-type]


def test_streams_without_a_terminal_answer() -> None:
    """StringIO, a closed file or an object without isatty count as "not a terminal"."""
    assert should_use_plain(io.StringIO(), io.StringIO(), {}) is True
    assert should_use_plain(ClosedStream(), FakeStream(True), {}) is True  # type: ignore[arg-type]
    assert wants_color(object(), {}) is False  # type: ignore[arg-type]


def test_certainty_mode_asks_how_sure_and_marks_it(sample_pack: Pack, store: Store) -> None:
    """In certainty mode each answer is followed by 1-3; a sure miss costs 6 and the results judge calibration."""
    expected = Game.new(sample_pack, count=2, seed=1)
    first, second = expected.rounds
    lines = f"{key_for(first)}\n9\n3\n{key_for(second, right=False)}\n3\n"
    _, text = run(sample_pack, store, lines, count=2, mode=Mode(ModeName.CERTAINTY))
    assert "✔ Right!  +3 marks (certainty 3)" in text
    assert "✘ Not quite.  -6 marks (certainty 3)" in text
    assert "That is not an answer to this question. How sure are you?" in text
    assert "Certainty 3: 1 of 2 right (50%); pays best above 80%" in text
    assert "You were sure more often than you were right" in text
    assert [a.points for a in store.answers()] == [3, -6]


def test_timed_mode_scores_by_time_and_refuses_late_answers(sample_pack: Pack, store: Store) -> None:
    """With a clock that moves 4 s per answer and a 10 s limit, a right answer earns 800; one after 12 s is a miss."""
    expected = Game.new(sample_pack, count=2, seed=1)
    ticks = iter([0.0, 4.0, 100.0, 112.0])
    lines = "".join(key_for(round_) + "\n" for round_ in expected.rounds)
    _, text = run(
        sample_pack, store, lines, count=2, mode=Mode(ModeName.TIMED, time_limit=10), clock=lambda: next(ticks)
    )
    assert "Question 1/2  ⏱ 10 s" in text
    assert "✔ Right!  +800 points" in text
    assert "⏱ Time is up." in text
    assert [(a.answer, a.points) for a in store.answers()] == [
        (expected.rounds[0].question.correct_key, 800),
        ("timeout", 0),
    ]


class TypedLines(io.StringIO):
    """A player typing at a terminal: lines of input that say they come from a tty."""

    def isatty(self) -> bool:
        return True


class InterruptedInput(io.StringIO):
    """Input where the player presses Ctrl+C after the lines given."""

    def readline(self, size: int = -1) -> str:
        line = super().readline(size)
        if not line:
            raise KeyboardInterrupt
        return line


def test_q_stops_the_game_and_keeps_the_answers(sample_pack: Pack, store: Store) -> None:
    """Typing q (or quit, or 退出) ends the game at once, says the answers are kept, and shows the results so far."""
    game = Game.new(sample_pack, count=3, seed=1)
    for word in ("q", "quit", "退出"):
        code, text = run(sample_pack, store, key_for(game.rounds[0]) + f"\n{word}\n", count=3, seed=1)
        assert code == 0
        assert "You stopped the game. The answers you gave are kept." in text
        assert "1 of 3 questions answered." in text
        assert "1 of 1 right" in text
    assert len(store.answers()) == 3


def test_ctrl_c_says_so_on_a_line_of_its_own(sample_pack: Pack, store: Store) -> None:
    """Ctrl+C at a prompt ends on a fresh line with one sentence, exit code 130, and the answer given is saved."""
    game = Game.new(sample_pack, count=3, seed=1)
    out = io.StringIO()
    session = Session(Catalog((sample_pack,), ()), store, Settings(lang="en", count=3, seed=1))
    code = play_plain(session, sample_pack, stdin=InterruptedInput(key_for(game.rounds[0]) + "\n"), stdout=out)
    assert code == 130
    assert out.getvalue().endswith(
        "q quits).\n\nInterrupted (Ctrl+C): the game stops here; the 1 answer you gave is kept.\n"
    )
    assert len(store.answers()) == 1


def test_plays_ten_questions_unless_told_otherwise(store: Store) -> None:
    """The default length is the same as the start screen's: 10 questions of the bundled pack."""
    from quiz.locations import bundled_packs_dir
    from quiz.packs import load_catalog

    catalog = load_catalog([bundled_packs_dir()])
    pack = catalog.find(catalog.packs[0].id)
    assert pack is not None
    assert len(pack.questions) > 10
    out = io.StringIO()
    session = Session(Catalog((pack,), ()), store, Settings(lang="en", seed=1))
    play_plain(session, pack, stdin=io.StringIO(""), stdout=out)
    assert "Question 1/10" in out.getvalue()


def test_certainty_results_list_the_sure_and_wrong_answers(sample_pack: Pack, store: Store) -> None:
    """Plain mode's certainty results have the same parts as the TUI's: levels, advice, the sure-and-wrong list."""
    game = Game.new(sample_pack, count=2, seed=1)
    first, second = game.rounds
    lines = f"{key_for(first, right=False)}\n3\n{key_for(second)}\n1\n"
    _, text = run(sample_pack, store, lines, count=2, mode=Mode(ModeName.CERTAINTY))
    assert "1 of 2 right · -5 marks" in text
    assert "points" not in text.split("Results")[-1]
    sure_wrong = text.index("Sure, and wrong: worth a second look")
    assert text.index("✘ " + first.question.prompt.get("en")[:30]) > sure_wrong


def test_the_unfinished_game_is_offered_at_a_terminal(sample_pack: Pack, store: Store) -> None:
    """At a terminal, plain mode offers the unfinished game as the TUI does; y takes it up where it stopped."""
    game = Game.new(sample_pack, count=3, seed=1)
    run(sample_pack, store, key_for(game.rounds[0]) + "\n", count=3, seed=1)
    out = io.StringIO()
    session = Session(Catalog((sample_pack,), ()), store, Settings(lang="en", count=3, seed=1))
    lines = "y\n" + "".join(key_for(r) + "\n" for r in game.rounds[1:])
    play_plain(session, sample_pack, stdin=TypedLines(lines), stdout=out)
    text = out.getvalue()
    assert "Unfinished game of “Sample health pack” (Classic): 1 of 3 answered." in text
    assert "Question 2/3" in text and "Question 1/3" not in text
    assert "3 of 3 right" in text


def test_resume_takes_the_unfinished_game_without_asking(sample_pack: Pack, store: Store) -> None:
    """--resume goes on with the unfinished game even from a script; without it a script starts afresh."""
    game = Game.new(sample_pack, count=3, seed=1)
    run(sample_pack, store, key_for(game.rounds[0]) + "\n", count=3, seed=1)
    _, resumed = run(sample_pack, store, key_for(game.rounds[1]) + "\n", count=3, seed=1, resume=True)
    assert "Question 2/3" in resumed and "Unfinished game" not in resumed
    _, fresh = run(sample_pack, store, "", count=3, seed=1)
    assert "Question 1/3" in fresh


def test_a_new_game_lets_the_unfinished_one_go(sample_pack: Pack, store: Store) -> None:
    """Answering n starts a new game, and the old one is not offered again."""
    game = Game.new(sample_pack, count=3, seed=1)
    run(sample_pack, store, key_for(game.rounds[0]) + "\n", count=3, seed=1)
    session = Session(Catalog((sample_pack,), ()), store, Settings(lang="zh", count=3, seed=1))
    out = io.StringIO()
    play_plain(session, sample_pack, stdin=TypedLines("否\n"), stdout=out)
    assert "有一局未完成：《示例健康题库》（经典模式），已答 1/3 题。" in out.getvalue()
    assert "第 1/3 题" in out.getvalue()
    offered = Session(Catalog((sample_pack,), ()), store, Settings(lang="en")).resumable()
    assert offered is not None and offered.game.score.answered == 0, "only the new game is left to offer"

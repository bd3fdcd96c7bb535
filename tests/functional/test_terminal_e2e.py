"""End to end: the installed `quiz` command in a real pseudo-terminal, read back through a terminal emulator.

These tests start the program exactly as a player would (the console script next to this Python), type keys into an
80x24 xterm and look at what a person would see on the screen. They use their own pack, written into a temporary
folder, so they do not depend on the bundled questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.game import Game, Round
from quiz.i18n import tr
from quiz.model import MYTH, Kind, Pack
from quiz.packs import load_pack
from quiz.views import label
from tests.packhelpers import VALID
from tests.terminal import END_KEY, Terminal

pytestmark = pytest.mark.slow

# The example from docs/packs.md, with its own id so it can never be mistaken for a bundled pack.
PACK = VALID.replace("id: hydration-basics", "id: e2e-hydration")


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    path = tmp_path / "hydration.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


@pytest.fixture
def run_quiz(tmp_path: Path):
    """Starts `quiz` with the given arguments in a terminal; always stops it afterwards."""
    started: list[Terminal] = []

    def start(*args: str) -> Terminal:
        terminal = Terminal(list(args), cwd=tmp_path, data=tmp_path / "data")
        started.append(terminal)
        return terminal

    yield start
    for terminal in started:
        terminal.kill()


def first_round(pack: Pack, seed: int) -> Round:
    """The first question a game with `seed` asks, worked out the same way the app does."""
    round_ = Game.new(pack, seed=seed).current
    assert round_ is not None
    return round_


def seed_opening_with(pack: Pack, kind: Kind) -> int:
    """A seed whose game opens with a question of `kind`."""
    for seed in range(100):
        if first_round(pack, seed).question.kind is kind:
            return seed
    raise AssertionError(f"no seed below 100 opens the test pack with a {kind} question")


def key_for(round_: Round, answer: str) -> str:
    """The key that gives `answer` (an answer key of the round) to `round_`."""
    if round_.question.kind is Kind.MYTH_FACT:
        return "m" if answer == MYTH else "f"
    return str(round_.order.index(answer) + 1)


def wrong_answer(round_: Round) -> str:
    return next(key for key in round_.order if key != round_.question.correct_key)


def scroll_to_disclaimer(terminal: Terminal, pack: Pack, lang: str) -> None:
    """The disclaimer comes last in the explanation; on 24 lines it may sit below the fold, so scroll to the end."""
    disclaimer = label("feedback.disclaimer").text(lang) + pack.disclaimer.get(lang)
    if not terminal.shows(disclaimer):
        terminal.press(END_KEY)
    terminal.wait_for(disclaimer)


def quit_mid_game(terminal: Terminal, lang: str) -> None:
    """Q asks first while questions are left; Y confirms and the program ends normally."""
    terminal.press("q")
    terminal.wait_for(tr("quit.question", lang))
    terminal.press("y")
    assert terminal.wait_exit() == 0


@pytest.mark.parametrize("kind", [Kind.MYTH_FACT, Kind.CHOICE], ids=lambda kind: kind.value)
def test_play_one_question_in_english(run_quiz, pack_file: Path, kind: Kind) -> None:
    pack = load_pack(pack_file)
    seed = seed_opening_with(pack, kind)
    round_ = first_round(pack, seed)
    question = round_.question
    lang = "en"
    assert len(pack.questions) > 1, "the game must still be under way after one answer"

    terminal = run_quiz("play", "--pack", str(pack_file), "--lang", lang, "--seed", str(seed))

    terminal.wait_for(tr("start.heading", lang), pack.title.get(lang), pack.disclaimer.get(lang))
    assert not terminal.shows(question.prompt.get(lang)), "the question showed before the game started"

    terminal.press("s")
    terminal.wait_for(question.prompt.get(lang), tr("question.progress", lang, n=1, total=len(pack.questions)))
    assert not terminal.shows(label("feedback.why").text(lang)), "the explanation showed before the answer"

    terminal.press(key_for(round_, question.correct_key))
    terminal.wait_for(
        tr("feedback.right", lang),
        label("feedback.why").text(lang) + question.explanation.get(lang),
    )
    scroll_to_disclaimer(terminal, pack, lang)

    quit_mid_game(terminal, lang)


def test_play_one_question_in_chinese(run_quiz, pack_file: Path) -> None:
    pack = load_pack(pack_file)
    seed = seed_opening_with(pack, Kind.MYTH_FACT)
    round_ = first_round(pack, seed)
    question = round_.question
    lang = "zh"

    terminal = run_quiz("play", "--pack", str(pack_file), "--lang", lang, "--seed", str(seed))

    # "谣言还是事实" heads the start screen, with the pack's Chinese title and disclaimer.
    terminal.wait_for(tr("start.heading", lang), pack.title.get(lang), pack.disclaimer.get(lang))
    assert not terminal.shows("Myth or Fact"), "English UI text on the Chinese start screen"

    terminal.press("s")
    terminal.wait_for(question.prompt.get(lang), tr("question.progress", lang, n=1, total=len(pack.questions)))

    # A wrong answer: the verdict says so, gives the right answer, then the Chinese explanation.
    terminal.press(key_for(round_, wrong_answer(round_)))
    terminal.wait_for(
        tr("feedback.wrong", lang),
        label("feedback.why").text(lang) + question.explanation.get(lang),
    )
    scroll_to_disclaimer(terminal, pack, lang)

    quit_mid_game(terminal, lang)


def test_quit_on_start_screen_needs_no_confirmation(run_quiz, pack_file: Path) -> None:
    terminal = run_quiz("play", "--pack", str(pack_file), "--lang", "en")
    terminal.wait_for(tr("start.heading", "en"))
    terminal.press("q")
    assert terminal.wait_exit() == 0

"""The defects a first-time player met at 80x24 (issue 10), each asserted on what the screen shows."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.locations import bundled_packs_dir
from quiz.model import Kind
from quiz.packs import load_catalog
from quiz.scoring import Mode, ModeName
from quiz.store import Store
from quiz.tui.screens.history import HistoryScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from tests.clock import FakeClock
from tests.pilot import app_for, key_for, screen_text, shows
from tests.visible import assert_fully_visible

ROOT = Path(__file__).resolve().parent.parent.parent
CLOSING = "，。、；：！？）」』”’,.;:!?)]}"
BORDERS = " │┃╭╮╰╯─━▎▊█▌▐"


def bundled_app(data: Path, lang: str = "en", mode: Mode = Mode(), seed: int = 5):
    return app_for(
        load_catalog([bundled_packs_dir()]), lang=lang, store=Store.open(data), seed=seed, mode=mode, clock=FakeClock()
    )


def line_starts(text: str) -> list[str]:
    """Each screen line's first character once borders and padding are stripped."""
    return [line.strip(BORDERS)[:1] for line in text.splitlines() if line.strip(BORDERS)]


async def test_chinese_lines_never_start_with_closing_punctuation(private_data: Path) -> None:
    """After each of ten answers in Chinese at 80x24, no line on screen starts with ，。；： or a closing quote."""
    app = bundled_app(private_data, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        for _ in range(10):
            await pilot.press(key_for(app.game.current, False))
            await pilot.pause()
            starts = line_starts(screen_text(app))
            assert not [c for c in starts if c in CLOSING], screen_text(app)
            await pilot.press("enter")
            await pilot.pause()


async def test_capital_letters_work_like_small_ones(private_data: Path) -> None:
    """With Shift or Caps Lock, H, S, M and F do what h, s, m and f do."""
    app = bundled_app(private_data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape", "S")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        while app.game.current.question.kind is not Kind.MYTH_FACT:
            await pilot.press(key_for(app.game.current), "enter")
            await pilot.pause()
        await pilot.press(key_for(app.game.current).upper())
        await pilot.pause()
        assert app.screen.outcome is not None


async def test_review_and_resume_say_why_they_do_nothing(private_data: Path) -> None:
    """V with nothing due and R with nothing to resume say so; their keys are not offered."""
    app = bundled_app(private_data)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        keys = app.screen.query_one("#keys").render().plain
        assert "V review" not in keys and "R resume" not in keys and "S start" in keys
        await pilot.press("v")
        await pilot.pause(0.3)
        assert shows(app, "Nothing is due for review in this pack yet.")
        await pilot.press("r")
        await pilot.pause(0.3)
        assert shows(app, "There is no unfinished game to resume.")


async def test_the_key_line_offers_only_keys_that_work(private_data: Path) -> None:
    """Myth-or-fact: M and F; multiple choice: 1-N, and M says to use numbers; after an answer: Enter."""
    app = bundled_app(private_data)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("s")
        await pilot.pause()
        while app.game.current.question.kind is not Kind.CHOICE:
            assert app.screen.query_one("#keys").render().plain.startswith("M myth · F fact ·")
            await pilot.press(key_for(app.game.current), "enter")
            await pilot.pause()
        n = len(app.game.current.order)
        keys = app.screen.query_one("#keys").render().plain
        assert keys == f"1-{n} choose · ? help · Q quit"
        await pilot.press("m")
        await pilot.pause(0.3)
        assert app.screen.outcome is None
        assert shows(app, f"This question is answered with the numbers 1 to {n}.")
        await pilot.press(key_for(app.game.current))
        await pilot.pause()
        assert app.screen.query_one("#keys").render().plain == "Enter next question · ? help · Q quit"


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_results_focus_a_button_in_view_and_speak_of_marks(private_data: Path, lang: str) -> None:
    """Certainty results: the focused button is in view, the score is in marks, and no 'best streak' is claimed."""
    app = bundled_app(private_data, lang, Mode(ModeName.CERTAINTY))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        for number in range(10):
            await pilot.press(key_for(app.game.current, number % 3 != 0), "3", "enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        focused = app.focused
        assert focused is not None and focused.id == "retry"
        assert_fully_visible(app, focused, "the focused button")
        summary = app.screen.query_one("#summary").render().plain
        assert ("marks" in summary) if lang == "en" else ("按把握度计分" in summary)
        assert "streak" not in screen_text(app) and "连对" not in screen_text(app)
        rows = app.screen.query(".result-row")
        assert rows and all(" · " in row.lines[0] for row in rows)


async def test_the_start_screen_history_button_is_one_line(private_data: Path) -> None:
    """The History button is its own size, not stretched by the history screen's rule (ids are unique)."""
    app = bundled_app(private_data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        button = app.screen.query_one("#show-history")
        assert button.region.height == 1
        assert_fully_visible(app, button, "History")
        assert not app.screen.query("#history-log")


async def test_the_counts_stay_whole_when_the_title_does_not_fit(private_data: Path) -> None:
    """At 80 columns in a timed game the counts and the clock show whole; the pack's title gives way."""
    app = bundled_app(private_data, mode=Mode(ModeName.TIMED))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        counts = app.screen.query_one("#status-counts")
        assert_fully_visible(app, counts, "the counts")
        assert "⏱ 20 s" in counts.render().plain
        assert screen_text(app).splitlines()[0].rstrip().endswith("…")


async def test_tag_names_not_ids_in_the_history(private_data: Path) -> None:
    app = bundled_app(private_data, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        for _ in range(10):
            await pilot.press(key_for(app.game.current, False), "enter")
            await pilot.pause()
        await pilot.press("a")  # no binding: the results stay
        app.exit()
    again = bundled_app(private_data, "zh")
    async with again.run_test(size=(80, 60)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(again)
        assert "各标签掌握程度" in text
        assert not re.search(r"claim-[a-j]|evidence-skills", text)


def test_the_readme_plain_example_plays_to_the_end(private_data: Path) -> None:
    """The plain-mode example the README gives plays every question it asks for, with no answer refused."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"`(printf '[^`]*' \| quiz play [^`]*)`", readme)
    assert example, "the README has a printf example of plain mode"
    feed, command = example.group(1).split(" | ")
    lines = shlex.split(feed)[1].encode().decode("unicode_escape")
    args = shlex.split(command)[1:]
    count = int(args[args.index("--count") + 1])
    result = subprocess.run(
        [sys.executable, "-m", "quiz", *args], input=lines, capture_output=True, text=True, timeout=60,
        env={"MYTH_OR_FACT_DATA": str(private_data), "PATH": "", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "That is not an answer" not in result.stdout
    assert f"Question {count}/{count}" in result.stdout and "questions answered" not in result.stdout


LONG_CHOICE = "八条腿，这是蛛形纲动物的特征，昆虫只有六条腿，而蜈蚣的腿更多，因此答案是八条，不是六条也不是十条"


async def test_a_long_chinese_choice_breaks_by_the_rules(tmp_path: Path, sample_pack_path: Path) -> None:
    """An answer button's Chinese text breaks between characters, never before '，', later lines under the text."""
    from quiz.packs import Catalog, load_pack
    from quiz.text import cell_width

    path = tmp_path / "long.yaml"
    path.write_text(sample_pack_path.read_text(encoding="utf-8").replace("zh: 八条}", f"zh: {LONG_CHOICE}}}"), "utf-8")
    pack = load_pack(path)
    app = app_for(Catalog((pack,), ()), lang="zh", pack_id=pack.id, count=None, seed=1)
    async with app.run_test(size=(40, 30)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        while app.game.current.question.id != "legs-count":
            await pilot.press(key_for(app.game.current), "enter")
            await pilot.pause()
        await pilot.pause(0.2)
        button = next(b for b in app.screen.query(".answer") if LONG_CHOICE[:4] in str(b.label))
        shown = str(button.label).splitlines()
        assert len(shown) > 1
        assert not [line for line in shown if line.strip()[:1] in CLOSING]
        indent = shown[0].index(LONG_CHOICE[0])
        assert all(line.startswith(" " * indent) for line in shown[1:]), shown
        assert all(cell_width(line) <= button.content_region.width for line in shown)

"""The Textual game, driven with keys and clicks the way a player would, reading back what the screen shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from quiz.linebreak import find_breaks
from quiz.locations import bundled_packs_dir
from quiz.model import Pack
from quiz.packs import Catalog, load_pack
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.confirm import ConfirmQuitScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.widgets.explanation import Explanation, explained_parts
from quiz.views import answer_view, explained
from tests.pilot import answer_until, app_for, key_for, screen_text

TALL = (100, 70)
"""Tall enough that a whole explanation is on screen without scrolling."""


def bundled_pack() -> Pack:
    """The vitamin K pack that ships with the game."""
    return load_pack(bundled_packs_dir() / "vitamin-k-joints.yaml")


def bundled_app(pack: Pack, seed: int) -> QuizApp:
    """The app on the bundled pack, with its default length of game."""
    return app_for(Catalog((pack,), ()), lang="en", store=Store.in_memory("tests"), seed=seed)


def make_app(
    pack: Pack, lang: str = "en", seed: int = 4, count: int | None = None, store: Store | None = None
) -> QuizApp:
    return app_for(
        Catalog((pack,), ()),
        lang=lang,
        store=store or Store.in_memory("tests"),
        pack_id=pack.id,
        count=count or len(pack.questions),
        seed=seed,
    )


async def play(app: QuizApp, pilot, pattern: list[bool], lang: str = "en") -> list[str]:
    """Answer every question by `pattern`, checking the explanation after each; returns the screens seen."""
    await pilot.press("s")
    await pilot.pause()
    seen = []
    for right in pattern:
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        round_ = screen.game.current
        assert round_ is not None
        question = round_.question
        assert question.prompt.get(lang) in screen_text(app)
        await pilot.press(key_for(round_, right))
        await pilot.pause()
        text = screen_text(app)
        seen.append(text)
        verdict = ("✔" if right else "✘") in text
        assert verdict, text
        assert question.explanation.get(lang) in text
        for citation in screen.game.pack.citations(question):
            assert citation[:40] in text
        assert screen.game.pack.disclaimer.get(lang) in text
        await pilot.press("enter")
        await pilot.pause()
    return seen


async def test_start_screen_shows_disclaimer_and_choices(sample_pack: Pack) -> None:
    """The first screen shows the pack's disclaimer, the pack, the language and the length, and S starts."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        text = screen_text(app)
        for expected in (sample_pack.disclaimer.get("en"), "Sample health pack", "English", "all 5", "Start"):
            assert expected in text
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 1/5" in screen_text(app)


async def test_enter_on_start_button_starts(sample_pack: Pack) -> None:
    """The Start button has the focus, so Enter starts the game too."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_all_right_game(sample_pack: Pack) -> None:
    """Five right answers: every explanation shown, then 5 of 5 and 700 points on the results."""
    app = make_app(sample_pack)
    async with app.run_test(size=TALL) as pilot:
        await play(app, pilot, [True] * 5)
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "5 of 5 right · 700 points · best streak 5" in text
        assert "You got every question right." in text
        assert sample_pack.disclaimer.get("en") in text


async def test_all_wrong_game(sample_pack: Pack) -> None:
    """Five misses: no points, and the results explain every question."""
    app = make_app(sample_pack)
    async with app.run_test(size=(100, 200)) as pilot:
        await play(app, pilot, [False] * 5)
        text = screen_text(app)
        assert "0 of 5 right · 0 points · best streak 0" in text
        assert text.count("✘ wrong") == 5
        for question in sample_pack.questions:
            assert question.explanation.get("en") in text


async def test_mixed_game_lists_each_answer(sample_pack: Pack) -> None:
    """Right, wrong, right, right, wrong: the score follows the streak rule and only misses are explained."""
    app = make_app(sample_pack)
    async with app.run_test(size=(100, 120)) as pilot:
        pattern = [True, False, True, True, False]
        await play(app, pilot, pattern)
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        text = screen_text(app)
        assert "3 of 5 right · 320 points · best streak 2" in text
        assert text.count("✔ right") == 3 and text.count("✘ wrong") == 2
        missed = [o.round.question for o in screen.game.outcomes if not o.correct]
        kept = [o.round.question for o in screen.game.outcomes if o.correct]
        for question in missed:
            assert question.explanation.get("en") in text
        for question in kept:
            assert question.explanation.get("en") not in text


async def test_progress_score_and_streak_update(sample_pack: Pack) -> None:
    """The status line counts questions, points and the streak as the player goes."""
    app = make_app(sample_pack)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await pilot.press(key_for(screen.game.current, True))
        await pilot.pause()
        assert "Question 1/5 · Score 100 · Streak 1" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert "Question 2/5 · Score 100 · Streak 1" in screen_text(app)
        await pilot.press(key_for(screen.game.current, True))
        await pilot.pause()
        assert "Question 2/5 · Score 220 · Streak 2" in screen_text(app)


async def test_keys_before_and_after_answering(sample_pack: Pack) -> None:
    """Enter does nothing before an answer; answer keys do nothing after it; a second answer is not taken."""
    app = make_app(sample_pack, seed=1)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        round_ = screen.game.current
        await pilot.press(key_for(round_, False))
        await pilot.pause()
        await pilot.press(key_for(round_, True))
        await pilot.pause()
        assert len(screen.game.outcomes) == 1
        assert not screen.game.outcomes[0].correct


async def test_clicking_an_answer(sample_pack: Pack) -> None:
    """The mouse works too: clicking the right choice scores it."""
    app = make_app(sample_pack)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        round_ = screen.game.current
        position = round_.order.index(round_.question.correct_key) + 1
        await pilot.click(f"#answer-{position}")
        await pilot.pause()
        assert screen.game.outcomes[0].correct
        assert "✔ Right!" in screen_text(app)
        # Answered buttons take no more clicks, nor the focus: Tab then Enter still goes on to the next question.
        await pilot.click(f"#answer-{1 if position != 1 else 2}")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert len(screen.game.outcomes) == 1 and screen.game.outcomes[0].correct
        assert screen.outcome is None and screen.game.number == 2


async def test_choice_feedback_for_a_wrong_choice(sample_pack: Pack) -> None:
    """Picking a wrong choice that has feedback shows that feedback and the right answer."""
    app = make_app(sample_pack, seed=0)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_until(app, pilot, lambda question: question.id == "legs-count")
        round_ = screen.game.current
        await pilot.press(str(round_.order.index("0") + 1))
        await pilot.pause()
        text = screen_text(app)
        assert "Six is an insect." in text
        assert f"The answer: {round_.order.index('1') + 1}. Eight" in text


async def test_article_sentence_and_its_verdict_are_shown(sample_pack: Pack) -> None:
    """When the pack quotes the article, the quote and how it holds up are shown."""
    app = make_app(sample_pack)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_until(app, pilot, lambda question: question.id == "sky-green")
        await pilot.press("m")
        await pilot.pause()
        text = screen_text(app)
        assert "The article says: “The sky is green.”" in text
        assert "untraceable: no such study could be found" in text


async def test_help_opens_and_closes(sample_pack: Pack) -> None:
    """? lists the keys in the player's language; Escape closes it."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "M  answer myth" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_quitting_mid_game_asks_first(sample_pack: Pack) -> None:
    """Q in a game asks; N keeps playing; Q then Y quits."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)
        assert "Quit this game?" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.return_code is None
        await pilot.press("q", "y")
        await pilot.pause()
        assert app.return_code == 0


async def test_quitting_from_start_does_not_ask(sample_pack: Pack) -> None:
    """With no game under way, Q quits at once."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_play_again_returns_to_start(sample_pack: Pack) -> None:
    """After the results, Play again goes back to the start screen for a new game."""
    app = make_app(sample_pack, count=5)
    async with app.run_test(size=TALL) as pilot:
        await play(app, pilot, [True] * 5)
        await pilot.click("#again")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Score 0" in screen_text(app)


async def test_chinese_game(sample_pack: Pack) -> None:
    """With zh, the interface and the pack speak Chinese, from start to results."""
    app = make_app(sample_pack, lang="zh")
    async with app.run_test(size=TALL) as pilot:
        await pilot.pause()
        assert "谣言还是事实：健康知识问答" in screen_text(app)
        await play(app, pilot, [True, False, True, True, True], lang="zh")
        text = screen_text(app)
        assert "答对 4/5 题" in text


async def test_language_can_be_switched_on_the_start_screen(sample_pack: Pack) -> None:
    """Choosing 中文 on the start screen turns the interface and the disclaimer into Chinese."""
    app = make_app(sample_pack, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        screen.query_one("#lang").value = "zh"
        await pilot.pause()
        text = screen_text(app)
        assert "语言" in text and sample_pack.disclaimer.get("zh") in text
        await pilot.press("s")
        await pilot.pause()
        assert "第 1/5 题" in screen_text(app)


async def test_fits_80_by_24_and_chinese_wraps(tmp_path: Path, sample_pack_path: Path) -> None:
    """At 80x24 a long Chinese explanation wraps inside the screen and the verdict is in view."""
    long_zh = "维生素K是一组脂溶性维生素。" * 30
    text = sample_pack_path.read_text(encoding="utf-8").replace("晴天正午的天空是蓝色的。", long_zh)
    path = tmp_path / "long.yaml"
    path.write_text(text, encoding="utf-8")
    pack = load_pack(path)
    app = make_app(pack, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_until(app, pilot, lambda question: question.id == "sky-green")
        await pilot.press("m")
        await pilot.pause()
        shown = screen_text(app)
        assert "✔ 答对了！" in shown
        assert all(cell_len(line) <= 80 for line in shown.splitlines())
        assert "维生素K是一组脂溶性维生素" in shown


@pytest.mark.parametrize("hostile", ["[@click=app.quit]Click me[/]", "[RED]loud[/RED] [bold red]x[/]", "[/"])
async def test_pack_text_is_never_markup(tmp_path: Path, sample_pack_path: Path, hostile: str) -> None:
    """Markup in a claim is shown literally and clicking it does not fire the action."""
    text = sample_pack_path.read_text(encoding="utf-8")
    text = text.replace(
        "{en: The sky is green at noon., zh: 正午的天空是绿色的。}", f"{{en: '{hostile}', zh: '{hostile}'}}"
    )
    text = text.replace(
        "{en: Water is wet to the touch., zh: 水摸起来是湿的。}", f"{{en: '{hostile}', zh: '{hostile}'}}"
    )
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    pack = load_pack(path)
    app = make_app(pack, seed=2)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_until(app, pilot, lambda question: hostile in question.prompt.get("en"))
        assert hostile in screen_text(app)
        await pilot.click("#prompt")
        await pilot.pause()
        assert app.return_code is None
        assert isinstance(app.screen, QuestionScreen)


async def test_default_length_is_ten_and_can_be_changed() -> None:
    """The bundled pack plays 10 questions by default; picking 5 on the start screen plays 5."""
    pack = bundled_pack()
    app = bundled_app(pack, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert "Question 1/10" in screen_text(app)
        await pilot.press("q", "y")
    app = bundled_app(pack, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#count").value = 5
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert "Question 1/5" in screen_text(app)


async def test_long_disclaimer_stays_in_view_at_80_by_24() -> None:
    """After an answer at 80x24, the whole of the bundled pack's disclaimer is on screen without scrolling."""
    pack = bundled_pack()
    app = bundled_app(pack, seed=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(key_for(app.game.current, False))
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert pack.disclaimer.get("en") in shown
        assert "✘ Not quite." in shown


async def test_help_follows_the_language_picked_on_the_start_screen(sample_pack: Pack) -> None:
    """After switching to 中文 on the start screen, ? shows the keys in Chinese."""
    app = make_app(sample_pack, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#lang").value = "zh"
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "按键说明" in screen_text(app)


async def test_count_from_the_command_line_is_offered_and_played(sample_pack: Pack) -> None:
    """`--count 3` on a five-question pack plays three questions, though 3 is not one of the usual lengths."""
    app = make_app(sample_pack, count=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert "Question 1/3" in screen_text(app)


async def test_start_screen_opens_at_the_top_at_80_by_24() -> None:
    """At 80x24 the heading and the whole disclaimer are in view when the game opens, Start below them."""
    pack = bundled_pack()
    app = bundled_app(pack, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert "Myth or Fact: a health quiz" in shown
        assert pack.disclaimer.get("en") in shown


async def test_quit_action_asks_mid_game_like_the_keys(sample_pack: Pack) -> None:
    """The app's quit action (the palette's Quit command) asks before leaving a game under way."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        await app.run_action("quit")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuitScreen)
        assert app.return_code is None


async def test_explanation_breaks_are_found_while_the_question_is_read(sample_pack: Pack) -> None:
    """Before any answer, every part of the question's explanation has its line breaks found, the same as fresh."""
    find_breaks.cache_clear()
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        question = screen.game.current.question
        parts = explained_parts(explained(sample_pack, question, "en"), "en")
        found = find_breaks.cache_info().hits
        for part in parts:
            assert find_breaks(part.text.plain) == find_breaks.__wrapped__(part.text.plain)
        assert find_breaks.cache_info().hits == found + len(parts)


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_explanation_shows_every_part_at_80_by_24(lang: str) -> None:
    """The one-widget explanation lays out the verdict, the answer, why, every source and the date checked, and
    scrolling down brings its last line into view."""
    pack = bundled_pack()
    app = make_app(pack, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        round_ = screen.game.current
        await pilot.press(key_for(round_, False))
        await pilot.pause()
        explanation = screen.query_one(Explanation)
        laid_out = squeeze("".join(explanation.lines))
        view = answer_view(screen.outcome, pack, lang)
        parts = [view.verdict.text(lang), view.correct_answer.text(lang), view.explained.why]
        parts += [*view.explained.sources, view.explained.checked or ""]
        for part in parts:
            assert squeeze(part) in laid_out, part
        screen.query_one("#body").scroll_end(animate=False)
        await pilot.pause()
        assert squeeze(explanation.lines[-1]) in squeeze(screen_text(app))


def squeeze(text: str) -> str:
    """`text` without its spaces and line breaks, as wrapping moves them."""
    return "".join(text.split())

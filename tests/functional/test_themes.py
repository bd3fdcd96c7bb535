"""The game's looks: the themes, the command palette, NO_COLOR, visible focus, and right/wrong never by colour alone."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.command import CommandPalette
from textual.filter import Monochrome
from textual.widget import Widget
from textual.widgets import Button

from quiz.commands import build_parser, main, play
from quiz.i18n import tr
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.themes import (
    COLOURBLIND_THEME,
    DEFAULT_THEME,
    HIGH_CONTRAST_THEME,
    THEME_NAMES,
    quiz_themes,
)
from tests.pilot import app_for, key_for, screen_text

TALL = (100, 70)
"""Tall enough that a whole explanation is on screen without scrolling."""


def make_app(pack: Pack, theme: str | None = None) -> QuizApp:
    """A game of the whole sample pack in English, in `theme`, saving to memory."""
    return app_for(
        Catalog((pack,), ()), lang="en", store=Store.in_memory("tests"), pack_id=pack.id,
        count=len(pack.questions), seed=4, theme=theme,
    )  # fmt: skip


def look_of(app: QuizApp, widget: Widget) -> list[Segment]:
    """The cells `widget` covers on screen as drawn, after the app's line filters (NO_COLOR's among them)."""
    region = widget.region
    strips = app.screen._compositor.render_strips()
    return [segment for y in range(region.y, region.bottom) for segment in strips[y].crop(region.x, region.right)]


async def answer(app: QuizApp, pilot, right: bool) -> str:
    """Answer the current question rightly or wrongly; returns the screen with its explanation."""
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    await pilot.press(key_for(screen.game.current, right))
    await pilot.pause()
    return screen_text(app)


def test_three_themes_with_distinct_names() -> None:
    """The default, a high-contrast and a colour-blind-safe theme, each built under the name the CLI offers."""
    assert THEME_NAMES == (DEFAULT_THEME, HIGH_CONTRAST_THEME, COLOURBLIND_THEME)
    assert [theme.name for theme in quiz_themes()] == list(THEME_NAMES)


def test_colourblind_theme_avoids_red_and_green_for_right_and_wrong() -> None:
    """Right is blue and wrong is orange: the blue channel leads for right, red for wrong."""
    from textual.color import Color

    theme = {theme.name: theme for theme in quiz_themes()}[COLOURBLIND_THEME]
    right, wrong = Color.parse(theme.success), Color.parse(theme.error)
    assert right.b > right.r and right.b > right.g
    assert wrong.r > wrong.b and wrong.g > wrong.b


def test_theme_option_is_parsed() -> None:
    """`quiz play --theme NAME` takes the game's theme names and nothing else."""
    parser = build_parser()
    assert parser.parse_args(["play", "--theme", HIGH_CONTRAST_THEME]).theme == HIGH_CONTRAST_THEME
    assert parser.parse_args(["play"]).theme is None
    with pytest.raises(SystemExit):
        parser.parse_args(["play", "--theme", "textual-dark"])


async def test_play_passes_the_theme_to_the_game(monkeypatch: pytest.MonkeyPatch) -> None:
    """`quiz play --theme` reaches the app, which wears that theme once it runs."""
    started: list[QuizApp] = []
    monkeypatch.setattr(play, "plain_wanted", lambda context: False)
    monkeypatch.setattr(QuizApp, "run", lambda self: started.append(self))
    assert main(["play", "--theme", COLOURBLIND_THEME]) == 0
    (app,) = started
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == COLOURBLIND_THEME


@pytest.mark.parametrize("theme", [None, *THEME_NAMES])
async def test_the_theme_given_is_applied(sample_pack: Pack, theme: str | None) -> None:
    """The app starts in the theme asked for, or the game's default theme."""
    app = make_app(sample_pack, theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == (theme or DEFAULT_THEME)
        assert set(THEME_NAMES) <= set(app.available_themes)


async def test_theme_changes_from_the_command_palette(sample_pack: Pack) -> None:
    """Ctrl+P opens the palette; its "Theme" command lists our themes and picking one applies it."""
    app = make_app(sample_pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"high-contrast")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == HIGH_CONTRAST_THEME


async def test_switching_theme_keeps_the_game(sample_pack: Pack) -> None:
    """Changing theme mid-game changes only the colours: same screen, same answers, same score, same question."""
    app = make_app(sample_pack)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer(app, pilot, right=True)
        before = screen_text(app)
        outcomes = tuple(screen.game.outcomes)
        for theme in (HIGH_CONTRAST_THEME, COLOURBLIND_THEME):
            app.theme = theme
            await pilot.pause()
            assert app.screen is screen and screen.game is app.game
            assert tuple(screen.game.outcomes) == outcomes
            assert screen_text(app) == before
        await pilot.press("enter")
        await pilot.pause()
        assert "Question 2/5" in screen_text(app)


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_right_and_wrong_are_told_in_words_and_symbols(sample_pack: Pack, theme: str) -> None:
    """In every theme the verdict and the marked buttons say ✔ / ✘ in words, not just in colour."""
    app = make_app(sample_pack, theme)
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("s")
        await pilot.pause()
        right = await answer(app, pilot, right=True)
        assert tr("feedback.right", "en") in right and "✔" in tr("feedback.right", "en")
        assert "✔ " in str(app.screen.query_one(".answer.correct", Button).label)
        await pilot.press("enter")
        await pilot.pause()
        wrong = await answer(app, pilot, right=False)
        assert tr("feedback.wrong", "en") in wrong and "✘" in tr("feedback.wrong", "en")
        assert "✘ " in str(app.screen.query_one(".answer.wrong", Button).label)
        assert "✔ " in str(app.screen.query_one(".answer.correct", Button).label)


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_focused_button_stands_out(sample_pack: Pack, theme: str) -> None:
    """Moving the focus between two answer buttons changes how each looks, in every theme."""
    app = make_app(sample_pack, theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        first, second, *_ = app.screen.query(".answer").results(Button)
        assert first.has_focus
        first_focused, second_blurred = look_of(app, first), look_of(app, second)
        await pilot.press("tab")
        await pilot.pause()
        assert second.has_focus
        assert look_of(app, first) != first_focused
        assert look_of(app, second) != second_blurred
        # Inverted, not merely recoloured: that still shows on a monochrome screen.
        assert second.rich_style.reverse


async def test_no_color_is_honoured_and_still_playable(sample_pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR set, Textual draws in greys only; right, wrong and the focus all still show."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(sample_pack, HIGH_CONTRAST_THEME)
    async with app.run_test(size=TALL) as pilot:
        assert app.no_color
        assert any(isinstance(f, Monochrome) for f in app.get_line_filters())
        await pilot.press("s")
        await pilot.pause()
        first, second, *_ = app.screen.query(".answer").results(Button)
        focused = look_of(app, first)
        await pilot.press("tab")
        await pilot.pause()
        assert look_of(app, first) != focused
        right = await answer(app, pilot, right=True)
        assert tr("feedback.right", "en") in right
        await pilot.press("enter")
        await pilot.pause()
        wrong = await answer(app, pilot, right=False)
        assert tr("feedback.wrong", "en") in wrong
        for strip in app.screen._compositor.render_strips():
            for segment in strip:
                style = segment.style
                for color in (style.color, style.bgcolor) if style else ():
                    if color is not None and color.triplet is not None:
                        red, green, blue = color.triplet
                        assert red == green == blue, f"{segment.text!r} is drawn in colour under NO_COLOR"

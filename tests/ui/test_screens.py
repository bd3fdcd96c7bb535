"""Every screen as the player sees it at 80x24, in English and in Chinese (and a few at 120x40), as snapshots.

The SVG snapshots sit in __snapshots__/ beside this file, so a reviewer can open each screen in a browser. Each
test also asserts that the parts the README promises are in view: inside the screen, unclipped, tall enough.
Update the pictures after a deliberate change with: pytest tests/ui --snapshot-update (and look at them).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from quiz.locations import bundled_packs_dir
from quiz.model import Kind, Question
from quiz.packs import Catalog, load_catalog
from quiz.packs.watch import PackWatcher
from quiz.scoring import Mode, ModeName
from quiz.store import STORE_NAME, Store
from quiz.tui.app import QuizApp
from quiz.tui.widgets.explanation import Explanation
from quiz.views import label
from tests.clock import FakeClock
from tests.pilot import app_for, key_for
from tests.visible import assert_fully_visible

SMALL = (80, 24)
LARGE = (120, 40)
LANGS = ["en", "zh"]
SEED = 5

Steps = Callable[[Pilot], Awaitable[None]]


def bundled() -> Catalog:
    return load_catalog([bundled_packs_dir()])


def game_app(data: Path, lang: str, mode: Mode = Mode(), count: int = 10) -> QuizApp:
    """The bundled pack in a saved store (no toast about memory), a fixed seed, and a clock that never moves."""
    return app_for(bundled(), lang=lang, store=Store.open(data), seed=SEED, count=count, mode=mode, clock=FakeClock())


async def start(pilot: Pilot) -> None:
    await pilot.press("s")
    await pilot.pause()


async def answer(pilot: Pilot, right: bool, certainty: str | None = None, then_next: bool = True) -> None:
    """Answer the question on screen rightly or wrongly (with a certainty in certainty mode), then go on."""
    app = pilot.app
    await pilot.press(key_for(app.game.current, right))
    if certainty:
        await pilot.press(certainty)
    await pilot.pause()
    if then_next:
        await pilot.press("enter")
        await pilot.pause()


async def until(pilot: Pilot, kind: Kind) -> Question:
    """Answer rightly until the question on screen is of `kind`; returns it."""
    while pilot.app.game.current.question.kind is not kind:
        await answer(pilot, True)
    return pilot.app.game.current.question


def visible(app: QuizApp, *selectors: str) -> None:
    for selector in selectors:
        widgets = list(app.screen.query(selector))
        assert widgets, f"nothing on screen matches {selector}"
        for widget in widgets:
            assert_fully_visible(app, widget, selector)


def explanation_starts_in_view(app: QuizApp, lang: str) -> None:
    """The verdict, the right answer and the first line of why are on screen, whatever falls below them."""
    explanation = app.screen.query_one(Explanation)
    placed = app.screen._compositor.visible_widgets.get(explanation)
    assert placed is not None, "the explanation is not drawn"
    shown = explanation.region.intersection(placed[1])
    assert shown.y == explanation.region.y, "the explanation's top is scrolled away"
    why = label("feedback.why").text(lang)
    why_row = next(row for row, line in enumerate(explanation.lines) if line.startswith(why))
    assert shown.height > why_row, f"only {shown.height} rows of the explanation show, not its line {why_row}"


@pytest.mark.parametrize("lang", LANGS)
def test_start_screen(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await pilot.pause()
        visible(pilot.app, "#start-disclaimer", "#pack", "#count", "#mode", "#begin", "#keys")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_myth_or_fact_question(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await until(pilot, Kind.MYTH_FACT)
        visible(pilot.app, "#prompt", "#answers", "#keys")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_myth_or_fact_answered_wrongly(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await until(pilot, Kind.MYTH_FACT)
        await answer(pilot, False, then_next=False)
        visible(pilot.app, "#answer-disclaimer", "#keys")
        explanation_starts_in_view(pilot.app, lang)

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_multiple_choice_question(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await until(pilot, Kind.CHOICE)
        visible(pilot.app, "#prompt", ".answer", "#keys")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_multiple_choice_answered_rightly(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await until(pilot, Kind.CHOICE)
        await answer(pilot, True, then_next=False)
        visible(pilot.app, "#answer-disclaimer", "#keys")
        explanation_starts_in_view(pilot.app, lang)

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_certainty_step(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await pilot.press(key_for(pilot.app.game.current, True))
        await pilot.pause()
        visible(pilot.app, "#certainty-ask", "#certainty", "#keys")

    app = game_app(private_data, lang, Mode(ModeName.CERTAINTY))
    assert snap_compare(app, run_before=steps, terminal_size=SMALL)


def results_steps(plan: list[tuple[bool, str | None]]) -> Steps:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        for right, certainty in plan:
            await answer(pilot, right, certainty)
        visible(pilot.app, "#summary", "#result-buttons", "#keys")
        if pilot.app.game.mode.name is ModeName.CERTAINTY:
            visible(pilot.app, "#calibration", ".level", "#advice")

    return steps


MIXED = [(True, None), (False, None), (True, None), (True, None), (False, None)]
SURE = [(True, "3"), (False, "3"), (True, "2"), (False, "1"), (True, "3")]


@pytest.mark.parametrize("lang", LANGS)
def test_classic_results(snap_compare, private_data: Path, lang: str) -> None:
    app = game_app(private_data, lang, count=5)
    assert snap_compare(app, run_before=results_steps(MIXED), terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_certainty_results(snap_compare, private_data: Path, lang: str) -> None:
    app = game_app(private_data, lang, Mode(ModeName.CERTAINTY), count=5)
    assert snap_compare(app, run_before=results_steps(SURE), terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_timed_results(snap_compare, private_data: Path, lang: str) -> None:
    app = game_app(private_data, lang, Mode(ModeName.TIMED, time_limit=20), count=5)
    assert snap_compare(app, run_before=results_steps(MIXED), terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_timed_question(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        visible(pilot.app, "#status-counts", "#prompt", "#keys")

    app = game_app(private_data, lang, Mode(ModeName.TIMED, time_limit=20))
    assert snap_compare(app, run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_help(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        visible(pilot.app, "#help-body", "#close")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_quit_dialog(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await pilot.press("q")
        await pilot.pause()
        visible(pilot.app, "#dialog")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_palette(snap_compare, private_data: Path, lang: str) -> None:
    async def steps(pilot: Pilot) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        for field in pilot.app.screen.query("CommandInput"):
            field.cursor_blink = False

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


def played_store(data: Path) -> None:
    """Two finished games of the bundled pack with their dates fixed, for the history screen."""
    catalog = bundled()
    pack = catalog.find(catalog.packs[0].id)
    assert pack is not None
    from quiz.session import Session, Settings

    for seed, rights in ((1, [True, False, True, False, False]), (2, [True, True, True, False, True])):
        session = Session(catalog, Store.open(data), Settings(lang="en", count=5, seed=seed))
        game = session.start(pack)
        for right in rights:
            round_ = game.current
            key = round_.question.correct_key
            session.answer(key if right else next(k for k in round_.order if k != key))
    db = sqlite3.connect(data / STORE_NAME)
    with db:
        db.execute("UPDATE games SET started_at = '2026-11-2' || id || 'T09:30:00+00:00'")
        db.execute("UPDATE answers SET answered_at = '2026-11-20T09:31:00+00:00'")
    db.close()


@pytest.mark.parametrize("lang", LANGS)
def test_history(snap_compare, private_data: Path, lang: str) -> None:
    played_store(private_data)

    async def steps(pilot: Pilot) -> None:
        await pilot.press("h")
        await pilot.pause()
        # The first section, the games, in view; the later ones are further down the log (test_history_screen.py).
        visible(pilot.app, "#heading", ".section:first-of-type WrappedText")
        assert_fully_visible(pilot.app, pilot.app.screen.query(".section-heading").first(), "the games' heading")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


@pytest.mark.parametrize("lang", LANGS)
def test_resume_offer(snap_compare, private_data: Path, lang: str) -> None:
    catalog = bundled()
    from quiz.session import Session, Settings

    session = Session(catalog, Store.open(private_data), Settings(lang=lang, count=10, seed=SEED))
    pack = catalog.find(catalog.packs[0].id)
    assert pack is not None
    game = session.start(pack)
    session.answer(game.current.question.correct_key)

    async def steps(pilot: Pilot) -> None:
        await pilot.pause()
        visible(pilot.app, "#resume-box", "#resume", "#begin")

    assert snap_compare(game_app(private_data, lang), run_before=steps, terminal_size=SMALL)


BROKEN = """\
format: 1
pack: {id: draft, version: "1", title: {en: Draft}, description: {en: A draft},
  languages: [en], license: CC-BY-4.0, authors: [A Teacher],
  source: {title: Notes, date: "2026-11"}, disclaimer: {en: Education only.}}
questions:
  - id: one
    claim: {en: Water is wet.}
    answr: fact
"""


@pytest.mark.parametrize("lang", LANGS)
def test_problems_dialog(snap_compare, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    watcher = PackWatcher(path, name="draft.yaml", clock=FakeClock())
    first = watcher.load()
    app = app_for(Catalog((), ()), lang=lang, watcher=watcher, first_load=first)

    async def steps(pilot: Pilot) -> None:
        await pilot.pause()
        visible(pilot.app, "#dialog")

    assert snap_compare(app, run_before=steps, terminal_size=SMALL)


def test_large_start_screen(snap_compare, private_data: Path) -> None:
    assert snap_compare(game_app(private_data, "en"), terminal_size=LARGE)


def test_large_answered_question(snap_compare, private_data: Path) -> None:
    async def steps(pilot: Pilot) -> None:
        await start(pilot)
        await answer(pilot, False, then_next=False)
        visible(pilot.app, ".explanation", "#answer-disclaimer")

    assert snap_compare(game_app(private_data, "en"), run_before=steps, terminal_size=LARGE)


def test_large_certainty_results(snap_compare, private_data: Path) -> None:
    app = game_app(private_data, "en", Mode(ModeName.CERTAINTY), count=5)
    assert snap_compare(app, run_before=results_steps(SURE), terminal_size=LARGE)

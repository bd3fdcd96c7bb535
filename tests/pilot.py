"""Helpers for driving the game: what the screen shows, and which key gives an answer."""

from __future__ import annotations

import time
from typing import Callable

from textual.app import App

from quiz.game import Round
from quiz.model import MYTH, Kind, Question
from quiz.packs import Catalog
from quiz.packs.watch import PackWatcher, WatchEvent
from quiz.scoring import Mode
from quiz.session import DEFAULT_COUNT, Settings
from quiz.store import Store
from quiz.tui.app import Preview, QuizApp, make_app


def app_for(
    catalog: Catalog,
    *,
    lang: str = "en",
    store: Store | None = None,
    pack_id: str | None = None,
    count: int | None = DEFAULT_COUNT,
    seed: int | None = None,
    mode: Mode = Mode(),
    theme: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    watcher: PackWatcher | None = None,
    first_load: WatchEvent | None = None,
) -> QuizApp:
    """The app as `quiz play` builds it (through the same factory), with what a test chose, saving to memory."""
    settings = Settings(lang=lang, pack_id=pack_id, count=count, seed=seed, mode=mode)
    preview = Preview(watcher, first_load) if watcher is not None and first_load is not None else None
    return make_app(catalog, store or Store.in_memory("tests"), settings, theme=theme, clock=clock, preview=preview)


def screen_text(app: App) -> str:
    """What the terminal shows right now, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def shows(app: App, text: str) -> bool:
    """Whether `text` is on screen, even wrapped over lines (as in a notification), spaces and edges aside."""
    squeeze = lambda value: "".join(ch for ch in value if not ch.isspace() and ch not in "▌▐│█")  # noqa: E731
    return squeeze(text) in squeeze(screen_text(app))


async def until_shown(app: App, pilot, *texts: str, limit: float = 10.0) -> bool:
    """Pause until every one of `texts` is on screen, as `shows` reads it; whether they came within `limit` s."""
    deadline = time.monotonic() + limit
    while not (found := all(shows(app, text) for text in texts)) and time.monotonic() < deadline:
        await pilot.pause(0.05)
    return found


def key_for(round_: Round, right: bool = True) -> str:
    """The key a player presses to answer `round_` rightly or wrongly: m/f, or the number shown."""
    target = round_.question.correct_key
    if not right:
        target = next(key for key in round_.order if key != target)
    if round_.question.kind is Kind.MYTH_FACT:
        return "m" if target == MYTH else "f"
    return str(round_.order.index(target) + 1)


async def answer_until(app: App, pilot, wanted: Callable[[Question], bool]) -> None:
    """Answer rightly and move on until the question on screen is one `wanted` accepts."""
    while not wanted(app.screen.game.current.question):
        await pilot.press(key_for(app.screen.game.current, True), "enter")
        await pilot.pause()

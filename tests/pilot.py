"""Helpers for driving the game: what the screen shows, and which key gives an answer."""

from __future__ import annotations

from typing import Callable

from textual.app import App

from quiz.game import Round
from quiz.model import MYTH, Kind, Question


def screen_text(app: App) -> str:
    """What the terminal shows right now, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


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

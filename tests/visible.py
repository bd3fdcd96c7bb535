"""Asserting that what the player must see is on screen: inside it, unclipped, and tall enough for its text."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget

from quiz.tui.widgets.explanation import Explanation
from quiz.tui.widgets.wrapped import WrappedText


def assert_fully_visible(app: App[object], widget: Widget, what: str = "") -> None:
    """`widget` lies inside the screen, no part of it scrolled or clipped away, and shows all of its lines."""
    name = what or repr(widget)
    region = widget.region
    assert region.width > 0 and region.height > 0, f"{name} takes no room on screen"
    assert app.screen.region.contains_region(region), f"{name} at {region} is not inside the screen"
    # The compositor's clip is what the containers above the widget let through: a scrolled-out part is cut off.
    placed = app.screen._compositor.visible_widgets.get(widget)
    assert placed is not None, f"{name} is not drawn"
    shown = region.intersection(placed[1])
    assert shown == region, f"{name} is cut to {shown} of {region}"
    if isinstance(widget, (WrappedText, Explanation)):
        assert region.height >= len(widget.lines), f"{name} is {region.height} rows for {len(widget.lines)} lines"

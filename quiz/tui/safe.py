"""Turning pack text into something a widget shows literally, never as markup."""

from __future__ import annotations

from textual.content import Content

from quiz.text import clean


def literal(text: str) -> Content:
    """`text` as content: brackets stay brackets and control characters are gone."""
    return Content(clean(text))


def labelled(label: str, text: str, style: str = "bold") -> Content:
    """Our own `label` (with its colon and any space after it) in `style`, then `text` exactly as written."""
    return Content.assemble((label, style), literal(text))

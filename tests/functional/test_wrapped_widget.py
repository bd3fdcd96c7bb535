"""The wrapping widget shows, on screen, the lines quiz.linebreak lays out, at any terminal width."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.content import Content

from quiz.linebreak import wrap
from quiz.locations import bundled_packs_dir
from quiz.packs import load_pack
from quiz.tui.widgets.wrapped import WrappedText
from tests.pilot import screen_text

PACK = load_pack(bundled_packs_dir() / "vitamin-k-joints.yaml")
# The explanation that names MGP, which Textual's wrapping cut in two.
EXPLANATION = next(q.explanation.get("zh") for q in PACK.questions if "MGP" in q.explanation.get("zh"))
ROW = "1. ✔ right  No tolerable [b]upper[/b] intake level has been set for vitamin K, so more is always better."
ROW_INDENT = 12
SIZES = ((80, 24), (40, 24), (31, 30))


class Page(App):
    """A Chinese explanation with its bold label, a results row with a hanging indent, and a padded disclaimer."""

    CSS = "#disclaimer { padding: 0 2; }"

    def compose(self) -> ComposeResult:
        yield WrappedText(Content.assemble(("解析:", "bold"), " ", EXPLANATION), id="why")
        yield WrappedText(ROW, indent=ROW_INDENT, id="row")
        yield WrappedText(PACK.disclaimer.get("zh"), id="disclaimer")


def on_screen(app: App, widget: WrappedText) -> list[str]:
    """The screen lines the widget's content covers, as the player sees them."""
    region = widget.content_region
    rows = screen_text(app).split("\n")[region.y : region.bottom]
    return [row[region.x :].rstrip() for row in rows]


def expected(widget: WrappedText) -> list[str]:
    return wrap(widget.text.plain, widget.content_size.width, widget.indent)


@pytest.mark.parametrize("size", SIZES)
async def test_the_screen_shows_the_lines_the_module_lays_out(size: tuple[int, int]) -> None:
    app = Page()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for widget in app.query(WrappedText):
            lines = expected(widget)
            assert on_screen(app, widget) == [line.rstrip() for line in lines], widget.id
            assert widget.content_size.height == len(lines) == len(widget.lines), widget.id
        for row in screen_text(app).split("\n"):
            assert not row.lstrip().startswith(("，", "。", ",")), row


async def test_chinese_breaks_between_characters_and_keeps_mgp_whole() -> None:
    app = Page()
    async with app.run_test(size=(31, 30)) as pilot:
        await pilot.pause()
        why = on_screen(app, app.query_one("#why", WrappedText))
        assert why[0].startswith("解析: ") and len(why[0]) > len("解析: ")
        assert any("MGP" in line for line in why) and not any(line.endswith("MG") for line in why)
        # Textual broke only at spaces: its lines were short wherever a Chinese run did not fit.
        assert all(len(line) >= 13 for line in why[:-1]), why


async def test_a_resize_wraps_again() -> None:
    app = Page()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = app.query_one("#row", WrappedText)
        assert len(on_screen(app, row)) == 2
        await pilot.resize_terminal(40, 24)
        await pilot.pause()
        lines = on_screen(app, row)
        assert lines == wrap(ROW, 40, ROW_INDENT) and len(lines) == 4 == row.size.height
        assert all(line.startswith(" " * ROW_INDENT) and line[ROW_INDENT] != " " for line in lines[1:])


async def test_text_is_shown_as_written_and_labels_keep_their_style() -> None:
    app = Page()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "[b]upper[/b]" in screen_text(app)
        why = app.query_one("#why", WrappedText)
        first = app.screen._compositor.render_strips()[why.content_region.y]
        label = next(segment for segment in first if segment.text.strip())
        assert label.text.startswith("解析:") and label.style.bold


async def test_update_changes_the_text_and_the_height() -> None:
    app = Page()
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        row = app.query_one("#row", WrappedText)
        row.update("2. ✘ wrong  短的一行", indent=ROW_INDENT)
        await pilot.pause()
        assert on_screen(app, row) == ["2. ✘ wrong  短的一行"] and row.size.height == 1

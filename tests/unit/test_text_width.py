"""Terminal columns and the few controls pack text may keep, tested in process."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.model import Pack, Text
from quiz.text import cell_width, clean, clean_all, one_line


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("", 0),
        ("Sleep", 5),
        ("维生素K", 7),  # three wide characters and one narrow
        ("ＡＢ", 4),  # full-width Latin letters take two columns like CJK
        ("ｱｲ", 2),  # half-width katakana take one
        ("café ±", 6),  # accented and ambiguous-width characters take one
    ],
)
def test_cell_width_counts_wide_characters_twice(text: str, columns: int) -> None:
    """Tables of pack titles line up when Chinese titles sit next to English ones."""
    assert cell_width(text) == columns


def test_a_tab_becomes_four_spaces() -> None:
    """A tab (YAML block scalars keep them) is the one control that stays, as spaces a terminal cannot misalign."""
    assert clean("a\tb") == "a    b"
    assert clean("\x1b[1mx\x1b[0m\ty") == "x    y"


def test_line_breaks_stay_and_controls_between_them_go() -> None:
    """Newlines are kept, whether or not the text also holds a control character to strip."""
    assert clean("one\ntwo") == "one\ntwo"
    assert clean("one\x07\ntwo\x00") == "one\ntwo"


def test_one_line_joins_lines_and_drops_controls() -> None:
    """Lists show a multi-line explanation as one line without the hidden characters."""
    assert one_line("  first\nsecond\u200b\tthird  ") == "first second third"


def test_clean_all_cleans_every_string_of_a_pack_keys_included(sample_pack: Pack) -> None:
    """Text, the keys and values of mappings and tuples of strings come back cleaned; numbers are left alone."""
    dirty = replace(
        sample_pack,
        title=Text({"en": "Sleep\x1b[31m", "zh": "睡眠\u202e"}),
        references={"ref\x07-one": "An\x00 author."},
        authors=("Ms\u200b Rivera",),
    )
    cleaned = clean_all(dirty)
    assert cleaned.title == Text({"en": "Sleep", "zh": "睡眠"})
    assert dict(cleaned.references) == {"ref-one": "An author."}
    assert cleaned.authors == ("Ms Rivera",)
    assert cleaned.questions == sample_pack.questions

"""Text from packs cannot move the cursor, recolour the screen or hide what it says."""

from __future__ import annotations

from quiz.text import clean, one_line


def test_escape_sequences_and_carriage_returns_are_removed() -> None:
    """ANSI colour codes and title-setting sequences vanish whole, and CR cannot overwrite a line."""
    assert clean("\x1b[31mred\x1b[0m text\rover") == "red textover"
    assert clean("a\x1b]0;pwned\x07b\x1b[2J\x1b[Hc\x1bMd") == "abcd"


def test_bidi_and_zero_width_characters_are_removed() -> None:
    """Right-to-left overrides and zero-width characters are invisible tricks; they go."""
    assert clean("abc\u202edcba\u200b\u2066x\u2069\ufeff") == "abcdcbax"


def test_ordinary_text_is_untouched() -> None:
    """Chinese, accents, emoji, brackets and line breaks stay exactly as written."""
    text = "维生素K [bold]x[/] café ✔\nsecond line"
    assert clean(text) == text


def test_one_line_folds_whitespace() -> None:
    """Lists and messages show multi-line text on one line."""
    assert one_line("a\n  b\tc\x07") == "a b c"

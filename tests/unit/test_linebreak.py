"""Line breaking follows the Unicode rules on every text of the bundled pack, in Chinese and English."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from uniseg.graphemecluster import grapheme_clusters
from uniseg.linebreak import line_break_breakables

from quiz.linebreak import Breaks, _allowed_breaks, find_breaks, lay_out, wrap
from quiz.locations import bundled_packs_dir
from quiz.model import Pack
from quiz.packs import load_pack
from quiz.text import cell_width

WIDTHS = (30, 40, 58, 76)
CLOSING = set("，。、；：！？）」』”’,.;:!?)]}")
OPENING = set("（「『“‘([{")
# A Latin word or code (MGP, K2, e2021056036), and a number with its decimals or percent sign (12.6%).
UNSPLITTABLE = (re.compile(r"[A-Za-z0-9]+"), re.compile(r"\d+(?:[.,]\d+)*%?"))
# List rows in the game hang their later lines under the text: "1. " before a citation.
CITATION_INDENT = 3


def pack_texts(pack: Pack) -> list[str]:
    """Every text a player reads from the pack, in both languages, as the game labels some of them."""
    texts = []
    for text in (pack.title, pack.description, pack.disclaimer):
        texts += text.values.values()
    for question in pack.questions:
        texts += question.prompt.values.values()
        texts += question.explanation.values.values()
        texts += ["解析: " + question.explanation.get("zh"), "Why: " + question.explanation.get("en")]
        for choice in question.choices:
            texts += choice.text.values.values()
            if choice.feedback:
                texts += choice.feedback.values.values()
        if question.article:
            texts.append(f"原文说法: “{question.article}”")
    return texts


@pytest.fixture(scope="module")
def laid_out() -> list[tuple[Breaks, int]]:
    """The pack's texts with their breaks found once (the slow part), and the indent each is shown with."""
    pack = load_pack(bundled_packs_dir() / "vitamin-k-joints.yaml")
    texts = [(find_breaks(text), 0) for text in pack_texts(pack)]
    citations = [f"{n}. {citation}" for n, citation in enumerate(pack.references.values(), 1)]
    return texts + [(find_breaks(text), CITATION_INDENT) for text in citations]


def shown(breaks: Breaks, width: int, indent: int) -> list[str]:
    """What a player sees of each line, without its indent."""
    return [breaks.text[line.start : line.end] for line in lay_out(breaks, width, indent)]


def rendered(breaks: Breaks, width: int, indent: int) -> list[str]:
    """The lines as `wrap` gives them, from breaks already found."""
    return [" " * line.indent + breaks.text[line.start : line.end] for line in lay_out(breaks, width, indent)]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(laid_out, width: int) -> None:
    for breaks, indent in laid_out:
        for line in shown(breaks, width, indent):
            assert not line or line[0] not in CLOSING, (width, line, breaks.text)
            assert not line or line[-1] not in OPENING, (width, line, breaks.text)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_line_is_wider_than_the_width(laid_out, width: int) -> None:
    for breaks, indent in laid_out:
        for line in rendered(breaks, width, indent):
            assert cell_width(line) <= width, (width, line)
            assert line == line.rstrip(), (width, line)


@pytest.mark.parametrize("width", WIDTHS)
def test_joining_the_lines_gives_the_text_back(laid_out, width: int) -> None:
    """Between two lines of the text there are only the spaces dropped at the break, or a paragraph's newline."""
    for breaks, indent in laid_out:
        text, lines = breaks.text, lay_out(breaks, width, indent)
        assert lines[0].start == 0 and text[lines[-1].end :].strip(" ") == ""
        for before, after in zip(lines, lines[1:]):
            assert re.fullmatch(r" *\n?", text[before.end : after.start]), (width, text)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_word_or_number_is_split(laid_out, width: int) -> None:
    for breaks, indent in laid_out:
        text = breaks.text
        cuts = {line.start for line in lay_out(breaks, width, indent)}
        for pattern in UNSPLITTABLE:
            for match in pattern.finditer(text):
                if cell_width(match.group()) > width - indent:
                    continue
                inside = cuts.intersection(range(match.start() + 1, match.end()))
                assert not inside, (width, match.group(), rendered(breaks, width, indent))


def test_wrap_finds_the_breaks_and_lays_them_out(laid_out) -> None:
    for breaks, indent in laid_out[:20]:
        assert wrap(breaks.text, 40, indent) == rendered(breaks, 40, indent)


def test_a_code_inside_chinese_is_not_cut() -> None:
    """Textual cut "另一种蛋白MG" / "P调控" at 12 columns."""
    assert wrap("另一种蛋白MGP调控", 12) == ["另一种蛋白", "MGP调控"]


@pytest.mark.parametrize("width", range(15, 41))
def test_a_standard_number_stays_on_one_line(width: int) -> None:
    """Textual broke "中国WS/T" / "578.4-2018标准" at the space."""
    lines = wrap("中国WS/T 578.4-2018标准规定了成人每日的适宜摄入量。", width)
    assert any("WS/T 578.4-2018" in line for line in lines), lines


@pytest.mark.parametrize("width", range(8, 41))
def test_statistics_stay_whole(width: int) -> None:
    lines = wrap("这篇文章说约12.6%的人缺乏维生素K,而一项研究的OR 1.7只是关联。", width)
    assert any("12.6%" in line for line in lines), lines
    assert any("OR 1.7" in line for line in lines), lines


def test_slashes_break_in_links_only() -> None:
    lines = wrap("See https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/ for more.", 30)
    assert lines == ["See https://ods.od.nih.gov/", "factsheets/VitaminK-", "HealthProfessional/ for more."]
    assert wrap("标准WS/T", 7) == ["标准", "WS/T"]


@pytest.mark.parametrize("width", (20, 30, 40))
def test_the_label_does_not_stand_alone(width: int) -> None:
    """Textual left "解析:" alone on its line, the explanation below it."""
    lines = wrap("解析: 维生素K既能激活凝血因子,也能激活骨钙素、基质Gla蛋白(MGP)等骨骼和软骨中的蛋白质。", width)
    assert lines[0].startswith("解析: 维生素") and cell_width(lines[0]) >= width - 1


def test_chinese_breaks_between_characters_not_before_punctuation() -> None:
    assert wrap("以为它“只管凝血”是误解。文章这一点说得对。", 16) == [
        "以为它“只管凝血”",
        "是误解。文章这一",
        "点说得对。",
    ]
    assert wrap("（括号）里的话", 4) == ["（括", "号）", "里的", "话"]


def test_a_hanging_indent_lines_up_under_the_text() -> None:
    row = "1. ✔ right  No tolerable upper intake level has been set for vitamin K, so more is always better."
    lines = wrap(row, 30, indent=12)
    assert lines[0] == "1. ✔ right  No tolerable upper"
    assert lines[1:] == [
        "            intake level has",
        "            been set for",
        "            vitamin K, so more",
        "            is always better.",
    ]


def test_the_hanging_indent_never_takes_more_than_half_the_width() -> None:
    assert wrap("一二三四五六七八九十", 10, indent=8) == ["一二三四五", "     六七", "     八九", "     十"]


def test_newlines_are_kept_as_paragraphs_and_spaces_at_breaks_dropped() -> None:
    assert wrap("First paragraph here.  \n\n  Second one, indented.", 16, indent=2) == [
        "First paragraph",
        "  here.",
        "",
        "    Second one,",
        "  indented.",
    ]


def test_a_run_longer_than_the_width_is_folded() -> None:
    assert wrap("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    # The fold moves back a character rather than start a line with a comma.
    assert wrap("abcdefghij，好", 10) == ["abcdefghi", "j，好"]
    assert wrap("维生素" * 5, 9) == ["维生素维", "生素维生", "素维生素", "维生素"]


def test_a_width_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        wrap("text", 0)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("维生素K 12.6%，。“”（）MGP-/\n:ab\u0301"), max_size=40),
    width=st.integers(1, 24),
    indent=st.integers(0, 12),
)
def test_any_text_wraps_within_the_width_and_loses_nothing(text: str, width: int, indent: int) -> None:
    """Whatever the text, lines keep to the width (but for one character too wide for the line, alone on it) and
    joining them gives the text back."""
    breaks = find_breaks(text)
    lines = lay_out(breaks, width, indent)
    for line in rendered(breaks, width, indent):
        assert cell_width(line) <= width or len(list(grapheme_clusters(line.strip()))) == 1, (line, width)
    assert text[: lines[0].start].strip(" ") == "" and text[lines[-1].end :].strip(" ") == ""
    for before, after in zip(lines, lines[1:]):
        assert re.fullmatch(r" *\n? *", text[before.end : after.start]), (text, width)


def test_the_shortcut_gives_unisegs_answers_on_the_pack(laid_out) -> None:
    """Asking uniseg about runs cut to their ends (for speed) changes none of its answers."""
    paragraphs = {paragraph for breaks, _ in laid_out for paragraph in breaks.text.split("\n")}
    for paragraph in paragraphs:
        assert _allowed_breaks(paragraph) == list(line_break_breakables(paragraph)), paragraph


# Ideographs, Latin and Hebrew letters, digits, combining marks, emoji and their modifiers, regional indicators,
# Thai, Balinese (whose rules look two characters ahead), quotes, hyphens, dashes, currency and percent signs,
# glue, zero-width and ideographic spaces, and punctuation of both widths.
MIXED = "维生素K\u4e00ab\u05d0\u05d1 0129\u0301\u200d\U0001f44d\U0001f3fb\u263a\U0001f1e8\U0001f1f3\u0e01\u0e32\"'“”‘’-‐$%€，。、（）() .,:;!?/\u25cc\u1b05\u1b44\u1b04ー—…\u00a0\u2060\u200b\u3000"


# Characters of every kind, and runs of letters, digits and ideographs, which the shortcut shortens.
MIXED_TEXT = st.lists(st.sampled_from([*MIXED, "vitamin", "2018", "维生素", "12.6%", "MGP"]), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(MIXED_TEXT)
def test_the_shortcut_gives_unisegs_answers_on_any_text(paragraph: str) -> None:
    assert _allowed_breaks(paragraph) == list(line_break_breakables(paragraph))

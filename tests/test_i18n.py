"""Every word of the interface exists in both languages, and the language is chosen as documented."""

from __future__ import annotations

import re
from pathlib import Path

import quiz
from quiz.i18n import LANGUAGES, MESSAGES, detect_language, tr


def test_every_message_in_every_language() -> None:
    """No UI text is missing a translation or left empty."""
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(text.strip() for text in entry.values()), key


def test_translations_take_the_same_values() -> None:
    """Both languages of a message fill in the same {placeholders}."""
    for key, entry in MESSAGES.items():
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
        assert fields["en"] == fields["zh"], key


def test_every_message_the_code_names_exists() -> None:
    """Each message id written in the code (tr("..."), Msg("...")) is in the table, so none can fail at run time."""
    named: set[str] = set()
    for source in Path(quiz.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        named |= set(re.findall(r"""(?:\btr|\bMsg)\(\s*["']([a-z_]+\.[a-z_.0-9]+)["']""", text))
    assert {"plain.ask_myth_fact", "feedback.right", "results.heading"} <= named
    assert sorted(named - set(MESSAGES)) == []


def test_tr_fills_values() -> None:
    """Messages are filled in, in the language asked for."""
    assert tr("question.progress", "en", n=3, total=12) == "Question 3/12"
    assert tr("question.progress", "zh", n=3, total=12) == "第 3/12 题"


def test_language_from_flag_then_locale_then_english() -> None:
    """--lang wins, then LC_ALL / LC_MESSAGES / LANG starting with zh, else English."""
    assert detect_language("zh", {"LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_language(None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert detect_language(None, {"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert detect_language(None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert detect_language(None, {}) == "en"

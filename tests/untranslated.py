"""Finding English left in text that should be Chinese.

What stays as written in every language is set aside first: anything in quotes (names, values, pack text,
commands), URLs, and every token that is not a plain word (options such as --pack, paths such as docs/packs.md,
field paths such as questions[0].answer, metavars in capitals such as FILE). Chinese characters and full-width
punctuation end a run of words. A run of three English words or more is then a sentence nobody translated;
one or two ("myth 或 fact", "quiz validate") are names and commands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A quote opens after something that is not a letter and closes before one, so "pack's" is not a quote.
_QUOTED = re.compile(r"""(?<![A-Za-z])'[^'\n]*'(?![A-Za-z])|"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’""")
_URL = re.compile(r"[a-z]+://\S+")
_WIDE = re.compile(r"[\u2014\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_WORD = re.compile(r"[(\[]?[A-Za-z]+(?:['’][A-Za-z]+)?[)\]]?[.,;:!?]*")
SENTENCE = 3
"""How many English words in a row make a sentence left untranslated."""


def english_sentences(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The runs of SENTENCE or more English words in `text`, outside what stays as written; `allowed` phrases
    (a mark such as "Edit this explanation" that must stay English) are set aside too."""
    found: list[str] = []
    for line in text.splitlines():
        for phrase in allowed:
            line = line.replace(phrase, " ")
        line = _URL.sub(" ", _QUOTED.sub(" ", line))
        for segment in _WIDE.split(line):
            run: list[str] = []
            for token in [*segment.split(), ""]:
                if _WORD.fullmatch(token) and not token.strip("()[].,;:!?").isupper():
                    run.append(token)
                    continue
                if len(run) >= SENTENCE:
                    found.append(" ".join(run))
                run = []
    return found

"""The order a reader meets questions and choices in a file: the game's own shuffle, seeded, so it can be rebuilt.

A pack file often lists the right choice first; a handout or an Aiken file that kept that order would give the
answer away. The exports a person reads in order shuffle each question's choices with `make_rounds`, exactly as
a game does, and rewrite the pack in that order, so every writer (and its answer key) simply follows the pack.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from quiz.game import Round, make_rounds
from quiz.model import Kind, Pack, Question

DEFAULT_SEED = 0
"""The seed when none is given: the same pack always exports the same file, so a new export diffs cleanly."""
VERSION_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MIN_VERSIONS, MAX_VERSIONS = 2, len(VERSION_LETTERS)


def _as_shown(round_: Round) -> Question:
    """The round's question with its choices in the order the round shows them (myth or fact has none)."""
    question = round_.question
    if question.kind is not Kind.CHOICE:
        return question
    return replace(question, choices=tuple(question.choices[int(key)] for key in round_.order))


def in_reading_order(pack: Pack, rounds: Sequence[Round]) -> Pack:
    """`pack` with the questions of `rounds` in their order, each with its choices as its round shows them."""
    return replace(pack, questions=tuple(_as_shown(round_) for round_ in rounds))


def shuffled_choices(pack: Pack, seed: int) -> Pack:
    """`pack` with each question's choices shuffled by `seed` and the questions left in the pack's order."""
    return in_reading_order(pack, make_rounds(list(pack.questions), random.Random(seed), keep_order=True))


def versions(pack: Pack, seed: int, count: int) -> list[Pack]:
    """`count` versions of `pack`, each with its own order of questions and of choices.

    One generator draws them in turn, so the first versions of a longer run are the versions of a shorter one:
    a teacher who needs two more copies gets A to C again, then D and E.
    """
    rng = random.Random(seed)
    return [in_reading_order(pack, make_rounds(list(pack.questions), rng)) for _ in range(count)]

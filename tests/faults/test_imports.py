"""Imports of large or strange files: linear in the file's size, clear about what they refuse, brief in warnings."""

from __future__ import annotations

import time

from quiz.exchange.common import Imported
from quiz.exchange.gift import parse_gift

SHARED_TITLES = 20_000


def _gift(titles: list[str]) -> str:
    return "\n\n".join(f"::{title}::Claim number {n} is true.{{T}}" for n, title in enumerate(titles))


def _timed(text: str) -> tuple[float, Imported]:
    """The processor time a GIFT import of `text` takes, the best of two runs (the machine is shared); what it read."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        imported = parse_gift(text, "en")
        best = min(best, time.process_time() - started)
    return best, imported


def test_gift_questions_sharing_a_title_import_in_linear_time() -> None:
    """20,000 questions titled alike take under twice as long as 20,000 titled apart, and get ids numbered in order."""
    distinct, _ = _timed(_gift([f"Vitamin K {n}" for n in range(SHARED_TITLES)]))
    shared, imported = _timed(_gift(["Vitamin K"] * SHARED_TITLES))
    ids = [question.id for question in imported.questions]
    assert ids[:3] == ["vitamin-k", "vitamin-k-2", "vitamin-k-3"] and ids[-1] == f"vitamin-k-{SHARED_TITLES}"
    assert len(set(ids)) == SHARED_TITLES
    assert shared < 2 * distinct, f"shared titles took {shared / distinct:.1f} times as long as distinct ones"

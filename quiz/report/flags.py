"""The rules that flag a question, each with the cause its reason names.

- possibly mis-keyed: the discrimination is negative (players who did well elsewhere got it wrong more often),
  or a distractor was chosen by more of the top third than the key was;
- too easy: facility above 0.9; too hard: facility below 0.2;
- weak discrimination: from 0 up to (not including) 0.2; a negative one is already the mis-keyed flag;
- a distractor no one chose (multiple choice only: myth-or-fact has no distractor to rewrite, and a myth no one
  called a fact shows as too easy).
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.model import Kind
from quiz.report.figures import Flag, OptionStats

MIS_KEYED = "possibly-mis-keyed"
TOO_EASY = "too-easy"
TOO_HARD = "too-hard"
WEAK = "weak-discrimination"
UNCHOSEN = "unchosen-distractor"
FLAG_NAMES = (MIS_KEYED, TOO_HARD, TOO_EASY, WEAK, UNCHOSEN)
"""Every flag, in the order a question lists them: the most urgent first."""
CAUSES = {
    MIS_KEYED: ("negative", "top-third"),
    TOO_HARD: ("facility",),
    TOO_EASY: ("facility",),
    WEAK: ("discrimination",),
    UNCHOSEN: ("unchosen",),
}
"""The causes each flag can be raised for; each has its reason's words in the catalogs (report.reason.FLAG.CAUSE)."""

EASY_ABOVE = 0.9
HARD_BELOW = 0.2
WEAK_BELOW = 0.2
_ROUNDING = 1e-9


def flags_for(
    kind: Kind, answered: int, facility: float | None, discrimination: float | None, options: Sequence[OptionStats]
) -> tuple[Flag, ...]:
    """The flags of a question from its figures; none for a question nobody answered."""
    if not answered or facility is None:
        return ()
    found: list[Flag] = []
    if discrimination is not None and discrimination < 0:
        found.append(Flag(MIS_KEYED, "negative"))
    key_count = sum(option.top_count for option in options if option.correct)
    # The counts are sums of parts (ties at the edge of the top third): equal ones must not differ by a rounding.
    rivals = tuple(option.key for option in options if not option.correct and option.top_count > key_count + _ROUNDING)
    if rivals:
        found.append(Flag(MIS_KEYED, "top-third", rivals))
    if facility < HARD_BELOW:
        found.append(Flag(TOO_HARD, "facility"))
    if facility > EASY_ABOVE:
        found.append(Flag(TOO_EASY, "facility"))
    if discrimination is not None and 0 <= discrimination < WEAK_BELOW:
        found.append(Flag(WEAK, "discrimination"))
    unchosen = tuple(option.key for option in options if not option.correct and option.count == 0)
    if kind is Kind.CHOICE and unchosen:
        found.append(Flag(UNCHOSEN, "unchosen", unchosen))
    return tuple(found)

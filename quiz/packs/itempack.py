"""Item-writing checks that need the whole pack: patterns across questions that let a player guess.

Haladyna, Downing and Rodriguez (2002) ask that the right choice's position vary, that choices be of about
equal length, and that items be independent; a quiz whose answers lean one way can be won by leaning too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from quiz.message import msg
from quiz.model import FACT, MYTH, Pack, Question
from quiz.packs.itemtext import (
    Finding,
    alike,
    answer_word,
    choice_questions,
    claims,
    ids,
    in_language,
    tokens,
    width,
)

PATTERN_MINIMUM = 4
"""Below this many multiple-choice questions, the right choice landing in one place or being the longest is chance."""
BALANCE_MINIMUM = 6
"""Below this many myth-or-fact claims, one answer more or less swings the share too far to judge."""
BALANCE_LOW, BALANCE_HIGH = 0.35, 0.65
"""Myths (and so facts) should make up between these shares of the claims."""
NEAR_DUPLICATE = 0.8
"""Two claims whose words are at least this alike (0 to 1) say nearly the same thing."""
_COMMON_PAIR = 50
"""A pair of neighbouring words found in more claims than this is too common to suggest that two are alike."""
_COMPARED = 3
"""How many earlier claims, those sharing the most pairs of words with a claim, it is compared with."""


def pack_findings(pack: Pack) -> list[Finding]:
    """The pack-wide patterns: where and how long the right choices are, the myth/fact split, repeated claims."""
    return [*_longest_right(pack), *_same_position(pack), *_balance(pack), *_near_duplicates(pack)]


def _is_longest(question: Question, lang: str) -> bool:
    """Whether the right choice is longer than every other choice (a tie for longest gives nothing away)."""
    lengths = [(width(choice.text.get(lang)), choice.correct) for choice in question.choices]
    right = next(length for length, correct in lengths if correct)
    return all(length < right for length, correct in lengths if not correct)


def _longest_right(pack: Pack) -> Iterator[Finding]:
    questions = choice_questions(pack)
    if len(questions) < PATTERN_MINIMUM:
        return
    by_questions: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for lang in pack.languages:
        longest = tuple(question.id for question in questions if _is_longest(question, lang))
        if len(longest) * 2 > len(questions):
            by_questions[longest].append(lang)
    for longest, langs in by_questions.items():
        named = [question for question in questions if question.id in longest]
        yield Finding(
            "answer-longest",
            msg(
                "item.answer_longest", langs=in_language(pack, *langs), n=len(named), total=len(questions),
                ids=ids(named),
            ),
            msg("item.fix.answer_longest"),
        )  # fmt: skip


def _same_position(pack: Pack) -> Iterator[Finding]:
    questions = choice_questions(pack)
    if len(questions) < PATTERN_MINIMUM:
        return
    positions = Counter(int(question.correct_key) for question in questions)
    position, count = positions.most_common(1)[0]
    if count * 2 <= len(questions):
        return
    named = [question for question in questions if int(question.correct_key) == position]
    yield Finding(
        "answer-position",
        msg(
            "item.answer_position", position=msg(f"item.position.{position}"), n=count, total=len(questions),
            ids=ids(named),
        ),
        msg("item.fix.answer_position"),
    )  # fmt: skip


def _balance(pack: Pack) -> Iterator[Finding]:
    answers = [written.question for written in claims(pack, pack.languages[0])]
    if len(answers) < BALANCE_MINIMUM:
        return
    myths = [question for question in answers if question.answer == MYTH]
    share = len(myths) / len(answers)
    if BALANCE_LOW <= share <= BALANCE_HIGH:
        return
    common, rare = (MYTH, FACT) if share > BALANCE_HIGH else (FACT, MYTH)
    minority = [question for question in answers if question.answer == rare]
    if minority:
        others = msg("item.balance_others", answers=answer_word(rare, plural=True), ids=ids(minority))
    else:
        others = msg("item.balance_none", answer=answer_word(rare))
    yield Finding(
        "answer-balance",
        msg(
            "item.answer_balance", n=len(answers) - len(minority), total=len(answers),
            answers=answer_word(common, plural=True), answer=answer_word(common),
            percent=round(100 * max(share, 1 - share)), others=others,
        ),
        msg(
            "item.fix.answer_balance", low=round(100 * BALANCE_LOW), high=round(100 * BALANCE_HIGH), answer_key=rare,
            common=answer_word(common, plural=True), rare=answer_word(rare, plural=True),
        ),
    )  # fmt: skip


def _near_duplicates(pack: Pack) -> list[Finding]:
    """A claim that says nearly what an earlier one says, in some language, reported once, at the later claim.

    Claims that are exactly the same are left to lint's own check.
    """
    found: dict[int, Finding] = {}
    # The same comparison as lint's, where only case and spacing are ignored.
    same = [
        tuple(" ".join(claim.question.prompt.get(lang).casefold().split()) for lang in pack.languages)
        for claim in claims(pack, pack.languages[0])
    ]
    for lang in pack.languages:
        written = claims(pack, lang)
        for later, earlier in _twins([tokens(claim.text) for claim in written], same):
            claim, first = written[later], written[earlier]
            found.setdefault(
                claim.index,
                Finding(
                    "near-duplicate-claim",
                    msg(
                        "item.near_duplicate",
                        id=claim.question.id,
                        other=first.question.id,
                        line=first.question.line,
                        langs=in_language(pack, lang),
                    ),
                    msg("item.fix.near_duplicate"),
                    claim.question,
                    f"questions[{claim.index}].claim",
                ),  # fmt: skip
            )
    return [found[index] for index in sorted(found)]


def _twins(words: list[list[str]], same: list[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Each claim (by index) that is a near duplicate of an earlier one, with the first such earlier claim.

    Two claims this alike share most of their pairs of neighbouring words (even a changed word in every five
    leaves half), so a claim is only compared with the few earlier ones sharing the most uncommon pairs, at
    least half of its own: a pack of thousands of claims is not compared pair by pair.
    """
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, these in enumerate(words):
        pairs = set(zip(these, these[1:]))
        shared = Counter(other for pair in pairs if len(seen[pair]) <= _COMMON_PAIR for other in seen[pair])
        for pair in pairs:
            seen[pair].append(index)
        likely = sorted(other for other, count in shared.most_common(_COMPARED) if 2 * count >= len(pairs))
        twin = next(
            (o for o in likely if _no_pair_equal(same[o], same[index]) and alike(words[o], these, NEAR_DUPLICATE)),
            None,
        )
        if twin is not None:
            yield index, twin


def _no_pair_equal(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    return all(one != other for one, other in zip(first, second))

"""Item-writing checks: flaws that published guidelines name, question by question, then across the pack.

The guidelines are Haladyna, Downing and Rodriguez, "A review of multiple-choice item-writing guidelines for
classroom assessment" (Applied Measurement in Education 2002;15(3):309-334), and, for explanations that
correct a myth, Lewandowsky et al., The Debunking Handbook 2020. Each finding carries a short code that
docs/packs.md explains with an example and a fix; the wording rules are in `quiz.packs.itemwords`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quiz.i18n import languages, tr
from quiz.message import both, msg
from quiz.model import MYTH, Kind, Pack, Question
from quiz.packs import itemwords
from quiz.packs.format_v1 import EDIT_MARK
from quiz.packs.itemcues import cue_findings
from quiz.packs.itempack import pack_findings
from quiz.packs.itemtext import Finding, first_sentence, in_language, padded, repeats, tokens, width

LONG_CHOICE = 1.5
"""A choice this many times as long as every other choice stands out..."""
LONG_CHOICE_GAP = 20
"""...when it is also this much longer (in letters; a Chinese character counts as two)."""
SAME_CHOICE = 0.8
"""A choice that is another with a few words added, and at least this alike (0 to 1), repeats it."""
REPEATED_MYTH = 0.7
"""An explanation whose first sentence holds this share of the myth's words, in order, opens by repeating it."""


CODES = (
    "answer-longest",
    "answer-position",
    "answer-balance",
    "answer-cue",
    "all-none-above",
    "long-choice",
    "duplicate-choice",
    "negative-stem",
    "double-negative",
    "double-claim",
    "near-duplicate-claim",
    "myth-first",
    "placeholder",
)
"""Every code a finding can carry, each explained in docs/packs.md under "Item-writing checks"."""

_LETTERS = "ABCD"


def starter_authors() -> frozenset[str]:
    """The author `quiz new` writes in its starter pack (in the language it speaks), for the teacher to replace."""
    return frozenset(tr("starter.author", lang) for lang in languages())


def item_findings(pack: Pack) -> list[Finding]:
    """Every item-writing flaw in `pack`: question by question in pack order, then the pack-wide patterns."""
    findings: list[Finding] = []
    for index, question in enumerate(pack.questions):
        findings += _question_findings(pack, question, index)
    findings += _pack_placeholders(pack)
    return findings + pack_findings(pack) + cue_findings(pack)


def _question_findings(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    if question.kind is Kind.CHOICE:
        yield from _above(pack, question, index)
        yield from _long_choice(pack, question, index)
        yield from _same_choices(pack, question, index)
        yield from _negative_stem(pack, question, index)
    else:
        yield from _double_claim(pack, question, index)
    yield from _double_negative(pack, question, index)
    yield from _myth_first(pack, question, index)
    yield from _question_placeholders(pack, question, index)


def _prompt_key(question: Question) -> str:
    return "claim" if question.kind is Kind.MYTH_FACT else "question"


def _above(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for position, choice in enumerate(question.choices):
        said = [lang for lang in pack.languages if itemwords.is_above(choice.text.get(lang))]
        if said:
            yield Finding(
                "all-none-above",
                msg(
                    "item.above", id=question.id, letter=_LETTERS[position], text=choice.text.get(said[0]),
                    langs=in_language(pack, *said),
                ),
                msg("item.fix.above"),
                question,
                f"questions[{index}].choices[{position}]",
            )  # fmt: skip


def _long_choice(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        lengths = sorted(((width(choice.text.get(lang)), position) for position, choice in enumerate(question.choices)))
        (second, _), (longest, position) = lengths[-2], lengths[-1]
        if longest >= LONG_CHOICE * second and longest - second >= LONG_CHOICE_GAP:
            right = question.choices[position].correct
            yield Finding(
                "long-choice",
                msg(
                    "item.long_right" if right else "item.long", id=question.id, letter=_LETTERS[position],
                    times=f"{longest / second:.1f}", langs=in_language(pack, lang),
                ),
                msg("item.fix.long_right" if right else "item.fix.long"),
                question,
                f"questions[{index}].choices[{position}]",
            )  # fmt: skip
            return  # one language is enough to show the flaw; the others usually share it


def _same_choices(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        pair = _same_pair([tokens(choice.text.get(lang)) for choice in question.choices])
        if pair is None:
            continue
        first, second = pair
        right = next((_LETTERS[i] for i in pair if question.choices[i].correct), None)
        what = msg("item.repeats_right", letter=right) if right else msg("item.two_wrong")
        yield Finding(
            "duplicate-choice",
            msg(
                "item.duplicate_choice", id=question.id, first=_LETTERS[first], second=_LETTERS[second], what=what,
                langs=in_language(pack, lang),
            ),
            msg("item.fix.duplicate_choice"),
            question,
            f"questions[{index}].choices[{second}]",
        )  # fmt: skip
        return


def _same_pair(choices: list[list[str]]) -> tuple[int, int] | None:
    """The first two choices (by position) of which one is the other with a few words added, if any."""
    for second in range(1, len(choices)):
        for first in range(second):
            if padded(choices[first], choices[second], SAME_CHOICE):
                return first, second
    return None


def _negative_stem(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    return _wording(pack, question, index, "negative-stem", itemwords.negative_stem, "item.negative_stem")


def _double_negative(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    message = f"item.double_negative.{_prompt_key(question)}"
    return _wording(pack, question, index, "double-negative", itemwords.double_negative, message, quoted=False)


def _double_claim(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    return _wording(pack, question, index, "double-claim", itemwords.joined_claims, "item.double_claim")


def _wording(
    pack: Pack,
    question: Question,
    index: int,
    code: str,
    detect: Callable[[str], str | None],
    message: str,
    *,
    quoted: bool = True,
) -> Iterator[Finding]:
    """The finding `code` when `detect` finds words in the prompt in any of the pack's languages, with `message`.

    The words are listed quoted (a word or phrase each) or as `detect` wrote them (already a sentence of their own).
    """
    found = {lang: words for lang in pack.languages if (words := detect(question.prompt.get(lang)))}
    if found:
        words = ", ".join(repr(word) for word in found.values()) if quoted else "; ".join(found.values())
        yield Finding(
            code,
            msg(message, id=question.id, words=words, langs=in_language(pack, *found)),
            msg(f"item.fix.{code.replace('-', '_')}"),
            question,
            f"questions[{index}].{_prompt_key(question)}",
        )


def _myth_first(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        opening = first_sentence(question.explanation.get(lang))
        words = itemwords.myth_opening(opening)
        reason = msg("item.starts_with", words=words) if words is not None else None
        if reason is None and question.answer == MYTH:
            myth = tokens(question.prompt.get(lang))
            if repeats(myth, tokens(opening), REPEATED_MYTH):
                reason = msg("item.repeats_myth")
        if reason is None:
            continue
        yield Finding(
            "myth-first",
            msg("item.myth_first", id=question.id, reason=reason, langs=in_language(pack, lang)),
            msg("item.fix.myth_first"),
            question,
            f"questions[{index}].explanation",
        )
        return


def _question_placeholders(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    fields = [(_prompt_key(question), question.prompt), ("explanation", question.explanation)]
    fields += [("choices", choice.text) for choice in question.choices]
    fields += [("feedback", choice.feedback) for choice in question.choices if choice.feedback]
    named = sorted({key for key, text in fields if any(_placeholder(text.get(lang)) for lang in pack.languages)})
    if question.article and any(_placeholder(text) for text in question.article.values.values()):
        named.append("article")
    if named:
        yield Finding(
            "placeholder",
            msg("item.placeholder", id=question.id, mark=EDIT_MARK, fields=both(named)),
            msg("item.fix.placeholder"),
            question,
            f"questions[{index}].{named[0]}",
        )


def _pack_placeholders(pack: Pack) -> Iterator[Finding]:
    texts = {"title": pack.title, "description": pack.description, "disclaimer": pack.disclaimer}
    named = [key for key, text in texts.items() if any(_placeholder(text.get(lang)) for lang in pack.languages)]
    named += ["authors"] if any(_placeholder(author) for author in pack.authors) else []
    named += [key for key, value in (("license", pack.license), ("source", pack.source.title)) if _placeholder(value)]
    if named:
        yield Finding(
            "placeholder",
            msg(
                "item.pack_placeholder" if len(named) == 1 else "item.pack_placeholders",
                fields=both(named),
                mark=EDIT_MARK,
            ),
            msg("item.fix.pack_placeholder"),
            path=named[0],
        )
    starter = next((author.strip() for author in pack.authors if author.strip() in starter_authors()), None)
    if starter is not None:
        yield Finding(
            "placeholder", msg("item.starter_author", author=starter), msg("item.fix.starter_author"), path="authors"
        )


def _placeholder(text: str) -> bool:
    return EDIT_MARK.casefold() in text.casefold()

"""Item-writing checks: flaws that published guidelines name, question by question, then across the pack.

The guidelines are Haladyna, Downing and Rodriguez, "A review of multiple-choice item-writing guidelines for
classroom assessment" (Applied Measurement in Education 2002;15(3):309-334), and, for explanations that
correct a myth, Lewandowsky et al., The Debunking Handbook 2020. Each finding carries a short code that
docs/packs.md explains with an example and a fix; the wording rules are in `quiz.packs.itemwords`.
"""

from __future__ import annotations

from collections.abc import Iterator

from quiz.model import MYTH, Kind, Pack, Question
from quiz.packs import itemwords
from quiz.packs.format_v1 import EDIT_MARK
from quiz.packs.itemcues import cue_findings
from quiz.packs.itempack import pack_findings
from quiz.packs.itemtext import Finding, first_sentence, padded, repeats, tokens, width

LONG_CHOICE = 1.5
"""A choice this many times as long as every other choice stands out..."""
LONG_CHOICE_GAP = 20
"""...when it is also this much longer (in letters; a Chinese character counts as two)."""
SAME_CHOICE = 0.8
"""A choice that is another with a few words added, and at least this alike (0 to 1), repeats it."""
REPEATED_MYTH = 0.7
"""An explanation whose first sentence holds this share of the myth's words, in order, opens by repeating it."""
STARTER_AUTHOR = "Your Name"
"""The author `quiz new` writes in its starter pack, for the teacher to replace."""

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


def _languages(pack: Pack, langs: list[str]) -> str:
    return f" ({', '.join(langs)})" if len(pack.languages) > 1 else ""


def _above(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for position, choice in enumerate(question.choices):
        said = [lang for lang in pack.languages if itemwords.is_above(choice.text.get(lang))]
        if said:
            yield Finding(
                "all-none-above",
                f"in question {question.id!r}, choice {_LETTERS[position]} says "
                f"{choice.text.get(said[0])!r}{_languages(pack, said)}",
                "write a real answer instead: 'all of the above' can be picked by spotting two right choices, "
                "'none of the above' tells nothing about what the player knows, and the game shuffles choices, so "
                "'above' may point at nothing",
                question,
                f"questions[{index}].choices[{position}]",
            )


def _long_choice(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        lengths = sorted(((width(choice.text.get(lang)), position) for position, choice in enumerate(question.choices)))
        (second, _), (longest, position) = lengths[-2], lengths[-1]
        if longest >= LONG_CHOICE * second and longest - second >= LONG_CHOICE_GAP:
            right = question.choices[position].correct
            yield Finding(
                "long-choice",
                f"in question {question.id!r}, choice {_LETTERS[position]}{' (the right one)' if right else ''} "
                f"is {longest / second:.1f} times as long as any other{_languages(pack, [lang])}",
                "players who are unsure pick the longest, most detailed choice; give every choice about the same "
                "length and detail"
                if right
                else "a choice that stands out draws the eye; give every choice about the same length and detail",
                question,
                f"questions[{index}].choices[{position}]",
            )
            return  # one language is enough to show the flaw; the others usually share it


def _same_choices(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        pair = _same_pair([tokens(choice.text.get(lang)) for choice in question.choices])
        if pair is None:
            continue
        first, second = pair
        right = next((_LETTERS[i] for i in pair if question.choices[i].correct), None)
        what = f"a wrong choice repeats the right one, {right}" if right else "two wrong choices are almost one"
        yield Finding(
            "duplicate-choice",
            f"in question {question.id!r}, choices {_LETTERS[first]} and {_LETTERS[second]} differ only by a few "
            f"words: {what}{_languages(pack, [lang])}",
            "make each wrong choice a different mistake that people really make",
            question,
            f"questions[{index}].choices[{second}]",
        )
        return


def _same_pair(choices: list[list[str]]) -> tuple[int, int] | None:
    """The first two choices (by position) of which one is the other with a few words added, if any."""
    for second in range(1, len(choices)):
        for first in range(second):
            if padded(choices[first], choices[second], SAME_CHOICE):
                return first, second
    return None


def _negative_stem(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    found = {lang: itemwords.negative_stem(question.prompt.get(lang)) for lang in pack.languages}
    found = {lang: word for lang, word in found.items() if word}
    if found:
        words = ", ".join(repr(word) for word in found.values())
        yield Finding(
            "negative-stem",
            f"question {question.id!r} is asked in the negative ({words}){_languages(pack, list(found))}, and "
            "readers easily miss the negative word",
            "ask for the right answer instead; if the negative is needed, make it stand out: NOT in capitals, or "
            "the Chinese word in quotation marks (“不是”)",
            question,
            f"questions[{index}].question",
        )


def _double_negative(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    found = {lang: itemwords.double_negative(question.prompt.get(lang)) for lang in pack.languages}
    found = {lang: words for lang, words in found.items() if words}
    if found:
        words = "; ".join(found.values())
        yield Finding(
            "double-negative",
            f"the {_prompt_key(question)} of {question.id!r} has two negatives in one clause ({words})"
            f"{_languages(pack, list(found))}, which readers must untangle before they can answer",
            "say it positively: 'not uncommon' is 'common', and 'not true that it has no effect' is 'it has an effect'",
            question,
            f"questions[{index}].{_prompt_key(question)}",
        )


def _double_claim(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    found = {lang: itemwords.joined_claims(question.prompt.get(lang)) for lang in pack.languages}
    found = {lang: word for lang, word in found.items() if word}
    if found:
        words = ", ".join(repr(word) for word in found.values())
        yield Finding(
            "double-claim",
            f"claim {question.id!r} joins two claims with {words}{_languages(pack, list(found))}, and one of "
            "them may be true while the other is false",
            "judge one idea per claim: split it into two questions, or drop the part that is not being tested",
            question,
            f"questions[{index}].claim",
        )


def _myth_first(pack: Pack, question: Question, index: int) -> Iterator[Finding]:
    for lang in pack.languages:
        opening = first_sentence(question.explanation.get(lang))
        reason = itemwords.myth_opening(opening)
        if reason is None and question.answer == MYTH:
            myth = tokens(question.prompt.get(lang))
            if repeats(myth, tokens(opening), REPEATED_MYTH):
                reason = "repeats the myth"
        if reason is None:
            continue
        yield Finding(
            "myth-first",
            f"the explanation of {question.id!r} opens with the myth, not the fact: its first sentence {reason}"
            f"{_languages(pack, [lang])}",
            "lead with the fact in a plain sentence, then name the myth once and say why it misleads, so the fact "
            "is what players remember (Debunking Handbook)",
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
            f"question {question.id!r} still has the placeholder text '{EDIT_MARK} ...' in its {_listed(named)}",
            "replace the placeholder with your own text; 'quiz import' leaves it where the file had nothing to say",
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
            f"the pack's {_listed(named)} still {'has' if len(named) == 1 else 'have'} the placeholder text "
            f"'{EDIT_MARK} ...' that 'quiz import' writes",
            "replace each marked text with your own: players and other teachers read these fields",
            path=named[0],
        )
    if any(author.strip() == STARTER_AUTHOR for author in pack.authors):
        yield Finding(
            "placeholder",
            f"the pack's authors still list '{STARTER_AUTHOR}', the placeholder that 'quiz new' writes",
            "put your own name (or your school's) in 'authors'",
            path="authors",
        )


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _placeholder(text: str) -> bool:
    return EDIT_MARK.casefold() in text.casefold()

"""Words that give a myth-or-fact answer away: the cue a player learns instead of the health fact.

Absolute words ("always", "never", "only", "proven") mark false statements so often that test-wise readers
answer by them alone; Haladyna, Downing and Rodriguez (2002) ask item writers to avoid such specific
determiners. The same goes for any word the writer happened to use only in myths, or only in facts.

A cue is reported when every claim that has it has the same answer, and it is in enough claims that a player
could notice: three for a known cue word, more for any other word, and more again when the pack leans towards
that answer anyway, as then even unrelated words share it by chance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from quiz.message import Msg, either, msg
from quiz.model import MYTH, Pack
from quiz.packs.itemtext import CJK, Finding, Written, answer_word, claims, ids, in_language, is_number, tokens

KNOWN_MINIMUM = 3
"""A known cue word needs this many claims, all with one answer, to be reported."""
OTHER_MINIMUM = 4
"""Any other word or number needs at least this many."""
CHANCE = 0.1
"""...and so many that claims drawn at random from the pack would all share that answer less often than this."""

# Families of known cue words: certainty, absolutes and hedges. A family counts as one cue, and its message
# names the words the claims use.
_ENGLISH_CUES = (
    ("proven", "prove", "proves", "proved", "proof"),
    ("shown", "show", "shows", "showed"),
    ("only", "solely"),
    ("always",),
    ("never",),
    ("all", "every", "everyone", "everybody", "everything"),
    ("none", "nothing", "nobody"),
    ("must",),
    ("need", "needs", "needed"),
    ("enough",),
    ("completely", "totally", "entirely", "fully", "absolutely"),
    ("definitely", "certainly", "surely", "guaranteed", "guarantees"),
    ("cure", "cures", "cured"),
    ("stop", "stops", "stopped"),
    ("may", "might", "could", "perhaps", "possibly"),
    ("some", "often", "usually", "sometimes", "most", "many"),
)
_CHINESE_CUES = (
    ("证明", "证实", "已证"),
    ("只", "仅", "唯一"),
    ("必须", "一定要", "务必"),
    ("所有", "一切", "全部", "每个人", "人人"),
    ("从不", "从来", "绝不", "永远不"),
    ("总是", "永远", "始终"),
    ("完全", "绝对", "彻底", "根本"),
    ("肯定", "必然", "一定"),
    ("治愈", "根治", "治好"),
    ("足够", "够了"),
    ("需要",),
    ("可能", "也许", "或许"),
    ("一些", "有些", "部分", "往往", "通常", "大多"),
)
_ENGLISH_FAMILY = {word: family[0] for family in _ENGLISH_CUES for word in family}
_CHINESE_FAMILY = {word: family[0] for family in _CHINESE_CUES for word in family}
_CHINESE_CUE = re.compile("|".join(sorted(_CHINESE_FAMILY, key=len, reverse=True)))
# Words too common in any sentence to tell a player anything.
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with as and or but if than then that this these those it its is are "
    "was were be been being has have had do does did there their they them we you your our he she his her i me "
    "my which who whom what when where how so such into over under about after before also".split()
)
_CJK_RUN = re.compile(f"[{CJK}]+")

_Cue = tuple[str, bool]
"""A word, a pair of Chinese characters or a family of known cue words, and whether it is a known cue."""
_NUMBER: _Cue = ("#number", False)
_PERCENT: _Cue = ("#percent", False)
_ANY = {"#number": msg("item.cue.number"), "#percent": msg("item.cue.percent")}
"""How a message names the cues that are any number, or any percentage, rather than a word."""


def cue_findings(pack: Pack) -> list[Finding]:
    """A warning for each word or number that only myths, or only facts, contain, language by language."""
    return [finding for lang in pack.languages for finding in _cues(pack, lang)]


def _cues(pack: Pack, lang: str) -> Iterator[Finding]:
    written = claims(pack, lang)
    answers = [claim.question.answer for claim in written]
    if len(set(answers)) < 2:
        return  # with one answer only, the balance check says all there is to say
    found: dict[_Cue, list[Written]] = defaultdict(list)
    forms: dict[_Cue, set[str]] = defaultdict(set)
    for claim in written:
        for cue, form in _units(claim.text).items():
            found[cue].append(claim)
            forms[cue].add(form)
    share = {answer: answers.count(answer) / len(answers) for answer in set(answers)}
    telling = [(cue, these) for cue, these in found.items() if _tells(cue, these, share)]
    # The widest cue first, and a known word before others, so that a word found only in claims already
    # named (as "research" beside "proven") is not reported again.
    telling.sort(key=lambda item: (-len(item[1]), not item[0][1]))
    named: list[set[str]] = []
    for cue, these in telling:
        ids_here = {claim.question.id for claim in these}
        if any(ids_here <= earlier for earlier in named):
            continue
        named.append(ids_here)
        answer = these[0].question.answer
        name = (
            _name(forms[cue])
            if cue[1] or len(cue[0]) != 2 or not _CJK_RUN.fullmatch(cue[0])
            else _phrase(cue[0], these)
        )
        yield Finding(
            "answer-cue",
            msg(
                "item.answer_cue", cue=name, langs=in_language(pack, lang), answer=answer_word(answer),
                n=len(these), ids=ids([claim.question for claim in these]),
            ),
            msg("item.fix.answer_cue", other=answer_word(_other(answer))),
        )  # fmt: skip


def _tells(cue: _Cue, these: list[Written], share: dict[str | None, float]) -> bool:
    """Whether a cue predicts the answer: all its claims agree, and they are too many to agree by chance."""
    if len(these) < KNOWN_MINIMUM:
        return False
    answer = these[0].question.answer
    if any(claim.question.answer != answer for claim in these):
        return False
    return cue[1] or (len(these) >= OTHER_MINIMUM and share[answer] ** len(these) < CHANCE)


def _other(answer: str | None) -> str:
    return "fact" if answer == MYTH else "myth"


def _name(forms: set[str]) -> Msg | str:
    """How a message names a cue: "'proven'", or "'proved' or 'proven'" when a family's words differ."""
    return either([_ANY.get(form) or repr(form) for form in sorted(forms)])


def _phrase(pair: str, these: list[Written]) -> str:
    """A pair of Chinese characters grown into the longest phrase around it that all these claims share.

    Chinese has no spaces to show where a word ends, so '每天吃绿叶菜' says more than its pair '天吃'.
    """
    text = these[0].text
    start = text.index(pair)
    end = start + len(pair)

    def shared(begin: int, stop: int) -> bool:
        return _CJK_RUN.fullmatch(text[begin:stop]) is not None and all(text[begin:stop] in c.text for c in these)

    while start > 0 and shared(start - 1, end):
        start -= 1
    while end < len(text) and shared(start, end + 1):
        end += 1
    return repr(text[start:end])


def _units(text: str) -> dict[_Cue, str]:
    """The cues a claim holds, each with the form it takes there: its words (in Chinese, known words and pairs
    of characters), its numbers, and whether it has a number or a percentage at all.
    """
    words = tokens(text)
    units: dict[_Cue, str] = {}
    for word in words:
        if word in _ENGLISH_FAMILY:
            units[(_ENGLISH_FAMILY[word], True)] = word
        elif is_number(word):
            units[(word, False)] = word
            units[_NUMBER] = "#number"
        elif word not in _FUNCTION_WORDS and not _CJK_RUN.match(word):
            units[(word, False)] = word
    if "%" in text or "percent" in words or "百分之" in text:
        units[_PERCENT] = "#percent"
    for run in _CJK_RUN.findall(text):
        units.update({(run[i : i + 2], False): run[i : i + 2] for i in range(len(run) - 1)})
        for found in _CHINESE_CUE.findall(run):
            units[(_CHINESE_FAMILY[found], True)] = found
    return units

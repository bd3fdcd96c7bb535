"""The wording the item-writing checks look for, in English and Chinese.

Each rule errs towards saying nothing: a teacher who gets a warning for a well-written question learns to
ignore the checker. So Chinese "和", which mostly joins two nouns, only joins two claims right before a
verb such as 能 or 会, and "是不是" (is it or not) is a question, not a negative.
"""

from __future__ import annotations

import re

from quiz.packs.itemtext import normal

# -- "all of the above", "以上都对" --------------------------------------------------------------------------

_ABOVE = re.compile(
    r"\b(?:all|none|any|both|neither) of (?:the )?(?:above|these|those|them)\b|\b(?:all|none) the above\b"
    r"|(?:以上|上述|上面)(?:的|各项|选项|几项|说法|答案)?(?:都|皆|均|全)"
)
_ALL_OR_NONE = re.compile(r"(?:全都|全部|都|均|皆|全)(?:不)?(?:对|是|正确|错|非)")
_PUNCTUATION = re.compile(r"[\W_]+")


def is_above(choice: str) -> bool:
    """Whether a choice is 'all of the above', 'none of the above' or a Chinese form of them."""
    text = normal(choice)
    return bool(_ABOVE.search(text)) or bool(_ALL_OR_NONE.fullmatch(_PUNCTUATION.sub("", text)))


# -- negative stems ------------------------------------------------------------------------------------

_ENGLISH_NEGATIVE = re.compile(r"\b(?:not|never|except|cannot|false|incorrect|untrue)\b|\b\w+n['’]t\b", re.IGNORECASE)
_CHINESE_NEGATIVE = re.compile(
    r"不是|不属于|不包括|不含|不正确|不对|不能|不会|不应|不该|不宜|不需要|不适合|不建议|不推荐|不可以|并非"
    r"|错误的是|错误的一项|错误的说法|说法错误|哪(?:一)?(?:项|个)错误"
)
_WHY = re.compile(r"\bwhy\b|how come|为什么|为何", re.IGNORECASE)
_QUOTES = "\"'“”‘’「」『』【】《》"
# Pack text may use full-width (？！) or ASCII question and exclamation marks.
_SENTENCES = re.compile("[^.?!\u3002\uff1f\uff01]*[.?!\u3002\uff1f\uff01]?")


def negative_stem(stem: str) -> str | None:
    """The negative word a question is asked with ('not', '不是'), unless the writer made it stand out.

    Only the sentence that asks is read, as the ones before it may set a scene ("An article names no study.
    What ...?"), and a "why" question asks for a reason, not for the one exception. Haladyna et al. allow a
    needed negative if it is emphasised: in English, in capitals; in Chinese, which has no capitals, in
    quotation marks or brackets.
    """
    sentences = [part.strip() for part in _SENTENCES.findall(stem) if part.strip()]
    asking = next((part for part in sentences if part[-1] in "?\uff1f"), sentences[-1] if sentences else "")
    if _WHY.search(asking):
        return None
    for found in _ENGLISH_NEGATIVE.finditer(asking):
        if not found.group().isupper():
            return found.group()
    for found in _CHINESE_NEGATIVE.finditer(asking):
        start, end = found.span()
        emphasised = start > 0 and asking[start - 1] in _QUOTES and end < len(asking) and asking[end] in _QUOTES
        # "能不能", "是不是": asking whether, not asking for the exception.
        whether = found.group().startswith("不") and start > 0 and asking[start - 1] == found.group()[1:2]
        if not emphasised and not whether:
            return found.group()
    return None


# -- double negatives ------------------------------------------------------------------------------------

_NEGATORS = frozenset(
    "not no never none nothing nobody neither cannot without false untrue incorrect unlikely uncommon unusual "
    "unsafe unhealthy impossible unnecessary unable ineffective unproven unrelated insufficient".split()
)
# "not only" adds rather than denies; "neither ... nor" is one negative, so "nor" is not counted.
_NOT_A_NEGATIVE = re.compile(r"\bnot (?:only|just|merely)\b")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:and|but|or)\b")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_CONTRACTED = re.compile(r"\w+n['’]t")
_ANY_NEGATOR = re.compile(rf"\b(?:{'|'.join(_NEGATORS)})\b|n['’]t\b")
# The second 不 must be a negative, not the start of a word such as 不良 (adverse) or 不同 (different).
_CHINESE_DOUBLE = re.compile(
    r"(?:不是|并非|并不是|不能|不会|不可能|未必|没有人?)不(?!良|适|少|同|断|久|仅|过|便|幸|再|论|足)"
    r"|(?:不是|并非|并不是)(?:没有|没|无)|不无"
)


def double_negative(text: str) -> str:
    """The negatives of the first clause that has two of them, or "" when no clause has."""
    plain = normal(text)
    for found in _CHINESE_DOUBLE.finditer(plain):
        return repr(found.group())
    if len(_ANY_NEGATOR.findall(plain)) < 2:
        return ""
    for clause in _CLAUSE_END.split(_NOT_A_NEGATIVE.sub("", plain)):
        negatives = [w for w in _WORD.findall(clause) if w in _NEGATORS or _CONTRACTED.fullmatch(w)]
        if len(negatives) >= 2:
            return " … ".join(repr(word) for word in negatives)
    return ""


# -- two claims in one -----------------------------------------------------------------------------------

# Words that make a clause of what follows "and": auxiliaries, and verbs that health claims often use.
_VERBS = frozenset(
    "is are was were be been has have had does do did can cannot could will would should must may might "
    "isn't aren't wasn't weren't doesn't don't didn't won't can't hasn't haven't "
    "causes makes helps keeps prevents lowers raises increases reduces protects cures treats improves builds "
    "blocks stops needs works gives leads slows eases relieves lets stays shows proves means contains takes "
    "caused made helped kept prevented lowered raised increased reduced protected cured treated improved".split()
)
# Subjects that start a clause; "this" and "that" are left out, as they so often start a noun ("and this oil").
_PRONOUNS = frozenset("it they there he she we".split())
_ENGLISH_AND = re.compile(r"\band\b")
_CLAUSE_START = re.compile(r".*[,;:(]")
_CHINESE_AND = re.compile(r"并且|而且|[,;]\s*(?:并|还|同时)(?!非|不|没|是|有|且)|和(?=能|会|可以|可能|要|应该|也)")


def joined_claims(claim: str) -> str:
    """The word that joins two claims into one ('and', '并且'), or "" when the claim is one statement.

    An English "and" joins two claims when a verb comes on both sides of it within the clause ("K1 is ...
    and K2 is ..."), when what follows starts with a pronoun ("... and it ..."), or when a comma before it
    ends a clause with a verb and a few words follow; "leafy greens and plant oils" is one claim.
    """
    plain = normal(claim)
    found = _CHINESE_AND.search(plain)
    if found:
        return found.group().lstrip(",; ")
    for joint in _ENGLISH_AND.finditer(plain):
        before = _CLAUSE_START.sub("", plain[: joint.start()].rstrip(" ,;"))
        after = _CLAUSE_END.split(plain[joint.end() :], maxsplit=1)[0]
        left, right = _WORD.findall(before), _WORD.findall(after)
        if "both" in left or not right or "or" in right[:1]:
            continue
        verb_before = any(word in _VERBS for word in left)
        comma = plain[: joint.start()].rstrip().endswith(",")
        if right[0] in _PRONOUNS or (verb_before and (comma and len(right) >= 3 or any(w in _VERBS for w in right))):
            return "and"
    return ""


# -- explanations that open with the myth ---------------------------------------------------------------

_MYTH_OPENING = re.compile(
    r"(?:myth|false|not true|this is (?:a myth|false|not true)|(?:it is|it's|that's|that is) (?:a myth|false)"
    r"|the (?:myth|idea|claim|belief) that|(?:many|some|most) (?:people )?(?:believe|think|say)"
    r"|people (?:often )?(?:believe|think|say)|you (?:may|might) have heard|it is (?:often|widely) said"
    r"|a common (?:myth|belief|misconception))\b"
    r"|谣言|误区|误解|这是(?:谣言|误区|误解|错误的)|(?:很多|许多|不少)人(?:以为|认为|觉得|相信)|有人(?:说|认为|以为)"
    r"|人们(?:常说|以为|认为)|常有人说|网上(?:流传|说)|坊间|据说|传言"
)


def myth_opening(sentence: str) -> str | None:
    """The words with which a first sentence names the myth before the fact, or None when it does not start so."""
    found = _MYTH_OPENING.match(sentence)
    return found.group() if found else None

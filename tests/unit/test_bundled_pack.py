"""The bundled vitamin K pack keeps the shape the brief asks of it, and never teaches the article's untraceable figures."""

from __future__ import annotations

import re

import pytest

from quiz.locations import bundled_packs_dir
from quiz.model import FACT, MYTH, Kind, Pack, Question, Verdict
from quiz.packs import load_pack

# The verdicts of the evidence check for the article's claims a to j (shared/evidence/vitamin-k.md).
EVIDENCE_VERDICTS = {
    "a": Verdict.SUPPORTED,
    "b": Verdict.OVERSTATED,
    "c": Verdict.UNTRACEABLE,
    "d": Verdict.OVERSTATED,
    "e": Verdict.UNTRACEABLE,
    "f": Verdict.OVERSTATED,
    "g": Verdict.OVERSTATED,
    "h": Verdict.SUPPORTED,
    "i": Verdict.SUPPORTED,
    "j": Verdict.UNTRACEABLE,
}
# Sentences of the article whose verdict differs from its claim's, with the reason from the evidence check.
SENTENCE_VERDICTS = {
    # Claim i holds for antibiotics and bile acid sequestrants, but this sentence also puts warfarin among drugs
    # that "impair gut K2 synthesis" and advises topping up: warfarin works against vitamin K, so that overstates.
    "长期服用抗生素、抗凝药(如华法林)、胆汁酸螯合剂者,肠道合成K2能力受损,建议在医生指导下补充。": Verdict.OVERSTATED,
}
# The article's untraceable figures: 68 %, 12.6 % and the "2022 British trial" (not every mention of 2022).
UNTRACEABLE_FIGURES = re.compile(r"68\s*%|12\.6\s*%|2022.*Brit|Brit.*2022")
UNTRACEABLE_WORDS = ("no study", "could not be found", "cannot be found", "untraceable", "no such", "could be found")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(bundled_packs_dir() / "vitamin-k-joints.yaml")


def test_counts_and_kinds(pack: Pack) -> None:
    """At least 40 myth-or-fact claims and 8 multiple-choice questions, enough to balance their wording."""
    assert sum(q.kind is Kind.MYTH_FACT for q in pack.questions) >= 40
    assert sum(q.kind is Kind.CHOICE for q in pack.questions) >= 8


def test_myth_and_fact_are_balanced(pack: Pack) -> None:
    """Myth and fact answers are each at least 40% of the myth-or-fact questions."""
    answers = [q.answer for q in pack.questions if q.kind is Kind.MYTH_FACT]
    for side in (MYTH, FACT):
        assert answers.count(side) >= 0.4 * len(answers), side


def test_both_languages_everywhere(pack: Pack) -> None:
    """Every text of the pack is written in Chinese and in English, the article's quoted sentences included."""
    assert set(pack.languages) == {"zh", "en"}
    texts = [pack.title, pack.description, pack.disclaimer]
    for q in pack.questions:
        texts += [q.prompt, q.explanation] + [c.text for c in q.choices]
        texts += [c.feedback for c in q.choices if c.feedback] + ([q.article] if q.article else [])
    for text in texts:
        assert set(text.values) == {"zh", "en"}
        assert re.search(r"[\u4e00-\u9fff]", text.get("zh")), text.get("zh")


# Punctuation that Chinese text writes full-width (，；：（）？！). ASCII is right only inside a Latin or number run,
# between two ASCII letters or digits ("1,180"); "OR=1.7" and "WS/T 578.4-2018" hold none of these marks.
ASCII_PUNCTUATION_IN_CHINESE = re.compile(r"(?<![A-Za-z0-9])[,;:()?!]|[,;:()?!](?![A-Za-z0-9])")


def test_chinese_text_uses_full_width_punctuation(pack: Pack) -> None:
    """A Chinese reader sees ，；：（）？！ in the pack's own Chinese text; only the article's quoted sentences keep the
    article's own punctuation, as quotations must."""
    texts = {"title": pack.title, "description": pack.description, "disclaimer": pack.disclaimer}
    texts.update({f"tag {tag}": name for tag, name in pack.tags.items()})
    for q in pack.questions:
        texts.update({f"{q.id} prompt": q.prompt, f"{q.id} explanation": q.explanation})
        for n, choice in enumerate(q.choices):
            texts[f"{q.id} choice {n}"] = choice.text
            if choice.feedback:
                texts[f"{q.id} feedback {n}"] = choice.feedback
    chinese = {where: text.get("zh") for where, text in texts.items()} | {"source title": pack.source.title}
    wrong = {
        where: found.group() for where, text in chinese.items() if (found := ASCII_PUNCTUATION_IN_CHINESE.search(text))
    }
    assert wrong == {}


def test_every_tag_has_a_name_in_both_languages(pack: Pack) -> None:
    """Players read tag names, not ids: every tag a question uses is named in Chinese and in English."""
    used = {tag for q in pack.questions for tag in q.tags}
    assert used == set(pack.tags)
    for tag in used:
        assert set(pack.tags[tag].values) == {"zh", "en"}, tag
        assert tag not in (pack.tag_name(tag, "zh"), pack.tag_name(tag, "en")), tag


def test_every_question_says_when_its_evidence_was_checked(pack: Pack) -> None:
    """The pack dates its evidence check, so the game can show it and a stale check gets a warning."""
    assert pack.checked is not None
    assert all(q.checked is not None for q in pack.questions)


def test_every_question_names_its_references(pack: Pack) -> None:
    """Each question cites at least one source, and every source in the pack is cited."""
    cited = set()
    for q in pack.questions:
        assert q.refs, q.id
        assert len(pack.citations(q)) == len(q.refs), q.id
        cited.update(q.refs)
    assert cited == set(pack.references)


def original(question: Question) -> str:
    """The article's own sentence that `question` quotes (in the article's language), or ""."""
    return question.article.get("zh") if question.article else ""


def test_every_article_claim_is_asked_with_the_evidence_verdict(pack: Pack) -> None:
    """Claims a to j each have a question quoting the article with the evidence check's verdict on the claim.

    A sentence listed in SENTENCE_VERDICTS carries its own verdict instead, wherever it is quoted.
    """
    for letter, verdict in EVIDENCE_VERDICTS.items():
        tagged = [q for q in pack.questions if f"claim-{letter}" in q.tags]
        assert tagged, f"no question on claim {letter}"
        quoting = [q for q in tagged if q.article]
        assert any(original(q) not in SENTENCE_VERDICTS for q in quoting), f"no question quotes claim {letter} itself"
        for q in quoting:
            assert q.article_verdict is SENTENCE_VERDICTS.get(original(q), verdict), (q.id, q.article_verdict)


def test_the_warfarin_sentence_is_marked_overstated(pack: Pack) -> None:
    """The article's sentence that lumps warfarin with antibiotics is asked about, and never marked supported."""
    quoting = [q for q in pack.questions if original(q) in SENTENCE_VERDICTS]
    assert quoting
    for q in quoting:
        assert q.article_verdict is Verdict.OVERSTATED, q.id
        assert "warfarin" in q.explanation.get("en") and "华法林" in q.explanation.get("zh"), q.id


def test_untraceable_figures_are_never_taught_as_fact(pack: Pack) -> None:
    """A claim quoting 68%, 12.6% or the 2022 British trial is a myth whose explanation says it cannot be traced,
    or a fact whose claim itself says so; no right choice quotes them."""
    asked = 0
    for q in pack.questions:
        if q.kind is Kind.MYTH_FACT and UNTRACEABLE_FIGURES.search(q.prompt.get("en")):
            asked += 1
            if q.answer == MYTH:
                assert any(word in q.explanation.get("en").lower() for word in UNTRACEABLE_WORDS), q.id
            else:
                assert any(word in q.prompt.get("en").lower() for word in UNTRACEABLE_WORDS), q.id
                assert "查不到" in q.prompt.get("zh") or "查无出处" in q.prompt.get("zh"), q.id
        for choice in q.choices:
            if choice.correct:
                assert not UNTRACEABLE_FIGURES.search(choice.text.get("en")), q.id
    assert asked >= 4


def test_warfarin_has_its_own_question(pack: Pack) -> None:
    """The anticoagulant safety fact is asked on its own, in both languages."""
    assert any("warfarin" in q.prompt.get("en").lower() and "华法林" in q.prompt.get("zh") for q in pack.questions)


def test_disclaimer_says_see_a_doctor_in_both_languages(pack: Pack) -> None:
    """The pack's disclaimer sends the player to a doctor and says it is education, not diagnosis."""
    assert "doctor" in pack.disclaimer.get("en").lower()
    assert "医生" in pack.disclaimer.get("zh")


def test_pack_file_is_where_the_wheel_expects_it() -> None:
    """The bundled packs folder holds the vitamin K pack."""
    assert (bundled_packs_dir() / "vitamin-k-joints.yaml").is_file()

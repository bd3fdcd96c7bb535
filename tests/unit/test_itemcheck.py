"""The item-writing checks of `quiz validate`: each flaw in a small pack gives its warning, naming the questions.

Every pack here is built from short YAML snippets, so each test shows the flaw it is about. The warnings are
read through `lint`, as `quiz validate` prints them: each message starts with its [code].
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.packs import Problem, load_pack
from quiz.packs.itemcheck import CODES
from quiz.packs.lint import lint
from quiz.packs.starter import starter_pack
from tests.packhelpers import VALID, edit, line_of, write

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^\[(?P<code>[a-z-]+)\] ")

HEAD = """\
pack: 1
id: item-test
title: Item test
description: A pack for one item-writing check.
languages: [LANG]
version: "1"
authors: [Ms Rivera]
license: CC0-1.0
source: {title: Class notes, date: "2025-01-01"}
disclaimer: Education only, not medical advice.
references:
  notes: "Rivera M. Class notes on health. 2025."
questions:
"""
EXPLANATION = "The cited notes give the evidence on this point, with the studies behind it and their limits."


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def claim(qid: str, text: str, answer: str, explanation: str = EXPLANATION) -> str:
    """A myth-or-fact question as YAML."""
    return (
        f"  - id: {qid}\n    claim: {_quoted(text)}\n    answer: {answer}\n"
        f"    explanation: {_quoted(explanation)}\n    refs: [notes]\n"
    )


def choice(qid: str, text: str, choices: list[str], right: int, explanation: str = EXPLANATION) -> str:
    """A multiple-choice question as YAML, with the right choice at position `right`."""
    listed = "".join(
        f"      - text: {_quoted(option)}\n" + ("        correct: true\n" if position == right else "")
        for position, option in enumerate(choices)
    )
    return (
        f"  - id: {qid}\n    question: {_quoted(text)}\n    choices:\n{listed}"
        f"    explanation: {_quoted(explanation)}\n    refs: [notes]\n"
    )


def pack_text(*questions: str, lang: str = "en") -> str:
    return HEAD.replace("LANG", lang) + "".join(questions)


def warnings_of(text: str) -> list[Problem]:
    """The item-writing warnings `quiz validate` gives for this pack text, saved as pack.yaml."""
    pack = load_pack(write(Path.cwd(), text))
    return [warning for warning in lint(pack, "pack.yaml") if CODE.match(warning.message)]


def codes(warnings: list[Problem]) -> list[str]:
    found = [CODE.match(warning.message)["code"] for warning in warnings]  # type: ignore[index]
    assert set(found) <= set(CODES), "every code is one docs/packs.md explains"
    return found


def only(text: str, code: str) -> Problem:
    """The one item-writing warning of a pack, which must carry `code`."""
    warnings = warnings_of(text)
    assert codes(warnings) == [code], "\n".join(map(str, warnings))
    return warnings[0]


def none_in(text: str) -> None:
    warnings = warnings_of(text)
    assert warnings == [], "\n".join(map(str, warnings))


# -- clean packs ------------------------------------------------------------------------------------------


def test_a_pack_written_to_the_guidelines_has_no_warnings() -> None:
    """A bilingual pack with even answers, moving right choices and fact-first explanations: nothing at all."""
    path = ROOT / "tests/data/item-clean.yaml"
    assert [str(w) for w in lint(load_pack(path), path.name)] == []


@pytest.mark.parametrize("path", [ROOT / "tests/data/sample-pack.yaml"], ids=lambda p: p.name)
def test_the_sample_pack_has_no_item_warnings(path: Path) -> None:
    assert warnings_of(path.read_text(encoding="utf-8")) == []


def test_the_bundled_pack_is_checked_without_crashing() -> None:
    """The bundled pack is being rewritten to pass these checks (issue 12); until then it may warn, but only
    with documented codes, each at a question of the pack or at the pack itself.
    """
    path = ROOT / "questions/vitamin-k-joints.yaml"
    pack = load_pack(path)
    warnings = [w for w in lint(pack, path.name) if CODE.match(w.message)]
    codes(warnings)
    lines = {question.line for question in pack.questions}
    assert all(w.line is None or w.line in lines for w in warnings)


# -- where warnings are shown, and --strict -----------------------------------------------------------------


def test_a_question_warning_is_shown_at_its_question_with_its_code() -> None:
    text = pack_text(
        claim("fine", "Sleep needs change with age.", "fact"),
        choice("pick", "Which of these is not a sleep stage?", ["REM sleep", "Deep sleep", "Daydreaming"], 2),
    )
    warning = only(text, "negative-stem")
    assert (warning.severity, warning.line, warning.path) == (
        "warning",
        line_of(text, "- id: pick"),
        "questions[1].question",
    )
    assert str(warning).startswith(f"pack.yaml:{warning.line}: warning: questions[1].question: [negative-stem] ")
    assert "'pick'" in warning.message and warning.hint


def test_a_flaw_in_one_language_names_that_language() -> None:
    """In a two-language pack, a negative stem in the Chinese text only is reported with (zh)."""
    text = edit(VALID, "以下哪一项是日常需要喝水的可靠信号", "以下哪一项不是日常需要喝水的可靠信号")
    warning = only(text, "negative-stem")
    assert "question 'thirst-signal' is asked in the negative ('不是') (zh)" in warning.message


def test_strict_fails_on_an_item_writing_warning(capsys: pytest.CaptureFixture[str]) -> None:
    write(Path.cwd(), pack_text(choice("pick", "Which is right?", ["Yes", "No", "All of the above"], 0)))
    assert main(["validate", "pack.yaml"]) == 0
    assert "[all-none-above]" in capsys.readouterr().out
    assert main(["validate", "--strict", "pack.yaml"]) == 1


def test_every_code_is_documented() -> None:
    """docs/packs.md explains each code in its "Item-writing checks" section, the last of the page."""
    docs = (ROOT / "docs/packs.md").read_text(encoding="utf-8")
    section = docs[docs.index("## Item-writing checks") :]
    assert "\n## " not in section[3:], "the section is the last of the page"
    for code in CODES:
        assert f"`{code}`" in section, code


# -- pack level: where and how long the right choice is -------------------------------------------------------

EVEN = ["Drink", "Sleep", "Stand"]
"""Choices of one length, so that none is the longest."""


def test_right_choice_longest_in_most_questions() -> None:
    """In 3 of 4 questions the right choice is the longest: the warning names those 3, not the fourth."""
    text = pack_text(
        choice("q1", "What helps most with thirst?", ["A glass of water", "Salt", "Tea"], 0),
        choice("q2", "What helps most with a cold?", ["Soup", "Rest and fluids", "Ice"], 1),
        choice("q3", "What helps most with sleep?", ["Noise", "Coffee", "A regular bedtime"], 2),
        choice("q4", "What helps most with a cut?", ["Pressure", "Sugar", "A hot bath"], 0),
    )
    warning = only(text, "answer-longest")
    assert (warning.line, warning.path) == (None, "questions")
    assert "in 3 of 4 multiple-choice questions: 'q1', 'q2', 'q3'" in warning.message
    assert "'q4'" not in warning.message


def test_right_choice_longest_in_half_the_questions_is_fine() -> None:
    none_in(
        pack_text(
            choice("q1", "What helps most with thirst?", ["A glass of water", "Salt", "Tea"], 0),
            choice("q2", "What helps most with a cold?", ["Soup", "Rest and fluids", "Ice"], 1),
            choice("q3", "What helps most with sleep?", ["Noise", "Bedtime", "Coffee and tea"], 1),
            choice("q4", "What helps most with a cut?", ["Pressure", "Sugar", "A hot bath"], 0),
        )
    )


def test_right_choice_in_one_position_in_most_questions() -> None:
    text = pack_text(*(choice(f"q{i}", f"Question number {i}?", EVEN, 0) for i in range(4)))
    warning = only(text, "answer-position")
    assert "listed first (A) in 4 of 4 multiple-choice questions: 'q0', 'q1', 'q2', 'q3'" in warning.message
    assert "handout" in (warning.hint or "")


def test_right_choice_position_over_few_questions_or_spread_is_fine() -> None:
    none_in(pack_text(*(choice(f"q{i}", f"Question number {i}?", EVEN, 0) for i in range(3))))
    none_in(pack_text(*(choice(f"q{i}", f"Question number {i}?", EVEN, i % 3) for i in range(4))))


# -- pack level: myth/fact balance -------------------------------------------------------------------------

TOPICS = ["sleep", "water", "salt", "sugar", "coffee", "walking", "stretching", "sunlight", "fibre", "protein"]


def claims(answers: list[str]) -> list[str]:
    """Claims on different topics, so that no word but the answer links them."""
    return [claim(f"c{i}", f"Statement on {TOPICS[i]}.", answer) for i, answer in enumerate(answers)]


def test_mostly_myths_is_a_warning_naming_the_few_facts() -> None:
    warning = only(pack_text(*claims(["myth"] * 7 + ["fact"])), "answer-balance")
    assert warning.message == (
        "[answer-balance] 7 of 8 myth-or-fact claims are myths, so always answering 'myth' scores 88 %; "
        "the facts are 'c7'"
    )
    assert "35 % and 65 %" in (warning.hint or "")


@pytest.mark.parametrize(
    ("answers", "warned"),
    [
        (["myth"] * 4 + ["fact"] * 2, True),  # 67 %: just past the line
        (["fact"] * 4 + ["myth"] * 2, True),
        (["myth"] * 5 + ["fact"] * 3, False),  # 62.5 %
        (["myth"] * 3 + ["fact"] * 3, False),
        (["myth"] * 5, False),  # too few claims to judge
    ],
)
def test_balance_line_is_35_to_65_percent(answers: list[str], warned: bool) -> None:
    assert codes(warnings_of(pack_text(*claims(answers)))) == (["answer-balance"] if warned else [])


def test_multiple_choice_questions_do_not_count_towards_balance() -> None:
    questions = claims(["myth"] * 3 + ["fact"] * 3) + [choice("mc", "Which is right?", EVEN, 1)]
    none_in(pack_text(*questions))


# -- pack level: words that give the answer away --------------------------------------------------------------


def test_a_known_cue_word_only_in_myths() -> None:
    """'proven' (and 'proved') in three claims, all myths: a warning with the count and the three ids."""
    text = pack_text(
        claim("p1", "Garlic has been proven to cure colds.", "myth"),
        claim("p2", "Research has proven that cold showers burn fat.", "myth"),
        claim("p3", "It is proved that vitamin C stops flu.", "myth"),
        claim("f1", "Washing hands lowers the spread of colds.", "fact"),
        claim("f2", "Sleep helps the immune system work.", "fact"),
        claim("f3", "Smoking harms the lungs.", "fact"),
    )
    warning = only(text, "answer-cue")
    assert warning.message == (
        "[answer-cue] every claim with 'proved' or 'proven' is a myth: 3 claims, 'p1', 'p2', 'p3'"
    )
    assert "fact" in (warning.hint or "")


def test_a_cue_word_in_claims_of_both_answers_is_fine() -> None:
    none_in(
        pack_text(
            claim("p1", "Garlic has been proven to cure colds.", "myth"),
            claim("p2", "Research has proven that cold showers burn fat.", "myth"),
            claim("f1", "Washing hands has been proven to slow the spread of colds.", "fact"),
            claim("f2", "Sleep helps the immune system work.", "fact"),
        )
    )


def test_an_ordinary_word_needs_more_claims_than_a_known_cue() -> None:
    """'colds' in three myths could be chance; in four it is a pattern a player can learn."""
    three = [claim(f"m{i}", f"Colds come from {topic}.", "myth") for i, topic in enumerate(["rain", "wind", "ice"])]
    facts = [
        claim(f"f{i}", text, "fact")
        for i, text in enumerate(
            ["Handwashing slows flu.", "Sleep aids memory.", "Sun makes vitamin D.", "Fibre feeds gut microbes."]
        )
    ]
    none_in(pack_text(*three, *facts))
    fourth = claim("m3", "Colds come from snow.", "myth")
    warning = only(pack_text(*three, fourth, *facts), "answer-cue")
    assert "every claim with 'colds' is a myth: 4 claims, 'm0', 'm1', 'm2', 'm3'" in warning.message


def test_a_chinese_cue_word() -> None:
    """证明 in three myths; the Chinese claims are read as characters, so 已被证明 counts as well."""
    text = pack_text(
        claim("p1", "大蒜已被证明能治感冒。", "myth"),
        claim("p2", "研究证明冷水澡能燃烧脂肪。", "myth"),
        claim("p3", "科学家证明维生素C能防流感。", "myth"),
        claim("f1", "勤洗手能减少感冒传播。", "fact"),
        claim("f2", "睡眠有助于免疫系统工作。", "fact"),
        claim("f3", "吸烟损害肺部。", "fact"),
        lang="zh",
    )
    warning = only(text, "answer-cue")
    assert warning.message == "[answer-cue] every claim with '证明' is a myth: 3 claims, 'p1', 'p2', 'p3'"


def test_a_chinese_phrase_only_in_facts_is_named_whole() -> None:
    """Four facts share 每天吃绿叶菜: the warning names the phrase, not a pair of its characters."""
    facts = [
        claim(f"f{i}", f"{who}每天吃绿叶菜{what}。", "fact")
        for i, (who, what) in enumerate([("孩子", "有益"), ("老人", "有好处"), ("孕妇", "很重要"), ("大家", "值得")])
    ]
    myths = [
        claim(f"m{i}", text, "myth")
        for i, text in enumerate(["喝醋能软化血管。", "熬夜不伤身。", "吃糖补脑。", "生姜治秃头。"])
    ]
    warning = only(pack_text(*facts, *myths, lang="zh"), "answer-cue")
    assert "every claim with '每天吃绿叶菜' is a fact: 4 claims, 'f0', 'f1', 'f2', 'f3'" in warning.message


# -- question level: multiple choice ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "option"),
    [("en", "All of the above"), ("en", "None of these"), ("zh", "以上都对"), ("zh", "以上皆非"), ("zh", "都不对")],
)
def test_all_or_none_of_the_above(lang: str, option: str) -> None:
    text = pack_text(choice("pick", "Which is right?", ["Water", "Juice", option], 0), lang=lang)
    warning = only(text, "all-none-above")
    assert "question 'pick', choice C says" in warning.message and option in warning.message
    assert warning.path == "questions[0].choices[2]"


def test_a_choice_much_longer_than_the_others() -> None:
    long_one = "A regular bedtime and wake-up time, every day of the week"
    warning = only(pack_text(choice("pick", "What helps sleep?", ["Coffee", "Noise", long_one], 2)), "long-choice")
    assert "question 'pick', choice C (the right one) is" in warning.message
    assert warning.path == "questions[0].choices[2]"


def test_choices_of_ordinary_lengths_are_fine() -> None:
    """The starter's choices: 'The time on the clock' is longer than 'Thirst', but not by enough to stand out."""
    none_in(pack_text(choice("pick", "When to drink?", ["Thirst", "The time on the clock", "Hunger"], 0)))


def test_a_wrong_choice_that_repeats_the_right_one() -> None:
    options = ["Drink water when thirsty", "Drink water when you are thirsty", "Never drink"]
    warning = only(pack_text(choice("pick", "What should a healthy adult do?", options, 0)), "duplicate-choice")
    assert "question 'pick', choices A and B differ only by a few words: a wrong choice repeats the right one, A" in (
        warning.message
    )


@pytest.mark.parametrize(
    "options",
    [
        ["About 70 µg a day for adults", "About 90 µg a day for adults", "About 120 µg a day for adults"],
        ["Thirst is a reliable sign", "Hunger is a reliable sign", "Headache is a reliable sign"],
    ],
    ids=["numbers", "one word swapped"],
)
def test_parallel_choices_that_differ_in_the_word_that_matters_are_fine(options: list[str]) -> None:
    none_in(pack_text(choice("pick", "Which is right?", options, 1)))


@pytest.mark.parametrize(
    ("lang", "stem", "word"),
    [
        ("en", "Which of these is not a source of vitamin K?", "'not'"),
        ("en", "All of these help sleep except which one?", "'except'"),
        ("en", "Which food doesn't contain vitamin K?", '"doesn\'t"'),
        ("zh", "以下哪项不是维生素K的来源?", "'不是'"),
        ("zh", "关于维生素K,错误的是哪一项?", "'错误的是'"),
        ("zh", "以下哪种食物不含维生素K?", "'不含'"),
    ],
)
def test_a_negative_stem(lang: str, stem: str, word: str) -> None:
    warning = only(pack_text(choice("pick", stem, ["Kale", "Spinach", "Sugar"], 2), lang=lang), "negative-stem")
    assert f"question 'pick' is asked in the negative ({word})" in warning.message


@pytest.mark.parametrize(
    ("lang", "stem"),
    [
        ("en", "Which of these is NOT a source of vitamin K?"),  # emphasised, as the guideline allows
        ("zh", "以下哪项“不是”维生素K的来源?"),
        ("zh", "吃菠菜是不是能补充维生素K?"),  # asks whether, not for the exception
        ("en", "Which of these is a source of vitamin K?"),
        ("en", "Why can't the body store much vitamin K?"),  # asks for a reason, not for the exception
        ("en", "A post names no study and does not say who wrote it. What should a reader do first?"),
        ("zh", "一篇文章没有注明出处。读者首先应该做什么?"),
    ],
)
def test_stems_that_are_not_negative_or_stand_out(lang: str, stem: str) -> None:
    none_in(pack_text(choice("pick", stem, ["Kale", "Spinach", "Sugar"], 0), lang=lang))


# -- question level: claims ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It is not true that vitamin K has no effect on clotting."),
        ("en", "A headache after a long run is not uncommon."),
        ("zh", "维生素K对凝血不是没有作用。"),
    ],
)
def test_a_double_negative(lang: str, text: str) -> None:
    warning = only(pack_text(claim("twice", text, "fact"), lang=lang), "double-negative")
    assert "the claim of 'twice' has two negatives in one clause" in warning.message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Greens are not only tasty but also cheap."),
        ("en", "No trial has shown a benefit, but studies are not finished."),
        ("zh", "服用维生素K补充剂的健康人没有不良反应。"),
    ],
)
def test_one_negative_per_clause_is_fine(lang: str, text: str) -> None:
    none_in(pack_text(claim("once", text, "fact"), lang=lang))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Vitamin K is made by gut bacteria and it keeps bones strong.", "'and'"),
        ("en", "Vitamin K helps blood clot, and it can protect the heart.", "'and'"),
        ("en", "Older adults lose muscle and they should lift weights.", "'and'"),
        ("en", "Sugar makes children hyperactive, and parents see it at parties.", "'and'"),
        ("zh", "维生素K能帮助凝血,而且能保护心脏。", "'而且'"),
        ("zh", "维生素K能帮助凝血,还能保护心脏。", "'还'"),
    ],
)
def test_two_claims_in_one(lang: str, text: str, word: str) -> None:
    warning = only(pack_text(claim("pair", text, "myth"), lang=lang), "double-claim")
    assert f"claim 'pair' joins two claims with {word}" in warning.message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Leafy greens and plant oils supply most of the vitamin K people eat."),
        ("en", "Vitamin K activates proteins in bone and cartilage."),
        ("en", "Kale contains iron, calcium, and vitamin K."),
        ("zh", "绿叶菜和植物油提供了人们饮食中的大部分维生素K。"),
        ("zh", "维生素K能激活骨骼和软骨中的蛋白质。"),
    ],
)
def test_things_joined_by_and_in_one_claim_are_fine(lang: str, text: str) -> None:
    none_in(pack_text(claim("one", text, "fact"), lang=lang))


def test_near_duplicate_claims() -> None:
    """Eight hours and nine hours: the second claim gives the first away; the warning is at the second."""
    text = pack_text(
        claim("eight", "Every adult needs exactly eight hours of sleep.", "myth"),
        claim("other", "Caffeine late in the day can delay sleep.", "fact"),
        claim("nine", "Every adult needs exactly nine hours of sleep.", "myth"),
    )
    warning = only(text, "near-duplicate-claim")
    assert (warning.line, warning.path) == (line_of(text, "- id: nine"), "questions[2].claim")
    assert f"claim 'nine' says nearly the same as claim 'eight' (line {line_of(text, '- id: eight')})" in (
        warning.message
    )


def test_the_same_claim_twice_is_left_to_the_exact_check() -> None:
    """lint already says "the same claim as question ..."; the near-duplicate check does not say it again."""
    text = pack_text(
        claim("eight", "Every adult needs exactly eight hours of sleep.", "myth"),
        claim("again", "Every adult needs exactly EIGHT hours of sleep.", "myth"),
    )
    assert warnings_of(text) == []
    messages = [w.message for w in lint(load_pack(Path("pack.yaml")), "pack.yaml")]
    assert messages == ["the same claim as question 'eight'"]


# -- question level: explanations and placeholders ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "claim_text", "explanation", "reason"),
    [
        (
            "en",
            "Everyone must drink eight glasses of water a day.",
            "Everyone must drink eight glasses of water a day: that is what the posters say. Needs vary with size.",
            "repeats the myth",
        ),
        (
            "en",
            "Cracking your knuckles causes arthritis.",
            "Many people believe that cracking knuckles wears out the joints. Studies of long-time crackers found no more arthritis.",
            "starts with 'many people believe'",
        ),
        (
            "zh",
            "掰指关节会导致关节炎。",
            "很多人以为掰指关节会磨损关节。对长期掰指关节者的研究没有发现关节炎更多。",
            "starts with '很多人以为'",
        ),
    ],
)
def test_an_explanation_that_opens_with_the_myth(lang: str, claim_text: str, explanation: str, reason: str) -> None:
    warning = only(pack_text(claim("opens", claim_text, "myth", explanation), lang=lang), "myth-first")
    assert warning.message.endswith(
        f"the explanation of 'opens' opens with the myth, not the fact: its first sentence {reason}"
    )
    assert warning.path == "questions[0].explanation"


def test_an_explanation_that_corrects_the_myth_in_its_own_words_is_fine() -> None:
    """'Green' swapped for 'blue' states the fact, even though most words are the claim's."""
    none_in(pack_text(claim("sky", "The sky is green at noon.", "myth", "On a clear day the sky is blue at noon.")))


def test_placeholders_left_by_quiz_import() -> None:
    """'Edit this' in a question is a warning at that question; in the pack's fields, one warning naming them."""
    text = pack_text(claim("wet", "Water is wet.", "fact", "Edit this explanation: say why the answer is right."))
    text = text.replace("license: CC0-1.0", 'license: "Edit this: the license, for example CC-BY-4.0"')
    question, pack = warnings_of(text)
    assert codes([question, pack]) == ["placeholder", "placeholder"]
    assert (question.line, question.path) == (line_of(text, "- id: wet"), "questions[0].explanation")
    assert "question 'wet' still has the placeholder text 'Edit this ...' in its explanation" in question.message
    assert (pack.line, pack.path) == (None, "license")
    assert "the pack's license still has the placeholder text 'Edit this ...'" in pack.message


def test_a_pack_from_quiz_import_warns_until_its_placeholders_are_replaced(capsys: pytest.CaptureFixture[str]) -> None:
    Path("week.txt").write_text("Is water wet?\nA. Myth\nB. Fact\nANSWER: B\n", encoding="utf-8")
    assert main(["import", "week.txt", "--format", "aiken"]) == 0
    capsys.readouterr()
    assert main(["validate", "--strict", "week.yaml"]) == 1
    out = capsys.readouterr().out
    assert "questions[0].explanation: [placeholder] question 'is-water-wet' still has" in out
    assert "warning: description: [placeholder] the pack's description, disclaimer, authors and license" in out


def test_the_starter_author_left_by_quiz_new() -> None:
    warning = only(starter_pack("my-pack", ("zh", "en")), "placeholder")
    assert warning.path == "authors" and "'Your Name'" in warning.message

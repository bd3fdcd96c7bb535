"""Pack problems, warnings and import notes in Chinese: `quiz validate` and `quiz import` say the same things at the
same places, in the command's language, and English reads as it always did.

"No English left" is checked with tests.untranslated: no run of three English words outside quotes, options,
paths and URLs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import quiz
from quiz.commands import main
from quiz.i18n import languages, message_ids
from quiz.packs import EDIT_MARK
from quiz.packs.itemcheck import CODES
from quiz.packs.yamlwords import _WHAT, _WHERE
from quiz.translations import load
from tests.untranslated import english_sentences

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
LOCATED = re.compile(r"^(?P<where>.+?): (?P<severity>error|warning|错误|警告)(?P<colon>: |：)(?P<rest>.*)$")

# A valid pack with a flaw for most warnings: lint's own and the item-writing checks, in two languages.
FLAWED = """\
pack: 1
id: flawed
title: {en: Edit this title, zh: 标题}
description: {en: A pack full of flaws., zh: 满是毛病的题库。}
languages: [en, zh]
version: "1"
authors: [Your Name]
license: CC0-1.0
source: {title: Class notes, date: "2025-01-01", language: en}
checked: 2015-01
disclaimer: {en: Education only., zh: 仅供教学。}
tags: {water: {en: Water, zh: 水}, unused: {en: Unused, zh: 未用}}
references: {notes: "Rivera M. Class notes. 2025.", spare: "Spare. 2020."}
questions:
"""
CLAIM = """\
  - id: {id}
    claim: {{en: "{en}", zh: "{zh}"}}
    answer: {answer}
    explanation: {{en: "{why}", zh: "{why_zh}"}}
    refs: [notes]
    tags: [water]
"""
WHY = "Trials of this show the opposite, with large samples and careful controls over many years."
WHY_ZH = "大样本、严格对照的多年试验表明情况恰恰相反，这一点已经被反复证实过很多次。"
CHOICE = """\
  - id: {id}
    question: {{en: "{en}", zh: "{zh}"}}
    choices:
      - {{text: {{en: "A regular bedtime kept every single day of the week, weekends included", zh: 每天固定时间上床睡觉，周末也不例外}}, correct: true}}
      - {{text: {{en: Coffee, zh: 咖啡}}}}
      - {{text: {{en: All of the above, zh: 以上都对}}}}
    explanation: {{en: "{why}", zh: "{why_zh}"}}
    refs: [notes]
"""


def flawed_pack() -> str:
    claims = [
        ("m1", "Vitamin C always cures colds.", "维生素C总是能治好感冒。", "myth", "It is a myth that it does; " + WHY),
        ("m2", "Sugar always makes children hyperactive.", "吃糖总是会让孩子多动。", "myth", "Short."),
        ("m3", "Cold weather always gives you a cold.", "冷天总是会让人感冒。", "myth", WHY),
        ("m4", "Cold weather always gives you a cold.", "冷天总是会让人感冒。", "myth", WHY),
        (
            "m5",
            "It is not untrue that water has no calories and it helps digestion.",
            "水不是没有热量的。",
            "fact",
            WHY,
        ),
        ("m6", "Carrots at night always sharpen your night vision.", "晚上吃胡萝卜总能让夜视变好。", "myth", WHY),
    ]
    questions = [
        CLAIM.format(id=i, en=en, zh=zh, answer=answer, why=why, why_zh="很多人以为如此。" + WHY_ZH)
        for i, en, zh, answer, why in claims
    ]
    questions += [
        CHOICE.format(
            id=f"c{n}",
            en="Which of these does not help sleep?",
            zh="以下哪一项不是有助睡眠的做法？",
            why=WHY,
            why_zh=WHY_ZH,
        )
        for n in range(1, 5)
    ]
    return FLAWED + "".join(questions)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


def quiz_in(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `quiz ARGS...` with the locale of `lang`."""
    monkeypatch.setenv("LANG", {"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}[lang])
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- the helper that finds English -----------------------------------------------------------------------


def test_a_sentence_left_in_english_is_found() -> None:
    assert english_sentences("tests/a.yaml:3:5: 错误：the file is empty——请以 'pack: 1' 开头") == ["the file is empty"]
    assert english_sentences("题库的 title still has the placeholder text 'Edit this ...'") == [
        "title still has the placeholder text"
    ]
    assert english_sentences("the pack's title is fine") == ["the pack's title is fine"]


def test_names_options_paths_and_quotes_stay_as_written() -> None:
    assert english_sentences("questions[0].answer：必须是 myth 或 fact，而不是 'Every adult needs eight hours'") == []
    assert english_sentences("用法：quiz play [-h] [--pack ID|PATH] [--data-dir FOLDER]") == []
    assert english_sentences("见 docs/packs.md 和 http://example.org/a，或 “CSV UTF-8” 与 JSON Schema") == []
    assert english_sentences("请补写解析（Edit this explanation）：", allowed=["Edit this explanation"]) == []


# -- quiz validate: loader problems, lint and item-check warnings ----------------------------------------------


def test_validate_in_chinese_changes_only_the_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Every problem of the corpus and every warning of a flawed pack is said in Chinese at the same file, line,
    column and field path, each item-check warning keeping its [code]."""
    (tmp_path / "flawed.yaml").write_text(flawed_pack(), encoding="utf-8")
    paths = [str(CORPUS), "flawed.yaml"]
    _, english, _ = quiz_in("en", monkeypatch, capsys, "validate", *paths)
    _, chinese, _ = quiz_in("zh", monkeypatch, capsys, "validate", *paths)
    pairs = list(zip(english.splitlines()[:-1], chinese.splitlines()[:-1], strict=True))
    assert len(pairs) > 200
    codes = set()
    for en, zh in pairs:
        said_en, said_zh = LOCATED.match(en), LOCATED.match(zh)
        assert said_en and said_zh, (en, zh)
        assert said_zh["where"] == said_en["where"] and said_zh["severity"] in ("错误", "警告")
        field, _, _ = said_en["rest"].partition(": ")
        if re.fullmatch(r"[a-z_.\[\]0-9]+", field):
            assert said_zh["rest"].startswith(f"{field}："), (en, zh)
        codes |= set(re.findall(r"\[([a-z-]+)\] ", said_en["rest"]))
        assert re.findall(r"\[([a-z-]+)\] ", said_zh["rest"]) == re.findall(r"\[([a-z-]+)\] ", said_en["rest"])
        assert english_sentences(zh) == [], zh
    assert len(codes) >= len(CODES) - 3
    assert chinese.splitlines()[-1].startswith("已检查 ")


def test_validate_json_in_chinese_keeps_its_shape(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "flawed.yaml").write_text(flawed_pack(), encoding="utf-8")
    english = json.loads(quiz_in("en", monkeypatch, capsys, "validate", "--format", "json", "flawed.yaml")[1])
    chinese = json.loads(quiz_in("zh", monkeypatch, capsys, "validate", "--format", "json", "flawed.yaml")[1])
    kept = ("file", "line", "column", "path", "severity")
    assert [[p[k] for k in kept] for p in chinese["problems"]] == [[p[k] for k in kept] for p in english["problems"]]
    assert all(english_sentences(f"{p['message']}\n{p['hint']}") == [] for p in chinese["problems"])


def test_the_yaml_readers_phrases_read_back_as_it_wrote_them() -> None:
    """Each phrase of PyYAML's we translate says, in English, exactly what PyYAML said; in Chinese, no English."""
    for phrase, said in {**_WHERE, **_WHAT}.items():
        assert said.text("en") == phrase
        assert english_sentences(said.text("zh")) == [], phrase


# -- quiz import ---------------------------------------------------------------------------------------------

GIFT = "\n\n".join(
    [
        "::a:: Water is wet {T}",
        "::b:: Describe your day {}",
        "::c:: How many? {#1:2}",
        "::d:: Match {=a -> b =c -> d}",
        "::e:: Short {=yes =si}",
        "::f:: Two right {=a =b ~c}",
        "::g:: Five {=a ~b ~c ~d ~e}",
        "::h:: Partial {~%50%a ~%50%b}",
        "::i:: Empty { =a ~ }",
        "::j:: Unbalanced { =a ~b",
    ]
    + [f"::k{n}:: Essay {n} {{}}" for n in range(60)]
)
CSV = (
    "id,kind,answer,question_en,explanation_en,choice1_en,choice2_en,feedback3_en,refs,citations,tags,difficulty,bogus\n"
    "x,myth-fact,myth,Claim one,,,,,,,,,\n"
    "x,myth-fact,myth,Claim two,,,,,r1,,,,\n"
    ",weird,myth,Claim three,,,,,,,,,\n"
    ",myth-fact,2,Claim four,,,,,,,,,\n"
    ",,,Claim five,,,,,,,,,\n"
    ",choice,1,Question six,,a,,,,,,,\n"
    ",choice,1,Question seven,,a,b,fb,,,,,\n"
    ",choice,5,Question eight,,a,b,,,,,,\n"
    ",,myth,Claim nine,,,,,a;b,c1,,,\n"
    ",,myth,Claim ten,,,,,,,bad tag,,\n"
    ",,myth,Claim eleven,,,,,,,,7,\n"
)
AIKEN = "ANSWER: A\nQ without answer\nA. x\nB. y\n\nQ2\nA. x\nB. y\nANSWER: C\n\nQ3\nA. only\nANSWER: A\n\nQ4\nA. x\nB. y\nANSWER: B\n"


@pytest.mark.parametrize(
    ("name", "text", "fmt"), [("g.gift", GIFT, "gift"), ("s.csv", CSV, "csv"), ("a.txt", AIKEN, "aiken")]
)
def test_import_notes_and_warnings_in_chinese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str, fmt: str
) -> None:
    """Each warning of the import, the count of those not shown, and the pack's header comment are Chinese."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    lang = [] if fmt == "csv" else ["--lang", "zh"]  # the sheet's questions are in English, the rest in Chinese
    code, out, err = quiz_in("zh", monkeypatch, capsys, "import", name, "--format", fmt, *lang, "-o", "p.yaml")
    assert code == 0 and out.startswith(f"已从 {name} 导入") and english_sentences(out) == []
    warnings = [line for line in err.splitlines() if line.startswith("quiz: 警告：")]
    assert len(warnings) >= 3 and english_sentences(err) == []
    if fmt == "gift":
        assert warnings[-1].endswith("另有 19 条类似的警告未显示")
    draft = (tmp_path / "p.yaml").read_text(encoding="utf-8")
    header = [line for line in draft.splitlines() if line.startswith("#")]
    assert header and english_sentences("\n".join(header)) == []
    assert quiz_in("zh", monkeypatch, capsys, "validate", "p.yaml")[0] == 0


def test_import_reads_as_before_in_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "g.gift").write_text(GIFT, encoding="utf-8")
    err = quiz_in("en", monkeypatch, capsys, "import", "g.gift", "--format", "gift", "-o", "p.yaml")[2]
    assert "quiz: warning: g.gift: line 5: skipped: numerical questions are not supported\n" in err
    assert (
        "quiz: warning: g.gift: line 19: skipped: its { and } do not match (escape them as \\{ and \\} in text)\n"
        in err
    )
    assert err.splitlines()[-1] == "quiz: warning: g.gift: 19 more warnings like these not shown"
    assert (tmp_path / "p.yaml").read_text(encoding="utf-8").startswith("# Imported by 'quiz import' from g.gift.\n")


def test_a_file_that_cannot_be_imported_is_said_in_chinese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "b.csv").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "n.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    for name in ("b.csv", "n.csv"):
        code, _, err = quiz_in("zh", monkeypatch, capsys, "import", name, "--format", "csv")
        assert code == 1 and err.startswith(f"quiz: 错误：{name}：") and english_sentences(err) == []


def test_every_placeholder_keeps_the_mark_the_checker_looks_for() -> None:
    """A pack's placeholders, in every language, carry "Edit this", so `quiz validate` warns until replaced."""
    marked = [
        key
        for key in message_ids()
        if key.startswith("placeholder.") and key not in ("placeholder.header", "placeholder.untitled")
    ]
    assert len(marked) == 6
    for key in marked:
        assert all(EDIT_MARK.casefold() in load().text(key, lang).casefold() for lang in languages()), key


# -- the message table -----------------------------------------------------------------------------------


def test_every_message_named_in_the_code_exists() -> None:
    """Each message id written out where a message is made (msg, tr, BadValue, ...) is in the table."""
    made = r"""\b(?:tr|msg|Msg|BadValue|ExchangeError|_RowError|skipped|CommandError|note|_plain|_too_large|_comments|warn)\(\s*["']([a-z_]+\.[a-z_.0-9-]+)["']"""
    named: set[str] = set()
    for source in Path(quiz.__file__).parent.rglob("*.py"):
        named |= set(re.findall(made, source.read_text(encoding="utf-8")))
    assert len(named) > 300
    assert sorted(named - message_ids()) == []

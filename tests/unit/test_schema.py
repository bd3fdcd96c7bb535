"""The JSON Schema of the pack format: every real pack fits it, and it agrees with the loader, case by case.

Agreement is checked both ways on a list of good packs (both accept) and bad packs (both refuse). What the
schema cannot check is listed in LOADER_ONLY_CHECKS and the schema's description; the cases in
EXCEPTIONS show each such disagreement, so fixing one (or breaking another) shows up here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from quiz.commands import main
from quiz.packs import (
    CHECKED,
    CHOICE_KEYS,
    CHOICE_QUESTION_KEYS,
    COMMON_QUESTION_KEYS,
    LANGUAGE,
    MYTH_FACT_KEYS,
    NAME,
    PACK_ID,
    PACK_KEYS,
    PACK_REQUIRED,
    SOURCE_KEYS,
    PackError,
    load_pack,
)
from quiz.packs.schema import (
    LOADER_ONLY_CHECKS,
    _complete,
    build_schema,
    json_pattern,
    schema_json,
)
from quiz.packs.starter import LANGUAGE_OPTIONS, starter_pack
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, write

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "questions").glob("*.yaml"))
SAMPLE = ROOT / "tests" / "data" / "sample-pack.yaml"

# yaml.safe_load's constructor on libyaml's parser, the parser the game itself uses. PyYAML's pure-Python parser
# ends a plain scalar at '?' inside a flow mapping, so it cannot read sample-pack.yaml's
# "{en: How many legs does a spider have?, zh: ...}", which libyaml and editors (YAML 1.2) read as text.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """The data a safe YAML reader makes of `text`."""
    return yaml.load(text, Loader=_SAFE_LOADER)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_accepts(validator: jsonschema.Draft202012Validator, text: str) -> bool:
    """Whether the schema accepts `text`; text no safe YAML reader can read is refused before the schema."""
    try:
        data = safe_load(text)
    except yaml.YAMLError:
        return False
    return validator.is_valid(data)


def loader_accepts(folder: Path, text: str) -> bool:
    try:
        load_pack(write(folder, text))
    except PackError:
        return False
    return True


# -- the schema itself ---------------------------------------------------------------------------------


def test_schema_is_draft_2020_12() -> None:
    """The schema declares draft 2020-12 and is a valid schema of that draft."""
    schema = build_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_quiz_schema_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    """`quiz schema` prints exactly the built schema as JSON, and nothing else."""
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert out == schema_json()
    assert json.loads(out) == build_schema()


def test_schema_uses_the_loaders_keys_and_patterns() -> None:
    """Each object in the schema lists exactly the keys the loader reads, and the name rules are the loader's."""
    defs = build_schema()["$defs"]
    for suffix in ("", "-en", "-zh", "-en-zh"):
        assert tuple(defs[f"pack{suffix}"]["properties"]) == PACK_KEYS
        assert defs[f"pack{suffix}"]["required"] == list(PACK_REQUIRED)
        assert tuple(defs[f"myth-fact{suffix}"]["properties"]) == COMMON_QUESTION_KEYS + MYTH_FACT_KEYS
        assert tuple(defs[f"choice-question{suffix}"]["properties"]) == COMMON_QUESTION_KEYS + CHOICE_QUESTION_KEYS
        assert tuple(defs[f"choice{suffix}"]["properties"]) == CHOICE_KEYS
    assert tuple(defs["source"]["properties"]) == SOURCE_KEYS
    assert defs["name"]["pattern"] == json_pattern(NAME)
    assert defs["pack-id"]["pattern"] == json_pattern(PACK_ID)
    assert defs["language"]["pattern"] == json_pattern(LANGUAGE)
    assert defs["checked"]["pattern"] == json_pattern(CHECKED)


def test_a_key_list_out_of_step_with_the_loader_stops_the_build() -> None:
    """Describing a key the loader does not read, or leaving one out, raises instead of drifting quietly."""
    with pytest.raises(ValueError, match="the loader reads"):
        _complete(("title", "date"), {"title": {}})


def test_description_lists_every_loader_only_check() -> None:
    """The schema's description names each check it leaves to the loader."""
    description = build_schema()["description"]
    for key, said in LOADER_ONLY_CHECKS.items():
        assert f"- {key}: {said.text('en')}" in description


# -- real packs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [*BUNDLED, SAMPLE], ids=lambda p: p.name)
def test_every_bundled_pack_and_the_sample_fit_the_schema(
    path: Path, validator: jsonschema.Draft202012Validator
) -> None:
    data = safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_bundled_packs_also_read_with_yaml_safe_load(validator: jsonschema.Draft202012Validator) -> None:
    """The packs the game ships fit the schema read with plain yaml.safe_load, as an outside tool reads them."""
    assert BUNDLED
    for path in BUNDLED:
        assert validator.is_valid(yaml.safe_load(path.read_text(encoding="utf-8"))), path.name


@pytest.mark.parametrize("lang", sorted(LANGUAGE_OPTIONS))
def test_starter_packs_fit_the_schema(lang: str, validator: jsonschema.Draft202012Validator) -> None:
    assert validator.is_valid(safe_load(starter_pack("starter", LANGUAGE_OPTIONS[lang])))


# -- agreement -----------------------------------------------------------------------------------------

ARTICLE = "    article:\n      en: Drink eight glasses a day, no matter what.\n      zh: 不管怎样,每天都要喝八杯水。\n"
SOURCE_END = "  language: en\n"
TAG_NAMES = """\
tags:
  water:
    en: Drinking water
    zh: 饮水
  thirst:
    en: Thirst
    zh: 口渴
"""
WITH_TAG_NAMES = edit(VALID, "references:\n", TAG_NAMES + "references:\n")

CHOICE_START = VALID.index("      - text: {en: A headache")
CHOICE_END = VALID.index("    explanation:", CHOICE_START)


def _choices(count: int) -> str:
    """VALID with the multiple-choice question's choices after the first replaced to make `count` in all."""
    others = "".join(f"      - text: {{en: Other {i}, zh: 其他{i}}}\n" for i in range(count - 1))
    return VALID[:CHOICE_START] + others + VALID[CHOICE_END:]


GOOD: dict[str, str] = {
    "two languages": VALID,
    "one language": ONE_LANGUAGE,
    "languages in the other order": edit(VALID, "languages: [en, zh]", "languages: [zh, en]"),
    "capitalised answer and verdict": edit(
        edit(VALID, "answer: myth", "answer: Myth"), "article_verdict: overstated", "article_verdict: OVERSTATED"
    ),
    "version as a bare number": edit(VALID, 'version: "1.0"', "version: 1.0"),
    "yes for true": edit(VALID, "correct: true", "correct: yes"),
    "no optional question fields": edit(ONE_LANGUAGE, "    refs: [nhs-sleep]\n", ""),
    "empty references": edit(
        edit(ONE_LANGUAGE, "    refs: [nhs-sleep]\n", ""), '  nhs-sleep: "NHS. How to get to sleep. 2023."\n', ""
    ),
    "empty refs and tags": edit(VALID, "    tags: [water]\n", "    tags: []\n"),
    "one-language text as a mapping": edit(ONE_LANGUAGE, "title: Sleep basics", "title: {en: Sleep basics}"),
    "two choices": _choices(2),
    "four choices": _choices(4),
    "a language the game does not speak": edit(ONE_LANGUAGE, "languages: [en]", "languages: [fr]"),
    "anchors and aliases": edit(
        edit(VALID, "license: CC-BY-4.0", "license: &licence CC-BY-4.0"),
        "    tags: [water]\n",
        "    tags: [water]\n    article: *licence\n",
    ).replace(ARTICLE, ""),
    "choice without 'correct: false' spelled out": edit(
        VALID, "- text: {en: Hunger, zh: 饥饿}", "- {text: {en: Hunger, zh: 饥饿}, correct: false}"
    ),
    "comments before the first key": "# a comment\n" + VALID,
    "article in the source's language only": edit(VALID, ARTICLE, "    article: Drink eight glasses a day.\n"),
    "article as a mapping in the original only": edit(VALID, "      zh: 不管怎样,每天都要喝八杯水。\n", ""),
    "article quoting a source in a language the pack is not in": edit(
        edit(ONE_LANGUAGE, "source: {title: Sleep leaflet,", "source: {language: zh, title: Sleep leaflet,"),
        "    refs: [nhs-sleep]\n",
        "    refs: [nhs-sleep]\n    article: {zh: 每个人都要睡满八小时。, en: Everyone must sleep eight hours.}\n",
    ),
    "tag names": WITH_TAG_NAMES,
    "tag names in a one-language pack": edit(
        ONE_LANGUAGE, "references:\n", "tags: {sleep: Sleep and rest}\nreferences:\n"
    ).replace("    refs: [nhs-sleep]\n", "    refs: [nhs-sleep]\n    tags: [sleep]\n"),
    "tags left empty": edit(VALID, "references:\n", "tags:\nreferences:\n"),
    "checked as a month": edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026-11\n"),
    "checked as a quoted day, and a question's own": edit(
        edit(VALID, SOURCE_END, SOURCE_END + 'checked: "2026-11-05"\n'),
        "    difficulty: 2\n",
        "    difficulty: 2\n    checked: 2024-02\n",
    ),
}

BAD: dict[str, str] = {
    "empty file": "",
    "a list at the top": "- id: q1\n  claim: x\n  answer: myth\n",
    "YAML syntax error": edit(VALID, "en: Drink eight", "en: Doctors say: drink eight"),
    "python tag": edit(VALID, "license: CC-BY-4.0", "license: !!python/object/apply:os.getcwd []"),
    "no format version": edit(VALID, "pack: 1\n", ""),
    "format version 2": edit(VALID, "pack: 1", "pack: 2"),
    "format version quoted": edit(VALID, "pack: 1", 'pack: "1"'),
    "format version true": edit(VALID, "pack: 1", "pack: true"),
    "no id": edit(VALID, "id: hydration-basics\n", ""),
    "pack id with capitals": edit(VALID, "id: hydration-basics", "id: Hydration-Basics"),
    "no title": edit(VALID, "title:\n  en: Hydration basics\n  zh: 补水常识\n", ""),
    "unknown top-level key": VALID + "themes: [water]\n",
    "no languages": edit(VALID, "languages: [en, zh]\n", ""),
    "empty languages": edit(VALID, "languages: [en, zh]", "languages: []"),
    "a language twice": edit(ONE_LANGUAGE, "languages: [en]", "languages: [en, en]"),
    "a language code that is a word": edit(ONE_LANGUAGE, "languages: [en]", "languages: [english]"),
    "version as a list": edit(VALID, 'version: "1.0"', "version: [1, 0]"),
    "version as a mapping": edit(VALID, 'version: "1.0"', "version: {major: 1}"),
    "no authors": edit(VALID, "authors: [Ms Rivera, Mr Chen]", "authors: []"),
    "empty license": edit(VALID, "license: CC-BY-4.0", 'license: ""'),
    "license left blank": edit(VALID, "license: CC-BY-4.0", "license:"),
    "source as a list": edit(
        ONE_LANGUAGE, 'source: {title: Sleep leaflet, date: "2024-05-01"}', "source: [Sleep leaflet]"
    ),
    "source without a date": edit(
        ONE_LANGUAGE, 'source: {title: Sleep leaflet, date: "2024-05-01"}', "source: {title: Sleep leaflet}"
    ),
    "unknown source key": edit(VALID, "  language: en\n", "  language: en\n  publisher: NHS\n"),
    "references as a list": edit(ONE_LANGUAGE, '  nhs-sleep: "NHS. How to get to sleep. 2023."', "  - nhs-sleep"),
    "reference id that is not a name": edit(ONE_LANGUAGE, "references:\n", "references:\n  _draft: Someone. 2020.\n"),
    "empty citation": edit(ONE_LANGUAGE, '  nhs-sleep: "NHS. How to get to sleep. 2023."', '  nhs-sleep: ""'),
    "no questions": ONE_LANGUAGE[: ONE_LANGUAGE.index("questions:")],
    "empty questions": ONE_LANGUAGE[: ONE_LANGUAGE.index("questions:")] + "questions: []\n",
    "a question that is text": ONE_LANGUAGE[: ONE_LANGUAGE.index("questions:")] + "questions: [hello]\n",
    "question without id": edit(VALID, "  - id: eight-glasses\n    claim:", "  - claim:"),
    "question id with a space": edit(VALID, "- id: eight-glasses", '- id: "eight glasses"'),
    "no answer": edit(VALID, "    answer: myth\n", ""),
    "answer mith": edit(VALID, "answer: myth", "answer: mith"),
    "answer true": edit(VALID, "answer: myth", "answer: true"),
    "no explanation": edit(ONE_LANGUAGE, "    explanation: Most adults need seven to nine hours; it varies.\n", ""),
    "claim and question both": edit(
        VALID, "    answer: myth\n", "    answer: myth\n    question: {en: Is it, zh: 是吗}\n"
    ),
    "neither claim nor question": edit(
        ONE_LANGUAGE, "    claim: Every adult needs exactly eight hours of sleep.\n", ""
    ),
    "choices on a claim question": edit(
        VALID, "    answer: myth\n", "    answer: myth\n    choices: [{text: {en: Yes, zh: 是}}]\n"
    ),
    "answer on a multiple-choice question": edit(VALID, "    choices:\n", "    answer: fact\n    choices:\n"),
    "choices without a question": edit(
        VALID,
        "    question:\n      en: Which is a reliable everyday sign that a healthy adult needs to drink?\n"
        "      zh: 对健康成年人来说,以下哪一项是日常需要喝水的可靠信号?\n",
        "",
    ),
    "choices as a mapping": VALID[: VALID.index("    choices:\n")] + "    choices: {a: b}\n" + VALID[CHOICE_END:],
    "one choice": _choices(1),
    "five choices": _choices(5),
    "no choice correct": edit(VALID, "        correct: true\n", ""),
    "two choices correct": edit(
        VALID, "- text: {en: Hunger, zh: 饥饿}", "- text: {en: Hunger, zh: 饥饿}\n        correct: true"
    ),
    "correct maybe": edit(VALID, "correct: true", "correct: maybe"),
    "correct quoted": edit(VALID, "correct: true", 'correct: "true"'),
    "choice without text": edit(VALID, "- text: {en: Hunger, zh: 饥饿}", "- feedback: {en: Hunger, zh: 饥饿}"),
    "unknown choice key": edit(VALID, "- text: {en: Hunger, zh: 饥饿}", "- {text: {en: Hunger, zh: 饥饿}, hint: eat}"),
    "empty feedback": edit(
        VALID, "feedback: {en: Yes. Thirst works well., zh: 对。口渴是很好的信号。}", 'feedback: {en: "", zh: 对}'
    ),
    "difficulty 0": edit(VALID, "difficulty: 2", "difficulty: 0"),
    "difficulty 4": edit(VALID, "difficulty: 2", "difficulty: 4"),
    "difficulty 1.5": edit(VALID, "difficulty: 2", "difficulty: 1.5"),
    "difficulty in words": edit(VALID, "difficulty: 2", "difficulty: two"),
    "difficulty quoted": edit(VALID, "difficulty: 2", 'difficulty: "2"'),
    "difficulty true": edit(VALID, "difficulty: 2", "difficulty: true"),
    "verdict not one of the three": edit(VALID, "article_verdict: overstated", "article_verdict: exaggerated"),
    "article as a list": edit(VALID, ARTICLE, "    article: [Drink eight glasses]\n"),
    "empty article translation": edit(VALID, "      zh: 不管怎样,每天都要喝八杯水。", '      zh: ""'),
    "article translated into a language code that is a word": edit(
        VALID, "      zh: 不管怎样,每天都要喝八杯水。", "      chinese: 不管怎样,每天都要喝八杯水。"
    ),
    "checked in words": edit(VALID, SOURCE_END, SOURCE_END + "checked: November 2026\n"),
    "checked as a year": edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026\n"),
    "checked in month 13": edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026-13\n"),
    "checked on day 32": edit(VALID, SOURCE_END, SOURCE_END + 'checked: "2026-01-32"\n'),
    "checked with a time": edit(VALID, SOURCE_END, SOURCE_END + 'checked: "2026-01-05 10:00"\n'),
    "question checked empty": edit(VALID, "    difficulty: 2\n", "    difficulty: 2\n    checked:\n"),
    "tag names as a list": edit(VALID, "references:\n", "tags: [water, thirst]\nreferences:\n"),
    "tag name without its translation": edit(
        VALID, "references:\n", TAG_NAMES.replace("    zh: 口渴\n", "") + "references:\n"
    ),
    "tag id with a space": edit(
        VALID, "references:\n", TAG_NAMES.replace("  thirst:", '  "a thirst":') + "references:\n"
    ),
    "refs as text": edit(ONE_LANGUAGE, "refs: [nhs-sleep]", "refs: nhs-sleep"),
    "tag with a space": edit(VALID, "tags: [water]", 'tags: ["tap water"]'),
    "missing translation": edit(VALID, "      zh: 每个人每天都必须正好喝八杯水。\n", ""),
    "plain string in a two-language pack": edit(
        VALID, "title:\n  en: Hydration basics\n  zh: 补水常识\n", "title: Hydration basics\n"
    ),
    "a language not declared": edit(VALID, "  zh: 补水常识\n", "  zh: 补水常识\n  fr: L'hydratation\n"),
    "empty text mapping": edit(VALID, "title:\n  en: Hydration basics\n  zh: 补水常识\n", "title: {}\n"),
    "one-language text in another language": edit(ONE_LANGUAGE, "title: Sleep basics", "title: {zh: 睡眠}"),
    "blank translation": edit(VALID, "  en: Hydration basics", '  en: "   "'),
}


@pytest.mark.parametrize("name", GOOD)
def test_loader_and_schema_both_accept(name: str, tmp_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    text = GOOD[name]
    assert loader_accepts(tmp_path, text), name
    assert schema_accepts(validator, text), name


@pytest.mark.parametrize("name", BAD)
def test_loader_and_schema_both_refuse(name: str, tmp_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    text = BAD[name]
    assert not loader_accepts(tmp_path, text), f"the loader accepts {name!r}"
    assert not schema_accepts(validator, text), f"the schema accepts {name!r}"


def test_there_are_many_bad_cases() -> None:
    """Enough mistakes, at every level of a pack, that a drift between the two cannot hide for long."""
    assert len(BAD) >= 50


# Each documented disagreement: (the LOADER_ONLY_CHECKS key, the pack, loader accepts?, schema accepts?).
EXCEPTIONS: dict[str, tuple[str, str, bool, bool]] = {
    "duplicate question ids": (
        "duplicate-question-ids", edit(VALID, "- id: thirst-signal", "- id: eight-glasses"), False, True,
    ),
    "unknown reference": (
        "unknown-references", edit(ONE_LANGUAGE, "refs: [nhs-sleep]", "refs: [nhs-sleep-2020]"), False, True,
    ),
    "a tag the pack does not name": (
        "unknown-tags", edit(WITH_TAG_NAMES, "tags: [water, thirst]", "tags: [water, thrist]"), False, True,
    ),
    "a translated article with no source language": (
        "article-languages", edit(VALID, SOURCE_END, ""), False, True,
    ),
    "an article translated into a language the pack does not declare": (
        "article-languages", edit(VALID, "      zh: 不管怎样,每天都要喝八杯水。", "      fr: Huit verres par jour."),
        False, True,
    ),
    "an article without its original": (
        "article-languages", edit(VALID, "      en: Drink eight glasses a day, no matter what.\n", ""), False, True,
    ),
    "checked on 30 February": (
        "calendar-dates", edit(VALID, SOURCE_END, SOURCE_END + 'checked: "2026-02-30"\n'), False, True,
    ),
    "plain strings in a French and German pack": (
        "other-languages", edit(ONE_LANGUAGE, "languages: [en]", "languages: [fr, de]"), False, True,
    ),
    "a key written twice": (
        "yaml-level", edit(VALID, "    answer: myth\n", "    answer: myth\n    answer: fact\n"), False, True,
    ),
    "a merge key": (
        "yaml-level", edit(VALID, "    tags: [water]\n", "    tags: [water]\n    <<: {difficulty: 2}\n"), False, True,
    ),
    "a question id that is a number": (
        "scalar-spelling", edit(ONE_LANGUAGE, "- id: eight-hours", "- id: 42"), True, False,
    ),
    "difficulty 2.0": ("scalar-spelling", edit(VALID, "difficulty: 2", "difficulty: 2.0"), False, True),
    "format version 0x1": ("scalar-spelling", edit(VALID, "pack: 1", "pack: 0x1"), False, True),
    "an unquoted date": (
        "scalar-spelling", edit(ONE_LANGUAGE, 'date: "2024-05-01"', "date: 2024-05-01"), True, False,
    ),
    "an unquoted day in checked": (
        "scalar-spelling", edit(VALID, SOURCE_END, SOURCE_END + "checked: 2026-11-05\n"), True, False,
    ),
    "a name ending in a line break": (
        "scalar-spelling", edit(ONE_LANGUAGE, "- id: eight-hours", '- id: "eight-hours\\n"'), False, True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", EXCEPTIONS)
def test_documented_disagreements(name: str, tmp_path: Path, validator: jsonschema.Draft202012Validator) -> None:
    """Each known disagreement happens as documented; if one stops, the schema's description must change too."""
    key, text, loader_ok, schema_ok = EXCEPTIONS[name]
    assert key in LOADER_ONLY_CHECKS
    assert (loader_accepts(tmp_path, text), schema_accepts(validator, text)) == (loader_ok, schema_ok)


def test_every_documented_disagreement_has_a_case() -> None:
    """No check is listed as loader-only without a case here showing it (tags and syntax are in BAD: both refuse)."""
    assert {case[0] for case in EXCEPTIONS.values()} == set(LOADER_ONLY_CHECKS)

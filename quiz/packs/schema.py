"""The JSON Schema of pack format version 1, for editors and CI, built from the format's own rules.

Every key list, required list, name pattern and limit is imported from `quiz.packs.format_v1`, so adding a field or
changing a rule there changes the schema too; tests/test_schema.py checks, case by case, that the two agree.

The schema cannot see everything the loader checks: it sees the data a YAML reader makes, not the file, and it
cannot compare one part of a document with another. Those checks are listed in LOADER_ONLY_CHECKS and in the
schema's own description.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from typing import Any

from quiz.i18n import DEFAULT_LANGUAGE, tr
from quiz.i18n import languages as ui_languages
from quiz.message import Msg, msg
from quiz.model import FACT, MYTH, Verdict
from quiz.packs.format_v1 import (
    CHECKED,
    CHOICE_KEYS,
    CHOICE_QUESTION_KEYS,
    CHOICE_REQUIRED,
    COMMON_QUESTION_KEYS,
    LANGUAGE,
    MAX_CHOICES,
    MAX_DIFFICULTY,
    MIN_CHOICES,
    MIN_DIFFICULTY,
    MYTH_FACT_KEYS,
    NAME,
    PACK_ID,
    PACK_KEYS,
    PACK_REQUIRED,
    QUESTION_REQUIRED,
    SOURCE_KEYS,
    SOURCE_REQUIRED,
    VERSION,
)

GAME_LANGUAGES = ui_languages({})
"""The languages of the bundled catalogs, not of any a translator adds: `quiz schema` prints the same file on every
machine."""
DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "pack.schema.json"
"""The name `quiz new` gives the schema it writes beside a new pack, and the docs use."""

Schema = dict[str, Any]

_SCALAR_TYPES = ("string", "number", "boolean")
"""The JSON types of a YAML scalar; the loader reads any of them as the text written ('version: 1.0' is "1.0")."""

LOADER_ONLY_CHECKS: dict[str, Msg] = {
    name: msg(f"schema.check.{name}", languages=", ".join(sorted(GAME_LANGUAGES)))
    for name in (
        "duplicate-question-ids", "unknown-references", "unknown-tags", "article-languages", "calendar-dates",
        "other-languages", "yaml-level", "scalar-spelling",
    )
}  # fmt: skip
"""Checks the loader makes that this schema cannot, by name. A pack the schema accepts can still fail to load."""


def json_pattern(pattern: re.Pattern[str]) -> str:
    r"""A loader pattern (used with re.match and ending in \Z) as a JSON Schema pattern, which is searched."""
    source = pattern.pattern
    if not source.endswith(r"\Z"):
        raise ValueError(f"loader patterns end in \\Z; this one does not: {source!r}")
    return "^" + source[: -len(r"\Z")] + "$"


def _any_case(words: tuple[str, ...]) -> str:
    """A pattern matching any of `words` in any mix of cases: the loader lowercases these values first."""
    spelled = ("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in w) for w in words)
    return "^(?:" + "|".join(spelled) + ")$"


def _keyword(words: tuple[str, ...], description: str) -> Schema:
    """One of `words`; editors offer the lowercase spellings, and any case is accepted, as the loader does."""
    return {
        "description": description,
        "anyOf": [{"enum": list(words)}, {"type": "string", "pattern": _any_case(words)}],
    }


def _shared_defs(lang: str) -> dict[str, Schema]:
    """The definitions that do not depend on the pack's languages, their words in `lang`."""

    name = {"type": "string", "pattern": json_pattern(NAME), "patternErrorMessage": tr("load.fix.name", lang)}
    return {
        # Free text: the loader reads any non-empty scalar as text, so 'version: 1.0' is the text "1.0".
        "plain": {
            "description": tr("schema.plain", lang),
            "type": list(_SCALAR_TYPES),
            "pattern": r"\S",
        },
        "name": name,
        "names": {"type": "array", "items": {"$ref": "#/$defs/name"}},
        "pack-id": {
            "type": "string",
            "pattern": json_pattern(PACK_ID),
            "patternErrorMessage": tr("load.fix.pack_id", lang),
        },
        "language": {
            "type": "string",
            "pattern": json_pattern(LANGUAGE),
            "patternErrorMessage": tr("load.fix.language", lang),
        },
        "source": {
            "description": tr("schema.source", lang),
            "type": "object",
            "properties": _complete(
                SOURCE_KEYS,
                {
                    "title": {"$ref": "#/$defs/plain", "description": tr("schema.source.title", lang)},
                    "date": {"$ref": "#/$defs/plain", "description": tr("schema.source.date", lang)},
                    "link": {"$ref": "#/$defs/plain", "description": tr("schema.source.link", lang)},
                    "language": {"$ref": "#/$defs/language", "description": tr("schema.source.language", lang)},
                },
            ),
            "required": list(SOURCE_REQUIRED),
            "additionalProperties": False,
        },
        "references": {
            "description": tr("schema.references", lang),
            "type": ["object", "null"],
            "propertyNames": {"$ref": "#/$defs/name"},
            "additionalProperties": {"$ref": "#/$defs/plain"},
        },
        "checked": {
            "description": tr("schema.checked", lang),
            "type": "string",
            "pattern": json_pattern(CHECKED),
            "patternErrorMessage": tr("schema.checked.pattern", lang),
        },
        "article": {
            "description": tr("schema.article", lang),
            "anyOf": [
                {"$ref": "#/$defs/plain"},
                {
                    "type": "object",
                    "propertyNames": {"$ref": "#/$defs/language"},
                    "minProperties": 1,
                    "additionalProperties": {"$ref": "#/$defs/plain"},
                },
            ],
        },
        "answer": _keyword((MYTH, FACT), tr("schema.answer", lang)),
        "verdict": _keyword(tuple(v.value for v in Verdict), tr("schema.verdict", lang)),
        "difficulty": {
            "description": tr("schema.difficulty", lang, low=MIN_DIFFICULTY, high=MAX_DIFFICULTY),
            "type": "integer",
            "minimum": MIN_DIFFICULTY,
            "maximum": MAX_DIFFICULTY,
        },
        "text": {
            "description": tr("schema.text", lang),
            "type": [*_SCALAR_TYPES, "object"],
            "pattern": r"\S",
            "propertyNames": {"$ref": "#/$defs/language"},
            "minProperties": 1,
            "additionalProperties": {"$ref": "#/$defs/plain"},
        },
    }


def _text_for(languages: tuple[str, ...], lang: str) -> Schema:
    """Text in a pack that declares exactly `languages`: each one translated, and no other (described in `lang`)."""
    translations: Schema = {
        "properties": {lang: {"$ref": "#/$defs/plain"} for lang in languages},
        "required": list(languages),
        "additionalProperties": False,
    }
    if len(languages) == 1:
        # A one-language pack may also write its text as a plain string.
        return {
            "description": tr("schema.text_one", lang, mapping=f"{{{languages[0]}: ...}}"),
            "type": [*_SCALAR_TYPES, "object"],
            "pattern": r"\S",
            **translations,
        }
    described = tr("schema.text_all", lang, languages=", ".join(languages))
    return {"description": described, "type": "object", **translations}


def _shape_defs(suffix: str, lang: str) -> dict[str, Schema]:
    """The pack, question and choice shapes whose text is `#/$defs/text{suffix}`, described in `lang`."""
    text = {"$ref": f"#/$defs/text{suffix}"}

    def ref(what: str) -> Schema:
        return {"$ref": f"#/$defs/{what}{suffix}"}

    common = {
        "id": {"$ref": "#/$defs/name", "description": tr("schema.question.id", lang)},
        "explanation": {**text, "description": tr("schema.question.explanation", lang)},
        "article": {"$ref": "#/$defs/article"},
        "article_verdict": {"$ref": "#/$defs/verdict"},
        "refs": {"$ref": "#/$defs/names", "description": tr("schema.question.refs", lang)},
        "checked": {"$ref": "#/$defs/checked", "description": tr("schema.question.checked", lang)},
        "tags": {"$ref": "#/$defs/names", "description": tr("schema.question.tags", lang)},
        "difficulty": {"$ref": "#/$defs/difficulty"},
    }
    myth_fact = _complete(
        COMMON_QUESTION_KEYS + MYTH_FACT_KEYS,
        {
            **common,
            "claim": {**text, "description": tr("schema.question.claim", lang)},
            "answer": {"$ref": "#/$defs/answer"},
        },
    )
    choice_question = _complete(
        COMMON_QUESTION_KEYS + CHOICE_QUESTION_KEYS,
        {
            **common,
            "question": {**text, "description": tr("schema.question.question", lang)},
            "choices": {
                "description": tr("schema.question.choices", lang, low=MIN_CHOICES, high=MAX_CHOICES),
                "type": "array",
                "minItems": MIN_CHOICES,
                "maxItems": MAX_CHOICES,
                "items": ref("choice"),
                "contains": {"type": "object", "required": ["correct"], "properties": {"correct": {"const": True}}},
                "minContains": 1,
                "maxContains": 1,
            },
        },
    )
    choice = _complete(
        CHOICE_KEYS,
        {
            "text": text,
            "correct": {"type": "boolean", "description": tr("schema.choice.correct", lang)},
            "feedback": {**text, "description": tr("schema.choice.feedback", lang)},
        },
    )
    pack = _complete(
        PACK_KEYS,
        {
            "pack": {"const": VERSION, "description": tr("schema.pack.pack", lang, version=VERSION)},
            "id": {"$ref": "#/$defs/pack-id", "description": tr("schema.pack.id", lang)},
            "title": text,
            "description": text,
            "languages": {
                "description": tr("schema.pack.languages", lang),
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"$ref": "#/$defs/language"},
            },
            "version": {"$ref": "#/$defs/plain", "description": tr("schema.pack.version", lang)},
            "authors": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/plain"}},
            "license": {"$ref": "#/$defs/plain", "description": tr("schema.pack.license", lang)},
            "source": {"$ref": "#/$defs/source"},
            "checked": {"$ref": "#/$defs/checked"},
            "disclaimer": {**text, "description": tr("schema.pack.disclaimer", lang)},
            "tags": {
                "description": tr("schema.pack.tags", lang),
                "type": ["object", "null"],
                "propertyNames": {"$ref": "#/$defs/name"},
                "additionalProperties": text,
            },
            "references": {"$ref": "#/$defs/references"},
            "questions": {"type": "array", "minItems": 1, "items": ref("question")},
        },
    )
    return {
        f"pack{suffix}": _closed(pack, PACK_REQUIRED),
        # The loader decides the kind the same way: a claim makes a myth-or-fact question, else a question or
        # choices make a multiple-choice one. if/then (rather than oneOf) lets an editor say which field is wrong.
        f"question{suffix}": {
            "type": "object",
            "if": {"required": ["claim"]},
            "then": ref("myth-fact"),
            "else": {
                "if": {"anyOf": [{"required": [key]} for key in CHOICE_QUESTION_KEYS]},
                "then": ref("choice-question"),
                "else": ref("myth-fact"),
            },
        },
        f"myth-fact{suffix}": _closed(myth_fact, QUESTION_REQUIRED + MYTH_FACT_KEYS),
        f"choice-question{suffix}": _closed(choice_question, QUESTION_REQUIRED + CHOICE_QUESTION_KEYS),
        f"choice{suffix}": _closed(choice, CHOICE_REQUIRED),
    }


def _complete(keys: tuple[str, ...], properties: dict[str, Schema]) -> dict[str, Schema]:
    """`properties`, checked to describe exactly the loader's `keys`, in the loader's order."""
    if set(properties) != set(keys):
        raise ValueError(f"the schema describes {sorted(properties)} but the loader reads {sorted(keys)}")
    return {key: properties[key] for key in keys}


def _closed(properties: dict[str, Schema], required: tuple[str, ...]) -> Schema:
    """An object with these properties and no others."""
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}


def _language_sets() -> list[tuple[str, ...]]:
    """Every non-empty set of the languages the game speaks, largest first."""
    ordered = sorted(GAME_LANGUAGES)
    return [combo for size in range(len(ordered), 0, -1) for combo in combinations(ordered, size)]


def _declares(languages: tuple[str, ...]) -> Schema:
    """Matches a pack whose 'languages' holds exactly `languages`, in any order."""
    return {
        "required": ["languages"],
        "properties": {
            "languages": {
                "type": "array",
                "minItems": len(languages),
                "maxItems": len(languages),
                "uniqueItems": True,
                "items": {"enum": list(languages)},
            }
        },
    }


def _by_languages(sets: list[tuple[str, ...]]) -> Schema:
    """if/then/else down the language sets, ending with the shape that takes any language."""
    if not sets:
        return {"$ref": "#/$defs/pack"}
    first, rest = sets[0], sets[1:]
    return {"if": _declares(first), "then": {"$ref": f"#/$defs/pack-{'-'.join(first)}"}, "else": _by_languages(rest)}


def _description(lang: str) -> str:
    """The schema's description in `lang`: what it is, and what only the loader checks."""
    lines = [tr("schema.description", lang, version=VERSION)]
    lines += [f"- {key}: {said.text(lang)}" for key, said in LOADER_ONLY_CHECKS.items()]
    return "\n".join(lines)


def build_schema(lang: str = DEFAULT_LANGUAGE) -> Schema:
    """The JSON Schema (draft 2020-12) of pack format version 1, its titles and descriptions in `lang`."""
    defs = _shared_defs(lang)
    defs.update(_shape_defs("", lang))
    # Packs in the languages the game speaks get a shape whose every text must give exactly those languages.
    for languages in _language_sets():
        suffix = "-" + "-".join(languages)
        defs[f"text{suffix}"] = _text_for(languages, lang)
        defs.update(_shape_defs(suffix, lang))
    return {
        "$schema": DIALECT,
        "title": tr("schema.title", lang, version=VERSION),
        "description": _description(lang),
        "type": "object",
        **_by_languages(_language_sets()),
        "$defs": defs,
    }


def schema_json(lang: str = DEFAULT_LANGUAGE) -> str:
    """The schema as the JSON text `quiz schema` prints (in `lang`), ending in a newline."""
    return json.dumps(build_schema(lang), indent=2, ensure_ascii=False) + "\n"

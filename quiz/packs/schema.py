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

from quiz.i18n import languages as ui_languages
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

LOADER_ONLY_CHECKS: dict[str, str] = {
    "duplicate-question-ids": (
        "Question ids must be unique in a pack: a schema compares whole list items, not one field of them."
    ),
    "unknown-references": (
        "Every id in a question's 'refs' must be a key of 'references': a schema cannot compare one part of a "
        "document with another."
    ),
    "unknown-tags": (
        "When the pack names its tags in 'tags', every tag a question lists must be one of them: a schema cannot "
        "compare one part of a document with another."
    ),
    "article-languages": (
        "An 'article' written as a mapping must give the original sentence in the language 'source.language' "
        "names (which must be there), and translations only into the languages in 'languages'."
    ),
    "calendar-dates": (
        "A 'checked' date must be a real month or day: the schema's pattern takes 2026-02-30 or 2025-04-31."
    ),
    "other-languages": (
        "Every text must give exactly the languages in 'languages'. The schema checks this when 'languages' lists "
        f"languages the game speaks ({', '.join(sorted(GAME_LANGUAGES))}); for any other list it only checks that a "
        "text is a string or a mapping from language codes to strings."
    ),
    "yaml-level": (
        "What a YAML reader settles before the schema sees the data: a key written twice in one mapping (the reader "
        "keeps one), '<<' merge keys (the reader merges them; the loader refuses them), tags, the file size, "
        "the encoding and YAML syntax."
    ),
    "scalar-spelling": (
        "The loader reads a value as it is written; a YAML reader turns some spellings into numbers, booleans or "
        "dates first. So a name written as a bare number (id: 42, tags: [2024]) is a name to the loader but a number "
        "to the schema, which wants names as strings: quote them. A number not written as plain digits "
        "(difficulty: 2.0, pack: 0x1) is refused by the loader but equals the number for the schema. An unquoted "
        "date (date: 2025-09-01) is text to the loader and to editors, but a date object to PyYAML's safe_load. "
        "A quoted name ending in a line break passes the schema's pattern when checked with Python's re."
    ),
}
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


def _shared_defs() -> dict[str, Schema]:
    """The definitions that do not depend on the pack's languages."""
    name = {
        "type": "string",
        "pattern": json_pattern(NAME),
        "patternErrorMessage": "use letters, digits, dashes and underscores, starting with a letter or digit",
    }
    return {
        # Free text: the loader reads any non-empty scalar as text, so 'version: 1.0' is the text "1.0".
        "plain": {
            "description": "text, not empty",
            "type": list(_SCALAR_TYPES),
            "pattern": r"\S",
        },
        "name": name,
        "names": {"type": "array", "items": {"$ref": "#/$defs/name"}},
        "pack-id": {
            "type": "string",
            "pattern": json_pattern(PACK_ID),
            "patternErrorMessage": "use lowercase letters, digits and dashes",
        },
        "language": {
            "type": "string",
            "pattern": json_pattern(LANGUAGE),
            "patternErrorMessage": "use a code such as zh or en",
        },
        "source": {
            "description": "what the pack was built from",
            "type": "object",
            "properties": _complete(
                SOURCE_KEYS,
                {
                    "title": {"$ref": "#/$defs/plain", "description": "the source's title"},
                    "date": {"$ref": "#/$defs/plain", "description": 'its date, quoted: "2025-09-01"'},
                    "link": {"$ref": "#/$defs/plain", "description": "optional: where to find it"},
                    "language": {"$ref": "#/$defs/language", "description": "optional: the language it is written in"},
                },
            ),
            "required": list(SOURCE_REQUIRED),
            "additionalProperties": False,
        },
        "references": {
            "description": "reference id -> the full citation",
            "type": ["object", "null"],
            "propertyNames": {"$ref": "#/$defs/name"},
            "additionalProperties": {"$ref": "#/$defs/plain"},
        },
        "checked": {
            "description": 'when the evidence was last checked: a month (2026-11) or a day, quoted ("2026-11-05")',
            "type": "string",
            "pattern": json_pattern(CHECKED),
            "patternErrorMessage": "write a month as 2026-11 or a day as 2026-11-05",
        },
        "article": {
            "description": (
                "optional: the source's sentence this question tests, as a string in the source's language, or a "
                "mapping from the source's language (source.language) to it and from other languages of the pack "
                "to its translations"
            ),
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
        "answer": _keyword((MYTH, FACT), "myth or fact"),
        "verdict": _keyword(tuple(v.value for v in Verdict), "how the source's sentence holds up against the evidence"),
        "difficulty": {
            "description": f"{MIN_DIFFICULTY} (easy) to {MAX_DIFFICULTY} (hard); {MIN_DIFFICULTY} when left out",
            "type": "integer",
            "minimum": MIN_DIFFICULTY,
            "maximum": MAX_DIFFICULTY,
        },
        "text": {
            "description": "a string, or a mapping from each language in 'languages' to its string",
            "type": [*_SCALAR_TYPES, "object"],
            "pattern": r"\S",
            "propertyNames": {"$ref": "#/$defs/language"},
            "minProperties": 1,
            "additionalProperties": {"$ref": "#/$defs/plain"},
        },
    }


def _text_for(languages: tuple[str, ...]) -> Schema:
    """Text in a pack that declares exactly `languages`: each one translated, and no other."""
    translations: Schema = {
        "properties": {lang: {"$ref": "#/$defs/plain"} for lang in languages},
        "required": list(languages),
        "additionalProperties": False,
    }
    if len(languages) == 1:
        # A one-language pack may also write its text as a plain string.
        return {
            "description": f"a string, or {{{languages[0]}: ...}}",
            "type": [*_SCALAR_TYPES, "object"],
            "pattern": r"\S",
            **translations,
        }
    return {"description": "a translation for each of " + ", ".join(languages), "type": "object", **translations}


def _shape_defs(suffix: str) -> dict[str, Schema]:
    """The pack, question and choice shapes whose text is `#/$defs/text{suffix}`."""
    text = {"$ref": f"#/$defs/text{suffix}"}

    def ref(what: str) -> Schema:
        return {"$ref": f"#/$defs/{what}{suffix}"}

    common = {
        "id": {"$ref": "#/$defs/name", "description": "unique in the pack; answers are remembered by it"},
        "explanation": {**text, "description": "why the answer is right, with the evidence"},
        "article": {"$ref": "#/$defs/article"},
        "article_verdict": {"$ref": "#/$defs/verdict"},
        "refs": {"$ref": "#/$defs/names", "description": "ids from 'references'"},
        "checked": {"$ref": "#/$defs/checked", "description": "optional: overrides the pack's 'checked'"},
        "tags": {"$ref": "#/$defs/names", "description": "tag ids, from the pack's 'tags' when it names any"},
        "difficulty": {"$ref": "#/$defs/difficulty"},
    }
    myth_fact = _complete(
        COMMON_QUESTION_KEYS + MYTH_FACT_KEYS,
        {
            **common,
            "claim": {**text, "description": "a statement the player judges"},
            "answer": {"$ref": "#/$defs/answer"},
        },
    )
    choice_question = _complete(
        COMMON_QUESTION_KEYS + CHOICE_QUESTION_KEYS,
        {
            **common,
            "question": {**text, "description": "the question the choices answer"},
            "choices": {
                "description": f"{MIN_CHOICES} to {MAX_CHOICES} choices, exactly one with 'correct: true'",
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
            "correct": {"type": "boolean", "description": "true on the one right choice"},
            "feedback": {**text, "description": "optional: shown when this choice is picked"},
        },
    )
    pack = _complete(
        PACK_KEYS,
        {
            "pack": {"const": VERSION, "description": f"the format version: {VERSION}"},
            "id": {"$ref": "#/$defs/pack-id", "description": "unique among your packs"},
            "title": text,
            "description": text,
            "languages": {
                "description": "the language codes every text gives, e.g. [zh, en]",
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"$ref": "#/$defs/language"},
            },
            "version": {"$ref": "#/$defs/plain", "description": 'your own version of the pack, quoted: "1.0"'},
            "authors": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/plain"}},
            "license": {"$ref": "#/$defs/plain", "description": "e.g. CC-BY-4.0"},
            "source": {"$ref": "#/$defs/source"},
            "checked": {"$ref": "#/$defs/checked"},
            "disclaimer": {**text, "description": "shown beside every explanation"},
            "tags": {
                "description": "optional: tag id -> its name, as text",
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


def _description() -> str:
    """The schema's description: what it is, and what only the loader checks."""
    lines = [
        f"A question pack for Myth or Fact, format version {VERSION} (docs/packs.md). "
        "'quiz validate' is the final word: it also checks what this schema cannot:",
    ]
    lines += [f"- {key}: {text}" for key, text in LOADER_ONLY_CHECKS.items()]
    return "\n".join(lines)


def build_schema() -> Schema:
    """The JSON Schema (draft 2020-12) of pack format version 1."""
    defs = _shared_defs()
    defs.update(_shape_defs(""))
    # Packs in the languages the game speaks get a shape whose every text must give exactly those languages.
    for languages in _language_sets():
        suffix = "-" + "-".join(languages)
        defs[f"text{suffix}"] = _text_for(languages)
        defs.update(_shape_defs(suffix))
    return {
        "$schema": DIALECT,
        "title": f"Myth or Fact question pack, format version {VERSION}",
        "description": _description(),
        "type": "object",
        **_by_languages(_language_sets()),
        "$defs": defs,
    }


def schema_json() -> str:
    """The schema as the JSON text `quiz schema` prints, ending in a newline."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"

"""Pack files: loading them with positions, reporting their problems, and finding them.

The checker's warnings (`quiz.packs.lint`) and the JSON Schema (`quiz.packs.schema`) are imported from their own
modules, by the commands that use them: playing and listing packs need neither.

The format's rules (key lists, name patterns, limits) are exported here as their one source: the schema, the
exchange formats and the commands take them from here rather than restating them.
"""

from quiz.packs.cache import PackCache
from quiz.packs.discovery import Catalog, load_catalog, pack_files
from quiz.packs.format_v1 import (
    CHECKED,
    CHOICE_KEYS,
    CHOICE_QUESTION_KEYS,
    CHOICE_REQUIRED,
    COMMON_QUESTION_KEYS,
    EDIT_MARK,
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
    QUESTION_KEYS,
    QUESTION_REQUIRED,
    SOURCE_KEYS,
    SOURCE_REQUIRED,
)
from quiz.packs.header import PackHeader
from quiz.packs.loader import FORMAT_VERSION, load_pack
from quiz.packs.problems import PackError, Problem, Severity
from quiz.packs.yamlsource import MAX_BYTES

__all__ = [
    "CHECKED",
    "CHOICE_KEYS",
    "CHOICE_QUESTION_KEYS",
    "CHOICE_REQUIRED",
    "COMMON_QUESTION_KEYS",
    "EDIT_MARK",
    "Catalog",
    "FORMAT_VERSION",
    "LANGUAGE",
    "MAX_BYTES",
    "MAX_CHOICES",
    "MAX_DIFFICULTY",
    "MIN_CHOICES",
    "MIN_DIFFICULTY",
    "MYTH_FACT_KEYS",
    "NAME",
    "PACK_ID",
    "PACK_KEYS",
    "PACK_REQUIRED",
    "PackCache",
    "PackError",
    "PackHeader",
    "Problem",
    "QUESTION_KEYS",
    "QUESTION_REQUIRED",
    "SOURCE_KEYS",
    "SOURCE_REQUIRED",
    "Severity",
    "load_catalog",
    "load_pack",
    "pack_files",
]

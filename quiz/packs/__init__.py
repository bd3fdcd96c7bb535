"""Pack files: loading them with positions, reporting their problems and warnings, and finding them."""

from quiz.packs.discovery import Catalog, load_catalog, pack_files
from quiz.packs.lint import check_paths, lint
from quiz.packs.loader import FORMAT_VERSION, load_pack
from quiz.packs.problems import PackError, Problem, Severity
from quiz.packs.schema import build_schema
from quiz.packs.yamlsource import MAX_BYTES

__all__ = [
    "Catalog",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "PackError",
    "Problem",
    "Severity",
    "build_schema",
    "check_paths",
    "lint",
    "load_catalog",
    "load_pack",
    "pack_files",
]

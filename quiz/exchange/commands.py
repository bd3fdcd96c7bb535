"""The `quiz export` and `quiz import` commands.

Each command resolves its input, hands a Pack (or a file's text) to the format modules, and turns every
failure into one line on stderr and an exit code: 2 for bad arguments (unknown pack, missing file, a
language the pack does not have, an output that exists), 1 for a bad input file or one that cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from quiz.exchange.common import (
    EDIT_MARK,
    FALLBACK_LANGUAGE,
    PACK_ID,
    ExchangeError,
    Imported,
    guess_language,
    imported_text,
    placeholder_disclaimer,
    question_text,
    slug,
)
from quiz.i18n import LANGUAGES, detect_language
from quiz.locations import pack_dirs
from quiz.model import Pack, Source, Text
from quiz.packs import MAX_BYTES, PackError, Problem, load_catalog, load_pack
from quiz.packs.problems import display_name
from quiz.text import one_line

EXPORT_FORMATS = ("gift", "aiken", "csv", "anki", "handout", "handout-html")
IMPORT_FORMATS = ("gift", "aiken", "csv")
SUFFIXES = {
    # Moodle's file picker expects .txt for GIFT and Aiken; the inner word says which format it is.
    "gift": ".gift.txt",
    "aiken": ".aiken.txt",
    "csv": ".csv",
    "anki": ".apkg",
    "handout": ".md",
    "handout-html": ".html",
}
DEFAULT_VERSION = "1.0"


class _Failure(Exception):
    """Stops a command: the message is printed as one error line and `code` is the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export` and `import` to the `quiz` command's subcommands."""
    export = commands.add_parser(
        "export",
        help="write a pack for Moodle, Anki, a spreadsheet or paper",
        description="Write a pack as a Moodle GIFT or Aiken file, a CSV sheet, an Anki deck or a printable "
        "handout (Markdown or HTML). See docs/exchange.md.",
    )
    export.add_argument("pack", metavar="PACK", help="a pack id from 'quiz list', or a pack file or folder")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="the file to write")
    export.add_argument(
        "--lang", choices=LANGUAGES,
        help="the language to write (default: the locale's when the pack has it; CSV: every language unless given)",
    )  # fmt: skip
    export.add_argument("-o", "--output", type=Path, metavar="PATH", help="where to write (default: PACK-ID.EXT here)")
    export.set_defaults(run=run_export)

    importing = commands.add_parser(
        "import",
        help="turn a GIFT, Aiken or CSV file into a pack",
        description="Read questions from a Moodle GIFT or Aiken file or a CSV sheet and write a YAML pack "
        "that validates. Fields the file cannot carry are filled with text marked 'Edit this'.",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the file to read")
    importing.add_argument("--format", required=True, choices=IMPORT_FORMATS, help="the format of FILE")
    importing.add_argument(
        "--lang", choices=LANGUAGES,
        help="the language of the questions (GIFT and Aiken: default guessed from the text; CSV: keep only this one)",
    )  # fmt: skip
    importing.add_argument("--id", dest="pack_id", metavar="ID", help="the new pack's id (default: from the file name)")
    importing.add_argument("-o", "--output", type=Path, metavar="PATH", help="where to write (default: ID.yaml here)")
    importing.add_argument("--force", action="store_true", help="replace PATH if it exists")
    importing.set_defaults(run=run_import)


def _guarded(command: Callable[[argparse.Namespace], int], options: argparse.Namespace) -> int:
    try:
        return command(options)
    except _Failure as failure:
        print(f"quiz: error: {one_line(str(failure))}", file=sys.stderr)
        return failure.code


def _say(kind: str, message: str) -> None:
    print(f"quiz: {kind}: {one_line(message)}", file=sys.stderr)


# == export ========================================================================================


def run_export(options: argparse.Namespace) -> int:
    """`quiz export`: write the chosen pack in the chosen format; returns the exit code."""
    return _guarded(_export, options)


def _export(options: argparse.Namespace) -> int:
    pack = resolve_pack(options.pack)
    lang = export_language(pack, options.lang)
    path: Path = options.output or Path(f"{pack.id}{SUFFIXES[options.format]}")
    _check_folder(path)
    try:
        count = write_export(pack, options.format, lang, options.lang, path)
    except OSError as error:
        raise _Failure(f"cannot write {display_name(path)}: {error.strerror or error}", 1) from None
    what = "all languages" if options.format == "csv" and options.lang is None else lang
    print(f"Exported {count} questions of '{pack.id}' ({what}) to {display_name(path)}")
    for note in export_notes(pack, options.format, lang, options.lang):
        _say("note", note)
    return 0


def resolve_pack(choice: str) -> Pack:
    """The pack named on the command line: a file or folder path, else a pack id found by discovery."""
    path = Path(choice)
    if path.exists():
        if path.is_dir():
            found = load_catalog([path])
            _report(found.problems)
            if not found.packs:
                raise _Failure(f"no usable pack in {display_name(path)}", 1)
            return found.packs[0]
        try:
            return load_pack(path)
        except PackError as error:
            _report(error.problems)
            raise _Failure(f"{display_name(path)} cannot be exported until these are fixed", 1) from None
    catalog = load_catalog(pack_dirs(Path.cwd()))
    pack = catalog.find(choice)
    if pack is None:
        known = ", ".join(p.id for p in catalog.packs) or "none"
        raise _Failure(f"no pack or file called {choice!r} (packs: {known})", 2)
    return pack


def _report(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def export_language(pack: Pack, requested: str | None) -> str:
    """The language to export: the one asked for, else the locale's when the pack has it, else the pack's first."""
    if requested is not None:
        if not pack.speaks(requested):
            raise _Failure(
                f"the pack '{pack.id}' is written in {', '.join(pack.languages)}, not {requested}; "
                f"choose one of those with --lang", 2,
            )  # fmt: skip
        return requested
    local = detect_language(None, os.environ)
    return local if pack.speaks(local) else pack.languages[0]


def _check_folder(path: Path) -> None:
    if path.is_dir():
        raise _Failure(f"{display_name(path)} is a folder; give -o a file name", 2)
    if not path.parent.is_dir():
        raise _Failure(f"the folder {display_name(path.parent)} does not exist", 2)


def write_export(pack: Pack, fmt: str, lang: str, requested: str | None, path: Path) -> int:
    """Write `pack` as `fmt` to `path`; returns the number of questions written."""
    if fmt == "anki":
        from quiz.exchange.anki import write_anki

        return write_anki(pack, lang, path)
    if fmt == "csv":
        from quiz.exchange.csvformat import ENCODING, export_csv

        languages = (requested,) if requested else pack.languages
        path.write_bytes(export_csv(pack, languages).encode(ENCODING))
        return len(pack.questions)
    path.write_bytes(_text_export(pack, fmt, lang).encode("utf-8"))
    return len(pack.questions)


def _text_export(pack: Pack, fmt: str, lang: str) -> str:
    if fmt == "gift":
        from quiz.exchange.gift import export_gift

        return export_gift(pack, lang)
    if fmt == "aiken":
        from quiz.exchange.aiken import export_aiken

        return export_aiken(pack, lang)
    from quiz.exchange.handout import handout_html, handout_markdown

    return handout_html(pack, lang) if fmt == "handout-html" else handout_markdown(pack, lang)


_EXPORT_LOSSES = {
    "gift": "GIFT keeps questions, answers, choice feedback, explanations and sources; "
    "tags, difficulty and the article sentence are left out",
    "aiken": "Aiken carries only questions, options and the right answer: explanations, feedback, sources, ids, "
    "tags, difficulty, the article and the disclaimer are left out; myth-or-fact questions became "
    "two-option questions (Myth / Fact)",
    "csv": "CSV holds the questions only: the pack's title, description, authors, license, source and "
    "disclaimer are left out",
    "anki": "",
    "handout": "",
    "handout-html": "",
}


def export_notes(pack: Pack, fmt: str, lang: str, requested: str | None) -> list[str]:
    """What the chosen format leaves out of this pack, for the teacher to know."""
    notes = [_EXPORT_LOSSES[fmt]] if _EXPORT_LOSSES[fmt] else []
    others = [other for other in pack.languages if other != lang]
    if others and not (fmt == "csv" and requested is None):
        notes.append(f"only {lang} was written; the pack also has {', '.join(others)} (use --lang)")
    return notes


# == import ========================================================================================


def run_import(options: argparse.Namespace) -> int:
    """`quiz import`: read a GIFT, Aiken or CSV file and write a YAML pack that validates; returns the exit code."""
    return _guarded(_import, options)


def _import(options: argparse.Namespace) -> int:
    source: Path = options.file
    pack_id = _pack_id(options.pack_id, source)
    output: Path = options.output or Path(f"{pack_id}.yaml")
    _check_folder(output)
    if output.exists() and not options.force:
        raise _Failure(f"{display_name(output)} already exists; choose another -o or add --force", 2)
    text = read_input(source)
    try:
        imported = parse_input(text, options.format, options.lang)
    except ExchangeError as error:
        raise _Failure(f"{display_name(source)}: {error}", 1) from None
    for warning in imported.warnings:
        _say("warning", f"{display_name(source)}: {warning}")
    if not imported.questions:
        raise _Failure(f"{display_name(source)}: no questions could be imported from this {options.format} file", 1)
    pack = build_pack(imported, pack_id, source)
    write_pack(pack, output, source)
    name = display_name(output)
    print(
        f"Imported {len(pack.questions)} questions from {display_name(source)} into {name} "
        f"(pack '{pack.id}', {', '.join(pack.languages)})"
    )
    todo = ["title", "description", "authors", "license"]
    todo += [] if imported.disclaimer else ["disclaimer"]
    todo += [f"{imported.placeholders} explanation(s)"] if imported.placeholders else []
    listed = ", ".join(todo[:-1]) + " and " + todo[-1]
    print(f"Next: replace the text marked '{EDIT_MARK}' (the {listed}), then run: quiz validate {name}")
    return 0


def _pack_id(wanted: str | None, source: Path) -> str:
    if wanted is not None:
        if not PACK_ID.match(wanted):
            raise _Failure(f"{wanted!r} is not a valid pack id; use lowercase letters, digits and dashes", 2)
        return wanted
    return slug(_base_name(source), words=12) or "imported-pack"


def _base_name(source: Path) -> str:
    """The file's name without its extension, nor the format word of `quiz export` names (x.gift.txt)."""
    stem = source.stem
    for inner in (".gift", ".aiken"):
        stem = stem.removesuffix(inner)
    return stem


def read_input(path: Path) -> str:
    """The text of the file to import; argument and file problems raise _Failure with their exit code."""
    name = display_name(path)
    if not path.exists():
        raise _Failure(f"no such file: {name}", 2)
    if not path.is_file():
        raise _Failure(f"{name} is not a file", 2)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            limit = MAX_BYTES // 1_048_576
            raise _Failure(f"{name} is {size / 1_048_576:.1f} MB; files over {limit} MB are refused", 1)
        data = path.read_bytes()
    except OSError as error:
        raise _Failure(f"cannot read {name}: {error.strerror or error}", 1) from None
    try:
        return imported_text(data, spreadsheet=path.suffix.lower() == ".csv")
    except ExchangeError as error:
        raise _Failure(f"{name} {error}", 1) from None


def parse_input(text: str, fmt: str, lang: str | None) -> Imported:
    """The questions of `text` read as `fmt`."""
    if fmt == "csv":
        from quiz.exchange.csvformat import parse_csv

        return parse_csv(text, lang)
    parse: Callable[[str, str], Imported]
    if fmt == "gift":
        from quiz.exchange.gift import declared_language, parse_gift

        parse, declared = parse_gift, declared_language(text)
    else:
        from quiz.exchange.aiken import parse_aiken

        parse, declared = parse_aiken, None  # Aiken files have no room for a note of their language
    language = lang or declared
    if language is None:
        # Read once to find what the players read, then again under the language that text is in.
        language = guess_language(question_text(parse(text, FALLBACK_LANGUAGE).questions))
    return parse(text, language)


def build_pack(imported: Imported, pack_id: str, source: Path) -> Pack:
    """A pack around imported questions, with placeholders marked for the teacher where the file had nothing."""
    languages = imported.languages
    file_name = one_line(source.name)
    title = one_line(_base_name(source).replace("_", " ").replace("-", " ").replace(".", " ")) or "Imported questions"
    title = title[0].upper() + title[1:]
    description = f"Imported from {file_name}. {EDIT_MARK} description: say what the pack covers and who it is for."

    def same(text: str) -> Text:
        return Text({lang: text for lang in languages})

    return Pack(
        id=pack_id,
        title=same(title),
        description=same(description),
        languages=languages,
        version=DEFAULT_VERSION,
        authors=(f"{EDIT_MARK}: the authors' names",),
        license=f"{EDIT_MARK}: the license, for example CC-BY-4.0",
        source=Source(title=file_name, date=_file_date(source)),
        disclaimer=imported.disclaimer or placeholder_disclaimer(languages),
        references=imported.references,
        questions=tuple(imported.questions),
    )


def _file_date(path: Path) -> str:
    try:
        return date.fromtimestamp(path.stat().st_mtime).isoformat()
    except (OSError, ValueError, OverflowError):
        return date.today().isoformat()


def write_pack(pack: Pack, output: Path, source: Path) -> None:
    """Write the pack to `output` only once it validates; otherwise report why and write nothing."""
    from quiz.exchange.yamlwriter import dump_pack

    header = (
        f"Imported by 'quiz import' from {one_line(source.name)}.\n"
        f"Replace every text marked '{EDIT_MARK}', then check the pack with: quiz validate {one_line(output.name)}\n"
        "The format is described in docs/packs.md."
    )
    text = dump_pack(pack, header)
    try:
        # Written beside the target and checked with the game's own loader before it takes the target's place.
        handle, temporary = tempfile.mkstemp(prefix=".quiz-import-", suffix=".yaml", dir=output.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
    except OSError as error:
        raise _Failure(f"cannot write {display_name(output)}: {error.strerror or error}", 1) from None
    try:
        load_pack(Path(temporary), name=display_name(output))
        os.replace(temporary, output)
    except PackError as error:
        _report(error.problems)
        raise _Failure("the imported questions do not make a valid pack; nothing was written", 1) from None
    except OSError as error:
        raise _Failure(f"cannot write {display_name(output)}: {error.strerror or error}", 1) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)

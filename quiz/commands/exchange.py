"""`quiz export` and `quiz import`: a pack to and from the formats of quiz.exchange.formats.

Exit codes: 2 for a mistake in the command (an unknown pack, a missing file, a language the pack does not have,
an output that exists), 1 for an input that cannot be used or an output that cannot be written. `-` is standard
output for -o, and standard input for the file to import. Every file is written whole or not at all.
The exports a person reads in order shuffle each question's choices by `--seed` (quiz.exchange.order); the
handouts can be written as several versions, one file each.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from quiz.atomic import write_atomic
from quiz.commands.parsing import BadValue
from quiz.commands.shared import (
    STANDARD_STREAM,
    CommandError,
    Context,
    Subcommands,
    pack_name,
    resolve_pack,
    seed,
    shown,
    whole_number,
)
from quiz.exchange.common import ExchangeError, Imported, imported_text, slug
from quiz.exchange.draft import Origin, draft_file, draft_pack
from quiz.exchange.formats import BY_NAME, READABLE, WRITABLE, Format, base_name
from quiz.exchange.order import DEFAULT_SEED, MAX_VERSIONS, MIN_VERSIONS, VERSION_LETTERS, shuffled_choices, versions
from quiz.i18n import languages, tr, tr_n
from quiz.model import Pack
from quiz.packs import EDIT_MARK, MAX_BYTES, PACK_ID, PackError, load_pack

_MB = 1_048_576


def add(commands: Subcommands, lang: str) -> None:
    """Add `export` and `import` to the `quiz` command, their help in `lang`."""
    export = commands.add_parser(
        "export", help=tr("arg.export.help", lang), description=tr("arg.export.description", lang)
    )
    export.add_argument("pack", type=pack_name, metavar="PACK", help=tr("arg.export.pack", lang))
    export.add_argument("--format", required=True, choices=WRITABLE, help=tr("arg.export.format", lang))
    # dest "pack_lang": the language written, not the one the command speaks in (that is the locale's).
    export.add_argument("--lang", dest="pack_lang", choices=languages(), help=tr("arg.export.lang", lang))
    export.add_argument("-o", "--output", type=Path, metavar="PATH", help=tr("arg.export.output", lang))
    export.add_argument(
        "--seed", type=seed, metavar="N", default=None, help=tr("arg.export.seed", lang, seed=DEFAULT_SEED)
    )
    export.add_argument(
        "--versions", type=version_count, metavar="N",
        help=tr("arg.export.versions", lang, low=MIN_VERSIONS, high=MAX_VERSIONS),
    )  # fmt: skip
    export.set_defaults(run=run_export)

    importing = commands.add_parser(
        "import", help=tr("arg.import.help", lang), description=tr("arg.import.description", lang)
    )
    importing.add_argument("file", type=Path, metavar="FILE", help=tr("arg.import.file", lang))
    importing.add_argument("--format", required=True, choices=READABLE, help=tr("arg.import.format", lang))
    importing.add_argument("--lang", dest="pack_lang", choices=languages(), help=tr("arg.import.lang", lang))
    importing.add_argument("--id", dest="pack_id", metavar="ID", help=tr("arg.import.id", lang))
    importing.add_argument("-o", "--output", type=Path, metavar="PATH", help=tr("arg.import.output", lang))
    importing.add_argument("--force", action="store_true", help=tr("arg.import.force", lang))
    importing.set_defaults(run=run_import)


def version_count(value: str) -> int:
    """How many versions of a handout to write: one letter each, A to Z."""
    number = whole_number(value)
    if not MIN_VERSIONS <= number <= MAX_VERSIONS:
        raise BadValue("arg.versions", value=value, low=MIN_VERSIONS, high=MAX_VERSIONS)
    return number


def _is_standard(path: Path | None) -> bool:
    return path is not None and str(path) == STANDARD_STREAM


def _check_folder(path: Path) -> None:
    if path.is_dir():
        raise CommandError("cli.output_is_folder", 2, path=shown(path))
    if not path.parent.is_dir():
        raise CommandError("cli.no_folder", 2, path=shown(path.parent))


def _write(path: Path, data: bytes, *, replace: bool = True, check: Callable[[Path], object] | None = None) -> None:
    """`write_atomic`, with a failure to write said as the command's error."""
    try:
        write_atomic(path, data, replace=replace, check=check)
    except FileExistsError:
        raise
    except OSError as error:
        raise CommandError("cli.cannot_write", 1, path=shown(path), reason=error.strerror or error) from None


def _emit(data: bytes, context: Context) -> None:
    """`data` on standard output as it is, bytes and all (an Anki deck is a zip file)."""
    context.stdout.flush()
    context.stdout.buffer.write(data)
    context.stdout.buffer.flush()


# == export ========================================================================================


def run_export(options: argparse.Namespace, context: Context) -> int:
    """Write the chosen pack in the chosen format; notes on what the format leaves out go to stderr."""
    format_ = BY_NAME[options.format]
    to_stdout = _is_standard(options.output)
    if options.versions is not None:
        _check_versions(format_, to_stdout)
    pack = resolve_pack(options.pack, context, "cli.cannot_export")
    lang = _export_language(pack, options.pack_lang, context)
    every = format_.every_language and options.pack_lang is None
    languages = pack.languages if every else (lang,)
    path: Path = options.output or Path(f"{pack.id}{format_.extension}")
    if not to_stdout:
        _check_folder(path)
    chosen_seed = DEFAULT_SEED if options.seed is None else options.seed
    if options.versions is not None:
        return _export_versions(pack, format_, lang, path, versions(pack, chosen_seed, options.versions), context)
    data = format_.write(shuffled_choices(pack, chosen_seed) if format_.read_in_order else pack, languages)
    if to_stdout:
        _emit(data, context)
    else:
        _write(path, data)
    what = tr("cli.all_languages", context.lang) if every else lang
    where = tr("cli.stdout", context.lang) if to_stdout else shown(path)
    context.say("cli.exported", to_stderr=to_stdout, n=len(pack.questions), pack=pack.id, languages=what, path=where)
    for note in _notes(pack, format_, lang, every, context):
        context.note(note)
    if options.seed is not None and not format_.read_in_order:
        context.note(tr("cli.seed_unused", context.lang, format=format_.name))
    return 0


def _check_versions(format_: Format, to_stdout: bool) -> None:
    """Stop before any work when versions are asked of a format without them, or of standard output."""
    if format_.write_version is None:
        raise CommandError("cli.versions_need_handout", 2, format=format_.name)
    if to_stdout:
        raise CommandError("cli.versions_not_stdout", 2, ext=format_.extension)


def version_path(path: Path, letter: str) -> Path:
    """Where version `letter` of a handout asked for at `path` is written: `quiz.md` gives `quiz-A.md`."""
    return path.with_name(f"{path.stem}-{letter}{path.suffix}")


def _export_versions(pack: Pack, format_: Format, lang: str, path: Path, ordered: list[Pack], context: Context) -> int:
    """Write each version to its own file, each file whole or not at all."""
    assert format_.write_version is not None, "checked by _check_versions"
    targets = [(letter, version_path(path, letter), version) for letter, version in zip(VERSION_LETTERS, ordered)]
    # Every name is checked before the first file is written, so a folder in the way stops the command whole.
    for _, target, _ in targets:
        _check_folder(target)
    for letter, target, version in targets:
        _write(target, format_.write_version(version, lang, letter))
    context.say(
        "cli.exported_versions", n=len(pack.questions), pack=pack.id, languages=lang, count=len(targets),
        paths=context.listed([shown(target) for _, target, _ in targets]),
    )  # fmt: skip
    for note in _notes(pack, format_, lang, False, context):
        context.note(note)
    return 0


def _export_language(pack: Pack, requested: str | None, context: Context) -> str:
    """The language to export: the one asked for, else the locale's when the pack has it, else the pack's first."""
    if requested is not None:
        if not pack.speaks(requested):
            raise CommandError(
                "cli.wrong_language", 2, pack=pack.id, languages=", ".join(pack.languages), language=requested
            )
        return requested
    return context.lang if pack.speaks(context.lang) else pack.languages[0]


def _notes(pack: Pack, format_: Format, lang: str, every: bool, context: Context) -> list[str]:
    """What the format leaves out of this pack, for the teacher to know."""
    notes = [tr(format_.losses, context.lang)] if format_.losses else []
    others = [other for other in pack.languages if other != lang]
    if others and not every:
        notes.append(tr("cli.only_one_language", context.lang, language=lang, others=", ".join(others)))
    return notes


# == import ========================================================================================


def run_import(options: argparse.Namespace, context: Context) -> int:
    """Read a GIFT, Aiken or CSV file and write a YAML pack that validates, or write nothing."""
    source: Path = options.file
    name = tr("cli.stdin", context.lang) if _is_standard(source) else shown(source)
    if _is_standard(source):
        origin = Origin(name, "", _file_date(None))
    else:
        origin = Origin(source.name, base_name(source.name), _file_date(source))
    pack_id = _pack_id(options.pack_id, origin)
    output: Path | None = None if _is_standard(options.output) else options.output or Path(f"{pack_id}.yaml")
    if output is not None:
        _check_folder(output)
        if output.exists() and not options.force:
            raise CommandError("cli.exists_import", 2, path=shown(output))
    text = _read_stdin(context, name) if _is_standard(source) else _read_file(source)
    imported = _imported(text, name, options, context)
    pack = draft_pack(imported, pack_id, origin)
    file_name = output.name if output is not None else f"{pack.id}.yaml"
    draft = draft_file(pack, origin, file_name, context.lang)
    _write_draft(draft.encode("utf-8"), output, file_name, options.force, context)
    where = shown(output) if output is not None else tr("cli.stdout", context.lang)
    context.say(
        "cli.imported", to_stderr=output is None, n=len(pack.questions), source=name, path=where, pack=pack.id,
        languages=", ".join(pack.languages),
    )  # fmt: skip
    context.say(
        "cli.next_steps", to_stderr=output is None, mark=EDIT_MARK, fields=_to_edit(imported, context),
        path=shown(output) if output is not None else file_name,
    )  # fmt: skip
    return 0


def _imported(text: str, name: str, options: argparse.Namespace, context: Context) -> Imported:
    """The questions of the file, its warnings said; a file with none stops the command."""
    reader = BY_NAME[options.format].read
    assert reader is not None, "the parser offers only the formats that can be read"
    try:
        imported = reader(text, options.pack_lang)
    except ExchangeError as error:
        raise CommandError("cli.file_is", 1, path=name, message=error.said) from None
    for warning in imported.warnings:
        context.warn(tr("cli.in_file", context.lang, path=name, message=warning.text(context.lang)))
    if not imported.questions:
        raise CommandError("cli.no_questions", 1, path=name, format=options.format)
    return imported


def _write_draft(data: bytes, output: Path | None, file_name: str, force: bool, context: Context) -> None:
    """Write the pack file to `output` (standard output when None) once the game's own loader accepts it."""
    try:
        if output is not None:
            # Checked as the finished temporary file, before it takes the target's place.
            _write(output, data, replace=force, check=lambda written: load_pack(written, name=shown(output)))
            return
        with tempfile.TemporaryDirectory() as folder:
            draft = Path(folder, file_name)
            draft.write_bytes(data)
            load_pack(draft, name=file_name)
        _emit(data, context)
    except PackError as error:
        context.report(error.problems)
        raise CommandError("cli.invalid_import", 1) from None
    except FileExistsError:
        raise CommandError("cli.exists_import", 2, path=shown(output) if output is not None else file_name) from None


def _to_edit(imported: Imported, context: Context) -> str:
    """The placeholders the teacher has to replace, as a list in words."""
    fields = [tr(f"cli.field_{field}", context.lang) for field in ("title", "description", "authors", "license")]
    if not imported.disclaimer:
        fields.append(tr("cli.field_disclaimer", context.lang))
    if imported.placeholders:
        fields.append(tr_n("cli.field_explanations", context.lang, imported.placeholders))
    return context.listed(fields)


def _pack_id(wanted: str | None, origin: Origin) -> str:
    if wanted is not None:
        if not PACK_ID.match(wanted):
            raise CommandError("cli.bad_pack_id", 2, id=repr(wanted))
        return wanted
    return slug(origin.base, words=12) or "imported-pack"


def _file_date(path: Path | None) -> str:
    if path is not None:
        try:
            return date.fromtimestamp(path.stat().st_mtime).isoformat()
        except (OSError, ValueError, OverflowError):
            pass
    return date.today().isoformat()


def _read_file(path: Path) -> str:
    """The text of the file to import; argument and file problems raise CommandError with their exit code."""
    name = shown(path)
    if not path.exists():
        raise CommandError("cli.no_such_file", 2, path=name)
    if not path.is_file():
        raise CommandError("cli.not_a_file", 2, path=name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CommandError("cli.too_large", 1, path=name, size=f"{size / _MB:.1f}", limit=MAX_BYTES // _MB)
        data = path.read_bytes()
    except OSError as error:
        raise CommandError("cli.cannot_read", 1, path=name, reason=error.strerror or error) from None
    return _decoded(data, name, csv=path.suffix.lower() == ".csv")


def _read_stdin(context: Context, name: str) -> str:
    data = context.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise CommandError("cli.stream_too_large", 1, path=name, limit=MAX_BYTES // _MB)
    return _decoded(data, name, csv=False)


def _decoded(data: bytes, name: str, csv: bool) -> str:
    """The file's text: UTF-8, or UTF-16/32 with a byte-order mark; else one line saying what it is instead."""
    try:
        return imported_text(data, spreadsheet=csv)
    except ExchangeError as error:
        raise CommandError("cli.in_file", 1, path=name, message=error.said) from None

"""`quiz new` and `quiz schema`: a starter pack to edit, and the JSON Schema editors check packs with.

Both write their files whole or not at all (quiz.atomic); `quiz new` never replaces a file, even one that appears
while it writes.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from quiz.atomic import write_atomic
from quiz.commands.shared import STANDARD_STREAM, CommandError, Context, Subcommands, pack_id, shown
from quiz.i18n import tr
from quiz.packs.discovery import PACK_SUFFIXES
from quiz.packs.starter import LANGUAGE_OPTIONS


def add(commands: Subcommands, lang: str) -> None:
    """Add `new` and `schema` to the `quiz` command, their help in `lang`."""
    new = commands.add_parser("new", help=tr("arg.new.help", lang), description=tr("arg.new.description", lang))
    new.add_argument("path", type=Path, metavar="PATH", help=tr("arg.new.path", lang))
    # dest "pack_lang": the pack's languages, not the language this command speaks in.
    new.add_argument(
        "--lang", dest="pack_lang", choices=tuple(LANGUAGE_OPTIONS), default="both", help=tr("arg.new.lang", lang)
    )
    new.add_argument("--id", type=pack_id, metavar="ID", help=tr("arg.new.id", lang))
    new.set_defaults(run=run_new)

    schema = commands.add_parser(
        "schema", help=tr("arg.schema.help", lang), description=tr("arg.schema.description", lang)
    )
    schema.add_argument("-o", "--output", type=Path, metavar="PATH", help=tr("arg.schema.output", lang))
    schema.set_defaults(run=run_schema)


def run_new(options: argparse.Namespace, context: Context) -> int:
    """Write a starter pack, and the schema beside it when none is there; exit 1 when the pack cannot be written."""
    from quiz.packs.schema import SCHEMA_FILE, schema_json
    from quiz.packs.starter import pack_id_for, starter_pack

    path: Path = options.path
    if path.suffix.lower() not in PACK_SUFFIXES:
        raise CommandError("cli.not_pack_name", 1, path=shown(path))
    text = starter_pack(options.id or pack_id_for(path), LANGUAGE_OPTIONS[options.pack_lang], path.name, context.lang)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"), replace=False)
    except FileExistsError:
        raise CommandError("cli.exists_new", 1, path=shown(path)) from None
    except OSError as error:
        raise CommandError("cli.cannot_write", 1, path=shown(path), reason=error.strerror or error) from None
    context.say("cli.wrote", path=shown(path))
    schema = path.parent / SCHEMA_FILE
    wanted = schema_json(context.lang)
    try:
        write_atomic(schema, wanted.encode("utf-8"), replace=False)
        context.say("cli.wrote_schema", path=shown(schema))
    except FileExistsError:
        if not _is_current(schema, wanted):
            context.say("cli.kept_schema", path=shown(schema))
    except OSError as error:
        # The pack is written and playable; the schema only helps editors, and can be written later.
        context.warn(tr("cli.schema_not_written", context.lang, path=shown(schema), reason=error.strerror or error))
    context.say("cli.edit_then_validate", path=shlex.quote(shown(path)))
    return 0


def _is_current(schema: Path, wanted: str) -> bool:
    try:
        return schema.read_text(encoding="utf-8", errors="replace") == wanted
    except OSError:  # a folder of that name, or unreadable: certainly not this game's schema
        return False


def run_schema(options: argparse.Namespace, context: Context) -> int:
    """Print the pack format's JSON Schema, or write it to -o."""
    from quiz.packs.schema import schema_json

    output: Path | None = options.output
    if output is None or str(output) == STANDARD_STREAM:
        context.stdout.write(schema_json(context.lang))
        return 0
    try:
        write_atomic(output, schema_json(context.lang).encode("utf-8"))
    except OSError as error:
        raise CommandError("cli.cannot_write", 1, path=shown(output), reason=error.strerror or error) from None
    context.say("cli.wrote", path=shown(output))
    return 0

"""`quiz stats` and `quiz history`: the player's record, printed or exported for a teacher.

Both read the player's answers, so both refuse to report when the store could not be read (a damaged file set
aside, a folder it cannot be opened in, a file from a newer version): an empty report would say "no answers"
about answers that are there.

`stats` is one player's record. `history` is the export a teacher collects: every player's answers (a class
served with `quiz serve` is many players in one store), or one player's or class's when asked.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.commands.shared import (
    STANDARD_STREAM,
    CommandError,
    Context,
    Subcommands,
    add_data_dir,
    add_player,
    discovered,
    named,
    player_store,
    shown,
)
from quiz.i18n import languages, message_ids, tr
from quiz.locations import data_dir
from quiz.players import class_code, default_player, player_name

if TYPE_CHECKING:
    from quiz.store import Store

FORMATS = ("table", "csv", "json")


def add(commands: Subcommands, lang: str) -> None:
    """Add `stats` and `history` to the `quiz` command, their help in `lang`."""
    stats = commands.add_parser("stats", help=tr("arg.stats.help", lang), description=tr("arg.stats.description", lang))
    stats.add_argument("--lang", choices=languages(), help=tr("arg.stats.lang", lang))
    add_player(stats, "arg.stats.player", lang)
    add_data_dir(stats, lang)
    stats.set_defaults(run=run_stats)

    history = commands.add_parser(
        "history", help=tr("arg.history.help", lang), description=tr("arg.history.description", lang)
    )
    history.add_argument("--format", choices=FORMATS, default="table", help=tr("arg.history.format", lang))
    history.add_argument("--player", metavar="NAME", help=tr("arg.history.player", lang))
    history.add_argument("--class", dest="class_code", metavar="CODE", help=tr("arg.history.class", lang))
    history.add_argument("-o", "--output", type=Path, metavar="PATH", help=tr("arg.history.output", lang))
    add_data_dir(history, lang)
    history.set_defaults(run=run_history)


def run_stats(options: argparse.Namespace, context: Context) -> int:
    """Print the player's past games, accuracy over time, mastery per tag and the most missed questions."""
    from quiz.reports import print_stats

    player = named(options.player, "--player", player_name) or default_player()
    with player_store() as store:
        _check_readable(store, context)
        print_stats(store, discovered(), context.lang, context.stdout, player)
    return 0


def run_history(options: argparse.Namespace, context: Context) -> int:
    """Print or write every answer given (by one player, in one class, when asked), as a table, CSV or JSON."""
    from quiz.reports import ENCODINGS, export_history

    player = named(options.player, "--player", player_name)
    code = named(options.class_code, "--class", class_code)
    output: Path | None = options.output
    if output is not None and str(output) == STANDARD_STREAM:
        output = None
    with player_store() as store:
        _check_readable(store, context)
        text = export_history(store.answer_records(player, code), options.format)
    data = text.encode(ENCODINGS[options.format])
    if output is not None:
        _write(output, data)
    elif options.format == "table":
        context.stdout.write(text)
    else:
        # As bytes, so the file is UTF-8 (with its mark, for CSV) whatever the terminal's encoding.
        context.stdout.flush()
        context.stdout.buffer.write(data)
        context.stdout.buffer.flush()
    return 0


def _write(path: Path, data: bytes) -> None:
    from quiz.atomic import write_atomic

    if path.is_dir():
        raise CommandError("cli.output_is_folder", 2, path=shown(path))
    try:
        write_atomic(path, data)
    except OSError as error:
        raise CommandError("cli.cannot_write", 1, path=shown(path), reason=error.strerror or error) from None


def _check_readable(store: Store, context: Context) -> None:
    """Stop, saying what became of the progress file, unless the store opened on the player's own answers.

    A store that can be read but not written (a read-only folder) still has them: say so, and go on.
    """
    from quiz.session import store_notice
    from quiz.store import STORE_NAME

    if store.has_saved_answers:
        notice = store_notice(store)
        if notice is not None:
            context.warn(notice.text(context.lang))
        return
    # Each state the store can come up in has its message; one added later without its own still gets a line.
    key = f"cli.store_{store.state.name.lower()}"
    where = data_dir() / STORE_NAME
    raise CommandError(key if key in message_ids() else "cli.store_unusable", 1, file=where, detail=store.detail)

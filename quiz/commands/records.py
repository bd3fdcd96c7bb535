"""`quiz stats` and `quiz history`: the player's record, printed or exported for a teacher.

Both read the player's answers, so both refuse to report when the store could not be read (a damaged file set
aside, a folder it cannot be opened in, a file from a newer version): an empty report would say "no answers"
about answers that are there.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from quiz.commands.shared import CommandError, Context, Subcommands, add_data_dir, discovered, player_store
from quiz.i18n import LANGUAGES, MESSAGES
from quiz.locations import data_dir

if TYPE_CHECKING:
    from quiz.store import Store

FORMATS = ("table", "csv", "json")


def add(commands: Subcommands) -> None:
    """Add `stats` and `history` to the `quiz` command."""
    stats = commands.add_parser(
        "stats", help="your past games, progress and most missed questions", description="Print your record."
    )
    stats.add_argument("--lang", choices=LANGUAGES, help="the language of the report")
    add_data_dir(stats)
    stats.set_defaults(run=run_stats)

    history = commands.add_parser(
        "history", help="export every answer (for a teacher to collect)", description="Export every answer given."
    )
    history.add_argument("--format", choices=FORMATS, default="table", help="default: table")
    add_data_dir(history)
    history.set_defaults(run=run_history)


def run_stats(options: argparse.Namespace, context: Context) -> int:
    """Print past games, accuracy over time, mastery per tag and the most missed questions."""
    from quiz.reports import print_stats

    with player_store() as store:
        _check_readable(store, context)
        print_stats(store, discovered(), context.lang, context.stdout)
    return 0


def run_history(options: argparse.Namespace, context: Context) -> int:
    """Print every answer ever given, as a table, CSV or JSON."""
    from quiz.reports import export_history

    with player_store() as store:
        _check_readable(store, context)
        export_history(store, options.format, context.stdout)
    return 0


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
    raise CommandError(key if key in MESSAGES else "cli.store_unusable", 1, file=where, detail=store.detail)

"""`quiz list`: the packs found, with their questions and languages."""

from __future__ import annotations

import argparse

from quiz.commands.shared import Context, Subcommands, add_data_dir, discovered
from quiz.i18n import languages, tr, tr_n
from quiz.packs import Catalog
from quiz.text import cell_width, one_line


def add(commands: Subcommands, lang: str) -> None:
    """Add `list` to the `quiz` command, its help in `lang`."""
    listing = commands.add_parser("list", help=tr("arg.list.help", lang), description=tr("arg.list.description", lang))
    listing.add_argument("--lang", choices=languages(), help=tr("arg.list.lang", lang))
    add_data_dir(listing, lang)
    listing.set_defaults(run=run)


def run(options: argparse.Namespace, context: Context) -> int:
    """Print a table of the packs found; the files left out for their errors are counted on stderr."""
    catalog = discovered()
    if catalog.packs:
        _print_table(catalog, context)
    else:
        context.say("cli.no_packs")
    if catalog.problems:
        files = len({problem.file for problem in catalog.problems})
        print("\n" + tr_n("cli.packs_left_out", context.lang, files), file=context.stderr)
    return 0


def _print_table(catalog: Catalog, context: Context) -> None:
    lang = context.lang
    rows = [
        (pack.id, str(pack.question_count), ",".join(pack.languages), one_line(pack.title.get(lang)))
        for pack in catalog.packs
    ]
    header = tuple(tr("cli.list_header", lang).split("|"))
    # Padded by display width: a Chinese character takes two columns.
    widths = [max(cell_width(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        cells = [cell + " " * (width - cell_width(cell)) for cell, width in zip(row, widths)]
        print("  ".join(cells) + "  " + row[3], file=context.stdout)

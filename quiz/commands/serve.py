"""`quiz serve`: the game in web browsers, each tab its own game and player, every answer in this computer's store."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.commands.parsing import BadValue
from quiz.commands.shared import (
    CommandError,
    Context,
    Subcommands,
    add_data_dir,
    named,
    pack_name,
    positive,
    resolve_pack,
)
from quiz.i18n import languages, tr
from quiz.players import class_code
from quiz.tui.themes import THEME_NAMES


def add(commands: Subcommands, lang: str) -> None:
    """Add `serve` to the `quiz` command, its help in `lang`."""
    from quiz.serve import DEFAULT_HOST, DEFAULT_MAX_SESSIONS, DEFAULT_PORT

    serve = commands.add_parser("serve", help=tr("arg.serve.help", lang), description=tr("arg.serve.description", lang))
    serve.add_argument("--host", default=DEFAULT_HOST, help=tr("arg.serve.host", lang, host=DEFAULT_HOST))
    serve.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        metavar="N",
        help=tr("arg.serve.port", lang, port=DEFAULT_PORT),
    )
    serve.add_argument("--public", action="store_true", help=tr("arg.serve.public", lang))
    serve.add_argument(
        "--allow-host", action="append", default=[], metavar="NAME", help=tr("arg.serve.allow_host", lang)
    )
    serve.add_argument(
        "--max-sessions", type=positive, default=DEFAULT_MAX_SESSIONS, metavar="N",
        help=tr("arg.serve.max_sessions", lang, n=DEFAULT_MAX_SESSIONS),
    )  # fmt: skip
    serve.add_argument("--pack", type=pack_name, metavar="ID|PATH", help=tr("arg.serve.pack", lang))
    serve.add_argument("--lang", choices=languages(), help=tr("arg.serve.lang", lang))
    serve.add_argument("--theme", choices=THEME_NAMES, help=tr("arg.serve.theme", lang))
    serve.add_argument("--class", dest="class_code", metavar="CODE", help=tr("arg.serve.class", lang))
    add_data_dir(serve, lang)
    serve.set_defaults(run=run)


def port_number(value: str) -> int:
    """`value` as a TCP port (1 to 65535)."""
    try:
        port = int(value)
    except ValueError:
        raise BadValue("arg.not_whole", value=value) from None
    if not 1 <= port <= 65535:
        raise BadValue("arg.not_port", value=value)
    return port


def run(options: argparse.Namespace, context: Context) -> int:
    """Serve until stopped; refuses a public address without --public, and a pack that cannot be played."""
    from quiz.serve import is_loopback, play_command, serve

    if not options.public and not is_loopback(options.host):
        raise CommandError("cli.public_host", 2, host=options.host)
    code = named(options.class_code, "--class", class_code)
    pack = options.pack
    if pack is not None:
        # Check the pack once here, rather than let every browser's game fail on it.
        resolve_pack(pack, context, "cli.cannot_play")
        if Path(pack).exists():
            pack = str(Path(pack).resolve())
    command = play_command(pack=pack, lang=options.lang, theme=options.theme, class_code=code)
    return serve(command, options.host, options.port, options.allow_host, options.max_sessions, context.lang)

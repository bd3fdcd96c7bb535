"""`quiz serve`: the game in web browsers, each tab its own game and player, every answer in this computer's store."""

from __future__ import annotations

import argparse
from pathlib import Path

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
from quiz.i18n import languages
from quiz.players import class_code
from quiz.tui.themes import THEME_NAMES


def add(commands: Subcommands) -> None:
    """Add `serve` to the `quiz` command."""
    from quiz.serve import DEFAULT_HOST, DEFAULT_MAX_SESSIONS, DEFAULT_PORT, port_number

    serve = commands.add_parser(
        "serve",
        help="serve the game to web browsers, each its own game",
        description="Serve the game to web browsers: every browser tab that opens the page is asked for a name "
        "and plays its own game, and every answer goes to this computer's store ('quiz history' exports them).",
    )
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"the address to listen on (default: {DEFAULT_HOST}, this computer only)"
    )
    serve.add_argument("--port", type=port_number, default=DEFAULT_PORT, metavar="N", help=f"default: {DEFAULT_PORT}")
    serve.add_argument(
        "--public",
        action="store_true",
        help="allow a --host other computers can reach (0.0.0.0 for a classroom): anyone who reaches it can play",
    )
    serve.add_argument(
        "--allow-host", action="append", default=[], metavar="NAME",
        help="with --public: a host name the students' browsers use to reach this computer (repeat for several)",
    )  # fmt: skip
    serve.add_argument(
        "--max-sessions", type=positive, default=DEFAULT_MAX_SESSIONS, metavar="N",
        help=f"how many games may run at once; later browsers are asked to wait (default: {DEFAULT_MAX_SESSIONS})",
    )  # fmt: skip
    serve.add_argument(
        "--pack", type=pack_name, metavar="ID|PATH", help="the pack each game starts on (default: the first one)"
    )
    serve.add_argument("--lang", choices=languages(), help="the language of every game (default: from the locale)")
    serve.add_argument("--theme", choices=THEME_NAMES, help="the colours of every game")
    serve.add_argument(
        "--class", dest="class_code", metavar="CODE",
        help="record this class (7b, say) with every answer, for 'quiz history --class' and a report",
    )  # fmt: skip
    add_data_dir(serve)
    serve.set_defaults(run=run)


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
    return serve(command, options.host, options.port, options.allow_host, options.max_sessions)

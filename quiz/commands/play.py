"""`quiz play` (and `quiz` alone): the full-screen game, plain line-by-line play, and the --watch preview."""

from __future__ import annotations

import argparse
import gc
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.commands.shared import (
    CommandError,
    Context,
    Subcommands,
    add_data_dir,
    add_player,
    discovered,
    named,
    pack_name,
    player_store,
    positive,
    resolve_pack,
    seed,
)
from quiz.i18n import languages, tr
from quiz.model import Pack
from quiz.packs import Catalog
from quiz.players import class_code, default_player, player_name
from quiz.scoring import DEFAULT_TIME_LIMIT, MODES, Mode, ModeName
from quiz.session import DEFAULT_COUNT, Session, Settings
from quiz.tui.themes import THEME_NAMES

if TYPE_CHECKING:
    from quiz.packs.watch import PackWatcher, WatchEvent
    from quiz.store import Store


def add(commands: Subcommands, lang: str) -> None:
    """Add `play` to the `quiz` command, its help in `lang`."""
    play = commands.add_parser("play", help=tr("arg.play.help", lang), description=tr("arg.play.description", lang))
    play.add_argument("--pack", type=pack_name, metavar="ID|PATH", help=tr("arg.play.pack", lang))
    play.add_argument("--lang", choices=languages(), help=tr("arg.play.lang", lang))
    play.add_argument(
        "--count", type=count, metavar="N", default=DEFAULT_COUNT, help=tr("arg.play.count", lang, n=DEFAULT_COUNT)
    )
    play.add_argument("--seed", type=seed, metavar="N", help=tr("arg.play.seed", lang))
    play.add_argument("--mode", choices=MODES, default=ModeName.CLASSIC.value, help=tr("arg.play.mode", lang))
    play.add_argument(
        "--time-limit", type=positive, metavar="SECONDS", default=DEFAULT_TIME_LIMIT,
        help=tr("arg.play.time_limit", lang, n=DEFAULT_TIME_LIMIT),
    )  # fmt: skip
    play.add_argument("--no-streak-bonus", action="store_true", help=tr("arg.play.no_streak_bonus", lang))
    play.add_argument("--plain", action="store_true", help=tr("arg.play.plain", lang))
    resume = play.add_mutually_exclusive_group()
    resume.add_argument("--resume", action="store_true", help=tr("arg.play.resume", lang))
    resume.add_argument("--no-resume", action="store_true", help=tr("arg.play.no_resume", lang))
    play.add_argument("--theme", choices=THEME_NAMES, help=tr("arg.play.theme", lang))
    play.add_argument("--watch", action="store_true", help=tr("arg.play.watch", lang))
    add_player(play, "arg.play.player", lang)
    play.add_argument("--class", dest="class_code", metavar="CODE", help=tr("arg.play.class", lang))
    play.add_argument("--ask-player", action="store_true", help=tr("arg.play.ask_player", lang))
    add_data_dir(play, lang)
    play.set_defaults(run=run)


def run(options: argparse.Namespace, context: Context) -> int:
    """Play the chosen pack (or let the player choose), full screen in a terminal, else line by line."""
    if options.watch:
        return _preview(options, context)
    settings = settings_of(options, context, None)  # first: a name that is refused stops the command at once
    catalog = discovered()
    chosen: Pack | None = None
    if options.pack is not None:
        chosen = resolve_pack(options.pack, context, "cli.cannot_play", catalog)
        if catalog.find(chosen.id) is not chosen:
            catalog = Catalog((chosen,) + tuple(p for p in catalog.packs if p.id != chosen.id), catalog.problems)
    with player_store() as store:
        if options.plain or plain_wanted(context):
            pack = chosen or (catalog.find(catalog.packs[0].id) if catalog.packs else None)
            context.report(catalog.problems)
            if pack is None:
                raise CommandError("cli.no_pack_loaded", 1)
            return run_plain(options, context, catalog, pack, store, replace(settings, pack_id=pack.id))
        settings = replace(settings, pack_id=chosen.id if chosen else None)
        return run_full_screen(options, context, catalog, store, settings)


def _preview(options: argparse.Namespace, context: Context) -> int:
    """Play the pack file at --pack, reloading it on every save; nothing is saved to the player's store."""
    path = Path(options.pack) if options.pack else None
    if path is None or not path.is_file() or options.plain:
        raise CommandError("cli.watch_needs_file", 2)
    if plain_wanted(context):
        # The preview is the full-screen game: started into a pipe it would wait for keys that never come.
        raise CommandError("cli.watch_needs_terminal", 2)
    from quiz.packs.watch import PackWatcher, Reloaded

    watcher = PackWatcher(path)
    first = watcher.load()
    catalog = Catalog((first.pack,) if isinstance(first, Reloaded) else (), ())
    settings = settings_of(options, context, first.pack.id if isinstance(first, Reloaded) else None)
    with player_store(memory_only="preview") as store:
        return run_full_screen(options, context, catalog, store, settings, watcher=watcher, first_load=first)


def plain_wanted(context: Context) -> bool:
    """Whether this run has no terminal to draw the full-screen game on."""
    from quiz.plain import should_use_plain

    if "TEXTUAL_DRIVER" in os.environ:
        # textual-serve (`quiz serve`) runs the game over pipes with its own driver: the screen is a browser's.
        return False
    return should_use_plain(context.stdin, context.stdout, os.environ)


def mode_of(options: argparse.Namespace) -> Mode:
    """The scoring mode the options ask for."""
    return Mode(options.mode, options.time_limit, not options.no_streak_bonus)


ALL = 0
"""`--count all`: the whole pack."""


def count(value: str) -> int:
    """A --count: a positive number, or "all" (ALL) for the whole pack."""
    return ALL if value.strip().casefold() == "all" else positive(value)


def settings_of(options: argparse.Namespace, context: Context, pack_id: str | None) -> Settings:
    """The choices the next game starts from, as the command line gives them; stops at a name that is refused."""
    return Settings(
        lang=context.lang, pack_id=pack_id, count=None if options.count == ALL else options.count,
        seed=options.seed, mode=mode_of(options), offer_resume=not options.no_resume,
        player=named(options.player, "--player", player_name) or default_player(),
        class_code=named(options.class_code, "--class", class_code), ask_player=options.ask_player,
    )  # fmt: skip


def run_full_screen(
    options: argparse.Namespace,
    context: Context,
    catalog: Catalog,
    store: Store,
    settings: Settings,
    watcher: PackWatcher | None = None,
    first_load: WatchEvent | None = None,
) -> int:
    """The Textual game, until the player quits; returns its exit code."""
    # Starting up builds a few hundred thousand objects (Textual's modules, styles, the first screen) and frees
    # almost none, so the cycle collector would only walk them again and again: about 25 ms of the first frame.
    # The app turns it back on once that frame is drawn.
    gc.disable()
    from quiz.tui.app import Preview, make_app

    preview = Preview(watcher, first_load) if watcher is not None and first_load is not None else None
    app = make_app(catalog, store, settings, theme=options.theme, preview=preview)
    app.run()
    return app.return_code or 0


def run_plain(
    options: argparse.Namespace, context: Context, catalog: Catalog, pack: Pack, store: Store, settings: Settings
) -> int:
    """The line-by-line game of `pack` on the standard streams, with `settings`; returns its exit code."""
    from quiz.plain import play_plain, wants_color

    session = Session(catalog, store, settings)
    return play_plain(
        session, pack, stdin=context.stdin, stdout=context.stdout, color=wants_color(context.stdout, os.environ),
        resume=options.resume,
    )  # fmt: skip

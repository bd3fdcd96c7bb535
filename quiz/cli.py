"""The `quiz` command: parses arguments and hands each command what it needs, nothing more."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Sequence, TextIO

from quiz.i18n import LANGUAGES, detect_language, tr
from quiz.locations import DATA_ENV, data_dir, pack_dirs
from quiz.model import Pack
from quiz.packs import Catalog, PackError, Problem, load_catalog, load_pack
from quiz.packs.problems import display_name
from quiz.packs.starter import LANGUAGE_OPTIONS
from quiz.scoring import DEFAULT_TIME_LIMIT, MODES, Mode, ModeName
from quiz.session import DEFAULT_COUNT, Settings
from quiz.text import cell_width, one_line
from quiz.tui.themes import THEME_NAMES

if TYPE_CHECKING:
    from quiz.store import Store

COMMANDS = ("play", "list", "validate", "new", "schema", "serve", "export", "import", "stats", "history")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2, never a traceback."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


ALL = 0
"""--count all: the whole pack."""


def _count(value: str) -> int:
    return ALL if value.strip().casefold() == "all" else _positive(value)


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


class _Version(argparse.Action):
    """Prints the installed version; looked up only when asked, since importlib.metadata is slow to import."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("myth-or-fact")
        except PackageNotFoundError:
            found = "unknown"
        print(f"{parser.prog} {found}")
        parser.exit()


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", type=Path, metavar="FOLDER",
        help=f"where your progress is kept (default: the user data folder, or ${DATA_ENV})",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The parser for every command."""
    parser = _Parser(
        prog="quiz",
        description="Myth or Fact: a terminal health quiz. With no command, starts the game.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    play = commands.add_parser("play", help="play the quiz (the default)", description="Play the quiz.")
    play.add_argument("--pack", metavar="ID|PATH", help="the pack to play: an id from 'quiz list', or a file or folder")
    play.add_argument("--lang", choices=LANGUAGES, help="the language to play in (default: from the locale)")
    play.add_argument(
        "--count", type=_count, metavar="N", default=DEFAULT_COUNT,
        help=f"how many questions, or 'all' for the whole pack (default: {DEFAULT_COUNT})",
    )  # fmt: skip
    play.add_argument(
        "--resume", action="store_true", help="in plain mode, go on with the unfinished game without asking"
    )
    play.add_argument(
        "--seed", type=_integer, metavar="N", help="the same seed gives the same questions in the same order"
    )
    play.add_argument(
        "--mode", choices=MODES, default=ModeName.CLASSIC.value, help="how answers are scored (default: classic)"
    )
    play.add_argument(
        "--time-limit", type=_positive, metavar="SECONDS", default=DEFAULT_TIME_LIMIT,
        help=f"seconds per question in timed mode (default: {DEFAULT_TIME_LIMIT})",
    )  # fmt: skip
    play.add_argument("--no-streak-bonus", action="store_true", help="timed mode without the streak bonus")
    play.add_argument(
        "--plain",
        action="store_true",
        help="play line by line, for screen readers, plain consoles and scripts (automatic when not in a terminal)",
    )
    play.add_argument(
        "--theme",
        choices=THEME_NAMES,
        help="the colours: high contrast, colour-blind safe, or the default (ctrl+p too)",
    )
    play.add_argument(
        "--watch", action="store_true",
        help="with --pack FILE: reload the pack whenever it is saved, showing its problems in the game (a preview)",
    )  # fmt: skip
    _add_data_dir(play)
    play.set_defaults(run=_play)

    listing = commands.add_parser("list", help="list the packs found", description="List the packs found.")
    listing.add_argument("--lang", choices=LANGUAGES, help="the language for titles")
    _add_data_dir(listing)
    listing.set_defaults(run=_list)

    stats = commands.add_parser(
        "stats", help="your past games, progress and most missed questions", description="Print your record."
    )
    stats.add_argument("--lang", choices=LANGUAGES, help="the language of the report")
    _add_data_dir(stats)
    stats.set_defaults(run=_stats)

    history = commands.add_parser(
        "history", help="export every answer (for a teacher to collect)", description="Export every answer given."
    )
    history.add_argument("--format", choices=("table", "csv", "json"), default="table", help="default: table")
    _add_data_dir(history)
    history.set_defaults(run=_history)

    validate = commands.add_parser(
        "validate",
        help="check pack files for mistakes",
        description="Check pack files or folders of packs: errors stop a pack being played, warnings do not.",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack files or folders")
    validate.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one JSON document, for CI (default: text)"
    )
    validate.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    validate.set_defaults(run=_validate)

    new = commands.add_parser(
        "new",
        help="write a starter pack to edit",
        description="Write a commented starter pack that is valid as it is, and pack.schema.json beside it for "
        "editors. Never overwrites a file.",
    )
    new.add_argument("path", type=Path, metavar="PATH", help="the pack file to write, ending in .yaml")
    new.add_argument("--lang", choices=tuple(LANGUAGE_OPTIONS), default="both", help="its languages (default: both)")
    new.add_argument("--id", type=_pack_id, metavar="ID", help="its id (default: made from the file name)")
    new.set_defaults(run=_new)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the pack format",
        description="Print the JSON Schema of pack format version 1, for editors: quiz schema > pack.schema.json",
    )
    schema.set_defaults(run=_schema)

    _add_serve(commands)
    from quiz.exchange.commands import add_commands

    add_commands(commands)
    return parser


def _add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `serve` command: the game in web browsers."""
    from quiz.serve import DEFAULT_HOST, DEFAULT_PORT, port_number

    serve = commands.add_parser(
        "serve",
        help="serve the game to web browsers, each its own game",
        description="Serve the game to web browsers: every browser tab that opens the page plays its own game, "
        "and every answer goes to this computer's store.",
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
    serve.add_argument("--pack", metavar="ID|PATH", help="the pack each game starts on (default: the first one)")
    serve.add_argument("--lang", choices=LANGUAGES, help="the language of every game (default: from the locale)")
    serve.add_argument("--theme", choices=THEME_NAMES, help="the colours of every game")
    _add_data_dir(serve)
    serve.set_defaults(run=_serve)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in COMMANDS and arguments[0] not in ("-h", "--help", "--version")):
        arguments.insert(0, "play")
    options = build_parser().parse_args(arguments)
    if getattr(options, "data_dir", None):
        # Through the environment, so the games `quiz serve` starts keep their answers in the same place.
        os.environ[DATA_ENV] = str(options.data_dir.expanduser().resolve())
    try:
        return int(options.run(options))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`quiz list | head`): nothing left to say, and nowhere to say it.
        sys.stderr.close()
        return 0


def _catalog() -> Catalog:
    return load_catalog(pack_dirs(Path.cwd()))


def _report(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in problems:
        print(problem, file=stream)


def _chosen_pack(choice: str, catalog: Catalog, lang: str) -> Pack | int:
    """The pack `--pack` names, or an exit code after saying what went wrong."""
    path = Path(choice)
    if path.exists():
        if path.is_dir():
            found = load_catalog([path])
            _report(found.problems, sys.stderr)
            if not found.packs:
                print(tr("cli.no_usable_pack", lang, path=display_name(path)), file=sys.stderr)
                return 1
            return found.packs[0]
        already = next((p for p in catalog.packs if p.path and p.path.resolve() == path.resolve()), None)
        if already is not None:
            return already
        try:
            return load_pack(path)
        except PackError as error:
            _report(error.problems, sys.stderr)
            print(tr("cli.cannot_play", lang, path=display_name(path)), file=sys.stderr)
            return 1
    pack = catalog.find(choice)
    if pack is None:
        known = ", ".join(p.id for p in catalog.packs) or tr("cli.none", lang)
        print(tr("cli.no_such_pack", lang, name=repr(choice), known=known), file=sys.stderr)
        return 2
    return pack


def _settings(options: argparse.Namespace, pack_id: str | None) -> Settings:
    return Settings(
        lang=detect_language(options.lang, os.environ), pack_id=pack_id,
        count=None if options.count == ALL else options.count, seed=options.seed, mode=_mode(options),
    )  # fmt: skip


def _play(options: argparse.Namespace) -> int:
    if options.watch:
        return _preview(options)
    catalog = _catalog()
    chosen: Pack | None = None
    if options.pack:
        result = _chosen_pack(options.pack, catalog, detect_language(options.lang, os.environ))
        if isinstance(result, int):
            return result
        chosen = result
        if catalog.find(chosen.id) is not chosen:
            catalog = Catalog((chosen,) + tuple(p for p in catalog.packs if p.id != chosen.id), catalog.problems)
    from quiz.store import Store

    settings = _settings(options, chosen.id if chosen else None)
    store = Store.open(data_dir())
    try:
        if options.plain or _plain_wanted():
            return _play_plain(options, catalog, chosen, settings, store)
        from quiz.tui.app import make_app

        app = make_app(catalog, store, settings, theme=options.theme)
        app.run()
        return app.return_code or 0
    finally:
        store.close()


def _preview(options: argparse.Namespace) -> int:
    """Play the pack file at --pack, reloading it on every save; nothing is saved to the player's store."""
    path = Path(options.pack) if options.pack else None
    if path is None or not path.is_file() or options.plain:
        print(tr("cli.watch_needs_file", detect_language(options.lang, os.environ)), file=sys.stderr)
        return 2
    from quiz.packs.watch import PackWatcher, Reloaded
    from quiz.store import Store
    from quiz.tui.app import Preview, make_app

    watcher = PackWatcher(path)
    first = watcher.load()
    catalog = Catalog((first.pack,) if isinstance(first, Reloaded) else (), ())
    store = Store.in_memory("preview")
    try:
        settings = _settings(options, first.pack.id if isinstance(first, Reloaded) else None)
        app = make_app(catalog, store, settings, theme=options.theme, preview=Preview(watcher, first))
        app.run()
        return app.return_code or 0
    finally:
        store.close()


def _plain_wanted() -> bool:
    from quiz.plain import should_use_plain

    if "TEXTUAL_DRIVER" in os.environ:
        # textual-serve (`quiz serve`) runs the game over pipes with its own driver: the screen is a browser's.
        return False
    return should_use_plain(sys.stdin, sys.stdout, os.environ)


def _mode(options: argparse.Namespace) -> Mode:
    return Mode(options.mode, options.time_limit, not options.no_streak_bonus)


def _play_plain(
    options: argparse.Namespace, catalog: Catalog, chosen: Pack | None, settings: Settings, store: Store
) -> int:
    from quiz.plain import play_plain, wants_color
    from quiz.session import Session

    pack = chosen or (catalog.packs[0] if catalog.packs else None)
    _report(catalog.problems, sys.stderr)
    if pack is None:
        print(tr("cli.no_pack_loaded", settings.lang), file=sys.stderr)
        return 1
    return play_plain(
        Session(catalog, store, settings), pack, stdin=sys.stdin, stdout=sys.stdout,
        color=wants_color(sys.stdout, os.environ), resume=options.resume,
    )  # fmt: skip


def _stats(options: argparse.Namespace) -> int:
    from quiz.reports import print_stats
    from quiz.store import Store

    store = Store.open(data_dir())
    try:
        print_stats(store, _catalog(), detect_language(options.lang, os.environ), sys.stdout)
    finally:
        store.close()
    return 0


def _history(options: argparse.Namespace) -> int:
    from quiz.reports import export_history
    from quiz.store import Store

    store = Store.open(data_dir())
    try:
        export_history(store, options.format, sys.stdout)
    finally:
        store.close()
    return 0


def _list(options: argparse.Namespace) -> int:
    catalog = _catalog()
    lang = detect_language(options.lang, os.environ)
    if catalog.packs:
        _print_table(catalog, lang)
    else:
        print(tr("cli.no_packs", lang))
    if catalog.problems:
        files = len({problem.file for problem in catalog.problems})
        print("\n" + tr("cli.packs_left_out", lang, n=files), file=sys.stderr)
    return 0


def _print_table(catalog: Catalog, lang: str) -> None:
    rows = [
        (pack.id, str(len(pack.questions)), ",".join(pack.languages), one_line(pack.title.get(lang)))
        for pack in catalog.packs
    ]
    header = tuple(tr("cli.list_header", lang).split("|"))
    # Padded by display width: a Chinese character takes two columns.
    widths = [max(cell_width(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        cells = [cell + " " * (width - cell_width(cell)) for cell, width in zip(row, widths)]
        print("  ".join(cells) + "  " + row[3])


def _validate(options: argparse.Namespace) -> int:
    """Check packs; exit 1 on errors (and on warnings with --strict), else 0."""
    from quiz.packs.lint import check_paths

    checked, problems = check_paths(options.paths)
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    if options.format == "json":
        document = {
            "files": checked,
            "errors": errors,
            "warnings": warnings,
            "problems": [dataclasses.asdict(problem) for problem in problems],
        }
        # ASCII escapes keep any control or bidi characters quoted from a pack inert in a terminal or CI log.
        print(json.dumps(document, indent=2, ensure_ascii=True))
    else:
        _report(problems, sys.stdout)
        print(f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s)")
    return 1 if errors or (options.strict and warnings) else 0


def _pack_id(value: str) -> str:
    from quiz.packs import PACK_ID

    if not PACK_ID.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a pack id: use lowercase letters, digits and dashes")
    return value


def _new(options: argparse.Namespace) -> int:
    """Write a starter pack; exit 1, saying why in one line, when the file exists or cannot be written."""
    from quiz.packs.starter import pack_id_for, write_starter

    path: Path = options.path
    shown = one_line(display_name(path))
    try:
        written = write_starter(path, options.id or pack_id_for(path), LANGUAGE_OPTIONS[options.lang])
    except FileExistsError:
        print(f"quiz: error: {shown} already exists; 'quiz new' never overwrites a file", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"quiz: error: {shown}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"quiz: error: cannot write {shown}: {error.strerror or error}", file=sys.stderr)
        return 1
    schema = one_line(display_name(written.schema))
    print(f"Wrote {shown}.")
    if written.schema_written:
        print(f"Wrote {schema}: editors with the YAML language server use it to complete and check the pack.")
    elif not written.schema_current:
        print(f"Kept {schema}, which differs from this game's; 'quiz schema > {schema}' refreshes it.")
    print(f"Edit it, then check it with: quiz validate {shlex.quote(shown)}")
    return 0


def _schema(options: argparse.Namespace) -> int:
    """Print the pack format's JSON Schema."""
    from quiz.packs.schema import schema_json

    sys.stdout.write(schema_json())
    return 0


def _serve(options: argparse.Namespace) -> int:
    from quiz.serve import is_loopback, play_command, serve

    if not options.public and not is_loopback(options.host):
        print(
            f"quiz: error: --host {options.host} lets other computers start games here; "
            "add --public if that is what you want",
            file=sys.stderr,
        )
        return 2
    pack = options.pack
    if pack is not None:
        # Check the pack once here, rather than let every browser's game fail on it.
        result = _chosen_pack(pack, _catalog(), detect_language(options.lang, os.environ))
        if isinstance(result, int):
            return result
        if Path(pack).exists():
            pack = str(Path(pack).resolve())
    return serve(play_command(pack=pack, lang=options.lang, theme=options.theme), options.host, options.port)

"""The `quiz` command: parses arguments and hands each command what it needs, nothing more."""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Sequence, TextIO

from quiz.i18n import LANGUAGES, detect_language
from quiz.locations import data_dir, pack_dirs
from quiz.model import Pack
from quiz.packs import Catalog, PackError, Problem, load_catalog, load_pack, pack_files
from quiz.packs.problems import display_name
from quiz.text import one_line

if TYPE_CHECKING:
    from quiz.store import Store

COMMANDS = ("play", "list", "validate")


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


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def _package_version() -> str:
    try:
        return version("myth-or-fact")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The parser for every command."""
    parser = _Parser(
        prog="quiz",
        description="Myth or Fact: a terminal health quiz. With no command, starts the game.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_package_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    play = commands.add_parser("play", help="play the quiz (the default)", description="Play the quiz.")
    play.add_argument("--pack", metavar="ID|PATH", help="the pack to play: an id from 'quiz list', or a file or folder")
    play.add_argument("--lang", choices=LANGUAGES, help="the language to play in (default: from the locale)")
    play.add_argument("--count", type=_positive, metavar="N", help="how many questions (default: the whole pack)")
    play.add_argument("--seed", type=_integer, metavar="N", help="the same seed gives the same questions in the same order")
    play.add_argument(
        "--plain",
        action="store_true",
        help="play line by line, for screen readers, plain consoles and scripts (automatic when not in a terminal)",
    )
    play.set_defaults(run=_play)

    listing = commands.add_parser("list", help="list the packs found", description="List the packs found.")
    listing.add_argument("--lang", choices=LANGUAGES, help="the language for titles")
    listing.set_defaults(run=_list)

    validate = commands.add_parser(
        "validate", help="check pack files for mistakes", description="Check pack files or folders of packs."
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack files or folders")
    validate.set_defaults(run=_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in COMMANDS and arguments[0] not in ("-h", "--help", "--version")):
        arguments.insert(0, "play")
    options = build_parser().parse_args(arguments)
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


def _chosen_pack(choice: str, catalog: Catalog) -> Pack | int:
    """The pack `--pack` names, or an exit code after saying what went wrong."""
    path = Path(choice)
    if path.exists():
        if path.is_dir():
            found = load_catalog([path])
            _report(found.problems, sys.stderr)
            if not found.packs:
                print(f"quiz: error: no usable pack in {display_name(path)}", file=sys.stderr)
                return 1
            return found.packs[0]
        try:
            return load_pack(path)
        except PackError as error:
            _report(error.problems, sys.stderr)
            print(f"quiz: error: {display_name(path)} cannot be played until these are fixed", file=sys.stderr)
            return 1
    pack = catalog.find(choice)
    if pack is None:
        known = ", ".join(p.id for p in catalog.packs) or "none"
        print(f"quiz: error: no pack or file called {choice!r} (packs: {known})", file=sys.stderr)
        return 2
    return pack


def _play(options: argparse.Namespace) -> int:
    catalog = _catalog()
    chosen: Pack | None = None
    if options.pack:
        result = _chosen_pack(options.pack, catalog)
        if isinstance(result, int):
            return result
        chosen = result
        if catalog.find(chosen.id) is not chosen:
            catalog = Catalog((chosen,) + tuple(p for p in catalog.packs if p.id != chosen.id), catalog.problems)
    from quiz.store import Store

    lang = detect_language(options.lang, os.environ)
    store = Store.open(data_dir())
    try:
        if options.plain or _plain_wanted():
            return _play_plain(options, catalog, chosen, lang, store)
        from quiz.tui.app import QuizApp

        app = QuizApp(
            catalog=catalog, lang=lang, store=store, pack_id=chosen.id if chosen else None,
            count=options.count, seed=options.seed,
        )  # fmt: skip
        app.run()
        return app.return_code or 0
    finally:
        store.close()


def _plain_wanted() -> bool:
    from quiz.plain import should_use_plain

    return should_use_plain(sys.stdin, sys.stdout, os.environ)


def _play_plain(options: argparse.Namespace, catalog: Catalog, chosen: Pack | None, lang: str, store: Store) -> int:
    from quiz.plain import play_plain, wants_color

    pack = chosen or (catalog.packs[0] if catalog.packs else None)
    _report(catalog.problems, sys.stderr)
    if pack is None:
        print("quiz: error: no pack could be loaded; 'quiz validate' shows why", file=sys.stderr)
        return 1
    return play_plain(
        pack, lang, store, count=options.count, seed=options.seed,
        stdin=sys.stdin, stdout=sys.stdout, color=wants_color(sys.stdout, os.environ),
    )  # fmt: skip


def _list(options: argparse.Namespace) -> int:
    catalog = _catalog()
    lang = detect_language(options.lang, os.environ)
    if catalog.packs:
        _print_table(catalog, lang)
    else:
        print("No packs found.")
    if catalog.problems:
        files = len({problem.file for problem in catalog.problems})
        print(f"\n{files} pack file(s) have errors and are left out; 'quiz validate' shows them.", file=sys.stderr)
    return 0


def _print_table(catalog: Catalog, lang: str) -> None:
    rows = [
        (pack.id, str(len(pack.questions)), ",".join(pack.languages), one_line(pack.title.get(lang)))
        for pack in catalog.packs
    ]
    header = ("ID", "QUESTIONS", "LANGUAGES", "TITLE")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[3])


def _validate(options: argparse.Namespace) -> int:
    problems: list[Problem] = []
    checked = 0
    for path in options.paths:
        if not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        files = pack_files(path)
        if not files:
            problems.append(Problem(str(path), "no pack files (.yaml or .yml) in this folder"))
        checked += len(files)
        found = load_catalog(files)
        problems.extend(found.problems)
    _report(problems, sys.stdout)
    errors = sum(problem.severity == "error" for problem in problems)
    bad_files = len({problem.file for problem in problems})
    if errors:
        print(f"{checked} file(s) checked: {errors} error(s) in {bad_files} file(s)")
        return 1
    print(f"{checked} file(s) checked: no problems")
    return 0

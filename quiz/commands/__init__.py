"""The `quiz` command: one module per command or family, each handed only what it needs.

Every command runs with one Context (the language of its messages, chosen once per run, and the standard
streams) and stops with a CommandError, which `main` prints as the one `quiz: error:` line of the run.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import partial

from quiz.commands import authoring, exchange, listing, play, records, report, serve, validate
from quiz.commands.parsing import Parser, requested_language
from quiz.commands.shared import CommandError, Context
from quiz.i18n import DEFAULT_LANGUAGE, detect_language, tr
from quiz.locations import DATA_ENV

_FAMILIES = (play, listing, records, report, validate, authoring, serve, exchange)
"""In the order `quiz --help` lists their commands."""
SPEAKING = ("play", "list", "stats", "report", "serve")
"""The commands whose --lang is the language they speak; for `new`, `export` and `import` it is the pack's."""


class _Version(argparse.Action):
    """Prints the installed version; looked up only when asked, since importlib.metadata is slow to import."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("myth-or-fact")
        except PackageNotFoundError:
            found = "unknown"
        print(f"{parser.prog} {found}")
        parser.exit()


def build_parser(lang: str = DEFAULT_LANGUAGE) -> Parser:
    """The parser for every command, its help and errors in `lang`."""
    parser = Parser(prog="quiz", description=tr("arg.quiz", lang), lang=lang)
    parser.add_argument("--version", action=_Version, help=tr("arg.version", lang))
    # Each command's parser is a Parser in the same language (typeshed wants a class; a partial builds one as well).
    speaking = partial(Parser, lang=lang)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=speaking)  # type: ignore[call-overload]
    for family in _FAMILIES:
        family.add(commands, lang)
    parser.command_names = tuple(commands.choices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(detect_language(requested_language(arguments, SPEAKING), os.environ))
    if not arguments or (
        arguments[0] not in parser.command_names and arguments[0] not in ("-h", "--help", "--version")
    ):
        arguments.insert(0, "play")
    options = parser.parse_args(arguments)
    if getattr(options, "data_dir", None):
        # Through the environment, so the games `quiz serve` starts keep their answers in the same place.
        os.environ[DATA_ENV] = str(options.data_dir.expanduser().resolve())
    # `--lang` is the language of the messages for the commands that have it as such; others speak the locale's.
    context = Context(detect_language(getattr(options, "lang", None), os.environ), sys.stdin, sys.stdout, sys.stderr)
    try:
        return int(options.run(options, context))
    except CommandError as error:
        return context.fail(error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`quiz list | head`): nothing left to say, and nowhere to say it.
        sys.stderr.close()
        return 0
    except PermissionError as error:
        # A folder the player may not enter can stop almost any command (a --pack, a data folder, an -o).
        return context.fail(CommandError("cli.permission", 1, path=_named(error)))
    except OSError as error:
        return context.fail(CommandError("cli.os_error", 1, path=_named(error), reason=error.strerror or error))


def _named(error: OSError) -> str:
    """The file an OSError is about, or the error itself when it names none."""
    return str(error.filename) if error.filename is not None else str(error)

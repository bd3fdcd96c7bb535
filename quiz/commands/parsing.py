"""The `quiz` argument parser in the run's language: its help, its section titles and its errors.

argparse says its own words ("usage:", "options", "invalid choice: ...") through the `gettext` of the process,
which we leave alone. Instead the parser speaks one language given when it is built: our help texts come from
quiz.i18n, the words argparse puts around them are replaced by ours, and each error argparse raises is matched
against the English it is made from and said again in the parser's language. An error we do not know stays as
argparse wrote it. Help is wrapped by display width, as a Chinese character takes two columns.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from quiz.i18n import DEFAULT_LANGUAGE, tr
from quiz.message import msg
from quiz.text import cell_width

_ARGPARSE_ERRORS = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), key)
    for pattern, key in (
        (r"argument (?P<argument>[^:]+?): (?P<message>.*)", "argparse.argument"),
        (r"unrecognized arguments: (?P<arguments>.*)", "argparse.unrecognized"),
        (r"the following arguments are required: (?P<arguments>.*)", "argparse.required"),
        (r"one of the arguments (?P<arguments>.*) is required", "argparse.one_required"),
        (r"not allowed with argument (?P<argument>.*)", "argparse.not_allowed"),
        (r"ignored explicit argument (?P<value>.*)", "argparse.ignored"),
        (r"expected one argument", "argparse.expected_one"),
        (r"expected at most one argument", "argparse.expected_at_most_one"),
        (r"expected at least one argument", "argparse.expected_at_least_one"),
        (r"expected (?P<n>\d+) argument", "argparse.expected_1"),
        (r"expected (?P<n>\d+) arguments", "argparse.expected_n"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", "argparse.ambiguous"),
        (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", "argparse.invalid_choice"),
        (r"invalid (?P<type>\S+) value: (?P<value>.*)", "argparse.invalid_type"),
    )
)
"""argparse's errors, in the English each is made from, with the message that says it in our words."""


class BadValue(argparse.ArgumentTypeError):
    """A value an argument type refuses, with our message saying why (in English when shown as a string)."""

    def __init__(self, key: str, **values: object) -> None:
        self.said = msg(key, **values)
        super().__init__(self.said.text(DEFAULT_LANGUAGE))


def translated(message: str, lang: str) -> str:
    """An argparse error in `lang`; one it does not match stays as it is."""
    for pattern, key in _ARGPARSE_ERRORS:
        found = pattern.match(message)
        if found is not None:
            values = found.groupdict()
            if "message" in values:
                values["message"] = translated(values["message"], lang)
            return tr(key, lang, **values)
    return message


def requested_language(arguments: Sequence[str], speaking: Sequence[str]) -> str | None:
    """The --lang value on the command line when the command is one of `speaking` (those whose --lang is the
    language they speak, not a pack's), found before any parsing so the parser itself can speak it."""
    command = arguments[0] if arguments and not arguments[0].startswith("-") else "play"
    if command not in speaking:
        return None
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
    return None


class Formatter(argparse.HelpFormatter):
    """argparse's help layout with our usage prefix, wrapping text by the columns it takes on screen."""

    def __init__(self, prog: str, lang: str = DEFAULT_LANGUAGE) -> None:
        super().__init__(prog)
        self.lang = lang

    def _format_usage(
        self, usage: str | None, actions: Iterable[Any], groups: Iterable[Any], prefix: str | None
    ) -> str:
        said = tr("argparse.usage", self.lang) if prefix is None else prefix
        # argparse lines the usage up under the prefix by its length in characters; give it spaces as wide as
        # the prefix on screen, then put the prefix in their place.
        room = " " * cell_width(said)
        return said + super()._format_usage(usage, actions, groups, room)[len(room) :]

    def _split_lines(self, text: str, width: int) -> list[str]:
        if text.isascii():
            return super()._split_lines(text, width)
        from quiz.linebreak import wrap

        return wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.isascii():
            return super()._fill_text(text, width, indent)
        from quiz.linebreak import wrap

        return "\n".join(indent + line for line in wrap(" ".join(text.split()), max(width - len(indent), 1)))


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks `lang`, whose errors are one line and exit code 2, never a traceback."""

    command_names: tuple[str, ...] = ()
    """The subcommands, once they are added: anything else on the command line is an option of `play`."""

    def __init__(
        self, prog: str | None = None, *, lang: str = DEFAULT_LANGUAGE, add_help: bool = True, **kwargs: Any
    ) -> None:
        self.lang = lang
        super().__init__(prog, formatter_class=lambda prog: Formatter(prog, lang), add_help=False, **kwargs)
        # argparse names its two sections in the words of its own catalog; these are ours.
        self._positionals.title = tr("argparse.positionals", lang)
        self._optionals.title = tr("argparse.options", lang)
        if add_help:
            self.add_argument("-h", "--help", action="help", help=tr("argparse.help", lang))

    def format_help(self) -> str:
        text = super().format_help()
        # argparse ends each section title with an ASCII colon; say it the language's way.
        for group in self._action_groups:
            if group.title:
                heading = tr("argparse.heading", self.lang, title=group.title)
                text = text.replace(f"\n{group.title}:\n", f"\n{heading}\n")
        return text

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        # Our argument types refuse a value with a message of ours: say it in the parser's language.
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as error:
            cause = error.__context__
            if isinstance(cause, BadValue):
                raise argparse.ArgumentError(action, cause.said.text(self.lang)) from None
            raise

    def error(self, message: str) -> NoReturn:
        said = tr("argparse.error", self.lang, prog=self.prog, message=translated(message, self.lang))
        self.exit(2, said + "\n")

"""What every command shares: the run's language and streams, the one error type, argument types, finding the
pack a command names, and the player's store for as long as a command needs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

from quiz.commands.parsing import BadValue
from quiz.i18n import tr
from quiz.locations import DATA_ENV, cache_dir, data_dir, pack_dirs
from quiz.message import Msg
from quiz.model import Pack
from quiz.packs import PACK_ID, Catalog, PackCache, PackError, Problem, load_catalog, load_pack
from quiz.packs.problems import display_name
from quiz.players import MAX_NAME, BadName
from quiz.text import one_line

if TYPE_CHECKING:
    from quiz.store import Store

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

STANDARD_STREAM = "-"
"""The file name that means standard input (for a file read) or standard output (for -o)."""
SEED_RANGE = (-(2**63), 2**63 - 1)
"""The seeds a game accepts: what the store's INTEGER column can keep, so a game is never refused at its first save."""


class CommandError(Exception):
    """Stops a command: the message `key` of quiz.i18n with its values, said on one line, and the exit code.

    2 means the command line itself was wrong (a name, an option), 1 that what it pointed at could not be used.
    """

    def __init__(self, key: str, code: int = 1, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.code = code
        self.values = values

    def message(self, lang: str) -> str:
        """The message in `lang` (with any message among its values in `lang` too)."""
        return Msg(self.key, self.values).text(lang)


@dataclass(frozen=True)
class Context:
    """What a command runs with: the language of its messages (chosen once per run) and the standard streams."""

    lang: str
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    def say(self, key: str, *, to_stderr: bool = False, **values: object) -> None:
        """Print the message `key` as a line of output (on stderr when stdout carries the data)."""
        print(tr(key, self.lang, **values), file=self.stderr if to_stderr else self.stdout)

    def note(self, message: str) -> None:
        """A `quiz: note:` line on stderr."""
        print(one_line(tr("cli.note", self.lang, message=message)), file=self.stderr)

    def warn(self, message: str) -> None:
        """A `quiz: warning:` line on stderr."""
        print(one_line(tr("cli.warning", self.lang, message=message)), file=self.stderr)

    def fail(self, error: CommandError) -> int:
        """Say why the command stopped, on one line; returns its exit code."""
        print(one_line(tr("cli.error", self.lang, message=error.message(self.lang))), file=self.stderr)
        return error.code

    def report(self, problems: Sequence[Problem]) -> None:
        """A pack's problems on stderr, one per line."""
        for problem in problems:
            print(problem.text(self.lang), file=self.stderr)

    def listed(self, items: Sequence[str]) -> str:
        """`items` as a sentence lists them: "a, b and c"."""
        if len(items) < 2:
            return "".join(items)
        joined = tr("cli.list_comma", self.lang).join(items[:-1])
        return tr("cli.list_and", self.lang, items=joined, last=items[-1])


def shown(path: Path) -> str:
    """A path as the player would type it, on one line, for a message."""
    return one_line(display_name(path))


# == arguments ===================================================================================


def positive(value: str) -> int:
    """A whole number of at least 1."""
    number = whole_number(value)
    if number < 1:
        raise BadValue("arg.not_positive", value=value)
    return number


def whole_number(value: str) -> int:
    """Any whole number that fits in a message when it is wrong."""
    try:
        return int(value)
    except ValueError:
        shown_value = value if len(value) <= 40 else value[:20] + "…"
        raise BadValue("arg.not_whole", value=shown_value) from None


def seed(value: str) -> int:
    """A seed the store can keep (see SEED_RANGE)."""
    low, high = SEED_RANGE
    digits = value.strip().lstrip("+-").lstrip("0")
    # Past 30 digits a number is out of range whatever it is (and Python refuses to read one past 4300).
    number = high + 1 if digits.isdigit() and len(digits) > 30 else whole_number(value)
    if not low <= number <= high:
        raise BadValue("arg.seed_range", low=low, high=high)
    return number


def pack_name(value: str) -> str:
    """A pack id or path: anything but an empty name, which would otherwise quietly mean the first pack found."""
    if not value.strip():
        raise BadValue("arg.empty_pack")
    return value


def pack_id(value: str) -> str:
    """A valid pack id."""
    if not PACK_ID.match(value):
        raise BadValue("arg.not_pack_id", value=value)
    return value


def add_data_dir(parser: argparse.ArgumentParser, lang: str) -> None:
    """The --data-dir option of commands that use the player's store or packs, its help in `lang`."""
    parser.add_argument("--data-dir", type=Path, metavar="FOLDER", help=tr("arg.data_dir", lang, env=DATA_ENV))


def add_player(parser: argparse.ArgumentParser, what: str, lang: str) -> None:
    """The --player option of commands that play or read one player's games; the message `what` starts its help."""
    parser.add_argument("--player", metavar="NAME", help=tr("arg.player", lang, what=tr(what, lang)))


def named(value: str | None, option: str, check: Callable[[str], str]) -> str | None:
    """The name `value` given with `option` (--player, --class), as `check` keeps it; None when none was given."""
    if value is None:
        return None
    try:
        return check(value)
    except BadName as error:
        # repr shows a control character as its escape, so the line says what was typed without obeying it.
        shown_value = repr(value if len(value) <= MAX_NAME else value[:MAX_NAME] + "…")
        reason = Msg(error.key, error.values)
        raise CommandError("cli.bad_name", 2, option=option, value=shown_value, reason=reason) from None


# == packs and the store =========================================================================


def discovered() -> Catalog:
    """Every pack found in the folders searched for packs, through the cache of checked packs."""
    return load_catalog(pack_dirs(Path.cwd()), PackCache(cache_dir() / "packs"))


def resolve_pack(choice: str, context: Context, unusable: str, catalog: Catalog | None = None) -> Pack:
    """The pack named on the command line: a pack file or folder, else a pack id found by discovery.

    `unusable` is the message id said when the file has errors (after its problems); `catalog`, when the command
    has one already, is searched instead of discovering the packs again.
    """
    path = Path(choice)
    if path.exists():
        if path.is_dir():
            found = load_catalog([path])
            context.report(found.problems)
            first = found.find(found.packs[0].id) if found.packs else None
            if first is None:
                raise CommandError("cli.no_usable_pack", 1, path=display_name(path))
            return first
        known = catalog.packs if catalog is not None else ()
        already = next((p for p in known if p.path and p.path.resolve() == path.resolve()), None)
        if already is not None and catalog is not None and (pack := catalog.find(already.id)) is not None:
            return pack
        try:
            return load_pack(path)
        except PackError as error:
            context.report(error.problems)
            raise CommandError(unusable, 1, path=display_name(path)) from None
    catalog = catalog if catalog is not None else discovered()
    pack = catalog.find(choice)
    if pack is None:
        names = ", ".join(p.id for p in catalog.packs) or tr("cli.none", context.lang)
        raise CommandError("cli.no_such_pack", 2, name=repr(choice), known=names)
    return pack


@contextmanager
def player_store(memory_only: str | None = None) -> Iterator[Store]:
    """The player's store, closed when the command is done; with `memory_only`, a store that saves nothing."""
    from quiz.store import Store  # sqlite and the scheduler are only for the commands that save

    store = Store.in_memory(memory_only) if memory_only is not None else Store.open(data_dir())
    try:
        yield store
    finally:
        store.close()

"""Reading a YAML node tree as typed values, with every problem at its line, column and field path.

This layer knows YAML's shapes (mappings, lists, scalars) and what reading them may cost, not what a pack holds:
a format module (`format_v1`) subclasses NodeReader with its fields and rules. The reader walks only the nodes it
is asked about and counts what aliases make it read again, so an alias bomb or a huge unknown structure costs
next to nothing.
"""

from __future__ import annotations

import difflib
import re
import weakref
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence, TypeVar

import yaml

from quiz.message import Msg, either, msg
from quiz.packs.compose import StreamedSequence
from quiz.packs.problems import Problem
from quiz.packs.yamlsource import SAFE_TAGS
from quiz.text import clean

MAX_PROBLEMS = 100
"""A file can hold thousands of mistakes; past this many, more would not help anyone fix it."""
MAX_FOUND = 1000
"""Past this many mistakes the reader stops looking: the file is not a pack gone slightly wrong."""
MAX_REPEATED = 20_000
"""How many list items and mapping entries aliases ('*name') may make the reader go through again: plenty to
share some text or a list of choices, far too few for an alias bomb to make checking slow."""
TEXT_REPEAT, TEXT_ALLOWANCE = 8, 1_000_000
"""How much text aliases may make the reader go through: eight times the file's size and a million characters
more, enough to share choices or explanations freely, far too little for a bomb of long text to be slow."""
MAX_SUGGESTIONS_FROM = 1000
"""'Did you mean' looks among at most this many known words, so a misspelling costs little to report."""

NULL = "tag:yaml.org,2002:null"
INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_MERGE = "tag:yaml.org,2002:merge"
_BOOL_VALUES = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Position:
    """Where a node starts, 1-based, kept once the node itself is let go."""

    line: int
    column: int

    @classmethod
    def of(cls, node: yaml.Node) -> Position:
        """Where `node` starts."""
        return cls(node.start_mark.line + 1, node.start_mark.column + 1)


@dataclass(frozen=True)
class NameRule:
    """What a name looks like in a format, and what to tell someone whose name does not look like that."""

    pattern: re.Pattern[str]
    hint: Msg


class GiveUp(Exception):
    """Reading stops early: with `problem` as the only one to report, or else past MAX_FOUND problems."""

    def __init__(self, problem: Problem | None = None) -> None:
        super().__init__()
        self.problem = problem


class NodeReader:
    """Reads the node tree of one file, collecting problems instead of stopping at the first.

    `file_name` is how problems refer to the file; `text_budget` is how many characters of text the reader may
    go through, aliases included, before it gives up on the file.
    """

    def __init__(self, file_name: str, text_budget: int) -> None:
        self.file_name = file_name
        self.problems: list[Problem] = []
        self._gave_up = False
        self._first_path: weakref.WeakKeyDictionary[yaml.Node, str] = weakref.WeakKeyDictionary()
        """Where each list and mapping was first read: reading one again at another path is an alias at work.
        Weak, because a question's nodes are let go once it is read (and a new node may get an old one's id)."""
        self._repeated = 0
        self._characters = 0
        self._text_budget = text_budget

    # -- reporting ------------------------------------------------------------------------------

    def problem(self, node: yaml.Node, path: str, message: Msg, hint: Msg | None = None) -> None:
        """Record a problem at `node`."""
        self.problem_at(Position.of(node), path, message, hint)

    def problem_at(self, where: Position, path: str, message: Msg, hint: Msg | None = None) -> None:
        """Record a problem at a position noted earlier, of a node that may be gone."""
        if len(self.problems) >= MAX_FOUND:
            raise GiveUp()
        self.problems.append(
            Problem(self.file_name, message, line=where.line, column=where.column, path=path, fix=hint)
        )

    def run(self, read: Callable[[], T | None]) -> T | None:
        """What `read` returns, or None when reading gave up; the problems end up in file order and capped."""
        try:
            return read()
        except GiveUp as stop:
            self._gave_up = True
            if stop.problem is not None:
                self.problems = [stop.problem]
            return None
        finally:
            self._finish()

    def _finish(self) -> None:
        self.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        dropped = len(self.problems) - MAX_PROBLEMS
        if dropped > 0:
            del self.problems[MAX_PROBLEMS:]
            more = msg("load.more_problems_over" if self._gave_up else "load.more_problems", n=dropped)
            self.problems.append(Problem(self.file_name, more, fix=msg("load.fix.more_problems")))

    def count(self, node: yaml.Node, path: str) -> None:
        """Keep what reading `node` costs bounded, however often aliases bring the reader back to it."""
        if isinstance(node, yaml.ScalarNode):
            self._characters += len(node.value)
            over = self._characters > self._text_budget
        else:
            if self._first_path.setdefault(node, path) != path:
                self._repeated += 1 + len(node.value)
            over = self._repeated > MAX_REPEATED
        if over:
            mark = node.start_mark
            raise GiveUp(
                Problem(
                    self.file_name, msg("load.alias_bomb"), line=mark.line + 1, column=mark.column + 1, path=path,
                    fix=msg("load.fix.alias_bomb"),
                )
            )  # fmt: skip

    def suggest(self, word: str, known: tuple[str, ...]) -> Msg | None:
        """'Did you mean', for the first MAX_PROBLEMS problems: comparing thousands of misspellings with
        thousands of known words would make checking slow, and past those few no one reads them."""
        return did_you_mean(word, known) if len(self.problems) < MAX_PROBLEMS else None

    # -- node shapes ----------------------------------------------------------------------------

    def _tag_ok(self, node: yaml.Node, path: str) -> bool:
        self.count(node, path)
        if node.tag in SAFE_TAGS:
            return True
        self.problem(node, path, msg("load.tag", tag=node.tag), msg("load.fix.tag"))
        return False

    def mapping(
        self,
        node: yaml.Node,
        path: str,
        allowed: tuple[str, ...] | NameRule,
        required: tuple[str, ...] = (),
        hints: Mapping[str, Msg] | None = None,
        elsewhere: Mapping[str, Msg] | None = None,
    ) -> dict[str, yaml.Node] | None:
        """The fields of a mapping node, reporting duplicate, unknown and missing keys.

        `allowed` is either the keys the mapping may have or the rule any key must follow; `hints` says how to
        add a missing required key; `elsewhere` maps keys that belong to another kind of entry to a hint saying
        where they go.
        """
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, msg("load.not_mapping", found=describe(node)))
            return None
        fields: dict[str, yaml.Node] = {}
        first_line: dict[str, int] = {}
        known = frozenset(allowed) if isinstance(allowed, tuple) else frozenset()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                self.problem(key_node, path, msg("load.merge_key"), msg("load.fix.merge_key"))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, path, msg("load.key_not_word"))
                continue
            key = key_node.value
            if key in first_line:
                self.problem(
                    key_node, join(path, key), msg("load.duplicate_key", name=key),
                    msg("load.fix.duplicate_key", line=first_line[key]),
                )  # fmt: skip
                continue
            first_line[key] = key_node.start_mark.line + 1
            if not self._tag_ok(key_node, path):
                continue
            if isinstance(allowed, NameRule) and not allowed.pattern.match(key):
                self.problem(key_node, join(path, key), msg("load.bad_name", name=key), allowed.hint)
                continue
            if isinstance(allowed, tuple) and key not in known:
                if elsewhere and key in elsewhere:
                    self.problem(key_node, path, msg("load.misplaced_key", name=key), elsewhere[key])
                else:
                    self.problem(key_node, path, msg("load.unknown_key", name=key), self.suggest(key, allowed))
                self._tag_ok(value_node, join(path, key))
                continue
            fields[key] = value_node
        for key in required:
            if key not in fields and key not in first_line:
                self.problem(node, path, msg("load.missing_key", name=key), (hints or {}).get(key))
        return fields

    def sequence(self, node: yaml.Node, path: str) -> list[yaml.Node] | None:
        """The items of a list node."""
        items = self.each(node, path)
        return None if items is None else list(items)

    def each(self, node: yaml.Node, path: str) -> Iterable[yaml.Node] | None:
        """The items of a list node, one at a time: those of a streamed list are composed as they are taken."""
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, path, msg("load.not_list", found=describe(node)), msg("load.fix.not_list"))
            return None
        return node.items() if isinstance(node, StreamedSequence) else node.value

    def scalar(self, node: yaml.Node, path: str, what: Msg | str) -> str | None:
        """The raw text of a scalar node that is not empty."""
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, path, msg("load.wrong_kind", wanted=what, found=describe(node)))
            return None
        if node.tag == NULL or not node.value.strip():
            self.problem(node, path, msg("load.empty", wanted=what))
            return None
        return str(node.value)

    # -- values ---------------------------------------------------------------------------------

    def string(self, node: yaml.Node, path: str) -> str | None:
        """A non-empty string, safe to show."""
        value = self.scalar(node, path, msg("load.what.text"))
        if value is None:
            return None
        shown = clean(value).strip()
        if not shown:
            self.problem(node, path, msg("load.invisible"))
            return None
        return shown

    def name(self, node: yaml.Node, path: str, rule: NameRule) -> str | None:
        """An identifier following `rule`."""
        value = self.scalar(node, path, msg("load.what.name"))
        if value is None:
            return None
        if not rule.pattern.match(value):
            self.problem(node, path, msg("load.bad_name", name=value), rule.hint)
            return None
        return value

    def integer(self, node: yaml.Node, path: str, low: int, high: int) -> int | None:
        """A whole number from `low` to `high`."""
        value = self.scalar(node, path, msg("load.what.number", low=low, high=high))
        if value is None:
            return None
        if node.tag != INT or not is_decimal(value) or not low <= int(value) <= high:
            self.problem(node, path, msg("load.not_whole_number", low=low, high=high, value=value))
            return None
        return int(value)

    def boolean(self, node: yaml.Node, path: str) -> bool | None:
        """true or false."""
        value = self.scalar(node, path, msg("load.what.boolean"))
        if value is None:
            return None
        if node.tag != _BOOL or value.lower() not in _BOOL_VALUES:
            self.problem(node, path, msg("load.not_boolean", value=value))
            return None
        return _BOOL_VALUES[value.lower()]

    def choice_of(self, node: yaml.Node, path: str, options: tuple[str, ...]) -> str | None:
        """One of `options` (case does not matter)."""
        value = self.scalar(node, path, either(options))
        if value is None:
            return None
        if value.lower() not in options:
            wrong = msg("load.not_one_of", options=either(options), value=value)
            self.problem(node, path, wrong, did_you_mean(value.lower(), options))
            return None
        return value.lower()

    def items(self, node: yaml.Node, path: str, read: Callable[[yaml.Node, str], T | None]) -> list[T] | None:
        """A list whose items are each read with `read`; None when any item is wrong."""
        nodes = self.sequence(node, path)
        if nodes is None:
            return None
        values = [read(item, f"{path}[{i}]") for i, item in enumerate(nodes)]
        if any(value is None for value in values):
            return None
        return [value for value in values if value is not None]


def is_decimal(value: str) -> bool:
    """Plain decimal digits: what int() reads the same way YAML does (not 0x1, 1_0, 1:30 or ²)."""
    # int() refuses more than a few thousand digits; no number a pack holds needs more than a few.
    return value.isascii() and value.isdigit() and len(value) <= 100


def top_level(root: yaml.Node, key: str) -> yaml.Node | None:
    """The value of `key` in the mapping `root`, without reading anything else; None when there is none."""
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def join(path: str, key: str) -> str:
    """The field path of `key` inside `path`."""
    return f"{path}.{key}" if path else key


LISTED = 12
"""How many words a message lists before it ends the list with "…"."""


def some(words: Sequence[str]) -> str:
    """`words` joined with commas, the first LISTED of them only (a pack may declare thousands of languages)."""
    return ", ".join(words[:LISTED]) + (", …" if len(words) > LISTED else "")


def did_you_mean(word: str, known: tuple[str, ...]) -> Msg | None:
    """The known word closest to `word`, or the few known words, as a hint; None when neither helps."""
    if len(known) > MAX_SUGGESTIONS_FROM:
        return None
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if close:
        return msg("load.fix.did_you_mean", word=close[0])
    if known and len(known) <= LISTED:
        return msg("load.fix.one_of", words=", ".join(known))
    return None


def describe(node: yaml.Node) -> Msg | str:
    """How a message names what a node holds: 'a mapping', 'a list', 'nothing' or the value quoted."""
    if isinstance(node, yaml.MappingNode):
        return msg("load.found.mapping")
    if isinstance(node, yaml.SequenceNode):
        return msg("load.found.list")
    if node.tag == NULL:
        return msg("load.found.nothing")
    return f"{node.value!r}"

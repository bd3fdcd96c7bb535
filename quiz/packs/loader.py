"""Turning a pack file into a Pack, or into every problem that stops it being one.

The reader walks the YAML node tree once, field by field, so each problem carries the line, column and
field path of the node it is about. It only descends into the fields it knows, which keeps an alias bomb
or a huge unknown structure from costing anything.
"""

from __future__ import annotations

import difflib
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence, TypeVar

import yaml

from quiz.model import FACT, MYTH, Choice, Kind, Pack, Question, Source, Text, Verdict
from quiz.packs.problems import PackError, Problem, display_name
from quiz.packs.yamlsource import SAFE_TAGS, read_nodes
from quiz.text import clean

FORMAT_VERSION = 1

PACK_KEYS = (
    "pack", "id", "title", "description", "languages", "version", "authors", "license",
    "source", "disclaimer", "references", "questions",
)  # fmt: skip
SOURCE_KEYS = ("title", "date", "link", "language")
COMMON_QUESTION_KEYS = ("id", "explanation", "article", "article_verdict", "refs", "tags", "difficulty")
MYTH_FACT_KEYS = ("claim", "answer")
CHOICE_QUESTION_KEYS = ("question", "choices")
QUESTION_KEYS = COMMON_QUESTION_KEYS + MYTH_FACT_KEYS + CHOICE_QUESTION_KEYS
CHOICE_KEYS = ("text", "correct", "feedback")

MIN_CHOICES, MAX_CHOICES = 2, 4
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

PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)?\Z")

_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_BOOL_VALUES = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}

_MISSING_HINTS = {
    "pack": "start the file with 'pack: 1'",
    "id": "give it an id of lowercase letters, digits and dashes",
    "languages": "for example 'languages: [zh, en]'",
    "answer": "add 'answer: myth' or 'answer: fact'",
    "explanation": "say why the answer is right, with the evidence",
    "choices": "list 2 to 4 choices, each with 'text:'",
    "questions": "add a 'questions:' list",
}

T = TypeVar("T")


def load_pack(path: Path | str, name: str | None = None) -> Pack:
    """The valid pack in the file at `path`.

    `name` is how messages refer to the file (by default the path as the user would type it).
    Raises PackError with every problem found; a pack with any problem is never returned in part.
    """
    path = Path(path)
    name = name or display_name(path)
    with _collector_paused():
        root = read_nodes(path, name)
        # A file holds no more characters than bytes; reading many times more text means aliases repeat it.
        reader = _Reader(name, text_budget=TEXT_REPEAT * path.stat().st_size + TEXT_ALLOWANCE)
        pack = reader.pack(root, path)
    if reader.problems or pack is None:
        raise PackError(reader.problems)
    return pack


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a pack is read.

    Reading builds hundreds of thousands of small objects (nodes, marks, texts) that hold no cycles; the collector
    would walk them over and over as they pile up, which makes loading a large pack three times slower.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class _RefUse:
    ref: str
    node: yaml.Node
    path: str


class _GiveUp(Exception):
    """Reading stops early: with `problem` as the only one to report, or else past MAX_FOUND problems."""

    def __init__(self, problem: Problem | None = None) -> None:
        super().__init__()
        self.problem = problem


class _Reader:
    """Reads the node tree of one file, collecting problems instead of stopping at the first."""

    def __init__(self, name: str, text_budget: int) -> None:
        self.file_name = name
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ()
        self._gave_up = False
        self._first_path: dict[int, str] = {}
        """Where each list and mapping was first read: reading one again at another path is an alias at work."""
        self._repeated = 0
        self._characters = 0
        self._text_budget = text_budget

    # -- reporting ------------------------------------------------------------------------------

    def problem(self, node: yaml.Node, path: str, message: str, hint: str | None = None) -> None:
        """Record a problem at `node`."""
        if len(self.problems) >= MAX_FOUND:
            raise _GiveUp()
        mark = node.start_mark
        self.problems.append(
            Problem(self.file_name, message, line=mark.line + 1, column=mark.column + 1, path=path, hint=hint)
        )

    def _finish(self) -> None:
        self.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        dropped = len(self.problems) - MAX_PROBLEMS
        if dropped > 0:
            del self.problems[MAX_PROBLEMS:]
            more = f"over {dropped}" if self._gave_up else str(dropped)
            self.problems.append(
                Problem(self.file_name, f"… and {more} more problems", hint="fix these first, then check again")
            )

    def _count(self, node: yaml.Node, path: str) -> None:
        """Keep what reading `node` costs bounded, however often aliases bring the reader back to it."""
        if isinstance(node, yaml.ScalarNode):
            self._characters += len(node.value)
            over = self._characters > self._text_budget
        else:
            if self._first_path.setdefault(id(node), path) != path:
                self._repeated += 1 + len(node.value)
            over = self._repeated > MAX_REPEATED
        if over:
            mark = node.start_mark
            raise _GiveUp(
                Problem(
                    self.file_name, "aliases ('*name') repeat far more of this file than a pack ever needs",
                    line=mark.line + 1, column=mark.column + 1, path=path,
                    hint="write the repeated parts out; an alias bomb is never a pack",
                )
            )  # fmt: skip

    def _suggest(self, word: str, known: tuple[str, ...]) -> str | None:
        """'Did you mean', for the first MAX_PROBLEMS problems: comparing thousands of misspellings with
        thousands of known words would make checking slow, and past those few no one reads them."""
        return _did_you_mean(word, known) if len(self.problems) < MAX_PROBLEMS else None

    # -- node shapes ----------------------------------------------------------------------------

    def _tag_ok(self, node: yaml.Node, path: str) -> bool:
        self._count(node, path)
        if node.tag in SAFE_TAGS:
            return True
        self.problem(
            node, path, f"the tag {node.tag!r} is not allowed",
            "packs hold plain text, numbers and lists; remove the '!' tag",
        )  # fmt: skip
        return False

    def mapping(
        self,
        node: yaml.Node,
        path: str,
        allowed: tuple[str, ...] | None,
        required: tuple[str, ...] = (),
        elsewhere: dict[str, str] | None = None,
    ) -> dict[str, yaml.Node] | None:
        """The fields of a mapping node, reporting duplicate, unknown and missing keys.

        `allowed` None accepts any key that is a valid name; `elsewhere` maps keys that belong to
        another kind of entry to a hint saying where they go.
        """
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, f"must be a mapping of 'key: value' lines, not {_describe(node)}")
            return None
        fields: dict[str, yaml.Node] = {}
        first_line: dict[str, int] = {}
        known = frozenset(allowed or ())
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(key_node, path, "merge keys ('<<') are not supported", "write the fields out")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, path, "a key must be a plain word")
                continue
            key = key_node.value
            if key in first_line:
                self.problem(
                    key_node, _join(path, key), f"duplicate key {key!r}",
                    f"it is already set on line {first_line[key]}; keep one",
                )  # fmt: skip
                continue
            first_line[key] = key_node.start_mark.line + 1
            if not self._tag_ok(key_node, path):
                continue
            if allowed is None and not NAME.match(key):
                self.problem(key_node, _join(path, key), f"{key!r} is not a valid name", _NAME_HINT)
                continue
            if allowed is not None and key not in known:
                if elsewhere and key in elsewhere:
                    self.problem(key_node, path, f"{key!r} does not belong here", elsewhere[key])
                else:
                    self.problem(key_node, path, f"unknown key {key!r}", self._suggest(key, allowed))
                self._tag_ok(value_node, _join(path, key))
                continue
            fields[key] = value_node
        for key in required:
            if key not in fields and key not in first_line:
                self.problem(node, path, f"missing {key!r}", _MISSING_HINTS.get(key))
        return fields

    def sequence(self, node: yaml.Node, path: str) -> list[yaml.Node] | None:
        """The items of a list node."""
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, path, f"must be a list, not {_describe(node)}", "write it as [a, b] or as '- ' lines")
            return None
        return list(node.value)

    def scalar(self, node: yaml.Node, path: str, what: str) -> str | None:
        """The raw text of a scalar node that is not empty."""
        if not self._tag_ok(node, path):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, path, f"must be {what}, not {_describe(node)}")
            return None
        if node.tag == _NULL or not node.value.strip():
            self.problem(node, path, f"is empty; it must be {what}")
            return None
        return node.value

    # -- values ---------------------------------------------------------------------------------

    def string(self, node: yaml.Node, path: str) -> str | None:
        """A non-empty string, safe to show."""
        value = self.scalar(node, path, "text")
        if value is None:
            return None
        shown = clean(value).strip()
        if not shown:
            self.problem(node, path, "holds only invisible or control characters; it must be text")
            return None
        return shown

    def name(self, node: yaml.Node, path: str, pattern: re.Pattern[str] = NAME, what: str = "") -> str | None:
        """An identifier matching `pattern`."""
        value = self.scalar(node, path, "a name")
        if value is None:
            return None
        if not pattern.match(value):
            self.problem(node, path, f"{value!r} is not a valid name", what or _NAME_HINT)
            return None
        return value

    def integer(self, node: yaml.Node, path: str, low: int, high: int) -> int | None:
        """A whole number from `low` to `high`."""
        value = self.scalar(node, path, f"a number from {low} to {high}")
        if value is None:
            return None
        if node.tag != _INT or not _is_decimal(value) or not low <= int(value) <= high:
            self.problem(node, path, f"must be a whole number from {low} to {high}, not {value!r}")
            return None
        return int(value)

    def boolean(self, node: yaml.Node, path: str) -> bool | None:
        """true or false."""
        value = self.scalar(node, path, "true or false")
        if value is None:
            return None
        if node.tag != _BOOL or value.lower() not in _BOOL_VALUES:
            self.problem(node, path, f"must be true or false, not {value!r}")
            return None
        return _BOOL_VALUES[value.lower()]

    def choice_of(self, node: yaml.Node, path: str, options: tuple[str, ...]) -> str | None:
        """One of `options` (case does not matter)."""
        value = self.scalar(node, path, " or ".join(options))
        if value is None:
            return None
        if value.lower() not in options:
            self.problem(
                node, path, f"must be {' or '.join(options)}, not {value!r}", _did_you_mean(value.lower(), options)
            )
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

    def text(self, node: yaml.Node, path: str) -> Text | None:
        """Pack text: a plain string in a one-language pack, else a mapping with every language."""
        if not self.languages:  # 'languages' is missing or wrong and reported; text cannot be checked
            return None
        if isinstance(node, yaml.ScalarNode) and len(self.languages) != 1 and node.tag != _NULL:
            if self.languages:
                self.problem(
                    node, path, f"needs a translation for each of {_some(self.languages)}",
                    "write it as a mapping: " + _some([f"{lang}: ..." for lang in self.languages[:_LISTED + 1]]),
                )  # fmt: skip
            return None
        if isinstance(node, yaml.MappingNode):
            fields = self.mapping(node, path, self.languages, self.languages)
            if fields is None:
                return None
            values = {lang: self.string(value, _join(path, lang)) for lang, value in fields.items()}
            if len(values) != len(self.languages) or any(v is None for v in values.values()):
                return None
            return Text({lang: values[lang] for lang in self.languages if values[lang] is not None})
        value = self.string(node, path)
        return None if value is None else Text({self.languages[0]: value})

    # -- the pack -------------------------------------------------------------------------------

    def pack(self, root: yaml.Node, file: Path) -> Pack | None:
        """The pack in `root`, or None with problems recorded."""
        try:
            return self._pack(root, file)
        except _GiveUp as stop:
            self._gave_up = True
            if stop.problem is not None:
                self.problems = [stop.problem]
            return None
        finally:
            self._finish()

    def _pack(self, root: yaml.Node, file: Path) -> Pack | None:
        version = _top_level(root, "pack")
        # A pack in another format version would only produce noise below: say that one thing.
        if version is not None and not self._format_ok(version):
            return None
        fields = self.mapping(root, "", PACK_KEYS, PACK_KEYS)
        if fields is None:
            return None
        self.languages = self._languages(fields.get("languages"))
        references = self._references(fields.get("references"))
        ref_uses: list[_RefUse] = []
        questions = self._questions(fields.get("questions"), ref_uses)
        if references is not None:
            cited = tuple(references)
            for use in ref_uses:
                if use.ref not in references:
                    self.problem(use.node, use.path, f"unknown reference {use.ref!r}", self._suggest(use.ref, cited))
        values = {
            "id": self._get(
                fields, "id", lambda n, p: self.name(n, p, PACK_ID, "use lowercase letters, digits and dashes")
            ),
            "title": self._get(fields, "title", self.text),
            "description": self._get(fields, "description", self.text),
            "version": self._get(fields, "version", self.string),
            "authors": self._get(fields, "authors", lambda n, p: self.items(n, p, self.string)),
            "license": self._get(fields, "license", self.string),
            "source": self._get(fields, "source", self._source),
            "disclaimer": self._get(fields, "disclaimer", self.text),
        }
        if values["authors"] == []:
            self.problem(fields["authors"], "authors", "needs at least one name")
        if self.problems or references is None or questions is None or not self.languages:
            return None
        return Pack(
            languages=self.languages,
            references=references,
            questions=tuple(questions),
            path=file,
            **{key: tuple(value) if isinstance(value, list) else value for key, value in values.items()},
        )

    def _get(self, fields: dict[str, yaml.Node], key: str, read: Callable[[yaml.Node, str], T | None]) -> T | None:
        return read(fields[key], key) if key in fields else None

    def _format_ok(self, node: yaml.Node) -> bool:
        value = self.scalar(node, "pack", "the format version, 1")
        if value is None:
            return False
        if node.tag != _INT or not _is_decimal(value):
            self.problem(node, "pack", f"must be the format version number 1, not {value!r}", "write 'pack: 1'")
            return False
        if int(value) != FORMAT_VERSION:
            self.problem(
                node, "pack", f"this pack uses format version {value}; this game reads version {FORMAT_VERSION}",
                "update the game, or rewrite the pack for version 1 (see docs/packs.md)",
            )  # fmt: skip
            return False
        return True

    def _languages(self, node: yaml.Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        codes = self.items(node, "languages", lambda n, p: self.name(n, p, LANGUAGE, "use a code such as zh or en"))
        if codes is None:
            return ()
        if not codes:
            self.problem(node, "languages", "needs at least one language", "for example 'languages: [zh, en]'")
            return ()
        if len(set(codes)) != len(codes):
            self.problem(node, "languages", "lists a language twice")
            return ()
        return tuple(codes)

    def _source(self, node: yaml.Node, path: str) -> Source | None:
        fields = self.mapping(node, path, SOURCE_KEYS, ("title", "date"))
        if fields is None:
            return None
        title = self._get(fields, "title", lambda n, p: self.string(n, "source.title"))
        date = self._get(fields, "date", lambda n, p: self.string(n, "source.date"))
        link = self._get(fields, "link", lambda n, p: self.string(n, "source.link"))
        language = self._get(
            fields, "language", lambda n, p: self.name(n, "source.language", LANGUAGE, "use a code such as zh or en")
        )
        if title is None or date is None:
            return None
        return Source(title=title, date=date, link=link, language=language)

    def _references(self, node: yaml.Node | None) -> dict[str, str] | None:
        if node is None:
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return {}
        fields = self.mapping(node, "references", None)
        if fields is None:
            return None
        citations = {key: self.string(value, f"references.{key}") for key, value in fields.items()}
        return {key: value for key, value in citations.items() if value is not None}

    # -- questions ------------------------------------------------------------------------------

    def _questions(self, node: yaml.Node | None, ref_uses: list[_RefUse]) -> list[Question] | None:
        if node is None:
            return None
        nodes = self.sequence(node, "questions")
        if nodes is None:
            return None
        if not nodes:
            self.problem(node, "questions", "has no questions", "add at least one question")
            return None
        questions: list[Question] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(nodes):
            path = f"questions[{index}]"
            question = self._question(item, path, ref_uses)
            id_node = _top_level(item, "id")
            if isinstance(id_node, yaml.ScalarNode) and id_node.tag != _NULL and id_node.value:
                if id_node.value in first_line:
                    self.problem(
                        id_node, f"{path}.id", f"duplicate question id {id_node.value!r}",
                        f"the question on line {first_line[id_node.value]} has it too; ids must be unique",
                    )  # fmt: skip
                    continue
                first_line[id_node.value] = item.start_mark.line + 1
            if question is not None:
                questions.append(question)
        return questions if len(questions) == len(nodes) else None

    def _question(self, node: yaml.Node, path: str, ref_uses: list[_RefUse]) -> Question | None:
        if isinstance(node, yaml.MappingNode):
            self._count(node, path)
            keys = {key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
        else:
            keys = set()
        if "claim" in keys and "question" in keys:
            self.problem(
                node, path, "has both 'claim' and 'question'",
                "a myth-or-fact question has a claim and an answer; a multiple-choice one has a question and choices",
            )  # fmt: skip
            return None
        # A claim decides the kind, so stray 'choices' on a claim question is reported as not belonging there.
        choice = "claim" not in keys and ("question" in keys or "choices" in keys)
        kind = Kind.CHOICE if choice else Kind.MYTH_FACT
        own = MYTH_FACT_KEYS if kind is Kind.MYTH_FACT else CHOICE_QUESTION_KEYS
        fields = self.mapping(node, path, COMMON_QUESTION_KEYS + own, ("id", "explanation") + own, _MISPLACED[kind])
        if fields is None:
            return None
        question_id = self._get(fields, "id", lambda n, p: self.name(n, f"{path}.id"))
        prompt = self._get(
            fields, "claim" if kind is Kind.MYTH_FACT else "question", lambda n, p: self.text(n, f"{path}.{p}")
        )
        explanation = self._get(fields, "explanation", lambda n, p: self.text(n, f"{path}.explanation"))
        answer = self._get(fields, "answer", lambda n, p: self.choice_of(n, f"{path}.answer", (MYTH, FACT)))
        choices = self._get(fields, "choices", lambda n, p: self._choices(n, f"{path}.choices"))
        article = self._get(fields, "article", lambda n, p: self.string(n, f"{path}.article"))
        verdict = self._get(
            fields, "article_verdict",
            lambda n, p: self.choice_of(n, f"{path}.article_verdict", tuple(v.value for v in Verdict)),
        )  # fmt: skip
        refs = self._get(fields, "refs", lambda n, p: self._refs(n, f"{path}.refs", ref_uses))
        tags = self._get(fields, "tags", lambda n, p: self.items(n, f"{path}.tags", self.name))
        difficulty = self._get(fields, "difficulty", lambda n, p: self.integer(n, f"{path}.difficulty", 1, 3))
        if question_id is None or prompt is None or explanation is None:
            return None
        if (kind is Kind.MYTH_FACT and answer is None) or (kind is Kind.CHOICE and choices is None):
            return None
        return Question(
            id=question_id,
            kind=kind,
            prompt=prompt,
            explanation=explanation,
            answer=answer,
            choices=tuple(choices or ()),
            article=article,
            article_verdict=Verdict(verdict) if verdict else None,
            refs=tuple(refs or ()),
            tags=tuple(tags or ()),
            difficulty=difficulty or 1,
            line=node.start_mark.line + 1,
        )

    def _refs(self, node: yaml.Node, path: str, ref_uses: list[_RefUse]) -> list[str] | None:
        nodes = self.sequence(node, path)
        if nodes is None:
            return None
        refs = []
        for i, item in enumerate(nodes):
            ref = self.name(item, f"{path}[{i}]")
            if ref is None:
                return None
            ref_uses.append(_RefUse(ref, item, f"{path}[{i}]"))
            refs.append(ref)
        return refs

    def _choices(self, node: yaml.Node, path: str) -> list[Choice] | None:
        choices = self.items(node, path, self._choice)
        if choices is None:
            return None
        if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.problem(node, path, f"has {len(choices)} choices; a question needs {MIN_CHOICES} to {MAX_CHOICES}")
            return None
        correct = sum(choice.correct for choice in choices)
        if correct != 1:
            message = "no choice is marked correct" if correct == 0 else f"{correct} choices are marked correct"
            self.problem(node, path, message, "mark exactly one choice with 'correct: true'")
            return None
        return choices

    def _choice(self, node: yaml.Node, path: str) -> Choice | None:
        fields = self.mapping(node, path, CHOICE_KEYS, ("text",))
        if fields is None:
            return None
        text = self._get(fields, "text", lambda n, p: self.text(n, f"{path}.text"))
        correct = self._get(fields, "correct", lambda n, p: self.boolean(n, f"{path}.correct"))
        feedback = self._get(fields, "feedback", lambda n, p: self.text(n, f"{path}.feedback"))
        if text is None or ("correct" in fields and correct is None) or ("feedback" in fields and feedback is None):
            return None
        return Choice(text=text, correct=bool(correct), feedback=feedback)


_NAME_HINT = "use letters, digits, dashes and underscores, starting with a letter or digit"
_MISPLACED = {
    Kind.MYTH_FACT: dict.fromkeys(CHOICE_QUESTION_KEYS, "a myth-or-fact question has 'claim' and 'answer'"),
    Kind.CHOICE: dict.fromkeys(MYTH_FACT_KEYS, "a multiple-choice question has 'question' and 'choices'"),
}


def _is_decimal(value: str) -> bool:
    """Plain decimal digits: what int() reads the same way YAML does (not 0x1, 1_0, 1:30 or ²)."""
    # int() refuses more than a few thousand digits; no number a pack holds needs more than a few.
    return value.isascii() and value.isdigit() and len(value) <= 100


def _top_level(root: yaml.Node, key: str) -> yaml.Node | None:
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_LISTED = 12


def _some(words: Sequence[str]) -> str:
    """`words` joined with commas, the first _LISTED of them only (a pack may declare thousands of languages)."""
    return ", ".join(words[:_LISTED]) + (", …" if len(words) > _LISTED else "")


def _did_you_mean(word: str, known: tuple[str, ...]) -> str | None:
    if len(known) > MAX_SUGGESTIONS_FROM:
        return None
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    if known and len(known) <= 12:
        return "expected one of: " + ", ".join(known)
    return None


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return f"{node.value!r}"

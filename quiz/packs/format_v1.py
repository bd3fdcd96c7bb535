"""Pack format version 1: its fields and rules, and reading a YAML node tree into a Pack by them.

Each rule of the format is written here once. The JSON Schema (`schema.py`) and the exchange formats take the key
lists, name patterns and limits from here, through `quiz.packs`, so changing a rule changes them all. A format
version 2 would be a module beside this one, registered in `loader.FORMATS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from quiz.message import Msg, msg
from quiz.model import FACT, MYTH, CheckDate, Choice, Kind, Pack, Question, Source, Text, Verdict
from quiz.packs.nodes import LISTED, NULL, NameRule, NodeReader, Position, T, join, some, top_level
from quiz.packs.problems import Problem

VERSION = 1

PACK_KEYS = (
    "pack", "id", "title", "description", "languages", "version", "authors", "license",
    "source", "checked", "disclaimer", "tags", "references", "questions",
)  # fmt: skip
PACK_REQUIRED = tuple(key for key in PACK_KEYS if key not in ("checked", "tags"))
SOURCE_KEYS = ("title", "date", "link", "language")
SOURCE_REQUIRED = ("title", "date")
COMMON_QUESTION_KEYS = ("id", "explanation", "article", "article_verdict", "refs", "checked", "tags", "difficulty")
MYTH_FACT_KEYS = ("claim", "answer")
CHOICE_QUESTION_KEYS = ("question", "choices")
QUESTION_KEYS = COMMON_QUESTION_KEYS + MYTH_FACT_KEYS + CHOICE_QUESTION_KEYS
QUESTION_REQUIRED = ("id", "explanation")
"""Besides the two keys of its kind: a claim and an answer, or a question and choices."""
CHOICE_KEYS = ("text", "correct", "feedback")
CHOICE_REQUIRED = ("text",)

MIN_CHOICES, MAX_CHOICES = 2, 4
MIN_DIFFICULTY, MAX_DIFFICULTY = 1, 3

EDIT_MARK = "Edit this"
"""The words that mark a text a teacher still has to write (left by `quiz import`); the checker warns on them."""
PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)?\Z")
CHECKED = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?\Z")
"""A month (2026-11) or a day (2026-11-05); the loader also refuses days the calendar lacks (2026-02-30)."""

NAME_RULE = NameRule(NAME, msg("load.fix.name"))
PACK_ID_RULE = NameRule(PACK_ID, msg("load.fix.pack_id"))
LANGUAGE_RULE = NameRule(LANGUAGE, msg("load.fix.language"))

_MISSING_HINTS = {
    "pack": msg("load.fix.missing_pack", version=VERSION),
    "id": msg("load.fix.missing_id"),
    "languages": msg("load.fix.languages_example"),
    "answer": msg("load.fix.missing_answer"),
    "explanation": msg("load.fix.missing_explanation"),
    "choices": msg("load.fix.missing_choices", low=MIN_CHOICES, high=MAX_CHOICES),
    "questions": msg("load.fix.missing_questions"),
}

_MISPLACED = {
    Kind.MYTH_FACT: dict.fromkeys(CHOICE_QUESTION_KEYS, msg("load.fix.myth_fact_keys")),
    Kind.CHOICE: dict.fromkeys(MYTH_FACT_KEYS, msg("load.fix.choice_keys")),
}


def read_pack(root: yaml.Node, file: Path, name: str, text_budget: int) -> tuple[Pack | None, list[Problem]]:
    """The version 1 pack in the node tree `root` read from `file`, or None, with every problem found.

    `name` is how problems refer to the file; `text_budget` bounds the text the reader goes through.
    """
    reader = _Reader(name, text_budget)
    pack = reader.run(lambda: reader.pack(root, file))
    return pack, reader.problems


@dataclass(frozen=True, slots=True)
class _Use:
    """Where a question refers to something defined elsewhere in the pack, to check once all is read."""

    id: str
    where: Position
    path: str


class _Reader(NodeReader):
    """Reads the fields of a version 1 pack."""

    def __init__(self, name: str, text_budget: int) -> None:
        super().__init__(name, text_budget)
        self.languages: tuple[str, ...] = ()
        self._translation_hints: dict[str, Msg] = {}
        self._source_language: str | None = None
        self._source_lacks_language = False
        """Whether the source was read and has no 'language' line, which a translated article needs."""
        self._ref_uses: list[_Use] = []
        self._tag_uses: list[_Use] = []

    def text(self, node: yaml.Node, path: str) -> Text | None:
        """Pack text: a plain string in a one-language pack, else a mapping with every language.

        A pack gives every text in each language it declares: a missing translation is an error, whose hint says
        how to add it or, while the pack is drafted in fewer languages, to declare only those.
        """
        if not self.languages:  # 'languages' is missing or wrong and reported; text cannot be checked
            return None
        if isinstance(node, yaml.ScalarNode) and len(self.languages) != 1 and node.tag != NULL:
            lines = some([f"{lang}: ..." for lang in self.languages[: LISTED + 1]])
            self.problem(
                node, path, msg("load.needs_translations", languages=some(self.languages)),
                msg("load.fix.translations", lines=lines),
            )  # fmt: skip
            return None
        if isinstance(node, yaml.MappingNode):
            fields = self.mapping(node, path, self.languages, self.languages, self._translation_hints)
            if fields is None:
                return None
            values = {lang: self.string(value, join(path, lang)) for lang, value in fields.items()}
            if len(values) != len(self.languages) or any(v is None for v in values.values()):
                return None
            return Text({lang: value for lang in self.languages if (value := values[lang]) is not None})
        value = self.string(node, path)
        return None if value is None else Text({self.languages[0]: value})

    # -- the pack -------------------------------------------------------------------------------

    def pack(self, root: yaml.Node, file: Path) -> Pack | None:
        """The pack in `root`, or None with problems recorded."""
        fields = self.mapping(root, "", PACK_KEYS, PACK_REQUIRED, _MISSING_HINTS)
        if fields is None:
            return None
        self.languages = self._languages(fields.get("languages"))
        # A declared language is given everywhere, or not declared while the pack is drafted.
        self._translation_hints = {lang: msg("load.fix.missing_translation", language=lang) for lang in self.languages}
        # The source comes first: it says which language an article's sentence is in.
        source = self._get(fields, "source", self._source)
        references = self._references(fields.get("references"))
        tags = self._get(fields, "tags", self._tag_names)
        checked = self._get(fields, "checked", self._checked)
        questions = self._questions(fields.get("questions"), checked)
        if references is not None:
            self._check_uses(self._ref_uses, tuple(references), "load.unknown_reference")
        if tags:
            self._check_uses(self._tag_uses, tuple(tags), "load.unknown_tag", msg("load.fix.unknown_tag"))
        pack_id = self._get(fields, "id", lambda n, p: self.name(n, p, PACK_ID_RULE))
        title = self._get(fields, "title", self.text)
        description = self._get(fields, "description", self.text)
        version = self._get(fields, "version", self.string)
        authors = self._get(fields, "authors", lambda n, p: self.items(n, p, self.string))
        license_ = self._get(fields, "license", self.string)
        disclaimer = self._get(fields, "disclaimer", self.text)
        if authors == []:
            self.problem(fields["authors"], "authors", msg("load.no_authors"))
        if self.problems or references is None or questions is None or not self.languages:
            return None
        # With no problem recorded, every required field was read.
        assert pack_id is not None and title is not None and description is not None and version is not None
        assert authors is not None and license_ is not None and source is not None and disclaimer is not None
        return Pack(
            id=pack_id, title=title, description=description, languages=self.languages, version=version,
            authors=tuple(authors), license=license_, source=source, disclaimer=disclaimer,
            references=references, questions=tuple(questions), path=file, checked=checked,
            tags={tag: name for tag, name in (tags or {}).items() if name is not None},
        )  # fmt: skip

    def _get(self, fields: dict[str, yaml.Node], key: str, read: Callable[[yaml.Node, str], T | None]) -> T | None:
        return read(fields[key], key) if key in fields else None

    def _check_uses(self, uses: list[_Use], known: tuple[str, ...], unknown: str, hint: Msg | None = None) -> None:
        """Report each use of an id that is not among `known` (as the message `unknown`), with the closest known one."""
        defined = frozenset(known)
        for use in uses:
            if use.id not in defined:
                self.problem_at(use.where, use.path, msg(unknown, id=use.id), self.suggest(use.id, known) or hint)

    def _languages(self, node: yaml.Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        codes = self.items(node, "languages", lambda n, p: self.name(n, p, LANGUAGE_RULE))
        if codes is None:
            return ()
        if not codes:
            self.problem(node, "languages", msg("load.no_languages"), msg("load.fix.languages_example"))
            return ()
        if len(set(codes)) != len(codes):
            self.problem(node, "languages", msg("load.language_twice"))
            return ()
        return tuple(codes)

    def _source(self, node: yaml.Node, path: str) -> Source | None:
        fields = self.mapping(node, path, SOURCE_KEYS, SOURCE_REQUIRED)
        if fields is None:
            return None
        title = self._get(fields, "title", lambda n, p: self.string(n, "source.title"))
        date = self._get(fields, "date", lambda n, p: self.string(n, "source.date"))
        link = self._get(fields, "link", lambda n, p: self.string(n, "source.link"))
        language = self._get(fields, "language", lambda n, p: self.name(n, "source.language", LANGUAGE_RULE))
        self._source_lacks_language = "language" not in fields
        self._source_language = language
        if title is None or date is None:
            return None
        return Source(title=title, date=date, link=link, language=language)

    def _tag_names(self, node: yaml.Node, path: str) -> dict[str, Text | None] | None:
        """Each tag id and its name in every language; a name that could not be read is None but still known."""
        if isinstance(node, yaml.ScalarNode) and node.tag == NULL:
            return {}
        fields = self.mapping(node, path, NAME_RULE)
        if fields is None:
            return None
        return {tag: self.text(value, join(path, tag)) for tag, value in fields.items()}

    def _checked(self, node: yaml.Node, path: str) -> CheckDate | None:
        """When evidence was last checked: YYYY-MM or YYYY-MM-DD, a real month or day."""
        value = self.scalar(node, path, msg("load.what.date"))
        if value is None:
            return None
        if not CHECKED.match(value):
            self.problem(node, path, msg("load.not_a_date", value=value), msg("load.fix.date_example"))
            return None
        year, month, *day = (int(part) for part in value.split("-"))
        try:
            return CheckDate(year, month, day[0] if day else None)
        except ValueError:
            self.problem(node, path, msg("load.no_such_day", value=value), msg("load.fix.no_such_day"))
            return None

    def _article(self, node: yaml.Node, path: str) -> Text | None:
        """The source's sentence: a plain string in the source's language, or a mapping from that language
        (the original, first) and any of the pack's languages (its translations) to the sentence."""
        if not self.languages:  # 'languages' is missing or wrong and reported; the article cannot be checked
            return None
        original = self._source_language or self.languages[0]
        if not isinstance(node, yaml.MappingNode):
            value = self.string(node, path)
            return None if value is None else Text({original: value})
        if self._source_language is None:  # reported here, or else with the source
            if self._source_lacks_language:
                self.problem(node, path, msg("load.article_needs_language"), msg("load.fix.article_needs_language"))
            return None
        written = tuple(dict.fromkeys((original, *self.languages)))
        hint = msg("load.fix.article_original", original=original)
        fields = self.mapping(node, path, written, (original,), {original: hint})
        if fields is None:
            return None
        values = {lang: self.string(value, join(path, lang)) for lang, value in fields.items()}
        if original not in values or any(value is None for value in values.values()):
            return None
        return Text({lang: value for lang in written if (value := values.get(lang)) is not None})

    def _references(self, node: yaml.Node | None) -> dict[str, str] | None:
        if node is None:
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag == NULL:
            return {}
        fields = self.mapping(node, "references", NAME_RULE)
        if fields is None:
            return None
        citations = {key: self.string(value, f"references.{key}") for key, value in fields.items()}
        return {key: value for key, value in citations.items() if value is not None}

    # -- questions ------------------------------------------------------------------------------

    def _questions(self, node: yaml.Node | None, checked: CheckDate | None) -> list[Question] | None:
        if node is None:
            return None
        items = self.each(node, "questions")
        if items is None:
            return None
        questions: list[Question] = []
        first_line: dict[str, int] = {}
        count = 0  # a streamed list has no length: each item is composed as it is taken, and let go after it
        for index, item in enumerate(items):
            count += 1
            path = f"questions[{index}]"
            question = self._question(item, path, checked)
            id_node = top_level(item, "id")
            if isinstance(id_node, yaml.ScalarNode) and id_node.tag != NULL and id_node.value:
                if id_node.value in first_line:
                    self.problem(
                        id_node, f"{path}.id", msg("load.duplicate_id", id=id_node.value),
                        msg("load.fix.duplicate_id", line=first_line[id_node.value]),
                    )  # fmt: skip
                    continue
                first_line[id_node.value] = item.start_mark.line + 1
            if question is not None:
                questions.append(question)
        if not count:
            self.problem(node, "questions", msg("load.no_questions"), msg("load.fix.no_questions"))
            return None
        return questions if len(questions) == count else None

    def _question(self, node: yaml.Node, path: str, pack_checked: CheckDate | None) -> Question | None:
        if isinstance(node, yaml.MappingNode):
            self.count(node, path)
            keys = {key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
        else:
            keys = set()
        if "claim" in keys and "question" in keys:
            self.problem(node, path, msg("load.claim_and_question"), msg("load.fix.claim_and_question"))
            return None
        # A claim decides the kind, so stray 'choices' on a claim question is reported as not belonging there.
        choice = "claim" not in keys and ("question" in keys or "choices" in keys)
        kind = Kind.CHOICE if choice else Kind.MYTH_FACT
        own = MYTH_FACT_KEYS if kind is Kind.MYTH_FACT else CHOICE_QUESTION_KEYS
        fields = self.mapping(
            node, path, COMMON_QUESTION_KEYS + own, QUESTION_REQUIRED + own, _MISSING_HINTS, _MISPLACED[kind]
        )
        if fields is None:
            return None

        def field(key: str, read: Callable[[yaml.Node, str], T | None]) -> T | None:
            return read(fields[key], f"{path}.{key}") if key in fields else None

        question_id = field("id", lambda n, p: self.name(n, p, NAME_RULE))
        prompt = field("claim" if kind is Kind.MYTH_FACT else "question", self.text)
        explanation = field("explanation", self.text)
        answer = field("answer", lambda n, p: self.choice_of(n, p, (MYTH, FACT)))
        choices = field("choices", self._choices)
        article = field("article", self._article)
        verdict = field("article_verdict", lambda n, p: self.choice_of(n, p, tuple(v.value for v in Verdict)))
        refs = field("refs", lambda n, p: self._ids(n, p, self._ref_uses))
        tags = field("tags", lambda n, p: self._ids(n, p, self._tag_uses))
        difficulty = field("difficulty", lambda n, p: self.integer(n, p, MIN_DIFFICULTY, MAX_DIFFICULTY))
        checked = field("checked", self._checked)
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
            difficulty=difficulty or MIN_DIFFICULTY,
            checked=checked or pack_checked,
            line=node.start_mark.line + 1,
        )

    def _ids(self, node: yaml.Node, path: str, uses: list[_Use]) -> list[str] | None:
        """A list of names, each noted in `uses` to be checked against where they are defined."""
        nodes = self.sequence(node, path)
        if nodes is None:
            return None
        ids = []
        for i, item in enumerate(nodes):
            found = self.name(item, f"{path}[{i}]", NAME_RULE)
            if found is not None:
                uses.append(_Use(found, Position.of(item), f"{path}[{i}]"))
                ids.append(found)
        return ids if len(ids) == len(nodes) else None

    def _choices(self, node: yaml.Node, path: str) -> list[Choice] | None:
        choices = self.items(node, path, self._choice)
        if choices is None:
            return None
        if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.problem(node, path, msg("load.choice_count", n=len(choices), low=MIN_CHOICES, high=MAX_CHOICES))
            return None
        correct = sum(choice.correct for choice in choices)
        if correct != 1:
            message = msg("load.no_correct_choice") if correct == 0 else msg("load.several_correct", n=correct)
            self.problem(node, path, message, msg("load.fix.one_correct"))
            return None
        return choices

    def _choice(self, node: yaml.Node, path: str) -> Choice | None:
        fields = self.mapping(node, path, CHOICE_KEYS, CHOICE_REQUIRED)
        if fields is None:
            return None
        text = self._get(fields, "text", lambda n, p: self.text(n, f"{path}.text"))
        correct = self._get(fields, "correct", lambda n, p: self.boolean(n, f"{path}.correct"))
        feedback = self._get(fields, "feedback", lambda n, p: self.text(n, f"{path}.feedback"))
        if text is None or ("correct" in fields and correct is None) or ("feedback" in fields and feedback is None):
            return None
        return Choice(text=text, correct=bool(correct), feedback=feedback)

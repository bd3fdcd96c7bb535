"""Reading Moodle's GIFT format into questions: the other half of quiz.exchange.gift, which writes it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from quiz.exchange.common import (
    IdMaker,
    Imported,
    ReferenceBook,
    at_line,
    normalise,
    placeholder_explanation,
    skipped,
)
from quiz.exchange.gift import SOURCES_WORDS, SPECIAL, TEXT_FORMATS
from quiz.model import FACT, MYTH, Choice, Kind, Question, Text
from quiz.packs import MAX_CHOICES, MIN_CHOICES


@dataclass(frozen=True)
class _Scanned:
    """GIFT text with escapes resolved: `value` is the text, `mask` shows only its unescaped characters."""

    value: str
    mask: str

    def find(self, char: str, start: int = 0) -> int:
        return self.mask.find(char, start)

    def cut(self, start: int, end: int | None = None) -> _Scanned:
        return _Scanned(self.value[start:end], self.mask[start:end])

    def split(self, chars: str) -> list[tuple[str, _Scanned]]:
        """Pieces starting at each unescaped character of `chars`, each with the character that opened it."""
        pieces: list[tuple[str, _Scanned]] = []
        opener, begin = "", 0
        for i, char in enumerate(self.mask):
            if char in chars:
                pieces.append((opener, self.cut(begin, i)))
                opener, begin = char, i + 1
        pieces.append((opener, self.cut(begin)))
        return pieces


_HIDDEN = "\0"


def _scan(text: str) -> _Scanned:
    values: list[str] = []
    mask: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        following = text[i + 1] if i + 1 < len(text) else ""
        if char == "\\" and following and following in SPECIAL + "\\n":
            values.append("\n" if following == "n" else following)
            mask.append(_HIDDEN)
            i += 2
            continue
        values.append(char)
        mask.append(char)
        i += 1
    return _Scanned("".join(values), "".join(mask))


def _blocks(text: str) -> list[tuple[int, str]]:
    """The question blocks of a GIFT file with the line each starts on, comments removed."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if current:
                blocks.append((start, "\n".join(current)))
                current = []
            continue
        if line.strip().startswith("//"):
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment, turning line and paragraph breaks into newlines."""

    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BREAKS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(fragment: str, collapse: bool) -> str:
    """The readable text of an HTML fragment; `collapse` folds source line breaks as a browser would."""
    if collapse:
        fragment = re.sub(r"\s+", " ", fragment)
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _with_format(text: str, inherited: str) -> tuple[str, str]:
    """The text without a leading [format] marker, and the format that applies to it."""
    match = re.match(r"\[(\w+)\]", text)
    if match and match.group(1).lower() in TEXT_FORMATS:
        return text[match.end() :], match.group(1).lower()
    return text, inherited


def _readable(text: str, fmt: str) -> str:
    """Pack text from GIFT text in Moodle format `fmt`."""
    text = text.strip()
    if fmt == "html":
        return html_to_text(text, collapse=True)
    if fmt == "moodle":  # Moodle's own format allows HTML but keeps line breaks
        return html_to_text(text, collapse=False)
    return normalise(text)


def _split_sources(feedback: str) -> tuple[str, list[str]]:
    """The explanation and the citations of a general feedback written by `export_gift`."""
    labels = "|".join(re.escape(word) for word in SOURCES_WORDS.values())
    match = re.search(rf"\n\n(?:{labels})[::]\n((?:- .*(?:\n|\Z))+)\Z", feedback)
    if not match:
        return feedback, []
    citations = [line[2:].strip() for line in match.group(1).split("\n") if line.startswith("- ")]
    return feedback[: match.start()].strip(), [c for c in citations if c]


@dataclass
class _Reader:
    lang: str
    result: Imported
    ids: IdMaker
    refs: ReferenceBook

    def warn(self, line: int, reason: str, **values: object) -> None:
        """Leave out the question at `line`, saying why with the message `reason`."""
        self.result.warn(at_line(line, skipped(reason, **values)))

    def text(self, value: str) -> Text:
        return Text({self.lang: value})

    def block(self, line: int, raw: str) -> None:
        scanned = _scan(raw.strip())
        if scanned.value.startswith("$CATEGORY:"):
            return
        name: str | None = None
        if scanned.mask.startswith("::"):
            end = scanned.find("::", 2)
            if end != -1:
                name = scanned.value[2:end].strip()
                scanned = scanned.cut(end + 2)
        opening, closing = scanned.find("{"), scanned.find("}")
        if opening == -1 and closing == -1:
            self.description(line, scanned.value)
            return
        if opening == -1 or closing < opening:
            self.warn(line, "exchange.gift.braces", opening="{", closing="}")
            return
        before, after = scanned.value[:opening].strip(), scanned.value[closing + 1 :].strip()
        # A question with text after its answers is a missing-word question; keep the blank where the answers were.
        prompt_raw = f"{before} _____ {after}" if after else before
        prompt, fmt = _with_format(prompt_raw.strip(), "moodle")
        answers = scanned.cut(opening + 1, closing)
        self.question(line, name, _readable(prompt, fmt), answers, fmt)

    def description(self, line: int, raw: str) -> None:
        text, fmt = _with_format(raw.strip(), "moodle")
        text = _readable(text, fmt)
        if not text:
            return
        if self.result.disclaimer is None:
            self.result.disclaimer = self.text(text)
        else:
            self.warn(line, "exchange.gift.description")

    def question(self, line: int, name: str | None, prompt: str, answers: _Scanned, fmt: str) -> None:
        if not prompt:
            self.warn(line, "exchange.gift.no_text")
            return
        feedback_at = answers.mask.rfind("####")
        general = ""
        if feedback_at != -1:
            general_raw, general_fmt = _with_format(answers.value[feedback_at + 4 :].strip(), fmt)
            general = _readable(general_raw, general_fmt)
            answers = answers.cut(0, feedback_at)
        body = answers.mask.strip()
        if not body:
            self.warn(line, "exchange.gift.essay")
        elif body.startswith("#"):
            self.warn(line, "exchange.gift.numerical")
        elif "~" in answers.mask:
            self.multiple_choice(line, name, prompt, answers, fmt, general)
        elif "=" in answers.mask and "->" in answers.mask:
            self.warn(line, "exchange.gift.matching")
        else:
            self.true_false(line, name, prompt, answers, fmt, general)

    def explanation(self, general: str, fallback: str = "") -> tuple[Text, tuple[str, ...]]:
        text, citations = _split_sources(general)
        text = text or fallback
        refs = tuple(dict.fromkeys(self.refs.add(citation) for citation in citations))
        if text:
            return self.text(text), refs
        self.result.placeholders += 1
        return placeholder_explanation((self.lang,)), refs

    def true_false(self, line: int, name: str | None, prompt: str, answers: _Scanned, fmt: str, general: str) -> None:
        parts = [piece for _, piece in answers.split("#")]
        verdict = parts[0].value.strip().upper()
        if verdict not in ("T", "TRUE", "F", "FALSE"):
            self.warn(line, "exchange.gift.short_answer")
            return
        right = ""
        if len(parts) > 2:
            right_raw, right_fmt = _with_format(parts[2].value.strip(), fmt)
            right = _readable(right_raw, right_fmt)
        # Myth-or-fact questions carry no per-answer feedback: the feedback for a right answer stands in
        # for a missing explanation, and is otherwise dropped.
        explanation, refs = self.explanation(general, right)
        self.result.questions.append(
            Question(
                id=self.ids.make(name, prompt),
                kind=Kind.MYTH_FACT,
                prompt=self.text(prompt),
                explanation=explanation,
                answer=FACT if verdict.startswith("T") else MYTH,
                refs=refs,
            )
        )

    def multiple_choice(
        self, line: int, name: str | None, prompt: str, answers: _Scanned, fmt: str, general: str
    ) -> None:
        choices: list[Choice] = []
        for marker, piece in answers.split("~="):
            if not marker:
                if piece.value.strip():
                    self.warn(line, "exchange.gift.text_first")
                    return
                continue
            choice = self.choice(line, marker, piece, fmt)
            if choice is None:
                return
            choices.append(choice)
        correct = sum(choice.correct for choice in choices)
        if correct != 1:
            self.warn(line, "exchange.gift.right_answers", n=correct)
            return
        if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.warn(line, "exchange.gift.answer_count", n=len(choices), low=MIN_CHOICES, high=MAX_CHOICES)
            return
        explanation, refs = self.explanation(general)
        self.result.questions.append(
            Question(
                id=self.ids.make(name, prompt),
                kind=Kind.CHOICE,
                prompt=self.text(prompt),
                explanation=explanation,
                choices=tuple(choices),
                refs=refs,
            )
        )

    def choice(self, line: int, marker: str, piece: _Scanned, fmt: str) -> Choice | None:
        parts = piece.split("#")
        raw = parts[0][1].value.strip()
        correct = marker == "="
        weight = re.match(r"%(-?[0-9.]+)%", raw)
        if weight:
            raw = raw[weight.end() :]
            value = float(weight.group(1))
            if value not in (0, 100) and value > 0:
                self.warn(line, "exchange.gift.partial_credit")
                return None
            correct = correct or value == 100
        text_raw, text_fmt = _with_format(raw.strip(), fmt)
        text = _readable(text_raw, text_fmt)
        if not text:
            self.warn(line, "exchange.gift.empty_answer")
            return None
        feedback: Text | None = None
        if len(parts) > 1:
            # A '#' inside feedback is part of the feedback: join what the split cut off.
            feedback_raw = "#".join(p.value for _, p in parts[1:]).strip()
            feedback_raw, feedback_fmt = _with_format(feedback_raw, fmt)
            feedback_text = _readable(feedback_raw, feedback_fmt)
            feedback = self.text(feedback_text) if feedback_text else None
        return Choice(text=self.text(text), correct=correct, feedback=feedback)


def declared_language(text: str) -> str | None:
    """The language an `export_gift` header comment names, if the file has one."""
    match = re.search(r"^// Language: ([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.", text, re.MULTILINE)
    return match.group(1) if match else None


def parse_gift(text: str, lang: str) -> Imported:
    """The questions of a GIFT file, in language `lang`; unsupported questions are skipped with a warning."""
    result = Imported(languages=(lang,))
    reader = _Reader(lang, result, IdMaker(), ReferenceBook())
    for line, raw in _blocks(text.replace("\r\n", "\n").replace("\r", "\n")):
        reader.block(line, raw)
    result.references = reader.refs.references
    return result

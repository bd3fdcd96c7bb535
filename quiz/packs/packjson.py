"""A checked pack as JSON values, and back: what the pack cache keeps, whole and as its header.

JSON is data only: reading it back builds the model's values and nothing else, whoever wrote the file. Every
string read back goes through `clean` again, so even a tampered cache cannot put a control character on screen.
A value of the wrong shape raises KeyError, TypeError or ValueError (`DAMAGED`), never anything stranger.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from quiz.model import CheckDate, Choice, Kind, Pack, Question, Source, Text, Verdict
from quiz.packs.header import PackHeader
from quiz.text import clean

DAMAGED = (KeyError, TypeError, ValueError, AttributeError)
"""What reading back JSON values of the wrong shape raises."""


# -- to JSON --------------------------------------------------------------------------------------------


def header_json(pack: Pack) -> dict[str, Any]:
    """The parts of `pack` its header holds, as JSON values."""
    return {
        "id": pack.id,
        "title": _text_json(pack.title),
        "description": _text_json(pack.description),
        "languages": list(pack.languages),
        "source": _source_json(pack.source),
        "tags": {tag: _text_json(name) for tag, name in pack.tags.items()},
        "questions": len(pack.questions),
    }


def pack_json(pack: Pack) -> dict[str, Any]:
    """Everything `pack` holds but its path, as JSON values."""
    return {
        **header_json(pack),
        "version": pack.version,
        "authors": list(pack.authors),
        "license": pack.license,
        "disclaimer": _text_json(pack.disclaimer),
        "references": dict(pack.references),
        "checked": _date_json(pack.checked),
        "questions": [_question_json(question) for question in pack.questions],
    }


def _question_json(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "kind": question.kind.value,
        "prompt": _text_json(question.prompt),
        "explanation": _text_json(question.explanation),
        "answer": question.answer,
        "choices": [
            {"text": _text_json(c.text), "correct": c.correct, "feedback": _optional_text_json(c.feedback)}
            for c in question.choices
        ],
        "article": _optional_text_json(question.article),
        "article_verdict": question.article_verdict.value if question.article_verdict else None,
        "refs": list(question.refs),
        "tags": list(question.tags),
        "difficulty": question.difficulty,
        "checked": _date_json(question.checked),
        "line": question.line,
    }


def _text_json(text: Text) -> dict[str, str]:
    return dict(text.values)


def _optional_text_json(text: Text | None) -> dict[str, str] | None:
    return None if text is None else _text_json(text)


def _source_json(source: Source) -> dict[str, str | None]:
    return {"title": source.title, "date": source.date, "link": source.link, "language": source.language}


def _date_json(checked: CheckDate | None) -> str | None:
    return None if checked is None else str(checked)


# -- from JSON ------------------------------------------------------------------------------------------


def header_from_json(data: Any, path: Path, load: Callable[[], Pack]) -> PackHeader:
    """The header `header_json` wrote, of the pack file at `path`; raises one of DAMAGED for anything else."""
    return PackHeader(
        id=_str(data["id"]), title=_text(data["title"]), description=_text(data["description"]),
        languages=_strs(data["languages"]), source=_source(data["source"]),
        tags={_str(tag): _text(name) for tag, name in data["tags"].items()},
        question_count=_int(data["questions"]), load=load, path=path,
    )  # fmt: skip


def pack_from_json(data: Any, path: Path) -> Pack:
    """The pack `pack_json` wrote, read from the file at `path`; raises one of DAMAGED for anything else."""
    return Pack(
        id=_str(data["id"]), title=_text(data["title"]), description=_text(data["description"]),
        languages=_strs(data["languages"]), version=_str(data["version"]), authors=_strs(data["authors"]),
        license=_str(data["license"]), source=_source(data["source"]), disclaimer=_text(data["disclaimer"]),
        references={_str(key): _str(value) for key, value in data["references"].items()},
        questions=tuple(_question(item) for item in data["questions"]),
        tags={_str(tag): _text(name) for tag, name in data["tags"].items()},
        checked=_date(data["checked"]), path=path,
    )  # fmt: skip


def _question(data: Any) -> Question:
    verdict = data["article_verdict"]
    return Question(
        id=_str(data["id"]), kind=Kind(data["kind"]), prompt=_text(data["prompt"]),
        explanation=_text(data["explanation"]), answer=_optional_str(data["answer"]),
        choices=tuple(_choice(item) for item in data["choices"]), article=_optional_text(data["article"]),
        article_verdict=None if verdict is None else Verdict(verdict), refs=_strs(data["refs"]),
        tags=_strs(data["tags"]), difficulty=_int(data["difficulty"]), checked=_date(data["checked"]),
        line=_int(data["line"]),
    )  # fmt: skip


def _choice(data: Any) -> Choice:
    if not isinstance(data["correct"], bool):
        raise TypeError("a choice's 'correct' must be true or false")
    return Choice(text=_text(data["text"]), correct=data["correct"], feedback=_optional_text(data["feedback"]))


def _source(data: Any) -> Source:
    return Source(
        title=_str(data["title"]), date=_str(data["date"]), link=_optional_str(data["link"]),
        language=_optional_str(data["language"]),
    )  # fmt: skip


def _text(data: Any) -> Text:
    if not isinstance(data, dict) or not data:
        raise TypeError("a text must be a mapping of languages to text")
    return Text({_str(lang): _str(value) for lang, value in data.items()})


def _optional_text(data: Any) -> Text | None:
    return None if data is None else _text(data)


def _date(data: Any) -> CheckDate | None:
    if data is None:
        return None
    year, month, *day = (int(part) for part in _str(data).split("-"))
    return CheckDate(year, month, day[0] if day else None)


def _str(data: Any) -> str:
    if not isinstance(data, str):
        raise TypeError(f"expected text, not {type(data).__name__}")
    return clean(data)


def _optional_str(data: Any) -> str | None:
    return None if data is None else _str(data)


def _strs(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list):
        raise TypeError(f"expected a list, not {type(data).__name__}")
    return tuple(_str(item) for item in data)


def _int(data: Any) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise TypeError(f"expected a number, not {type(data).__name__}")
    return data

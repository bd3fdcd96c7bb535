"""Writing a Pack as a version 1 YAML pack file, in the key order of docs/packs.md.

Only plain dicts, lists and strings reach the YAML library, through yaml.safe_dump, so the file holds no
Python tags and reads back with the loader.
"""

from __future__ import annotations

from typing import Any

import yaml

from quiz.model import Choice, Kind, Pack, Question, Text
from quiz.packs import FORMAT_VERSION
from quiz.text import clean_all

TextValue = str | dict[str, str]


def text_value(text: Text, languages: tuple[str, ...]) -> TextValue:
    """A text as the format wants it: a plain string in a one-language pack, else a mapping by language."""
    if len(languages) == 1:
        return text.get(languages[0])
    return {lang: text.get(lang) for lang in languages}


def choice_document(choice: Choice, languages: tuple[str, ...]) -> dict[str, Any]:
    """One choice as YAML-ready data."""
    document: dict[str, Any] = {"text": text_value(choice.text, languages)}
    if choice.correct:
        document["correct"] = True
    if choice.feedback is not None:
        document["feedback"] = text_value(choice.feedback, languages)
    return document


def article_value(article: Text, pack: Pack) -> TextValue:
    """The article's sentence: a plain string when it is only in the language the loader reads a plain one in."""
    values = dict(article.values)
    if list(values) == [pack.source.language or pack.languages[0]]:
        return next(iter(values.values()))
    return values


def question_document(question: Question, pack: Pack) -> dict[str, Any]:
    """One question of `pack` as YAML-ready data, leaving out optional fields that hold their default."""
    languages = pack.languages
    document: dict[str, Any] = {"id": question.id}
    if question.kind is Kind.MYTH_FACT:
        document["claim"] = text_value(question.prompt, languages)
        document["answer"] = question.answer
    else:
        document["question"] = text_value(question.prompt, languages)
        document["choices"] = [choice_document(choice, languages) for choice in question.choices]
    document["explanation"] = text_value(question.explanation, languages)
    if question.article is not None:
        document["article"] = article_value(question.article, pack)
    if question.article_verdict is not None:
        document["article_verdict"] = question.article_verdict.value
    if question.refs:
        document["refs"] = list(question.refs)
    if question.checked is not None and question.checked != pack.checked:
        document["checked"] = str(question.checked)
    if question.tags:
        document["tags"] = list(question.tags)
    if question.difficulty != 1:
        document["difficulty"] = question.difficulty
    return document


def pack_document(pack: Pack) -> dict[str, Any]:
    """The whole pack as YAML-ready data."""
    languages = pack.languages
    source: dict[str, str] = {"title": pack.source.title, "date": pack.source.date}
    if pack.source.link:
        source["link"] = pack.source.link
    if pack.source.language:
        source["language"] = pack.source.language
    document: dict[str, Any] = {
        "pack": FORMAT_VERSION,
        "id": pack.id,
        "title": text_value(pack.title, languages),
        "description": text_value(pack.description, languages),
        "languages": list(languages),
        "version": pack.version,
        "authors": list(pack.authors),
        "license": pack.license,
        "source": source,
        "checked": str(pack.checked) if pack.checked else None,
        "disclaimer": text_value(pack.disclaimer, languages),
        "tags": {tag: text_value(name, languages) for tag, name in pack.tags.items()},
        "references": dict(pack.references),
        "questions": [question_document(question, pack) for question in pack.questions],
    }
    # The two optional fields are left out when the pack has nothing for them.
    return {key: value for key, value in document.items() if value or key not in ("checked", "tags")}


def dump_pack(pack: Pack, header: str = "") -> str:
    """The pack as YAML text, after `header` written as comment lines."""
    pack = clean_all(pack)
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    body: str = yaml.safe_dump(pack_document(pack), allow_unicode=True, sort_keys=False, width=100)
    return comments + body

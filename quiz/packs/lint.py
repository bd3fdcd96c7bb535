"""Warnings: what a valid pack would do better to fix, though the game can play it as it is.

The loader's errors make a pack unusable; these do not. They look at a loaded Pack, so they can only point at
a question's first line (Question.line), not at the field itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Sequence

from quiz.message import Msg, msg
from quiz.model import CheckDate, Kind, Pack, Question
from quiz.packs.discovery import load_catalog, pack_files
from quiz.packs.itemcheck import item_findings
from quiz.packs.problems import Problem, Severity, display_name

SHORT_EXPLANATION = 0.5
"""An explanation shorter than this share of its claim (in any language) is unlikely to explain it."""
STALE_AFTER_YEARS = 3
"""Evidence checked longer ago than this is due for another look: health-information standards ask for a review
date, and a few years is what they commonly set. A pack that gives no date gets no warning."""


def lint(pack: Pack, file: str, today: date | None = None) -> list[Problem]:
    """The warnings for `pack`, whose file messages call `file`: question by question, then the whole pack.

    `today` is the date evidence dates are measured from (by default the real one).
    """
    today = today or date.today()
    warnings: list[Problem] = []
    first_claim: dict[str, Question] = {}
    for index, question in enumerate(pack.questions):
        warnings += _short_explanation(pack, question, index, file)
        warnings += _no_references(question, index, file)
        warnings += _same_claim(pack, question, index, file, first_claim)
        warnings += _untranslated_article(pack, question, index, file)
        if question.checked != pack.checked:
            warnings += _stale(question.checked, today, file, question, f"questions[{index}].checked")
    if any(question.checked == pack.checked for question in pack.questions):
        warnings += _stale(pack.checked, today, file, path="checked")
    warnings += _unused_references(pack, file)
    warnings += _unused_tags(pack, file)
    warnings += [_warning(file, item.said, item.question, item.path, item.hint) for item in item_findings(pack)]
    return warnings


def check_paths(paths: Sequence[Path], today: date | None = None) -> tuple[int, list[Problem]]:
    """What `quiz validate` reports for these files or folders: how many pack files it read, and their problems.

    For each path, the errors of its files come first, then the warnings of the packs that loaded, file by file.
    `today` is passed on to `lint`.
    """
    problems: list[Problem] = []
    checked = 0
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), msg("lint.no_such_path")))
            continue
        files = pack_files(path)
        if not files:
            problems.append(Problem(str(path), msg("lint.no_pack_files")))
        checked += len(files)
        found = load_catalog(files)
        problems.extend(found.problems)
        for header in found.packs:
            pack = header.load()
            problems.extend(lint(pack, display_name(pack.path) if pack.path else str(path), today))
    return checked, problems


def _warning(
    file: str, message: Msg, question: Question | None = None, path: str = "", hint: Msg | None = None
) -> Problem:
    """A warning at `question`'s first line, or at no line when it is about the whole pack."""
    return Problem(
        file, message, line=question.line if question else None, path=path, fix=hint, severity=Severity.WARNING
    )


def _short_explanation(pack: Pack, question: Question, index: int, file: str) -> list[Problem]:
    for lang in pack.languages:
        prompt, explanation = question.prompt.get(lang).strip(), question.explanation.get(lang).strip()
        if len(explanation) < SHORT_EXPLANATION * len(prompt):
            where = msg("lint.in_language", languages=lang) if len(pack.languages) > 1 else ""
            key = "lint.short_explanation_claim" if question.kind is Kind.MYTH_FACT else "lint.short_explanation"
            return [
                _warning(
                    file,
                    msg(key, where=where),
                    question,
                    f"questions[{index}].explanation",
                    msg("lint.fix.short_explanation"),
                )  # fmt: skip
            ]
    return []


def _no_references(question: Question, index: int, file: str) -> list[Problem]:
    if question.refs:
        return []
    return [_warning(file, msg("lint.no_references"), question, f"questions[{index}]", msg("lint.fix.no_references"))]


def _claim_key(text: str) -> str:
    """A claim as compared for duplicates: case and spacing do not make two claims different."""
    return " ".join(text.casefold().split())


def _same_claim(pack: Pack, question: Question, index: int, file: str, first: dict[str, Question]) -> list[Problem]:
    """A warning when this claim repeats an earlier one in any language; `first` remembers the claims seen.

    Only claims are compared: multiple-choice questions often share a wording such as "Which of these is true?".
    """
    if question.kind is not Kind.MYTH_FACT:
        return []
    keys = {f"{lang}:{_claim_key(question.prompt.get(lang))}" for lang in pack.languages}
    earlier = next((first[key] for key in sorted(keys) if key in first), None)
    for key in keys:
        first.setdefault(key, question)
    if earlier is None:
        return []
    return [
        _warning(
            file,
            msg("lint.same_claim", id=earlier.id),
            question,
            f"questions[{index}].claim",
            msg("lint.fix.same_claim", line=earlier.line),
        )  # fmt: skip
    ]


def _untranslated_article(pack: Pack, question: Question, index: int, file: str) -> list[Problem]:
    """A warning when players in some of the pack's languages would read the article's sentence untranslated."""
    if question.article is None:
        return []
    missing = [lang for lang in pack.languages if lang not in question.article.values]
    if not missing:
        return []
    given, lacking = ", ".join(question.article.values), ", ".join(missing)
    return [
        _warning(
            file,
            msg("lint.untranslated_article", given=given, missing=lacking),
            question,
            f"questions[{index}].article",
            msg("lint.fix.untranslated_article", given=given, missing=lacking),
        )  # fmt: skip
    ]


def _stale(
    checked: CheckDate | None, today: date, file: str, question: Question | None = None, path: str = ""
) -> list[Problem]:
    """A warning when evidence was last checked more than STALE_AFTER_YEARS years before `today`."""
    if checked is None:
        return []
    last = checked.last_day()
    try:
        due = last.replace(year=last.year + STALE_AFTER_YEARS)
    except ValueError:  # 29 February, in a year that has none
        due = last.replace(year=last.year + STALE_AFTER_YEARS, day=28)
    if today <= due:
        return []
    return [
        _warning(
            file,
            msg("lint.stale", checked=str(checked), years=STALE_AFTER_YEARS),
            question,
            path,
            msg("lint.fix.stale"),
        )  # fmt: skip
    ]


def _unused_tags(pack: Pack, file: str) -> list[Problem]:
    used = {tag for question in pack.questions for tag in question.tags}
    return [
        _warning(file, msg("lint.unused_tag", tag=tag), path=f"tags.{tag}", hint=msg("lint.fix.unused_tag"))
        for tag in pack.tags
        if tag not in used
    ]


def _unused_references(pack: Pack, file: str) -> list[Problem]:
    cited = {ref for question in pack.questions for ref in question.refs}
    return [
        _warning(
            file, msg("lint.unused_reference", ref=ref), path=f"references.{ref}", hint=msg("lint.fix.unused_reference")
        )
        for ref in pack.references
        if ref not in cited
    ]

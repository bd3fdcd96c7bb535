"""Small valid packs as YAML text, and helpers to break them one mistake at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.packs import PackError, Problem, load_pack

# Adapted from the example in docs/packs.md: one myth-or-fact question and one multiple choice, in two languages.
VALID = """\
pack: 1
id: hydration-basics
title:
  en: Hydration basics
  zh: 补水常识
description:
  en: Five minutes on water and thirst.
  zh: 五分钟了解喝水与口渴。
languages: [en, zh]
version: "1.0"
authors: [Ms Rivera, Mr Chen]
license: CC-BY-4.0
source:
  title: School nurse handout on hydration
  date: "2025-09-01"
  link: https://example.org/handout
  language: en
disclaimer:
  en: This quiz is education, not medical advice.
  zh: 本测验仅用于科普教育,不构成医疗建议。
references:
  efsa-2010: "EFSA Panel on Dietetic Products. Dietary Reference Values for water. EFSA Journal 2010;8(3):1459."
questions:
  - id: eight-glasses
    claim:
      en: Everyone must drink exactly eight glasses of water a day.
      zh: 每个人每天都必须正好喝八杯水。
    answer: myth
    explanation:
      en: Fluid needs vary with body size, climate and activity.
      zh: 人体对水分的需要因体型、气候和活动量而异。
    article:
      en: Drink eight glasses a day, no matter what.
      zh: 不管怎样,每天都要喝八杯水。
    article_verdict: overstated
    refs: [efsa-2010]
    tags: [water]
    difficulty: 1

  - id: thirst-signal
    question:
      en: Which is a reliable everyday sign that a healthy adult needs to drink?
      zh: 对健康成年人来说,以下哪一项是日常需要喝水的可靠信号?
    choices:
      - text: {en: Thirst, zh: 口渴}
        correct: true
        feedback: {en: Yes. Thirst works well., zh: 对。口渴是很好的信号。}
      - text: {en: A headache, zh: 头痛}
      - text: {en: Hunger, zh: 饥饿}
    explanation:
      en: In healthy adults thirst keeps fluid balance well.
      zh: 健康成年人靠口渴就能很好地维持水平衡。
    refs: [efsa-2010]
    tags: [water, thirst]
    difficulty: 2
"""

# The same idea in one language: every text is a plain string.
ONE_LANGUAGE = """\
pack: 1
id: sleep-basics
title: Sleep basics
description: Three questions on sleep.
languages: [en]
version: "2"
authors: [Mr Okafor]
license: CC0-1.0
source: {title: Sleep leaflet, date: "2024-05-01"}
disclaimer: Education only, not medical advice.
references:
  nhs-sleep: "NHS. How to get to sleep. 2023."
questions:
  - id: eight-hours
    claim: Every adult needs exactly eight hours of sleep.
    answer: myth
    explanation: Most adults need seven to nine hours; it varies.
    refs: [nhs-sleep]
"""


def edit(text: str, old: str, new: str) -> str:
    """`text` with the one occurrence of `old` replaced by `new` (fails loudly if `old` is not there once)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the pack text"
    return text.replace(old, new)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line number of the `occurrence`-th line of `text` that contains `needle`.

    Lines are split on "\n" only, as YAML does (str.splitlines would also split on form feeds and the like).
    """
    lines = [number for number, line in enumerate(text.split("\n"), start=1) if needle in line]
    assert len(lines) >= occurrence, f"{needle!r} is not in the pack text {occurrence} time(s)"
    return lines[occurrence - 1]


def column_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based column where `needle` starts on the line `line_of` finds."""
    line = text.split("\n")[line_of(text, needle, occurrence) - 1]
    return line.index(needle) + 1


def write(folder: Path, text: str | bytes, name: str = "pack.yaml") -> Path:
    """Save a pack file in `folder` and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[Problem]:
    """The problems `load_pack` reports for `path`; fails if the pack loads."""
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert caught.value.problems, "a PackError must carry at least one problem"
    return caught.value.problems


def only_problem(path: Path) -> Problem:
    """The single problem reported for `path`."""
    problems = problems_of(path)
    assert len(problems) == 1, "expected one problem, got:\n" + "\n".join(map(str, problems))
    return problems[0]

"""A class end to end: thirty students play a pack in plain mode, each on their own machine, and hand in their
exported history; one question was keyed wrong. The report must flag it, and its figures must agree with the
same figures computed here another way, from what the students were scripted to answer."""

from __future__ import annotations

import io
import json
import math
import random
import re
import statistics

import pytest

from quiz.commands import main
from quiz.game import Game, answer_keys
from quiz.model import Kind, Pack
from quiz.packs import load_pack
from quiz.text import cell_width

# "sleep-hours" is the mis-keyed question: the pack marks 4 to 5 hours, the evidence says 7 to 9, and the
# students who know their stuff answer 7 to 9.
PACK = """\
pack: 1
id: class-health
title: Health for class 7b
description: Ten questions for a class report.
languages: [en]
version: "1"
authors: [Ms Rivera]
license: CC-BY-4.0
source: {title: Class notes, date: "2025-09-01"}
disclaimer: Education, not medical advice.
references: {notes: "Class notes, autumn term."}
tags:
  sleep: {en: Sleep}
  food: {en: Food and drink}
questions:
  - {id: eight-glasses, claim: Everyone needs exactly eight glasses of water a day., answer: myth,
     explanation: Needs vary., refs: [notes], tags: [food]}
  - {id: thirst, claim: Thirst is a good guide to drinking for healthy adults., answer: fact,
     explanation: It is., refs: [notes], tags: [food]}
  - {id: sugar-hyper, claim: Sugar makes children hyperactive., answer: myth,
     explanation: Trials found no effect., refs: [notes], tags: [food]}
  - {id: naps, claim: A short nap can improve alertness., answer: fact,
     explanation: Studies agree., refs: [notes], tags: [sleep]}
  - {id: cheese-dreams, claim: Cheese at night gives you nightmares., answer: myth,
     explanation: No good evidence., refs: [notes], tags: [sleep, food]}
  - {id: screens, claim: Screens late at night can delay sleep., answer: fact,
     explanation: Light and arousal both play a part., refs: [notes], tags: [sleep]}
  - id: sleep-hours
    question: How many hours of sleep do most adults need each night?
    choices:
      - {text: 4 to 5 hours, correct: true}
      - {text: 7 to 9 hours}
      - {text: 11 to 12 hours}
    explanation: Most adults need 7 to 9 hours.
    refs: [notes]
    tags: [sleep]
  - id: vitamin-c
    question: What does vitamin C do for a cold, in most people?
    choices:
      - {text: Prevents it}
      - {text: Shortens it a little, correct: true}
      - {text: Cures it in a day}
    explanation: A small effect on duration in trials.
    refs: [notes]
    tags: [food]
  - id: fibre
    question: Which food is richest in fibre?
    choices:
      - {text: White bread}
      - {text: Lentils, correct: true}
      - {text: Chicken}
      - {text: Cheese}
    explanation: Pulses are rich in fibre.
    refs: [notes]
    tags: [food]
  - id: caffeine
    question: How long can caffeine keep working after a cup of coffee?
    choices:
      - {text: Ten minutes}
      - {text: Several hours, correct: true}
      - {text: Several days}
    explanation: Its half-life is around five hours.
    refs: [notes]
    tags: [sleep]
"""
MIS_KEYED = "sleep-hours"
TRUTH = {MIS_KEYED: "1"}
"""The right answer where the pack's key is wrong."""
STUDENTS = 30


def scripted_answers(pack: Pack, ability: float, rng: random.Random) -> dict[str, str]:
    """What one student answers: the true answer when they know it, else a guess.

    A student knows a question with a probability that rises steeply with their ability (0 to 1) past the
    question's difficulty (from 0.3 for the first question to 0.75 for the tenth).
    """
    chosen = {}
    for index, question in enumerate(pack.questions):
        truth = TRUTH.get(question.id, question.correct_key)
        knows = rng.random() < 1 / (1 + math.exp(-10 * (ability - 0.3 - 0.05 * index)))
        chosen[question.id] = truth if knows else rng.choice(answer_keys(question))
    return chosen


def typed_lines(pack: Pack, seed: int, chosen: dict[str, str]) -> str:
    """The lines a student types in `quiz play --plain --seed SEED`: m or f, or the number shown beside a choice."""
    game = Game.new(pack, seed=seed)  # the questions and choice orders plain mode will show with this seed
    lines = []
    for round_ in game.rounds:
        key = chosen[round_.question.id]
        lines.append(key[0] if round_.question.kind is Kind.MYTH_FACT else str(round_.order.index(key) + 1))
    return "\n".join(lines) + "\n"


def run(argv: list[str], typed: str = "") -> str:
    """`quiz ARGV` in this process with `typed` as its input; returns what it printed."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(typed))
        patch.setattr("sys.stdout", out)
        code = main(argv)
    out.flush()
    printed = out.buffer.getvalue().decode("utf-8")
    assert code == 0, printed
    return printed


@pytest.fixture(scope="module")
def classroom(tmp_path_factory: pytest.TempPathFactory):
    """Thirty students, each playing the whole pack in plain mode in their own data folder and exporting it."""
    tmp_path = tmp_path_factory.mktemp("classroom")
    pack_file = tmp_path / "class-health.yaml"
    pack_file.write_text(PACK, encoding="utf-8")
    pack = load_pack(pack_file)
    rng = random.Random(2026)
    scripted: dict[str, dict[str, str]] = {}
    exports = []
    # --data-dir sets the data folder in the environment; set here first, it is put back afterwards.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MYTH_OR_FACT_DATA", str(tmp_path / "teacher"))
        patch.delenv("MYTH_OR_FACT_PACKS", raising=False)
        for number in range(STUDENTS):
            name = f"student-{number + 1:02d}"
            scripted[name] = scripted_answers(pack, number / (STUDENTS - 1), rng)
            folder = tmp_path / name
            play = [
                "play",
                "--plain",
                "--pack",
                str(pack_file),
                "--count",
                "all",
                "--seed",
                str(number),
                "--lang",
                "en",
            ]
            run([*play, "--data-dir", str(folder)], typed_lines(pack, number, scripted[name]))
            exported = json.loads(run(["history", "--format", "json", "--data-dir", str(folder)]))
            # Until players are saved with their answers, the teacher's collection names each file's student.
            for row in exported:
                row["player"] = name
            exports.append(tmp_path / f"{name}.json")
            exports[-1].write_text(json.dumps(exported), encoding="utf-8")
        report = run(["report", *map(str, exports), "--pack", str(pack_file), "--format", "json"])
    return pack, scripted, json.loads(report), (pack_file, exports)


def test_every_student_is_a_player_with_all_their_answers(classroom) -> None:
    pack, scripted, report, _ = classroom
    players = {player["player"]: player for player in report["players"]}
    assert sorted(players) == sorted(scripted)
    for name, chosen in scripted.items():
        right = sum(chosen[q.id] == q.correct_key for q in pack.questions)
        assert (players[name]["answered"], players[name]["right"]) == (len(pack.questions), right)


def test_the_mis_keyed_question_is_flagged(classroom) -> None:
    _, _, report, _ = classroom
    questions = {q["id"]: q for q in report["questions"]}
    suspect = questions[MIS_KEYED]
    assert "possibly-mis-keyed" in suspect["flags"]
    # Both signs of a wrong key: the lowest discrimination of the pack, below zero...
    assert suspect["discrimination"] < 0
    assert suspect["discrimination"] == min(q["discrimination"] for q in questions.values())
    # ...and the only question whose top third chose a distractor over the marked answer.
    preferred = [
        q["id"] for q in questions.values() if any(o["top_third"] > _key(q)["top_third"] for o in q["options"])
    ]
    assert preferred == [MIS_KEYED]
    reasons = [reason["reason"] for reason in suspect["reasons"] if reason["flag"] == "possibly-mis-keyed"]
    # B is 7 to 9 hours, the true answer (C, the rarer 11 to 12, may come with it by chance).
    assert any(re.search(r"top third \(10 players.*more chose B\b.* than the marked answer, A\.", r) for r in reasons)


def _key(question: dict) -> dict:
    return next(option for option in question["options"] if option["correct"])


def test_the_figures_match_an_independent_computation(classroom) -> None:
    pack, scripted, report, _ = classroom
    students = sorted(scripted)
    scores = {name: [int(scripted[name][q.id] == q.correct_key) for q in pack.questions] for name in students}
    totals = [sum(scores[name]) for name in students]
    k = len(pack.questions)
    for index, question in enumerate(pack.questions):
        found = next(q for q in report["questions"] if q["id"] == question.id)
        item = [scores[name][index] for name in students]
        rest = [total - x for total, x in zip(totals, item)]
        assert found["answered"] == STUDENTS
        assert found["facility"] == pytest.approx(statistics.mean(item), abs=1e-4)
        assert found["discrimination"] == pytest.approx(statistics.correlation(item, rest), abs=1e-4)
        for option in found["options"]:
            chose = [int(scripted[name][question.id] == option["key"]) for name in students]
            assert option["share"] == pytest.approx(statistics.mean(chose), abs=1e-4)
            expected = statistics.correlation(chose, rest) if 0 < sum(chose) < STUDENTS else None
            assert option["point_biserial"] == (None if expected is None else pytest.approx(expected, abs=1e-4))
    # KR-20 written as Cronbach's alpha on 0/1 items (the same thing): k/(k−1) · (1 − Σ item variances / variance of
    # totals), every variance the population one.
    item_variances = sum(statistics.pvariance([scores[name][i] for name in students]) for i in range(k))
    kr20 = k / (k - 1) * (1 - item_variances / statistics.pvariance(totals))
    percents = [100 * total / k for total in totals]
    summary = report["class"]
    assert summary["players"] == STUDENTS
    assert summary["mean"] == pytest.approx(statistics.mean(percents), abs=1e-4)
    assert summary["sd"] == pytest.approx(statistics.pstdev(percents), abs=1e-4)
    assert summary["kr20"] == pytest.approx(kr20, abs=1e-4)
    assert summary["sem"] == pytest.approx(statistics.pstdev(percents) * math.sqrt(1 - kr20), abs=1e-4)


def test_the_strong_students_chose_the_true_answer(classroom) -> None:
    """The reason the key is suspect: the top third picked 7 to 9 hours more often than the marked 4 to 5."""
    _, scripted, report, _ = classroom
    question = next(q for q in report["questions"] if q["id"] == MIS_KEYED)
    options = {option["key"]: option for option in question["options"]}
    assert options["1"]["top_third"] > options["0"]["top_third"]
    assert options["1"]["point_biserial"] > 0 > options["0"]["point_biserial"]
    assert options["1"]["count"] == sum(chosen[MIS_KEYED] == "1" for chosen in scripted.values())


def test_the_terminal_report_shows_the_suspect(classroom) -> None:
    _, _, _, (pack_file, exports) = classroom
    out = run(["report", *map(str, exports), "--pack", str(pack_file), "--lang", "en"])
    row = next(line for line in out.splitlines() if f" {MIS_KEYED} " in line)
    assert "possibly mis-keyed" in row
    assert "Questions to look at" in out and "How many hours of sleep" in out
    assert "B: 7 to 9 hours" in out  # what the letter in the reason stands for
    assert max(cell_width(line) for line in out.splitlines()) <= 80

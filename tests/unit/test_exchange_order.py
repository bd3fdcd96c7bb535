"""The order of choices and questions in the exports a person reads top to bottom, and handout versions.

A handout, Aiken or GIFT file that kept the pack's order would show the right answer wherever the author put it
(often first). These tests read the files `quiz export` writes, as a teacher or Moodle would, and check that the
answers are spread, reproducible by seed, and that every answer key still points at the right choice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.exchange.aiken import parse_aiken
from quiz.exchange.giftread import parse_gift
from quiz.exchange.handout import markdown_escape
from quiz.exchange.order import DEFAULT_SEED
from quiz.exchange.yamlwriter import dump_pack
from quiz.i18n import tr
from quiz.model import Kind, Pack, Question, Text
from quiz.packs import load_pack

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "questions" / "vitamin-k-joints.yaml"
LETTERS = "ABCD"


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the command in an empty folder, in an English locale."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return tmp_path


@pytest.fixture
def bundled() -> Pack:
    return load_pack(BUNDLED)


def right_first(pack: Pack) -> Pack:
    """`pack` as the issue found it: in every multiple-choice question the right choice is listed first."""

    def moved(question: Question) -> Question:
        if question.kind is not Kind.CHOICE:
            return question
        ordered = sorted(question.choices, key=lambda choice: not choice.correct)
        return replace(question, choices=tuple(ordered))

    return replace(pack, questions=tuple(moved(question) for question in pack.questions))


def export(*arguments: str) -> int:
    return main(["export", *arguments])


def right_text(question: Question, lang: str) -> str:
    return next(choice.text.get(lang) for choice in question.choices if choice.correct)


# == reading a Markdown handout back ===============================================================


@dataclass(frozen=True)
class Handout:
    """What a student and a teacher read in a Markdown handout."""

    title: str
    key_heading: str
    prompts: list[str]
    """Each question's text, as written (Markdown-escaped)."""
    options: list[dict[str, str]]
    """Each question's lettered options, letter to the whole line ("B. text"); empty for myth or fact."""
    boxes: list[str | None]
    """Each myth-or-fact question's boxes line, None for multiple choice."""
    key: list[str]
    """Each answer of the key, as written between the ** marks: "Myth", "Fact" or "B. text"."""


def read_handout(path: Path) -> Handout:
    text = path.read_text(encoding="utf-8")
    questions_part, key_part = text.split("\n---\n", 1)
    items = re.findall(r"^\d+\. (.*?)(?=\n\n|\n?\Z)", questions_part, re.MULTILINE | re.DOTALL)
    prompts, options, boxes = [], [], []
    for item in items:
        pieces = [piece.strip() for piece in item.split("\\\n")]
        lettered = {piece[0]: piece for piece in pieces if re.match(r"[A-D]\. ", piece)}
        box = next((piece for piece in pieces if piece.startswith("☐")), None)
        prompts.append("\\\n".join(piece for piece in pieces if piece not in lettered.values() and piece != box))
        options.append(lettered)
        boxes.append(box)
    return Handout(
        title=text.split("\n", 1)[0],
        key_heading=re.search(r"^## (.*)$", key_part, re.MULTILINE).group(1),  # type: ignore[union-attr]
        prompts=prompts,
        options=options,
        boxes=boxes,
        key=re.findall(r"^\d+\. \*\*(.*)\*\*$", key_part, re.MULTILINE),
    )


def key_letters(handout: Handout) -> list[str]:
    """The letters the key gives for the multiple-choice questions."""
    return [answer[0] for answer, options in zip(handout.key, handout.options) if options]


def assert_key_matches(handout: Handout, pack: Pack, lang: str) -> None:
    """Every answer of the key is the option its question shows for the pack's right answer, and every
    question of the pack is there once."""
    by_prompt = {markdown_escape(q.prompt.get(lang)): q for q in pack.questions}
    assert len(handout.key) == len(handout.prompts) == len(pack.questions)
    assert {*handout.prompts} == {*by_prompt}
    boxes = f"☐ {tr('answer.myth', lang)}    ☐ {tr('answer.fact', lang)}"
    for prompt, options, box, answer in zip(handout.prompts, handout.options, handout.boxes, handout.key, strict=True):
        question = by_prompt[prompt]
        if question.kind is Kind.MYTH_FACT:
            assert box == boxes  # myth and fact keep their places
            assert answer == tr(f"answer.{question.answer}", lang)
            continue
        assert options[answer[0]] == answer  # the key's letter is the option it quotes
        assert answer == markdown_escape(f"{answer[0]}. {right_text(question, lang)}")


def most_common_share(letters: list[str]) -> float:
    return Counter(letters).most_common(1)[0][1] / len(letters)


# == the right answer is spread ====================================================================


def test_a_pack_with_every_right_answer_first_is_not_given_away(in_tmp: Path, bundled: Pack) -> None:
    """The issue's case: the key read `A` every time. Now no letter is the answer in more than half."""
    (in_tmp / "first.yaml").write_text(dump_pack(right_first(bundled)), encoding="utf-8")
    assert export("first.yaml", "--format", "handout", "--lang", "en", "-o", "first.md") == 0
    handout = read_handout(in_tmp / "first.md")
    letters = key_letters(handout)
    assert len(letters) >= 10, "the bundled pack has at least 10 multiple-choice questions"
    assert most_common_share(letters) <= 0.5, Counter(letters)
    assert len(set(letters)) >= 3, Counter(letters)
    assert_key_matches(handout, bundled, "en")


def test_the_shuffle_spreads_answers_evenly_over_many_seeds(in_tmp: Path, bundled: Pack) -> None:
    (in_tmp / "first.yaml").write_text(dump_pack(right_first(bundled)), encoding="utf-8")
    letters: list[str] = []
    for seed in range(1, 21):
        assert export("first.yaml", "--format", "handout", "--seed", str(seed), "-o", f"s{seed}.md") == 0
        letters += key_letters(read_handout(in_tmp / f"s{seed}.md"))
    shares = {letter: count / len(letters) for letter, count in Counter(letters).items()}
    # Four choices each: about a quarter each over twenty exports, far from the 100 % of the pack's own order.
    assert set(shares) == set(LETTERS) and all(0.15 <= share <= 0.35 for share in shares.values()), shares


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_bundled_handouts_key_matches_its_shuffled_choices(in_tmp: Path, bundled: Pack, lang: str) -> None:
    assert export("vitamin-k-joints", "--format", "handout", "--lang", lang, "-o", "h.md") == 0
    handout = read_handout(in_tmp / "h.md")
    assert_key_matches(handout, bundled, lang)
    assert most_common_share(key_letters(handout)) <= 0.5
    # Questions keep the pack's order in a single handout; only their choices move.
    assert handout.prompts == [markdown_escape(q.prompt.get(lang)) for q in bundled.questions]
    file_letters = [LETTERS[int(q.correct_key)] for q in bundled.questions if q.kind is Kind.CHOICE]
    assert key_letters(handout) != file_letters


# == the same seed, the same file ==================================================================


@pytest.mark.parametrize(("fmt", "name"), [("handout", "x.md"), ("handout-html", "x.html"), ("aiken", "x.txt")])
def test_the_same_seed_gives_the_same_file_and_another_seed_another(in_tmp: Path, fmt: str, name: str) -> None:
    def exported(*seed: str) -> bytes:
        assert export("vitamin-k-joints", "--format", fmt, *seed, "-o", name) == 0
        return (in_tmp / name).read_bytes()

    assert exported("--seed", "7") == exported("--seed", "7")
    assert exported("--seed", "7") != exported("--seed", "8")
    # No seed is the default seed: an unchanged pack exports the same file every time.
    assert exported() == exported() == exported("--seed", str(DEFAULT_SEED))


def test_gift_marks_the_right_answer_wherever_the_shuffle_puts_it(in_tmp: Path, bundled: Pack) -> None:
    orders = []
    for seed in ("1", "2"):
        assert export("vitamin-k-joints", "--format", "gift", "--lang", "en", "--seed", seed, "-o", "g.txt") == 0
        imported = parse_gift((in_tmp / "g.txt").read_text(encoding="utf-8"), "en")
        assert [q.id for q in imported.questions] == [q.id for q in bundled.questions]
        for original, read in zip(bundled.questions, imported.questions, strict=True):
            assert read.answer == original.answer
            if original.kind is Kind.CHOICE:
                # The = mark and each choice's feedback travel with their choice.
                assert right_text(read, "en") == right_text(original, "en")
                pairs = {(c.text.get("en"), c.feedback.get("en") if c.feedback else None) for c in read.choices}
                assert pairs == {
                    (c.text.get("en"), c.feedback.get("en") if c.feedback else None) for c in original.choices
                }
        orders.append([[c.text.get("en") for c in q.choices] for q in imported.questions])
    assert orders[0] != orders[1]


def test_sheets_keep_the_packs_order_and_say_the_seed_does_nothing(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export("vitamin-k-joints", "--format", "csv", "-o", "a.csv") == 0
    assert export("vitamin-k-joints", "--format", "csv", "--seed", "5", "-o", "b.csv") == 0
    assert (in_tmp / "a.csv").read_bytes() == (in_tmp / "b.csv").read_bytes()
    assert "quiz: note: --seed changes nothing here: csv keeps the pack's order" in capsys.readouterr().err


# == Aiken =========================================================================================


def test_aiken_answers_follow_the_shuffle_and_come_back_through_import(in_tmp: Path, bundled: Pack) -> None:
    assert export("vitamin-k-joints", "--format", "aiken", "--lang", "en", "--seed", "3", "-o", "a.txt") == 0
    text = (in_tmp / "a.txt").read_text(encoding="utf-8")
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(bundled.questions)
    letters = []
    for block, question in zip(blocks, bundled.questions, strict=True):
        lines = block.split("\n")
        answer = re.fullmatch(r"ANSWER: ([A-D])", lines[-1]).group(1)  # type: ignore[union-attr]
        options = {line[0]: line[3:] for line in lines[1:-1]}
        if question.kind is Kind.MYTH_FACT:
            assert options == {"A": "Myth", "B": "Fact"}  # myth and fact keep their places
            assert options[answer].lower() == question.answer
        else:
            assert options[answer] == right_text(question, "en")
            letters.append(answer)
    assert most_common_share(letters) <= 0.5
    assert letters != [LETTERS[int(q.correct_key)] for q in bundled.questions if q.kind is Kind.CHOICE]

    assert main(["import", "a.txt", "--format", "aiken", "--lang", "en", "--id", "back-again"]) == 0
    back = load_pack(in_tmp / "back-again.yaml")
    for original, read in zip(bundled.questions, back.questions, strict=True):
        assert read.kind is original.kind and read.answer == original.answer
        if original.kind is Kind.CHOICE:
            assert right_text(read, "en") == right_text(original, "en")
            assert sorted(c.text.get("en") for c in read.choices) == sorted(c.text.get("en") for c in original.choices)
    assert parse_aiken(text, "en").warnings == []


# == versions ======================================================================================


@pytest.mark.parametrize(("lang", "label"), [("en", "(Version {})"), ("zh", "（{} 卷）")])
def test_versions_each_have_their_own_order_and_their_own_key(
    in_tmp: Path, bundled: Pack, lang: str, label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export("vitamin-k-joints", "--format", "handout", "--lang", lang, "--versions", "3", "-o", "quiz.md") == 0
    assert sorted(p.name for p in in_tmp.iterdir()) == ["quiz-A.md", "quiz-B.md", "quiz-C.md"]
    out = capsys.readouterr().out
    assert "as 3 versions: quiz-A.md, quiz-B.md and quiz-C.md" in out
    handouts = {letter: read_handout(in_tmp / f"quiz-{letter}.md") for letter in "ABC"}
    for letter, handout in handouts.items():
        assert handout.title.endswith(label.format(letter)) and handout.key_heading.endswith(label.format(letter))
        assert_key_matches(handout, bundled, lang)
    a, b, c = (handouts[letter].prompts for letter in "ABC")
    assert a != b and b != c and a != c
    assert key_letters(handouts["A"]) != key_letters(handouts["B"])


def test_versions_are_reproducible_and_more_versions_keep_the_first_ones(in_tmp: Path) -> None:
    (in_tmp / "one").mkdir()
    (in_tmp / "two").mkdir()
    assert export("vitamin-k-joints", "--format", "handout-html", "--versions", "2", "-o", "one/q.html") == 0
    assert export("vitamin-k-joints", "--format", "handout-html", "--versions", "4", "-o", "two/q.html") == 0
    for letter in "AB":
        assert (in_tmp / "one" / f"q-{letter}.html").read_bytes() == (in_tmp / "two" / f"q-{letter}.html").read_bytes()
    page = (in_tmp / "two" / "q-D.html").read_text(encoding="utf-8")
    assert "(Version D)</title>" in page and "(Version D)</h1>" in page and "(Version D)</h2>" in page


def test_versions_without_o_are_named_after_the_pack(in_tmp: Path) -> None:
    assert export("vitamin-k-joints", "--format", "handout", "--versions", "2") == 0
    assert sorted(p.name for p in in_tmp.iterdir()) == ["vitamin-k-joints-A.md", "vitamin-k-joints-B.md"]


def test_html_versions_keep_pack_text_as_text(in_tmp: Path, bundled: Pack) -> None:
    hostile = "<script>alert(1)</script> & <b>bold</b>"
    first = next(q for q in bundled.questions if q.kind is Kind.CHOICE)
    spoiled = replace(first.choices[0], text=Text({"en": hostile, "zh": hostile}))
    question = replace(first, choices=(spoiled, *first.choices[1:]))
    pack = replace(bundled, questions=tuple(question if q is first else q for q in bundled.questions))
    (in_tmp / "hostile.yaml").write_text(dump_pack(pack), encoding="utf-8")
    assert export("hostile.yaml", "--format", "handout-html", "--versions", "2", "-o", "h.html") == 0
    for letter in "AB":
        page = (in_tmp / f"h-{letter}.html").read_text(encoding="utf-8")
        assert "<script>" not in page and "<b>bold" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--format", "handout", "--versions", "2", "-o", "-"], "--versions writes one file per version"),
        (["--format", "aiken", "--versions", "2"], "--versions is for the handouts"),
        (["--format", "handout", "--versions", "1"], "give 2 to 26"),
        (["--format", "handout", "--versions", "27"], "give 2 to 26"),
    ],
)
def test_versions_that_cannot_be_written_are_refused_with_one_line(
    in_tmp: Path, arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = export("vitamin-k-joints", *arguments)
    except SystemExit as stop:  # argparse refuses a number out of range itself
        code = stop.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    assert code == 2
    assert says in captured.err and len(captured.err.strip().splitlines()) == 1
    assert captured.out == "" and list(in_tmp.iterdir()) == []


def test_a_folder_in_the_way_of_one_version_stops_before_any_is_written(in_tmp: Path) -> None:
    (in_tmp / "quiz-B.md").mkdir()
    assert export("vitamin-k-joints", "--format", "handout", "--versions", "2", "-o", "quiz.md") == 2
    assert sorted(p.name for p in in_tmp.iterdir()) == ["quiz-B.md"]

"""`quiz report`: its four formats, its sources (history files and data folders, merged by player), its errors
and --watch, as a teacher would run it."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.game import Game
from quiz.packs import load_pack
from quiz.players import default_player
from quiz.store import Store
from quiz.text import cell_width
from tests.conftest import DATA

SAMPLE = DATA / "sample-pack.yaml"
START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
KEYS = {"sky-green": "myth", "water-wet": "fact", "sleep-none": "myth", "legs-count": "1", "days-week": "1"}

# A pack whose text tries to be markup, a formula and a terminal escape: the report must show it as text.
HOSTILE = """\
pack: 1
id: hostile-text
title: <script>alert("title")</script> pack
description: Text that must stay text.
languages: [en]
version: "1"
authors: [Tester]
license: CC0-1.0
source: {title: Tests, date: "2025-01-01"}
disclaimer: Education only.
references: {r: "A reference."}
questions:
  - id: markup
    claim: "<img src=x onerror=alert(1)> & \\u001b[31mred\\u001b[0m"
    answer: myth
    explanation: None.
    refs: [r]
  - id: formula
    question: Which one?
    choices:
      - text: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
        correct: true
      - text: "+1"
      - text: "<b>bold</b>"
    explanation: None.
    refs: [r]
"""


def row(player: str, question: str, key: str, minutes: float = 0, **extra: object) -> dict[str, object]:
    """One answer as `quiz history --format json` exports it, with the players' columns."""
    return {
        "player": player, "class": extra.pop("class_code", "7b"), "lang": "en", "pack_id": "sample-health",
        "question_id": question, "answer": key, "answer_text": "", "answer_position": 1,
        "correct": extra.pop("correct", key == KEYS.get(question)), "game_id": extra.pop("game_id", 1),
        "answered_at": (START + timedelta(minutes=minutes)).isoformat(timespec="seconds"), "mode": "classic",
        "certainty": None, "seconds": 3.5, "points": 100, "pack_version": "1.0", **extra,
    }  # fmt: skip


def class_rows() -> list[dict[str, object]]:
    """Three players, all five questions: Ann all right, Bo three, Cy one."""
    rows = [row("Ann", question, key) for question, key in KEYS.items()]
    rows += [row("Bo", q, k) for q, k in [("sky-green", "myth"), ("water-wet", "fact"), ("sleep-none", "fact"),
                                          ("legs-count", "1"), ("days-week", "0")]]  # fmt: skip
    rows += [row("Cy", q, k) for q, k in [("sky-green", "fact"), ("water-wet", "myth"), ("sleep-none", "myth"),
                                          ("legs-count", "2"), ("days-week", "0")]]  # fmt: skip
    return rows


def write_json(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, object]], delimiter: str = ",") -> Path:
    """As a spreadsheet would keep it: a byte-order mark, True/False, blank for None."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def history(tmp_path: Path) -> Path:
    return write_json(tmp_path / "class.json", class_rows())


# == formats ======================================================================================


def test_json_has_questions_players_and_class(capsys, history: Path) -> None:
    code, out, _ = report(capsys, str(history), "--pack", str(SAMPLE), "--format", "json")
    assert code == 0
    document = json.loads(out)
    questions = {q["id"]: q for q in document["questions"]}
    assert list(questions) == list(KEYS)
    assert {"id", "answered", "facility", "discrimination", "options", "flags"} <= set(questions["sky-green"])
    assert questions["sky-green"]["answered"] == 3
    assert questions["sky-green"]["facility"] == pytest.approx(2 / 3, abs=1e-4)
    legs = {option["key"]: option for option in questions["legs-count"]["options"]}
    assert legs["1"]["correct"] and legs["1"]["text"] == "Eight" and legs["1"]["label"] == "B"
    assert legs["2"]["share"] == pytest.approx(1 / 3, abs=1e-4)
    assert [(p["player"], p["answered"], p["right"]) for p in document["players"]] == [
        ("Ann", 5, 5), ("Bo", 5, 3), ("Cy", 5, 1),
    ]  # fmt: skip
    assert document["class"]["players"] == 3
    assert document["class"]["mean"] == pytest.approx(60)
    assert set(document["class"]) >= {"players", "mean", "sd", "kr20", "sem"}
    assert document["attempt"] == "first"
    assert any("first attempt" in note for note in document["notes"])


def test_json_flags_carry_their_reasons(capsys, history: Path) -> None:
    _, out, _ = report(capsys, str(history), "--pack", str(SAMPLE), "--format", "json")
    days = next(q for q in json.loads(out)["questions"] if q["id"] == "days-week")
    assert "unchosen-distractor" in days["flags"]
    reason = next(r["reason"] for r in days["reasons"] if r["flag"] == "unchosen-distractor")
    assert reason.startswith("No one chose C, D")


def _lines_fit(text: str) -> None:
    widest = max(text.splitlines(), key=cell_width)
    assert cell_width(widest) <= 80, widest


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_fits_80_columns_in_either_language(capsys, history: Path, lang: str) -> None:
    code, out, _ = report(capsys, str(history), "--pack", str(SAMPLE), "--lang", lang)
    assert code == 0
    _lines_fit(out)
    if lang == "zh":
        assert "每位玩家每道题只计第一次作答" in out and "蜘蛛有几条腿" in out and "通过率" in out
    else:
        assert "first attempt at each question counts" in out and "How many legs does a spider have?" in out
    # Lowest score first: the player who needs help is at the top of the table.
    assert out.index("Cy ") < out.index("Bo ") < out.index("Ann ")


def test_text_cuts_a_long_chinese_player_name_to_its_column(capsys, tmp_path: Path) -> None:
    name = "一位名字非常非常非常非常长的同学"
    rows = [row(name, question, key) for question, key in KEYS.items()] + class_rows()
    code, out, _ = report(capsys, str(write_json(tmp_path / "h.json", rows)), "--pack", str(SAMPLE), "--lang", "zh")
    assert code == 0
    _lines_fit(out)
    # Nine characters are 18 cells; with the ellipsis 19 of the column's 20, so the numbers still line up.
    cut = next(line for line in out.splitlines() if "一位名字" in line)
    ann = next(line for line in out.splitlines() if line.startswith("  Ann "))
    assert cut.startswith("  一位名字非常非常非… ")
    assert cell_width(cut) == cell_width(ann)


def test_csv_is_the_per_question_table_for_a_spreadsheet(capsys, tmp_path: Path) -> None:
    pack = tmp_path / "hostile.yaml"
    pack.write_text(HOSTILE, encoding="utf-8")
    hostile = {"pack_id": "hostile-text"}
    rows = [row(p, "formula", k, correct=k == "0", **hostile) for p, k in [("A", "0"), ("B", "1"), ("C", "0")]]
    rows += [row(p, "markup", "myth", correct=True, **hostile) for p in "ABC"]
    out_file = tmp_path / "questions.csv"
    code, _, err = report(capsys, str(write_json(tmp_path / "h.json", rows)), "--pack", str(pack), "-o", str(out_file))
    assert code == 0 and "questions.csv" in err
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for Chinese
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["question_id"] for r in table] == ["markup", "formula"]
    formula = table[1]
    assert formula["A_text"].startswith("'=HYPERLINK(")  # a formula shown as text, never run
    assert formula["B_text"] == "'+1"
    assert float(formula["A_share"]) == pytest.approx(2 / 3, abs=1e-4)
    assert formula["facility"] == "0.6667" and formula["key"] == "A"
    assert "unchosen-distractor" in formula["flags"]


def test_html_is_one_self_contained_page_with_its_text_escaped(capsys, tmp_path: Path) -> None:
    pack = tmp_path / "hostile.yaml"
    pack.write_text(HOSTILE, encoding="utf-8")
    hostile = {"pack_id": "hostile-text"}
    rows = [row(p, "formula", k, correct=k == "0", **hostile) for p, k in [("<i>A</i>", "0"), ("B", "2"), ("C", "1")]]
    rows += [row(p, "markup", k, correct=k == "myth", **hostile) for p, k in [("<i>A</i>", "fact"), ("B", "myth")]]
    out_file = tmp_path / "class.html"
    code, _, _ = report(capsys, str(write_json(tmp_path / "h.json", rows)), "--pack", str(pack), "-o", str(out_file))
    assert code == 0
    page = out_file.read_text(encoding="utf-8")
    parsed = _Elements()
    parsed.feed(page)
    # Nothing runs and nothing is fetched: no script, no link or image, no handler, no address but the SVG namespace.
    assert set(parsed.tags).isdisjoint({"script", "img", "link", "iframe", "object"})
    assert not any(name.startswith("on") for name in parsed.attributes)
    addresses = set(re.findall(r"https?://[^\"'& ]+", page)) - {"http://evil.example"}  # that one is text
    assert addresses == {"http://www.w3.org/2000/svg"}
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;i&gt;A&lt;/i&gt;" in page
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in page
    assert "\x1b" not in page
    # The charts are inline SVG: the histogram's bars and one point per question with a discrimination.
    assert parsed.tags.count("svg") == 2
    assert parsed.tags.count("rect") + parsed.tags.count("circle") >= 10 + 2


def test_html_labels_the_flagged_questions_on_the_chart(capsys, history: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "r.html"
    report(capsys, str(history), "--pack", str(SAMPLE), "--format", "html", "-o", str(out_file), "--lang", "zh")
    page = out_file.read_text(encoding="utf-8")
    scatter = page[page.index("通过率与区分度") :]
    assert '<html lang="zh-Hans">' in page
    assert ">5 days-week</text>" in scatter  # flagged: an unchosen distractor


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes |= {name for name, _ in attrs}


def test_format_follows_the_output_name(capsys, history: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert report(capsys, str(history), "--pack", str(SAMPLE), "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["class"]["players"] == 3


# == sources ======================================================================================


def test_csv_with_a_byte_order_mark_reads_like_json(capsys, tmp_path: Path) -> None:
    from_json = report(capsys, str(write_json(tmp_path / "a.json", class_rows())), "--pack", str(SAMPLE),
                       "--format", "json")[1]  # fmt: skip
    for delimiter in (",", ";"):
        from_csv = report(capsys, str(write_csv(tmp_path / "a.csv", class_rows(), delimiter)), "--pack", str(SAMPLE),
                          "--format", "json")[1]  # fmt: skip
        assert json.loads(from_csv)["questions"] == json.loads(from_json)["questions"]


def test_sources_are_merged_by_player(capsys, tmp_path: Path) -> None:
    rows = class_rows()
    ann_home = [r for r in rows if r["player"] == "Ann"][:2]
    rest = [r for r in rows if r not in ann_home]
    first = write_csv(tmp_path / "ann-at-home.csv", ann_home)
    second = write_json(tmp_path / "class.json", rest)
    _, out, _ = report(capsys, str(first), str(second), "--pack", str(SAMPLE), "--format", "json")
    players = {p["player"]: p for p in json.loads(out)["players"]}
    assert sorted(players) == ["Ann", "Bo", "Cy"]
    assert players["Ann"]["answered"] == 5


def test_a_source_read_twice_counts_once(capsys, history: Path) -> None:
    _, out, _ = report(capsys, str(history), str(history), "--pack", str(SAMPLE), "--format", "json")
    document = json.loads(out)
    assert document["players"][0]["answered"] == 5
    assert any("15 answers found in more than one source" in note for note in document["notes"])


def test_a_data_folder_is_read_without_being_changed(capsys, tmp_path: Path) -> None:
    pack = load_pack(SAMPLE)
    folder = tmp_path / "class-data"
    store = Store.open(folder)
    game = Game.new(pack, seed=3)
    game_id = store.start_game(game, "en", 3)
    while game.current is not None:
        question = game.current.question
        store.record_answer(game_id, game, game.answer(question.correct_key if question.id != "water-wet" else "myth"))
    store.close()
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    code, out, _ = report(capsys, str(folder), "--pack", str(SAMPLE), "--format", "json")
    assert code == 0
    document = json.loads(out)
    # Before players are saved with their answers, every answer is the default player's.
    assert [(p["player"], p["answered"], p["right"]) for p in document["players"]] == [(default_player(), 5, 4)]
    # SQLite may leave its own empty log and index beside the file while reading; the file itself is as it was.
    after = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert after["progress.sqlite3"] == before["progress.sqlite3"]
    assert set(after) - set(before) <= {"progress.sqlite3-wal", "progress.sqlite3-shm"}
    assert after.get("progress.sqlite3-wal", b"") == b""


def test_the_data_folder_is_the_default_source(capsys, private_data: Path) -> None:
    code, _, err = report(capsys, "--pack", str(SAMPLE))
    assert code == 1 and "holds no answers" in err
    store = Store.open(private_data)
    game = Game.new(load_pack(SAMPLE), seed=1)
    store.record_answer(store.start_game(game, "en", 1), game, game.answer("timeout"))
    store.close()
    code, out, _ = report(capsys, "--format", "json", "--pack", str(SAMPLE))
    assert (
        code == 0
        and json.loads(out)["questions"][0]["answered"] + sum(q["answered"] for q in json.loads(out)["questions"][1:])
        == 1
    )


def test_the_pack_is_found_by_the_id_the_answers_carry(capsys, history: Path, monkeypatch) -> None:
    monkeypatch.setenv("MYTH_OR_FACT_PACKS", str(DATA))
    code, out, _ = report(capsys, str(history))
    assert code == 0 and "Class report: Sample health pack" in out


def test_class_and_attempt_options(capsys, tmp_path: Path) -> None:
    rows = class_rows() + [row("Cy", "sky-green", "myth", minutes=30, class_code="8a", game_id=2)]
    source = str(write_json(tmp_path / "h.json", rows))
    first = json.loads(report(capsys, source, "--pack", str(SAMPLE), "--format", "json")[1])
    last = json.loads(report(capsys, source, "--pack", str(SAMPLE), "--format", "json", "--attempt", "last")[1])
    assert first["questions"][0]["right"] == 2 and last["questions"][0]["right"] == 3
    only_8a = json.loads(report(capsys, source, "--pack", str(SAMPLE), "--format", "json", "--class", "8a")[1])
    assert [(p["player"], p["answered"]) for p in only_8a["players"]] == [("Cy", 1)]
    assert only_8a["class_code"] == "8a"


# == errors =======================================================================================


def test_errors_say_what_is_wrong_on_one_line(capsys, tmp_path: Path, history: Path) -> None:
    cases = [
        ([str(tmp_path / "missing.json")], 2, "no such file or folder"),
        ([str(tmp_path)], 1, "there is no progress file"),
        ([str(_text(tmp_path / "bad.json", "[{"))], 1, "not valid JSON"),
        ([str(_text(tmp_path / "obj.json", '{"a": 1}'))], 1, "not an exported history"),
        ([str(_text(tmp_path / "cols.csv", "player,answer\nA,myth\n"))], 1, "pack_id, question_id, correct, answered_at"),
        ([str(write_json(tmp_path / "when.json", [row("A", "sky-green", "myth") | {"answered_at": "soon"}]))], 1,
         "row 1: answered_at cannot be 'soon'"),
        ([str(write_json(tmp_path / "e.json", []))], 1, "no answers in"),
        ([str(history), "--pack", "no-such-pack"], 2, "no-such-pack"),
        ([str(history), "--pack", str(SAMPLE), "--class", "9z"], 1, "no answers from the class '9z'"),
        ([str(history), "--watch", "--format", "json"], 2, "--watch"),
        ([str(history), "--pack", str(SAMPLE), "-o", str(tmp_path / "no" / "r.html")], 2, "does not exist"),
    ]  # fmt: skip
    for args, expected_code, words in cases:
        code, out, err = report(capsys, *args)
        assert (code, out) == (expected_code, ""), args
        assert words in err and len(err.strip().splitlines()) == 1, err
        assert err.startswith("quiz: error:"), err


def test_answers_to_several_packs_need_a_choice(capsys, tmp_path: Path) -> None:
    rows = class_rows() + [row("Ann", "q", "myth", pack_id="other-pack")]
    code, _, err = report(capsys, str(write_json(tmp_path / "h.json", rows)))
    assert code == 2 and "sample-health, other-pack" in err and "--pack" in err


def test_errors_in_chinese(capsys, tmp_path: Path) -> None:
    code, _, err = report(capsys, str(tmp_path / "missing.json"), "--lang", "zh")
    assert code == 2 and "没有这个文件或文件夹" in err


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path

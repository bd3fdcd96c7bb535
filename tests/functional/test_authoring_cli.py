"""`quiz new`, `quiz schema` and `quiz validate` as a teacher and a CI job use them (run in-process)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quiz.commands import main
from quiz.packs import load_pack
from quiz.packs.lint import lint
from quiz.packs.schema import SCHEMA_FILE, schema_json
from quiz.packs.starter import pack_id_for, starter_pack
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, line_of, write

LOCATED = re.compile(r"^(?P<file>[^:]+)(:(?P<line>\d+)(:(?P<column>\d+))?)?: (?P<severity>error|warning): .+")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `quiz ARGS...`."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


UNCITED = edit(ONE_LANGUAGE, "    refs: [nhs-sleep]\n", "")
"""A playable pack with two warnings: a question citing nothing, and so a reference nobody cites."""
BROKEN = edit(VALID, "answer: myth", "answer: mith")


# -- quiz new --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["both", "en", "zh"])
def test_new_writes_a_pack_that_loads_clean(capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str) -> None:
    """The starter loads with no error, in the languages asked for, with the editor's schema line.

    Its one warning is the author it leaves for the teacher to fill in.
    """
    code, out, err = run(capsys, "new", "Hydration Basics.yaml", "--lang", lang)
    assert (code, err) == (0, "")
    path = tmp_path / "Hydration Basics.yaml"
    pack = load_pack(path)
    assert pack.id == "hydration-basics"
    assert pack.languages == {"both": ("zh", "en"), "en": ("en",), "zh": ("zh",)}[lang]
    (warning,) = lint(pack, path.name)
    assert (warning.path, warning.severity) == ("authors", "warning")
    assert warning.message.startswith("[placeholder] ") and "'Your Name'" in warning.message
    assert path.read_text(encoding="utf-8").splitlines()[0] == f"# yaml-language-server: $schema=./{SCHEMA_FILE}"
    assert "Wrote Hydration Basics.yaml." in out
    assert "quiz validate 'Hydration Basics.yaml'" in out


def test_new_writes_the_schema_beside_the_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The schema the first line points at is there, the same as `quiz schema` prints, in the pack's folder."""
    code, out, _ = run(capsys, "new", "packs/water.yaml")
    assert code == 0
    assert (tmp_path / "packs" / SCHEMA_FILE).read_text(encoding="utf-8") == schema_json()
    assert f"Wrote packs/{SCHEMA_FILE}" in out


def test_new_leaves_an_existing_schema_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A second pack in the folder reuses the schema; a different one already there is kept, with how to refresh it."""
    run(capsys, "new", "one.yaml")
    code, out, _ = run(capsys, "new", "two.yaml")
    assert code == 0 and SCHEMA_FILE not in out
    (tmp_path / SCHEMA_FILE).write_text("{}", encoding="utf-8")
    code, out, _ = run(capsys, "new", "three.yaml")
    assert code == 0
    assert (tmp_path / SCHEMA_FILE).read_text(encoding="utf-8") == "{}"
    assert f"Kept {SCHEMA_FILE}" in out and f"quiz schema > {SCHEMA_FILE}" in out


def test_new_takes_an_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "new", "pack.yaml", "--id", "sleep-week-1")[0] == 0
    assert load_pack(tmp_path / "pack.yaml").id == "sleep-week-1"


def test_new_refuses_a_bad_id_as_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["new", "pack.yaml", "--id", "Sleep Week"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "--id" in err
    assert not (tmp_path / "pack.yaml").exists()


def test_new_never_overwrites(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An existing file is left as it was: exit 1 and one line saying so."""
    (tmp_path / "mine.yaml").write_text("my work\n", encoding="utf-8")
    code, out, err = run(capsys, "new", "mine.yaml")
    assert (code, out) == (1, "")
    assert err.splitlines() == ["quiz: error: mine.yaml already exists; 'quiz new' never overwrites a file"]
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "my work\n"
    assert not (tmp_path / SCHEMA_FILE).exists()


def test_new_refuses_a_name_the_game_would_not_find(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "new", "pack.txt")
    assert code == 1
    assert err.splitlines() == ["quiz: error: pack.txt: a pack file name ends in .yaml or .yml"]
    assert not (tmp_path / "pack.txt").exists()


def test_new_then_validate_passes_and_strict_asks_for_an_author(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The starter validates; --strict fails until the teacher puts a name in 'authors', then passes."""
    run(capsys, "new", "starter.yaml")
    code, out, _ = run(capsys, "validate", "starter.yaml")
    assert code == 0
    assert out.splitlines()[-1] == "1 file checked: 0 errors, 1 warning"
    assert run(capsys, "validate", "starter.yaml", "--strict")[0] == 1
    path = tmp_path / "starter.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8"), "[Your Name]", "[Ms Rivera]"), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "starter.yaml", "--strict")
    assert code == 0
    assert out.splitlines() == ["1 file checked: 0 errors, 0 warnings"]


# -- quiz schema ----------------------------------------------------------------------------------------


def test_schema_is_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schema")
    assert (code, err) == (0, "")
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_help_lists_the_authoring_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("new", "schema", "validate"):
        assert command in out


# -- quiz validate, text ----------------------------------------------------------------------------------


def test_warnings_are_printed_but_pass(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Warnings print as 'file:line: warning: ...' and leave the exit code at 0."""
    write(tmp_path, UNCITED)
    code, out, _ = run(capsys, "validate", "pack.yaml")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"pack.yaml:{line_of(UNCITED, '- id: eight-hours')}: warning: questions[0]: ")
    assert lines[1].startswith("pack.yaml: warning: references.nhs-sleep: ")
    assert all(LOCATED.match(line) for line in lines[:-1])
    assert lines[-1] == "1 file checked: 0 errors, 2 warnings"


def test_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path, UNCITED)
    code, out, _ = run(capsys, "validate", "--strict", "pack.yaml")
    assert code == 1
    assert out.splitlines()[-1] == "1 file checked: 0 errors, 2 warnings"


def test_errors_fail_and_are_counted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path, BROKEN, "broken.yaml")
    write(tmp_path, UNCITED, "thin.yaml")
    code, out, _ = run(capsys, "validate", ".")
    assert code == 1
    lines = out.splitlines()
    assert [LOCATED.match(line)["severity"] for line in lines[:-1]] == ["error", "warning", "warning"]
    assert lines[0].startswith(f"broken.yaml:{line_of(BROKEN, 'answer: mith')}:13: error: questions[0].answer: ")
    assert lines[-1] == "2 files checked: 1 error, 2 warnings"


# -- quiz validate --format json ------------------------------------------------------------------------------


def test_json_is_one_document_with_counts_and_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path, BROKEN, "broken.yaml")
    write(tmp_path, UNCITED, "thin.yaml")
    code, out, err = run(capsys, "validate", "--format", "json", "broken.yaml", "thin.yaml")
    assert (code, err) == (1, "")
    document = json.loads(out)
    assert (document["files"], document["errors"], document["warnings"]) == (2, 1, 2)
    first = document["problems"][0]
    assert first == {
        "file": "broken.yaml",
        "line": line_of(BROKEN, "answer: mith"),
        "column": 13,
        "severity": "error",
        "path": "questions[0].answer",
        "message": "must be myth or fact, not 'mith'",
        "hint": "did you mean 'myth'?",
    }
    assert [p["severity"] for p in document["problems"][1:]] == ["warning", "warning"]
    assert document["problems"][2]["line"] is None


def test_json_exit_codes_follow_the_text_ones(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path, UNCITED)
    assert run(capsys, "validate", "--format", "json", "pack.yaml")[0] == 0
    assert run(capsys, "validate", "--format", "json", "--strict", "pack.yaml")[0] == 1
    code, out, _ = run(capsys, "validate", "--format", "json", "missing.yaml")
    assert code == 1
    assert json.loads(out)["problems"][0]["message"] == "no such file or folder"


def test_json_is_ascii_so_pack_text_cannot_drive_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Pack text quoted in a message arrives as ASCII escapes: Chinese decodes back, a bidi override never acts."""
    text = edit(VALID, "answer: myth", 'answer: "谣言\\u202e"')
    write(tmp_path, text)
    code, out, _ = run(capsys, "validate", "--format", "json", "pack.yaml")
    assert code == 1
    assert out.isascii()
    message = json.loads(out)["problems"][0]["message"]
    assert "谣言" in message and "\u202e" not in message


def test_format_must_be_text_or_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["validate", "--format", "xml", "pack.yaml"])
    assert exit_.value.code == 2
    assert "--format" in capsys.readouterr().err


# -- the starter's building blocks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hydration Basics.yaml", "hydration-basics"),
        ("week_3.yml", "week-3"),
        ("睡眠.yaml", "my-pack"),
        ("-.yaml", "my-pack"),
    ],
)
def test_pack_id_from_the_file_name(name: str, expected: str) -> None:
    assert pack_id_for(Path(name)) == expected


def test_a_file_name_cannot_break_out_of_its_comment(tmp_path: Path) -> None:
    """A line break in the file name (legal on Linux) stays inside the comment instead of becoming YAML."""
    text = starter_pack("odd", ("en",), "evil\nquestions: []\n.yaml")
    assert "\nquestions: []" not in text
    assert load_pack(write(tmp_path, text)).id == "odd"

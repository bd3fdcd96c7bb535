"""The command line in Chinese: every --help and argparse error, `quiz new`'s starter, `quiz schema` and
`quiz serve` speak the language chosen (--lang, then the locale), and English reads as it always did.

"No English left" is checked with tests.untranslated: no run of three English words outside quotes, options,
paths and URLs.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from rich.console import Console

from quiz.commands import SPEAKING, build_parser, main
from quiz.commands.parsing import translated
from quiz.packs import load_pack
from quiz.packs.lint import lint
from quiz.packs.schema import build_schema, schema_json
from quiz.packs.starter import LANGUAGE_OPTIONS, starter_pack
from quiz.serve import build_server, serve, startup_message
from quiz.text import cell_width
from tests.untranslated import english_sentences

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = build_parser().command_names
BAD_COMMAND_LINES = [
    ["play", "--mode", "x"],
    ["play", "--pack"],
    ["play", "--bogus"],
    ["validate"],
    ["play", "--count", "0"],
    ["play", "--count", "abc"],
    ["play", "--seed", "9" * 40],
    ["play", "--pack", ""],
    ["play", "--resume", "--no-resume"],
    ["play", "--t", "5"],
    ["new", "x.yaml", "--id", "BAD"],
    ["export"],
    ["export", "p", "--format", "gift", "--versions", "1"],
    ["serve", "--port", "0"],
    ["serve", "--port", "abc"],
    ["nosuch"],
]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return tmp_path


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `quiz ARGS...`, help and argparse errors included."""
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# -- --help and argparse's errors ------------------------------------------------------------------------


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_is_chinese(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, *([command] if command else []), "--help")
    assert code == 0
    assert out.startswith("用法：quiz") and "\n选项：\n" in out and "显示本帮助并退出" in out
    assert english_sentences(out) == []


@pytest.mark.usefixtures("chinese")
def test_chinese_help_wraps_by_the_columns_it_takes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Chinese character takes two columns: help lines are wrapped to the terminal's width in columns."""
    monkeypatch.setenv("COLUMNS", "60")
    for command in COMMANDS:
        _, out, _ = run(capsys, command, "--help")
        wide = [line for line in out.splitlines() if not line.isascii()]
        assert wide and all(cell_width(line) <= 60 for line in wide), command
        # The usage's later lines line up under its first, after the two-column-wide prefix.
        usage = out.split("\n\n")[0].splitlines()
        assert all(line.startswith(" " * cell_width(f"用法：quiz {command} ")) for line in usage[1:])


def test_lang_on_the_command_line_speaks_before_the_parser_does(capsys: pytest.CaptureFixture[str]) -> None:
    """`--lang zh` is the language of a command that speaks it; for export it is the pack's language."""
    assert run(capsys, "play", "--lang", "zh", "--help")[1].startswith("用法：")
    assert run(capsys, "--lang=zh", "--help")[1].startswith("用法：")
    assert run(capsys, "export", "--lang", "zh", "--help")[1].startswith("usage: ")
    assert "参数 --format" in run(capsys, "report", "--lang", "zh", "--format", "x")[2]


def test_the_commands_that_speak_their_lang_are_the_ones_with_a_lang_option() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    speaking = tuple(name for name, parser in commands.items() if any(a.dest == "lang" for a in parser._actions))
    assert speaking == SPEAKING


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("args", BAD_COMMAND_LINES, ids=" ".join)
def test_argparse_errors_are_chinese(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and ": 错误：" in err and err.rstrip().endswith("--help'）")
    assert english_sentences(err) == []


def test_argparse_errors_read_as_before_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    errors = {tuple(args): run(capsys, *args)[2] for args in BAD_COMMAND_LINES}
    assert errors[("validate",)] == (
        "quiz validate: error: the following arguments are required: PATH (see 'quiz validate --help')\n"
    )
    assert errors[("play", "--count", "0")] == (
        "quiz play: error: argument --count: 0 is not a positive number (see 'quiz play --help')\n"
    )
    assert errors[("play", "--bogus")] == "quiz: error: unrecognized arguments: --bogus (see 'quiz --help')\n"
    assert (
        errors[("play", "--pack")]
        == "quiz play: error: argument --pack: expected one argument (see 'quiz play --help')\n"
    )
    assert errors[("play", "--resume", "--no-resume")] == (
        "quiz play: error: argument --no-resume: not allowed with argument --resume (see 'quiz play --help')\n"
    )
    assert errors[("play", "--mode", "x")].startswith("quiz play: error: argument --mode: invalid choice: 'x' (")
    assert all(": error: " in error for error in errors.values())


def test_english_help_reads_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--help")[1]
    assert out.startswith("usage: quiz [-h] [--version] COMMAND ...\n\nMyth or Fact: a terminal health quiz.")
    assert "\npositional arguments:\n  COMMAND\n    play      play the quiz (the default)\n" in out
    assert "\noptions:\n  -h, --help  show this help message and exit\n  --version   show the version and exit\n" in out


def test_an_error_argparse_words_differently_stays_as_argparse_wrote_it() -> None:
    assert translated("something new went wrong", "zh") == "something new went wrong"
    assert translated("argument --x: something new", "zh") == "参数 --x：something new"


# -- quiz new ----------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("lang", sorted(LANGUAGE_OPTIONS))
def test_new_in_chinese_writes_a_starter_with_chinese_comments(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str
) -> None:
    """The starter's comments and its author placeholder are Chinese; it validates as written, with the one
    warning asking for the author's name, and the schema beside it is the Chinese one."""
    code, out, err = run(capsys, "new", "补水.yaml", "--lang", lang)
    assert (code, err) == (0, "") and english_sentences(out) == []
    text = (tmp_path / "补水.yaml").read_text(encoding="utf-8")
    comments = [line.split("#", 1)[1] for line in text.splitlines()[1:] if "#" in line]
    assert len(comments) > 20 and english_sentences("\n".join(comments)) == []
    pack = load_pack(tmp_path / "补水.yaml")
    assert pack.authors == ("你的名字",)
    (warning,) = lint(pack, "补水.yaml")
    assert warning.text("zh").endswith("'你的名字'——请在 'authors' 里写上你自己（或你们学校）的名字")
    assert (tmp_path / "pack.schema.json").read_text(encoding="utf-8") == schema_json("zh")
    code, out, _ = run(capsys, "validate", "补水.yaml")
    assert code == 0 and out.endswith("已检查 1 个文件：0 个错误，1 条警告\n") and english_sentences(out) == []


def test_the_english_starter_reads_as_before() -> None:
    text = starter_pack("my-pack", ("zh", "en"))
    assert "\n# A Myth or Fact question pack. Replace the example with your own questions, then:\n" in text
    assert "\nauthors: [Your Name]              # at least one name\n" in text
    assert "\n    # evidence (supported, overstated or untraceable). Remove the '# ' in front to use them.\n" in text


# -- quiz schema -------------------------------------------------------------------------------------------

_WORDS = ("title", "description", "patternErrorMessage")


def _annotations(node: Any) -> list[str]:
    """Every title, description and pattern message in a schema."""
    if isinstance(node, list):
        return [text for item in node for text in _annotations(item)]
    if not isinstance(node, dict):
        return []
    own = [value for key, value in node.items() if key in _WORDS and isinstance(value, str)]
    return own + [text for value in node.values() for text in _annotations(value)]


def _without_annotations(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_annotations(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {k: _without_annotations(v) for k, v in node.items() if not (k in _WORDS and isinstance(v, str))}


def test_the_chinese_schema_says_the_same_in_chinese(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the titles and descriptions change; the Chinese schema accepts the bundled pack and the starters."""
    english, chinese = build_schema("en"), build_schema("zh")
    assert _without_annotations(chinese) == _without_annotations(english)
    words = _annotations(chinese)
    assert len(words) == len(_annotations(english)) > 40
    assert english_sentences("\n".join(words)) == []
    validator = jsonschema.Draft202012Validator(chinese)
    assert validator.is_valid(yaml.safe_load((ROOT / "questions" / "vitamin-k-joints.yaml").read_text("utf-8")))
    assert all(
        validator.is_valid(yaml.safe_load(starter_pack("s", languages, lang="zh")))
        for languages in LANGUAGE_OPTIONS.values()
    )
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert json.loads(run(capsys, "schema")[1]) == chinese


# -- quiz serve --------------------------------------------------------------------------------------------


def test_serve_says_where_to_go_in_chinese() -> None:
    assert (
        startup_message("127.0.0.1", 8000)
        == "Myth or Fact is served at http://127.0.0.1:8000: open it in a web browser."
    )
    for address in ("127.0.0.1", "0.0.0.0", "::1"):
        said = startup_message(address, 8000, "zh")
        assert "8000" in said and english_sentences(said) == []


def test_the_server_logs_and_answers_in_its_language() -> None:
    """Startup lines, request notes and the plain answers to clients that are not a page are in --lang."""
    server: Any = build_server("true", "127.0.0.1", 8000, lang="zh")
    log = io.StringIO()
    server.console = Console(file=log, width=200)
    asyncio.run(server.on_startup(None))
    server.note("serve.refused_host", host="evil.example")
    server.note("serve.plain_get", path="/ws")
    server.note("serve.game_error", kind="OSError", error="boom")
    answers = [server._plain(400, "serve.websocket_only").text, server._plain(403, "serve.own_page").text]
    lines = log.getvalue().splitlines()
    assert len(lines) == 5 and lines[2].startswith("quiz serve: 拒绝了发往主机 'evil.example' 的请求")
    assert english_sentences("\n".join(lines + answers)) == []


def test_serve_says_it_cannot_listen_in_its_language(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert serve("true", "127.0.0.1", port, lang="zh") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"quiz: 错误：无法在 127.0.0.1:{port} 上提供服务：")

"""The `quiz` command line, run as the installed console script: exit codes, what goes to stdout and stderr."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

# A small valid pack (the example from docs/packs.md, one language is enough here).
PACK = """\
pack: 1
id: cli-hydration
title: Hydration basics for the CLI test
description: Five minutes on water, thirst and sports drinks.
languages: [en]
version: "1.0"
authors: [Ms Rivera]
license: CC-BY-4.0
source:
  title: School nurse handout on hydration
  date: "2025-09-01"
disclaimer: This quiz is education, not medical advice. See a doctor about your own health.
references:
  efsa-2010: "EFSA Panel on Dietetic Products. Scientific Opinion on Dietary Reference Values for water."
questions:
  - id: eight-glasses
    claim: Everyone must drink exactly eight glasses of water a day.
    answer: myth
    explanation: Fluid needs vary with body size, climate and activity, and food supplies part of them.
    refs: [efsa-2010]
  - id: thirst-signal
    question: Which of these is a reliable everyday sign that a healthy adult needs to drink?
    choices:
      - text: Thirst
        correct: true
      - text: A headache
      - text: Hunger
    explanation: In healthy adults thirst keeps fluid balance well; older people may feel it less.
"""

# The same pack with two mistakes: a misspelt key, and a reference that does not exist.
BROKEN = (
    PACK.replace("id: cli-hydration", "id: cli-broken")
    .replace("    explanation: Fluid needs", "    explaination: Fluid needs")
    .replace("refs: [efsa-2010]", "refs: [nobody-2020]")
)

PROBLEM_LINE = re.compile(r"^(?P<file>[^\s:]+):(?P<line>\d+):(?P<column>\d+): error: .+")


def quiz_command() -> str:
    command = Path(sys.executable).parent / "quiz"
    if not command.exists():
        pytest.fail(f"the 'quiz' command is not installed next to {sys.executable}")
    return str(command)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A working folder outside the repository, holding a good and a broken pack."""
    (tmp_path / "good.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def run(
    *args: str, cwd: Path, packs: Path | None = None, command: list[str] | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYTH_OR_FACT_")}
    env.update(MYTH_OR_FACT_DATA=str(cwd / "data"), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8")
    if packs is not None:
        env["MYTH_OR_FACT_PACKS"] = str(packs)
    return subprocess.run(
        (command or [quiz_command()]) + list(args),
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


# --version and --help


def test_version(workdir: Path) -> None:
    result = run("--version", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"quiz {version('myth-or-fact')}"
    assert re.fullmatch(r"quiz \d+\.\d+\S*", result.stdout.strip())


def test_python_dash_m_quiz(workdir: Path) -> None:
    result = run("--version", cwd=workdir, command=[sys.executable, "-m", "quiz"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"quiz {version('myth-or-fact')}"


@pytest.mark.parametrize(
    ("args", "usage", "mentions"),
    [
        (["--help"], "usage: quiz", ["play", "list", "validate", "--version"]),
        (["-h"], "usage: quiz", ["play", "list", "validate"]),
        (["play", "--help"], "usage: quiz play", ["--pack", "--lang", "--count", "--seed"]),
        (["list", "--help"], "usage: quiz list", ["--lang"]),
        (["validate", "--help"], "usage: quiz validate", ["PATH"]),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_help(workdir: Path, args: list[str], usage: str, mentions: list[str]) -> None:
    result = run(*args, cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(usage)
    for word in mentions:
        assert word in result.stdout
    assert result.stderr == ""


# Bad arguments: one line on stderr, exit code 2


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["play", "--count", "0"], "--count"),
        (["play", "--count", "x"], "--count"),
        (["--count", "-3"], "--count"),
        (["play", "--lang", "fr"], "--lang"),
        (["list", "--lang", "fr"], "--lang"),
        (["play", "--seed", "soon"], "--seed"),
        (["play", "--no-such-option"], "--no-such-option"),
        (["--no-such-option"], "--no-such-option"),
        (["list", "extra"], "extra"),
        (["validate"], "PATH"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_bad_arguments_give_one_line_and_exit_2(workdir: Path, args: list[str], names: str) -> None:
    result = run(*args, cwd=workdir)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "error" in lines[0] and names in lines[0]
    assert result.stdout == ""
    no_traceback(result)


# validate


def test_validate_good_pack(workdir: Path) -> None:
    result = run("validate", "good.yaml", cwd=workdir)
    assert result.returncode == 0, result.stdout + result.stderr
    # The good pack's multiple-choice question cites nothing: a warning, which does not fail the check.
    assert ": error:" not in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "1 file checked: 0 errors, 1 warning"
    no_traceback(result)


def test_validate_folder_checks_every_pack(workdir: Path) -> None:
    folder = workdir / "packs"
    folder.mkdir()
    (folder / "one.yaml").write_text(PACK, encoding="utf-8")
    (folder / "two.yaml").write_text(PACK.replace("id: cli-hydration", "id: cli-second"), encoding="utf-8")
    result = run("validate", "packs", cwd=workdir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 files checked: 0 errors, 2 warnings" in result.stdout


def test_validate_bad_pack_points_at_each_mistake(workdir: Path) -> None:
    result = run("validate", "broken.yaml", cwd=workdir)
    assert result.returncode == 1
    no_traceback(result)
    problems = [line for line in result.stdout.splitlines() if PROBLEM_LINE.match(line)]
    assert problems, result.stdout
    assert all(PROBLEM_LINE.match(line)["file"] == "broken.yaml" for line in problems)
    # The misspelt key is reported at its own line and column (both counted from 1).
    text = BROKEN.splitlines()
    row = next(i for i, line in enumerate(text) if "explaination:" in line)
    column = text[row].index("explaination") + 1
    where = f"broken.yaml:{row + 1}:{column}: error:"
    assert any(line.startswith(where) and "explaination" in line for line in problems), result.stdout
    assert any("nobody-2020" in line for line in problems), result.stdout
    assert re.search(r"1 file checked: \d+ errors?, \d+ warnings?", result.stdout)


def test_validate_good_and_bad_together_fails(workdir: Path) -> None:
    result = run("validate", "good.yaml", "broken.yaml", cwd=workdir)
    assert result.returncode == 1
    assert not any(line.startswith("good.yaml:") and ": error:" in line for line in result.stdout.splitlines())
    assert "broken.yaml:" in result.stdout


def test_validate_missing_file(workdir: Path) -> None:
    result = run("validate", "missing.yaml", cwd=workdir)
    assert result.returncode == 1
    assert "missing.yaml" in result.stdout + result.stderr
    no_traceback(result)


# list


def test_list_finds_packs_in_the_packs_variable(workdir: Path) -> None:
    folder = workdir / "packs"
    folder.mkdir()
    (folder / "good.yaml").write_text(PACK, encoding="utf-8")

    result = run("list", cwd=workdir, packs=folder)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "QUESTIONS", "LANGUAGES", "TITLE"]
    row = next((line for line in lines if line.split()[:1] == ["cli-hydration"]), None)
    assert row is not None, result.stdout
    assert row.split()[1:3] == ["2", "en"]
    assert row.endswith("Hydration basics for the CLI test")

    # Without the variable the same folder is not searched.
    without = run("list", cwd=workdir)
    assert without.returncode == 0, without.stderr
    assert "cli-hydration" not in without.stdout


def test_list_leaves_out_broken_packs_and_says_so(workdir: Path) -> None:
    folder = workdir / "packs"
    folder.mkdir()
    (folder / "good.yaml").write_text(PACK, encoding="utf-8")
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")

    result = run("list", cwd=workdir, packs=folder)
    assert result.returncode == 0, result.stderr
    assert "cli-hydration" in result.stdout
    assert "cli-broken" not in result.stdout
    assert "quiz validate" in result.stderr
    no_traceback(result)


# play, when the pack cannot be played (the game itself is tested in test_terminal_e2e.py)


def test_play_unknown_pack_id(workdir: Path) -> None:
    result = run("play", "--pack", "no-such-id", cwd=workdir)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quiz: error:") and "no-such-id" in lines[0]
    no_traceback(result)


def test_play_broken_pack_file(workdir: Path) -> None:
    result = run("play", "--pack", "broken.yaml", cwd=workdir)
    assert result.returncode == 1
    no_traceback(result)
    lines = result.stderr.splitlines()
    problems = [line for line in lines if PROBLEM_LINE.match(line)]
    assert problems and all(line.startswith("broken.yaml:") for line in problems), result.stderr
    assert any("explaination" in line for line in problems)
    assert lines[-1].startswith("quiz: error:") and "broken.yaml" in lines[-1]
    # Nothing was drawn: the program said what was wrong and stopped before the game.
    assert "\x1b" not in result.stdout + result.stderr


def test_play_folder_without_usable_pack(workdir: Path) -> None:
    folder = workdir / "only-broken"
    folder.mkdir()
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    result = run("play", "--pack", "only-broken", cwd=workdir)
    assert result.returncode == 1
    no_traceback(result)
    assert "only-broken" in result.stderr.splitlines()[-1]


def test_validate_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    """Pointing validate at a folder with no packs is reported, not passed as clean."""
    from quiz.commands import main

    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["validate", str(empty)]) == 1


def test_piped_play_uses_the_plain_mode_with_the_chosen_scoring(workdir: Path) -> None:
    """With input from a pipe, `quiz play --mode certainty` plays line by line and marks by certainty.

    The input fits either kind of first question: "m" answers a claim (or is refused by a choice question,
    where "3" then picks), and the last "3" is how sure.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYTH_OR_FACT_")}
    env.update(MYTH_OR_FACT_DATA=str(workdir / "data"), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [quiz_command(), "play", "--pack", "good.yaml", "--mode", "certainty", "--count", "1", "--seed", "1"],
        cwd=workdir, env=env, input="m\n3\n3\n", capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 0
    assert "How sure are you?" in result.stdout
    assert re.search(r"[+-]\d marks \(certainty 3\)", result.stdout)


def test_stats_and_history_commands_after_a_piped_game(workdir: Path) -> None:
    """After a game played through a pipe, `quiz stats` reports it and `quiz history --format json` exports it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYTH_OR_FACT_")}
    env.update(MYTH_OR_FACT_DATA=str(workdir / "data"), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8")
    assert "No answers yet" in run("stats", cwd=workdir).stdout
    subprocess.run(
        [quiz_command(), "play", "--pack", "good.yaml", "--count", "2", "--seed", "3"],
        cwd=workdir, env=env, input="m\n1\nf\n1\n", capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    stats = run("stats", cwd=workdir)
    no_traceback(stats)
    assert stats.returncode == 0 and "Past games" in stats.stdout
    history = run("history", "--format", "json", cwd=workdir)
    assert history.returncode == 0
    import json

    rows = json.loads(history.stdout)
    assert len(rows) == 2 and {row["pack_id"] for row in rows} == {"cli-hydration"}


def test_data_dir_option_chooses_where_progress_is_kept(workdir: Path) -> None:
    """`--data-dir` sends the answers of a piped game to that folder, and `stats` reads them back from it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYTH_OR_FACT_")}
    env.update(MYTH_OR_FACT_DATA=str(workdir / "elsewhere"), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8")
    chosen = workdir / "chosen"
    subprocess.run(
        [quiz_command(), "play", "--data-dir", str(chosen), "--pack", "good.yaml", "--count", "1", "--seed", "3"],
        cwd=workdir, env=env, input="m\n1\n", capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    assert (chosen / "progress.sqlite3").exists()
    assert not (workdir / "elsewhere" / "progress.sqlite3").exists()
    stats = subprocess.run(
        [quiz_command(), "stats", "--data-dir", str(chosen)],
        cwd=workdir, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    assert "Past games" in stats.stdout


def test_player_messages_follow_the_language(workdir: Path) -> None:
    """`quiz list --lang zh` and a wrong --pack under a Chinese locale answer in Chinese."""
    listing = run("list", "--lang", "zh", cwd=workdir, packs=workdir)
    assert listing.stdout.splitlines()[0].split() == ["编号", "题数", "语言", "标题"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MYTH_OR_FACT_", "LC_"))}
    env.update(MYTH_OR_FACT_DATA=str(workdir / "data"), LANG="zh_CN.UTF-8", PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [quiz_command(), "play", "--pack", "no-such-pack"],
        cwd=workdir, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "没有名为 'no-such-pack' 的题库或文件" in result.stderr


def test_command_errors_and_reports_follow_the_locale(workdir: Path) -> None:
    """Under a Chinese locale an export's error and a validation's summary are said in Chinese."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MYTH_OR_FACT_", "LC_"))}
    env.update(MYTH_OR_FACT_DATA=str(workdir / "data"), LANG="zh_CN.UTF-8", PYTHONIOENCODING="utf-8")

    def quiz(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [quiz_command(), *args], cwd=workdir, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60
        )

    export = quiz("export", "good.yaml", "--format", "gift", "--lang", "zh")
    assert export.returncode == 2
    assert export.stderr == "quiz: 错误：题库 'cli-hydration' 的语言是 en，没有 zh；请用 --lang 选择其中一种\n"
    validate = quiz("validate", "good.yaml")
    assert validate.stdout.splitlines()[-1] == "已检查 1 个文件：0 个错误，1 条警告"

"""The core (model, packs, scoring, the quiz run) never imports the terminal UI; the code is linted and typed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contract_holds() -> None:
    """import-linter's contract in pyproject.toml passes: no textual in the core."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the test extras"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_core_loads_without_textual() -> None:
    """Loading a pack and playing a game works in a process where textual cannot be imported."""
    code = (
        "import sys; sys.modules['textual'] = None\n"
        "from pathlib import Path\n"
        "from quiz.packs import load_pack\n"
        "from quiz.game import Game\n"
        f"pack = load_pack(Path({str(ROOT / 'tests/data/sample-pack.yaml')!r}))\n"
        "game = Game.new(pack, seed=1)\n"
        "game.answer(game.current.question.correct_key)\n"
        "print(game.score.points)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "100", result.stderr


def test_code_is_linted_and_formatted() -> None:
    """ruff finds no unused or undefined names, unsorted imports or unformatted files (rules in pyproject.toml)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is part of the test extras"
    for command in (
        [ruff, "check", "quiz", "tests", "bench", "docs"],
        [ruff, "format", "--check", "quiz", "tests", "bench", "docs"],
    ):
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_core_type_checks() -> None:
    """mypy finds no type error in quiz/: no None where a value is needed, no wrong type passed on (pyproject.toml)."""
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    assert mypy, "mypy is part of the test extras"
    result = subprocess.run([mypy], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found"), result.stdout

"""The built wheel carries the bundled packs and the compiled translation catalogs, and once installed in a fresh
environment `quiz list` finds the packs and speaks the locale's language."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def bundled_pack_files() -> list[Path]:
    return sorted(REPO.joinpath("questions").glob("*.yaml"))


def compiled_catalogs() -> list[str]:
    """The compiled catalogs of the checkout, as paths inside the package."""
    return sorted(str(path.relative_to(REPO).as_posix()) for path in REPO.glob("quiz/locale/*/LC_MESSAGES/quiz.mo"))


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    assert result.returncode == 0, (
        f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


def clean_environment(**extra: str) -> dict[str, str]:
    """The environment without anything that could lead the installed program back to this checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MYTH_OR_FACT_") and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSAFEPATH")
    }
    env.update(extra)
    return env


def test_installed_wheel_lists_the_bundled_packs(tmp_path: Path) -> None:
    files = bundled_pack_files()
    if not files:
        pytest.skip(f"no bundled packs yet: {REPO / 'questions'} holds no *.yaml file")
    expected_ids = {yaml.safe_load(path.read_text(encoding="utf-8"))["id"] for path in files}

    # Build the wheel from the checkout.
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-w", str(dist)]
    run(build, cwd=tmp_path, env=clean_environment())
    wheels = list(dist.glob("myth_or_fact-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, found {[w.name for w in dist.iterdir()]}"
    wheel = wheels[0]

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for path in files:
        assert f"quiz/questions/{path.name}" in names, f"{path.name} is missing from {wheel.name}"
    catalogs = compiled_catalogs()
    assert {"quiz/locale/en/LC_MESSAGES/quiz.mo", "quiz/locale/zh/LC_MESSAGES/quiz.mo"} <= set(catalogs)
    missing_catalogs = sorted(set(catalogs) - names)
    assert not missing_catalogs, f"catalogs missing from {wheel.name}: {missing_catalogs}"

    # Install it, with its dependencies, into a new environment that knows nothing of this checkout.
    env_dir = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(env_dir)], cwd=tmp_path, env=clean_environment())
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", str(wheel)], cwd=tmp_path, env=clean_environment())

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    data = tmp_path / "data"
    quiz = bin_dir / ("quiz.exe" if os.name == "nt" else "quiz")
    result = subprocess.run(
        [str(quiz), "list"],
        cwd=elsewhere,
        env=clean_environment(MYTH_OR_FACT_DATA=str(data)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rows = result.stdout.splitlines()
    assert rows and rows[0].split()[0] == "ID", result.stdout
    listed = {row.split()[0] for row in rows[1:] if row.strip()}
    missing = expected_ids - listed
    assert not missing, (
        f"packs in questions/ that the installed game does not list: {sorted(missing)}\n{result.stdout}\n{result.stderr}"
    )
    assert "have errors" not in result.stderr, result.stderr

    # With a Chinese locale the installed game reads its own Chinese catalog.
    chinese = clean_environment(MYTH_OR_FACT_DATA=str(data), LANG="zh_CN.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        chinese.pop(variable, None)
    shown = run([str(quiz), "list"], cwd=elsewhere, env=chinese)
    assert shown.splitlines()[0].split() == ["编号", "题数", "语言", "标题"], shown
    assert "维生素K与关节" in shown, shown
    catalogs_dir = run(
        [str(bin_dir / "python"), "-c", "import quiz.translations as t; print(t.bundled_locale_dir())"],
        cwd=elsewhere,
        env=clean_environment(),
    ).strip()
    assert Path(catalogs_dir).resolve().is_relative_to(env_dir.resolve()), catalogs_dir

    # The program that ran is the installed one, not this checkout.
    where = run(
        [str(bin_dir / "python"), "-c", "import quiz.locations as l; print(l.bundled_packs_dir())"],
        cwd=elsewhere,
        env=clean_environment(),
    ).strip()
    assert Path(where).resolve().is_relative_to(env_dir.resolve()), where

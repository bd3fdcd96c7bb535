"""Shared fixtures: every test keeps the player's data in its own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.model import Pack
from quiz.packs import load_pack

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the game's data and cache folders at fresh folders; ignore the user's own pack folders and catalogs."""
    data = tmp_path / "player-data"
    monkeypatch.setenv("MYTH_OR_FACT_DATA", str(data))
    # Beside the test's folder, not in it: a test that lists its own folder must not find the cache there.
    monkeypatch.setenv("MYTH_OR_FACT_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("MYTH_OR_FACT_PACKS", raising=False)
    # Nor the user's own translation catalogs, nor a LANGUAGE list that would outrank the LANG a test sets.
    monkeypatch.delenv("MYTH_OR_FACT_LOCALES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    return data


@pytest.fixture
def sample_pack_path() -> Path:
    """The small bilingual test pack: three myth-or-fact questions, two multiple choice."""
    return DATA / "sample-pack.yaml"


@pytest.fixture
def sample_pack(sample_pack_path: Path) -> Pack:
    """The small bilingual test pack, loaded."""
    return load_pack(sample_pack_path)

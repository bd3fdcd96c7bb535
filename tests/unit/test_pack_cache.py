"""The cache of checked packs: a pack file is checked once per change, and what the cache gives back is always
what checking the file now would give."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from quiz.commands import main
from quiz.packs import PackCache, load_catalog, load_pack
from quiz.packs import cache as cache_module
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, write


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so messages name files as a teacher would type them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the cache had the loader check, in order."""
    checked: list[Path] = []
    load_data = cache_module.loader.load_data

    def counting(data: bytes, path: Path, name: str):  # type: ignore[no-untyped-def]
        checked.append(path)
        return load_data(data, path, name)

    monkeypatch.setattr(cache_module, "loader", SimpleNamespace(load_data=counting))
    return checked


def entry_of(cache: Path) -> Path:
    [entry] = list(cache.iterdir())
    return entry


def test_a_pack_is_checked_once_then_listed_and_loaded_from_the_cache(tmp_path: Path, checks: list[Path]) -> None:
    """The second catalog reads no YAML, and gives the same header and the same whole pack as checking would."""
    path = write(tmp_path / "packs", VALID, "hydration.yaml")
    folder = tmp_path / "cache"
    first = load_catalog([tmp_path / "packs"], PackCache(folder))
    assert checks == [path]
    second = load_catalog([tmp_path / "packs"], PackCache(folder))
    pack = second.find("hydration-basics")
    assert checks == [path]
    assert second.packs == first.packs
    assert (second.packs[0].title.get("zh"), second.packs[0].question_count) == ("补水常识", 2)
    assert pack == load_pack(path) and pack is not None and pack.path == path
    assert [q.line for q in pack.questions] == [q.line for q in load_pack(path).questions]


def test_a_changed_file_is_checked_again_even_with_its_old_size_and_time(tmp_path: Path, checks: list[Path]) -> None:
    """An edit that keeps the size and the modification time is still seen: the content's hash is part of the key."""
    path = write(tmp_path, VALID, "hydration.yaml")
    stat = path.stat()
    cache = PackCache(tmp_path / "cache")
    assert cache.header(path, "hydration.yaml").title.get("en") == "Hydration basics"
    path.write_text(edit(VALID, "en: Hydration basics", "en: Hydration BASICS"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert cache.header(path, "hydration.yaml").title.get("en") == "Hydration BASICS"
    assert cache.load(path, "hydration.yaml").title.get("en") == "Hydration BASICS"
    assert len(checks) == 2


def test_a_pack_broken_after_it_was_cached_is_reported_not_offered(tmp_path: Path) -> None:
    """The cache never hides a new mistake: the broken file is left out with its problem."""
    path = write(tmp_path / "packs", ONE_LANGUAGE, "sleep.yaml")
    folder = tmp_path / "cache"
    assert [p.id for p in load_catalog([tmp_path / "packs"], PackCache(folder)).packs] == ["sleep-basics"]
    path.write_text(edit(ONE_LANGUAGE, "answer: myth", "answer: mith"), encoding="utf-8")
    catalog = load_catalog([tmp_path / "packs"], PackCache(folder))
    assert catalog.packs == ()
    assert [p.message for p in catalog.problems] == ["must be myth or fact, not 'mith'"]


def test_a_pack_broken_between_listing_and_choosing_is_not_given(tmp_path: Path) -> None:
    """A file that breaks after the catalog listed it gives no pack when chosen, rather than a stale one."""
    path = write(tmp_path / "packs", ONE_LANGUAGE, "sleep.yaml")
    catalog = load_catalog([tmp_path / "packs"], PackCache(tmp_path / "cache"))
    path.write_text(edit(ONE_LANGUAGE, "answer: myth", "answer: mith"), encoding="utf-8")
    assert catalog.find("sleep-basics") is None


def test_a_pack_whose_id_changed_between_listing_and_choosing_is_not_given(tmp_path: Path) -> None:
    """Asked for the pack it listed, the catalog gives nothing rather than the pack the file holds now."""
    path = write(tmp_path / "packs", ONE_LANGUAGE, "sleep.yaml")
    catalog = load_catalog([tmp_path / "packs"], PackCache(tmp_path / "cache"))
    path.write_text(edit(ONE_LANGUAGE, "id: sleep-basics", "id: sleep-more"), encoding="utf-8")
    assert catalog.find("sleep-basics") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: text[: len(text) // 2],
        lambda text: "\x00\xff garbage\n" * 3,
        lambda text: text.replace("Hydration basics", "Hydration basics!"),
        lambda text: text.split("\n")[0] + "\n",
    ],
    ids=["empty", "truncated", "garbage", "altered", "no-pack-line"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, checks: list[Path], damage) -> None:  # type: ignore[no-untyped-def]
    """Whatever happened to an entry, the pack comes out as the file says, and the entry is written again whole."""
    path = write(tmp_path, VALID, "hydration.yaml")
    folder = tmp_path / "cache"
    PackCache(folder).header(path, "hydration.yaml")
    entry = entry_of(folder)
    good = entry.read_text(encoding="utf-8")
    entry.write_text(damage(good), encoding="utf-8", errors="surrogateescape")
    cache = PackCache(folder)
    assert cache.load(path, "hydration.yaml") == load_pack(path)
    assert cache.header(path, "hydration.yaml").title.get("en") == "Hydration basics"
    assert entry.read_text(encoding="utf-8") == good
    assert len(checks) == 2


def test_entries_are_json_lines_that_hold_no_code(tmp_path: Path) -> None:
    """Each line of an entry is a checksum and a JSON value: data a reader builds values from, never pickle."""
    path = write(tmp_path, VALID, "hydration.yaml")
    PackCache(tmp_path / "cache").header(path, "hydration.yaml")
    header, whole = (
        json.loads(line.split(" ", 1)[1]) for line in entry_of(tmp_path / "cache").read_text().splitlines()
    )
    assert header["header"]["id"] == whole["id"] == "hydration-basics"
    assert header["size"] == path.stat().st_size and len(header["sha256"]) == 64
    assert [q["id"] for q in whole["questions"]] == ["eight-glasses", "thirst-signal"]


def test_a_tampered_entry_cannot_put_control_characters_on_screen(tmp_path: Path) -> None:
    """An entry rewritten with a valid checksum and an escape sequence in its title still gives clean text."""
    path = write(tmp_path, VALID, "hydration.yaml")
    folder = tmp_path / "cache"
    PackCache(folder).header(path, "hydration.yaml")
    entry = entry_of(folder)
    lines = []
    for line in entry.read_text(encoding="utf-8").splitlines():
        value = line.split(" ", 1)[1].replace("Hydration basics", "Hydration \\u001b[31mbasics")
        lines.append(f"{cache_module._checksum(value)} {value}\n")
    entry.write_text("".join(lines), encoding="utf-8")
    cache = PackCache(folder)
    assert cache.header(path, "hydration.yaml").title.get("en") == "Hydration basics"
    assert cache.load(path, "hydration.yaml").title.get("en") == "Hydration basics"


def test_another_loader_version_checks_the_file_again(
    tmp_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries written by another version of the loader are not trusted."""
    path = write(tmp_path, VALID, "hydration.yaml")
    PackCache(tmp_path / "cache").header(path, "hydration.yaml")
    monkeypatch.setattr(cache_module, "loader_fingerprint", lambda: "a-newer-loader")
    PackCache(tmp_path / "cache").header(path, "hydration.yaml")
    assert len(checks) == 2


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    """With the cache folder's place taken by a file, packs are still listed and loaded."""
    write(tmp_path / "packs", VALID, "hydration.yaml")
    blocked = write(tmp_path, "not a folder", "cache")
    catalog = load_catalog([tmp_path / "packs"], PackCache(blocked))
    assert [p.id for p in catalog.packs] == ["hydration-basics"]
    pack = catalog.find("hydration-basics")
    assert pack is not None and len(pack.questions) == 2
    assert blocked.read_text() == "not a folder"


def test_quiz_list_fills_the_cache_folder_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quiz list` keeps its checked packs under MYTH_OR_FACT_CACHE and lists the same table from them."""
    write(tmp_path / "mine", VALID, "hydration.yaml")
    monkeypatch.setenv("MYTH_OR_FACT_PACKS", str(tmp_path / "mine"))
    monkeypatch.setenv("MYTH_OR_FACT_CACHE", str(tmp_path / "my-cache"))
    assert main(["list", "--lang", "en"]) == 0
    first = capsys.readouterr().out
    assert main(["list", "--lang", "en"]) == 0
    assert capsys.readouterr().out == first
    assert "hydration-basics  2" in first
    assert len(list((tmp_path / "my-cache" / "packs").iterdir())) >= 2  # the bundled pack and this one

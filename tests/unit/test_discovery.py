"""Finding pack files in folders, loading every good one, and where the game looks for packs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.locations import CACHE_ENV, DATA_ENV, PACKS_ENV, bundled_packs_dir, cache_dir, pack_dirs
from quiz.packs import load_catalog, pack_files
from tests.packhelpers import ONE_LANGUAGE, VALID, edit, line_of, write


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path so messages name files as a teacher would type them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- pack_files ---------------------------------------------------------------------------------------


def test_pack_files_finds_yaml_and_yml_recursively_in_name_order(tmp_path: Path) -> None:
    """Every .yaml and .yml file below a folder is found, sorted by path; other files and folders are not."""
    for name in ["b.yml", "a.yaml", "sub/c.yaml", "sub/deeper/d.YML", "notes.txt", "readme.md", "e.yaml.bak"]:
        write(tmp_path / "packs", "x: 1\n", name)
    (tmp_path / "packs" / "folder.yaml").mkdir()
    found = pack_files(tmp_path / "packs")
    assert [p.relative_to(tmp_path / "packs").as_posix() for p in found] == [
        "a.yaml",
        "b.yml",
        "sub/c.yaml",
        "sub/deeper/d.YML",
    ]


def test_pack_files_of_a_file_is_that_file(tmp_path: Path) -> None:
    """Naming one file gives just that file, whatever its name."""
    path = write(tmp_path, "x: 1\n", "my-pack.txt")
    assert pack_files(path) == [path]


# -- load_catalog -------------------------------------------------------------------------------------


def test_catalog_keeps_the_good_pack_and_reports_the_bad_one(tmp_path: Path) -> None:
    """One good and one broken pack in a folder: the good one is offered, the broken one's problems are listed."""
    write(tmp_path / "packs", VALID, "good.yaml")
    bad_text = edit(ONE_LANGUAGE, "answer: myth", "answer: mith")
    write(tmp_path / "packs", bad_text, "bad.yaml")
    catalog = load_catalog([tmp_path / "packs"])
    assert [(pack.id, pack.question_count) for pack in catalog.packs] == [("hydration-basics", 2)]
    pack = catalog.find("hydration-basics")
    assert pack is not None and [q.id for q in pack.questions] == ["eight-glasses", "thirst-signal"]
    assert catalog.find("hydration-basics") is pack
    assert catalog.find("sleep-basics") is None
    [problem] = catalog.problems
    assert (problem.file, problem.line) == (os.path.join("packs", "bad.yaml"), line_of(bad_text, "answer: mith"))
    assert (problem.path, problem.message) == ("questions[0].answer", "must be myth or fact, not 'mith'")


def test_catalog_reports_unreadable_files_and_goes_on(tmp_path: Path) -> None:
    """A binary file among the packs is reported and the readable pack still loads."""
    write(tmp_path / "packs", b"\x00\x01\x02", "a-picture.yaml")
    write(tmp_path / "packs", ONE_LANGUAGE, "sleep.yaml")
    catalog = load_catalog([tmp_path / "packs"])
    assert [pack.id for pack in catalog.packs] == ["sleep-basics"]
    assert [(p.file, p.message) for p in catalog.problems] == [
        (os.path.join("packs", "a-picture.yaml"), "this is a binary file, not YAML text")
    ]


def test_two_packs_with_the_same_id_keep_the_first(tmp_path: Path) -> None:
    """When two files share a pack id the first in name order is kept and the other is reported naming both."""
    write(tmp_path / "packs", VALID, "a-original.yaml")
    copy = edit(VALID, "  en: Hydration basics", "  en: Hydration basics (copy)")
    write(tmp_path / "packs", copy, "b-copy.yaml")
    catalog = load_catalog([tmp_path / "packs"])
    assert [pack.path for pack in catalog.packs] == [tmp_path / "packs" / "a-original.yaml"]
    assert catalog.packs[0].title.get("en") == "Hydration basics"
    [problem] = catalog.problems
    assert problem.file == os.path.join("packs", "b-copy.yaml")
    assert problem.message == f"another pack has the id 'hydration-basics': {os.path.join('packs', 'a-original.yaml')}"
    assert problem.hint == "give one of them a different id; this one is not offered"


def test_same_id_across_folders_keeps_the_folder_given_first(tmp_path: Path) -> None:
    """Across folders, the pack in the folder listed first wins (the bundled folder comes first)."""
    write(tmp_path / "z-first", VALID, "hydration.yaml")
    write(tmp_path / "a-second", edit(VALID, "  en: Hydration basics", "  en: Hydration, edited"), "hydration.yaml")
    catalog = load_catalog([tmp_path / "z-first", tmp_path / "a-second"])
    assert [pack.path for pack in catalog.packs] == [tmp_path / "z-first" / "hydration.yaml"]
    assert [p.file for p in catalog.problems] == [os.path.join("a-second", "hydration.yaml")]


def test_an_exact_copy_in_another_folder_is_the_same_pack(tmp_path: Path) -> None:
    """The bundled pack's source in a clone (./questions) is byte for byte the bundled pack: one pack, no error."""
    write(tmp_path / "bundled", VALID, "hydration.yaml")
    write(tmp_path / "questions", VALID, "hydration.yaml")
    catalog = load_catalog([tmp_path / "bundled", tmp_path / "questions"])
    assert [pack.path for pack in catalog.packs] == [tmp_path / "bundled" / "hydration.yaml"]
    assert catalog.problems == ()


def test_a_file_reached_twice_is_loaded_once(tmp_path: Path) -> None:
    """A pack inside a folder that is also named on its own is one pack, not a clash with itself."""
    path = write(tmp_path / "packs", VALID, "hydration.yaml")
    catalog = load_catalog([tmp_path / "packs", path, tmp_path / "packs" / ".." / "packs"])
    assert [pack.id for pack in catalog.packs] == ["hydration-basics"]
    assert catalog.problems == ()


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_to_a_pack_beside_it_is_the_same_pack(tmp_path: Path) -> None:
    """A symbolic link to a pack file in the same folder is that file: one pack, no clash of ids."""
    path = write(tmp_path / "packs", VALID, "hydration.yaml")
    (tmp_path / "packs" / "z-link.yaml").symlink_to(path)
    catalog = load_catalog([tmp_path / "packs"])
    assert [pack.path for pack in catalog.packs] == [path]
    assert catalog.problems == ()


# -- where the game looks for packs -------------------------------------------------------------------


def test_pack_dirs_bundled_first_then_questions_then_data_then_env(tmp_path: Path) -> None:
    """The bundled packs come first, then ./questions, the player's packs folder, then MYTH_OR_FACT_PACKS folders."""
    (tmp_path / "work" / "questions").mkdir(parents=True)
    (tmp_path / "data" / "packs").mkdir(parents=True)
    extra_one, extra_two = tmp_path / "extra-one", tmp_path / "extra-two"
    extra_one.mkdir()
    extra_two.mkdir()
    environ = {
        DATA_ENV: str(tmp_path / "data"),
        PACKS_ENV: os.pathsep.join([str(extra_one), "", str(tmp_path / "missing"), str(extra_two)]),
    }
    folders = pack_dirs(tmp_path / "work", environ)
    assert folders == [
        bundled_packs_dir(),
        tmp_path / "work" / "questions",
        tmp_path / "data" / "packs",
        extra_one,
        extra_two,
    ]
    assert bundled_packs_dir().is_dir()


def test_pack_dirs_without_questions_folder_or_env(tmp_path: Path) -> None:
    """With no ./questions, no player packs folder and no MYTH_OR_FACT_PACKS, only the bundled packs are searched."""
    environ = {DATA_ENV: str(tmp_path / "data")}
    assert pack_dirs(tmp_path, environ) == [bundled_packs_dir()]


def test_pack_dirs_lists_each_folder_once(tmp_path: Path) -> None:
    """A folder named twice (also through '..' or as ./questions) is searched once, at its first place."""
    (tmp_path / "questions").mkdir()
    environ = {
        DATA_ENV: str(tmp_path / "data"),
        PACKS_ENV: os.pathsep.join([str(tmp_path / "questions"), str(tmp_path / "questions" / ".." / "questions")]),
    }
    assert pack_dirs(tmp_path, environ) == [bundled_packs_dir(), tmp_path / "questions"]


def test_cache_dir_is_its_own_setting_else_inside_a_given_data_folder(tmp_path: Path) -> None:
    """MYTH_OR_FACT_CACHE names the cache folder; a data folder given without it keeps its cache inside itself."""
    assert cache_dir({CACHE_ENV: str(tmp_path / "c"), DATA_ENV: str(tmp_path / "d")}) == tmp_path / "c"
    assert cache_dir({DATA_ENV: str(tmp_path / "d")}) == tmp_path / "d" / "cache"
    assert cache_dir({}).name.lower() in ("myth-or-fact", "cache")


def test_bundled_packs_all_load() -> None:
    """Every pack that ships with the game loads without a problem."""
    catalog = load_catalog([bundled_packs_dir()])
    assert catalog.problems == ()
    assert catalog.packs

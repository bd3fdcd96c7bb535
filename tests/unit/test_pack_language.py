"""A pack in a language the interface does not speak still plays, in the interface's language, and says which
language its text is in; a pack in the interface's language says nothing of the kind."""

from __future__ import annotations

import io
from pathlib import Path

from quiz.commands import main
from quiz.model import Pack
from quiz.packs import Catalog, load_pack
from quiz.plain import play_plain
from quiz.session import Session, Settings
from quiz.store import Store
from tests.pilot import app_for, shows

FRENCH = """\
pack: 1
id: eau-fr
title: L'eau et la soif
description: Cinq minutes sur l'eau.
languages: [fr]
version: "1.0"
authors: [Mme Rivera]
license: CC-BY-4.0
source: {title: Fiche de l'infirmière, date: "2025-09-01", language: fr}
disclaimer: Ce quiz informe ; il ne remplace pas un avis médical.
references:
  efsa-2010: "EFSA Panel on Dietetic Products. Dietary Reference Values for water. EFSA Journal 2010;8(3):1459."
questions:
  - id: huit-verres
    claim: Tout le monde doit boire exactement huit verres d'eau par jour.
    answer: myth
    explanation: Les besoins varient selon l'âge, l'activité et le climat ; les aliments apportent aussi de l'eau.
    refs: [efsa-2010]
"""


def french_pack(tmp_path: Path) -> Pack:
    path = tmp_path / "eau-fr.yaml"
    path.write_text(FRENCH, encoding="utf-8")
    return load_pack(path)


def plain_game(pack: Pack, lang: str, typed: str) -> str:
    session = Session(Catalog((pack,), ()), Store.in_memory("tests"), Settings(lang=lang, count=1, seed=1))
    out = io.StringIO()
    assert play_plain(session, pack, stdin=io.StringIO(typed), stdout=out) == 0
    return out.getvalue()


def test_a_french_pack_validates(tmp_path: Path, capsys) -> None:
    french_pack(tmp_path)
    assert main(["validate", str(tmp_path / "eau-fr.yaml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 file checked: 0 errors, 0 warnings"


def test_plain_mode_plays_a_french_pack_in_english_and_says_so(tmp_path: Path) -> None:
    out = plain_game(french_pack(tmp_path), "en", "m\n")
    opening = out.splitlines()[:2]
    assert opening == ["L'eau et la soif", "This pack is written in French."]
    assert "Tout le monde doit boire exactement huit verres" in out
    assert "Myth or fact?" in out
    assert "✔ Right!" in out


def test_plain_mode_plays_it_in_chinese_too(tmp_path: Path) -> None:
    out = plain_game(french_pack(tmp_path), "zh", "m\n")
    assert out.splitlines()[1] == "本题库使用法语编写。"
    assert "是谣言还是事实？" in out


def test_a_pack_in_the_players_language_says_nothing_of_its_language(sample_pack: Pack) -> None:
    out = plain_game(sample_pack, "zh", "q\n")
    assert "编写" not in out
    assert "written in" not in plain_game(sample_pack, "en", "q\n")


async def test_the_start_screen_says_which_language_the_pack_is_in(tmp_path: Path) -> None:
    app = app_for(Catalog((french_pack(tmp_path),), ()), lang="en", store=Store.in_memory("tests"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert shows(app, "This pack is written in French.")
        assert shows(app, "L'eau et la soif")
        await pilot.press("s")
        await pilot.pause()
        assert shows(app, "Tout le monde doit boire")
        assert shows(app, "Myth or fact?")

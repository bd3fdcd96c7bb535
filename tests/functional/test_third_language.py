"""A third language is one file: a French catalog, made as docs/translating.md says and translating only a few
messages, is found through MYTH_OR_FACT_LOCALES, and the game, plain mode and `quiz validate` speak it, in
English wherever it has no translation yet."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quiz.commands import build_parser, main
from quiz.i18n import detect_language, languages, tr, tr_n
from quiz.packs import Catalog, load_pack
from quiz.store import Store
from quiz.translations import LOCALES_ENV
from tests.cataloghelpers import write_catalog
from tests.packhelpers import VALID
from tests.pilot import app_for, shows

FRENCH = {
    "start.heading": "Mythe ou fait : un quiz santé",
    "start.begin": "Commencer",
    "answer.myth": "Mythe",
    "answer.fact": "Fait",
    "question.prompt_myth_fact": "Mythe ou fait ?",
    "feedback.right": "✔ Bonne réponse !",
    # French has three plural forms in the CLDR data Babel writes into the catalog: 0 and 1, a million, the rest.
    "cli.checked": "Vérifié : {files} ; {errors}, {warnings}",
    "cli.checked_files": ("{n} fichier", "{n} de fichiers", "{n} fichiers"),
    "cli.checked_errors": ("{n} erreur", "{n} d'erreurs", "{n} erreurs"),
    "cli.checked_warnings": ("{n} avertissement", "{n} d'avertissements", "{n} avertissements"),
}


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A French catalog in a folder of its own, which the game is told of through the environment."""
    locale = tmp_path / "locale"
    po = write_catalog(locale, "fr", FRENCH)
    monkeypatch.setenv(LOCALES_ENV, str(locale))
    return po


def test_the_catalog_is_one_file_and_its_compiled_form(french: Path) -> None:
    assert sorted(path.name for path in french.parent.iterdir()) == ["quiz.mo", "quiz.po"]
    assert languages() == ("en", "fr", "zh")


def test_the_language_is_chosen_as_for_any_other(french: Path) -> None:
    """--lang fr is accepted, and the locale or LANGUAGE list can name it."""
    assert build_parser().parse_args(["play", "--lang", "fr"]).lang == "fr"
    folder = str(french.parents[2])
    assert detect_language(None, {LOCALES_ENV: folder, "LANG": "fr_FR.UTF-8"}) == "fr"
    assert detect_language(None, {LOCALES_ENV: folder, "LANG": "fr_CA.UTF-8"}) == "fr"
    assert detect_language(None, {LOCALES_ENV: folder, "LANGUAGE": "fr:en", "LANG": "zh_CN.UTF-8"}) == "fr"
    # Without the folder there is no French: the locale's next choice, else English.
    assert detect_language(None, {"LANGUAGE": "fr:zh"}) == "zh"


def test_translated_messages_are_french_and_the_others_english(french: Path) -> None:
    assert tr("start.begin", "fr") == "Commencer"
    assert tr("start.review", "fr") == tr("start.review", "en") == "Review them"
    assert tr_n("cli.checked_errors", "fr", 0) == "0 erreur"
    assert tr_n("cli.checked_errors", "fr", 2) == "2 erreurs"
    # A message counted in English but not translated keeps English's plural rule.
    assert tr_n("start.due", "fr", 1) == "1 question of this pack is due for review."
    assert tr_n("start.due", "fr", 0) == "0 questions of this pack are due for review."


async def test_the_game_speaks_french(french: Path, sample_pack_path: Path) -> None:
    pack = load_pack(sample_pack_path)
    app = app_for(Catalog((pack,), ()), lang="fr", store=Store.in_memory("tests"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert shows(app, "Mythe ou fait : un quiz santé")
        assert shows(app, "Commencer")
        assert shows(app, "français")  # the language chosen, named in its own language
        assert shows(app, "Questions")  # a label not translated yet, in English
        # The pack has no French: its English text, and a line saying so (not translated yet; the name is French).
        assert shows(app, "Sample health pack")
        assert shows(app, "This pack is written in anglais.")


def test_plain_mode_speaks_french(
    french: Path, sample_pack_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A whole plain game with --lang fr, answered with the French word (seed 3 asks a myth first)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("mythe\n"))
    argv = ["play", "--plain", "--pack", str(sample_pack_path), "--count", "1", "--seed", "3", "--lang", "fr"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "This pack is written in anglais." in out
    assert "Mythe ou fait ?" in out
    assert "m) Mythe" in out and "f) Fait" in out
    assert "Type m (myth) or f (fact), then Enter (q quits)." in out
    assert "✔ Bonne réponse !" in out


def test_quiz_validate_speaks_french(
    french: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quiz validate` takes the language from the locale, and counts with French's plural rule (0 is singular)."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    good = tmp_path / "good.yaml"
    good.write_text(VALID, encoding="utf-8")
    assert main(["validate", str(good), str(good)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Vérifié : 2 fichiers ; 0 erreur, 0 avertissement"


def test_serve_pages_say_their_message_once_per_language(
    french: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of `quiz serve` ("too many games") adds a paragraph for French only once French says it."""
    from quiz.servegames import _page

    body = _page(503, "serve.full", count=3).text
    assert [lang for lang in ("en", "fr", "zh") if f'<p lang="{lang}">' in body] == ["en", "zh"]
    write_catalog(tmp_path / "more", "fr", {"serve.full": "Trop de parties en cours ({count}) ; réessayez."})
    monkeypatch.setenv(LOCALES_ENV, str(tmp_path / "more"))
    body = _page(503, "serve.full", count=3).text
    assert '<p lang="fr">Trop de parties en cours (3) ; réessayez.</p>' in body

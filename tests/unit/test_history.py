"""The player's record: past games, accuracy over time, mastery per tag, most missed, and the exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from quiz.game import Game
from quiz.history import accuracy_series, meter, most_missed, report, sparkline, tag_mastery, tag_names
from quiz.i18n import tr
from quiz.model import Pack
from quiz.packs import Catalog, load_pack
from quiz.reports import export_history, print_stats
from quiz.store import Store
from quiz.tui.screens.history import HistoryScreen
from quiz.tui.screens.start import StartScreen
from tests.pilot import app_for


def play(store: Store, pack: Pack, pattern: list[bool], seed: int) -> Game:
    game = Game.new(pack, count=len(pattern), seed=seed)
    game_id = store.start_game(game, "en", seed)
    for right in pattern:
        round_ = game.current
        key = (
            round_.question.correct_key if right else next(k for k in round_.order if k != round_.question.correct_key)
        )
        store.record_answer(game_id, game, game.answer(key))
    return game


def test_games_are_summed_up_in_order(private_data: Path, sample_pack: Pack) -> None:
    """Each game shows its answers, right answers, points and whether it finished; accuracy follows in order."""
    store = Store.open(private_data)
    play(store, sample_pack, [True, False, True, True, False], seed=1)
    store.record_answer(
        store.start_game(g := Game.new(sample_pack, seed=2), "en", 2), g, g.answer(g.current.question.correct_key)
    )
    games = store.games()
    assert [(g.answered, g.right, g.finished) for g in games] == [(5, 3, True), (1, 1, False)]
    assert accuracy_series(games) == [0.6, 1.0]
    assert sparkline([0.0, 0.5, 1.0]) == "▁▅█"


def test_most_missed_and_tag_mastery(
    private_data: Path, sample_pack: Pack, tmp_path: Path, sample_pack_path: Path
) -> None:
    """The question missed twice tops the list; tags are ranked weakest first."""
    tagged = tmp_path / "tagged.yaml"
    tagged.write_text(
        sample_pack_path.read_text(encoding="utf-8").replace(
            "refs: [ref-one]\n  - id: water-wet", "refs: [ref-one]\n    tags: [sky]\n  - id: water-wet"
        ),
        encoding="utf-8",
    )
    pack = load_pack(tagged)
    store = Store.open(private_data)
    game = Game.new(pack, seed=3)
    for _ in range(2):
        game_id = store.start_game(game := Game.new(pack, seed=3), "en", 3)
        for round_ in game.rounds:
            wrong = round_.question.id == "sky-green"
            key = (
                next(k for k in round_.order if k != round_.question.correct_key)
                if wrong
                else round_.question.correct_key
            )
            store.record_answer(game_id, game, game.answer(key))
    answers = store.answer_records()
    catalog = Catalog((pack,), ())
    top = most_missed(answers, catalog)
    assert [(m.question.id, m.misses, m.answered) for m in top] == [("sky-green", 2, 2)]
    assert [(m.tag, m.right, m.answered) for m in tag_mastery(answers, catalog)] == [("sky", 0, 2)]


def test_mastery_rows_name_tags_in_the_players_language(
    private_data: Path, sample_pack_path: Path, tmp_path: Path
) -> None:
    """Tags the pack names show by name in each language, weakest first."""
    text = sample_pack_path.read_text(encoding="utf-8")
    text = text.replace(
        "references:\n", "tags:\n  sky: {en: Sky colour, zh: 天空颜色}\n  water: {en: Water, zh: 水}\nreferences:\n"
    )
    text = text.replace(
        "    refs: [ref-one]\n  - id: water-wet", "    refs: [ref-one]\n    tags: [sky]\n  - id: water-wet"
    )
    text = text.replace(
        "    refs: [ref-two]\n  - id: sleep-none", "    refs: [ref-two]\n    tags: [water]\n  - id: sleep-none"
    )
    text = text.replace("    refs: [ref-one, ref-two]\n", "    refs: [ref-one, ref-two]\n    tags: [water]\n")
    (tmp_path / "named.yaml").write_text(text, encoding="utf-8")
    pack = load_pack(tmp_path / "named.yaml")
    store = Store.open(private_data)
    game = Game.new(pack, seed=3)
    game_id = store.start_game(game, "en", 3)
    for round_ in game.rounds:
        wrong = round_.question.id == "sky-green"
        key = (
            next(k for k in round_.order if k != round_.question.correct_key) if wrong else round_.question.correct_key
        )
        store.record_answer(game_id, game, game.answer(key))
    catalog = Catalog((pack,), ())
    rows = {
        lang: dict(report(store.games(), store.answer_records(), catalog, lang))[tr("history.tags", lang)]
        for lang in ("en", "zh")
    }
    assert rows["en"] == [
        tr("history.tag_row", "en", bar=meter(0.0), percent="0%", tag="Sky colour", right=0, answered=1),
        tr("history.tag_row", "en", bar=meter(1.0), percent="100%", tag="Water", right=2, answered=2),
    ]
    assert rows["zh"] == [
        tr("history.tag_row", "zh", bar=meter(0.0), percent="0%", tag="天空颜色", right=0, answered=1),
        tr("history.tag_row", "zh", bar=meter(1.0), percent="100%", tag="水", right=2, answered=2),
    ]
    assert tag_names(catalog, "zh") == {"sky": "天空颜色", "water": "水"}


def test_answers_to_removed_questions_are_kept_but_not_current(private_data: Path, sample_pack: Pack) -> None:
    """An answer whose question left the pack stays in the export but not in the most-missed list."""
    store = Store.open(private_data)
    play(store, sample_pack, [False] * 5, seed=1)
    smaller = Pack(**{**sample_pack.__dict__, "questions": sample_pack.questions[:2]})
    catalog = Catalog((smaller,), ())
    assert {m.question.id for m in most_missed(store.answer_records(), catalog, limit=10)} == {
        q.id for q in sample_pack.questions[:2]
    }
    assert len(store.answer_records()) == 5


def test_exports_every_answer_as_csv_json_and_table(private_data: Path, sample_pack: Pack) -> None:
    """A teacher gets one row per answer with a header, in CSV, JSON and a plain table."""
    store = Store.open(private_data)
    game = play(store, sample_pack, [True, False], seed=1)
    rows = list(csv.DictReader(io.StringIO(export_history(store.answer_records(), "csv"))))
    assert [r["question_id"] for r in rows] == [r.question.id for r in game.rounds]
    assert [r["correct"] for r in rows] == ["True", "False"]
    data = json.loads(export_history(store.answer_records(), "json"))
    assert data[0]["pack_id"] == sample_pack.id and data[1]["correct"] is False
    table = export_history(store.answer_records(), "table")
    assert table.splitlines()[0].startswith("game_id")
    assert len(table.splitlines()) == 3


def test_stats_report_in_both_languages(private_data: Path, sample_pack: Pack) -> None:
    """`quiz stats` prints the games, the chart, the tags and the misses with their explanations."""
    store = Store.open(private_data)
    game = play(store, sample_pack, [True, False, True], seed=1)
    missed = game.missed()[0].round.question
    out = io.StringIO()
    print_stats(store, Catalog((sample_pack,), ()), "en", out)
    text = out.getvalue()
    assert "Past games" in text and "Classic  200 points  2/3 right (67%)" in text
    assert f"1 of 1 wrong: {missed.prompt.get('en')}" in text
    assert missed.explanation.get("en") in text
    out = io.StringIO()
    print_stats(store, Catalog((sample_pack,), ()), "zh", out)
    assert "过往对局" in out.getvalue() and missed.prompt.get("zh") in out.getvalue()


def test_stats_with_no_games_says_so(private_data: Path) -> None:
    """Before any game the report says there is nothing yet."""
    out = io.StringIO()
    print_stats(Store.open(private_data), Catalog((), ()), "en", out)
    assert "No answers yet" in out.getvalue()


async def test_history_screen_from_the_start_screen(private_data: Path, sample_pack: Pack) -> None:
    """H on the start screen shows the history; Escape goes back."""
    store = Store.open(private_data)
    game = play(store, sample_pack, [True, False, True, True, False], seed=1)
    app = app_for(Catalog((sample_pack,), ()), lang="en", store=store, pack_id=sample_pack.id)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "3/5 right (60%)" in text
        assert "Most often missed" in text
        assert game.missed()[0].round.question.prompt.get("en")[:40] in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)

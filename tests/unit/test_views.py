"""What a player is shown after an answer and at the end, checked in Chinese so a language mix-up shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.calibration import by_level
from quiz.game import TIMEOUT, Game, Outcome
from quiz.i18n import tr
from quiz.model import MYTH, CheckDate, Pack
from quiz.scoring import Mode, ModeName
from quiz.views import Msg, Tone, answer_view, explained, level_line, points_line, results_view, resume_offer


def game_of(pack: Pack, ids: list[str], mode: Mode = Mode()) -> Game:
    """A game of these questions in this order."""
    by_id = {q.id: q for q in pack.questions}
    return Game.of_questions(pack, [by_id[i] for i in ids], seed=1, mode=mode)


def answer(game: Game, right: bool, **extra: object) -> Outcome:
    """Answer the current question right or wrong (the first wrong key shown)."""
    round_ = game.current
    assert round_ is not None
    correct = round_.question.correct_key
    key = correct if right else next(k for k in round_.order if k != correct)
    return game.answer(key, **extra)  # type: ignore[arg-type]


def shown(order: tuple[str, ...], key: str) -> int:
    """The 1-based position at which the answer `key` is shown."""
    return order.index(key) + 1


def test_a_wrong_choice_reads_in_chinese_with_its_feedback(sample_pack: Pack) -> None:
    """The labels, the pack's feedback on that choice, the explanation and the disclaimer are all the Chinese text."""
    game = game_of(sample_pack, ["legs-count"])
    outcome = game.answer("0")  # "Six", which has feedback of its own
    view = answer_view(outcome, sample_pack, "zh")
    order = outcome.round.order
    assert (view.verdict, view.tone, view.points) == (Msg("feedback.wrong"), Tone.WRONG, None)
    assert view.your_answer.text("zh") == tr("feedback.your_answer", "zh", answer=f"{shown(order, '0')}. 六条")
    assert view.correct_answer.text("zh") == tr("feedback.answer", "zh", answer=f"{shown(order, '1')}. 八条")
    assert view.feedback == "六条腿的是昆虫。"
    assert view.explained.why == "蜘蛛有八条腿。"
    assert view.explained.disclaimer == "仅供科普,不构成医疗建议;请咨询医生。"
    assert view.explained.sources == ("First Author. A first study. J Test 2001;1:1.",)


def test_a_right_myth_reads_in_chinese_with_its_points_and_article(sample_pack: Pack) -> None:
    """Myth and fact are our own words, said in the player's language; the article's verdict comes along."""
    game = game_of(sample_pack, ["sky-green"])
    view = answer_view(game.answer(MYTH), sample_pack, "zh")
    assert (view.verdict, view.tone) == (Msg("feedback.right"), Tone.RIGHT)
    assert view.points == Msg("feedback.points", {"points": 100})
    assert view.your_answer.text("zh") == tr("feedback.your_answer", "zh", answer=tr("answer.myth", "zh"))
    assert view.correct_answer.text("zh") == tr("feedback.answer", "zh", answer=tr("answer.myth", "zh"))
    assert view.feedback is None
    assert (view.explained.article, view.explained.article_original) == ("天空是绿色的。", "The sky is green.")
    assert view.explained.article_verdict is not None and view.explained.article_verdict.value == "untraceable"
    assert view.explained.checked is None


def test_the_date_the_evidence_was_checked_comes_with_the_explanation(sample_pack: Pack) -> None:
    """When the pack says when its evidence was checked, the explanation says it as the pack writes it."""
    sky = next(q for q in sample_pack.questions if q.id == "sky-green")
    assert explained(sample_pack, replace(sky, checked=CheckDate(2026, 11)), "zh").checked == "2026-11"
    assert explained(sample_pack, replace(sky, checked=CheckDate(2025, 3, 9)), "en").checked == "2025-03-09"


def test_a_timeout_reads_as_no_answer(sample_pack: Pack) -> None:
    """When the time ran out the verdict says so and the answer reads as none, in Chinese too."""
    game = game_of(sample_pack, ["days-week"], Mode(ModeName.TIMED, time_limit=10))
    view = answer_view(game.answer(TIMEOUT, seconds=10.0), sample_pack, "zh")
    assert (view.verdict, view.tone, view.points) == (Msg("timer.out"), Tone.WRONG, None)
    assert view.your_answer.text("zh") == tr("feedback.your_answer", "zh", answer=tr("answer.none", "zh"))


@pytest.mark.parametrize(("right", "certainty", "marks"), [(True, 3, 3), (False, 1, 0), (False, 3, -6)])
def test_certainty_marks_are_shown_even_when_zero(sample_pack: Pack, right: bool, certainty: int, marks: int) -> None:
    """In certainty mode every answer says its marks and level, a cautious miss's 0 included."""
    game = game_of(sample_pack, ["sky-green"], Mode(ModeName.CERTAINTY))
    outcome = answer(game, right, certainty=certainty)
    assert points_line(outcome) == Msg("certainty.marks", {"marks": marks, "level": certainty})


def test_results_list_every_answer_in_chinese(sample_pack: Pack) -> None:
    """Numbered rows with a mark, the prompt and the answer in Chinese; the misses with their explanations."""
    game = game_of(sample_pack, ["sky-green", "legs-count", "water-wet"])
    answer(game, True)
    answer(game, False)
    answer(game, True)
    view = results_view(game, "zh")
    assert view.summary == Msg("results.summary", {"right": 2, "total": 3, "points": 200, "best": 1})
    assert view.unfinished is None and view.calibration is None
    assert [(r.number, r.tone, r.mark) for r in view.rows] == [
        (1, Tone.RIGHT, Msg("results.right")),
        (2, Tone.WRONG, Msg("results.wrong")),
        (3, Tone.RIGHT, Msg("results.right")),
    ]
    assert [r.prompt for r in view.rows] == ["正午的天空是绿色的。", "蜘蛛有几条腿?", "水摸起来是湿的。"]
    assert view.rows[2].your_answer.text("zh") == tr("feedback.your_answer", "zh", answer=tr("answer.fact", "zh"))
    [missed] = view.missed
    assert missed.prompt == "蜘蛛有几条腿?"
    assert missed.view.explained.why == "蜘蛛有八条腿。"
    assert missed.view.correct_answer.text("zh").endswith(". 八条")
    assert view.disclaimer == "仅供科普,不构成医疗建议;请咨询医生。"


def test_a_stopped_game_says_how_far_it_got(sample_pack: Pack) -> None:
    """Results of a game stopped early count what was answered and say how many of how many."""
    game = game_of(sample_pack, ["sky-green", "water-wet", "sleep-none"])
    answer(game, True)
    view = results_view(game, "zh")
    assert view.unfinished == Msg("plain.answered", {"answered": 1, "total": 3})
    assert view.unfinished.text("zh") == "已作答 1/3 题。"
    assert len(view.rows) == 1


def test_certainty_results_judge_each_level_and_list_the_sure_and_wrong(sample_pack: Pack) -> None:
    """Only a wrong answer given at certainty 3 is "sure and wrong"; the prompts are in Chinese."""
    game = game_of(sample_pack, ["sky-green", "water-wet", "sleep-none", "days-week"], Mode(ModeName.CERTAINTY))
    answer(game, False, certainty=3)
    answer(game, False, certainty=2)
    answer(game, True, certainty=3)
    answer(game, True, certainty=3)
    view = results_view(game, "zh")
    assert view.summary == Msg("results.summary_marks", {"right": 2, "total": 4, "points": -2, "best": 2})
    calibration = view.calibration
    assert calibration is not None
    assert calibration.sure_and_wrong == ("正午的天空是绿色的。",)
    assert [verdict for _, verdict in calibration.levels] == ["over", "over"]
    assert calibration.advice == Msg("advice.overconfident")
    assert calibration.levels[1][0] == Msg(
        "results.level", {"level": 3, "right": 2, "answered": 3, "percent": 67, "range": Msg("range.3")}
    )


def test_a_level_all_right_reads_100_percent() -> None:
    """The share right is rounded to a whole percent, all right being 100."""
    [record] = [r for r in by_level([(1, True), (1, True)]) if r.answered]
    assert level_line(record) == Msg(
        "results.level", {"level": 1, "right": 2, "answered": 2, "percent": 100, "range": Msg("range.1")}
    )


def test_the_resume_offer_names_the_pack_and_mode_in_chinese(sample_pack: Pack) -> None:
    """The unfinished game is offered by its Chinese title, its mode's Chinese name and how far it got."""
    game = game_of(sample_pack, ["sky-green", "water-wet"], Mode(ModeName.TIMED, time_limit=10))
    answer(game, True, seconds=1.0)
    offer = resume_offer(game, "zh")
    assert offer.text("zh") == tr("start.resume_info", "zh", title="示例健康题库", mode="限时", answered=1, total=2)


def test_a_message_keeps_the_values_it_was_given() -> None:
    """Changing the dict a message was made from changes nothing, and its values cannot be changed."""
    values = {"points": 100}
    message = Msg("feedback.points", values)
    values["points"] = 5
    assert message.text("en") == "+100 points"
    with pytest.raises(TypeError):
        message.values["points"] = 7  # type: ignore[index]

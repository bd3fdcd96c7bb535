"""Plain mode's rendering of what the session gives: questions, verdicts, explanations and results, as lines."""

from __future__ import annotations

from quiz.game import Game, Round
from quiz.i18n import tr
from quiz.labels import answer_label
from quiz.model import FACT, MYTH, Kind, Pack
from quiz.plain.lines import BOLD, GREEN, RED, Lines
from quiz.scoring import ModeName
from quiz.text import clean, one_line
from quiz.views import AnswerView, CalibrationSummary, Explained, ResultsView, Tone, label, pack_language, verdict_line

_LETTERS = {MYTH: "m", FACT: "f"}
_PAINT = {Tone.RIGHT: GREEN, Tone.WRONG: RED}


def show_opening(out: Lines, pack: Pack, lang: str) -> None:
    """The pack's title, the language of its text when it is not the player's, and its health disclaimer."""
    out.write(clean(pack.title.get(lang)), BOLD)
    if (written_in := pack_language(pack, lang)) is not None:
        out.write(written_in.text(lang))
    out.labelled(label("feedback.disclaimer").text(lang), pack.disclaimer.get(lang))


def show_question(out: Lines, game: Game, round_: Round, lang: str) -> None:
    """The question's number, its text and its numbered options."""
    question = round_.question
    out.write()
    progress = tr("question.progress", lang, n=game.number, total=game.total)
    if game.mode.name is ModeName.TIMED:
        progress += "  " + tr("timer.left", lang, seconds=game.mode.time_limit)
    out.write(progress, BOLD)
    out.write(clean(question.prompt.get(lang)))
    if question.kind is Kind.MYTH_FACT:
        out.write(tr("question.prompt_myth_fact", lang))
        out.write("  ".join(f"{_LETTERS[key]}) {answer_label(round_, key, lang)}" for key in round_.order))
    else:
        out.write(tr("question.prompt_choice", lang))
        for position, key in enumerate(round_.order, 1):
            out.write(f"{position}) {one_line(question.choices[int(key)].text.get(lang))}")


def show_outcome(out: Lines, view: AnswerView, lang: str) -> None:
    """Everything the player learns from one answer, as plain lines."""
    out.write(view.your_answer.text(lang))
    verdict = view.verdict.text(lang)
    if view.points is not None:
        verdict += "  " + view.points.text(lang)
    out.write(verdict, _PAINT[view.tone])
    out.write(view.correct_answer.text(lang))
    if view.feedback is not None:
        out.write(clean(view.feedback))
    show_explanation(out, view.explained, lang)


def show_explanation(out: Lines, explained: Explained, lang: str) -> None:
    """Why, what the article said and how it holds up, the numbered sources and the disclaimer."""
    out.labelled(label("feedback.why").text(lang), explained.why)
    if explained.article:
        out.labelled(label("feedback.article").text(lang), f"“{explained.article}”")
        if explained.article_original:
            out.labelled(label("feedback.article_original").text(lang), f"“{explained.article_original}”")
        if explained.article_verdict is not None:
            out.write(f"→ {verdict_line(explained.article_verdict).text(lang)}")
    if explained.sources:
        out.labelled(label("feedback.references").text(lang), "")
        for number, citation in enumerate(explained.sources, 1):
            out.write(f"  {number}. {clean(citation)}")
    if explained.checked:
        out.labelled(label("feedback.checked").text(lang), explained.checked)
    out.labelled(label("feedback.disclaimer").text(lang), explained.disclaimer)


def show_results(out: Lines, view: ResultsView, lang: str) -> None:
    """The score, each answered question with the player's answer, and what to remember from the misses."""
    out.write()
    out.write(tr("results.heading", lang), BOLD)
    if view.unfinished is not None:
        out.write(view.unfinished.text(lang))
    if not view.rows:
        return
    out.write(view.summary.text(lang))
    if view.calibration is not None:
        show_calibration(out, view.calibration, lang)
    for row in view.rows:
        out.write(f"{row.number}. {out.paint(row.mark.text(lang), _PAINT[row.tone])}  {row.prompt}")
        out.write("   " + row.your_answer.text(lang))
    out.write()
    out.write(tr("results.missed" if view.missed else "results.all_right", lang), BOLD)
    for missed in view.missed:
        out.write()
        out.write(missed.prompt)
        out.write(missed.view.correct_answer.text(lang))
        show_explanation(out, missed.view.explained, lang)
    if not view.missed:
        out.labelled(label("feedback.disclaimer").text(lang), view.disclaimer)


def show_calibration(out: Lines, summary: CalibrationSummary, lang: str) -> None:
    """Each certainty level's record against where it pays best, the advice, and the sure-and-wrong answers."""
    out.write(tr("results.calibration", lang), BOLD)
    for line, _ in summary.levels:
        out.write(line.text(lang))
    out.write(summary.advice.text(lang))
    if summary.sure_and_wrong:
        out.write(tr("results.confidently_wrong", lang), BOLD)
        for prompt in summary.sure_and_wrong:
            out.write(f"✘ {prompt}")

"""The report as one self-contained HTML page: styles and charts inline, no script, nothing fetched, so it opens
offline, by e-mail or from a USB stick. Every text from a pack, a player or a class goes through html.escape."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from quiz.i18n import tr
from quiz.localformat import percent
from quiz.report import words
from quiz.report.charts import Point, histogram, scatter
from quiz.report.figures import PlayerStats, QuestionStats, Report

_STYLE = """
body { font: 15px/1.45 system-ui, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .3em .6em; vertical-align: top; text-align: left; }
th { background: #f1f3f5; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.flagged td { background: #fdf1f0; }
.flag { display: inline-block; background: #b3261e; color: #fff; border-radius: 3px; padding: 0 .4em;
        margin: 0 .2em .2em 0; font-size: .85em; white-space: nowrap; }
.key { font-weight: bold; }
ul.options { list-style: none; margin: 0; padding: 0; }
.note { color: #555; }
figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
"""


def render_html(report: Report, lang: str) -> str:
    """The whole report as an HTML document."""
    title = escape(words.title(report, lang))
    body = [
        f"<h1>{title}</h1>",
        *(f'<p class="note">{escape(sentence)}</p>' for sentence in [words.attempt_note(report, lang)]),
        *(f'<p class="note">{escape(sentence)}</p>' for sentence in words.notes(report, lang)),
        _class(report, lang),
        f"<h2>{escape(tr('report.html.histogram', lang))}</h2>",
        "<figure>"
        + histogram(
            [player.percent for player in report.players],
            tr("report.html.score_axis", lang),
            tr("report.html.players_axis", lang),
        )
        + "</figure>",
        f"<h2>{escape(tr('report.questions_heading', lang))}</h2>",
        f'<p class="note">{escape(tr("report.html.r_note", lang))}</p>',
        _questions(report, lang),
        f"<h2>{escape(tr('report.html.scatter', lang))}</h2>",
        f'<figure>{_scatter(report, lang)}<figcaption class="note">'
        f"{escape(tr('report.html.scatter_note', lang))}</figcaption></figure>",
        f"<h2>{escape(tr('report.flagged_heading', lang))}</h2>",
        _flagged(report, lang),
        f"<h2>{escape(tr('report.players_heading', lang))}</h2>",
        _players(report, lang),
    ]
    html_lang = "zh-Hans" if lang == "zh" else lang
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
        f"<style>{_STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _table(headings: Sequence[str], rows: Sequence[str]) -> str:
    head = "".join(f"<th>{escape(heading)}</th>" for heading in headings)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cell(text: str, number: bool = False) -> str:
    return f'<td class="n">{escape(text)}</td>' if number else f"<td>{escape(text)}</td>"


def _class(report: Report, lang: str) -> str:
    rows = [f"<tr><th>{escape(name)}</th>{_cell(value, True)}</tr>" for name, value in words.class_rows(report, lang)]
    return f"<h2>{escape(tr('report.class_heading', lang))}</h2><table><tbody>{''.join(rows)}</tbody></table>"


def _questions(report: Report, lang: str) -> str:
    headings = [
        "#", tr("report.col.question", lang), tr("report.col.answered", lang), tr("report.col.facility", lang),
        tr("report.col.discrimination", lang), tr("report.col.options", lang), tr("report.col.flags", lang),
    ]  # fmt: skip
    rows = [_question_row(number, stats, lang) for number, stats in enumerate(report.questions, 1)]
    return _table(headings, rows)


def _question_row(number: int, stats: QuestionStats, lang: str) -> str:
    question = stats.question
    options = []
    for option in stats.options:
        text = words.option_line(question, option.key, lang)
        figures = f"{words.percent(option.share, lang)} · r = {words.number(option.point_biserial, lang)}"
        mark = escape(tr("report.key_mark", lang)) if option.correct else ""
        css = ' class="key"' if option.correct else ""
        options.append(f"<li{css}>{escape(text)}{mark} — {escape(figures)}</li>")
    if stats.timeouts:
        options.append(f"<li>{escape(tr('report.timeout', lang))}: {stats.timeouts}</li>")
    flags = "".join(f'<span class="flag">{escape(words.flag_label(name, lang))}</span>' for name in stats.flag_names)
    css = ' class="flagged"' if stats.flags else ""
    return (
        f"<tr{css}>{_cell(str(number), True)}<td><code>{escape(question.id)}</code><br>"
        f"{escape(words.prompt(question, lang))}</td>{_cell(str(stats.answered), True)}"
        f"{_cell(words.number(stats.facility, lang), True)}{_cell(words.number(stats.discrimination, lang), True)}"
        f'<td><ul class="options">{"".join(options)}</ul></td><td>{flags}</td></tr>'
    )


def _scatter(report: Report, lang: str) -> str:
    points = [
        Point(
            number=number,
            facility=stats.facility,
            discrimination=stats.discrimination,
            flagged=bool(stats.flags),
            label=f"{number} {stats.question.id}",
            title=f"{number}. {stats.question.id}: {words.prompt(stats.question, lang)}",
        )
        for number, stats in enumerate(report.questions, 1)
        if stats.facility is not None and stats.discrimination is not None
    ]
    return scatter(points, tr("report.html.facility_axis", lang), tr("report.html.discrimination_axis", lang))


def _flagged(report: Report, lang: str) -> str:
    items = []
    colon = escape(tr("label", lang, label=""))
    for number, stats in enumerate(report.questions, 1):
        if stats.flags:
            reasons = "".join(f"<li>{escape(words.reason(flag, stats, lang))}</li>" for flag in stats.flags)
            prompt = escape(words.prompt(stats.question, lang))
            items.append(
                f"<li>{number}. <code>{escape(stats.question.id)}</code>{colon}{prompt}<ul>{reasons}</ul></li>"
            )
    if not items:
        return f"<p>{escape(tr('report.html.no_flags', lang))}</p>"
    return f'<ul class="options">{"".join(items)}</ul>'


def _players(report: Report, lang: str) -> str:
    headings = [
        tr("report.col.player", lang), tr("report.col.class", lang), tr("report.col.answered", lang),
        tr("report.col.right", lang), tr("report.col.score", lang), tr("report.col.tags", lang),
    ]  # fmt: skip
    return _table(headings, [_player_row(report, player, lang) for player in words.ranked(report)])


def _player_row(report: Report, player: PlayerStats, lang: str) -> str:
    tags = tr("cli.list_comma", lang).join(
        f"{words.tag_name(report, tag.tag, lang)} {percent(tag.percent, lang)} ({tag.right}/{tag.answered})"
        for tag in player.tags
    )
    return (
        f"<tr>{_cell(player.player)}{_cell(', '.join(player.classes))}{_cell(str(player.answered), True)}"
        f"{_cell(str(player.right), True)}{_cell(percent(player.percent, lang), True)}{_cell(tags)}</tr>"
    )

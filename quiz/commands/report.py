"""`quiz report`: a class's answers turned into what a teacher needs, as a terminal page, CSV, JSON or HTML.

The sources are data folders (the player's own by default, which is where `quiz serve` keeps a class's answers)
and history files exported with `quiz history`; --watch redraws the terminal report as new answers arrive.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.atomic import write_atomic
from quiz.commands.shared import (
    STANDARD_STREAM,
    CommandError,
    Context,
    Subcommands,
    add_data_dir,
    discovered,
    pack_name,
    resolve_pack,
    shown,
)
from quiz.i18n import languages, tr
from quiz.locations import data_dir

if TYPE_CHECKING:
    from collections.abc import Sequence

    from quiz.model import Pack
    from quiz.packs import Catalog
    from quiz.report.figures import Report
    from quiz.report.records import Answer

FORMATS = ("text", "csv", "json", "html")
_BY_SUFFIX = {".csv": "csv", ".json": "json", ".html": "html", ".htm": "html"}
POLL_SECONDS = 1.5
"""How often --watch looks at the sources: answers come every few seconds in a class, and a look costs little."""
_CLEAR = "\x1b[H\x1b[2J"


def add(commands: Subcommands, lang: str) -> None:
    """Add `report` to the `quiz` command, its help in `lang`."""
    report = commands.add_parser(
        "report", help=tr("arg.report.help", lang), description=tr("arg.report.description", lang)
    )
    report.add_argument("sources", nargs="*", type=Path, metavar="SOURCE", help=tr("arg.report.sources", lang))
    report.add_argument("--pack", type=pack_name, metavar="ID|PATH", help=tr("arg.report.pack", lang))
    report.add_argument("--class", dest="class_code", metavar="CODE", help=tr("arg.report.class", lang))
    report.add_argument("--attempt", choices=("first", "last"), default="first", help=tr("arg.report.attempt", lang))
    report.add_argument("--format", choices=FORMATS, help=tr("arg.report.format", lang))
    report.add_argument("-o", "--output", type=Path, metavar="FILE", help=tr("arg.report.output", lang))
    report.add_argument("--watch", action="store_true", help=tr("arg.report.watch", lang))
    report.add_argument("--lang", choices=languages(), help=tr("arg.report.lang", lang))
    add_data_dir(report, lang)
    report.set_defaults(run=run)


def run(options: argparse.Namespace, context: Context) -> int:
    """Make the report once, or again whenever the sources change with --watch."""
    to_file = options.output is not None and str(options.output) != STANDARD_STREAM
    fmt = options.format or (_BY_SUFFIX.get(options.output.suffix.lower(), "text") if to_file else "text")
    if options.watch and (fmt != "text" or options.output is not None):
        raise CommandError("report.watch_text_only", 2)
    sources = list(options.sources)
    if options.data_dir is not None or not sources:
        sources.append(data_dir())
    if options.watch:
        return _watch(options, context, sources)
    if to_file:
        _check_folder(options.output)
    report = make_report(options, context, sources, None)
    _emit(report, fmt, options.output if to_file else None, context)
    return 0


def make_report(options: argparse.Namespace, context: Context, sources: list[Path], catalog: Catalog | None) -> Report:
    """The report on the sources, as the options ask; raises CommandError when there is nothing to report on."""
    from quiz.report.build import build_report
    from quiz.report.select import Attempt, classes_named, counted
    from quiz.report.sources import SourceError, collect

    home = data_dir()
    if home in sources and not home.is_dir():
        # The player's own folder is made by their first game: until then it simply holds no answers.
        raise CommandError("report.no_store", 1, path=shown(home))
    try:
        collected = collect(sources)
    except SourceError as error:
        code = 2 if error.key == "report.no_source" else 1
        raise CommandError(error.key, code, **error.values) from None
    answers = collected.answers
    if not answers:
        raise CommandError("report.no_answers", 1, sources=context.listed([shown(path) for path in sources]))
    pack = _pack(options, context, answers, catalog)
    responses = counted(answers, pack, Attempt(options.attempt), options.class_code, collected.duplicates)
    if not responses.by_player:
        mine = [answer for answer in answers if answer.pack_id == pack.id]
        if options.class_code is not None and mine:
            found = classes_named(mine)
            classes = ", ".join(found) if found else tr("cli.none", context.lang)
            raise CommandError("report.no_class_answers", 1, name=options.class_code, classes=classes)
        raise CommandError("report.no_pack_answers", 1, pack=pack.id, packs=_pack_list(answers))
    return build_report(responses, options.class_code)


def _pack(options: argparse.Namespace, context: Context, answers: Sequence[Answer], catalog: Catalog | None) -> Pack:
    """The pack --pack names, else the one pack the answers are to."""
    from quiz.report.select import packs_answered

    if options.pack is not None:
        return resolve_pack(options.pack, context, "report.cannot_report", catalog)
    answered = packs_answered(answers)
    if len(answered) > 1:
        raise CommandError("report.several_packs", 2, packs=_pack_list(answers))
    pack = (catalog or discovered()).find(answered[0])
    if pack is None:
        raise CommandError("report.pack_not_found", 1, pack=answered[0])
    return pack


def _pack_list(answers: Sequence[Answer]) -> str:
    from quiz.report.select import packs_answered

    return ", ".join(packs_answered(answers))


def _emit(report: Report, fmt: str, path: Path | None, context: Context) -> None:
    from quiz.report import RENDERERS
    from quiz.report.render_csv import ENCODING

    text = RENDERERS[fmt](report, context.lang)
    if fmt == "text" and path is None:
        context.stdout.write(text)
        return
    data = text.encode(ENCODING if fmt == "csv" else "utf-8")
    if path is None:
        context.stdout.flush()
        context.stdout.buffer.write(data)
        context.stdout.buffer.flush()
        return
    try:
        write_atomic(path, data)
    except OSError as error:
        raise CommandError("cli.cannot_write", 1, path=shown(path), reason=error.strerror or error) from None
    context.say("report.written", to_stderr=True, n=len(report.players), path=shown(path))


def _check_folder(path: Path) -> None:
    if path.is_dir():
        raise CommandError("cli.output_is_folder", 2, path=shown(path))
    if not path.parent.is_dir():
        raise CommandError("cli.no_folder", 2, path=shown(path.parent))


def _watch(options: argparse.Namespace, context: Context, sources: list[Path]) -> int:
    """Redraw the report whenever a source changes, until Ctrl+C; a report not possible yet (no answers, say)
    is shown as its reason and tried again."""
    from quiz.report.render_text import render_text
    from quiz.report.sources import signature

    catalog = discovered()
    clear = _CLEAR if context.stdout.isatty() else "\n"
    seen = None
    try:
        while True:
            now = signature(sources)
            if now != seen:
                seen = now
                try:
                    page = render_text(make_report(options, context, sources, catalog), context.lang)
                except CommandError as error:
                    page = error.message(context.lang) + "\n"
                stamp = datetime.now().strftime("%H:%M:%S")
                context.stdout.write(f"{clear}{page}\n{tr('report.watching', context.lang, time=stamp)}\n")
                context.stdout.flush()
            time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        context.stdout.write("\n")
        return 0

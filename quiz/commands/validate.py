"""`quiz validate`: every error and warning in pack files, as text for a teacher or JSON for CI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from quiz.commands.shared import Context, Subcommands
from quiz.i18n import tr, tr_n


def add(commands: Subcommands, lang: str) -> None:
    """Add `validate` to the `quiz` command, its help in `lang`."""
    validate = commands.add_parser(
        "validate", help=tr("arg.validate.help", lang), description=tr("arg.validate.description", lang)
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=tr("arg.validate.paths", lang))
    validate.add_argument("--format", choices=("text", "json"), default="text", help=tr("arg.validate.format", lang))
    validate.add_argument("--strict", action="store_true", help=tr("arg.validate.strict", lang))
    validate.set_defaults(run=run)


def run(options: argparse.Namespace, context: Context) -> int:
    """Check packs; exit 1 on errors (and on warnings with --strict), else 0."""
    from quiz.packs.lint import check_paths

    checked, problems = check_paths(options.paths)
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    if options.format == "json":
        document = {
            "files": checked,
            "errors": errors,
            "warnings": warnings,
            "problems": [problem.as_json(context.lang) for problem in problems],
        }
        # ASCII escapes keep any control or bidi characters quoted from a pack inert in a terminal or CI log.
        print(json.dumps(document, indent=2, ensure_ascii=True), file=context.stdout)
    else:
        for problem in problems:
            print(problem.text(context.lang), file=context.stdout)
        lang = context.lang
        context.say(
            "cli.checked",
            files=tr_n("cli.checked_files", lang, checked),
            errors=tr_n("cli.checked_errors", lang, errors),
            warnings=tr_n("cli.checked_warnings", lang, warnings),
        )
    return 1 if errors or (options.strict and warnings) else 0

"""`quiz validate`: every error and warning in pack files, as text for a teacher or JSON for CI."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from quiz.commands.shared import Context, Subcommands
from quiz.i18n import tr_n


def add(commands: Subcommands) -> None:
    """Add `validate` to the `quiz` command."""
    validate = commands.add_parser(
        "validate",
        help="check pack files for mistakes",
        description="Check pack files or folders of packs: errors stop a pack being played, warnings do not.",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack files or folders")
    validate.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one JSON document, for CI (default: text)"
    )
    validate.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
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
            "problems": [dataclasses.asdict(problem) for problem in problems],
        }
        # ASCII escapes keep any control or bidi characters quoted from a pack inert in a terminal or CI log.
        print(json.dumps(document, indent=2, ensure_ascii=True), file=context.stdout)
    else:
        for problem in problems:
            print(problem, file=context.stdout)
        lang = context.lang
        context.say(
            "cli.checked",
            files=tr_n("cli.checked_files", lang, checked),
            errors=tr_n("cli.checked_errors", lang, errors),
            warnings=tr_n("cli.checked_warnings", lang, warnings),
        )
    return 1 if errors or (options.strict and warnings) else 0

"""Throwaway translation catalogs, made from the game's template the way docs/translating.md tells a translator."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from quiz.translations import DOMAIN, bundled_locale_dir

TEMPLATE = bundled_locale_dir() / f"{DOMAIN}.pot"


def pybabel(*arguments: str | Path) -> None:
    """Run Babel's command line, as a translator would."""
    command = [sys.executable, "-c", "from babel.messages.frontend import main; main()", *map(str, arguments)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


def write_catalog(folder: Path, lang: str, texts: Mapping[str, str | tuple[str, ...]]) -> Path:
    """A catalog for `lang` in the locale folder `folder`: `pybabel init` from the template, the messages in
    `texts` translated (message id -> text, or a tuple with each plural form), then `pybabel compile`.
    Returns the .po file."""
    pybabel("init", "-i", TEMPLATE, "-d", folder, "-D", DOMAIN, "-l", lang)
    po = folder / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as file:
        catalog = read_po(file, locale=lang)
    found = set()
    for message in catalog:
        if message.context in texts:
            message.string = texts[message.context]
            found.add(message.context)
    assert found == set(texts), f"not in the template: {sorted(set(texts) - found)}"
    with po.open("wb") as file:
        write_po(file, catalog)
    pybabel("compile", "-d", folder, "-D", DOMAIN, "-l", lang)
    return po

"""Turning a pack file into a Pack, or into every problem that stops it being one.

Three layers do the work: `yamlsource` reads the file's text, refusing anything unsafe, and `compose` turns it into
YAML nodes, handing the questions over one at a time; the format module named by the pack's `pack:` version (only
`format_v1` so far) reads those nodes field by field with the position-aware reader of `nodes`, so each problem
carries its line, column and field path. Only one question's nodes are alive at a time, besides the finished Pack.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterator, Mapping

import yaml

from quiz.message import either, msg
from quiz.model import Pack
from quiz.packs import format_v1
from quiz.packs.compose import Document
from quiz.packs.nodes import INT, TEXT_ALLOWANCE, TEXT_REPEAT, NodeReader, is_decimal, top_level
from quiz.packs.problems import PackError, Problem, display_name
from quiz.packs.yamlsource import decode_text, read_file, yaml_errors

ReadPack = Callable[[yaml.Node, Path, str, int], tuple[Pack | None, list[Problem]]]
"""A format's reader: (root node, file, the file's name in messages, text budget) -> (the pack or None, problems)."""

FORMATS: Mapping[int, ReadPack] = MappingProxyType({format_v1.VERSION: format_v1.read_pack})
"""Each format version this game reads, and its reader."""
FORMAT_VERSION = format_v1.VERSION
"""The version this game writes (`quiz new`, `quiz import`), and assumes for a file that does not say."""


def load_pack(path: Path | str, name: str | None = None) -> Pack:
    """The valid pack in the file at `path`.

    `name` is how messages refer to the file (by default the path as the user would type it).
    Raises PackError with every problem found; a pack with any problem is never returned in part.
    """
    path = Path(path)
    name = name or display_name(path)
    data, _ = read_file(path, name)
    return load_data(data, path, name)


def load_data(data: bytes, path: Path, name: str) -> Pack:
    """The valid pack in `data`, the bytes read from the file at `path` (which is not read again); as load_pack."""
    text = decode_text(data, name)
    # A file holds no more characters than bytes; reading many times more text means aliases repeat it.
    budget = TEXT_REPEAT * len(data) + TEXT_ALLOWANCE
    with _collector_paused():
        with yaml_errors(name, text):
            document = Document(text)
            pack, problems = _check(document.root, path, name, budget)
            document.finish()
        if not document.in_order:
            # A field after the questions may be one they need (the languages, the source): read the file again
            # as a whole tree, so the reader takes the fields in its own order, as it always does.
            with yaml_errors(name, text):
                whole = Document(text, stream=False)
            pack, problems = _check(whole.root, path, name, budget)
    if problems or pack is None:
        raise PackError(problems)
    return pack


def _check(root: yaml.Node | None, path: Path, name: str, budget: int) -> tuple[Pack | None, list[Problem]]:
    """The pack in the document whose root is `root`, or None with its problems."""
    if root is None:
        return None, [Problem(name, msg("load.empty_file"), fix=msg("load.fix.empty_file"))]
    read = _format_of(root, name)
    if isinstance(read, list):
        return None, read
    return read(root, path, name, budget)


def _format_of(root: yaml.Node, name: str) -> ReadPack | list[Problem]:
    """The reader of the format version `root` declares, or the problem with a version it cannot read.

    A pack in another format version would only produce noise if read as this one: that one problem is all.
    A file that does not say is read as FORMAT_VERSION, whose reader reports the missing 'pack:' with the rest.
    """
    node = top_level(root, "pack")
    if node is None:
        return FORMATS[FORMAT_VERSION]
    reader = NodeReader(name, TEXT_ALLOWANCE)
    version = reader.run(lambda: _version(reader, node))
    return reader.problems if version is None else FORMATS[version]


def _version(reader: NodeReader, node: yaml.Node) -> int | None:
    known = either([str(version) for version in FORMATS])
    value = reader.scalar(node, "pack", msg("load.what.format_version", known=known))
    if value is None:
        return None
    if node.tag != INT or not is_decimal(value):
        wrong = msg("load.not_format_version", known=known, value=value)
        reader.problem(node, "pack", wrong, msg("load.fix.format_version", version=FORMAT_VERSION))
        return None
    if int(value) not in FORMATS:
        reader.problem(
            node, "pack", msg("load.other_format_version", value=value, known=known),
            msg("load.fix.other_format_version", version=FORMAT_VERSION),
        )  # fmt: skip
        return None
    return int(value)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a pack is read.

    Reading builds hundreds of thousands of small objects (nodes, marks, texts) that hold no cycles; the collector
    would walk them over and over as they pile up, which makes loading a large pack three times slower.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

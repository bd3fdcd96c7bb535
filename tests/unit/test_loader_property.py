"""Generated documents never break the loader: it returns a Pack or raises PackError, nothing else.

Hypothesis feeds load_pack random text and bytes, random YAML structures, valid packs with one part broken
(a key deleted, a value of the wrong type, keys added, random unicode in a text), and valid packs with a few
characters changed. Runs are derandomized and keep no example database, so CI sees the same examples every time.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.model import Pack
from quiz.packs import CHOICE_KEYS, PACK_KEYS, QUESTION_KEYS, SOURCE_KEYS, PackError, load_pack
from tests.packhelpers import ONE_LANGUAGE, VALID

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    # One file in one folder is rewritten for every example; no per-example fixture state is relied on.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def pack_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated") / "pack.yaml"


def unsafe(text: str) -> list[str]:
    """Characters that must never reach the screen: controls other than newline, and format characters."""
    return [
        char
        for char in text
        if (unicodedata.category(char) == "Cc" and char != "\n") or unicodedata.category(char) == "Cf"
    ]


def check(path: Path, data: str | bytes) -> Pack | PackError:
    """Write `data` to `path` and load it: a Pack, or the PackError raised. Any other exception fails the test."""
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(data)
    try:
        pack = load_pack(path, name="pack.yaml")
    except PackError as error:
        assert error.problems, "a PackError must carry at least one problem"
        for problem in error.problems:
            assert problem.file == "pack.yaml"
            printed = str(problem)
            assert "\n" not in printed and unsafe(printed) == [], repr(printed)
        return error
    assert pack.questions and pack.languages
    for question in pack.questions:
        assert question.correct_key
        for text in (question.prompt, question.explanation):
            for value in text.values.values():
                assert value and unsafe(value.replace("\t", " ")) == [], repr(value)
    return pack


# -- random text and bytes ------------------------------------------------------------------------------------


@SETTINGS
@given(st.text())
def test_random_text(pack_file: Path, text: str) -> None:
    check(pack_file, text)


@SETTINGS
@given(st.binary())
def test_random_bytes(pack_file: Path, data: bytes) -> None:
    check(pack_file, data)


YAML_BITS = st.sampled_from(
    [
        "pack: 1\n", "- ", ": ", "? ", "&a ", "*a ", "*b ", "<<: ", "!!python/object/apply:os.system ", "!!binary ",
        "!x ", "!!str ", "!!int ", "[", "]", "{", "}", ",", '"', "'", "|\n", ">-\n", "#", "---\n", "...\n",
        "\t", "  ", "\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\\e[31m", "\r\n", "\ufeff", "\u202e", "null", "~",
        "questions:\n", "  - id: q\n", "    claim: ", "    answer: myth\n", "languages: [en]\n", "0x1", "1_0", "9" * 50,
    ]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=5)), max_size=40))
def test_random_yaml_tokens(pack_file: Path, bits: list[str]) -> None:
    check(pack_file, "".join(bits))


# -- random structures, dumped with yaml.safe_dump -------------------------------------------------------------

KNOWN_KEYS = sorted(set(PACK_KEYS + QUESTION_KEYS + CHOICE_KEYS + SOURCE_KEYS + ("en", "zh", "<<")))
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=12), st.integers(), st.booleans(), st.none())
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
    st.sampled_from(["myth", "fact", "1", "true", "en", "zh", "[bold red]x[/]", "\x1b[31m", "2025-01-01"]),
)  # fmt: skip
STRUCTURES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=40,
)


@SETTINGS
@given(STRUCTURES, st.booleans())
def test_random_structures(pack_file: Path, document: Any, unicode: bool) -> None:
    check(pack_file, yaml.safe_dump(document, allow_unicode=unicode))


@SETTINGS
@given(st.dictionaries(st.sampled_from(PACK_KEYS), STRUCTURES, max_size=len(PACK_KEYS)))
def test_random_values_for_the_pack_keys(pack_file: Path, document: dict[str, Any]) -> None:
    check(pack_file, yaml.safe_dump(document, allow_unicode=True))


# -- valid packs with one part broken ---------------------------------------------------------------------------

BASES = [yaml.safe_load(VALID), yaml.safe_load(ONE_LANGUAGE)]


def test_the_bases_are_valid(pack_file: Path) -> None:
    """The packs the mutations start from load as they are, dumped back to YAML."""
    for base in BASES:
        assert isinstance(check(pack_file, yaml.safe_dump(base, allow_unicode=True)), Pack)


def places(node: Any, path: tuple = ()) -> list[tuple]:
    """The path to every value in `node`: mapping keys and list indexes."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, path + (index,))
    return found


def at(node: Any, path: tuple) -> Any:
    for step in path:
        node = node[step]
    return node


@st.composite
def broken_packs(draw: st.DrawFn) -> Any:
    """A valid pack with one to three parts broken."""
    pack = yaml.safe_load(yaml.safe_dump(draw(st.sampled_from(BASES))))  # a deep copy
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(places(pack)))
        target = at(pack, path)
        how = draw(st.sampled_from(["delete", "retype", "add key", "unicode", "empty", "duplicate item"]))
        if how == "delete" and path:
            parent = at(pack, path[:-1])
            del parent[path[-1]]
        elif how == "retype":
            value = draw(STRUCTURES)
            if path:
                at(pack, path[:-1])[path[-1]] = value
            else:
                pack = value
        elif how == "add key" and isinstance(target, dict):
            target[draw(KEYS)] = draw(STRUCTURES)
        elif how == "unicode" and path:
            at(pack, path[:-1])[path[-1]] = draw(st.text(min_size=0, max_size=40))
        elif how == "empty" and path:
            at(pack, path[:-1])[path[-1]] = draw(st.sampled_from(["", None, [], {}, " ", "\u200b"]))
        elif how == "duplicate item" and isinstance(target, list) and target:
            target.append(target[0])
        if not isinstance(pack, dict):
            break
    return pack


@SETTINGS
@given(broken_packs(), st.booleans())
def test_broken_valid_packs(pack_file: Path, document: Any, unicode: bool) -> None:
    check(pack_file, yaml.safe_dump(document, allow_unicode=unicode))


@SETTINGS
@given(
    st.sampled_from([VALID, ONE_LANGUAGE]),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), st.text(max_size=3)), min_size=1, max_size=4),
)
def test_valid_packs_with_characters_changed(pack_file: Path, text: str, edits: list[tuple[float, int, str]]) -> None:
    """A few characters deleted or inserted anywhere: a YAML error, a pack error or (rarely) still a pack."""
    for where, remove, insert in edits:
        position = int(where * len(text))
        text = text[:position] + insert + text[position + remove :]
    check(pack_file, text)


RAW_VALUES = st.sampled_from(
    [
        "9" * 5000, "!!int " + "9" * 5000, "0" * 4400 + "1", "0x" + "f" * 40, "1_000", "1:30", "!!int ²", "1.5", ".inf",
        "-1", "+1", "0o7", "!!bool maybe", "!!null", "~", "", "''", '""', '"\\u200b"', '"\\e[31m"', '"\\r"',
        "!!python/name:os.system", "!!python/object/apply:os.system [echo]", "!!binary aGk=", "!local x", "! x",
        "*undefined", "&anchor x", "[", "{", "[]", "{}", "[a, [b]]", "{a: b}", "|\n  block", ">\n  folded", "- a",
        "a: b", "yes", "no", "on", "off", "2025-01-01", "[bold red]x[/]", "[@click=app.quit]x[/]", "\ufeff",
    ]
)  # fmt: skip


@SETTINGS
@given(st.sampled_from(VALID.split("\n")), st.one_of(RAW_VALUES, st.text(max_size=20)))
def test_raw_values_in_a_valid_pack(pack_file: Path, line: str, value: str) -> None:
    """Any one line of a valid pack given any raw YAML value (huge numbers, odd tags, aliases, brackets...)."""
    key, colon, _ = line.partition(": ")
    if not colon:
        key, colon = line.rstrip(":"), ":"
    check(pack_file, VALID.replace(line, f"{key}: {value}", 1))


@SETTINGS
@given(st.text(min_size=1, max_size=60))
def test_any_unicode_claim_loads_cleaned_or_is_refused(pack_file: Path, claim: str) -> None:
    """Whatever a claim holds, the pack loads with it cleaned, or the error says why; never a crash."""
    document = yaml.safe_load(ONE_LANGUAGE)
    document["questions"][0]["claim"] = claim
    result = check(pack_file, yaml.safe_dump(document, allow_unicode=True))
    if isinstance(result, Pack):
        assert result.questions[0].prompt.get("en").strip()

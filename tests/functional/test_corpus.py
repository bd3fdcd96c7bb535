"""No pack file, however broken or hostile, breaks the loader, the checker or the screen.

The corpus in tests/corpus/ holds one small file per way a pack can be wrong (tests/corpus/README.md lists them, and
BAD_FILES and GOOD_FILES below say what each must give). Each bad file must give a PackError naming the file and, where
there is one, the line, with the expected message; never another exception, never a partly loaded pack, and little
time and memory. The valid packs of hostile text in it must load with their text cleaned, and show it literally.
"""

from __future__ import annotations

import json
import time
import tracemalloc
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from quiz.commands import main
from quiz.model import Kind, Pack
from quiz.packs import MAX_BYTES, Catalog, PackError, load_catalog, load_pack
from quiz.store import Store
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from tests.pilot import app_for, key_for, screen_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"

# What each bad file must give: a fragment of one problem as printed ("file:line:column: error: path: message — hint"),
# and that problem's line, or None when it is about the whole file. The table lives here rather than in a .yaml
# file beside the packs, so that 'quiz validate tests/corpus' reads pack files only.
BAD_FILES: dict[str, tuple[str, int | None]] = {
    "alias-billion-laughs.yaml": ("unknown key 'lol0'", 2),
    "alias-bomb-long-text.yaml": ("aliases ('*name') repeat far more of this file than a pack ever needs", 8),
    "alias-bomb-questions-times-choices.yaml": (
        "aliases ('*name') repeat far more of this file than a pack ever needs",
        19,
    ),
    "alias-recursive.yaml": ("questions[0]: must be a mapping of 'key: value' lines, not a list", 14),
    "binary-png.yaml": ("this is a binary file, not YAML text", 3),
    "claim-and-question.yaml": ("has both 'claim' and 'question'", 15),
    "deep-nesting-block.yaml": ("the data is nested far deeper than a pack ever needs", 8),
    "deep-nesting-flow.yaml": ("exceeded maximum nesting depth", 7),
    "duplicate-key.yaml": ("questions[0].answer: duplicate key 'answer'", 18),
    "duplicate-question-id.yaml": ("duplicate question id 'eight-hours'", 22),
    "empty.yaml": ("the file is empty", None),
    "flood-of-mistakes.yaml": ("… and over 900 more problems", None),
    "format-version-2.yaml": ("this pack uses format version 2; this game reads version 1", 2),
    "invalid-utf8.yaml": ("the file is not UTF-8 text", 8),
    "key-is-list.yaml": ("a key must be a plain word", 10),
    "merge-key.yaml": ("merge keys ('<<') are not supported", 23),
    "missing-answer.yaml": ("questions[0]: missing 'answer'", 15),
    "missing-correct-choice.yaml": ("no choice is marked correct", 25),
    "missing-format-version.yaml": ("missing 'pack'", 2),
    "missing-questions.yaml": ("missing 'questions'", 2),
    "multiple-documents.yaml": ("a pack is one YAML document: remove the extra '---'", 32),
    "only-comments.yaml": ("the file is empty", None),
    "only-document-marker.yaml": ("must be a mapping of 'key: value' lines, not nothing", 2),
    "random-bytes.yaml": ("the file is not UTF-8 text", 1),
    "syntax-backtick.yaml": ("quote text that starts with a special character", 9),
    "syntax-bad-indentation.yaml": ("not valid YAML", 17),
    "syntax-control-character.yaml": ("U+0007", 4),
    "syntax-raw-ansi-escape.yaml": ("U+001B", 4),
    "syntax-tab-indentation.yaml": ("indent with spaces, not tabs", 13),
    "syntax-unclosed-brace.yaml": ("close the '{' that opens here", 10),
    "syntax-unclosed-bracket.yaml": ("close the '[' that opens here", 8),
    "syntax-unclosed-quote.yaml": ("not valid YAML", 7),
    "syntax-unclosed-single-quote.yaml": ("close the quote that opens here", 4),
    "syntax-undefined-alias.yaml": ("found undefined alias", 7),
    "syntax-unquoted-colon.yaml": ("text containing ': ' must be quoted", 16),
    "syntax-yaml-version-directive.yaml": ("incompatible YAML document", 2),
    "tag-binary.yaml": ("the tag 'tag:yaml.org,2002:binary' is not allowed", 9),
    "tag-custom-directive.yaml": ("the tag 'tag:example.com,2024:licence' is not allowed", 11),
    "tag-custom.yaml": ("the tag '!secret' is not allowed", 9),
    "tag-on-key.yaml": ("python/object/apply:os.system' is not allowed", 17),
    "tag-python-module.yaml": ("python/module:os' is not allowed", 7),
    "tag-python-name.yaml": ("python/name:os.system' is not allowed", 7),
    "tag-python-object-apply.yaml": ("the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed", 9),
    "tag-python-object-new.yaml": ("python/object/new:collections.OrderedDict' is not allowed", 7),
    "tag-python-whole-document.yaml": ("python/object/apply:subprocess.check_output' is not allowed", 2),
    "tag-set.yaml": ("the tag 'tag:yaml.org,2002:set' is not allowed", 7),
    "type-answer-is-list.yaml": ("questions[0].answer: must be myth or fact, not a list", 17),
    "type-authors-is-text.yaml": ("authors: must be a list, not 'Mr Okafor'", 8),
    "type-choice-is-text.yaml": (
        "questions[1].choices[0]: must be a mapping of 'key: value' lines, not 'A regular bedtime'",
        25,
    ),
    "type-choice-text-is-list.yaml": ("questions[1].choices[1].text: must be text, not a list", 28),
    "type-claim-is-empty.yaml": ("questions[0].claim: is empty; it must be text", 16),
    "type-claim-is-list.yaml": ("questions[0].claim: must be text, not a list", 16),
    "type-correct-not-boolean.yaml": ("must be true or false, not 'certainly'", 26),
    "type-difficulty-is-text.yaml": ("must be a whole number from 1 to 3, not 'hard'", 21),
    "type-format-version-5000-digits.yaml": ("must be the format version number 1", 2),
    "type-format-version-is-text.yaml": ("must be the format version number 1, not 'one'", 2),
    "type-languages-is-text.yaml": ("languages: must be a list, not 'en'", 6),
    "type-pack-is-list.yaml": ("must be a mapping of 'key: value' lines, not a list", 2),
    "type-pack-is-null.yaml": ("must be a mapping of 'key: value' lines, not nothing", 2),
    "type-pack-is-text.yaml": ("must be a mapping of 'key: value' lines, not 'Sleep basics, a quiz about sleep'", 2),
    "type-question-is-text.yaml": ("questions[0]: must be a mapping of 'key: value' lines", 15),
    "type-questions-is-mapping.yaml": ("questions: must be a list, not a mapping", 15),
    "type-references-is-list.yaml": ("references: must be a mapping of 'key: value' lines, not a list", 13),
    "type-refs-is-text.yaml": ("questions[0].refs: must be a list, not 'nhs-sleep'", 19),
    "type-source-is-list.yaml": ("source: must be a mapping of 'key: value' lines, not a list", 10),
    "type-tags-is-mapping.yaml": ("questions[0].tags: must be a list, not a mapping", 20),
    "type-text-missing-translation.yaml": ("title: needs a translation for each of en, zh", 4),
    "type-text-only-invisible.yaml": ("questions[0].claim: holds only invisible or control characters", 16),
    "type-version-is-mapping.yaml": ("version: must be text, not a mapping", 7),
    "unknown-key-language.yaml": ("title: unknown key 'fr' — expected one of: en, zh", 7),
    "unknown-key-misspelt.yaml": ("unknown key 'explaination' — did you mean 'explanation'?", 18),
    "unknown-key-top-level.yaml": ("unknown key 'titel' — did you mean 'title'?", 4),
    "unknown-reference.yaml": ("unknown reference 'nhs-slep' — did you mean 'nhs-sleep'?", 19),
    "utf16-no-byte-order-mark.yaml": ("this is UTF-16 text without a byte-order mark, not UTF-8", None),
}
GOOD_FILES: dict[str, list[str]] = {
    "byte-order-mark.yaml": [
        "Sleep basics",
    ],
    "text-ansi-escapes.yaml": [
        "Sleep basics",
        "Every adult needs eight hours  of sleep.",
        "A late espresso",
        "Education only, hidden not medical advice.",
    ],
    "text-carriage-returns.yaml": [
        "Every adult needs exactly eight hours of sleep.Sleep is optional.",
        "Sleep basics",
    ],
    "text-markup.yaml": [
        "[bold red]Sleep[/] basics",
        "[@click=app.quit]x[/] Every adult needs [RED]eight[/RED] hours",
        "[/ Most adults [link=https://example.org]need[/link]",
        "\\[escaped]",
        "[@click=app.bell]A late espresso[/]",
        "[blink]Education only[/blink], [b]not[/b] medical advice.",
        "[reverse]NHS[/reverse]. How to get to sleep. [/",
    ],
    "text-zero-width-and-bidi.yaml": [
        "Sleep basics",
        "Every adult needs exactly eight hours of sleep.",
        "A late espresso",
        "Most adults need",
    ],
    "utf16-byte-order-mark.yaml": [
        "Sleep basics",
        "Every adult needs exactly eight hours of sleep.",
    ],
}
BAD = sorted(BAD_FILES)
GOOD = sorted(GOOD_FILES)

SECONDS = 1.0
"""A sanity bound, not a speed goal: each corpus file loads in milliseconds; a second means something blew up."""
PEAK_BYTES = 50 * 1024 * 1024
"""Memory a single load may take at its peak (the largest corpus file is 16 KB)."""
PAYLOAD = "corpus-payload-ran"
"""What the corpus's !!python payloads would print if an unsafe load ever ran them."""


def is_unsafe(char: str) -> bool:
    """A character that must never reach the screen: controls other than newline (ESC, CR, C1), and format
    characters (zero-width, bidi overrides and isolates, BOM)."""
    return (unicodedata.category(char) == "Cc" and char != "\n") or unicodedata.category(char) == "Cf"


def unsafe_in(text: str) -> list[str]:
    return [f"U+{ord(char):04X}" for char in text if is_unsafe(char)]


def load(path: Path) -> Pack | PackError:
    """The pack at `path`, or the PackError it raises; any other exception fails the test."""
    try:
        return load_pack(path)
    except PackError as error:
        return error


def measured(path: Path) -> tuple[Pack | PackError, float, int]:
    """Load `path` twice: the pack or the PackError, the seconds the first load took, and the peak of memory
    traced during the second (tracing makes Python several times slower, so it does not share the timed run)."""
    started = time.perf_counter()
    result = load(path)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    try:
        again = load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert type(again) is type(result) and str(again) == str(result), "two loads of one file differ"
    return result, elapsed, peak


def texts_of(pack: Pack) -> Iterator[str]:
    """Every piece of text a loaded pack holds, in every language."""
    for text in (pack.title, pack.description, pack.disclaimer):
        yield from text.values.values()
    yield from (pack.version, pack.license, pack.source.title, pack.source.date, *pack.authors)
    yield from pack.references.values()
    for name in pack.tags.values():
        yield from name.values.values()
    for question in pack.questions:
        yield from question.prompt.values.values()
        yield from question.explanation.values.values()
        if question.article:
            yield from question.article.values.values()
        for choice in question.choices:
            yield from choice.text.values.values()
            if choice.feedback:
                yield from choice.feedback.values.values()


@pytest.fixture
def in_corpus(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in the corpus folder, so messages name each file as a teacher would type it."""
    monkeypatch.chdir(CORPUS)
    return CORPUS


# -- the corpus itself --------------------------------------------------------------------------------


def test_corpus_files_expectations_and_readme_agree() -> None:
    """Every corpus file has an expectation and a README line, and the other way round; 40 bad files at least."""
    files = {path.name for path in CORPUS.iterdir() if path.suffix in (".yaml", ".yml")}
    assert files == set(BAD) | set(GOOD)
    assert set(BAD).isdisjoint(GOOD)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert [name for name in sorted(files) if f"`{name}`" not in readme] == []
    assert len(BAD) >= 40
    assert all(GOOD_FILES[name] for name in GOOD)
    # Small files only: the huge-file case is made by the tests, never committed.
    assert max((CORPUS / name).stat().st_size for name in files) < 64 * 1024


# -- each bad file --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", BAD)
def test_bad_file_gives_a_clear_error(name: str, in_corpus: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """A PackError naming the file, at the expected line, with the expected message; nothing else.

    The time and memory asserts are generous sanity bounds (a second, 50 MB), not speed goals: a file that takes
    anywhere near them has made the loader do work out of all proportion to its size.
    """
    path = in_corpus / name
    fragment, line = BAD_FILES[name]
    result, elapsed, peak = measured(path)
    assert isinstance(result, PackError), f"{name} loaded as a pack"
    problems = result.problems
    assert problems, "a PackError must carry at least one problem"
    assert elapsed < SECONDS, f"{name} took {elapsed:.2f} s"
    assert peak < PEAK_BYTES, f"{name} took {peak / 1e6:.0f} MB"

    # Every problem names the file; every line it gives is in the file.
    data = path.read_bytes()
    for problem in problems:
        assert problem.file == name
        assert problem.line is None or 1 <= problem.line <= data.count(b"\n") + 1, str(problem)
        assert problem.severity == "error"

    # The expected message, at the expected line (None: the problem is about the whole file).
    matching = [problem for problem in problems if fragment in str(problem)]
    assert matching, f"no problem says {fragment!r}:\n{result}"
    assert matching[0].line == line, str(matching[0])
    if line is not None:
        assert str(matching[0]).startswith(f"{name}:{line}:")

    # What the teacher reads is one clean line per problem, whatever the file held.
    for line in str(result).split("\n"):
        assert unsafe_in(line) == [], line
    # No partly loaded pack: the catalog leaves the file out, with the same problems.
    catalog = load_catalog([path])
    assert catalog.packs == ()
    assert [str(p) for p in catalog.problems] == [str(p) for p in problems]
    # A !!python payload never ran (it would print to the terminal).
    out, err = capfd.readouterr()
    assert PAYLOAD not in out + err


def test_sharing_parts_through_aliases_still_loads(tmp_path: Path) -> None:
    """The alias guard leaves ordinary sharing alone: 300 questions sharing one list of choices and one explanation."""
    head = (CORPUS / "byte-order-mark.yaml").read_text(encoding="utf-8-sig")
    head = head[: head.index("questions:")]
    shared = (
        "    question: Which is right?\n"
        "    choices: &choices [{text: This one, correct: true, feedback: Yes.}, {text: That one}, {text: Neither}]\n"
        "    explanation: &why {en: Because the evidence says so.}\n"
    )
    reuse = "    question: Which is right?\n    choices: *choices\n    explanation: *why\n"
    questions = "".join(f"  - id: q{i}\n" + (shared if i == 0 else reuse) for i in range(300))
    path = tmp_path / "shared.yaml"
    path.write_text(head + "questions:\n" + questions, encoding="utf-8")
    pack = load_pack(path)
    assert len(pack.questions) == 300
    assert {q.choices[0].text.get("en") for q in pack.questions} == {"This one"}


# -- the valid packs of hostile text ----------------------------------------------------------------------


@pytest.mark.parametrize("name", GOOD)
def test_hostile_text_loads_cleaned_and_literal(name: str, in_corpus: Path) -> None:
    """Markup stays exactly as typed; escape sequences, CR, zero-width and bidi characters are gone."""
    result, elapsed, peak = measured(in_corpus / name)
    assert isinstance(result, Pack), f"{name} did not load:\n{result}"
    assert elapsed < SECONDS and peak < PEAK_BYTES
    texts = list(texts_of(result))
    for text in texts:
        assert unsafe_in(text) == [], f"{text!r} keeps {unsafe_in(text)}"
    for literal in GOOD_FILES[name]:
        assert any(literal in text for text in texts), f"{literal!r} is not in the pack's text: {texts}"


def test_markup_is_kept_character_for_character(in_corpus: Path) -> None:
    """The markup pack's title and claim are exactly what the file says, brackets, slashes and all."""
    pack = load_pack(in_corpus / "text-markup.yaml")
    assert pack.title.get("en") == "[bold red]Sleep[/] basics"
    assert pack.questions[0].prompt.get("en") == "[@click=app.quit]x[/] Every adult needs [RED]eight[/RED] hours"


def test_escape_sequences_go_whole(in_corpus: Path) -> None:
    """An ANSI or OSC sequence is removed as a whole: no '[31m' or ']8;;' debris is left behind."""
    pack = load_pack(in_corpus / "text-ansi-escapes.yaml")
    assert pack.title.get("en") == "Sleep basics"
    assert pack.questions[0].prompt.get("en") == "Every adult needs eight hours  of sleep."
    for text in texts_of(pack):
        assert "[31m" not in text and "]8;;" not in text and "pwned" not in text


def test_byte_order_mark_is_accepted(in_corpus: Path) -> None:
    """The pack saved with a UTF-8 byte-order mark loads like any other, the mark gone."""
    assert (in_corpus / "byte-order-mark.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    pack = load_pack(in_corpus / "byte-order-mark.yaml")
    assert pack.id == "corpus-bom"
    assert [q.id for q in pack.questions] == ["eight-hours", "bedtime"]


# -- files over the size limit ------------------------------------------------------------------------------


def test_sparse_file_of_hundreds_of_megabytes_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 512 MB file (sparse: it takes no disk) is refused by its size, before any of it is read."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(512 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    result, elapsed, peak = measured(path)
    assert isinstance(result, PackError)
    [problem] = result.problems
    assert (problem.file, problem.line) == ("huge.yaml", None)
    assert problem.message == f"the file is 512.0 MB; packs are limited to {MAX_BYTES // 1_048_576} MB"
    assert problem.hint == "split it into several packs"
    assert elapsed < SECONDS
    assert peak < 1024 * 1024, f"{peak} bytes traced: the file was read"


def test_real_yaml_file_over_the_limit_is_refused_without_reading_it_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of real pack text a little over the limit is refused by its size, in far less memory than it holds."""
    monkeypatch.chdir(tmp_path)
    head = (CORPUS / "byte-order-mark.yaml").read_text(encoding="utf-8-sig")
    question = "  - {id: q%d, claim: Sleep is for the weak, answer: myth, explanation: It is not.}\n"
    path = tmp_path / "big.yaml"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(head)
        number = 0
        while stream.tell() <= MAX_BYTES + 64 * 1024:
            stream.write("".join(question % (number + i) for i in range(1000)))
            number += 1000
    size = path.stat().st_size
    result, elapsed, peak = measured(path)
    assert isinstance(result, PackError)
    [problem] = result.problems
    assert (problem.file, problem.line) == ("big.yaml", None)
    assert problem.message.endswith(f"packs are limited to {MAX_BYTES // 1_048_576} MB")
    assert elapsed < SECONDS
    assert peak < size // 20, f"{peak} bytes traced for a {size}-byte file"


# -- the checker on the whole corpus ------------------------------------------------------------------------------


def test_validate_names_every_bad_file_and_never_crashes(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """'quiz validate tests/corpus' exits 1 and names every bad file with an error, in clean one-line messages.

    capfd (file-descriptor capture, a superset of capsys) also shows that no payload printed anything.
    """
    monkeypatch.chdir(REPO)
    code = main(["validate", "tests/corpus"])
    out, err = capfd.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert PAYLOAD not in out + err
    errors = [line for line in out.splitlines() if ": error: " in line]
    for name in BAD:
        assert any(line.startswith(f"tests/corpus/{name}") for line in errors), f"{name} is not reported"
    for name in GOOD:
        assert not any(line.startswith(f"tests/corpus/{name}") for line in errors), f"{name} is reported as bad"
    assert f"{len(BAD) + len(GOOD)} files checked" in out
    assert unsafe_in(out) == []


def test_validate_json_lists_every_bad_file(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    """The JSON report of the corpus parses, and has an error for every bad file and none for the good ones."""
    monkeypatch.chdir(REPO)
    code = main(["validate", "--format", "json", "tests/corpus"])
    out, err = capfd.readouterr()
    assert code == 1 and "Traceback" not in out + err
    report = json.loads(out)
    assert out.isascii()
    with_errors = {Path(p["file"]).name for p in report["problems"] if p["severity"] == "error"}
    assert with_errors == set(BAD)


# -- the game, driven with a hostile pack ------------------------------------------------------------------------

CLICK = "[@click=app.quit]x[/]"
"""Textual markup that, if it were ever parsed, would quit the game when its 'x' is clicked."""

# What the pack says (YAML double-quoted escapes: \e is ESC, \r CR, \x9b the 8-bit CSI) and what must be shown.
HOSTILE = {
    "title": (r"Hostile [RED] \e[1mpack\e[0m\u202e", "Hostile [RED] pack"),
    "description": (rf"About {CLICK} \u200bthings\r", f"About {CLICK} things"),
    "disclaimer": (rf"Not advice {CLICK} [/ \e]0;pwned\aok\r", f"Not advice {CLICK} [/ ok"),
    "reference": (rf"Cite {CLICK} \e[4mJournal\e[24m [/", f"Cite {CLICK} Journal [/"),
    "question": (r"Which [bold red]y[/] is \u200bright\u200f?", "Which [bold red]y[/] is right?"),
    "choice0": (rf"{CLICK} first\r", f"{CLICK} first"),
    "choice1": (r"[RED] second \u2066iso\u2069", "[RED] second iso"),
    "choice2": (r"[/ third \e[2J", "[/ third"),
    "feedback": (r"Feedback [RED]\e[5m!\e[0m", "Feedback [RED]!"),
    "explanation1": (
        rf"Because {CLICK} and \u202egnorw\u202c [bold red]y[/]",
        f"Because {CLICK} and gnorw [bold red]y[/]",
    ),
    "claim": (rf"Claim {CLICK} [RED] \rline\u200b", f"Claim {CLICK} [RED] line"),
    "explanation2": (r"Explained [/ [bold red]y[/] \x9b31mC1\x9b0m", "Explained [/ [bold red]y[/] C1"),
}


def raw(key: str) -> str:
    return '"' + HOSTILE[key][0] + '"'


def shown(key: str) -> str:
    return HOSTILE[key][1]


HOSTILE_PACK = f"""\
pack: 1
id: hostile
title: {raw("title")}
description: {raw("description")}
languages: [en]
version: "1"
authors: [Tester]
license: CC0-1.0
source: {{title: Nowhere, date: "2025-01-01"}}
disclaimer: {raw("disclaimer")}
references:
  r1: {raw("reference")}
questions:
  - id: choose
    question: {raw("question")}
    choices:
      - text: {raw("choice0")}
        correct: true
        feedback: {raw("feedback")}
      - text: {raw("choice1")}
      - text: {raw("choice2")}
    explanation: {raw("explanation1")}
    refs: [r1]
  - id: judge
    claim: {raw("claim")}
    answer: fact
    explanation: {raw("explanation2")}
    refs: [r1]
"""


def where(app: App, literal: str) -> tuple[int, int]:
    """The screen column and row where `literal` starts; fails when it is not shown on one line."""
    for row, line in enumerate(screen_text(app).split("\n")):
        column = line.find(literal)
        if column >= 0:
            return column, row
    raise AssertionError(f"{literal!r} is not on the screen:\n{screen_text(app)}")


async def click_on_markup(app: App, pilot, literal: str = CLICK) -> None:
    """Click where the screen shows `literal`: on its first character, and on the one after its first ']' (the
    'x' of CLICK, which live markup would make a link). Nothing must happen."""
    column, row = where(app, literal)
    screen, before = app.screen, screen_text(app)
    for offset in (column, column + literal.index("]") + 1):
        await pilot.click(offset=(offset, row))
        await pilot.pause()
        assert app.return_code is None, "a click on pack text fired an action"
        assert app.screen is screen
        assert screen_text(app) == before


def assert_clean_screen(app: App, *expected: str) -> str:
    """The screen shows each `expected` text literally and holds no control or invisible character."""
    text = screen_text(app)
    assert unsafe_in(text) == [], unsafe_in(text)
    for literal in expected:
        assert literal in text, f"{literal!r} is not shown:\n{text}"
    return text


class _LiveMarkup(App[None]):
    """The control: a Static that does parse markup, to show a click on such text would be seen."""

    def compose(self) -> ComposeResult:
        yield Static(f"Live {CLICK} markup")


async def test_clicking_live_markup_would_fire_the_action() -> None:
    """Control for the test below: with markup on, clicking the 'x' of CLICK quits, and the check notices."""
    app = _LiveMarkup()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        column, row = where(app, "Live x markup")
        await pilot.click(offset=(column + len("Live "), row))
        await pilot.pause()
        assert app.return_code is not None


async def test_hostile_pack_is_shown_literally_and_clicks_fire_nothing(tmp_path: Path) -> None:
    """A pack whose every text tries markup, ANSI escapes, CR, zero-width and bidi characters, played through:
    the start screen, both questions, their explanations and the results show it literally, without the control
    characters, and clicking on the markup-looking text fires no action."""
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_PACK, encoding="utf-8")
    pack = load_pack(path)
    app = app_for(Catalog((pack,), ()), lang="en", store=Store.in_memory("t"), pack_id=pack.id, seed=3)
    async with app.run_test(size=(100, 70)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert_clean_screen(app, shown("title"), shown("disclaimer"), shown("description"))
        await click_on_markup(app, pilot)

        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        for _ in range(2):
            round_ = screen.game.current
            assert round_ is not None
            if round_.question.kind is Kind.CHOICE:
                assert_clean_screen(app, shown("title"), shown("question"), *(shown(f"choice{i}") for i in range(3)))
                await click_on_markup(app, pilot, "[bold red]y[/]")
                await pilot.press(key_for(round_, right=True))
                await pilot.pause()
                assert_clean_screen(
                    app, shown("explanation1"), shown("feedback"), shown("reference"), shown("disclaimer")
                )
                await click_on_markup(app, pilot, "Because " + CLICK)
            else:
                assert_clean_screen(app, shown("title"), shown("claim"))
                await click_on_markup(app, pilot)
                await pilot.press(key_for(round_, right=False))
                await pilot.pause()
                assert_clean_screen(app, shown("explanation2"), shown("reference"), shown("disclaimer"))
                await click_on_markup(app, pilot, "Explained [/ [bold red]y[/]")
            assert screen.outcome is not None
            await pilot.press("enter")
            await pilot.pause()

        assert isinstance(app.screen, ResultsScreen)
        assert_clean_screen(app, shown("question"), shown("claim"), shown("explanation2"), shown("disclaimer"))
        await click_on_markup(app, pilot, "Claim " + CLICK)
        assert app.return_code is None


def test_a_file_of_countless_tiny_values_is_refused_before_parsing(tmp_path: Path) -> None:
    """Inside the size limit, a flood of tiny values would make the parser build millions of nodes: it is refused
    from a count of its separators, with a hint, before any parsing."""
    from quiz.packs.yamlsource import MAX_ITEMS

    path = tmp_path / "dense.yaml"
    path.write_text("pack: 1\nquestions: [" + "1," * (MAX_ITEMS + 1) + "1]\n", encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(PackError) as raised:
            load_pack(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (problem,) = raised.value.problems
    assert "far more values than a pack ever needs" in problem.message
    assert problem.hint == "split it into several packs"
    assert peak < 64 * 1024 * 1024  # parsing it would take gigabytes

"""Printable handouts for a class: the questions first, then an answer key with explanations and sources.

Two flavours: Markdown (`--format handout`, a .md file to edit or convert) and a standalone HTML page
(`--format handout-html`) ready to print from a browser, with the answer key starting on a new page.
The pack's disclaimer sits at the top of both. Each writes the pack in the order it is given: the command
shuffles it first (quiz.exchange.order), and heads each of several versions with its letter.
"""

from __future__ import annotations

import re
from html import escape

from quiz.i18n import tr
from quiz.labels import right_answer
from quiz.model import Kind, Pack, Question
from quiz.text import clean_all

LETTERS = "ABCD"

_WORDS = {
    "questions": {"en": "Questions", "zh": "题目"},
    "answer_key": {"en": "Answer key", "zh": "答案与解析"},
    "name_line": {
        "en": "Name: ____________   Class: ________   Date: ________",
        "zh": "姓名:____________   班级:________   日期:________",
    },
    "sources": {"en": "Sources", "zh": "参考文献"},
}


def word(key: str, lang: str) -> str:
    """A handout word in `lang`, English when the handout's language has none."""
    return _WORDS[key].get(lang, _WORDS[key]["en"])


def options(question: Question, lang: str) -> list[str]:
    """The lines a student chooses from: two boxes for myth or fact, else the lettered choices."""
    if question.kind is Kind.MYTH_FACT:
        return [f"☐ {tr('answer.myth', lang)}    ☐ {tr('answer.fact', lang)}"]
    return [f"{LETTERS[i]}. {choice.text.get(lang)}" for i, choice in enumerate(question.choices)]


def verdict_line(question: Question, lang: str) -> str | None:
    """ "The article says: …" with how it holds up, when the question tests a sentence of the source."""
    article = question.article_for(lang)
    if article is None:
        return None
    shown, original = article
    untranslated = f" ({tr('feedback.article_original', lang)}: “{original}”)" if original != shown else ""
    verdict = f" ({tr(f'verdict.{question.article_verdict.value}', lang)})" if question.article_verdict else ""
    return f"{tr('feedback.article', lang)}: “{shown}”{untranslated}{verdict}"


# == Markdown ======================================================================================

_INLINE = re.compile(r"([\\`*_\[\]<>#|~&])")
_NUMBERED = re.compile(r"(\d+)([.)])")


def _guard_line_start(line: str) -> str:
    """A line that cannot start a list, a quote or a heading underline."""
    if line[:1] in ("-", "+", "="):
        return "\\" + line
    numbered = _NUMBERED.match(line)
    if numbered:
        return f"{numbered.group(1)}\\{numbered.group(2)}{line[numbered.end() :]}"
    return line


def markdown_escape(text: str) -> str:
    """`text` that Markdown shows as written: markup characters escaped, line breaks kept as hard breaks."""
    # Leading spaces would turn a line into code, so each line is trimmed before it is escaped.
    lines = [_guard_line_start(_INLINE.sub(r"\\\1", line.strip())) for line in text.split("\n")]
    return "\\\n".join(lines)


def _indented(text: str, indent: str) -> str:
    """Markdown text continued inside a list item."""
    return text.replace("\n", "\n" + indent)


def versioned(heading: str, lang: str, version: str | None) -> str:
    """A heading with the version's letter, when the handout is one of several versions."""
    return heading if version is None else tr("handout.in_version", lang, heading=heading, letter=version)


def handout_markdown(pack: Pack, lang: str, version: str | None = None) -> str:
    """The handout as Markdown, headed with `version`'s letter when it is one of several versions."""
    pack = clean_all(pack)
    disclaimer = _indented(markdown_escape(pack.disclaimer.get(lang)), "> ")
    out = [
        f"# {markdown_escape(versioned(pack.title.get(lang), lang, version))}",
        "",
        f"> **{markdown_escape(tr('feedback.disclaimer', lang))}:** {disclaimer}",
        "",
        word("name_line", lang),  # our own words: its runs of underscores are blanks to fill, not markup
        "",
        f"## {markdown_escape(word('questions', lang))}",
        "",
    ]
    for n, question in enumerate(pack.questions, start=1):
        indent = " " * (len(str(n)) + 2)
        body = [markdown_escape(line) for line in [question.prompt.get(lang), *options(question, lang)]]
        out += [f"{n}. " + _indented("\\\n".join(body), indent), ""]
    out += ["---", "", f"## {markdown_escape(versioned(word('answer_key', lang), lang, version))}", ""]
    for n, question in enumerate(pack.questions, start=1):
        indent = " " * (len(str(n)) + 2)
        out += [f"{n}. **{markdown_escape(right_answer(question, lang, LETTERS))}**", ""]
        out += [indent + _indented(markdown_escape(question.explanation.get(lang)), indent), ""]
        article = verdict_line(question, lang)
        if article:
            out += [indent + "*" + _indented(markdown_escape(article), indent) + "*", ""]
        citations = pack.citations(question)
        if citations:
            out += [f"{indent}{markdown_escape(word('sources', lang))}:", ""]
            out += [f"{indent}- {_indented(markdown_escape(c), indent + '  ')}" for c in citations] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


# == HTML ==========================================================================================

_STYLE = """\
body { font-family: sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.45; }
.disclaimer { border-left: 4px solid #888; padding: 0.4em 0.8em; background: #f4f4f4; }
ol.questions > li, ol.key > li { margin-bottom: 1em; }
ol.choices { list-style-type: upper-alpha; }
.boxes { white-space: pre; }
.sources { font-size: 0.9em; }
.key-section { break-before: page; page-break-before: always; }
@media print { body { margin: 0; } }
"""


def html_text(text: str) -> str:
    """Pack text as HTML: escaped, with its line breaks kept."""
    return escape(text).replace("\n", "<br>\n")


def _question_html(question: Question, lang: str) -> str:
    prompt = html_text(question.prompt.get(lang))
    if question.kind is Kind.MYTH_FACT:
        return f'<li><p>{prompt}</p><p class="boxes">{html_text(options(question, lang)[0])}</p></li>'
    items = "".join(f"<li>{html_text(choice.text.get(lang))}</li>" for choice in question.choices)
    return f'<li><p>{prompt}</p><ol class="choices">{items}</ol></li>'


def _key_html(pack: Pack, question: Question, lang: str) -> str:
    parts = [f"<p><strong>{html_text(right_answer(question, lang, LETTERS))}</strong></p>"]
    parts.append(f"<p>{html_text(question.explanation.get(lang))}</p>")
    article = verdict_line(question, lang)
    if article:
        parts.append(f"<p><em>{html_text(article)}</em></p>")
    citations = pack.citations(question)
    if citations:
        items = "".join(f"<li>{html_text(c)}</li>" for c in citations)
        parts.append(f'<div class="sources">{escape(word("sources", lang))}:<ul>{items}</ul></div>')
    return "<li>" + "".join(parts) + "</li>"


def handout_html(pack: Pack, lang: str, version: str | None = None) -> str:
    """The handout as a standalone HTML page, headed with `version`'s letter when it is one of several versions."""
    pack = clean_all(pack)
    heading = versioned(pack.title.get(lang), lang, version)
    title = html_text(heading)
    questions = "\n".join(_question_html(q, lang) for q in pack.questions)
    disclaimer = f"<strong>{escape(tr('feedback.disclaimer', lang))}:</strong> {html_text(pack.disclaimer.get(lang))}"
    key = "\n".join(_key_html(pack, q, lang) for q in pack.questions)
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<title>{escape(heading)}</title>
<style>
{_STYLE}</style>
</head>
<body>
<h1>{title}</h1>
<p class="disclaimer">{disclaimer}</p>
<p>{escape(word("name_line", lang))}</p>
<section class="questions-section">
<h2>{escape(word("questions", lang))}</h2>
<ol class="questions">
{questions}
</ol>
</section>
<section class="key-section">
<h2>{escape(versioned(word("answer_key", lang), lang, version))}</h2>
<ol class="key">
{key}
</ol>
</section>
</body>
</html>
"""

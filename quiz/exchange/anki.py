"""Anki decks (.apkg): one note per question, the answer, explanation, sources and disclaimer on the back.

Model and deck ids are derived from the pack id by hashing, and each note's guid from the pack and question
ids, so importing a re-exported deck updates the same notes instead of adding copies. All pack text is
HTML-escaped, since Anki renders card fields as HTML. genanki is imported only when a deck is made.
"""

from __future__ import annotations

import hashlib
import io
from html import escape

from quiz.i18n import tr
from quiz.labels import right_answer
from quiz.model import Kind, Pack, Question
from quiz.text import clean_all, one_line

FIELDS = ("Front", "Back", "Question ID")
CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background: white; }
.mof-ask { color: #555; margin-top: 0.6em; }
.mof-answer { font-weight: bold; font-size: 1.1em; }
.mof-disclaimer { margin-top: 1em; font-size: 0.8em; color: #555; }
.mof-sources { font-size: 0.85em; }
"""


def stable_id(pack_id: str, what: str) -> int:
    """A fixed id for `what` ("model" or "deck") of this pack, in the range genanki recommends."""
    digest = hashlib.sha256(f"myth-or-fact:{what}:{pack_id}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def html_text(text: str) -> str:
    """Pack text as HTML: escaped, with its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def front(question: Question, lang: str) -> str:
    """The front of the card: the claim or the question, with its numbered choices."""
    parts = [f'<div class="mof-prompt">{html_text(question.prompt.get(lang))}</div>']
    if question.kind is Kind.MYTH_FACT:
        parts.append(f'<div class="mof-ask">{escape(tr("question.prompt_myth_fact", lang))}</div>')
    else:
        items = "".join(f"<li>{html_text(choice.text.get(lang))}</li>" for choice in question.choices)
        parts.append(f'<ol class="mof-choices">{items}</ol>')
    return "".join(parts)


def back(pack: Pack, question: Question, lang: str) -> str:
    """The back of the card: answer, choice feedback, explanation, the article, sources and disclaimer."""
    answer = tr("feedback.answer", lang, answer=right_answer(question, lang))
    parts = [f'<div class="mof-answer">{html_text(answer)}</div>']
    feedback = [
        f"<li><b>{n}.</b> {html_text(choice.feedback.get(lang))}</li>"
        for n, choice in enumerate(question.choices, start=1)
        if choice.feedback is not None
    ]
    if feedback:
        parts.append(f'<ul class="mof-feedback">{"".join(feedback)}</ul>')
    parts.append(f"<h4>{escape(tr('feedback.why', lang))}</h4><div>{html_text(question.explanation.get(lang))}</div>")
    article = question.article_for(lang)
    if article is not None:
        shown, original = article
        verdict = question.article_verdict
        parts.append(f"<h4>{escape(tr('feedback.article', lang))}</h4>")
        parts.append(f"<blockquote>{html_text(shown)}</blockquote>")
        if original != shown:
            label = escape(tr("feedback.article_original", lang))
            parts.append(f"<blockquote><b>{label}:</b> {html_text(original)}</blockquote>")
        if verdict is not None:
            parts.append(f"<div>{escape(tr(f'verdict.{verdict.value}', lang))}</div>")
    citations = pack.citations(question)
    if citations:
        items = "".join(f"<li>{html_text(citation)}</li>" for citation in citations)
        parts.append(f'<h4>{escape(tr("feedback.references", lang))}</h4><ol class="mof-sources">{items}</ol>')
    parts.append(
        f'<div class="mof-disclaimer"><b>{escape(tr("feedback.disclaimer", lang))}:</b> '
        f"{html_text(pack.disclaimer.get(lang))}</div>"
    )
    return "".join(parts)


def deck_name(pack: Pack, lang: str) -> str:
    """The deck's name under a "Myth or Fact" parent deck ("::" would nest decks, so the title cannot use it)."""
    return f"Myth or Fact::{one_line(pack.title.get(lang)).replace('::', ': ')}"


def export_anki(pack: Pack, lang: str) -> bytes:
    """The pack in `lang` as an Anki package (.apkg), one note per question."""
    import genanki  # only this command needs it, and it is slow to import

    pack = clean_all(pack)
    model = genanki.Model(
        stable_id(pack.id, "model"),
        f"Myth or Fact ({pack.id})",
        fields=[{"name": name} for name in FIELDS],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}',
            }
        ],
        css=CSS,
    )
    deck = genanki.Deck(stable_id(pack.id, "deck"), deck_name(pack, lang))
    for question in pack.questions:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[front(question, lang), back(pack, question, lang), escape(question.id)],
                guid=genanki.guid_for(pack.id, question.id),
                tags=[pack.id, *question.tags],
            )
        )
    # Built in memory, so the caller can write it whole (or to standard output) like every other export.
    package = io.BytesIO()
    genanki.Package(deck).write_to_file(package)
    return package.getvalue()

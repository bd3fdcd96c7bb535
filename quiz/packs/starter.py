"""`quiz new`: a commented starter pack that is valid as written, for a teacher to copy and change.

The starter's first line points an editor running the YAML language server at `pack.schema.json` in the same
folder, which `quiz new` writes there when it is missing, so completion and checking work at once.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import yaml

from quiz.i18n import DEFAULT_LANGUAGE, tr
from quiz.packs.format_v1 import PACK_ID
from quiz.text import cell_width, one_line

LANGUAGE_OPTIONS = {"en": ("en",), "zh": ("zh",), "both": ("zh", "en")}
"""What `quiz new --lang` takes, and the languages each gives the pack."""
DEFAULT_ID = "my-pack"
_COMMENT_COLUMN = 34

# The example questions are real and sourced, so a starter left unedited still teaches nothing wrong.
_WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Hydration basics (example pack)", "zh": "补水常识（示例题库）"},
    "description": {
        "en": "An example to copy: one myth-or-fact question and one multiple-choice question.",
        "zh": "一个可供模仿的示例：一道“谣言还是事实”题和一道选择题。",
    },
    "disclaimer": {
        "en": "This quiz is health education, not medical advice. See a doctor about your own health.",
        "zh": "本测验仅供健康科普，不构成医疗建议。个人健康问题请咨询医生。",
    },
    "claim": {
        "en": "Everyone must drink exactly eight glasses of water a day.",
        "zh": "每个人每天都必须正好喝八杯水。",
    },
    "claim_explanation": {
        "en": (
            "How much water a person needs depends on body size, activity and climate, and food and other drinks "
            "supply part of it. Reference values are for total water from all sources, not a number of glasses."
        ),
        "zh": (
            "一个人需要多少水，取决于体型、活动量和气候，食物和其他饮品也提供一部分水分。"
            "参考摄入量指的是所有来源的总水量，而不是固定的杯数。"
        ),
    },
    "question": {
        "en": "For a healthy adult, which is the most useful everyday sign that it is time to drink?",
        "zh": "对健康的成年人来说，以下哪一项是日常最有用的喝水信号？",
    },
    "thirst": {"en": "Thirst", "zh": "口渴"},
    "water_tag": {"en": "Drinking water", "zh": "饮水"},
    "thirst_feedback": {
        "en": "Yes. For healthy adults, thirst is a reliable guide.",
        "zh": "对。对健康成年人来说，口渴是可靠的信号。",
    },
    "clock": {"en": "The time on the clock", "zh": "钟表上的时间"},
    "hunger": {"en": "Hunger", "zh": "饥饿"},
    "hunger_feedback": {
        "en": "Hunger is a sign the body needs food, not water.",
        "zh": "饥饿提示的是需要进食，而不是需要喝水。",
    },
    "question_explanation": {
        "en": (
            "In healthy adults thirst keeps the body's water in balance well. Older people, small children and "
            "people exercising hard in the heat may need to drink before they feel thirsty."
        ),
        "zh": (
            "健康成年人靠口渴就能很好地维持体内的水平衡。"
            "老年人、幼儿以及在炎热天气里剧烈运动的人，可能需要在感到口渴之前就喝水。"
        ),
    },
}

_CITATION = (
    "EFSA Panel on Dietetic Products, Nutrition, and Allergies (NDA). Scientific Opinion on Dietary Reference "
    "Values for water. EFSA Journal 2010;8(3):1459."
)


def pack_id_for(path: Path) -> str:
    """A pack id made from a file name: 'Hydration Basics.yaml' gives 'hydration-basics'."""
    words = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return words if PACK_ID.match(words) else DEFAULT_ID


def _scalar(value: str) -> str:
    """`value` as YAML: plain when it reads back unchanged, else double-quoted (JSON strings are valid YAML)."""
    try:
        plain = yaml.safe_load(f"k: {value}") == {"k": value}
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)


def _line(text: str, comment: str = "") -> str:
    """A line with its comment lined up in one column, so the file reads like a form.

    A line reaching that column gets its comment on the line above instead, at the same indentation.
    """
    if not comment:
        return text
    # By the columns the text takes on screen: a Chinese character takes two.
    width = cell_width(text)
    if width + 2 > _COMMENT_COLUMN:
        indent = text[: len(text) - len(text.lstrip())]
        return f"{indent}# {comment}\n{text}"
    return text + " " * (_COMMENT_COLUMN - width) + f"# {comment}"


def _text(key: str, word: str, languages: tuple[str, ...], indent: str, comment: str = "") -> list[str]:
    """The lines of a text field: a plain string in a one-language pack, else one line per language."""
    values = _WORDS[word]
    if len(languages) == 1:
        return [_line(f"{indent}{key}: {_scalar(values[languages[0]])}", comment)]
    # The translations go two columns in from the key itself, which starts after any "- ".
    inner = indent + " " * (len(key) - len(key.lstrip("- ")) + 2)
    return [_line(f"{indent}{key}:", comment)] + [f"{inner}{lang}: {_scalar(values[lang])}" for lang in languages]


def _comments(key: str, lang: str, indent: str = "", **values: object) -> list[str]:
    """The comment lines of the message `key`: one per line of it, at `indent`."""
    return [f"{indent}# {line}" for line in tr(key, lang, **values).split("\n")]


def starter_pack(
    pack_id: str, languages: tuple[str, ...], file_name: str = "pack.yaml", lang: str = DEFAULT_LANGUAGE
) -> str:
    """The text of a starter pack with this id, in these languages, that loads without errors.

    Its comments are in `lang`, the language of the command that writes it. Its one warning asks for the author's
    name in place of the one it leaves (quiz.packs.itemcheck). `file_name` is what its comments tell the teacher
    to type.
    """
    if not PACK_ID.match(pack_id):
        raise ValueError(f"{pack_id!r} is not a valid pack id")
    # The name goes into comments: a line break in it would end the comment and become YAML.
    file_name = shlex.quote(one_line(file_name))
    one = len(languages) == 1

    def say(key: str, **values: object) -> str:
        return tr(f"starter.{key}", lang, **values)

    texts_note = say("texts_one" if one else "texts_all")
    # Here, not at the top: the schema module reads the catalogs as it loads, and every `quiz` start imports this one.
    from quiz.packs.schema import SCHEMA_FILE

    lines = [
        f"# yaml-language-server: $schema=./{SCHEMA_FILE}",
        *_comments("starter.intro", lang),
        f"#   quiz validate {file_name}    {say('validate')}",
        f"#   quiz play --pack {file_name} {say('play')}",
        *_comments("starter.format", lang, schema=SCHEMA_FILE),
        _line("pack: 1", say("pack")),
        _line(f"id: {pack_id}", say("id")),
        *_text("title", "title", languages, ""),
        *_text("description", "description", languages, ""),
        _line(f"languages: [{', '.join(languages)}]", texts_note if not one else say("language")),
        *([f"# {texts_note}"] if one else []),
        _line('version: "1.0"', say("version")),
        _line(f"authors: [{_scalar(say('author'))}]", say("authors")),
        _line("license: CC-BY-4.0", say("license")),
        _line("source:", say("source")),
        "  title: EFSA Scientific Opinion on Dietary Reference Values for water",
        _line('  date: "2010"', say("quotes")),
        _line("  # link: https://example.org/", say("link")),
        _line("  # language: en", say("source_language")),
        _line("# checked: 2026-11", say("checked")),
        *_text("disclaimer", "disclaimer", languages, "", say("disclaimer")),
        _line("tags:", say("tags")),
        *_text("  water", "water_tag", languages, ""),
        _line("references:", say("references")),
        f"  efsa-2010: {_scalar(_CITATION)}",
        "questions:",
        *_comments("starter.myth_fact", lang, "  "),
        _line("  - id: eight-glasses", say("question_id")),
        *_text("claim", "claim", languages, "    "),
        _line("    answer: myth", say("answer")),
        *_text("explanation", "claim_explanation", languages, "    ", say("explanation")),
        _line("    refs: [efsa-2010]", say("refs")),
        _line("    tags: [water]", say("question_tags")),
        _line("    difficulty: 1", say("difficulty")),
        *_comments("starter.article", lang, "    "),
        *([] if one else _comments("starter.article_translated", lang, "    ")),
        f"    # article: {say('article_example')}",
        "    # article_verdict: overstated",
        "",
        *_comments("starter.choice", lang, "  "),
        "  - id: thirst-signal",
        *_text("question", "question", languages, "    "),
        "    choices:",
        *_text("- text", "thirst", languages, "      "),
        _line("        correct: true", say("correct")),
        *_text("feedback", "thirst_feedback", languages, "        ", say("feedback")),
        *_text("- text", "clock", languages, "      "),
        *_text("- text", "hunger", languages, "      "),
        *_text("feedback", "hunger_feedback", languages, "        "),
        *_text("explanation", "question_explanation", languages, "    "),
        "    refs: [efsa-2010]",
        "    tags: [water]",
        "    difficulty: 2",
    ]
    return "\n".join(lines) + "\n"

"""One of our own messages as data: its id and values, turned into words only when a language is chosen.

Code below the commands (the pack loader, the checks, the exchange formats) says what it has to say as a `Msg`,
so one problem or warning can be printed in the language of whichever command or screen shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping, Sequence

from quiz.i18n import DEFAULT_LANGUAGE, tr


@dataclass(frozen=True)
class Msg:
    """One of our own messages: its id and the values it is filled with."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def text(self, lang: str) -> str:
        """The message in `lang`, with any message among its values said in `lang` too."""
        values = {name: value.text(lang) if isinstance(value, Msg) else value for name, value in self.values.items()}
        return tr(self.key, lang, **values)

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


def msg(key: str, /, **values: object) -> Msg:
    """The message `key` with `values`: `msg("load.missing_key", name="id")`."""
    return Msg(key, values)


def either(words: Sequence[Msg | str]) -> Msg | str:
    """`words` as a choice between them, "a or b or c" in English, for a message to name."""
    if len(words) < 2:
        return words[0] if words else ""
    said = words[0]
    for word in words[1:]:
        said = msg("words.or", first=said, then=word)
    return said


def both(words: Sequence[Msg | str]) -> Msg | str:
    """`words` together, "a, b and c" in English, for a message to name."""
    if len(words) < 2:
        return words[0] if words else ""
    said = words[0]
    for word in words[1:-1]:
        said = msg("words.comma", first=said, then=word)
    return msg("words.and", items=said, last=words[-1])

"""Who is playing: a player is a name, and a class is a code; both are free text the player types, checked here.

One person at their own terminal never types a name: they play as the default player, named after their account.
Names are compared exactly as they are kept: trimmed, with runs of spaces made one and in Unicode's composed form
(NFC), so that "Ann  Lee " typed in one browser and "Ann Lee" in another are the same player, and an "é" typed as
one character or as "e" and an accent too. Letters keep their case: "ann" and "Ann" are two players.
"""

from __future__ import annotations

import getpass
import unicodedata

from quiz.i18n import tr
from quiz.text import clean

MAX_NAME = 40
"""The most characters a player's name or a class code may have: a full name fits, a pasted paragraph does not."""
FALLBACK_PLAYER = "player"
"""The default player's name when the account's name cannot be found or is no usable name."""


class BadName(ValueError):
    """A name or class code that is refused, with the message that says why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(tr(key, "en", **values))
        self.key = key
        self.values = values

    def text(self, lang: str) -> str:
        """Why the name is refused, in `lang`."""
        return tr(self.key, lang, **self.values)


def player_name(text: str) -> str:
    """`text` as a player's name; raises BadName when it is empty, too long or has control characters in it."""
    return _checked(text)


def class_code(text: str) -> str:
    """`text` as a class code (7b, Biology 2): the same rules as a player's name."""
    return _checked(text)


def default_player() -> str:
    """The name of the player who never gave one: the account's name, else "player"."""
    try:
        account = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment, and none in the password database
        return FALLBACK_PLAYER
    try:
        return player_name(account)
    except BadName:
        return FALLBACK_PLAYER


def _checked(text: str) -> str:
    # Tabs and line breaks are refused rather than folded: they are pasted, never typed into a name.
    if clean(text) != text or "\n" in text:
        raise BadName("name.control")
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise BadName("name.empty")
    if len(name) > MAX_NAME:
        raise BadName("name.too_long", limit=MAX_NAME)
    return name

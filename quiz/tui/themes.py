"""The game's colour themes: the default look, a high-contrast one and a colour-blind-safe one.

Right and wrong always carry words and symbols (✔ / ✘) as well as colour, so every theme only has to make them
easy to see, never to tell them apart on its own. The stylesheet uses theme variables only ($success for right,
$error for wrong, $warning for the disclaimer, $accent for headings), so a theme changes the whole game at once.

The names live here as plain strings, and the Theme objects are built on demand, so that `quiz --help` and
`quiz list` can offer the choices without loading Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.theme import Theme

DEFAULT_THEME = "myth-or-fact"
"""The everyday look: Textual's own dark palette, which the game was designed in."""

HIGH_CONTRAST_THEME = "myth-or-fact-high-contrast"
"""White and bright colours on black, full-strength text, for low vision and glare."""

COLOURBLIND_THEME = "myth-or-fact-colourblind"
"""Okabe–Ito colours: right is blue, wrong is orange, which stay apart in every common kind of colour blindness."""

THEME_NAMES: tuple[str, ...] = (DEFAULT_THEME, HIGH_CONTRAST_THEME, COLOURBLIND_THEME)
"""Every theme the game brings, the default first (the choices of `quiz play --theme`)."""

# Okabe & Ito, "Color Universal Design" (2008): a palette chosen to stay distinct for protan, deutan and tritan
# vision. Only the colours used below are named.
_OKABE_ITO_ORANGE = "#E69F00"
_OKABE_ITO_SKY_BLUE = "#56B4E9"
_OKABE_ITO_BLUE = "#0072B2"
_OKABE_ITO_YELLOW = "#F0E442"
_OKABE_ITO_REDDISH_PURPLE = "#CC79A7"

_FOCUS_STYLE = "bold reverse"
"""How a focused button looks in every theme: inverted, so focus shows even with no colour at all (NO_COLOR)."""


def quiz_themes() -> list[Theme]:
    """The game's themes as Textual themes, in the order of `THEME_NAMES`."""
    from textual.theme import Theme

    default = Theme(
        name=DEFAULT_THEME,
        # textual-dark's palette, named after the game so the default can be chosen back from the palette.
        primary="#0178D4",
        secondary="#004578",
        accent="#ffa62b",
        warning="#ffa62b",
        error="#ba3c5b",
        success="#4EBF71",
        foreground="#e0e0e0",
        dark=True,
        variables={"button-focus-text-style": _FOCUS_STYLE},
    )
    high_contrast = Theme(
        name=HIGH_CONTRAST_THEME,
        primary="#FFFF00",
        secondary="#00FFFF",
        accent="#00FFFF",
        warning="#FFB000",
        error="#FF6060",
        success="#00FF7F",
        foreground="#FFFFFF",
        background="#000000",
        # Just off black, so buttons still show as boxes; white on it keeps a contrast ratio above 17:1.
        surface="#1A1A1A",
        panel="#262626",
        dark=True,
        variables={
            # Textual blends text to 87 % and muted text to 60 % of the contrasting colour; here text is at full
            # strength and muted text stays bright. "auto" keeps picking black or white for the background behind.
            "text": "auto 100%",
            "text-muted": "auto 85%",
            "text-disabled": "auto 70%",
            "foreground-muted": "#D0D0D0",
            # A focused field's border is yellow, an unfocused one grey: apart in brightness, not only in hue.
            "border": "#FFFF00",
            "border-blurred": "#808080",
            "button-focus-text-style": "bold reverse underline",
            "block-cursor-background": "#FFFF00",
            "block-cursor-foreground": "#000000",
        },
    )
    colourblind = Theme(
        name=COLOURBLIND_THEME,
        primary=_OKABE_ITO_BLUE,
        secondary=_OKABE_ITO_SKY_BLUE,
        accent=_OKABE_ITO_REDDISH_PURPLE,
        warning=_OKABE_ITO_YELLOW,
        # Right in blue and wrong in orange: the pair that red/green colour blindness does not merge.
        success=_OKABE_ITO_SKY_BLUE,
        error=_OKABE_ITO_ORANGE,
        foreground="#e0e0e0",
        dark=True,
        variables={"button-focus-text-style": _FOCUS_STYLE},
    )
    return [default, high_contrast, colourblind]


def register_themes(app: App[Any]) -> None:
    """Make the game's themes available on `app` (and so in the command palette's "Change theme")."""
    for theme in quiz_themes():
        app.register_theme(theme)

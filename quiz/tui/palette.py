"""The command palette in the player's language: Textual's own commands, said in our words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from textual.app import SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from quiz.i18n import tr

if TYPE_CHECKING:
    from textual.app import App


def system_commands(app: App[Any], screen: Screen[object], lang: str) -> Iterable[SystemCommand]:
    """The palette's built-in commands (theme, quit, keys, maximise, screenshot), titled and explained in `lang`."""

    def command(key: str, callback: Callable[[], object]) -> SystemCommand:
        return SystemCommand(tr(f"palette.{key}", lang), tr(f"palette.{key}_help", lang), callback)

    yield command("theme", lambda: search_themes(app, lang))
    yield command("quit", app.action_quit)
    if screen.query("HelpPanel"):
        yield command("keys_hide", app.action_hide_help_panel)
    else:
        yield command("keys", app.action_show_help_panel)
    if screen.maximized is not None:
        yield command("minimize", screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield command("maximize", screen.action_maximize)
    yield command("screenshot", lambda: app.set_timer(0.1, app.deliver_screenshot))


def open_palette(app: App[Any], lang: str) -> None:
    """Open the command palette, its search field prompting in `lang`."""
    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(CommandPalette(id="--command-palette", placeholder=tr("palette.search", lang)))


def search_themes(app: App[Any], lang: str) -> None:
    """The palette's list of themes, its search field prompting in `lang`."""
    from textual.theme import ThemeProvider

    app.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=tr("palette.search_themes", lang)))

"""`quiz serve`: the game in web browsers through textual-serve, one game process per browser tab.

Each browser that opens the page gets its own `quiz play` process (the very command a terminal player runs), which
first asks for the player's name; browser players share nothing but the store, which SQLite's WAL mode lets many
processes write at once. With `--class`, each game records the class with its answers.

A classroom server meets browsers that misbehave and pages that are not ours: it answers only to the host names it
was started for, caps the terminal size, each message and the number of games, and ends each game's process when
its browser goes (quiz.servegames). textual-serve and aiohttp are imported only when a server is built, so every
other command starts without them.
"""

from __future__ import annotations

import ipaddress
import re
import shlex
import sys
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from quiz.i18n import DEFAULT_LANGUAGE, tr

if TYPE_CHECKING:
    from textual_serve.server import Server

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 32
"""Games at once: a class, each game a process of some 60 MB, within what a teacher's laptop can hold."""
MAX_WIDTH, MAX_HEIGHT = 500, 200
"""The largest terminal a browser may ask for: wider than any screen, yet a game of bounded size."""
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

# What a Host header may look like before it is put in the page: a name or an address, then an optional port.
_HOST_HEADER = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?")


def is_loopback(host: str) -> bool:
    """Whether `host` can only be reached from this computer (127.x.x.x, ::1 or localhost)."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        # Any other name may resolve to an address other computers reach: treat it as public.
        return False


def play_command(
    pack: str | None = None, lang: str | None = None, theme: str | None = None, class_code: str | None = None
) -> str:
    """The shell command each browser's game runs: this Python's `quiz play`, asking for the player's name, with
    the options passed on.

    textual-serve starts it through the shell, so every part is quoted; `sys.executable` keeps the game in the
    environment the server runs in, whatever `quiz` on the PATH may be.
    """
    # --no-resume: every tab is its own game, so no tab may take up a game another tab left unfinished (even the
    # same player's: two tabs with one name are one player playing two games). --ask-player: each tab is a player.
    argv = [sys.executable, "-m", "quiz", "play", "--no-resume", "--ask-player"]
    for option, value in (("--pack", pack), ("--lang", lang), ("--theme", theme), ("--class", class_code)):
        if value is not None:
            argv += [option, value]
    return shlex.join(argv)


def page_url(scheme: str, host_header: str, fallback: str) -> str:
    """The address the page tells the browser to connect back to: the one the browser used, when it is sane.

    Listening on 0.0.0.0 for a classroom, the configured address is no use to a student's browser; the Host header
    it sent is the name that reached us. Anything odd in it falls back to the configured address.
    """
    if scheme in ("http", "https") and _HOST_HEADER.fullmatch(host_header):
        return f"{scheme}://{host_header}"
    return fallback


def same_origin(origin: str | None, host_header: str) -> bool:
    """Whether a WebSocket opened with `origin` comes from our own page.

    Browsers send Origin with every WebSocket; without this check any web site a player visits could open games
    on this server (WebSockets are not held back by the same-origin policy). Clients with no Origin are not browsers
    and are let through.
    """
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.casefold() == host_header.casefold()


@dataclass(frozen=True)
class Limits:
    """What one server allows: how many games at once, and which host names browsers may reach it by."""

    max_sessions: int = DEFAULT_MAX_SESSIONS
    hosts: frozenset[str] = LOOPBACK_NAMES
    """The host names (and addresses) the server answers to, lowercase."""
    any_address: bool = False
    """Listening on every address (0.0.0.0 or ::): any IP address typed in a browser reaches us and is accepted."""


def limits(host: str, allowed_hosts: Collection[str] = (), max_sessions: int = DEFAULT_MAX_SESSIONS) -> Limits:
    """The limits of a server listening on `host` that also answers to `allowed_hosts` (for --public)."""
    address = host.strip("[]").lower()
    try:
        any_address = ipaddress.ip_address(address).is_unspecified
    except ValueError:
        any_address = False
    names = LOOPBACK_NAMES | {address} | {name.strip("[]").lower().rstrip(".") for name in allowed_hosts}
    return Limits(max_sessions, frozenset(names), any_address)


def host_allowed(host_header: str | None, allowed: Limits) -> bool:
    """Whether a request's Host header names this server, which is what stops DNS rebinding.

    A page on evil.example that points its name at 127.0.0.1 reaches us with its own name in Host (the Origin then
    matches it too). Names we were not started for are refused; an IP address typed in a browser cannot be such a
    page's, so any of ours is fine, and *.localhost never leaves the computer.
    """
    if not host_header or not _HOST_HEADER.fullmatch(host_header):
        return False
    name = urlsplit(f"//{host_header}").hostname or ""
    name = name.rstrip(".")
    if name in allowed.hosts or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    return address.is_loopback or allowed.any_address


def terminal_size(width: object, height: object) -> tuple[int, int]:
    """The terminal size a browser asked for, as whole numbers within 1 x 1 and MAX_WIDTH x MAX_HEIGHT.

    The page sends its own size; anything else (100000 x 100000, text, nothing) must not make the game's process
    draw a screen of gigabytes.
    """
    return _within(width, 80, MAX_WIDTH), _within(height, 24, MAX_HEIGHT)


def _within(value: object, default: int, largest: int) -> int:
    # A query string gives text, a JSON message any JSON value: only text and numbers can be a size.
    if not isinstance(value, str | int | float):
        return default
    try:
        number = int(value)
    except (ValueError, OverflowError):
        return default
    return max(1, min(number, largest))


def _url_host(address: str) -> str:
    """`address` as it goes in a URL: an IPv6 address needs brackets (textual-serve writes host:port as it is)."""
    return f"[{address}]" if ":" in address else address


def startup_message(address: str, port: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """What the server says when it starts (in `lang`): the address to open, or how to find it when listening
    everywhere."""
    try:
        everywhere = ipaddress.ip_address(address).is_unspecified
    except ValueError:
        everywhere = False
    title = tr("app.title", lang)
    if everywhere:
        return tr("serve.everywhere", lang, title=title, port=port)
    return tr("serve.at", lang, title=title, url=f"http://{_url_host(address)}:{port}")


def build_server(
    command: str,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allowed_hosts: Collection[str] = (),
    max_sessions: int = DEFAULT_MAX_SESSIONS,
    lang: str = DEFAULT_LANGUAGE,
) -> Server:
    """A textual-serve server that runs `command` for each browser that connects, up to `max_sessions` at once.

    It answers to loopback names, its own `host`, and `allowed_hosts` (the names students type, with --public);
    it speaks `lang` in what it prints and in the page title.
    """
    from quiz.servegames import QuizServer

    address = host.strip("[]")
    server = QuizServer(command, host=address, port=port, title=tr("app.title", lang))
    server.lang = lang
    server.limits = limits(address, allowed_hosts, max_sessions)
    server.configured_url = f"http://{_url_host(address)}:{port}"
    server.public_url = server.configured_url
    return server


def serve(
    command: str,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allowed_hosts: Collection[str] = (),
    max_sessions: int = DEFAULT_MAX_SESSIONS,
    lang: str = DEFAULT_LANGUAGE,
) -> int:
    """Serve `command` to browsers until Ctrl+C or SIGTERM, speaking `lang`; returns the exit code."""
    try:
        server = build_server(command, host, port, allowed_hosts, max_sessions, lang)
    except ImportError as error:
        message = tr("serve.needs_textual_serve", lang, error=error)
        print(tr("cli.error", lang, message=message), file=sys.stderr)
        return 1
    try:
        server.serve()
    except OSError as error:
        # Most often the port is taken, or the address is not one of this computer's.
        message = tr("serve.cannot_serve", lang, host=host, port=port, reason=error.strerror or error)
        print(tr("cli.error", lang, message=message), file=sys.stderr)
        return 1
    return 0

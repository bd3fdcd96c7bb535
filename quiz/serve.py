"""`quiz serve`: the game in web browsers through textual-serve, one game process per browser tab.

Each browser that opens the page gets its own `quiz play` process (the very command a terminal player runs), so
browser players share nothing but the store, which SQLite's WAL mode lets many processes write at once.

textual-serve and aiohttp are imported only when a server is built, so every other command starts without them.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import shlex
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from textual_serve.server import Server

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TITLE = "Myth or Fact"

# What a Host header may look like before it is put in the page: a name or an address, then an optional port.
_HOST_HEADER = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?")


def port_number(value: str) -> int:
    """`value` as a TCP port (1 to 65535), for argparse."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (1 to 65535)")
    return port


def is_loopback(host: str) -> bool:
    """Whether `host` can only be reached from this computer (127.x.x.x, ::1 or localhost)."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        # Any other name may resolve to an address other computers reach: treat it as public.
        return False


def play_command(pack: str | None = None, lang: str | None = None, theme: str | None = None) -> str:
    """The shell command each browser's game runs: this Python's `quiz play`, with the options passed on.

    textual-serve starts it through the shell, so every part is quoted; `sys.executable` keeps the game in the
    environment the server runs in, whatever `quiz` on the PATH may be.
    """
    argv = [sys.executable, "-m", "quiz", "play"]
    for option, value in (("--pack", pack), ("--lang", lang), ("--theme", theme)):
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


def _url_host(address: str) -> str:
    """`address` as it goes in a URL: an IPv6 address needs brackets (textual-serve writes host:port as it is)."""
    return f"[{address}]" if ":" in address else address


def startup_message(address: str, port: int) -> str:
    """What the server says when it starts: the address to open, or how to find it when listening everywhere."""
    try:
        everywhere = ipaddress.ip_address(address).is_unspecified
    except ValueError:
        everywhere = False
    if everywhere:
        return (
            f"{TITLE} is served on every network address of this computer: "
            f"open http://ADDRESS:{port}, where ADDRESS is its name or IP address."
        )
    return f"{TITLE} is served at http://{_url_host(address)}:{port}: open it in a web browser."


def build_server(command: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> Server:
    """A textual-serve server that runs `command` for each browser that connects."""
    from aiohttp import web
    from textual_serve.server import Server

    class QuizServer(Server):
        """textual-serve's server, with the page pointing back where the browser came from and foreign pages kept out."""

        configured_url: str
        """The address from --host and --port, printed at startup and used when a Host header is unusable."""

        async def handle_index(self, request: web.Request) -> web.StreamResponse:
            # The template reads `public_url` before it first awaits, so setting it per request cannot race.
            self.public_url = page_url(request.scheme, request.host, self.configured_url)
            response: web.StreamResponse = await super().handle_index(request)
            return response

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            if not same_origin(request.headers.get("Origin"), request.host):
                raise web.HTTPForbidden(text="quiz serve: games can only be opened from its own page")
            return await super().handle_websocket(request)

        async def on_startup(self, app: web.Application) -> None:
            # Instead of textual-serve's banner, which prints the whole shell command: say where to point browsers.
            self.console.print(startup_message(self.host, self.port), highlight=False)
            self.console.print("Each browser tab plays its own game. Press Ctrl+C to stop.", highlight=False)

    address = host.strip("[]")
    server = QuizServer(command, host=address, port=port, title=TITLE)
    server.configured_url = f"http://{_url_host(address)}:{port}"
    server.public_url = server.configured_url
    return server


def serve(command: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Serve `command` to browsers until Ctrl+C or SIGTERM; returns the exit code."""
    try:
        server = build_server(command, host, port)
    except ImportError as error:
        print(f"quiz: error: 'quiz serve' needs textual-serve ({error})", file=sys.stderr)
        return 1
    try:
        server.serve()
    except OSError as error:
        # Most often the port is taken, or the address is not one of this computer's.
        print(f"quiz: error: cannot serve on {host}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0

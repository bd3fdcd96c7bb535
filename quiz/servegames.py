"""The `quiz serve` server: textual-serve's, held to the limits a classroom server needs.

Every request must name a host the server was started for. A page is served, and a game started, only while fewer
than the maximum number of games run; a full server says so on a page of its own. Each browser's messages are
capped in size, the terminal it asks for in width and height, and when its WebSocket closes its game is asked to
quit, then ended. What goes wrong is logged as one line, never a traceback.

Imported only by `quiz.serve.build_server`: it needs aiohttp and textual-serve (pinned below 1.2, whose
`Server.handle_websocket` and `AppService` this module builds on).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from html import escape

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from quiz.i18n import DEFAULT_LANGUAGE, languages, tr
from quiz.serve import Limits, host_allowed, page_url, same_origin, startup_message, terminal_size

MAX_MESSAGE_BYTES = 64 * 1024
"""The largest WebSocket message a browser may send: keys and pastes, never a megabyte of stdin."""
QUIT_SECONDS = 5.0
"""How long a game whose browser went away has to quit by itself, and then to end after SIGTERM, before SIGKILL."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class QuizServer(Server):
    """textual-serve's server, with the page pointing back where the browser came from and the classroom limits."""

    configured_url: str
    """The address from --host and --port, printed at startup and used when a Host header is unusable."""
    limits: Limits
    """Set by `quiz.serve.build_server`."""
    lang: str = DEFAULT_LANGUAGE
    """The language of what the server prints and says to clients that are not a page's."""

    def __init__(self, command: str, *, host: str, port: int, title: str) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.games = 0
        """How many games run now."""
        self.quit_seconds = QUIT_SECONDS

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._known_hosts_only)
        return app

    @web.middleware
    async def _known_hosts_only(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not host_allowed(request.headers.get("Host"), self.limits):
            self.note("serve.refused_host", host=request.headers.get("Host", ""))
            return _page(400, "serve.unknown_host")
        return await handler(request)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        if self.games >= self.limits.max_sessions:
            return _page(503, "serve.full", count=self.limits.max_sessions)
        # The template reads `public_url` before it first awaits, so setting it per request cannot race.
        self.public_url = page_url(request.scheme, request.host, self.configured_url)
        response: web.StreamResponse = await super().handle_index(request)
        return response

    # The base class declares a WebSocketResponse, but aiohttp's router (its only caller) takes any response, and
    # a refusal is a plain one.
    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        if not websocket.can_prepare(request).ok:
            self.note("serve.plain_get", path=request.path)
            return self._plain(400, "serve.websocket_only")
        if not same_origin(request.headers.get("Origin"), request.host):
            return self._plain(403, "serve.own_page")
        if self.games >= self.limits.max_sessions:
            return _page(503, "serve.full", count=self.limits.max_sessions)
        width, height = terminal_size(request.query.get("width"), request.query.get("height"))
        self.games += 1
        try:
            await websocket.prepare(request)
            await self._play(websocket, width, height)
        except Exception as error:  # a browser gone midway, a game that would not start: one line, and go on
            self.note("serve.game_error", kind=type(error).__name__, error=error)
        finally:
            self.games -= 1
        return websocket

    async def _play(self, websocket: web.WebSocketResponse, width: int, height: int) -> None:
        async def close() -> None:  # the game has no use for whether the socket was still open
            await websocket.close()

        game = Game(
            self.command, write_bytes=websocket.send_bytes, write_str=websocket.send_str, close=close,
            download_manager=self.download_manager, debug=self.debug,
        )  # fmt: skip
        await game.start(width, height)
        try:
            await _relay(websocket, game)
        finally:
            await game.end(self.quit_seconds)

    async def on_startup(self, app: web.Application) -> None:
        # Instead of textual-serve's banner, which prints the whole shell command: say where to point browsers.
        self.console.print(startup_message(self.host, self.port, self.lang), highlight=False)
        self.console.print(tr("serve.tabs", self.lang, n=self.limits.max_sessions), highlight=False)

    def note(self, key: str, **values: object) -> None:
        """Log one line, the message `key`, about something that went wrong with a request."""
        self.console.print(f"quiz serve: {tr(key, self.lang, **values)}", markup=False, highlight=False, soft_wrap=True)

    def _plain(self, status: int, key: str) -> web.Response:
        """A one-line plain-text answer, the message `key`, for a client that is not our page."""
        return web.Response(status=status, text=f"quiz serve: {tr(key, self.lang)}\n")


async def _relay(websocket: web.WebSocketResponse, game: Game) -> None:
    """Pass the browser's keys, size and focus to the game until the socket closes; odd messages are dropped."""
    async for message in websocket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            envelope = json.loads(message.data)
        except ValueError:
            continue
        if not isinstance(envelope, list) or not envelope:
            continue
        kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
        if kind == "stdin" and isinstance(data, str):
            await game.send_bytes(data.encode("utf-8", errors="replace"))
        elif kind == "resize" and isinstance(data, dict):
            await game.set_terminal_size(*terminal_size(data.get("width"), data.get("height")))
        elif kind == "ping":
            await websocket.send_json(["pong", data])
        elif kind == "blur":
            await game.blur()
        elif kind == "focus":
            await game.focus()


class Game(AppService):
    """One browser's game process, in a process group of its own so that all of it can be ended."""

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        # As textual-serve opens it, but in its own session: the shell's child is then ended with the shell.
        self._process = process = await asyncio.create_subprocess_shell(
            self.command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=sys.platform != "win32",
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def end(self, grace: float) -> None:
        """Ask the game to quit, as closing its tab means; end it when it has not quit within `grace` seconds.

        The whole process group is ended, since the shell textual-serve starts the game with may be gone while the
        game itself lives on.
        """
        process = self._process
        if process is None:
            return
        # Waited for, never cancelled: textual-serve's reading task swallows a cancellation and would read on.
        quitting = asyncio.ensure_future(self._quit(process))
        await asyncio.wait({quitting}, timeout=grace)
        if sys.platform == "win32":
            if process.returncode is None:
                process.kill()
        elif not await _group_ends(process.pid, grace):
            _signal_group(process.pid, signal.SIGKILL)  # cannot be ignored: no need to wait for it
        # Once the process is gone its output ends, and with it the reading task and the quitting.
        await asyncio.wait({quitting}, timeout=grace)

    async def _quit(self, process: asyncio.subprocess.Process) -> None:
        try:
            await self.stop()
        except ConnectionError:
            pass  # the game had already closed its end of the pipe
        await process.wait()


async def _group_ends(group: int, grace: float) -> bool:
    """Send SIGTERM to the process group `group`; whether it is empty within `grace` seconds."""
    if not _signal_group(group, signal.SIGTERM):
        return True
    deadline = asyncio.get_running_loop().time() + grace
    while asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
        if not _signal_group(group, 0):
            return True
    return False


def _signal_group(group: int, number: int) -> bool:
    """Send signal `number` to every process of `group`; whether there was any."""
    try:
        os.killpg(group, number)
    except ProcessLookupError:
        return False
    return True


def _page(status: int, key: str, **values: object) -> web.Response:
    """A small page saying `key`'s message in every language the game speaks (once, where a catalog leaves it in
    English)."""
    said = {lang: tr(key, lang, **values) for lang in languages()}
    english = said[DEFAULT_LANGUAGE]
    shown = {lang: text for lang, text in said.items() if lang == DEFAULT_LANGUAGE or text != english}
    paragraphs = "\n".join(f'<p lang="{lang}">{escape(text)}</p>' for lang, text in shown.items())
    title = escape(" · ".join(dict.fromkeys(tr("app.title", lang) for lang in shown)))
    body = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body><h1>{title}</h1>\n{paragraphs}\n</body></html>\n"
    )
    return web.Response(status=status, text=body, content_type="text/html", charset="utf-8")

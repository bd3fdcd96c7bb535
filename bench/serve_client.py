"""A light stand-in for a browser tab of `quiz serve`: textual-serve's WebSocket protocol, without drawing anything.

The page textual-serve sends opens `/ws?width=W&height=H`, then sends JSON arrays: `["resize", {...}]` and a
`["ping", ...]` at once, and `["stdin", text]` for every key; the server's binary messages are the game's terminal
output, which xterm.js draws. This client sends the same messages and keeps the output as bytes. Textual writes
each styled run of text whole, so a line such as the verdict can be found in the raw bytes without emulating a
terminal: 60 emulators in the benchmark's own process would take CPU from the server being measured.

Times are taken when the WebSocket message that completes a text arrives, before anything else looks at it.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable

import aiohttp

# Escape sequences (CSI, OSC and two-character ones) and other control characters.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.|[\x00-\x1f\x7f]")

Found = Callable[[bytes], bool]
"""A test of the output received since the last key."""


class ScreenTimeout(RuntimeError):
    """The game did not show what the client waited for."""


def shows(*texts: str) -> Found:
    """A test that holds once every one of `texts` has arrived, each after the one before it."""
    wanted = [text.encode("utf-8") for text in texts]

    def found(output: bytes) -> bool:
        at = 0
        for text in wanted:
            at = output.find(text, at)
            if at < 0:
                return False
            at += len(text)
        return True

    return found


def either(*tests: Found) -> Found:
    """A test that holds once any of `tests` does."""
    return lambda output: any(test(output) for test in tests)


class Tab:
    """One game in one (pretend) browser tab."""

    def __init__(self, websocket: aiohttp.ClientWebSocketResponse) -> None:
        self._websocket = websocket
        self._output = bytearray()
        self.received = 0
        """Bytes of terminal output received in all."""
        self._waiting: tuple[Found, asyncio.Future[float]] | None = None
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, http: aiohttp.ClientSession, url: str, width: int, height: int) -> Tab:
        """Load the page as a browser does, then open the game's WebSocket and send what the page sends first."""
        async with http.get(f"{url}/") as page:
            if page.status != 200:
                raise ScreenTimeout(f"the page answered {page.status}: {(await page.text())[:200]}")
        websocket = await http.ws_connect(f"{url}/ws?width={width}&height={height}", headers={"Origin": url})
        tab = cls(websocket)
        await tab._send("resize", {"width": width, "height": height})
        await tab._send("ping", str(int(time.time() * 1000)))
        return tab

    async def _send(self, kind: str, data: object) -> None:
        await self._websocket.send_str(json.dumps([kind, data]))

    async def _read(self) -> None:
        async for message in self._websocket:
            if message.type is not aiohttp.WSMsgType.BINARY:
                continue  # the pong, and nothing else the game sends matters here
            arrived = time.perf_counter()
            self._output += message.data
            self.received += len(message.data)
            if self._waiting is not None:
                found, result = self._waiting
                if not result.done() and found(bytes(self._output)):
                    result.set_result(arrived)
        if self._waiting is not None and not self._waiting[1].done():
            self._waiting[1].set_exception(ScreenTimeout("the game's WebSocket closed"))

    async def press(self, keys: str) -> float:
        """Send `keys` as typed; forgets the output so far, and returns the perf_counter time just before sending."""
        self._output.clear()
        sent = time.perf_counter()
        await self._send("stdin", keys)
        return sent

    async def wait(self, found: Found, seconds: float, what: str) -> float:
        """The perf_counter time of the message after which `found` held of the output since the last key."""
        result: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        if found(bytes(self._output)):
            return time.perf_counter()
        self._waiting = (found, result)
        try:
            return await asyncio.wait_for(result, seconds)
        except TimeoutError:
            raise ScreenTimeout(
                f"waited {seconds:.0f} s for {what}; the text since the last key: {self.text()!r}"
            ) from None
        finally:
            self._waiting = None

    def text(self) -> str:
        """The text received since the last key, without the terminal's control sequences: for error messages."""
        text = _CONTROL.sub(" ", self._output.decode("utf-8", errors="replace"))
        return " ".join(text.split())

    def output(self) -> bytes:
        """Everything received since the last key."""
        return bytes(self._output)

    async def close(self) -> None:
        """Close the tab, as a student closing it does: the server then ends its game."""
        await self._websocket.close()
        await self._reader

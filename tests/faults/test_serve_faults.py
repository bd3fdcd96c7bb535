"""`quiz serve` holds up against browsers and pages that misbehave: each test talks to a real server on 127.0.0.1.

The server runs as its own process, as `quiz serve` does, with a stand-in game: a small script that speaks
textual-serve's protocol and writes down what it is told (its terminal size, each message, its own end), so that
the tests can see what reached a game and whether its process ended. A real game would take seconds to start.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from quiz.i18n import tr
from quiz.serve import host_allowed, limits, terminal_size

MAX_SESSIONS = 2
GRACE = 0.5
"""Seconds the server gives a game to quit, then to end after SIGTERM (5 in real use)."""
DEADLINE = 15.0

# Speaks textual-serve's protocol: the ready line, then packets of a type byte, a 4-byte length and the payload.
# Writes each thing it meets as a JSON line in FOLDER/PID.jsonl. A game told "stubborn" ignores quit and SIGTERM.
FAKE_GAME = r"""
import json, os, signal, sys
from pathlib import Path
out = Path(sys.argv[1]) / f"{os.getpid()}.jsonl"
def note(**what):
    with out.open("a") as f:
        f.write(json.dumps(what) + "\n")
note(event="start", columns=os.environ["COLUMNS"], rows=os.environ["ROWS"])
sys.stdout.buffer.write(b"__GANGLION__\n")
sys.stdout.buffer.flush()
stubborn = False
while True:
    head = sys.stdin.buffer.read(5)
    if len(head) < 5:
        break
    payload = sys.stdin.buffer.read(int.from_bytes(head[1:], "big"))
    if head[:1] == b"D":
        note(event="data", size=len(payload))
        if payload == b"stubborn":
            stubborn = True
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
    else:
        meta = json.loads(payload)
        note(event="meta", **meta)
        if meta["type"] == "quit" and not stubborn:
            break
note(event="exit")
"""

SERVER = """
import sys
from quiz.serve import build_server
command, port, sessions, grace = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
server = build_server(command, "127.0.0.1", port, max_sessions=sessions)
server.quit_seconds = grace
server.serve()
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """The running server: where it is, where its games write, and what it has logged."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.games = folder / "games"
        self.games.mkdir()
        self.log = folder / "serve.log"
        game = folder / "game.py"
        game.write_text(FAKE_GAME, encoding="utf-8")
        command = shlex.join([sys.executable, str(game), str(self.games)])
        args = [sys.executable, "-c", SERVER, command, str(self.port), str(MAX_SESSIONS), str(GRACE)]
        env = {**os.environ, "COLUMNS": "200"}  # the log's lines are not wrapped at 80
        with self.log.open("wb") as output:
            self.process = subprocess.Popen(args, stdout=output, stderr=subprocess.STDOUT, env=env)

    def status(self, path: str = "/", host: str | None = None, headers: dict[str, str] | None = None) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            connection.request("GET", path, headers={"Host": host or f"127.0.0.1:{self.port}", **(headers or {})})
            response = connection.getresponse()
            self.body = response.read().decode("utf-8", errors="replace")
            return response.status
        finally:
            connection.close()

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def records(self) -> dict[int, list[dict[str, object]]]:
        """What each game started so far wrote down, by its process id."""
        return {
            int(path.stem): [json.loads(line) for line in path.read_text().splitlines()]
            for path in self.games.glob("*.jsonl")
        }

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    server = Served(tmp_path_factory.mktemp("serve"))
    try:
        deadline = time.monotonic() + DEADLINE
        while True:
            try:
                if server.status() == 200:
                    break
            except OSError:
                pass
            if server.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the server did not start:\n{server.log_text()}")
            time.sleep(0.1)
        yield server
    finally:
        server.stop()


def running(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie left for its parent to collect has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")


async def wait_for(condition, what: str, served: Served) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}; games: {served.records()}\nlog:\n{served.log_text()}")
        await asyncio.sleep(0.05)


def new_game(served: Served, before: set[int]) -> int | None:
    started = set(served.records()) - before
    return started.pop() if started else None


async def open_game(served: Served, session: aiohttp.ClientSession, query: str = "") -> tuple[object, int]:
    """A WebSocket from the server's own page, and the process id of the game it started."""
    before = set(served.records())
    deadline = time.monotonic() + DEADLINE
    while True:
        try:
            socket_ = await session.ws_connect(f"{served.base}/ws{query}", headers={"Origin": served.base})
            break
        except aiohttp.WSServerHandshakeError as refused:
            # The last test's game may still hold its place for a moment after its process has ended.
            if refused.status != 503 or time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)
    await wait_for(lambda: new_game(served, before) is not None, "the game to start", served)
    pid = new_game(served, before)
    assert pid is not None
    return socket_, pid


# == item 18: sizes, messages, sessions, and games whose browser went away ===========================


async def test_the_terminal_size_is_capped(served: Served) -> None:
    """?width=100000&height=100000 and a resize to that size reach the game as 500 x 200; nonsense as 80 x 24."""
    async with aiohttp.ClientSession() as session:
        socket_, pid = await open_game(served, session, "?width=100000&height=100000")
        await socket_.send_str(json.dumps(["resize", {"width": 100000, "height": 100000}]))
        await socket_.send_str(json.dumps(["resize", {"width": "wide", "height": None}]))
        await wait_for(lambda: len(served.records()[pid]) >= 3, "the resizes", served)
        await socket_.close()
    start, first, second = served.records()[pid][:3]
    assert (start["columns"], start["rows"]) == ("500", "200")
    assert (first["width"], first["height"]) == (500, 200)
    assert (second["width"], second["height"]) == (80, 24)


async def test_a_huge_message_closes_the_socket_and_ends_the_game(served: Served) -> None:
    """A 1 MB stdin message never reaches the game: the socket is closed, and the game's process ends."""
    async with aiohttp.ClientSession() as session:
        socket_, pid = await open_game(served, session)
        await socket_.send_str(json.dumps(["stdin", "x" * 1_000_000]))
        message = await socket_.receive(timeout=DEADLINE)
        assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
        await socket_.close()
    await wait_for(lambda: not running(pid), "the game to end", served)
    assert all(record.get("size", 0) < 100_000 for record in served.records()[pid])


async def test_a_game_ends_when_its_socket_closes(served: Served) -> None:
    """Closing the tab asks the game to quit; it does, and its process is gone."""
    async with aiohttp.ClientSession() as session:
        socket_, pid = await open_game(served, session)
        await socket_.close()
    await wait_for(lambda: not running(pid), "the game to end", served)
    events = [record["event"] for record in served.records()[pid]]
    assert events[-2:] == ["meta", "exit"] and served.records()[pid][-2]["type"] == "quit"


async def test_a_game_that_will_not_quit_is_ended(served: Served) -> None:
    """A game that ignores quit and SIGTERM is killed once its socket has closed: nothing is left running."""
    async with aiohttp.ClientSession() as session:
        socket_, pid = await open_game(served, session)
        await socket_.send_str(json.dumps(["stdin", "stubborn"]))
        await wait_for(lambda: len(served.records()[pid]) >= 2, "the game to turn stubborn", served)
        await socket_.close()
    await wait_for(lambda: not running(pid), "the stubborn game to be ended", served)
    assert "exit" not in [record["event"] for record in served.records()[pid]]


async def test_sessions_are_capped_with_a_page_saying_so(served: Served) -> None:
    """With the server full, the page says so in both languages (503) and no further game starts."""
    async with aiohttp.ClientSession() as session:
        games = [await open_game(served, session) for _ in range(MAX_SESSIONS)]
        assert served.status() == 503
        for lang in ("en", "zh"):
            assert tr("serve.full", lang, count=MAX_SESSIONS) in served.body
        before = set(served.records())
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(f"{served.base}/ws", headers={"Origin": served.base})
        assert refused.value.status == 503
        await asyncio.sleep(0.3)
        assert set(served.records()) == before
        for socket_, pid in games:
            await socket_.close()
            await wait_for(lambda pid=pid: not running(pid), "the game to end", served)
    await wait_for(lambda: served.status() == 200, "the page to be served again", served)


# == item 19: only the hosts the server was started for ============================================


def test_a_foreign_host_name_is_refused(served: Served) -> None:
    """DNS rebinding: evil.example pointed at 127.0.0.1, with a matching Origin, gets neither the page nor a game."""
    evil = f"evil.example:{served.port}"
    assert served.status("/", host=evil) == 400
    assert tr("serve.unknown_host", "zh") in served.body
    upgrade = {
        "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": f"http://{evil}",
    }  # fmt: skip
    assert served.status("/ws", host=evil, headers=upgrade) == 400
    for host in (f"127.0.0.1:{served.port}", f"localhost:{served.port}", f"LOCALHOST:{served.port}"):
        assert served.status("/", host=host) == 200, host


def test_host_names_are_checked_against_what_the_server_was_started_for() -> None:
    """Loopback by default; a classroom server on 0.0.0.0 takes any address and the names it was given, only."""
    local = limits("127.0.0.1")
    assert host_allowed("127.0.0.1:8000", local) and host_allowed("[::1]:8000", local)
    assert host_allowed("localhost", local) and host_allowed("game.localhost:8000", local)
    assert not host_allowed("evil.example:8000", local) and not host_allowed("192.168.1.20:8000", local)
    assert not host_allowed(None, local) and not host_allowed('x"><script>', local)
    classroom = limits("0.0.0.0", allowed_hosts=["Teacher-Laptop.local"])
    assert host_allowed("192.168.1.20:8000", classroom) and host_allowed("teacher-laptop.local:8000", classroom)
    assert not host_allowed("evil.example:8000", classroom)
    assert host_allowed("10.0.0.5:8000", limits("10.0.0.5")) and not host_allowed("10.0.0.6", limits("10.0.0.5"))


def test_terminal_sizes_are_whole_numbers_within_bounds() -> None:
    assert terminal_size(100_000, 100_000) == (500, 200)
    assert terminal_size("120", "40") == (120, 40)
    assert terminal_size(-5, 0) == (1, 1)
    assert terminal_size(None, "tall") == (80, 24)
    assert terminal_size(10**400, 3.7) == (500, 3)


# == item 20: a plain GET /ws ======================================================================


def test_a_plain_get_of_the_websocket_address_is_a_400_and_one_log_line(served: Served) -> None:
    """Not a WebSocket: answered 400, logged as one line, no traceback."""
    before = served.log_text()
    assert served.status("/ws") == 400
    time.sleep(0.3)
    logged = served.log_text()[len(before) :]
    assert "Traceback" not in logged
    assert len([line for line in logged.splitlines() if "quiz serve:" in line]) == 1, logged

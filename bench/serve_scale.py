"""Figure 8: `quiz serve` with a class of tabs at once: memory per game, the server's own, and answers under load.

For each class size the installed `quiz serve` starts on a free loopback port (`--class bench`, `--lang en`, the
bundled pack, `--max-sessions` the size), and that many tabs (bench/serve_client.py, textual-serve's protocol
without a browser) open the page at the same moment, as a class does when the teacher says go. Each tab types a
name, starts, and is then held at the first question while memory is read from /proc (bench/procinfo.py): every
game is the shell textual-serve starts plus the `quiz play` under it, in a session of its own. Then every tab
answers PACED questions at its own pace (a think time drawn between THINK seconds, READ seconds on the
explanation), and then BURSTS questions all at the same instant. Latency runs from sending the answer key to the
WebSocket message that brings the verdict line. A single tab, run the same way first, is the floor. At the end the
store must hold every answer sent, and every game must end once its tab closes.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench import procinfo
from bench.procinfo import Memory
from bench.serve_client import ScreenTimeout, Tab, shows
from bench.serve_player import STARTING, Player, Texts
from bench.stats import Row, median, percentile, seconds, times
from bench.terminal import quiz_command

SIZES, QUICK_SIZES = (1, 30, 60), (1, 30)
"""Tabs at once; the first size is the floor."""
PACED, BURSTS = 6, 3
"""Questions each tab answers at its own pace, then all at once; with the first, fewer than a game's 10."""
THINK, READ = (2.0, 8.0), 2.0
"""A brisk class: seconds to read and answer a question (drawn evenly between the two), then on its explanation."""
IDLE = 5.0
"""Seconds every tab sits at a question while the CPU the idle games use is counted."""
WIDTH, HEIGHT = 120, 36
"""About what a laptop's browser window gives textual-serve's terminal."""
LANG, CLASS = "en", "bench"
MB = 1_048_576


@dataclass(frozen=True)
class SizeResult:
    """One class size, measured."""

    tabs: int
    arrival: list[float]
    """Seconds from opening the page to the name screen, per tab, all opened at once."""
    games: list[Memory]
    """Each game (shell and `quiz play`) after the answers."""
    games_at_first: list[Memory]
    """Each game held at the first question, before any answer."""
    processes: int
    server_idle: Memory
    server: Memory
    """The server with every game running, after the answers."""
    paced: list[float]
    paced_rate: float
    """Answers a second over the paced phase, all tabs together."""
    burst: list[float]
    paced_next: list[float]
    burst_next: list[float]
    """Seconds from Enter to the next question, at each tab's pace and all at once."""
    cpu_per_answer: float
    """CPU seconds the games and the server used in the paced phase, per answer."""
    server_cpu: float
    """The server's part of `cpu_per_answer`."""
    verdict_cpu: float
    next_cpu: float
    """CPU seconds of the games and the server per burst answer: its verdict, then moving on."""
    traffic: float
    """Bytes of terminal output per paced answer, moving on included."""
    start_cpu: float
    """CPU seconds one game used from its start to its first question (name and start screens included)."""
    idle_share: float
    """The share of one core an idle game uses, the server's share spread over them included."""
    client_cpu: float
    """CPU seconds the benchmark's own tabs used in the paced phase, per answer."""
    available_drop: int
    saved: int
    sent: int
    ended: float
    """Seconds from closing every tab until no game was left."""
    server_files: tuple[int, int]
    """Files the server had open before any tab and with every game running: pipes and sockets per game."""
    file_limit: int | None
    """The server's soft limit on open files here (operating systems set it lower or higher)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(tabs: int, port: int, data: Path, log: Path) -> subprocess.Popen[bytes]:
    """`quiz serve` on 127.0.0.1:`port` for `tabs` games at most, its data in `data` and its output in `log`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("MYTH_OR_FACT_", "TEXTUAL"))}
    env.update(MYTH_OR_FACT_DATA=str(data), LANG="en_US.UTF-8")
    argv = [str(quiz_command()), "serve", "--host", "127.0.0.1", "--port", str(port), "--lang", LANG,
            "--class", CLASS, "--max-sessions", str(tabs)]  # fmt: skip
    with log.open("wb") as output:
        return subprocess.Popen(argv, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)


def _own_cpu() -> float:
    own = os.times()
    return own.user + own.system


async def _listening(url: str, server: subprocess.Popen[bytes], http: aiohttp.ClientSession) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            async with http.get(f"{url}/") as page:
                if page.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise ScreenTimeout("quiz serve did not start listening")


async def _arrive(http: aiohttp.ClientSession, url: str, texts: Texts) -> tuple[Tab, float]:
    started = time.perf_counter()
    tab = await Tab.open(http, url, WIDTH, HEIGHT)
    return tab, await tab.wait(shows(texts.name), STARTING, "the name screen") - started


async def _paced(player: Player, rng: random.Random) -> tuple[Player, list[float], list[float]]:
    """One tab's paced questions: the player at the question after them, answer latencies, next-question ones."""
    answers, nexts = [], []
    for _ in range(PACED):
        await asyncio.sleep(rng.uniform(*THINK))
        answers.append(await player.answer())
        await asyncio.sleep(READ)
        player, moved = await player.next()
        nexts.append(moved)
    return player, answers, nexts


@dataclass(frozen=True)
class Phase:
    """Every tab through some questions: the players after them, and what it took."""

    players: list[Player]
    answers: list[float]
    nexts: list[float]
    rate: float = 0.0
    cpu: float = 0.0
    """CPU seconds of the games and the server, per answer."""
    server_cpu: float = 0.0
    """CPU seconds of the server alone, per answer: one process relays every game's screens."""
    client_cpu: float = 0.0
    """CPU seconds of this process's tabs, per answer."""
    next_cpu: float = 0.0
    """CPU seconds of the games and the server for moving on, per answer, when it is counted apart."""
    traffic: float = 0.0
    """Bytes of terminal output sent to the tabs, per answer."""


async def _paced_phase(players: list[Player], server: int, game_pids: list[int]) -> Phase:
    """PACED questions, each tab at its own pace, all tabs together; CPU counted from /proc and for this process."""
    cpu, every = procinfo.cpu_seconds, [server, *game_pids]
    cpu_from, server_from, own_from, wall_from = cpu(every), cpu([server]), _own_cpu(), time.perf_counter()
    received_from = sum(player.tab.received for player in players)
    rngs = [random.Random(number) for number in range(len(players))]
    done = await asyncio.gather(*(_paced(player, rng) for player, rng in zip(players, rngs)))
    wall, answered = time.perf_counter() - wall_from, len(players) * PACED
    return Phase(
        players=[player for player, _, _ in done],
        answers=[latency for _, answers, _ in done for latency in answers],
        nexts=[latency for _, _, nexts in done for latency in nexts],
        rate=answered / wall, cpu=(cpu(every) - cpu_from) / answered,
        server_cpu=(cpu([server]) - server_from) / answered, client_cpu=(_own_cpu() - own_from) / answered,
        traffic=(sum(player.tab.received for player, _, _ in done) - received_from) / answered,
    )  # fmt: skip


async def _bursts(players: list[Player], every: list[int]) -> Phase:
    """BURSTS questions, each answered by every tab at the same instant once all of them are at it; the CPU of the
    verdicts and of moving on is counted apart."""
    cpu = procinfo.cpu_seconds
    answers: list[float] = []
    nexts: list[float] = []
    verdicts_cpu = nexts_cpu = 0.0
    for _ in range(BURSTS):
        await asyncio.sleep(1.0)
        cpu_from = cpu(every)
        answers += await asyncio.gather(*(player.answer() for player in players))
        cpu_between = cpu(every)
        moved = await asyncio.gather(*(player.next() for player in players))
        verdicts_cpu += cpu_between - cpu_from
        nexts_cpu += cpu(every) - cpu_between
        players = [player for player, _ in moved]
        nexts += [latency for _, latency in moved]
    return Phase(players, answers, nexts, cpu=verdicts_cpu / len(answers), next_cpu=nexts_cpu / len(answers))


async def _idle_share(every: list[int], tabs: int) -> float:
    """The share of a core each game (with its part of the server) uses while nobody presses anything."""
    idle_from = procinfo.cpu_seconds(every)
    await asyncio.sleep(IDLE)
    return (procinfo.cpu_seconds(every) - idle_from) / IDLE / tabs


async def _close(players: list[Player], server: int) -> float:
    """Close every tab; seconds until no game is left under the server (30 at most)."""
    closed = time.perf_counter()
    await asyncio.gather(*(player.tab.close() for player in players))
    while procinfo.sessions_below(server) and time.perf_counter() - closed < 30:
        await asyncio.sleep(0.1)
    return time.perf_counter() - closed


async def _class(
    tabs: int, server: subprocess.Popen[bytes], url: str, before: int, seen: set[tuple[int, int]]
) -> SizeResult:
    """Everything one class size does, from the tabs arriving to their games ending; `seen` gets every process."""
    texts = Texts.of(LANG)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        await _listening(url, server, http)
        server_idle = procinfo.memory(server.pid) or procinfo.NO_MEMORY
        files_idle = procinfo.open_files(server.pid)
        arrived = await asyncio.gather(*(_arrive(http, url, texts) for _ in range(tabs)))
        seen |= procinfo.named_below(server.pid)
        players = [Player(tab, texts) for tab, _ in arrived]
        await asyncio.gather(*(player.enter(f"player-{number:02d}") for number, player in enumerate(players, 1)))
        await asyncio.sleep(1.0)  # the rest of the first question's screen
        running = procinfo.sessions_below(server.pid)
        if len(running) != tabs:
            raise ScreenTimeout(f"{tabs} tabs play, but {len(running)} games run")
        at_first = [procinfo.total_memory(pids) for pids in running.values()]
        available_drop = before - procinfo.available_memory()
        game_pids = [pid for pids in running.values() for pid in pids]
        start_cpu = procinfo.cpu_seconds(game_pids) / tabs
        idle_share = await _idle_share([server.pid, *game_pids], tabs)
        paced = await _paced_phase(players, server.pid, game_pids)
        burst = await _bursts(paced.players, [server.pid, *game_pids])
        after = [procinfo.total_memory(pids) for pids in procinfo.sessions_below(server.pid).values()]
        server_loaded = procinfo.memory(server.pid) or procinfo.NO_MEMORY
        files = (files_idle, procinfo.open_files(server.pid))
        ended = await _close(burst.players, server.pid)
    return SizeResult(
        tabs=tabs, arrival=[wait for _, wait in arrived], games=after, games_at_first=at_first,
        processes=len(game_pids), server_idle=server_idle, server=server_loaded, paced=paced.answers,
        paced_rate=paced.rate, burst=burst.answers, paced_next=paced.nexts, burst_next=burst.nexts,
        cpu_per_answer=paced.cpu, server_cpu=paced.server_cpu, verdict_cpu=burst.cpu, next_cpu=burst.next_cpu,
        traffic=paced.traffic, start_cpu=start_cpu, idle_share=idle_share, client_cpu=paced.client_cpu,
        available_drop=available_drop, saved=0, sent=tabs * (PACED + BURSTS), ended=ended,
        server_files=files, file_limit=procinfo.open_file_limit(server.pid),
    )  # fmt: skip


def saved_answers(data: Path) -> int:
    """How many answers the store in `data` holds."""
    from quiz.store import Store

    store = Store.open(data)
    try:
        return len(store.answer_records(class_code=CLASS))
    finally:
        store.close()


def stop(server: subprocess.Popen[bytes], seen: set[tuple[int, int]]) -> None:
    """End the server, then any process it started that is still there."""
    seen |= procinfo.named_below(server.pid)
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    procinfo.end_named(seen)


def _said(log: str) -> list[str]:
    """The server's log without aiohttp's access lines (an INFO line and the lines indented under it)."""
    kept, access = [], False
    for line in log.splitlines():
        access = line.startswith("INFO") or (access and line.startswith(" "))
        if not access:
            kept.append(line)
    return kept


def measure_size(tabs: int, scratch: Path) -> SizeResult:
    """One class size, from starting its server to ending every process it started."""
    folder = scratch / f"tabs-{tabs}"
    folder.mkdir()
    before = procinfo.available_memory()
    port = free_port()
    server = start_server(tabs, port, folder / "data", folder / "serve.log")
    seen: set[tuple[int, int]] = set()
    deadline = 120 + 4 * tabs
    try:
        work = _class(tabs, server, f"http://127.0.0.1:{port}", before, seen)
        result = asyncio.run(asyncio.wait_for(work, deadline))
    except (ScreenTimeout, TimeoutError) as error:
        said = "\n".join(_said((folder / "serve.log").read_text(errors="replace"))[-40:])
        raise RuntimeError(
            f"{tabs} tabs: {error or 'over ' + str(deadline) + ' s'}\nthe server said:\n{said}"
        ) from None
    finally:
        stop(server, seen)
    return SizeResult(**{**result.__dict__, "saved": saved_answers(folder / "data")})


def measure(scratch: Path, quick: bool = False) -> list[SizeResult]:
    """Every class size, the floor (one tab) first."""
    return [measure_size(tabs, scratch) for tabs in (QUICK_SIZES if quick else SIZES)]


def _mb(value: float) -> str:
    return f"{value / MB:.0f} MB"


def _spread(values: list[float]) -> str:
    """Median and 95th percentile, as the latency rows give them."""
    return f"{seconds(median(values))} ({seconds(percentile(values, 0.95))})"


def _memory(found: list[Memory]) -> str:
    """The median game's PSS, then RSS and private memory, each the median over the games."""
    parts = [median([getattr(memory, part) for memory in found]) for part in ("pss", "rss", "private")]
    return f"{_mb(parts[0])} ({_mb(parts[1])}, {_mb(parts[2])})"


def rows(results: list[SizeResult]) -> list[Row]:
    """The table rows of figure 8: each class size against the one-tab floor."""
    floor, classes = results[0], results[1:]
    found = []
    for result in classes:
        name = f"8. `quiz serve`, {result.tabs} tabs:"
        found += [
            Row(f"{name} memory per game, PSS (RSS, private), median", _memory(result.games)),
            Row(f"{name} the server process's RSS (floor: before any tab)", _mb(result.server.rss),
                _mb(floor.server_idle.rss), times(result.server.rss / floor.server_idle.rss)),
            Row(f"{name} answer → verdict at {result.paced_rate:.1f} answers/s, median (p95)", _spread(result.paced),
                _spread(floor.paced), times(median(result.paced) / median(floor.paced))),
            Row(f"{name} answer → verdict, all at once, median (p95)", _spread(result.burst), _spread(floor.burst),
                times(median(result.burst) / median(floor.burst))),
            Row(f"{name} opened at once → name screen, median (last)",
                f"{seconds(median(result.arrival))} ({seconds(max(result.arrival))})", seconds(floor.arrival[0]),
                times(median(result.arrival) / floor.arrival[0])),
        ]  # fmt: skip
    return found


def _ms(value: float) -> str:
    return f"{value * 1000:.0f} ms"


def _size_note(result: SizeResult) -> str:
    plural = "s" if result.tabs > 1 else ""
    return (
        f"{result.tabs} tab{plural}: {result.processes} processes under the server. A game at its first question "
        f"{_memory(result.games_at_first)}, after {PACED + BURSTS} answers {_memory(result.games)} (PSS, RSS, "
        f"private); the server {_mb(result.server_idle.rss)} RSS before any tab, {_mb(result.server.rss)} with "
        f"them ({_mb(result.server.pss)} PSS); MemAvailable fell by {_mb(result.available_drop)} from before the "
        "server started to the first question (the whole machine, so other work moves it). CPU of the games and "
        f"the server: {result.start_cpu:.2f} s to start a game and reach its first question; an idle game "
        f"{result.idle_share * 100:.2f} % of a core; a paced answer with moving on {_ms(result.cpu_per_answer)} "
        f"(the server's part {_ms(result.server_cpu)}, the benchmark's own tabs {_ms(result.client_cpu)}); in the "
        f"bursts {_ms(result.verdict_cpu)} per verdict and {_ms(result.next_cpu)} per next question. Enter → next "
        f"question {_spread(result.paced_next)} at each tab's pace, {_spread(result.burst_next)} all at once; "
        f"{result.traffic / 1024:.0f} KB of terminal output per answer "
        f"with moving on. {result.saved} of {result.sent} answers in the store; every "
        f"game gone {result.ended:.1f} s after the tabs closed. The server had {result.server_files[0]} files open "
        f"before any tab and {result.server_files[1]} with them (limit here: {result.file_limit or 'none'})."
    )


def notes(results: list[SizeResult]) -> list[str]:
    """What a reader needs to know to trust figure 8."""
    return [
        (
            f"Figure 8: the installed `quiz serve --lang {LANG} --class {CLASS} --max-sessions N` on a free loopback "
            "port, the bundled pack, each tab a WebSocket client speaking textual-serve's protocol "
            f"(bench/serve_client.py) with a {WIDTH}×{HEIGHT} terminal; all N tabs open the page at once, type a "
            f"name and start. Memory from /proc/PID/smaps_rollup, per game the shell textual-serve starts plus the "
            f"`quiz play` under it: PSS divides each shared page among its sharers, private pages are what the "
            f"game gives back when it ends. Then each tab answers {PACED} questions after a think time of "
            f"{THINK[0]:g}-{THINK[1]:g} s, with {READ:g} s on each explanation, and then {BURSTS} questions all at "
            "the same instant; latency runs from sending the key to the WebSocket message that brings the verdict "
            "line, median and 95th percentile (nearest rank) over every answer. The floor is one tab, run the same "
            "way first. CPU from /proc/PID/stat."
        ),
        *(f"Figure 8, {_size_note(result)}" for result in results),
    ]

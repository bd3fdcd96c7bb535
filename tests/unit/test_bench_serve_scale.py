"""The small parts of figure 8 (bench/serve_scale.py) that decide its numbers: reading /proc, finding a game's
processes, and finding a screen in a game's raw output. The load itself is a benchmark, never a test."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import procinfo, run
from bench.serve_client import either, shows
from bench.serve_player import Texts

ROLLUP = """\
55d0c0a00000-7ffd4d1e5000 ---p 00000000 00:00 0                          [rollup]
Rss:               53412 kB
Pss:               40960 kB
Pss_Anon:          37000 kB
Shared_Clean:      14000 kB
Shared_Dirty:          0 kB
Private_Clean:      1024 kB
Private_Dirty:     38388 kB
Swap:                  0 kB
"""


def test_smaps_rollup_gives_rss_pss_and_private_memory_in_bytes() -> None:
    assert procinfo.parse_smaps_rollup(ROLLUP) == procinfo.Memory(
        rss=53412 * 1024, pss=40960 * 1024, private=(1024 + 38388) * 1024
    )


def test_only_kilobyte_lines_are_read() -> None:
    text = "Name:\tpython3\nVmRSS:\t   49480 kB\nThreads:\t3\nVmHWM:  oops kB\n"
    assert procinfo.kilobyte_fields(text) == {"VmRSS": 49480 * 1024}


def test_stat_fields_are_counted_after_the_command_name_whatever_it_holds() -> None:
    # A command name may hold spaces and parentheses: only the last ")" ends it.
    fields = ["S", "100", "200", "300"] + ["0"] * 7 + ["70", "30"] + ["0"] * 6 + ["123456"] + ["0"] * 10
    text = f"4242 (quiz (play) x) {' '.join(fields)}\n"
    assert procinfo.parse_stat(text) == procinfo.Stat(pid=4242, ppid=100, session=300, ticks=100, started=123456)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_this_process_reads_as_itself() -> None:
    own = procinfo.stat(os.getpid())
    assert own is not None and own.pid == os.getpid() and own.ppid == os.getppid()
    memory = procinfo.memory(os.getpid())
    assert memory is not None and memory.rss >= memory.pss >= memory.private > 0
    assert procinfo.available_memory() > 0


def test_a_gone_process_reads_as_none() -> None:
    assert procinfo.memory(2**22 + 1) is None and procinfo.stat(2**22 + 1) is None
    assert procinfo.total_memory([2**22 + 1]) == procinfo.NO_MEMORY


def test_descendants_are_every_level_below_the_root_and_nothing_beside_it() -> None:
    # 10 is the server; 11 and 12 its games' shells, 13 and 14 the games; 20 and 21 someone else's.
    parents = {10: 1, 11: 10, 12: 10, 13: 11, 14: 12, 20: 1, 21: 20}
    assert procinfo.descendants(parents, 10) == {11, 12, 13, 14}
    assert procinfo.descendants(parents, 13) == set()


def test_texts_are_found_in_raw_output_in_their_order() -> None:
    output = "\x1b[1;1H\x1b[38;2;200;200;200mQuestion 2/10\x1b[0m \x1b[3;5HMyth or fact?".encode()
    assert shows("Question 2/", "Myth or fact?")(output)
    assert not shows("Myth or fact?", "Question 2/")(output)
    assert not shows("Question 3/")(output)
    assert either(shows("Question 3/"), shows("Myth"))(output)


def test_the_next_question_is_told_apart_from_the_one_before() -> None:
    texts = Texts.of("en")
    second = "Question 2/10 · Score 100 \x1b[0m Choose one:".encode()
    assert texts.question(2)(second)
    assert not texts.question(3)(second)
    assert not texts.question(2)("Question 2/10 · Score 100".encode()), "the prompt has not arrived yet"
    assert texts.verdict()("\x1b[1m✘ Not quite.\x1b[0m".encode())


def test_quick_leaves_out_the_serve_figure_unless_asked_for() -> None:
    assert "8" in run.parse_arguments([]).figures
    assert "8" not in run.parse_arguments(["--quick"]).figures
    assert run.parse_arguments(["--quick", "--only", "8"]).figures == ["8"]


@pytest.mark.skipif(sys.platform != "linux", reason="needs Linux's /proc")
def test_the_process_table_holds_this_process_under_its_parent() -> None:
    table = procinfo.process_table()
    parents = {pid: found.ppid for pid, found in table.items()}
    assert os.getpid() in procinfo.descendants(parents, os.getppid())


def test_the_answer_key_follows_the_question_on_screen_not_the_one_before() -> None:
    texts = Texts.of("en")
    # Frames of the last question (myth or fact) still arrive after Enter, before question 3 (multiple choice).
    stale_then_new = "Question 2/10 Myth or fact? \x1b[0m✔ Right! Question 3/10 \x1b[1mChoose one:".encode()
    assert texts.key(stale_then_new, 3) == "1"
    assert texts.key("Question 4/10 · Score 300\x1b[2;1HMyth or fact?".encode(), 4) == "m"


@pytest.mark.skipif(sys.platform != "linux", reason="needs Linux's /proc")
def test_a_game_like_process_tree_is_found_by_session_and_ended() -> None:
    # As textual-serve starts a game: a shell in a session of its own, with a program under it.
    shell = subprocess.Popen(["sh", "-c", "sleep 60; true"], start_new_session=True)
    try:
        deadline = time.monotonic() + 10
        while len(procinfo.sessions_below(os.getpid()).get(shell.pid, [])) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        sessions = procinfo.sessions_below(os.getpid())
        assert len(sessions[shell.pid]) == 2, "the shell and its sleep, in the shell's session"
        # Only the shell's session: anything else this test process started is none of this test's business.
        procinfo.end_named({named for named in procinfo.named_below(os.getpid()) if named[0] in sessions[shell.pid]})
        assert shell.wait(timeout=10) == -signal.SIGKILL
    finally:
        if shell.poll() is None:
            shell.kill()
            shell.wait()


def test_the_open_file_limit_is_the_soft_one() -> None:
    limits = (
        "Limit                     Soft Limit           Hard Limit           Units     \n"
        "Max processes             96362                96362                processes \n"
        "Max open files            1024                 524288               files     \n"
    )
    assert procinfo.parse_open_file_limit(limits) == 1024
    assert procinfo.parse_open_file_limit(limits.replace(" 1024 ", " unlimited ")) is None

"""`quiz report --watch`: the terminal report redrawn as a class's answers arrive, until Ctrl+C ends it cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.functional.test_report_cli import SAMPLE, class_rows, write_json


def test_watch_redraws_as_answers_arrive_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    source = write_json(tmp_path / "live.json", class_rows()[:5])
    quiz = Path(sys.executable).parent / "quiz"
    env = {**os.environ, "MYTH_OR_FACT_DATA": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8", "LANG": "C.UTF-8"}
    screen = tmp_path / "screen.txt"
    with screen.open("w", encoding="utf-8") as stdout:
        process = subprocess.Popen(
            [str(quiz), "report", str(source), "--pack", str(SAMPLE), "--watch", "--lang", "en"],
            stdout=stdout, stderr=subprocess.PIPE, env=env, text=True, encoding="utf-8",
        )  # fmt: skip
        try:
            _wait_until(lambda: screen.read_text(encoding="utf-8").count(WATCHING) == 1)
            time.sleep(0.1)
            write_json(source, class_rows())  # two more players finish
            _wait_until(lambda: screen.read_text(encoding="utf-8").count(WATCHING) == 2)
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=10)
    assert process.returncode == 0 and "Traceback" not in err, err
    first, second, _ = screen.read_text(encoding="utf-8").split(WATCHING)
    assert re.search(r"Players +1\n", first) and re.search(r"Players +3\n", second)


WATCHING = "watching for new answers"


def _wait_until(condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the report was not redrawn in time"
        time.sleep(0.05)

"""Ending the game on SIGTERM and SIGHUP the way quitting does, so the terminal is given back as it was found.

Left to their default, both signals kill the process at once: the terminal stays in raw mode with the alternate
screen and mouse reporting on, and the player's shell echoes nothing. Answers are saved the moment they are
given, so ending the app normally is all it takes to keep them too.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Any

from textual.app import App

ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
"""The signals that ask a program to end (SIGHUP: its terminal was closed); Windows has neither as a handler."""


def exit_on_ending_signals(app: App[Any]) -> None:
    """Make SIGTERM and SIGHUP end `app` as quitting does; call it from the app's on_mount."""
    loop = asyncio.get_running_loop()
    for number in ENDING_SIGNALS:
        try:
            loop.add_signal_handler(number, app.exit)
        except (NotImplementedError, RuntimeError, ValueError):
            # No signal handlers from this loop (Windows) or this thread (an app run off the main thread, as in some
            # test runners): the default behaviour stays.
            return

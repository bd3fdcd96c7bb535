"""The one fake clock of the tests: time moves only when a test says so."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock for timed games and the pack watcher, moved by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float = 1.0) -> None:
        """Move time on by `seconds`."""
        self.now += seconds

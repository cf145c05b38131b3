"""A single-shot ``QTimer`` that fires only when the test moves its clock past the deadline.

Hand it to code that takes a ``timer`` (with a :class:`~tests.support.fakes.MonotonicClock` as its
clock): ``advance(seconds)`` moves the clock and fires every shot that falls due on the way, at
its due time, so a test walks through minutes of idle time without waiting for any of it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from tests.support.fakes import MonotonicClock

_SLACK = 1e-9  # seconds: sums of float seconds land a hair either side of a deadline


class ManualTimer(QTimer):
    def __init__(self, clock: MonotonicClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.deadline: float | None = None  # when the pending shot falls due; None: stopped
        self.interval_ms: int | None = None  # the interval of the pending shot
        self.shots = 0

    def start(self, msec: int | None = None) -> None:  # type: ignore[override]
        self.interval_ms = self.interval() if msec is None else int(msec)
        self.deadline = self.clock() + self.interval_ms / 1000

    def stop(self) -> None:
        self.deadline = self.interval_ms = None

    def isActive(self) -> bool:
        return self.deadline is not None

    def advance(self, seconds: float) -> None:
        """Move the clock ``seconds`` on, firing each shot that falls due on the way."""
        until = self.clock() + seconds
        while self.deadline is not None and self.deadline <= until + _SLACK:
            self.clock.now = self.deadline
            self.deadline = self.interval_ms = None  # single shot: fired, so stopped
            self.shots += 1
            self.timeout.emit()
        self.clock.now = max(until, self.clock.now)

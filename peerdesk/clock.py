"""Time, injected: every part of the core that needs "now" takes a :data:`Clock`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The local time, time-zone aware."""
    return datetime.now().astimezone()


def stamp(clock: Clock) -> str:
    """A timestamp for the database: UTC, to the second."""
    return clock().astimezone(UTC).isoformat(timespec="seconds")


def today(clock: Clock) -> date:
    return clock().astimezone().date()

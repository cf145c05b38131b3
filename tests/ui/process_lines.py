"""Reading a child process's output line by line with a bound on the wait (no sleeps)."""

from __future__ import annotations

import queue
import threading
from typing import IO

ENDS_WITHIN = 30  # seconds: a generous bound for a process to end, not a wait


def lines_of(stream: IO[str]) -> queue.Queue[str]:
    """Every line of ``stream`` as it comes, read on a thread (so a test can bound its wait)."""
    found: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            found.put(line)
        found.put("")

    threading.Thread(target=pump, daemon=True).start()
    return found


def wait_for(lines: queue.Queue[str], text: str) -> list[str]:
    seen = []
    while True:
        line = lines.get(timeout=ENDS_WITHIN * 2)
        assert line, f"the process ended before {text!r}: {''.join(seen)}"
        seen.append(line)
        if text in line:
            return seen

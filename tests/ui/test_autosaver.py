"""The autosaver: a save after a pause, and at the latest at the deadline while typing goes on.

The intervals are injected, so these run in milliseconds; the form's own test checks the
defaults (a save within two seconds of typing).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from ui.session.autosaver import IDLE_MS, MAX_WAIT_MS, Autosaver


class Saves:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def test_one_change_is_saved_once_after_the_pause(qtbot: QtBot) -> None:
    saves = Saves()
    saver = Autosaver(saves, idle_ms=10, max_wait_ms=10_000)
    saver.changed()
    assert saver.pending and saves.count == 0
    qtbot.waitUntil(lambda: saves.count == 1, timeout=1000)
    saver.stop()  # the deadline timer is still running: stopping it saves nothing more
    assert not saver.pending and saves.count == 1


def test_steady_changes_are_saved_by_the_deadline(qtbot: QtBot) -> None:
    saves = Saves()
    # A change every 5 ms never leaves the 200 ms pause a chance: only the deadline saves.
    saver = Autosaver(saves, idle_ms=200, max_wait_ms=40)
    typing = QTimer()
    typing.setInterval(5)
    typing.timeout.connect(saver.changed)
    clock = QElapsedTimer()
    clock.start()
    saver.changed()
    typing.start()
    qtbot.waitUntil(lambda: saves.count >= 1, timeout=1000)
    typing.stop()
    saver.stop()
    assert clock.elapsed() < 200  # saved before any pause in the typing


def test_stop_cancels_a_due_save_and_retry_later_arms_one(qtbot: QtBot) -> None:
    saves = Saves()
    saver = Autosaver(saves, idle_ms=5, max_wait_ms=20)
    saver.changed()
    saver.stop()
    assert not saver.pending
    saver.retry_later()  # a save failed: try again at the deadline
    assert saver.pending
    qtbot.waitUntil(lambda: saves.count == 1, timeout=1000)
    assert saves.count == 1


def test_the_defaults_keep_the_promise_of_at_most_two_seconds_lost() -> None:
    assert IDLE_MS <= MAX_WAIT_MS <= 2000

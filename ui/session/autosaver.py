"""Saving a draft on its own while the supporter types, so a crash or a lock loses little."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# A save follows IDLE_MS after the last change, and never later than MAX_WAIT_MS after the first
# unsaved change, so steady typing is saved too.
IDLE_MS = 1000
MAX_WAIT_MS = 2000


class Autosaver(QObject):
    """Calls ``save`` a moment after the last change, and at the latest ``max_wait_ms`` after the
    first change not yet saved. The intervals are arguments so tests run in milliseconds."""

    def __init__(
        self,
        save: Callable[[], None],
        *,
        idle_ms: int = IDLE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(save)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(save)

    def changed(self) -> None:
        """Something changed: save after a pause, or at the deadline if typing goes on."""
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def retry_later(self) -> None:
        """A save failed: try again at the deadline."""
        self._deadline.start()

    def stop(self) -> None:
        self._idle.stop()
        self._deadline.stop()

    @property
    def pending(self) -> bool:
        """A save is due (a change has not been written yet)."""
        return self._idle.isActive() or self._deadline.isActive()

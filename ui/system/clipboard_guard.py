"""Text copied from PeerDesk is hidden from clipboard histories and does not linger.

Every copy made through :meth:`ClipboardGuard.copy` — and, where the platform can tell that the
clipboard belongs to this app (X11, Wayland, Windows, macOS), every copy made with Ctrl+C in any
PeerDesk window — carries the ``x-kde-passwordManagerHint: secret`` marker, which clipboard
managers such as KDE's Klipper honour by keeping the text out of their history. Thirty seconds
after the copy the clipboard is cleared if it still holds that text; it is also cleared when
PeerDesk locks or quits (the composition root calls :meth:`ClipboardGuard.clear_if_ours`), and a
text selection owned by PeerDesk (X11's middle-click selection) goes then too.

The guard keeps only a fingerprint of what it copied, never the text itself.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard

log = logging.getLogger(__name__)

CONCEALED_FORMAT = "x-kde-passwordManagerHint"
CONCEALED_VALUE = b"secret"
CLEAR_AFTER_MS = 30_000
TICK_MS = 1_000


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def concealed(text: str) -> QMimeData:
    """Mime data holding ``text`` with the marker that keeps it out of clipboard histories."""
    data = QMimeData()
    data.setText(text)
    data.setData(CONCEALED_FORMAT, CONCEALED_VALUE)
    return data


class ClipboardGuard(QObject):
    """Marks PeerDesk's copies as concealed and clears them after a while, on lock and on quit."""

    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard,
        clock_ms: Callable[[], int] = _monotonic_ms,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        adopt_own_copies: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._clock_ms = clock_ms
        self._clear_after_ms = clear_after_ms
        self._ours: bytes | None = None
        self._copied_at = 0
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        if adopt_own_copies:
            clipboard.dataChanged.connect(self._adopt)

    @property
    def holding(self) -> bool:
        """Whether something PeerDesk copied may still be on the clipboard."""
        return self._ours is not None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, concealed, and start the clock for clearing it."""
        self._setting = True
        try:
            self._clipboard.setMimeData(concealed(text), QClipboard.Mode.Clipboard)
        finally:
            self._setting = False
        self._ours = _fingerprint(text)
        self._copied_at = self._clock_ms()
        self._timer.start()

    def _adopt(self) -> None:
        """A copy made by one of PeerDesk's own widgets (Ctrl+C): conceal it and time it."""
        if self._setting or not self._clipboard.ownsClipboard():
            return
        data = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if data is None or not data.hasText() or data.hasFormat(CONCEALED_FORMAT):
            return
        self.copy(data.text())

    def is_ours(self) -> bool:
        """Whether the clipboard still holds exactly what PeerDesk put there."""
        if self._ours is None:
            return False
        return _fingerprint(self._clipboard.text(QClipboard.Mode.Clipboard)) == self._ours

    def tick(self) -> None:
        """Clear the clipboard once the copy is old enough (the timer calls this every second)."""
        if self._ours is None:
            self._timer.stop()
            return
        if not self.is_ours():  # something else was copied since: not ours to clear
            self._forget()
            return
        if self._clock_ms() - self._copied_at >= self._clear_after_ms:
            self._clear()

    def clear_if_ours(self) -> bool:
        """Clear what PeerDesk copied (and its text selection) now: on lock and on quit."""
        cleared = False
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        if self.is_ours() or (self._ours is None and self._owned_unmarked()):
            self._clear()
            return True
        self._forget()
        return cleared

    def _owned_unmarked(self) -> bool:
        """A copy PeerDesk made that was never adopted (e.g. made while the guard was busy)."""
        return bool(self._clipboard.ownsClipboard() and self._clipboard.text())

    def _clear(self) -> None:
        self._setting = True
        try:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        finally:
            self._setting = False
        self._forget()
        log.debug("the clipboard was cleared")
        self.cleared.emit()

    def _forget(self) -> None:
        self._ours = None
        self._timer.stop()

"""Knowing when to lock: no input for a while, the screen locking, or the computer going to sleep.

:class:`IdleWatcher` is an application event filter (the composition root calls
``app.installEventFilter(watcher)``). Input only stamps the time; the timer checks the stamp when
it fires and waits out the rest, so busy typing costs almost nothing. ``idle`` is emitted once per
quiet stretch; the next input starts a new count. The clock (``monotonic``) and the timer are
handed in by tests, which then move time on and fire the timer themselves instead of waiting.

:class:`ScreenLockWatcher` listens on D-Bus for the desktop's screen saver
(``org.freedesktop.ScreenSaver.ActiveChanged``, and GNOME's twin) and for logind's
``PrepareForSleep``. Where a bus is missing (Windows, macOS, a bare session) it does nothing and
says so at debug level; it never starts a bus or waits for one. The app starts it once the main
window is on screen (only an open window can be locked), so QtDBus and the bus connection are not
part of start-up.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT as QT_SLOT
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from peerdesk.preferences import IDLE_MINUTES

if TYPE_CHECKING:  # QtDBus is loaded when the watch starts (ScreenLockWatcher.start)
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = IDLE_MINUTES.default * 60 * 1000  # until the journal's setting is read


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.InputMethod,
    }
)


class LockReason(Enum):
    """Why PeerDesk locked, for the lock screen to say."""

    ASKED = "asked"  # Ctrl+L or Journal > Lock
    IDLE = "idle"  # no input for the idle minutes
    SCREEN = "screen"  # the screen locked or the computer went to sleep


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard, mouse, wheel, touch or pen input.

    ``monotonic`` gives the time in seconds (``time.monotonic`` unless a test hands in its own);
    ``timer`` is the single-shot timer that wakes the watcher (a new ``QTimer`` unless handed in).
    """

    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        monotonic: Callable[[], float] = time.monotonic,
        timer: QTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._timeout_ms = max(0, int(timeout_ms))
        self._last_input = monotonic()
        self._active = True
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._arm()

    @property
    def timeout_ms(self) -> int:
        """The idle time before ``idle``; 0 means never."""
        return self._timeout_ms

    @property
    def active(self) -> bool:
        return self._active and self._timeout_ms > 0

    def set_timeout_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (0 = never); the count starts again now."""
        self.set_timeout_ms(max(0, int(minutes)) * 60 * 1000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(0, int(timeout_ms))
        self.start()

    def start(self) -> None:
        """Start (again) counting from now."""
        self._active = True
        self._last_input = self._monotonic()
        self._arm()

    def stop(self) -> None:
        """Stop counting until :meth:`start` or :meth:`set_timeout_minutes`."""
        self._active = False
        self._timer.stop()

    def _arm(self) -> None:
        if self.active:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._monotonic()
            if self.active and not self._timer.isActive():
                self._timer.start(self._timeout_ms)  # a new quiet stretch after ``idle``
        return False  # watch only: every event goes on to its widget

    def _check(self) -> None:
        if not self.active:
            return
        quiet_ms = (self._monotonic() - self._last_input) * 1000
        if quiet_ms < self._timeout_ms:
            self._timer.start(max(1, math.ceil(self._timeout_ms - quiet_ms)))
            return
        log.debug("idle for %d ms", int(quiet_ms))
        self.idle.emit()


# --- the desktop's own locking -------------------------------------------------------------------

_SCREEN_SAVERS = (  # (path, interface): the freedesktop name on any path, and GNOME's
    ("", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
# The sender is not named: naming it makes Qt ask the bus who owns it, a call that could block.
_LOGIN1 = ("", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


def _slot(signature: str) -> Any:
    """Qt's SLOT() text for a method; QtDBus wants it as PySide gives it (typed as bytes)."""
    return QT_SLOT(signature)


def _has_session_bus() -> bool:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and Path(runtime, "bus").exists()  # never let libdbus auto-launch one


def _has_system_bus() -> bool:
    if os.environ.get("DBUS_SYSTEM_BUS_ADDRESS"):
        return True
    return any(
        Path(p).exists() for p in ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
    )


class ScreenLockWatcher(QObject):
    """Emits ``lock_now`` when the screen saver starts or the computer is about to sleep.

    By default it uses the desktop's session and system buses when they exist; tests hand in
    their own connections with ``use_standard_buses=False``. It watches from :meth:`start` on,
    at once unless ``start=False``.
    """

    lock_now = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        use_standard_buses: bool = True,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        self.started = False
        self._buses = (session_bus, system_bus)
        self._use_standard_buses = use_standard_buses
        if start:
            self.start()

    def start(self) -> None:
        """Connect to the buses and subscribe to their lock signals; once (later calls do
        nothing)."""
        if self.started:
            return
        self.started = True
        session_bus, system_bus = self._buses
        self._buses = (None, None)
        use_standard_buses = self._use_standard_buses
        desktop_dbus = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        if use_standard_buses and not desktop_dbus:
            log.debug("no D-Bus desktop on %s: not watching the screen lock", sys.platform)
        try:
            from PySide6.QtDBus import QDBusConnection

            if session_bus is None and use_standard_buses and desktop_dbus and _has_session_bus():
                session_bus = QDBusConnection.sessionBus()
            if system_bus is None and use_standard_buses and desktop_dbus and _has_system_bus():
                system_bus = QDBusConnection.systemBus()
            self._subscribe(session_bus, system_bus)
        except Exception:  # D-Bus trouble must never stop PeerDesk from starting
            log.debug("could not watch the screen lock", exc_info=True)

    def _subscribe(
        self, session_bus: QDBusConnection | None, system_bus: QDBusConnection | None
    ) -> None:
        if session_bus is None or not session_bus.isConnected():
            log.debug("no session bus: not watching the screen saver")
        else:
            for path, interface in _SCREEN_SAVERS:
                if session_bus.connect(
                    "",
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    _slot("_screen_saver_changed(bool)"),
                ):
                    self.watching.append(f"{interface}.ActiveChanged")
        if system_bus is None or not system_bus.isConnected():
            log.debug("no system bus: not watching for sleep")
        else:
            service, path, interface = _LOGIN1
            if system_bus.connect(
                service,
                path,
                interface,
                "PrepareForSleep",
                self,
                _slot("_prepare_for_sleep(bool)"),
            ):
                self.watching.append(f"{interface}.PrepareForSleep")
        log.debug("watching for the screen lock: %s", ", ".join(self.watching) or "nothing")

    @Slot(bool)
    def _screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_now.emit()

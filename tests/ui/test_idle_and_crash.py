"""Idle lock, the desktop's lock signals, and crash reports that carry no journal text."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.errors import InvalidInput, StorageError
from peerdesk.vault import Vault
from tests.support.fakes import MonotonicClock
from tests.support.manual_timer import ManualTimer
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.system.crash import CRASH_LOG, CrashDialog, crash_report, install_crash_handler
from ui.system.idle import IdleWatcher, ScreenLockWatcher

TIMEOUT_MS = 250  # typing comes every 80 ms, well inside it
ROUNDING_S = 0.002  # the watcher re-arms in whole milliseconds, rounded up
MARKER = "Heron-told-me-about-the-night-shift-7731"

# --- idle ----------------------------------------------------------------------------------------


@dataclass
class Watched:
    watcher: IdleWatcher
    field: QLineEdit
    timer: ManualTimer  # fires when the test moves the clock past its deadline
    fired: list[float]  # the clock's time at each ``idle``


@pytest.fixture
def watched(qtbot: QtBot, qapp: QApplication) -> Iterator[Watched]:
    clock = MonotonicClock()
    timer = ManualTimer(clock)
    watcher = IdleWatcher(timeout_ms=TIMEOUT_MS, monotonic=clock, timer=timer)
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(clock()))
    qapp.installEventFilter(watcher)
    field = QLineEdit()
    field.setAccessibleName("a field")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    yield Watched(watcher, field, timer, fired)
    watcher.stop()
    qapp.removeEventFilter(watcher)


def test_idle_fires_after_the_timeout_on_a_real_timer(qtbot: QtBot, qapp: QApplication) -> None:
    watcher = IdleWatcher(timeout_ms=50)  # the real clock and a real QTimer, as the app runs
    started = time.monotonic()
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass
    assert time.monotonic() - started >= 0.05 - 0.01
    watcher.stop()


def test_idle_fires_once_the_timeout_has_passed(watched: Watched) -> None:
    watched.watcher.start()
    start = watched.timer.clock()
    watched.timer.advance(TIMEOUT_MS / 1000 - 0.001)
    assert watched.fired == []
    watched.timer.advance(0.001)
    assert watched.fired == [pytest.approx(start + TIMEOUT_MS / 1000)]


def test_a_key_press_starts_the_count_again(qtbot: QtBot, watched: Watched) -> None:
    watched.watcher.start()
    for _ in range(8):  # typing every 80 ms for 640 ms: never idle
        watched.timer.advance(0.08)
        qtbot.keyClick(watched.field, Qt.Key.Key_A)
    last_key = watched.timer.clock()
    assert watched.fired == []
    assert watched.timer.shots >= 2  # the timer woke up meanwhile and waited out the rest
    assert watched.field.text() == "a" * 8  # the filter only watches: the keys reached the field
    watched.timer.advance(TIMEOUT_MS / 1000 + ROUNDING_S)
    assert watched.fired == [pytest.approx(last_key + TIMEOUT_MS / 1000, abs=ROUNDING_S)]
    assert not watched.timer.isActive()
    watched.timer.advance(3600)
    assert len(watched.fired) == 1  # once per quiet stretch
    qtbot.keyClick(watched.field, Qt.Key.Key_B)  # input starts a new stretch
    watched.timer.advance(TIMEOUT_MS / 1000 + ROUNDING_S)
    assert len(watched.fired) == 2


def test_the_mouse_also_counts(qtbot: QtBot, watched: Watched) -> None:
    watched.watcher.start()
    for _ in range(5):
        watched.timer.advance(0.08)
        qtbot.mouseClick(watched.field, Qt.MouseButton.LeftButton)
    assert watched.fired == []
    watched.timer.advance(TIMEOUT_MS / 1000 + ROUNDING_S)
    assert len(watched.fired) == 1


def test_zero_minutes_means_never_and_stop_stops(qtbot: QtBot, watched: Watched) -> None:
    watcher, field = watched.watcher, watched.field
    watcher.set_timeout_minutes(0)
    assert watcher.timeout_ms == 0 and not watcher.active
    qtbot.keyClick(field, Qt.Key.Key_A)
    watched.timer.advance(3600)
    watcher.set_timeout_ms(150)
    watcher.stop()
    qtbot.keyClick(field, Qt.Key.Key_A)  # input does not restart a stopped watcher
    watched.timer.advance(3600)
    assert watched.fired == []
    watcher.set_timeout_minutes(5)
    assert watcher.timeout_ms == 5 * 60 * 1000 and watcher.active
    watched.timer.advance(5 * 60 - 1)
    assert watched.fired == []
    watched.timer.advance(1)
    assert len(watched.fired) == 1


def test_the_default_is_five_minutes(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    assert watcher.timeout_ms == 5 * 60 * 1000
    watcher.stop()


# --- the desktop's lock signals ------------------------------------------------------------------


def test_no_buses_means_no_watching_and_no_error(qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    watcher = ScreenLockWatcher(use_standard_buses=False)
    assert watcher.watching == []
    started = time.monotonic()
    ScreenLockWatcher()  # the standard buses, where this machine has any: never hangs
    assert time.monotonic() - started < 5


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def _send(bus: QDBusConnection, path: str, interface: str, name: str, value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert bus.send(message)


def test_screen_saver_and_sleep_signals_ask_for_a_lock(qtbot: QtBot, private_bus: str) -> None:
    listen = QDBusConnection.connectToBus(private_bus, "peerdesk-test-listen")
    speak = QDBusConnection.connectToBus(private_bus, "peerdesk-test-speak")
    try:
        assert listen.isConnected() and speak.isConnected()
        watcher = ScreenLockWatcher(session_bus=listen, system_bus=listen, use_standard_buses=False)
        assert len(watcher.watching) == 3
        fired: list[int] = []
        watcher.lock_now.connect(lambda: fired.append(1))
        # A blocking round trip on the listening connection: the bus has then handled the
        # watcher's subscriptions (sent before it), so no signal below can overtake them.
        assert listen.interface().isServiceRegistered("org.freedesktop.DBus").value()

        _send(
            speak,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            False,
        )
        _send(speak, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: len(fired) == 1, timeout=3000)
        _send(speak, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: len(fired) == 2, timeout=3000)
        _send(
            speak,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            False,
        )
        _send(
            speak,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            True,
        )
        qtbot.waitUntil(lambda: len(fired) == 3, timeout=3000)
        # One more lock signal from the same connection comes after all the others (a bus keeps
        # one sender's order): once it is in, "off" and "woke up" had their turn, no waiting.
        _send(speak, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: len(fired) >= 4, timeout=3000)
        assert len(fired) == 4  # "screen saver off" and "woke up" ask for nothing
        watcher.deleteLater()
    finally:
        QDBusConnection.disconnectFromBus("peerdesk-test-listen")
        QDBusConnection.disconnectFromBus("peerdesk-test-speak")


def test_the_app_watches_the_screen_lock_once_its_window_is_on_screen(
    qtbot: QtBot,
    private_bus: str,
    make_controller: Callable[..., AppController],
    vault: Vault,
) -> None:
    """Start-up makes no D-Bus connection (QtDBus is not even loaded then): the screen lock is
    watched from the first window on screen on, and then locks the journal."""
    listen = QDBusConnection.connectToBus(private_bus, "peerdesk-test-listen")
    speak = QDBusConnection.connectToBus(private_bus, "peerdesk-test-speak")
    try:
        watcher = ScreenLockWatcher(
            session_bus=listen, system_bus=listen, use_standard_buses=False, start=False
        )
        controller = make_controller(vault, screen_lock=watcher)
        assert controller.screen_lock is watcher
        assert not watcher.started and watcher.watching == []
        vault.create()
        vault.lock()
        controller.start()
        window = controller.window
        assert window is not None
        qtbot.waitUntil(lambda: window.is_on_screen, timeout=5000)
        assert watcher.started and len(watcher.watching) == 3
        watcher.start()  # a later window on screen subscribes nothing twice
        assert len(watcher.watching) == 3
        assert listen.interface().isServiceRegistered("org.freedesktop.DBus").value()
        _send(speak, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: controller.window is None, timeout=3000)
        assert not vault.is_unlocked
        assert isinstance(controller.gate, UnlockDialog)
    finally:
        QDBusConnection.disconnectFromBus("peerdesk-test-listen")
        QDBusConnection.disconnectFromBus("peerdesk-test-speak")


# --- crash reports -------------------------------------------------------------------------------


def save_note_for_test(text: str) -> None:
    note = f"peer said: {text}"  # a local variable holding journal-like text
    raise ValueError(f"could not save note {note!r}")


def search_notes_for_test(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"SELECT {text}")  # an error message that quotes the text
    finally:
        conn.close()


def failing_with_a_cause_for_test(text: str) -> None:
    try:
        {}[text]
    except KeyError as exc:
        raise StorageError("writing the draft failed") from exc


def check_pseudonym_for_test(text: str) -> None:
    raise InvalidInput(f"the pseudonym {text!r} is too long", field="pseudonym")


@pytest.fixture
def handler(tmp_path: Path):
    shown: list[str] = []
    installed = install_crash_handler(tmp_path / "logs", shown.append)
    yield installed, shown
    installed.uninstall()


def _raise_through_hook(func, *args) -> None:
    try:
        func(*args)
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_a_crash_report_names_functions_but_holds_no_journal_text(
    qtbot: QtBot, handler, tmp_path: Path
) -> None:
    installed, shown = handler
    log_path = tmp_path / "logs" / CRASH_LOG
    assert log_path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700

    for func in (save_note_for_test, search_notes_for_test, failing_with_a_cause_for_test):
        _raise_through_hook(func, MARKER)
    _raise_through_hook(check_pseudonym_for_test, MARKER)

    assert len(shown) == 4
    for report in shown:
        assert MARKER not in report
        assert "PeerDesk crash report" in report
        assert "_raise_through_hook" in report
    assert "ValueError" in shown[0] and "save_note_for_test" in shown[0]
    assert "message left out" in shown[0]
    assert "sqlite3.OperationalError" in shown[1] and "search_notes_for_test" in shown[1]
    assert "peerdesk.errors.StorageError: writing the draft failed" in shown[2]
    assert "It happened while handling" not in shown[2] and "It was caused by:" in shown[2]
    assert "KeyError" in shown[2] and "failing_with_a_cause_for_test" in shown[2]
    assert "peerdesk.errors.InvalidInput" in shown[3]
    assert 'File "tests/ui/test_idle_and_crash.py", line' in shown[0]
    assert str(Path.home()) not in "".join(shown) or str(Path.home()) == "/"

    logged = log_path.read_text()
    assert MARKER not in logged
    assert logged.count("PeerDesk crash report") == 4
    assert "save_note_for_test" in logged


def test_messages_built_by_python_are_kept(qtbot: QtBot) -> None:
    try:
        None.missing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        report = crash_report(exc)
    assert "AttributeError: 'NoneType' object has no attribute 'missing'" in report
    assert "test_messages_built_by_python_are_kept" in report


def test_a_crash_in_another_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shown: list[str] = []
    shown_on: list[str] = []

    def show(report: str) -> None:
        shown.append(report)
        shown_on.append(threading.current_thread().name)

    installed = install_crash_handler(tmp_path / "logs", show)
    try:

        def work() -> None:
            save_note_for_test(MARKER)

        thread = threading.Thread(target=work, name="backup-worker")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    finally:
        installed.uninstall()
    assert "Thread: backup-worker" in shown[0]
    assert "work" in shown[0] and MARKER not in shown[0]
    assert installed.last_report == shown[0]
    assert shown_on == [threading.main_thread().name]  # shown by the GUI thread


def test_uninstall_puts_the_old_hooks_back(tmp_path: Path) -> None:
    before, before_threading = sys.excepthook, threading.excepthook
    installed = install_crash_handler(tmp_path, lambda _r: None)
    assert sys.excepthook is not before
    installed.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_threading


def test_a_hard_crash_goes_to_the_crash_log(tmp_path: Path) -> None:
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from ui.system.crash import install_crash_handler\n"
        "install_crash_handler(Path(sys.argv[1]), lambda r: None)\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    logged = (tmp_path / CRASH_LOG).read_text()
    assert "Fatal Python error" in logged and "Segmentation fault" in logged


def test_the_crash_dialog_shows_and_copies_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    report = 'PeerDesk crash report\nValueError\n  File "ui/x.py", line 3, in save\n'
    dialog = CrashDialog(report, log_path=tmp_path / CRASH_LOG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.text.isReadOnly() and dialog.text.toPlainText() == report
    assert dialog.copy_button.accessibleName() and dialog.quit_button.accessibleName()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

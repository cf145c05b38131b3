"""The clipboard guard: concealed copies, cleared after 30 seconds, on lock and on quit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from ui.system.clipboard_guard import (
    CLEAR_AFTER_MS,
    CONCEALED_FORMAT,
    CONCEALED_VALUE,
    ClipboardGuard,
)

ROOT = Path(__file__).resolve().parents[2]
TEXT = "talked it through after the night shift"


class FakeClock:
    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = qapp.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def ms_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def guard(clipboard: QClipboard, ms_clock: FakeClock) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard(clipboard, ms_clock)
    yield made
    made.deleteLater()


def test_a_copy_is_marked_concealed(guard: ClipboardGuard, clipboard: QClipboard) -> None:
    guard.copy(TEXT)
    data = clipboard.mimeData()
    assert data is not None
    assert data.text() == TEXT
    assert bytes(data.data(CONCEALED_FORMAT).data()) == CONCEALED_VALUE
    assert guard.holding and guard.is_ours()


def test_the_copy_is_cleared_after_thirty_seconds_if_unchanged(
    guard: ClipboardGuard, clipboard: QClipboard, ms_clock: FakeClock
) -> None:
    guard.copy(TEXT)
    ms_clock.ms += CLEAR_AFTER_MS - 1
    guard.tick()
    assert clipboard.text() == TEXT
    ms_clock.ms += 1
    with_signal = []
    guard.cleared.connect(lambda: with_signal.append(True))
    guard.tick()
    assert clipboard.text() == ""
    assert with_signal == [True]
    assert not guard.holding


def test_something_copied_since_is_left_alone(
    guard: ClipboardGuard, clipboard: QClipboard, ms_clock: FakeClock
) -> None:
    guard.copy(TEXT)
    clipboard.setText("a shopping list")
    ms_clock.ms += CLEAR_AFTER_MS * 2
    guard.tick()
    assert clipboard.text() == "a shopping list"
    assert not guard.clear_if_ours()  # locking does not touch it either
    assert clipboard.text() == "a shopping list"


def test_locking_and_quitting_clear_our_copy_at_once(
    guard: ClipboardGuard, clipboard: QClipboard
) -> None:
    guard.copy(TEXT)
    assert guard.clear_if_ours()
    assert clipboard.text() == ""
    assert not guard.clear_if_ours()  # nothing left to clear


def test_the_guard_keeps_no_copy_of_the_text(guard: ClipboardGuard) -> None:
    guard.copy(TEXT)
    held = repr(vars(guard)) + repr([getattr(guard, n, None) for n in dir(guard)])
    assert TEXT not in held


def test_odd_text_is_copied_and_cleared_without_trouble(
    guard: ClipboardGuard, clipboard: QClipboard
) -> None:
    for text in ("\u202ecode\u202c שלום", "emoji 🫶 and\nnew lines\t", "x" * 100_000):
        guard.copy(text)
        assert guard.is_ours()
        assert guard.clear_if_ours()
        assert clipboard.text() == ""


X_CHILD = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication, QLineEdit
    from ui.system.clipboard_guard import ClipboardGuard

    app = QApplication(sys.argv[:1])
    board = app.clipboard()
    guard = ClipboardGuard(board, lambda: 0)
    field = QLineEdit()
    field.show()

    def say(**report):
        print(json.dumps(report), flush=True)

    def command():
        line = os.read(0, 4096).decode().strip()  # one short command at a time
        if line.startswith("copy "):
            field.setText(line[5:])
            field.selectAll()
            field.copy()  # Ctrl+C in one of PeerDesk's own fields
            app.processEvents()
            data = board.mimeData()
            say(owns=board.ownsClipboard(), adopted=guard.holding,
                formats=list(data.formats()) if data else [])
        elif line == "lock":
            say(cleared=guard.clear_if_ours(), owns_selection=board.ownsSelection())
        else:
            app.quit()

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(command)  # the event loop keeps serving the clipboard meanwhile
    app.exec()
    """
)

X_READER = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    board = app.clipboard()
    data = board.mimeData()
    print(json.dumps({
        "text": board.text(),
        "formats": list(data.formats()) if data else [],
        "selection": board.text(QClipboard.Mode.Selection),
    }))
    """
)


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A private X server (Xvfb), for what only a real window system does."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_ctrl_c_copy_on_x11_is_concealed_for_other_programs_and_cleared_on_lock(
    x_display: str, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["XDG_RUNTIME_DIR"] = str(tmp_path)

    def read_from_another_program() -> dict[str, object]:
        result = subprocess.run(
            [sys.executable, "-c", X_READER],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        found: dict[str, object] = json.loads(result.stdout)
        return found

    child = subprocess.Popen(
        [sys.executable, "-c", X_CHILD],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(f"copy {TEXT}\n")
        child.stdin.flush()
        copied = json.loads(child.stdout.readline())
        assert copied["owns"] and copied["adopted"]
        assert CONCEALED_FORMAT in copied["formats"]
        seen = read_from_another_program()
        assert seen["text"] == TEXT
        assert CONCEALED_FORMAT in seen["formats"]  # what a clipboard manager sees
        child.stdin.write("lock\n")
        child.stdin.flush()
        locked = json.loads(child.stdout.readline())
        assert locked["cleared"] and not locked["owns_selection"]
        after = read_from_another_program()
        assert after["text"] == "" and after["selection"] == ""
        child.stdin.write("quit\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                pipe.close()

"""Esc on the lock screen keeps it; Quit from the lock screen ends the process promptly
(hostile-a s21 #11: Esc quit the app without asking, and once the process then stayed alive for
more than 10 s with no window). The real app runs as a process: ``ui.app.run`` with the demo."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.keyslots import LockMode
from peerdesk.vault import Vault
from tests.ui.process_lines import ENDS_WITHIN, lines_of, wait_for
from ui.gates.unlock_dialog import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
PROMPTLY = 5.0  # seconds from Quit to the process gone (measured: well under one)


def test_esc_on_the_lock_screen_keeps_it_and_quit_still_quits(qtbot: QtBot, vault: Vault) -> None:
    vault.create("a passphrase for the lock test", lock_mode=LockMode.PASSPHRASE)
    vault.lock()
    for after_lock in (True, False):
        dialog = UnlockDialog(vault, after_lock=after_lock)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.passphrase_edit.setFocus()
        with qtbot.assertNotEmitted(dialog.rejected):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Escape)  # from a field too
        assert dialog.isVisible() and dialog.result() == 0
        with qtbot.waitSignal(dialog.rejected):
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        assert not vault.is_unlocked


@pytest.mark.slow
def test_quit_from_the_lock_screen_ends_the_app_promptly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    (tmp_path / "tmp").mkdir()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/ui/lock_quit_child.py"), str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        lines = lines_of(child.stdout)
        wait_for(lines, "locked")
        said = wait_for(lines, "the lock screen")
        assert "esc kept the lock screen" in said[-1]
        wait_for(lines, "quit")
        quit_at = time.monotonic()
        wait_for(lines, "returned")  # run() came back: the app's exit path returned
        code = child.wait(timeout=ENDS_WITHIN)
        took = time.monotonic() - quit_at
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=ENDS_WITHIN)
        if child.stdout is not None:
            child.stdout.close()
    assert code == 0
    assert took < PROMPTLY, f"the process took {took:.1f} s to end after Quit"
    assert list((tmp_path / "tmp").iterdir()) == []  # the demo's folder went with it

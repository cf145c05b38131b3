"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on every call of
a method returning void, so a long session aborted Python ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        timer.stop()
    assert sys.getrefcount(None) >= before - 50

"""The window's geometry file: written when the geometry changed, left alone when it did not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.system.window_state import WindowState


def test_closing_with_an_unchanged_geometry_does_not_rewrite_the_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Every close saved the geometry and synced the file, the same bytes as before (a few
    milliseconds of every close, and a disk write for nothing)."""
    state = WindowState(tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(640, 480)
    state.save(window)
    path = tmp_path / "window.ini"
    # A comment Qt reads past but would drop on rewriting the file: it stays only if untouched.
    path.write_text(path.read_text(encoding="utf-8") + "; left alone\n", encoding="utf-8")
    state.save(window)
    assert path.read_text(encoding="utf-8").endswith("; left alone\n")

    window.resize(700, 500)
    state.save(window)
    assert "; left alone" not in path.read_text(encoding="utf-8")
    reopened = QWidget()
    qtbot.addWidget(reopened)
    WindowState(tmp_path).restore(reopened)
    assert reopened.size() == QSize(700, 500)

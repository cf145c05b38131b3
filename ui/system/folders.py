"""Where file questions open: the Documents folder, never the folder PeerDesk was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """Where files are saved or looked for unless the supporter picks another folder:
    Documents (else home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(name: str = "") -> str:
    """``name`` in the Documents folder, as a file dialog's starting path."""
    return str(documents_folder() / name) if name else str(documents_folder())

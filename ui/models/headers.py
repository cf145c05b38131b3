"""Column headings, the same way for every table and tree model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt


def horizontal_header(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """What ``headerData`` answers: the heading of a column (its tooltip too: a narrow column
    cuts it short), and nothing else."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None

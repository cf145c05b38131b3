"""The read-only table of figures (a :class:`~ui.models.figures_model.FiguresModel`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class CompactTable(QTableView):
    """A table that asks for little height: beside a chart, the chart sets the height."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 80)


def figures_table(model: QAbstractItemModel, name: str, *, compact: bool = False) -> QTableView:
    table = CompactTable() if compact else QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    table.setWordWrap(False)
    return table

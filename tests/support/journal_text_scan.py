"""Where journal text is still held after a lock: widget text and every item model's cells.

``left_after_lock(marker)`` walks every live widget (its text, plain text, title, placeholder,
tool tip) and every item model reachable from a live object: each widget's own ``model()`` (and a
completer's), every ``QAbstractItemModel`` child of every widget and of the application, and the
source models behind proxies. Each model is walked through all rows, columns and child rows, in
the display, edit, tool-tip, status-tip, what's-this and accessible roles and the object roles
(``UserRole`` and the sixteen after it). It returns one line per place the marker was found.
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication

_TEXT_GETTERS = ("text", "toPlainText", "windowTitle", "placeholderText", "toolTip")
ROLES_WALKED = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
] + [Qt.ItemDataRole(Qt.ItemDataRole.UserRole + n) for n in range(17)]


def widget_texts(widget: QObject) -> list[str]:
    """The strings a widget shows or keeps: text, plain text, title, placeholder, tool tip."""
    found = []
    for attr in _TEXT_GETTERS:
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                found.append(value)
    return found


def live_models() -> list[QAbstractItemModel]:
    """Every item model reachable from a live widget or from the application, proxies' sources
    included, each once."""
    seen: dict[int, QAbstractItemModel] = {}
    todo: list[QAbstractItemModel] = []
    app = QApplication.instance()
    holders: list[QObject] = [*QApplication.allWidgets()]
    if app is not None:
        holders.append(app)
    for holder in holders:
        todo.extend(holder.findChildren(QAbstractItemModel))
        for attr in ("model", "completer"):
            getter = getattr(holder, attr, None)
            if not callable(getter):
                continue
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, QAbstractItemModel):
                todo.append(value)
            elif value is not None and hasattr(value, "completionModel"):
                todo.extend(m for m in (value.model(), value.completionModel()) if m is not None)
    while todo:
        model = todo.pop()
        if id(model) in seen or not shiboken6.isValid(model):  # already gone: holds nothing
            continue
        seen[id(model)] = model
        if isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
            todo.append(model.sourceModel())
    return list(seen.values())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return max(model.columnCount(parent), 1)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # list and table models keep it private: they are flat
        return False


def model_cells(model: QAbstractItemModel) -> Iterator[tuple[QModelIndex, str]]:
    """Every value in every role of every cell of ``model`` (child rows too), as a string."""
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                if not index.isValid():
                    continue
                for role in ROLES_WALKED:
                    value = model.data(index, role)
                    if value is not None:
                        yield index, value if isinstance(value, str) else repr(value)
                if column == 0 and _has_children(model, index):
                    parents.append(index)


def left_after_lock(marker: str) -> list[str]:
    """One line for each widget or model cell that still holds ``marker``."""
    left = [
        f"widget {type(widget).__name__}: {text!r}"
        for widget in QApplication.allWidgets()
        for text in widget_texts(widget)
        if marker in text
    ]
    for model in live_models():
        try:
            cells = list(model_cells(model))
        except RuntimeError:  # a stale wrapper of a C++ object already deleted: holds nothing
            continue
        for index, value in cells:
            if marker in value:
                where = f"({index.row()}, {index.column()})"
                left.append(f"model {type(model).__name__} {where}: {value!r}")
    return left

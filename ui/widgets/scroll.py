"""A scroll area that brings the focused field into view, however the focus got there."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QGroupBox, QScrollArea, QWidget

# The application property that says the focus is followed already
_FOLLOWING = "peerdesk-focus-followed"

# Room kept above and below a field scrolled into view, so that its label shows too.
MARGIN = 24


class FocusScrollArea(QScrollArea):
    """QScrollArea scrolls to a field only when Tab moves the focus; a mnemonic (Alt+C on
    Settings), the form putting the focus on a field in error or a step's first field left it
    below the visible part, and the supporter typed into something they could not see."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not app.property(_FOLLOWING):
            # One connection for the whole app, to a function: a connection to each area made Qt
            # call into an area half destroyed when its focused field went with it (a crash)
            app.focusChanged.connect(_follow_focus)
            app.setProperty(_FOLLOWING, True)

    def bring_into_view(self, now: QWidget) -> None:
        """Scroll so that ``now``, a field inside this area, shows with its label."""
        content = self.widget()
        if content is None or not content.isAncestorOf(now):
            return
        top = now.mapTo(content, QPoint(0, 0)).y()
        viewport = self.viewport().height()
        if now.height() + 2 * MARGIN > viewport:
            # Taller than the view (a list, a chart): its start, not its middle as Qt would
            bar = self.verticalScrollBar()
            shown = range(bar.value(), bar.value() + viewport)
            if top not in shown:
                bar.setValue(top - MARGIN)
            self.ensureVisible(now.mapTo(content, QPoint(0, 0)).x(), top, 0, 0)
            return
        group = _group_of(now, content)
        if group is not None and group.height() <= viewport:
            # The whole group where it fits: a field's explanation is often below it
            self.ensureWidgetVisible(group, 0, 0)
        self.ensureWidgetVisible(now, MARGIN, MARGIN)


def _follow_focus(_old: QWidget | None, now: QWidget | None) -> None:
    """Every scroll area around the field that has the focus brings it into view."""
    area = now.parentWidget() if now is not None else None
    while now is not None and area is not None:
        if isinstance(area, FocusScrollArea):
            area.bring_into_view(now)
        area = area.parentWidget()


def _group_of(widget: QWidget, content: QWidget) -> QGroupBox | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not content:
        if isinstance(parent, QGroupBox):
            return parent
        parent = parent.parentWidget()
    return None

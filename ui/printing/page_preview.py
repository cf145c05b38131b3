"""Pages shown on screen as pictures, with no printer behind them.

A print preview backed by a QPrinter asks the system's print service (CUPS) about printers the
moment it is made, over a socket. PeerDesk's previews are pictures of the pages instead, drawn by
the same code that writes the PDF; only the Print button makes a printer (DESIGN §4, "No network").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.screen import fit_to_screen


class PagePreview(QScrollArea):
    """The pages one under the other, each scaled to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QImage] = []
        self._labels: list[QLabel] = []
        self.setWidgetResizable(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        holder = QWidget()
        self._column = QVBoxLayout(holder)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._column.setSpacing(12)
        self.setWidget(holder)

    def set_pages(self, pages: Sequence[QImage]) -> None:
        self._pages = list(pages)
        while len(self._labels) > len(self._pages):
            self._labels.pop().deleteLater()
        while len(self._labels) < len(self._pages):
            label = QLabel()
            label.setProperty("preview", "page")  # framed by assets/peerdesk.qss
            label.setAccessibleName(self.tr("Page {n}").format(n=len(self._labels) + 1))
            self._column.addWidget(label)
            label.show()  # at once, also when the view is already on screen
            self._labels.append(label)
        self._scale()

    def pageCount(self) -> int:  # the name QPrintPreviewWidget has
        return len(self._pages)

    def page(self, index: int) -> QImage:
        """The picture of page ``index`` (from 0), at the resolution it was drawn."""
        return self._pages[index]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        width = max(120, self.viewport().width() - 40)
        for label, page in zip(self._labels, self._pages, strict=True):
            shown = page.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(shown))
            label.setFixedSize(shown.width() + 2, shown.height() + 2)


class PagePreviewDialog(QDialog):
    """A preview window with a Print button; the printer is made only when it is pressed."""

    def __init__(
        self,
        pages: Sequence[QImage],
        title: str,
        print_pages: Callable[[QWidget], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._print_pages = print_pages
        self.view = PagePreview()
        self.view.setAccessibleName(self.tr("The pages, as they will be printed"))
        self.view.set_pages(pages)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 860)

    def print_now(self) -> bool:
        """Print (the printer is made now, not before); close the preview when it was printed."""
        printed = self._print_pages(self)
        if printed:
            self.accept()
        return printed

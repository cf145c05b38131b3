"""About PeerDesk: version, licence, where the journal lives, and what the encryption protects."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import __version__
from peerdesk.assets import asset
from ui.widgets.accessible import name_as_shown

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
LICENCE = "GPL-3.0-or-later"


def app_icon() -> QIcon:
    """PeerDesk's icon at every size it was drawn at (PNGs rendered from the one SVG)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            # With its size given, each PNG is read only when that size is drawn.
            icon.addFile(str(asset(f"icons/png/peerdesk-{size}.png")), QSize(size, size))
        except FileNotFoundError:
            continue
    if icon.isNull():  # a build that left the PNGs out: Qt can still draw the SVG
        icon = QIcon(str(asset("icons/peerdesk.svg")))
    return icon


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PeerDesk"))
        self.setAccessibleName(self.tr("About PeerDesk"))
        self._data_dir = data_dir

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAccessibleName(self.tr("PeerDesk icon"))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title = QLabel(self.tr("PeerDesk {version}").format(version=__version__))
        self.title.setObjectName("pageHeading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(
            self.tr("An offline, encrypted journal for peer supporters in health care.")
        )
        tagline.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(tagline)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.licence = self._paragraph(
            self.tr(
                "PeerDesk is free software: you may use, share and change it under the GNU "
                "General Public License, version 3 or later ({licence}). It comes with no "
                "warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and "
                "cryptography."
            ).format(licence=LICENCE, qt=qVersion(), pyside=PYSIDE_VERSION)
        )
        self.location = self._paragraph(str(data_dir), selectable=True)
        self.location.setAccessibleDescription(self.tr("Journal folder"))
        self.copy_button = QPushButton(self.tr("&Copy folder path"))
        name_as_shown(self.copy_button, self.tr("Copy the journal folder's path"))
        self.copy_button.clicked.connect(self.copy_folder)
        self.security = self._paragraph(
            self.tr(
                "Everything you write stays on this computer, in one file encrypted with a "
                "random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, "
                "the system keyring keeps that key; when it asks for your passphrase every time, "
                "no keyring does. Your recovery code (and your lock passphrase, if you set one) "
                "can also open the journal and its backups. PeerDesk never connects to the "
                "internet. This protects your notes if the laptop is lost or stolen and from "
                'other accounts on this computer. Only "Ask for my passphrase every time" '
                "also keeps out someone using your logged-in account while PeerDesk is locked; "
                "with your computer login, anyone using your account can open it again. It "
                "cannot protect against harmful software running as you, or against what you "
                "print or export yourself, so write only what you need."
            )
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.location, 1)
        folder_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self._heading(self.tr("How your journal is protected")))
        layout.addWidget(self.security)
        layout.addWidget(self._heading(self.tr("Where your journal and its backups are kept")))
        layout.addLayout(folder_row)
        layout.addWidget(self._heading(self.tr("Licence")))
        layout.addWidget(self.licence)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setMaximumWidth(720)
        self.setTabOrder(self.copy_button, close)
        close.setDefault(True)
        close.setFocus()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    @staticmethod
    def _paragraph(text: str, *, selectable: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if selectable:
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        return label

    def copy_folder(self) -> None:
        """Put the journal folder's path (never anything from the journal) on the clipboard."""
        QGuiApplication.clipboard().setText(str(self._data_dir))
        self.copy_button.setText(self.tr("Copied"))

"""The identifier guard: live highlighting in note editors and the ask before a finished save.

Detection lives in the core (:mod:`peerdesk.identifiers`); this module only shows what it found.
Positions from the core are Python string indices; Qt counts UTF-16 code units, so they are
converted before they reach a text cursor or a highlighter.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.identifiers import (
    DATE_OF_BIRTH,
    EMAIL,
    PHONE,
    RECORD_NUMBER,
    Identifier,
    find_identifiers,
    surrounding,
)

HIGHLIGHT_BACKGROUND = QColor("#ffe08a")
HIGHLIGHT_UNDERLINE = QColor("#b35c00")


@dataclass(frozen=True)
class Finding:
    """Something that looks like an identifier, and where it was typed."""

    field: str  # a flow step id (its note) or "followup_plan"
    where: str  # the field as the supporter knows it, e.g. "Listen and reflect"
    text: str  # the whole text of that field
    identifier: Identifier

    @property
    def kind(self) -> str:
        return self.identifier.kind


def find_in(field: str, where: str, text: str) -> list[Finding]:
    """Every finding in one field's text."""
    return [Finding(field, where, text, found) for found in find_identifiers(text)]


def kind_label(kind: str) -> str:
    """What a kind of identifier is called on screen."""
    labels = {
        EMAIL: QCoreApplication.translate("IdentifierGuard", "E-mail address"),
        PHONE: QCoreApplication.translate("IdentifierGuard", "Phone number"),
        RECORD_NUMBER: QCoreApplication.translate("IdentifierGuard", "Record or ID number"),
        DATE_OF_BIRTH: QCoreApplication.translate("IdentifierGuard", "Date (of birth?)"),
    }
    return labels.get(kind, kind)


def utf16_offset(text: str, index: int) -> int:
    """The position Qt uses for the Python string index ``index`` of ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


class IdentifierHighlighter(QSyntaxHighlighter):
    """Marks text that looks like an identifier while the supporter types."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(HIGHLIGHT_BACKGROUND)
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(HIGHLIGHT_UNDERLINE)

    def highlightBlock(self, text: str) -> None:  # Qt's name
        for found in find_identifiers(text):
            start = utf16_offset(text, found.start)
            self.setFormat(start, utf16_offset(text, found.end) - start, self._format)


class IdentifierGuardDialog(QDialog):
    """Lists what looks like an identifier and lets the supporter go back or keep it."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you save"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Some of what you wrote looks like it could identify someone. A peer-support "
                "note keeps the minimum: a pseudonym and a few words about how things went. "
                "Contact details belong on the peer card; record numbers, birth dates and "
                "other people's details don't belong here at all."
            )
        )
        intro.setWordWrap(True)

        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        self.finding_labels: list[QLabel] = []
        for finding in findings:
            label = QLabel(self._describe(finding))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.addWidget(label)
            self.finding_labels.append(label)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        scroll.setAccessibleName(self.tr("What looks like an identifier"))

        self.edit_button = QPushButton(self.tr("Go back and edit"))
        self.edit_button.setAccessibleName(self.tr("Go back and edit the note"))
        self.keep_button = QPushButton(self.tr("Keep it and save"))
        self.keep_button.setAccessibleName(self.tr("Keep the text as it is and save"))
        self.edit_button.setDefault(True)
        self.edit_button.clicked.connect(self.reject)
        self.keep_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.keep_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.edit_button, self.keep_button)
        self.edit_button.setFocus()
        self.resize(560, min(420, 200 + 60 * len(findings)))

    def _describe(self, finding: Finding) -> str:
        before, match, after = surrounding(finding.text, finding.identifier, words=5)
        where = self.tr("in “{where}”").format(where=html.escape(finding.where))
        return (
            f"<b>{html.escape(kind_label(finding.kind))}</b> {where}:<br>"
            f"{html.escape(before)}<span style='background-color:{HIGHLIGHT_BACKGROUND.name()};"
            f" font-weight:600'>{html.escape(match)}</span>{html.escape(after)}"
        )


def ask_about_identifiers(findings: list[Finding], parent: QWidget | None = None) -> bool:
    """Show the guard and wait; True when the supporter chooses to keep the text and save."""
    dialog = IdentifierGuardDialog(findings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

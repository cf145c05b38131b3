"""The identifier guard: live highlighting in note editors and the ask before a finished save.

It points out what looks like an identifier and, as a gentle reminder, words that look like
clinical detail (a diagnosis, a procedure, a medication). Detection lives in the core
(:mod:`peerdesk.identifiers`, :mod:`peerdesk.clinical`); this module only shows what it found.
Positions from the core are Python string indices; Qt counts UTF-16 code units, so they are
converted before they reach a text cursor or a highlighter.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.clinical import DIAGNOSIS, MEDICATION, PROCEDURE, ClinicalTerm, find_clinical_terms
from peerdesk.identifiers import (
    DATE_OF_BIRTH,
    EMAIL,
    PHONE,
    RECORD_NUMBER,
    Identifier,
    find_identifiers,
    surrounding,
)
from ui.widgets.accessible import name_as_shown


def _selection_colour() -> QColor:
    """The palette's selection colour: it follows the light or dark scheme."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Highlight)


@dataclass(frozen=True)
class Finding:
    """Something that looks like an identifier or like clinical detail, and where it was typed."""

    field: str  # a flow step id (its note) or "followup_plan"
    where: str  # the field as the supporter knows it, e.g. "Listen and reflect"
    text: str  # the whole text of that field
    identifier: Identifier | ClinicalTerm  # what was found, and where in ``text``

    @property
    def kind(self) -> str:
        return self.identifier.kind

    @property
    def is_clinical(self) -> bool:
        return isinstance(self.identifier, ClinicalTerm)


def points_in(text: str) -> list[Identifier | ClinicalTerm]:
    """What the guard points out in ``text``, in order: identifiers, and the clinical terms
    that overlap none of them."""
    identifiers = find_identifiers(text)
    found: list[Identifier | ClinicalTerm] = list(identifiers)
    for term in find_clinical_terms(text):
        if not any(i.start < term.end and term.start < i.end for i in identifiers):
            found.append(term)
    return sorted(found, key=lambda point: (point.start, point.end))


def find_in(field: str, where: str, text: str) -> list[Finding]:
    """Every finding in one field's text."""
    return [Finding(field, where, text, found) for found in points_in(text)]


def kind_label(kind: str) -> str:
    """What a kind of identifier is called on screen."""
    labels = {
        EMAIL: QCoreApplication.translate("IdentifierGuard", "E-mail address"),
        PHONE: QCoreApplication.translate("IdentifierGuard", "Phone number"),
        RECORD_NUMBER: QCoreApplication.translate("IdentifierGuard", "Record or ID number"),
        DATE_OF_BIRTH: QCoreApplication.translate("IdentifierGuard", "Date (of birth?)"),
        DIAGNOSIS: QCoreApplication.translate("IdentifierGuard", "Clinical detail (a diagnosis?)"),
        PROCEDURE: QCoreApplication.translate("IdentifierGuard", "Clinical detail (a procedure?)"),
        MEDICATION: QCoreApplication.translate(
            "IdentifierGuard", "Clinical detail (a medication?)"
        ),
    }
    return labels.get(kind, kind)


def utf16_offset(text: str, index: int) -> int:
    """The position Qt uses for the Python string index ``index`` of ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


class IdentifierHighlighter(QSyntaxHighlighter):
    """Marks text that looks like an identifier or like clinical detail while the supporter
    types (one line at a time: a phrase broken over two lines is found by the check before
    saving, not marked)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._take_colours()

    def _take_colours(self) -> None:
        underline = _selection_colour()
        tint = QColor(underline)
        tint.setAlpha(80)  # the text stays in the palette's own colour, readable through it
        self._format.setBackground(tint)
        self._format.setUnderlineColor(underline)

    def follow_palette(self) -> None:
        """Mark again in the selection colour of the palette now in use (a theme change)."""
        self._take_colours()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt's name
        for found in points_in(text):
            start = utf16_offset(text, found.start)
            self.setFormat(start, utf16_offset(text, found.end) - start, self._format)


class IdentifierGuardDialog(QDialog):
    """Lists what looks like an identifier or clinical detail; the supporter goes back or keeps
    it (the check never blocks a save)."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you save"))
        self.setModal(True)
        said: list[str] = []
        if any(not finding.is_clinical for finding in findings):
            said.append(
                self.tr(
                    "Some of what you wrote looks like it could identify someone. A peer-support "
                    "note keeps the minimum: a pseudonym and a few words about how things went. "
                    "Contact details belong on the peer card; record numbers, birth dates and "
                    "other people's details don't belong here at all."
                )
            )
        if any(finding.is_clinical for finding in findings):
            said.append(
                self.tr(
                    "Some words look like clinical detail: a diagnosis, a procedure or a "
                    "medication, the peer's or a patient's. Clinical detail belongs in the record "
                    "of care; a peer-support note can say how things went without it. If it is "
                    "needed, keep it."
                )
            )
        self.intro = QLabel("\n\n".join(said))
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        intro = self.intro

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
        scroll.setAccessibleName(self.tr("What to check before saving"))

        self.edit_button = QPushButton(self.tr("Go back and edit"))
        name_as_shown(self.edit_button, self.tr("Go back and edit the note"))
        self.keep_button = QPushButton(self.tr("Keep it and save"))
        name_as_shown(self.keep_button, self.tr("Keep the text as it is and save"))
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
        selection = _selection_colour()
        on_selection = self.palette().color(QPalette.ColorRole.HighlightedText)
        return (
            f"<b>{html.escape(kind_label(finding.kind))}</b> {where}:<br>"
            f"{html.escape(before)}<span style='background-color:{selection.name()};"
            f" color:{on_selection.name()}; font-weight:600'>{html.escape(match)}</span>"
            f"{html.escape(after)}"
        )


def ask_about_identifiers(findings: list[Finding], parent: QWidget | None = None) -> bool:
    """Show the guard and wait; True when the supporter chooses to keep the text and save."""
    dialog = IdentifierGuardDialog(findings, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

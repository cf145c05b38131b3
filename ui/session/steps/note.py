"""The note box of a step: optional words, cut at the core's limit, identifiers highlighted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from peerdesk.text import NOTE_MAX
from ui.session.identifier_guard import IdentifierHighlighter, find_in


class StepNote(QWidget):
    """A plain-text note with a counter near the limit and a hint when it holds an identifier."""

    changed = Signal()
    notice = Signal(str)  # something the form should say (the text was cut)

    def __init__(self, key: str, title: str, *, height: int = 84) -> None:
        super().__init__()
        self.key = key
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(2)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(
            self.tr("Optional, a few words. No names, diagnoses or clinical details.")
        )
        self.edit.setAccessibleName(self.tr("Note: {step}").format(step=title))
        self.edit.setFixedHeight(height)
        self.edit.textChanged.connect(self._text_changed)
        self._highlighter = IdentifierHighlighter(self.edit.document())
        label = QLabel(self.tr("Note"))
        label.setBuddy(self.edit)
        self.counter = QLabel()
        self.counter.setEnabled(False)
        self.hint = QLabel(
            self.tr("Highlighted text looks like an identifier. Do you need to keep it?")
        )
        self.hint.setWordWrap(True)
        self.hint.hide()
        header = QHBoxLayout()
        header.addWidget(label)
        header.addStretch(1)
        header.addWidget(self.counter)
        column.addLayout(header)
        column.addWidget(self.edit)
        column.addWidget(self.hint)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def _text_changed(self) -> None:
        edit = self.edit
        text = edit.toPlainText()
        if len(text) > NOTE_MAX:
            cursor = edit.textCursor()
            position = cursor.position()
            edit.blockSignals(True)
            edit.setPlainText(text[:NOTE_MAX])
            edit.blockSignals(False)
            cursor = edit.textCursor()
            cursor.setPosition(min(position, len(edit.toPlainText())))
            edit.setTextCursor(cursor)
            text = edit.toPlainText()
            self.notice.emit(
                self.tr("A note holds at most {max} characters; the rest was cut off.").format(
                    max=NOTE_MAX
                )
            )
        self.counter.setText(f"{len(text)} / {NOTE_MAX}" if len(text) > NOTE_MAX * 3 // 4 else "")
        self.hint.setVisible(bool(find_in(self.key, "", text)))
        self.changed.emit()

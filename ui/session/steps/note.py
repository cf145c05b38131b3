"""A note box: optional words, cut at the core's limit, identifiers highlighted.

A step's own note is folded behind one button ("Add a note to this step", Alt+N) until it is
used, so nothing asks for words a tick already says; a stored note shows unfolded. The session's
"anything else" note is never folded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from peerdesk.text import NOTE_MAX
from ui.session.identifier_guard import IdentifierHighlighter, find_in, kind_label
from ui.session.steps.fields import button
from ui.widgets.numbers import whole


class StepNote(QWidget):
    """A plain-text note with a counter near the limit and a hint when it holds an identifier."""

    changed = Signal()
    notice = Signal(str)  # something the form should say (the text was cut)

    def __init__(
        self,
        key: str,
        title: str,
        *,
        height: int = 84,
        label: str = "",
        placeholder: str = "",
        folded: bool = True,
    ) -> None:
        super().__init__()
        self.key = key
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(2)
        self.add_button = button(
            self.tr("Add a &note to this step"), self.tr("Add a note to {step}").format(step=title)
        )
        self.add_button.setToolTip(self.tr("Only for what the ticks can't say (Alt+N)"))
        self.add_button.clicked.connect(self.unfold)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box = QWidget()
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        if not placeholder:
            placeholder = self.tr("Optional, a few words. No names, diagnoses or clinical details.")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(self.tr("Note: {step}").format(step=title))
        self.edit.setFixedHeight(height)
        self.edit.textChanged.connect(self._text_changed)
        self._highlighter = IdentifierHighlighter(self.edit.document())
        self.label = QLabel(label or self.tr("&Note"))
        self.label.setBuddy(self.edit)
        self.counter = QLabel()
        self.counter.setProperty("muted", True)
        self.hint = QLabel(
            self.tr(
                "Highlighted text looks like an identifier or clinical detail."
                " Do you need to keep it?"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.hide()
        header = QHBoxLayout()
        header.addWidget(self.label)
        header.addStretch(1)
        header.addWidget(self.counter)
        inner.addLayout(header)
        inner.addWidget(self.edit)
        inner.addWidget(self.hint)
        column.addWidget(self.box)
        self.add_button.setVisible(folded)
        self.box.setVisible(not folded)

    @property
    def folded(self) -> bool:
        return self.box.isHidden()

    def unfold(self) -> None:
        """Show the note box (it stays open) and put the cursor in it."""
        if self.folded:
            self.box.show()
            self.add_button.hide()
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def _text_changed(self) -> None:
        edit = self.edit
        text = edit.toPlainText()
        if text and self.folded:  # words put in by other means than typing: show them
            self.box.show()
            self.add_button.hide()
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
                    max=whole(NOTE_MAX)
                )
            )
        self.counter.setText(f"{len(text)} / {NOTE_MAX}" if len(text) > NOTE_MAX * 3 // 4 else "")
        found = find_in(self.key, "", text)
        self.hint.setVisible(bool(found))
        # The highlight is only colour: a screen reader hears what kinds were found (never the
        # text itself) in the note's description.
        kinds = ", ".join(dict.fromkeys(kind_label(finding.kind) for finding in found))
        self.edit.setAccessibleDescription(
            self.tr("Highlighted, check before saving: {kinds}").format(kinds=kinds)
            if found
            else ""
        )
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the marking follows
            blocked = self.edit.blockSignals(True)  # marking again is no edit of the note
            self._highlighter.follow_palette()
            self.edit.blockSignals(blocked)
        super().changeEvent(event)

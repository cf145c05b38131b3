"""Showing a recovery code once and checking the supporter's copy: shared by the first-run setup
and by every later new code (Settings), so the code always looks and is checked the same way.

:class:`CodeGroups` shows the eight groups large, with "Print recovery sheet…"; :class:`GroupCheck`
asks for one group typed back from the paper. :class:`NewCodeDialog` puts the two together for a
code made after setup: it is accepted only once the group matches, and nothing has changed when it
is cancelled (the re-key runs afterwards). None of them keeps the code once told to forget it.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import PeerDeskError
from peerdesk.keyslots import LockMode
from peerdesk.recovery import ALPHABET, RecoveryCode
from ui.messages import explain
from ui.widgets.accessible import clear_field_error, name_as_shown, show_field_error
from ui.widgets.labels import error_label
from ui.widgets.labels import wrapped_label as _wrapped

# Prints the sheet; returns where it went (a SheetSent), or None when it was not printed.
PrintSheet = Callable[[QWidget | None, RecoveryCode, date], object]
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalised_group(typed: str) -> str:
    typed = unicodedata.normalize("NFC", typed)  # as RecoveryCode.parse reads a whole code
    kept = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_.")
    return kept.translate(_LOOK_ALIKES)


def sheet_printer(lock_mode: Callable[[], LockMode]) -> PrintSheet:
    """Prints the sheet worded for the journal's lock mode as it is when Print is pressed."""

    def print_sheet(parent: QWidget | None, code: RecoveryCode, created: date) -> object:
        from ui.printing.recovery_sheet import print_recovery_sheet  # the print system on Print

        return print_recovery_sheet(parent, code, created, lock_mode=lock_mode())

    return print_sheet


class CodeGroups(QWidget):
    """The code in eight large groups, a Print button, and where to keep the paper."""

    def __init__(
        self,
        intro: str,
        *,
        today: Callable[[], date],
        print_sheet: PrintSheet,
        print_parent: Callable[[], QWidget | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._print_sheet = print_sheet
        self._print_parent = print_parent or (lambda: self.window())
        self._code: RecoveryCode | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = _wrapped(intro)  # a caller may word it for the lock mode
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(max(big.pointSizeF(), 10.0) * 2.0)
        big.setWeight(QFont.Weight.Bold)
        self.group_labels: list[QLabel] = []
        for index in range(8):
            row, column = divmod(index, 4)
            number = QLabel(self.tr("group {n}").format(n=index + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            group = QLabel()
            group.setFont(big)
            group.setAlignment(Qt.AlignmentFlag.AlignCenter)
            group.setFrameShape(QFrame.Shape.StyledPanel)
            group.setMinimumHeight(group.fontMetrics().height() + 16)
            group.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(number, row * 2, column)
            grid.addWidget(group, row * 2 + 1, column)
            self.group_labels.append(group)
        layout.addSpacing(6)
        layout.addLayout(grid)
        # The whole code as text too: a screen reader reads it character by character, with its
        # grouping, where the large groups above are only pictures of letters to it.
        self.whole_code = QLineEdit()
        self.whole_code.setReadOnly(True)
        self.whole_code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.whole_code.setAccessibleDescription(
            self.tr("Eight groups of four letters and digits, joined by dashes")
        )
        whole_label = QLabel(self.tr("The whole code, to &read:"))
        whole_label.setBuddy(self.whole_code)
        whole_row = QHBoxLayout()
        whole_row.addWidget(whole_label)
        whole_row.addWidget(self.whole_code, 1)
        layout.addLayout(whole_row)
        layout.addSpacing(6)
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        name_as_shown(self.print_button, self.tr("Print recovery sheet"))
        self.print_button.clicked.connect(self.print_sheet)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.print_button)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)
        self.print_state = error_label(bold=True)
        layout.addWidget(self.print_state)
        self.printed_to = _wrapped()  # where the sheet went, once printed
        self.printed_to.setVisible(False)
        layout.addWidget(self.printed_to)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Keep it somewhere safe and away from the laptop, for example with your "
                    "important papers at home, not in the laptop bag. Anyone who has this code "
                    "and your journal file can read the journal."
                )
            )
        )
        layout.addStretch(1)

    def show_code(self, code: RecoveryCode) -> None:
        self._code = code
        for n, (label, group) in enumerate(zip(self.group_labels, code.groups, strict=True), 1):
            label.setText(group)  # its accessible name is its text: the group itself
            label.setAccessibleDescription(self.tr("Recovery code, group {n}").format(n=n))
        self.whole_code.setText(code.text)

    def print_sheet(self) -> None:
        if self._code is None:
            return
        self.print_state.setVisible(False)
        try:
            sent = self._print_sheet(self._print_parent(), self._code, self._today())
        except PeerDeskError as exc:
            self.print_state.setText(explain(exc).as_text())
            self.print_state.setVisible(True)
            return
        words = self._where_it_went(sent)
        if words:
            self.printed_to.setText(words)
            self.printed_to.setVisible(True)

    def _where_it_went(self, sent: object) -> str:
        from ui.printing.recovery_sheet import SheetSent

        if not isinstance(sent, SheetSent):
            return ""
        if sent.file:
            return self.tr(
                "The sheet was printed to the file {file}. Print that file on paper, then delete "
                "it: anyone with it and your journal file can read the journal."
            ).format(file=sent.file)
        return self.tr(
            "The sheet went to the printer {printer}. Fetch it from the tray now."
        ).format(printer=sent.printer or self.tr("(the default printer)"))

    def forget(self) -> None:
        self._code = None
        for label in self.group_labels:
            label.clear()
        self.whole_code.clear()


class GroupCheck(QWidget):
    """Asks for one group of the code, typed back from the supporter's copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_prompt = _wrapped()
        layout.addWidget(self.confirm_prompt)
        self.group_edit = QLineEdit()
        self.group_edit.setMaxLength(12)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.5)
        self.group_edit.setFont(mono)
        self.group_edit.setMaximumWidth(self.group_edit.fontMetrics().horizontalAdvance("M") * 9)
        self.group_label = QLabel()
        self.group_label.setBuddy(self.group_edit)
        row = QHBoxLayout()
        row.addWidget(self.group_label)
        row.addWidget(self.group_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.group_error = error_label(bold=True)
        layout.addWidget(self.group_error)
        layout.addStretch(1)

    def ask(self, index: int) -> None:
        n = index + 1
        self.confirm_prompt.setText(
            self.tr(
                "To be sure your copy is right, type group {n} of your recovery code from what "
                "you wrote down or printed (not from the screen)."
            ).format(n=n)
        )
        self.group_label.setText(self.tr("&Group {n}:").format(n=n))
        # Named by its label ("Group 3:"); what it is for is its description.
        clear_field_error(self.group_edit)
        self.group_edit.setAccessibleDescription(
            self.tr("Group {n} of the recovery code").format(n=n)
        )
        self.group_edit.clear()
        self.group_error.setVisible(False)

    def matches(self, code: RecoveryCode, index: int) -> bool:
        """Compare the typed group with group ``index`` of ``code``; say what is wrong if not."""
        typed = normalised_group(self.group_edit.text())
        expected = code.groups[index]
        if not typed:
            problem = self.tr("Type group {n} to go on.").format(n=index + 1)
        elif len(typed) != len(expected) or any(ch not in ALPHABET for ch in typed):
            problem = self.tr("A group is {size} letters and digits. Please check it.").format(
                size=len(expected)
            )
        elif not secrets.compare_digest(typed, expected):
            problem = self.tr(
                "That is not group {n}. Compare your copy with the code: choose Show the "
                "code again and correct your copy if it differs."
            ).format(n=index + 1)
        else:
            self.group_error.setVisible(False)
            clear_field_error(self.group_edit)
            self.group_edit.clear()
            return True
        self.group_error.setText(problem)
        self.group_error.setVisible(True)
        self.group_edit.selectAll()
        show_field_error(self.group_edit, problem)
        return False

    def forget(self) -> None:
        self.group_edit.clear()


class NewCodeDialog(QDialog):
    """A new recovery code, shown once and checked, before PeerDesk switches to it.

    Accepted only when the asked group was typed back right; cancelling changes nothing.
    """

    CODE, CHECK = range(2)

    def __init__(
        self,
        code: RecoveryCode,
        *,
        today: Callable[[], date],
        lock_mode: LockMode = LockMode.COMPUTER_LOGIN,  # how the sheet printed here is worded
        print_sheet: PrintSheet | None = None,
        choose_group: Callable[[int], int] = secrets.randbelow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._code: RecoveryCode | None = code
        self._asked = choose_group(len(code.groups))
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.view = CodeGroups(
            self.tr(
                "Write this new code down or print it now: it is shown only this once. When you "
                "have checked your copy, PeerDesk gives the journal a new key, and the old code "
                "will open nothing you write from then on. Until then nothing has changed."
            ),
            today=today,
            print_sheet=print_sheet or sheet_printer(lambda: lock_mode),
            print_parent=lambda: self,
        )
        self.view.show_code(code)
        self.check = GroupCheck()
        self.check.ask(self._asked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.check)
        self.back_button = QPushButton(self.tr("&Show the code again"))
        self.back_button.clicked.connect(lambda: self._go(self.CODE))
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name_as_shown(self.cancel_button, self.tr("Cancel: keep the old code and key"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.finished.connect(lambda _result: self._forget())
        self._go(self.CODE)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    @property
    def asked_group(self) -> int:
        return self._asked + 1

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step == self.CHECK)
        label = self.tr("I have &written it down") if step == self.CODE else self.tr("C&heck")
        self.next_button.setText(label)
        name_as_shown(self.next_button)
        if step == self.CHECK:
            self.check.group_edit.clear()
            self.check.group_edit.setFocus()

    def next(self) -> None:
        if self._code is None:
            return
        if self.step == self.CODE:
            self._go(self.CHECK)
        elif self.check.matches(self._code, self._asked):
            self.accept()

    def _forget(self) -> None:
        self._code = None
        self.view.forget()
        self.check.forget()


def write_down(
    parent: QWidget | None, code: RecoveryCode, today: Callable[[], date], lock_mode: LockMode
) -> bool:
    """Show ``code`` in a :class:`NewCodeDialog`; True once the supporter's copy was checked.
    A sheet printed from it is worded for ``lock_mode``, the journal's."""
    dialog = NewCodeDialog(code, today=today, lock_mode=lock_mode, parent=parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

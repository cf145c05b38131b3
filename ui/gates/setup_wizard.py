"""The first run: what PeerDesk protects, how the journal opens (its lock mode, DESIGN §4), the
journal, and its recovery code shown once and checked.

Steps: welcome (and the supporter's country) → lock mode (and passphrase) → (journal created)
recovery code → type one group back → done. The country (first the computer's own, when PeerDesk
has a resource pack for it) picks the crisis lines and services the resource directory starts
with and the emergency number printed on handouts. The lock mode is "Open with my computer
login" (the default, when a keyring is usable) or "Ask for my passphrase every time", which
needs the passphrase.
Once the journal exists there is no way back to the passphrase step and no cancelling: the
recovery code must have been seen and one group typed back before the wizard finishes. The code
lives only in this dialog, is never logged, and every reference to it is dropped when it closes.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.preferences import BACKUP_KEEP
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import PASSPHRASE_MIN, Vault, check_passphrase
from ui.dialogs.recovery_code_view import CodeGroups, GroupCheck, PrintSheet, sheet_printer
from ui.messages import explain, keyring_name
from ui.widgets.accessible import clear_field_error, name_as_shown, show_field_error
from ui.widgets.country_choice import CountryBox, locale_country
from ui.widgets.labels import error_label
from ui.widgets.labels import wrapped_label as _wrapped
from ui.widgets.screen import fit_to_screen
from ui.widgets.scroll import FocusScrollArea

log = logging.getLogger(__name__)

WELCOME, PASSPHRASE, CODE, CONFIRM, DONE = range(5)
STEP_COUNT = 5


def _heading(text: str) -> QLabel:
    label = _wrapped(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


class SetupWizard(QDialog):
    """First-run setup. After it is accepted, ``journal`` is the new, open journal."""

    journal_ready = Signal(object)  # the Journal, emitted just before the dialog accepts

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        print_sheet: PrintSheet | None = None,
        choose_group: Callable[[int], int] = secrets.randbelow,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        # the sheet is printed once the journal exists, worded for the lock mode it was made with
        self._print_sheet: PrintSheet = print_sheet or sheet_printer(lambda: vault.lock_mode)
        self._choose_group = choose_group
        self._code: RecoveryCode | None = None
        self._asked: int | None = None  # index of the group to type back
        self.journal: Journal | None = None
        self._keyring = vault.keystore.usable_backend()
        self.passphrase_required = self._keyring is None

        self.setWindowTitle(self.tr("Welcome to PeerDesk"))
        self.setMinimumSize(520, 400)  # 1366x768 at 150% leaves about 911x450
        fit_to_screen(self, 760, 620)

        self.step_label = QLabel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._scrolled(self._welcome_page()))
        self.stack.addWidget(self._scrolled(self._passphrase_page()))
        self.stack.addWidget(self._scrolled(self._code_page()))
        self.stack.addWidget(self._scrolled(self._confirm_page()))
        self.stack.addWidget(self._scrolled(self._done_page()))

        self.back_button = QPushButton(self.tr("&Back"))
        name_as_shown(self.back_button, self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name_as_shown(self.cancel_button, self.tr("Cancel setup"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._go(WELCOME)

    # --- pages ----------------------------------------------------------------------------------

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        area = FocusScrollArea()
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop: Tab goes to fields
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Welcome to PeerDesk")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "PeerDesk keeps a private journal of your peer-support conversations, on "
                    "this computer only. Before you start, here is what it protects and what "
                    "it cannot."
                )
            )
        )
        if self._keyring is None:
            where = self.tr(
                "This computer has no system keyring PeerDesk can use, so in the next step "
                "you choose a lock passphrase that opens the journal."
            )
        else:
            where = self.tr(
                "In the next step you choose how it opens: with your computer login (its key "
                "kept in your system keyring, {keyring}), or with a passphrase every time."
            ).format(keyring=keyring_name(self._keyring))
        sections = [
            (
                self.tr("What is protected"),
                [
                    self.tr(
                        "The journal is encrypted on this computer. Without its key the file "
                        "cannot be read, for example on a lost or stolen laptop or from "
                        "another user account."
                    ),
                    where,
                    self.tr(
                        "PeerDesk locks itself after a few minutes without use, and it never "
                        "sends anything over the network."
                    ),
                ],
            ),
            (
                self.tr("What is not protected"),
                [
                    self.tr(
                        "Someone using your computer while you are logged in and PeerDesk is "
                        "unlocked."
                    ),
                    self.tr(
                        "If PeerDesk opens with your computer login: someone using your "
                        "logged-in computer account, even while PeerDesk is locked, because "
                        'they can open it again. Only "Ask for my passphrase every time" '
                        "keeps them out."
                    ),
                    self.tr(
                        "Anything you print or export: it leaves the journal as paper or as a "
                        "plain file."
                    ),
                    self.tr("Malicious software running on your computer account."),
                ],
            ),
        ]
        for title, points in sections:
            layout.addSpacing(8)
            layout.addWidget(_heading(title))
            for point in points:
                layout.addWidget(_wrapped("•  " + point))
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Confidential is not anonymous")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Write as if someone else might read it one day. Keep to the minimum: a "
                    "pseudonym for each peer, no clinical details or diagnoses, and no names of "
                    "patients or other people."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Your country")))
        self.country = CountryBox(locale_country())
        self.country.setAccessibleName(self.tr("Your country"))
        country_text = _wrapped(
            self.tr(
                "Your resource directory starts with the crisis lines and support services "
                "listed for this country, and handouts print its emergency number. Check each "
                "entry before you print it. You can change the country and add another "
                "country's resources later in Settings."
            )
        )
        self.country.setAccessibleDescription(country_text.text())
        country_label = QLabel(self.tr("Co&untry:"))
        country_label.setBuddy(self.country)
        country_row = QHBoxLayout()
        country_row.addWidget(country_label)
        country_row.addWidget(self.country)
        country_row.addStretch(1)
        layout.addWidget(country_text)
        layout.addLayout(country_row)
        layout.addStretch(1)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("How should PeerDesk open?")))
        if self.passphrase_required:
            intro = self.tr(
                "This computer has no system keyring PeerDesk can use, so the journal's key "
                "cannot be kept there. A lock passphrase is needed instead: you type it each "
                "time you open PeerDesk. If you forget it, your recovery code still opens the "
                "journal."
            )
        else:
            intro = self.tr(
                "PeerDesk locks when you step away or after some minutes without use. Choose "
                "what it takes to open it again. You can change this later in Settings."
            )
        layout.addWidget(_wrapped(intro))
        layout.addSpacing(6)

        self.computer_login = QRadioButton(self.tr("Open with my computer &login"))
        name_as_shown(self.computer_login, self.tr("Open with my computer login"))
        self.use_passphrase = QRadioButton(self.tr("Ask for my passphrase &every time"))
        name_as_shown(self.use_passphrase, self.tr("Ask for my passphrase every time"))
        self._modes = QButtonGroup(page)
        self._modes.addButton(self.computer_login)
        self._modes.addButton(self.use_passphrase)
        self.use_passphrase.setChecked(self.passphrase_required)
        self.computer_login.setChecked(not self.passphrase_required)
        self.computer_login.setEnabled(not self.passphrase_required)
        self.use_passphrase.toggled.connect(self._passphrase_toggled)
        layout.addWidget(self.computer_login)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "PeerDesk opens without typing: the key is kept in your system keyring. "
                    "Locking closes and hides the journal, but anyone using your logged-in "
                    "computer account can open it again."
                )
            )
        )
        layout.addWidget(self.use_passphrase)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "PeerDesk asks for your lock passphrase every time it starts and after "
                    "every lock; the key is kept in no keyring. Only this keeps out someone "
                    "using your computer while you are logged in. If you forget the passphrase, "
                    "your recovery code still opens the journal."
                )
            )
        )
        layout.addSpacing(6)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Lock passphrase"))
        self.passphrase_again_edit = QLineEdit()
        self.passphrase_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again_edit.setAccessibleName(self.tr("Lock passphrase, again"))
        form = QGridLayout()
        first_label = QLabel(self.tr("&Passphrase"))
        first_label.setBuddy(self.passphrase_edit)
        again_label = QLabel(self.tr("&Type it again"))
        again_label.setBuddy(self.passphrase_again_edit)
        form.addWidget(first_label, 0, 0)
        form.addWidget(self.passphrase_edit, 0, 1)
        form.addWidget(again_label, 1, 0)
        form.addWidget(self.passphrase_again_edit, 1, 1)
        layout.addLayout(form)
        hint = _wrapped(
            self.tr(
                "At least {n} characters. A few unrelated words are easy to remember and hard "
                "to guess."
            ).format(n=PASSPHRASE_MIN)
        )
        layout.addWidget(hint)
        self.passphrase_error = error_label(bold=True)
        layout.addWidget(self.passphrase_error)
        layout.addStretch(1)
        self._passphrase_toggled(self.use_passphrase.isChecked())
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Your recovery code")))
        self.code_view = CodeGroups(
            self.tr(
                "This code opens your journal if the key in the keyring is ever lost, for "
                "example on a new computer. It is shown only this once: write it down or "
                "print it now."
            ),
            today=lambda: self._vault.clock().astimezone().date(),
            print_sheet=self._print_sheet,
            print_parent=lambda: self,
        )
        self.group_labels = self.code_view.group_labels
        self.print_button = self.code_view.print_button
        self.print_state = self.code_view.print_state
        layout.addWidget(self.code_view)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Check your copy")))
        self.group_check = GroupCheck()
        self.confirm_prompt = self.group_check.confirm_prompt
        self.group_edit = self.group_check.group_edit
        self.group_label = self.group_check.group_label
        self.group_error = self.group_check.group_error
        layout.addWidget(self.group_check)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Your journal is ready")))
        self.done_text = _wrapped()
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    # --- moving between steps -------------------------------------------------------------------

    @property
    def current_step(self) -> int:
        return self.stack.currentIndex()

    @property
    def asked_group(self) -> int | None:
        """The group (1 to 8) the supporter is asked to type back, once the code exists."""
        return None if self._asked is None else self._asked + 1

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step {n} of {total}").format(n=step + 1, total=STEP_COUNT))
        created = self.journal is not None
        self.back_button.setVisible(step in (PASSPHRASE, CONFIRM))
        self.back_button.setText(
            self.tr("&Show the code again") if step == CONFIRM else self.tr("&Back")
        )
        name_as_shown(self.back_button, self.tr("Back to the previous step"))
        self.cancel_button.setVisible(not created)
        labels = {
            WELCOME: self.tr("&Next"),
            PASSPHRASE: self.tr("&Create my journal"),
            CODE: self.tr("I have &written it down"),
            CONFIRM: self.tr("C&heck"),
            DONE: self.tr("&Open my journal"),
        }
        self.next_button.setText(labels[step])
        name_as_shown(self.next_button)
        if step == PASSPHRASE:
            target: QWidget = (
                self.passphrase_edit if self.use_passphrase.isChecked() else self.computer_login
            )
            target.setFocus()
        elif step == CONFIRM:
            self.group_edit.setFocus()
        elif step == CODE:  # the code as text first: a screen reader reads it from there
            self.code_view.whole_code.setFocus()
        else:
            self.next_button.setFocus()

    def _back(self) -> None:
        if self.current_step == PASSPHRASE:
            self._go(WELCOME)
        elif self.current_step == CONFIRM:
            self.group_error.setVisible(False)
            self._go(CODE)

    def _next(self) -> None:
        step = self.current_step
        if step == WELCOME:
            self._go(PASSPHRASE)
        elif step == PASSPHRASE:
            self.create_journal()
        elif step == CODE:
            self._ask_for_group()
        elif step == CONFIRM:
            self.check_group()
        elif step == DONE:
            self.accept()

    def _passphrase_toggled(self, on: bool) -> None:
        self.passphrase_edit.setEnabled(on)
        self.passphrase_again_edit.setEnabled(on)
        self.passphrase_error.setVisible(False)
        if on and self.isVisible():
            self.passphrase_edit.setFocus()

    def _show_error(self, label: QLabel, text: str, field: QWidget | None = None) -> None:
        label.setText(text)
        label.setVisible(True)
        if field is not None:  # told to the field itself, which gets the focus
            show_field_error(field, text)

    # --- creating the journal -------------------------------------------------------------------

    def create_journal(self) -> bool:
        """Check the lock mode and passphrase fields, create the journal, show the code."""
        passphrase: str | None = None
        if self.use_passphrase.isChecked():
            first, second = self.passphrase_edit.text(), self.passphrase_again_edit.text()
            if len(first) < PASSPHRASE_MIN:
                self._show_error(
                    self.passphrase_error,
                    self.tr("A lock passphrase needs at least {n} characters.").format(
                        n=PASSPHRASE_MIN
                    ),
                    self.passphrase_edit,
                )
                return False
            try:  # too easily guessed: said beside the field, before anything is made
                check_passphrase(first)
            except InvalidInput as exc:
                self._show_error(
                    self.passphrase_error, explain(exc).as_text(), self.passphrase_edit
                )
                return False
            if first != second:
                self._show_error(
                    self.passphrase_error,
                    self.tr("The two passphrases are not the same. Please type them again."),
                    self.passphrase_again_edit,
                )
                self.passphrase_again_edit.clear()
                return False
            passphrase = first
        self.next_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            mode = LockMode.COMPUTER_LOGIN if passphrase is None else LockMode.PASSPHRASE
            journal, code = self._vault.create(
                passphrase, lock_mode=mode, country=self.country.code() or locale_country()
            )
        except PeerDeskError as exc:
            words = explain(exc)
            self._show_error(self.passphrase_error, f"{words.title}. {words.as_text()}")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.next_button.setEnabled(True)
        self.passphrase_edit.clear()
        self.passphrase_again_edit.clear()
        self.passphrase_error.setVisible(False)
        for field in (self.passphrase_edit, self.passphrase_again_edit):
            clear_field_error(field)
        self.journal = journal
        self._code = code
        self.code_view.show_code(code)
        self.code_view.intro.setText(
            self.tr(
                "This code opens your journal if you forget your passphrase, and your backups "
                "on any computer. It is shown only this once: write it down or print it now."
            )
            if mode is LockMode.PASSPHRASE
            else self.tr(
                "This code opens your journal if the key in the keyring is ever lost, for "
                "example on a new computer. It is shown only this once: write it down or "
                "print it now."
            )
        )
        self._done_text(passphrase is not None)
        self._go(CODE)
        return True

    def _done_text(self, with_passphrase: bool) -> None:
        parts: list[str] = []
        if self._keyring is None:
            parts.append(
                self.tr(
                    "This computer has no keyring PeerDesk can use, so PeerDesk asks for your "
                    "lock passphrase each time it starts and after every lock."
                )
            )
        elif with_passphrase:
            parts.append(
                self.tr(
                    "PeerDesk asks for your lock passphrase every time it starts and after every "
                    "lock. The key is kept in no keyring, so someone using this computer account "
                    "cannot open the journal without the passphrase or your recovery code."
                )
            )
        else:
            parts.append(
                self.tr(
                    "PeerDesk opens your journal from the keyring when it starts, without "
                    "typing. Locking closes and hides it, but anyone using your logged-in "
                    'computer account can open it again. To keep them out, choose "Ask for my '
                    'passphrase every time" in Settings.'
                )
            )
        parts.append(
            self.tr("Lock it any time with Ctrl+L; it also locks after some minutes without use.")
        )
        parts.append(
            self.tr(
                "PeerDesk makes an encrypted backup every day, in its own folder on this "
                "computer, and keeps the last {keep}. So that a lost or broken laptop does not "
                "take them too, choose a second folder for them (a USB stick, say) in Settings ▸ "
                "Backups and storage."
            ).format(keep=BACKUP_KEEP.default)
        )
        parts.append(
            self.tr("Remember: write the minimum, and no names or clinical details of others.")
        )
        self.done_text.setText("\n\n".join(parts))

    # --- typing one group back ------------------------------------------------------------------

    @property
    def recovery_code(self) -> RecoveryCode | None:
        """The recovery code being shown and checked; None before it is made and once forgotten."""
        return self._code

    def _ask_for_group(self) -> None:
        if self._code is None:
            return
        if self._asked is None:
            self._asked = self._choose_group(len(self._code.groups))
        self.group_check.ask(self._asked)
        self._go(CONFIRM)

    def check_group(self) -> bool:
        """Compare the typed group with the code; move on only when it matches."""
        if self._code is None or self._asked is None:
            return False
        if not self.group_check.matches(self._code, self._asked):
            return False
        self._go(DONE)
        return True

    # --- finishing ------------------------------------------------------------------------------

    def _forget_code(self) -> None:
        self._code = None
        self._asked = None
        self.code_view.forget()
        self.group_check.forget()

    def accept(self) -> None:
        if self.journal is None or self.current_step != DONE:
            return  # only the last step finishes the wizard
        self._forget_code()
        self.journal_ready.emit(self.journal)
        super().accept()

    def reject(self) -> None:
        if self.journal is not None:
            if self.current_step == DONE:
                self.accept()  # the code was checked: closing now just opens the journal
            return  # the code has not been checked yet: there is no skipping it
        self._forget_code()
        super().reject()

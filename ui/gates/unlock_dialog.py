"""The one screen between the supporter and the journal: every vault state, each with its way on.

The journal's lock mode (DESIGN §4) decides what it asks. *Ask for my passphrase every time*: at
start-up and after a lock it asks for the lock passphrase (or the recovery code) and never reads
the keyring. *Open with my computer login*: at start-up the controller reads the keyring itself
and builds this screen only when that fails (``keyring_failed`` shows why); opened without that,
it tries the keyring by itself (``try_keyring``, scheduled from ``showEvent`` so a test can call
it directly). After a lock in that mode "Unlock" reads the keyring again, and the screen says
plainly that anyone using this computer account can do the same: asking for a passphrase there
would promise a protection that quitting and restarting PeerDesk takes away.

Each failure shows the wording from :mod:`ui.messages` and the matching controls: a passphrase
field, a recovery-code field, "Try again", or "Restore from a backup…" (the ``restore_requested``
signal: the composition root shows the restore flow, then calls :meth:`try_keyring`, which takes
the journal the vault opened). Nothing here deletes, replaces or moves a file, and nothing from
the journal is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import (
    InvalidRecoveryCode,
    JournalDamaged,
    JournalMissing,
    JournalTooNew,
    KeyringBackendChanged,
    KeyringEntryMissing,
    KeyringLocked,
    KeySlotsDamaged,
    NoKeyringBackend,
    NoPassphrase,
    NotSqlcipher,
    PassphraseNeeded,
    PeerDeskError,
    RekeyUnfinished,
    WrongKey,
)
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.vault import Vault
from ui.messages import Explanation, explain
from ui.system.idle import LockReason
from ui.widgets.accessible import name_as_shown
from ui.widgets.labels import error_label as _field_error
from ui.widgets.labels import wrapped_label as _wrapped
from ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)


class Mode(Enum):
    TRYING = "trying"  # reading the keyring
    PASSPHRASE = "passphrase"  # noqa: S105 - the lock passphrase field, not a secret
    RECOVERY = "recovery"  # the recovery-code field
    RETRY = "retry"  # something to fix outside PeerDesk, then "Try again"
    SESSION_ONLY = "session_only"  # locked, computer login: "Unlock" reads the keyring again
    DAMAGED = "damaged"  # "Restore from a backup…"
    BLOCKED = "blocked"  # this PeerDesk cannot open it at all (too new, no encryption)


class UnlockDialog(QDialog):
    """Opens the journal; after it is accepted, ``journal`` is the open journal."""

    restore_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        *,
        after_lock: bool = False,
        reason: LockReason | None = None,
        idle_minutes: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._after_lock = after_lock
        asks = vault.lock_mode is LockMode.PASSPHRASE
        # computer login: the keyring is tried once, right after showing
        self._auto_pending = not after_lock and not asks
        self.journal: Journal | None = None
        self.last_error: PeerDeskError | None = None
        self.mode = Mode.TRYING

        self.setWindowTitle(self.tr("PeerDesk"))
        self.setMinimumWidth(480)
        fit_to_screen(self, 580, 330)

        self.heading = _wrapped(
            self.tr("PeerDesk is locked") if after_lock else self.tr("Open your journal")
        )
        self.reason = _wrapped(self._reason_words(reason, idle_minutes) if after_lock else "")
        self.reason.setVisible(bool(self.reason.text()))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.status_title = _wrapped()
        bold = self.status_title.font()
        bold.setBold(True)
        self.status_title.setFont(bold)
        self.status_text = _wrapped()
        self.status_way = _wrapped()

        # the lock passphrase
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Lock passphrase"))
        self.passphrase_button = QPushButton(self.tr("&Unlock"))
        name_as_shown(self.passphrase_button, self.tr("Unlock with the lock passphrase"))
        self.passphrase_button.clicked.connect(lambda: self.unlock_with_passphrase())
        self.passphrase_error = _field_error()
        self.passphrase_box = self._field_box(
            self.tr("Lock &passphrase"),
            self.passphrase_edit,
            self.passphrase_button,
            self.passphrase_error,
        )

        # the recovery code
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setAccessibleName(self.tr("Recovery code"))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_edit.setMaxLength(120)
        self.recovery_button = QPushButton(self.tr("&Open with recovery code"))
        name_as_shown(self.recovery_button, self.tr("Open with the recovery code"))
        self.recovery_button.clicked.connect(lambda: self.unlock_with_recovery_code())
        self.recovery_error = _field_error()
        self.recovery_box = self._field_box(
            self.tr("&Recovery code (from your recovery sheet)"),
            self.recovery_edit,
            self.recovery_button,
            self.recovery_error,
        )

        # actions
        self.try_again_button = self._button(self.tr("&Try again"), self.try_keyring)
        self.unlock_button = self._button(self.tr("&Unlock"), self.try_keyring)
        name_as_shown(self.unlock_button, self.tr("Unlock the journal"))
        self.restore_button = self._button(
            self.tr("&Restore from a backup…"), lambda: self.restore_requested.emit()
        )
        self.use_recovery_button = self._button(
            self.tr("Use the recovery &code instead"), lambda: self.show_recovery_field()
        )
        self.use_passphrase_button = self._button(
            self.tr("Use the lock &passphrase instead"), lambda: self.show_passphrase_field()
        )
        self.quit_button = self._button(self.tr("&Quit"), self.reject)
        name_as_shown(self.quit_button, self.tr("Quit PeerDesk"))
        for button in (self.use_recovery_button, self.use_passphrase_button):
            button.setFlat(True)
        actions = QHBoxLayout()
        for button in (
            self.try_again_button,
            self.unlock_button,
            self.restore_button,
            self.use_recovery_button,
            self.use_passphrase_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addSpacing(6)
        layout.addWidget(self.status_title)
        layout.addWidget(self.status_text)
        layout.addWidget(self.status_way)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.recovery_box)
        layout.addStretch(1)
        layout.addLayout(actions)

        if asks:
            self.show_passphrase_field(
                Explanation(
                    self.tr("Type your lock passphrase to go on.")
                    if after_lock
                    else self.tr("Type your lock passphrase to open the journal."),
                    self.tr(
                        "This journal asks for your passphrase every time: its key is in no "
                        "keyring, so someone using this computer account cannot open it without "
                        "the passphrase or your recovery code."
                    ),
                    "",
                )
            )
        elif after_lock:
            self._show(
                Mode.SESSION_ONLY,
                Explanation(
                    self.tr("PeerDesk closed and hid your journal."),
                    self.tr(
                        "It opens with your computer login, so anyone using this computer "
                        "account can open it again with Unlock: your computer's own login is "
                        "the only barrier."
                    ),
                    self.tr(
                        'To keep out someone at this computer, choose "Ask for my passphrase '
                        'every time" in Settings.'
                    ),
                ),
            )
        else:
            self._show(Mode.TRYING, Explanation(self.tr("Opening your journal…"), "", ""))

    # --- building -------------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: slot())
        return button

    @staticmethod
    def _field_box(title: str, edit: QLineEdit, button: QPushButton, error: QLabel) -> QFrame:
        box = QFrame()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setBuddy(edit)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(error)
        return box

    # --- showing a state ------------------------------------------------------------------------

    def _show(self, mode: Mode, words: Explanation) -> None:
        self.mode = mode
        self.status_title.setText(words.title)
        self.status_text.setText(words.text)
        self.status_text.setVisible(bool(words.text))
        self.status_way.setText(words.way_forward)
        self.status_way.setVisible(bool(words.way_forward))
        has_passphrase = self._vault.has_passphrase
        self.passphrase_box.setVisible(mode is Mode.PASSPHRASE)
        self.recovery_box.setVisible(mode is Mode.RECOVERY)
        self.try_again_button.setVisible(mode is Mode.RETRY)
        self.unlock_button.setVisible(mode is Mode.SESSION_ONLY)
        self.restore_button.setVisible(
            mode is Mode.DAMAGED
            or (mode is Mode.RETRY and isinstance(self.last_error, JournalMissing))
        )
        self.use_recovery_button.setVisible(
            mode is Mode.PASSPHRASE
            or (mode is Mode.RETRY and isinstance(self.last_error, KeyringLocked))
        )
        self.use_passphrase_button.setVisible(mode is Mode.RECOVERY and has_passphrase)
        for field_error in (self.passphrase_error, self.recovery_error):
            field_error.setVisible(False)
        focus = {
            Mode.PASSPHRASE: self.passphrase_edit,
            Mode.RECOVERY: self.recovery_edit,
            Mode.RETRY: self.try_again_button,
            Mode.SESSION_ONLY: self.unlock_button,
            Mode.DAMAGED: self.restore_button,
        }.get(mode, self.quit_button)
        default = {
            Mode.PASSPHRASE: self.passphrase_button,
            Mode.RECOVERY: self.recovery_button,
        }.get(mode, focus)
        for button in self.findChildren(QPushButton):
            button.setDefault(button is default)
        focus.setFocus()

    def _reason_words(self, reason: LockReason | None, idle_minutes: int) -> str:
        """Why it locked, in a line under the heading."""
        if reason is LockReason.ASKED:
            return self.tr("You locked it.")
        if reason is LockReason.IDLE:
            return self.tr("It locked after %Ln minute(s) without use.", "", idle_minutes)
        if reason is LockReason.SCREEN:
            return self.tr("It locked because the screen locked or the computer went to sleep.")
        return ""

    def show_passphrase_field(self, words: Explanation | None = None) -> None:
        self._show(
            Mode.PASSPHRASE,
            words or Explanation(self.tr("Type your lock passphrase to open the journal."), "", ""),
        )

    def show_recovery_field(self, words: Explanation | None = None) -> None:
        self._show(
            Mode.RECOVERY,
            words
            or Explanation(
                self.tr("Type your recovery code to open the journal."),
                self.tr(
                    "It is on your recovery sheet: eight groups of four letters and digits. "
                    "Capitals, spaces and dashes do not matter."
                ),
                "",
            ),
        )

    def _field_failed(self, edit: QLineEdit, label: QLabel, exc: PeerDeskError) -> None:
        self.last_error = exc
        words = explain(exc)
        label.setText(f"{words.text} {words.way_forward}".strip())
        label.setVisible(True)
        edit.setAccessibleDescription(label.text())
        edit.selectAll()
        edit.setFocus()

    def keyring_failed(self, exc: PeerDeskError) -> None:
        """The keyring was tried before this screen opened (at start-up) and failed with ``exc``."""
        self._auto_pending = False
        self._failed(exc)

    def _failed(self, exc: PeerDeskError) -> None:
        """Show what went wrong and the controls that lead on from it."""
        self.last_error = exc
        words = explain(exc)
        log.info("the journal did not open: %s", exc.code)
        if isinstance(exc, JournalDamaged | KeySlotsDamaged):
            self._show(Mode.DAMAGED, words)
        elif isinstance(exc, JournalTooNew | NotSqlcipher):
            self._show(Mode.BLOCKED, words)
        elif isinstance(exc, KeyringEntryMissing | KeyringBackendChanged):
            self.show_recovery_field(words)
        elif isinstance(exc, WrongKey):  # the keyring's key does not fit this journal
            self.show_recovery_field(
                Explanation(
                    self.tr("The key in your keyring does not open this journal"),
                    self.tr(
                        "The keyring gave a key, but it belongs to something else. Your "
                        "journal file has not been changed."
                    ),
                    self.tr(
                        "Type your recovery code; PeerDesk then puts the right key back in the "
                        "keyring."
                    ),
                )
            )
        elif isinstance(exc, PassphraseNeeded):
            self.show_passphrase_field(words)
        elif isinstance(exc, NoKeyringBackend):
            if self._vault.has_passphrase:
                self.show_passphrase_field(words)
            else:
                self.show_recovery_field(words)
        elif isinstance(exc, NoPassphrase | RekeyUnfinished):  # the new code opens it
            self.show_recovery_field(words)
        else:  # locked keyring, busy journal, storage trouble, missing file
            self._show(Mode.RETRY, words)

    # --- unlocking ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc keeps this screen: rejecting it quits PeerDesk, which only Quit (Alt+Q) or
        closing the window asks for. A tired supporter pressing Esc out of habit on the lock
        screen must not end the app (hostile-a s21)."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_pending:
            QTimer.singleShot(0, self, self._try_keyring_once)

    def _try_keyring_once(self) -> None:
        if self._auto_pending:  # not already tried (by a test, or a restore that came first)
            self.try_keyring()

    def _busy(self, on: bool) -> None:
        if on:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        for widget in (
            self.passphrase_button,
            self.recovery_button,
            self.try_again_button,
            self.unlock_button,
        ):
            widget.setEnabled(not on)

    def try_keyring(self) -> bool:
        """Open the journal with the key from the keyring (or take the one already open)."""
        self._auto_pending = False
        if self._vault.journal is not None:  # e.g. opened by a restore meanwhile
            self._succeeded(self._vault.journal)
            return True
        self._busy(True)
        try:
            journal = self._vault.unlock_with_keyring()
        except PeerDeskError as exc:
            self._failed(exc)
            return False
        finally:
            self._busy(False)
        self._succeeded(journal)
        return True

    def unlock_with_passphrase(self) -> bool:
        typed = self.passphrase_edit.text()
        if not typed:
            self.passphrase_error.setText(self.tr("Type your lock passphrase first."))
            self.passphrase_error.setVisible(True)
            self.passphrase_edit.setFocus()
            return False
        self._busy(True)
        try:
            journal = self._vault.unlock_with_passphrase(typed)
        except WrongKey as exc:
            self._field_failed(self.passphrase_edit, self.passphrase_error, exc)
            return False
        except PeerDeskError as exc:
            self._failed(exc)
            return False
        finally:
            self._busy(False)
        self._succeeded(journal)
        return True

    def unlock_with_recovery_code(self) -> bool:
        typed = self.recovery_edit.text()
        if not typed.strip():
            self.recovery_error.setText(self.tr("Type your recovery code first."))
            self.recovery_error.setVisible(True)
            self.recovery_edit.setFocus()
            return False
        self._busy(True)
        try:
            journal = self._vault.unlock_with_recovery_code(typed)
        except (InvalidRecoveryCode, WrongKey) as exc:
            self._field_failed(self.recovery_edit, self.recovery_error, exc)
            return False
        except PeerDeskError as exc:
            self._failed(exc)
            return False
        finally:
            self._busy(False)
        self._succeeded(journal)
        return True

    def _succeeded(self, journal: Journal) -> None:
        self.journal = journal
        self.last_error = None
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        log.info("journal opened")
        self.accept()

    @property
    def keyring_problem(self) -> PeerDeskError | None:
        """Trouble the keyring had keeping the key after an unlock (worth a notice), if any."""
        return self._vault.keyring_problem

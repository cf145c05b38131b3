"""When the journal fails its checks: restore first, rescue second, start over last.

The three ways on, in the order a supporter should try them:

1. **Restore from a backup** — the default button; opens
   :class:`ui.gates.restore_dialog.RestoreDialog`.
2. **Rescue what can still be read** — copies every readable row into a new encrypted journal
   (:func:`peerdesk.salvage.salvage`), says what it saved, and offers to open it. The damaged file
   is only read, and is set aside when the rescued journal takes its place.
3. **Start over with an empty journal** — hidden behind "More choices", guarded by a check box and a
   last question. It moves the damaged files into ``set-aside/`` (nothing is deleted); the app then
   runs its first-time setup.

After the dialog is accepted, ``outcome`` says which way was taken: RESTORED or RESCUED (then
``journal`` is the open journal), or STARTED_OVER. Nothing here shows anything from the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import salvage
from peerdesk.errors import (
    InvalidRecoveryCode,
    JournalDamaged,
    KeyringEntryMissing,
    KeyringLocked,
    NoKeyringBackend,
    PassphraseNeeded,
    PeerDeskError,
    WrongKey,
)
from peerdesk.journal import Journal
from peerdesk.keyslots import KeySlots
from peerdesk.recovery import RecoveryCode
from peerdesk.salvage import SalvageReport
from peerdesk.translation import QT_TRANSLATE_NOOP
from peerdesk.vault import ASIDE_DIR, Vault
from ui.background.background_job import BackgroundJob, JobSlot
from ui.gates.restore_dialog import RestoreDialog, describe_summary
from ui.messages import explain
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import date_and_time
from ui.widgets.labels import error_label as _error_label
from ui.widgets.labels import wrapped_label as _wrapped
from ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)

RESTORED = "restored"
RESCUED = "rescued"
STARTED_OVER = "started_over"

MakeRestore = Callable[[QWidget], RestoreDialog]
Confirm = Callable[[str], bool]


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class DamageDialog(QDialog):
    """The ways on from a damaged journal; see the module's description."""

    rescued = Signal(object)  # the SalvageReport, once the rescue is written

    def __init__(
        self,
        vault: Vault,
        *,
        parent: QWidget | None = None,
        make_restore: MakeRestore | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._make_restore = make_restore or (lambda owner: RestoreDialog(vault, parent=owner))
        self._confirm = confirm or self._ask
        self.journal: Journal | None = None
        self.outcome: str | None = None
        self.report: SalvageReport | None = None
        self._restore: RestoreDialog | None = None
        self._code_used: RecoveryCode | None = None
        self._running = JobSlot()  # the rescue or opening running

        self.setWindowTitle(self.tr("Your journal file is damaged"))
        self.setMinimumWidth(560)
        fit_to_screen(self, 660, 600)
        words = explain(
            JournalDamaged(QT_TRANSLATE_NOOP("errors", "the journal file failed its checks"))
        )
        heading = _wrapped(self.tr("Your journal file is damaged"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.intro = _wrapped(words.text)

        # 1. restore
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        name_as_shown(self.restore_button, self.tr("Restore from a backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.restore_from_backup())
        self.restore_text = _wrapped(self._last_backup_text())

        # 2. rescue
        self.rescue_button = QPushButton(self.tr("R&escue what can still be read"))
        name_as_shown(self.rescue_button, self.tr("Rescue what can still be read"))
        self.rescue_button.clicked.connect(lambda: self.rescue())
        self.rescue_text = _wrapped(
            self.tr(
                "No backup, or one that is too old? PeerDesk can copy everything it can still "
                "read into a new journal, encrypted like the old one. The damaged file is only "
                "read, never changed."
            )
        )
        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("Recovery code or lock passphrase"))
        self.secret_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(1024)
        self.secret_label = QLabel(self.tr("Recovery code or lock &passphrase:"))
        self.secret_label.setBuddy(self.secret_edit)
        self.secret_error = _error_label()
        for widget in (self.secret_label, self.secret_edit, self.secret_error):
            widget.setVisible(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Rescuing"))
        self.busy.setVisible(False)
        self.rescue_result = _wrapped()
        self.rescue_result.setFrameShape(QFrame.Shape.StyledPanel)
        self.rescue_result.setVisible(False)
        self.open_rescued_button = QPushButton(self.tr("&Open the rescued journal"))
        name_as_shown(self.open_rescued_button, self.tr("Open the rescued journal"))
        self.open_rescued_button.setVisible(False)
        self.open_rescued_button.clicked.connect(lambda: self.open_rescued())

        # 3. start over, out of the way
        self.more_button = QPushButton(self.tr("More choices ▸"))
        self.more_button.setFlat(True)
        name_as_shown(self.more_button, self.tr("Show more choices"))
        self.more_button.clicked.connect(lambda: self.show_more())
        self.start_over_box = QFrame()
        self.start_over_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.start_over_box)
        box.addWidget(_bold(_wrapped(self.tr("Start over with an empty journal"))))
        box.addWidget(
            _wrapped(
                self.tr(
                    "Only if no backup works and nothing could be rescued. Your damaged journal "
                    "is moved to {folder} and kept there (with shredding of notes on, until it is "
                    "older than both periods). PeerDesk then sets up a new, empty journal with "
                    "a new recovery code."
                ).format(folder=vault.data_dir / ASIDE_DIR)
            )
        )
        self.understood = QCheckBox(
            self.tr("I understand that my sessions will not be in the new journal")
        )
        self.understood.setAccessibleName(self.understood.text())
        self.start_over_button = QPushButton(self.tr("Start over"))
        name_as_shown(self.start_over_button, self.tr("Start over with an empty journal"))
        self.start_over_button.setEnabled(False)
        self.understood.toggled.connect(self.start_over_button.setEnabled)
        self.start_over_button.clicked.connect(lambda: self.start_over())
        box.addWidget(self.understood)
        box.addWidget(self.start_over_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.start_over_box.setVisible(False)

        self.message = _wrapped()
        self.message.setVisible(False)
        self.quit_button = QPushButton(self.tr("&Quit"))
        name_as_shown(self.quit_button, self.tr("Quit PeerDesk without changing anything"))
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(_bold(_wrapped(self.tr("1. Go back to a backup (best)"))))
        layout.addWidget(self.restore_text)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(_bold(_wrapped(self.tr("2. Rescue what can still be read"))))
        layout.addWidget(self.rescue_text)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.secret_error)
        layout.addWidget(self.rescue_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addWidget(self.rescue_result)
        layout.addWidget(self.open_rescued_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.start_over_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        layout.addLayout(bottom)

        self._can_rescue = True
        try:
            vault.read_slots()
        except PeerDeskError:  # no key file: nothing can be read without a backup's key file
            self._can_rescue = False
            self.rescue_button.setEnabled(False)
            self.rescue_text.setText(
                self.tr(
                    "Rescuing needs the journal's key file (journal.keys), which is missing or "
                    "damaged too. Restore from a backup: each one carries its own key file."
                )
            )
        if self._can_rescue:
            try:
                vault.check_journal_file()
            except PeerDeskError as exc:  # empty, cut short or missing: nothing in it to rescue
                self.intro.setText(explain(exc).text)  # no key ever read it: say what it is
                self._can_rescue = False
                self.rescue_button.setEnabled(False)
                self.rescue_text.setText(
                    self.tr(
                        "The journal file is empty, cut short or missing, so there is nothing in "
                        "it to rescue. Restore from a backup."
                    )
                )
        self.setTabOrder(self.restore_button, self.rescue_button)
        self.restore_button.setFocus()

    # --- 1. restore -----------------------------------------------------------------------------

    def _last_backup_text(self) -> str:
        try:
            last = self._vault.last_backup()
        except (PeerDeskError, OSError):
            last = None
        if last is None:
            return self.tr(
                "PeerDesk found no backup in its data folder. If you keep backups elsewhere (an "
                "external drive), choose the file there."
            )
        return self.tr(
            "Your most recent backup is from {when}. Sessions written since then are not in it."
        ).format(when=date_and_time(last.created))

    def restore_from_backup(self) -> RestoreDialog:
        """Open the restore dialog; when it restores, this dialog is done too."""
        dialog = self._make_restore(self)
        self._restore = dialog
        dialog.restored.connect(lambda: self._finish_with(dialog.journal, RESTORED))
        dialog.open()
        return dialog

    def _finish_with(self, journal: object, outcome: str) -> None:
        if isinstance(journal, Journal):
            self.journal = journal
            self.outcome = outcome
            self.accept()

    # --- 2. rescue ------------------------------------------------------------------------------

    def _key(self) -> tuple[bytes, KeySlots] | None:
        """The data key: from the keyring, else from what is typed in the secret field."""
        typed = self.secret_edit.text()
        if not self.secret_edit.isVisible() or not typed:
            try:
                return salvage.key_for(self._vault)
            except PassphraseNeeded:  # the keyring is not asked in this lock mode
                self._ask_for_secret(
                    self.tr("Type your lock passphrase (or your recovery code) and choose Rescue.")
                )
                return None
            except (KeyringEntryMissing, WrongKey, NoKeyringBackend, KeyringLocked):
                self._ask_for_secret(
                    self.tr(
                        "The keyring cannot give PeerDesk the journal's key. Type your recovery "
                        "code (or your lock passphrase) and choose Rescue again."
                    )
                )
                return None
        try:
            code = RecoveryCode.parse(typed)
        except InvalidRecoveryCode:
            code = None
        try:
            if code is not None:
                found = salvage.key_for(self._vault, code=code)
                self._code_used = code
                return found
            if self._vault.has_passphrase:
                return salvage.key_for(self._vault, passphrase=typed)
            raise InvalidRecoveryCode(QT_TRANSLATE_NOOP("errors", "the recovery code has a typo"))
        except (WrongKey, InvalidRecoveryCode) as exc:
            words = explain(exc)
            self._ask_for_secret(f"{words.text} {words.way_forward}".strip())
            return None

    def _ask_for_secret(self, text: str) -> None:
        for widget in (self.secret_label, self.secret_edit, self.secret_error):
            widget.setVisible(True)
        self.secret_error.setText(text)
        self.secret_edit.setAccessibleDescription(text)
        self.secret_edit.selectAll()
        self.secret_edit.setFocus()

    def rescue(self) -> bool:
        """Start copying what can be read into a new journal; False when no key was at hand."""
        if not self._can_rescue:
            return False
        found = self._key()
        if found is None:
            return False
        key, slots = found
        vault = self._vault
        when = vault.clock()
        self._run(
            lambda: salvage.salvage(
                vault.journal_path, key, slots, salvage.rescue_dir(vault), when
            ),
            self._rescued,
            self._rescue_failed,
        )
        return True

    def _run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[object], None],
    ) -> None:
        """Run ``work`` off the GUI thread with the busy bar showing and the buttons off."""
        self._busy(True)
        job = BackgroundJob(lambda _control: work(), name="peerdesk-rescue", owner=self)
        job.ended.connect(lambda: self._busy(False))
        job.succeeded.connect(done)
        job.failed.connect(failed)
        self._running.start(job)

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.restore_button, self.quit_button, self.secret_edit):
            widget.setEnabled(not on)
        self.rescue_button.setEnabled(not on and self._can_rescue)
        self.open_rescued_button.setEnabled(not on)

    def _rescued(self, report: object) -> None:
        assert isinstance(report, SalvageReport)
        self.report = report
        self.secret_edit.clear()
        for widget in (self.secret_label, self.secret_edit, self.secret_error):
            widget.setVisible(False)
        self.rescue_result.setText(self.describe(report))
        self.rescue_result.setVisible(True)
        self.open_rescued_button.setVisible(report.path is not None)
        if report.path is not None:
            self.open_rescued_button.setDefault(True)
            self.open_rescued_button.setFocus()
        self.rescued.emit(report)

    def describe(self, report: SalvageReport) -> str:
        """What was saved, in words: counts only, and which parts could not be read."""
        if report.path is None or report.summary is None:
            return self.tr(
                "Nothing could be read: the part of the file that holds the journal's layout is "
                "damaged. Restore from a backup if you can."
            )
        parts = [self.tr("PeerDesk saved {what}").format(what=describe_summary(report.summary))]
        sessions = report.table("sessions")
        if sessions is not None and sessions.partial:
            parts.append(
                self.tr(
                    "%Ln session(s) came back with only their date, peer and status, or as "
                    "drafts that hold their notes.",
                    "",
                    sessions.partial,
                )
            )
        names = {
            "sessions": self.tr("session details"),
            "notes": self.tr("notes"),
            "peers": self.tr("peers"),
            "followups": self.tr("follow-ups"),
            "session_tags": self.tr("events and stress drivers of sessions"),
            "tags": self.tr("your event and stress-driver lists"),
            "resources": self.tr("the resource directory"),
            "session_resources": self.tr("resources marked in sessions"),
            "settings": self.tr("settings"),
        }
        unread = [names.get(t.table, t.table) for t in report.tables if not t.complete]
        if unread:
            parts.append(
                self.tr(
                    "Parts of the file could not be read ({parts}); what only those parts held "
                    "is lost."
                ).format(parts=", ".join(unread))
            )
        elif report.complete:
            parts.append(self.tr("Everything could be read."))
        parts.append(
            self.tr(
                "The rescued journal is in {folder}. Opening it puts it in place of the damaged "
                "one, which is kept in {aside}."
            ).format(folder=report.path.parent, aside=self._vault.data_dir / ASIDE_DIR)
        )
        return "\n\n".join(parts)

    def _rescue_failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)  # a bug goes to the crash handler instead
        words = explain(exc)
        self.message.setText(f"{words.title}. {words.as_text()}")
        self.message.setVisible(True)

    def open_rescued(self) -> bool:
        """Put the rescued journal in place of the damaged one (set aside) and open it."""
        report = self.report
        if report is None or report.path is None:
            return False
        vault, path, code = self._vault, report.path, self._code_used
        self._run(
            lambda: vault.restore(path, code),
            lambda journal: self._finish_with(journal, RESCUED),
            self._open_failed,
        )
        return True

    def _open_failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)  # a bug goes to the crash handler instead
        if isinstance(exc, KeyringEntryMissing | NoKeyringBackend | WrongKey):
            self.message.setText(
                self.tr(
                    "To open the rescued journal PeerDesk needs your recovery code. Choose "
                    "Restore from a backup…, pick the rescued file ({name}) and use your "
                    "recovery code."
                ).format(name=self.report.path.name if self.report and self.report.path else "")
            )
        else:
            words = explain(exc)
            self.message.setText(f"{words.title}. {words.as_text()}")
        self.message.setVisible(True)

    # --- 3. start over --------------------------------------------------------------------------

    def show_more(self) -> None:
        self.start_over_box.setVisible(True)
        self.more_button.setVisible(False)
        self.understood.setFocus()

    def start_over(self) -> bool:
        """Move the damaged files aside (never deleting them) once the supporter has agreed."""
        if not self.start_over_box.isVisible() or not self.understood.isChecked():
            return False
        if not self._confirm(
            self.tr(
                "Move the damaged journal aside and start a new, empty one? The damaged files "
                "are kept in the set-aside folder."
            )
        ):
            return False
        try:
            salvage.set_damaged_aside(self._vault)
        except PeerDeskError as exc:
            words = explain(exc)
            self.message.setText(f"{words.title}. {words.as_text()}")
            self.message.setVisible(True)
            return False
        log.info("the damaged journal was set aside to start over")
        self.outcome = STARTED_OVER
        self.accept()
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Start over"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.busy.isVisible():
            return
        self.secret_edit.clear()
        super().reject()

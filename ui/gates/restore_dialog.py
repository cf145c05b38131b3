"""Restore a backup, or move the journal to a new computer: check first, then replace.

The supporter picks a backup file (the ones in the data folder are listed; on a new computer they
choose the file they brought along, with its ``.keys`` file beside it) and how to open it: this
computer's keyring, or the recovery code. "Check this backup" opens and verifies it and shows
what it holds — counts and a date range, nothing else — while nothing has changed yet. Only then
can "Restore" be pressed: the current journal is set aside (kept, never deleted), the backup is put
in its place and opened, and its key goes back into the keyring. Afterwards ``journal`` is the
open journal (the vault holds it too).

The checking and the restoring run off the GUI thread
(:class:`~ui.background.background_job.BackgroundJob`); the dialog shows a busy bar and takes no
input meanwhile.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import backups
from peerdesk.errors import (
    BackupInvalid,
    InvalidRecoveryCode,
    JournalMissing,
    KeyringEntryMissing,
    KeySlotsDamaged,
    NoKeyringBackend,
    PeerDeskError,
    WrongKey,
)
from peerdesk.journal import Journal, JournalSummary
from peerdesk.keyslots import LockMode
from peerdesk.vault import ASIDE_DIR, BackupPreview, Vault
from ui.background.background_job import BackgroundJob, JobSlot
from ui.messages import explain
from ui.models.roles import Role
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import date_and_time, day_month_year
from ui.widgets.labels import error_label as _error_label
from ui.widgets.labels import wrapped_label as _wrapped
from ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)

_STAMP = re.compile(r"(\d{8}-\d{6})")

FileChooser = Callable[[QWidget, Path], Path | None]


def made_on(path: Path) -> datetime | None:
    """When a backup (or rescued journal) was made, read from its file name."""
    found = _STAMP.search(path.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


class SummaryWords(QObject):
    """The words for a journal's counts: a class, so that its ``%n`` texts have a context
    (its name) that pyside6-lupdate reads."""

    def describe(self, summary: JournalSummary) -> str:
        sessions = self.tr("%Ln finished session(s)", "", summary.sessions)
        drafts = self.tr("%Ln draft(s)", "", summary.drafts)
        peers = self.tr("%Ln peer(s)", "", summary.peers)
        text = self.tr("{sessions}, {drafts} and {peers}").format(
            sessions=sessions, drafts=drafts, peers=peers
        )
        if summary.first_session and summary.last_session:
            span = self.tr("Sessions from {first} to {last}.").format(
                first=day_month_year(summary.first_session),
                last=day_month_year(summary.last_session),
            )
        else:
            span = self.tr("No sessions yet.")
        return f"{text}. {span}"


def describe_summary(summary: JournalSummary) -> str:
    """Counts and a date range — what a backup may show before it is opened for good."""
    return SummaryWords().describe(summary)


class RestoreDialog(QDialog):
    """Check a backup, then restore it. After it is accepted, ``journal`` is the open journal."""

    checked = Signal(object)  # the BackupPreview, once a backup passed its check
    restored = Signal()

    def __init__(
        self,
        vault: Vault,
        *,
        parent: QWidget | None = None,
        choose_file: FileChooser | None = None,
        before_restore: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._choose_file = choose_file or self._file_dialog
        self._before_restore = before_restore
        self.journal: Journal | None = None
        self.preview: BackupPreview | None = None
        self._checked_for: tuple[Path, bool, str] | None = None
        self._running = JobSlot()  # the check or restore running

        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        fit_to_screen(self, 640, 560)

        heading = _wrapped(self.tr("Restore from a backup"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = _wrapped(
            self.tr(
                "Go back to a backup, or bring your journal to this computer. A backup is a "
                "file named peerdesk-backup-….db with a .keys file of the same name beside it; "
                "copy both. Nothing changes until you have checked the backup and chosen Restore."
            )
        )

        # 1. which file
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Backups in your data folder"))
        self.found.currentItemChanged.connect(self._found_chosen)
        self.found.setMaximumHeight(self.found.fontMetrics().height() * 7)
        self.found_label = QLabel(self.tr("&Backups in your data folder:"))
        self.found_label.setBuddy(self.found)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        self.path_edit.setPlaceholderText(self.tr("Choose a backup file…"))
        self.path_edit.textChanged.connect(self._changed)
        self.browse_button = QPushButton(self.tr("C&hoose a file…"))
        name_as_shown(self.browse_button, self.tr("Choose a backup file"))
        self.browse_button.clicked.connect(lambda: self.browse())
        self.file_error = _error_label()
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.path_edit)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        # 2. how to open it
        self.use_keyring = QRadioButton(self.tr("With this computer's &keyring"))
        name_as_shown(self.use_keyring, self.tr("Open the backup with this computer's keyring"))
        self.use_code = QRadioButton(self.tr("With my recovery &code"))
        name_as_shown(self.use_code, self.tr("Open the backup with the recovery code"))
        self._how = QButtonGroup(self)
        self._how.addButton(self.use_keyring)
        self._how.addButton(self.use_code)
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.setMaxLength(120)
        self.code_edit.textChanged.connect(self._changed)
        self.code_error = _error_label()
        for radio in (self.use_keyring, self.use_code):
            radio.toggled.connect(self._how_changed)

        # 3. what it holds, and the go-ahead
        self.check_button = QPushButton(self.tr("Check &this backup"))
        name_as_shown(self.check_button, self.tr("Check this backup"))
        self.check_button.clicked.connect(lambda: self.check())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setVisible(False)
        self.holds = _wrapped()
        self.holds.setObjectName("backupHolds")
        self.holds.setFrameShape(QFrame.Shape.StyledPanel)
        self.holds.setVisible(False)
        self.aside_note = _wrapped()
        self.aside_note.setVisible(False)
        self.message = _wrapped()
        self.message.setVisible(False)
        # A backup from before a new key, while the journal is locked in passphrase mode: it comes
        # back under today's key, which only today's passphrase can give (Vault.restore).
        self.todays_label = _wrapped(
            self.tr(
                "This backup was made before your journal got a new key. It comes back under "
                "today's key, so that old recovery codes and passphrases open nothing you write "
                "from now on. Type the lock passphrase you use today:"
            )
        )
        self.todays_passphrase_edit = QLineEdit()
        self.todays_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.todays_passphrase_edit.setAccessibleName(self.tr("Today's lock passphrase"))
        self.todays_label.setBuddy(self.todays_passphrase_edit)
        self.todays_error = _error_label()
        self.todays_passphrase_edit.textChanged.connect(
            lambda _text: self.todays_error.setVisible(False)
        )
        self._show_todays_passphrase(False)

        self.restore_button = QPushButton(self.tr("&Restore"))
        name_as_shown(self.restore_button, self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(lambda: self.restore())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name_as_shown(self.cancel_button, self.tr("Cancel without changing anything"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found)
        layout.addWidget(file_label)
        layout.addLayout(file_row)
        layout.addWidget(self.file_error)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Open it:")))
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.use_code)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.code_error)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.holds)
        layout.addWidget(self.aside_note)
        layout.addWidget(self.todays_label)
        layout.addWidget(self.todays_passphrase_edit)
        layout.addWidget(self.todays_error)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._fill_found()
        # In passphrase mode the key is in no keyring: only the open journal's own key can help.
        same_computer = vault.exists() and (
            vault.is_unlocked
            or (
                vault.lock_mode is LockMode.COMPUTER_LOGIN
                and vault.keystore.usable_backend() is not None
            )
        )
        (self.use_keyring if same_computer else self.use_code).setChecked(True)
        self._how_changed()
        (self.found if self.found.count() else self.browse_button).setFocus()

    # --- choosing -------------------------------------------------------------------------------

    def _fill_found(self) -> None:
        try:
            journal_id = self._vault.read_slots().journal_id
            found = backups.existing(self._vault.backup_dir, journal_id)
        except (PeerDeskError, OSError):
            found = []
        for backup in reversed(found):  # newest first
            item = QListWidgetItem(
                self.tr("{when} — {size} KB").format(
                    when=date_and_time(backup.created), size=max(1, backup.size // 1024)
                )
            )
            item.setData(Role.PATH, str(backup.path))
            self.found.addItem(item)
        self.found.setVisible(bool(found))
        self.found_label.setVisible(bool(found))
        if found:
            self.found.setCurrentRow(0)

    def _found_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.path_edit.setText(str(item.data(Role.PATH)))

    def _file_dialog(self, parent: QWidget, start: Path) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Choose a PeerDesk backup"),
            str(start),
            self.tr("PeerDesk backups (*.db);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def browse(self) -> None:
        current = Path(self.path_edit.text().strip()).expanduser()
        start = current.parent if current.parent.is_dir() else self._vault.backup_dir
        if not start.is_dir():
            start = Path.home()
        chosen = self._choose_file(self, start)
        if chosen is not None:
            self.found.setCurrentRow(-1)
            self.path_edit.setText(str(chosen))

    def set_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _how_changed(self) -> None:
        with_code = self.use_code.isChecked()
        self.code_edit.setVisible(with_code)
        self.code_edit.setEnabled(with_code)
        if with_code and self.isVisible():
            self.code_edit.setFocus()
        self._changed()

    def _changed(self) -> None:
        """Anything edited after a check needs a new check before Restore."""
        self._update_restore_button()
        self.file_error.setVisible(False)
        self.code_error.setVisible(False)

    def _update_restore_button(self) -> None:
        self.restore_button.setEnabled(self._current() == self._checked_for and bool(self.preview))

    def _current(self) -> tuple[Path, bool, str]:
        with_code = self.use_code.isChecked()
        return (
            Path(self.path_edit.text().strip()).expanduser(),
            with_code,
            self.code_edit.text() if with_code else "",
        )

    # --- checking -------------------------------------------------------------------------------

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (
            self.found,
            self.path_edit,
            self.browse_button,
            self.use_keyring,
            self.use_code,
            self.code_edit,
            self.todays_passphrase_edit,
            self.check_button,
            self.restore_button,
            self.cancel_button,
        ):
            widget.setEnabled(not on)
        if not on:
            self.code_edit.setEnabled(self.use_code.isChecked())
            self._update_restore_button()

    def _show_error(self, label: QLabel, text: str, focus: QWidget) -> None:
        label.setText(text)
        label.setVisible(True)
        focus.setAccessibleDescription(text)
        focus.setFocus()

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._set_busy(True)
        self.message.setVisible(False)
        job = BackgroundJob(lambda _control: work(), name="peerdesk-restore", owner=self)
        job.ended.connect(lambda: self._set_busy(False))  # first: the handlers below may refocus
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        self._running.start(job)

    def check(self) -> bool:
        """Open and verify the chosen backup and show what it holds; changes nothing."""
        path, with_code, code = self._current()
        self.preview = None
        self._checked_for = None
        self.holds.setVisible(False)
        self.aside_note.setVisible(False)
        self._show_todays_passphrase(False)
        if not self.path_edit.text().strip():
            self._show_error(
                self.file_error, self.tr("Choose a backup file first."), self.path_edit
            )
            return False
        if not path.is_file():
            self._show_error(
                self.file_error,
                self.tr("There is no file there. Check the name, or choose the file again."),
                self.path_edit,
            )
            return False
        if with_code and not code.strip():
            self._show_error(self.code_error, self.tr("Type your recovery code."), self.code_edit)
            return False
        vault = self._vault
        self._run(
            lambda: vault.preview_backup(path, code if with_code else None),
            lambda preview: self._checked(preview, (path, with_code, code)),
        )
        return True

    def _checked(self, preview: object, key: tuple[Path, bool, str]) -> None:
        assert isinstance(preview, BackupPreview)
        self.preview = preview
        self._checked_for = key
        when = made_on(preview.path)
        made = (
            self.tr("This backup was made on {when}.").format(when=date_and_time(when))
            if when
            else self.tr("This backup passed its check.")
        )
        holds = self.tr("It holds {summary}").format(summary=describe_summary(preview.summary))
        self.holds.setText(f"{made} {holds}")
        self.holds.setVisible(True)
        if self._vault.exists():
            self.aside_note.setText(
                self.tr(
                    "Restoring puts this backup in place of your current journal. The current "
                    "journal is not deleted: it is kept in {folder}."
                ).format(folder=self._vault.data_dir / ASIDE_DIR)
            )
            self.aside_note.setVisible(True)
        self._show_todays_passphrase(preview.needs_todays_passphrase)
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        if preview.needs_todays_passphrase:
            self.todays_passphrase_edit.setFocus()
        else:
            self.restore_button.setFocus()
        self.checked.emit(preview)

    def _show_todays_passphrase(self, on: bool) -> None:
        for widget in (self.todays_label, self.todays_passphrase_edit):
            widget.setVisible(on)
        self.todays_error.setVisible(False)
        if not on:
            self.todays_passphrase_edit.clear()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)  # a bug goes to the crash handler instead
        words = explain(exc)
        if isinstance(exc, WrongKey) and self.todays_passphrase_edit.isVisible():
            self._show_error(  # the restore, with today's passphrase mistyped: nothing changed
                self.todays_error,
                self.tr("This is not the lock passphrase your journal opens with today."),
                self.todays_passphrase_edit,
            )
        elif isinstance(exc, InvalidRecoveryCode | WrongKey) and self.use_code.isChecked():
            self._show_error(
                self.code_error, f"{words.text} {words.way_forward}".strip(), self.code_edit
            )
        elif isinstance(exc, KeyringEntryMissing | WrongKey | NoKeyringBackend):
            self.use_code.setChecked(True)
            self._show_error(
                self.code_error,
                self.tr(
                    "This computer's keyring cannot open this backup (it does not have its key). "
                    "Type the recovery code from your recovery sheet."
                ),
                self.code_edit,
            )
        elif isinstance(exc, KeySlotsDamaged):
            self._show_error(
                self.file_error,
                self.tr(
                    "The key file that belongs beside this backup is missing or damaged. Copy "
                    "the .keys file of the same name next to the backup file, then check again."
                ),
                self.path_edit,
            )
        elif isinstance(exc, BackupInvalid | JournalMissing):
            self._show_error(self.file_error, words.as_text(), self.path_edit)
        else:
            self.message.setText(f"{words.title}. {words.as_text()}")
            self.message.setVisible(True)
        log.info("the backup could not be used: %s", exc.code)

    # --- restoring ------------------------------------------------------------------------------

    def restore(self) -> bool:
        """Put the checked backup in place (the current journal is set aside) and open it."""
        if self.preview is None or self._current() != self._checked_for:
            return False
        if self._before_restore is not None and not self._before_restore():
            return False
        path, with_code, code = self._current()
        todays: str | None = None
        if self.preview.needs_todays_passphrase:
            todays = self.todays_passphrase_edit.text()
            if not todays:
                self._show_error(
                    self.todays_error,
                    self.tr("Type the lock passphrase you use today."),
                    self.todays_passphrase_edit,
                )
                return False
        vault = self._vault
        self._run(
            lambda: vault.restore(path, code if with_code else None, todays_passphrase=todays),
            self._restored,
        )
        return True

    def _restored(self, journal: object) -> None:
        assert isinstance(journal, Journal)
        self.journal = journal
        self.code_edit.clear()
        self.todays_passphrase_edit.clear()
        log.info("a backup was restored")
        self.restored.emit()
        self.accept()

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # never leave half-way: the work finishes in a moment
        self.code_edit.clear()
        self.todays_passphrase_edit.clear()
        super().reject()

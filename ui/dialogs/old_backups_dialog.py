"""Backups made before a re-key: listed, said plainly what they still allow, re-encrypted or
deleted off the GUI thread with progress.

Shown right after a new recovery code or a changed passphrase (while the old key is still in
memory, so re-encrypting is possible), and from Settings later (then, without the old key, only
deleting is offered: re-encrypting would need the old recovery code, and restoring a backup with
that code still works). Whatever the supporter chooses, the old key is forgotten when the dialog
closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import old_backups
from peerdesk.backups import BACKUP, RESCUED, SET_ASIDE, Backup
from peerdesk.errors import PeerDeskError
from peerdesk.old_backups import DELETE, REENCRYPT, OldBackupsResult
from peerdesk.vault import Vault
from ui.background.background_job import BackgroundJob, JobControl, JobSlot
from ui.messages import explain
from ui.widgets.labels import wrapped_label
from ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)


class OldBackupsDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        also: tuple[Path, ...] = (),
        *,
        confirm: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._also = also
        self._confirm = confirm or self._ask
        self._running = JobSlot(when_idle=self._job_ended)  # re-encrypting or deleting
        self.result_of_last: OldBackupsResult | None = None
        self.setWindowTitle(self.tr("Backups made with the old key"))
        fit_to_screen(self, 620, 420)
        self.intro = wrapped_label()
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups made with the old key"))
        self.state = wrapped_label()
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.reencrypt_button = QPushButton(self.tr("&Re-encrypt them with the new key"))
        self.reencrypt_button.clicked.connect(lambda: self.start(REENCRYPT))
        self.delete_button = QPushButton(self.tr("&Delete them"))
        self.delete_button.clicked.connect(self._delete)
        self.close_button = QPushButton(self.tr("&Keep them for now"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reencrypt_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.finished.connect(lambda _r: self._stop())
        self.found: list[Backup] = []
        self.refresh()

    # --- what is there --------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._vault.is_unlocked:  # locked meanwhile: the dialog is on its way out
            return
        self.found = self._vault.old_key_backups(self._also)
        self.backups.clear()
        for made in self.found:
            self.backups.addItem(
                f"{made.created:%Y-%m-%d %H:%M}  —  {self._what(made)}  —  {made.path}"
            )
        can = [b for b in self.found if self._vault.can_reencrypt(b)]
        if not self.found:
            self.intro.setText(
                self.tr("No backup made with an old key is left in the backup folders.")
            )
        elif can:
            self.intro.setText(
                self.tr(
                    "The journal now has a new key, but these {n} backups were made before and "
                    "keep the old one: the old recovery code still opens them. Re-encrypt them "
                    "with the new key (the new code then opens them, the old one no longer), or "
                    "delete them. Copies you made elsewhere yourself are not listed."
                ).format(n=len(self.found))
            )
        else:
            self.intro.setText(
                self.tr(
                    "These {n} backups were made with an older key: the old recovery code still "
                    "opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; "
                    "delete them, or keep them and the old code (a restore asks for it)."
                ).format(n=len(self.found))
            )
        if any(made.kind != BACKUP for made in self.found):
            self.intro.setText(
                self.intro.text()
                + " "
                + self.tr(
                    "Some of them are journals PeerDesk kept in its data folder: set aside by a "
                    "restore, or rescued from a damaged file. They hold everything written up "
                    "to then."
                )
            )
        busy = self.running
        self.reencrypt_button.setVisible(bool(can))
        self.reencrypt_button.setEnabled(bool(can) and not busy)
        self.delete_button.setEnabled(bool(self.found) and not busy)
        self.close_button.setText(
            self.tr("&Keep them for now") if self.found else self.tr("&Close")
        )

    def _what(self, made: Backup) -> str:
        if made.kind == SET_ASIDE:
            return self.tr("journal set aside by a restore")
        if made.kind == RESCUED:
            return self.tr("journal rescued from a damaged file")
        return self.tr("backup")

    # --- doing it off the GUI thread ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running.busy

    def _delete(self) -> None:
        if self._confirm(
            self.tr(
                "Delete these {n} backups and their key files? The journal itself and the "
                "backups made with the new key are kept."
            ).format(n=len(self.found))
        ):
            self.start(DELETE)

    def start(self, action: str) -> bool:
        """Re-encrypt or delete every listed backup on a worker thread; False when busy."""
        if self.running or not self.found:
            return False
        chosen = (
            self.found
            if action == DELETE
            else [b for b in self.found if self._vault.can_reencrypt(b)]
        )
        job = self._vault.old_backups_job(chosen, action)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.state.setText(
            self.tr("Re-encrypting…") if action == REENCRYPT else self.tr("Deleting…")
        )
        work = BackgroundJob(
            lambda control: _deal_with(job, control),
            name="peerdesk-old-backups",
            owner=self,
            cancelled_by=(old_backups.Cancelled,),
        )
        work.progressed.connect(lambda percent, _stage: self.bar.setValue(percent))
        work.succeeded.connect(self._done)
        work.failed.connect(self._failed)
        self.reencrypt_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self._running.start(work)
        return True

    def _job_ended(self) -> None:
        self.bar.setVisible(False)
        self.refresh()

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, OldBackupsResult)
        self.result_of_last = outcome
        lines = [self.tr("{n} backups dealt with.").format(n=len(outcome.done))]
        for path, problem in outcome.problems:
            lines.append(
                self.tr("{name}: {why}").format(name=path.name, why=explain(problem).title)
            )
        self.state.setText("\n".join(lines))

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)  # a bug goes to the crash handler instead
        self.state.setText(explain(exc).as_text())

    def _stop(self) -> None:
        """Closing: stop between two backups, wait, and forget the old key."""
        job = self._running.job
        if job is not None:
            job.cancel()
            job.wait()
        self._vault.forget_retired_key()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("PeerDesk"), question)
        return answer == QMessageBox.StandardButton.Yes


def _deal_with(job: old_backups.OldBackupsJob, control: JobControl) -> OldBackupsResult:
    """On the worker thread: every backup in turn, with how many are done as progress."""
    return old_backups.run(
        job,
        lambda done, total: control.progress(done * 100 // max(total, 1)),
        control.cancel_event,
    )

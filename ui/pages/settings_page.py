"""Settings: how the journal opens (lock mode), lock timing, lock passphrase, recovery code,
backups, and where things are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.clock import Clock
from peerdesk.errors import PeerDeskError
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.preferences import (
    BACKUP_EVERY_HOURS_MAX,
    BACKUP_KEEP_MAX,
    BACKUP_SECOND_FOLDER,
    IDLE_MINUTES,
    IDLE_MINUTES_MAX,
    LANGUAGE,
    LANGUAGES,
    THEME,
    THEMES,
)
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault, check_passphrase
from ui.background.retention_settings import RetentionSettings
from ui.messages import explain, keyring_name
from ui.pages.country_settings import CountrySettings
from ui.system.folders import in_documents
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.dates import date_and_time
from ui.widgets.labels import PushButton
from ui.widgets.scroll import FocusScrollArea

# Each language by its own name: whoever cannot read the current one still finds theirs.
ENDONYMS = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}

# Asks for a secret: (prompt, hidden) -> the text typed, or None when cancelled.
AskText = Callable[[str, bool], str | None]


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)
    theme_changed = Signal(str)  # "system", "light" or "dark", saved; the app applies it
    backup_requested = Signal()
    retention_shredded = Signal(object)
    # A re-key, ready to run: a callable the window runs with the journal closed (it reopens
    # under the new key, so every page is built again), then old backups are offered.
    rekey_requested = Signal(object)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        vault: Vault,
        *,
        write_down: Callable[[RecoveryCode], bool],
        confirm: Callable[[str], bool],
        ask: AskText | None = None,
        choose_folder: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._vault = vault
        self._write_down = write_down
        self._confirm = confirm
        self._ask = ask or self._ask_in_dialog
        self._choose_folder = choose_folder or self._choose_folder_in_dialog
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageHeading")

        self.idle = QSpinBox()
        self.idle.setRange(0, IDLE_MINUTES_MAX)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle.setValue(journal.preferences.get(IDLE_MINUTES))
        self.idle.valueChanged.connect(self._idle_changed)
        lock_box = QGroupBox(self.tr("Lock"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("&Lock when idle for"), self.idle)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New lock passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("New lock passphrase again"))
        self.set_passphrase_button = PushButton(self.tr("&Set passphrase"))
        self.set_passphrase_button.clicked.connect(self._set_passphrase)
        self.remove_passphrase_button = PushButton(self.tr("&Remove passphrase"))
        self.remove_passphrase_button.clicked.connect(self._remove_passphrase)
        self.passphrase_state = ResultLine()  # announced
        self.passphrase_state.setWordWrap(True)
        lock_form.addRow(self.tr("&Passphrase"), self.passphrase)
        lock_form.addRow(self.tr("Again"), self.passphrase_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_passphrase_button)
        buttons.addWidget(self.remove_passphrase_button)
        buttons.addStretch(1)
        lock_form.addRow(buttons)
        lock_form.addRow(self.passphrase_state)
        mode_box = self._lock_mode_box()

        code_box = QGroupBox(self.tr("Recovery code"))
        code_layout = QVBoxLayout(code_box)
        code_text = QLabel(
            self.tr(
                "The recovery code opens your journal on a new computer, when the keyring "
                "has lost its key, or when you forget your passphrase. A new code (like a new "
                "passphrase) gives the journal a new key: the old code then opens nothing you "
                "write afterwards. Backups made before keep the old key, so the old code still "
                "opens them until you re-encrypt or delete them."
            )
        )
        code_text.setWordWrap(True)
        self.new_code_button = PushButton(self.tr("&Make a new recovery code…"))
        self.new_code_button.clicked.connect(self._new_code)
        self.old_backups_button = PushButton(self.tr("Backups made with an ol&d key…"))
        self.old_backups_button.clicked.connect(self.show_old_backups)
        self.code_state = ResultLine()  # announced
        self.code_state.setWordWrap(True)
        code_layout.addWidget(code_text)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.new_code_button)
        code_buttons.addWidget(self.old_backups_button)
        code_buttons.addStretch(1)
        code_layout.addLayout(code_buttons)
        code_layout.addWidget(self.code_state)

        data_box = QGroupBox(self.tr("Backups and storage"))
        data_form = QFormLayout(data_box)
        self.backup_button = PushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_requested.emit)
        self.backup_state = QLabel()
        data_form.addRow(self.backup_button, self.backup_state)
        folder = QLabel(str(vault.data_dir))
        folder.setWordWrap(True)
        data_form.addRow(self.tr("Journal folder"), folder)
        self.key_kept_by = QLabel()
        data_form.addRow(self.tr("Key kept by"), self.key_kept_by)
        self._add_backup_plan(data_form)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(mode_box)
        layout.addWidget(lock_box)
        layout.addWidget(code_box)
        layout.addWidget(data_box)
        layout.addWidget(self._look_box())
        layout.addWidget(self._language_box())
        self.retention = RetentionSettings(journal, clock, confirm=confirm)
        self.retention.shredded.connect(self.retention_shredded.emit)
        layout.addWidget(self.retention)
        self.country = CountrySettings(journal)
        layout.addWidget(self.country)
        layout.addStretch(1)
        scroll = FocusScrollArea()  # tall on a small laptop screen
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop: Tab goes to fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # --- language ----------------------------------------------------------------------------

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language PeerDesk speaks"))
        for code in LANGUAGES:
            self.language.addItem(ENDONYMS.get(code) or self.tr("As on this computer"), code)
        chosen = self._journal.preferences.get(LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("La&nguage"), self.language)
        when = QLabel(
            self.tr(
                "A new language shows the next time the journal opens: after you lock it, or "
                "when you start PeerDesk again. Dates and paper size follow the language and "
                "your computer's country."
            )
        )
        when.setWordWrap(True)
        form.addRow(when)
        return box

    def _language_changed(self) -> None:
        self._journal.preferences.set(LANGUAGE, str(self.language.currentData()))

    # --- how the journal opens (DESIGN §4) --------------------------------------------------------

    def _lock_mode_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How PeerDesk opens"))
        layout = QVBoxLayout(box)
        self.mode_computer = QRadioButton(self.tr("&Open with my computer login"))
        self.mode_passphrase = QRadioButton(self.tr("Ask for my passphrase every &time"))
        group = QButtonGroup(box)
        for button in (self.mode_computer, self.mode_passphrase):
            name_as_shown(button)
            group.addButton(button)
            button.toggled.connect(self._mode_choice_changed)
        self.mode_text = QLabel()
        self.mode_text.setWordWrap(True)
        self.mode_passphrase_edit = QLineEdit()
        self.mode_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mode_passphrase_edit.setAccessibleName(self.tr("Lock passphrase"))
        self.mode_passphrase_again = QLineEdit()
        self.mode_passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.mode_passphrase_again.setAccessibleName(self.tr("Lock passphrase again"))
        self.mode_passphrase_label = QLabel()
        self.mode_again_label = QLabel(self.tr("Again"))
        fields = QFormLayout()
        fields.addRow(self.mode_passphrase_label, self.mode_passphrase_edit)
        fields.addRow(self.mode_again_label, self.mode_passphrase_again)
        self.mode_switch_button = PushButton(self.tr("S&witch"))
        name_as_shown(self.mode_switch_button, self.tr("Switch how PeerDesk opens"))
        self.mode_switch_button.clicked.connect(self._switch_mode)
        self.mode_state = QLabel()
        self.mode_state.setWordWrap(True)
        layout.addWidget(self.mode_computer)
        layout.addWidget(self.mode_passphrase)
        layout.addWidget(self.mode_text)
        layout.addLayout(fields)
        layout.addWidget(self.mode_switch_button)
        layout.addWidget(self.mode_state)
        return box

    def _chosen_mode(self) -> LockMode:
        checked = self.mode_passphrase.isChecked()
        return LockMode.PASSPHRASE if checked else LockMode.COMPUTER_LOGIN

    def _show_mode(self) -> None:
        """Show the mode in force, and what it does and does not protect."""
        current = self._vault.lock_mode
        button = self.mode_passphrase if current is LockMode.PASSPHRASE else self.mode_computer
        button.setChecked(True)
        self._mode_choice_changed()

    def _mode_choice_changed(self) -> None:
        chosen, current = self._chosen_mode(), self._vault.lock_mode
        if chosen is LockMode.PASSPHRASE:
            text = self.tr(
                "PeerDesk asks for your lock passphrase every time it starts and after every "
                "lock. The key is kept in no keyring. Only this keeps out someone using your "
                "computer while you are logged in. If you forget the passphrase, your recovery "
                "code still opens the journal."
            )
        else:
            text = self.tr(
                "PeerDesk opens without typing: the key is kept in your system keyring. "
                "Locking closes and hides the journal, but anyone using your logged-in "
                "computer account can open it again."
            )
        self.mode_text.setText(text)
        asking = chosen is LockMode.PASSPHRASE and chosen is not current
        first_passphrase = asking and not self._vault.has_passphrase
        self.mode_passphrase_label.setText(
            self.tr("New lock passphrase") if first_passphrase else self.tr("Your lock passphrase")
        )
        for widget in (self.mode_passphrase_label, self.mode_passphrase_edit):
            widget.setVisible(asking)
        for widget in (self.mode_again_label, self.mode_passphrase_again):
            widget.setVisible(first_passphrase)
        self.mode_switch_button.setEnabled(chosen is not current)

    def _switch_mode(self) -> None:
        chosen = self._chosen_mode()
        passphrase: str | None = None
        if chosen is LockMode.PASSPHRASE:
            passphrase = self.mode_passphrase_edit.text()
            if not self._vault.has_passphrase and passphrase != self.mode_passphrase_again.text():
                self.mode_state.setText(self.tr("The two passphrases are not the same."))
                return
        elif not self._confirm(
            self.tr(
                "Open with your computer login? Anyone using this computer account will then be "
                "able to open the journal without a passphrase."
            )
        ):
            return
        try:
            self._vault.set_lock_mode(chosen, passphrase)
        except PeerDeskError as exc:
            self.mode_state.setText(explain(exc).as_text())
            if self._vault.lock_mode is chosen:  # switched, but the keyring kept the key
                self.refresh()
            return
        self.mode_passphrase_edit.clear()
        self.mode_passphrase_again.clear()
        self.mode_state.setText(
            self.tr("Done: PeerDesk now asks for your passphrase every time.")
            if chosen is LockMode.PASSPHRASE
            else self.tr("Done: PeerDesk now opens with your computer login.")
        )
        self.refresh()

    def _add_backup_plan(self, form: QFormLayout) -> None:
        plan = self._journal.preferences.backup_plan()
        self.backup_every = QSpinBox()
        self.backup_every.setRange(0, BACKUP_EVERY_HOURS_MAX)
        self.backup_every.setSuffix(self.tr(" h"))
        self.backup_every.setSpecialValueText(self.tr("only when I ask"))
        self.backup_every.setAccessibleName(self.tr("Back up automatically every this many hours"))
        self.backup_every.setValue(plan.every_hours)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, BACKUP_KEEP_MAX)
        self.backup_keep.setAccessibleName(self.tr("Backups to keep"))
        self.backup_keep.setValue(plan.keep)
        for box in (self.backup_every, self.backup_keep):
            box.valueChanged.connect(self._save_backup_plan)
        self.second_folder = QLabel(str(plan.second_folder or self.tr("none")))
        choose = self.choose_folder_button = PushButton(self.tr("Choose a second &folder…"))
        name_as_shown(choose, self.tr("Choose a second folder for backups"))
        choose.clicked.connect(lambda: self._set_second_folder(self._choose_folder()))
        stop = self.stop_copying_button = PushButton(self.tr("Stop copying there"))
        name_as_shown(stop, self.tr("Stop copying backups to the second folder"))
        stop.clicked.connect(lambda: self._set_second_folder(""))
        stop.setEnabled(plan.second_folder is not None)  # nothing to stop without a folder
        form.addRow(self.tr("Back up e&very"), self.backup_every)
        form.addRow(self.tr("Backups to &keep"), self.backup_keep)
        row = QHBoxLayout()
        for widget in (self.second_folder, choose, stop):
            row.addWidget(widget)
        form.addRow(self.tr("Second folder (e.g. a USB drive)"), row)

    def _save_backup_plan(self) -> None:
        plan = replace(
            self._journal.preferences.backup_plan(),
            every_hours=self.backup_every.value(),
            keep=self.backup_keep.value(),
        )
        self._journal.preferences.set_backup_plan(plan)

    def _choose_folder_in_dialog(self) -> str | None:
        """The folder picked in the system's folder dialog; None when it was cancelled."""
        current = self._journal.preferences.backup_plan().second_folder
        start = str(current) if current is not None and current.is_dir() else in_documents()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"), start)
        return chosen or None

    def _set_second_folder(self, chosen: str | None) -> None:
        if chosen is None:  # the folder dialog was cancelled
            return
        folder = Path(chosen) if chosen else None
        preferences = self._journal.preferences
        preferences.set_backup_plan(replace(preferences.backup_plan(), second_folder=folder))
        self.second_folder.setText(str(folder or self.tr("none")))
        if folder is None and self.stop_copying_button.hasFocus():
            self.choose_folder_button.setFocus()  # the focus stays on this row
        self.stop_copying_button.setEnabled(folder is not None)

    def refresh(self) -> None:
        has = self._vault.has_passphrase
        asks = self._vault.lock_mode is LockMode.PASSPHRASE
        if asks:
            state = self.tr("A lock passphrase is set; PeerDesk asks for it every time.")
        elif has:
            state = self.tr(
                "A lock passphrase is set. It opens the journal when the keyring cannot, but "
                "while PeerDesk opens with your computer login it keeps nobody out."
            )
        else:
            state = self.tr("No lock passphrase is set.")
        self.passphrase_state.setText(state)
        self.remove_passphrase_button.setEnabled(has and not asks)
        self.set_passphrase_button.setText(
            self.tr("Change pa&ssphrase…") if has else self.tr("&Set passphrase")
        )
        self.set_passphrase_button.setToolTip(
            self.tr(
                "A new passphrase gives the journal a new key: the old passphrase opens nothing "
                "written afterwards. Backups made before keep the old key."
            )
            if has
            else ""
        )
        self._show_mode()
        recorded = self._vault.keyring_backend  # None: the key is in no keyring
        backend = (
            None if recorded is None or asks else self._vault.keystore.usable_backend(recorded)
        )
        self.key_kept_by.setText(
            keyring_name(backend) if backend else self.tr("none (passphrase only)")
        )
        last = self._vault.last_backup()
        self.backup_state.setText(
            self.tr("Last backup: {when}").format(when=date_and_time(last.created))
            if last
            else self.tr("No backup yet.")
        )

    def _look_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(box)
        self.theme = QComboBox()
        names = {
            "system": self.tr("Like the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for value in THEMES:
            self.theme.addItem(names[value], value)
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.setCurrentIndex(self.theme.findData(self._journal.preferences.get(THEME)))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        form.addRow(self.tr("&Colours"), self.theme)
        return box

    def _theme_chosen(self) -> None:
        value = str(self.theme.currentData())
        try:
            self._journal.preferences.set(THEME, value)
        except PeerDeskError as exc:
            self._error(exc)
            return
        self.theme_changed.emit(value)

    def _idle_changed(self, minutes: int) -> None:
        self._journal.preferences.set(IDLE_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _error(self, exc: PeerDeskError) -> None:
        words = explain(exc)
        QMessageBox.warning(self, words.title, words.as_text())

    def _set_passphrase(self) -> None:
        first, second = self.passphrase.text(), self.passphrase_again.text()
        if first != second:
            self.passphrase_state.setText(self.tr("The two passphrases are not the same."))
            return
        if self._vault.has_passphrase:
            self._change_passphrase(first)
            return
        try:  # the first passphrase only adds a way in: no secret is retired, no new key
            self._vault.set_passphrase(first)
        except PeerDeskError as exc:
            self.passphrase_state.setText(explain(exc).as_text())
            return
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.refresh()

    def _change_passphrase(self, new: str) -> None:
        """A changed passphrase re-keys; the recovery code is kept only if typed back."""
        try:
            check_passphrase(new)
        except PeerDeskError as exc:
            self.passphrase_state.setText(explain(exc).as_text())
            return
        vault = self._vault
        if self._rekey_keeping_code(
            self.tr(
                "A new passphrase gives the journal a new key, so the old passphrase opens "
                "nothing you write afterwards. To keep your recovery code, type it here. Leave "
                "this empty to get a new code instead (you write it down next)."
            ),
            lambda kept, code: vault.set_passphrase(new, recovery_code=kept, new_code=code),
        ):
            self.passphrase.clear()
            self.passphrase_again.clear()

    def _remove_passphrase(self) -> None:
        """Removing the passphrase re-keys too, so the old one opens nothing written after."""
        if not self._confirm(self.tr("Remove the lock passphrase?")):
            return
        vault = self._vault
        try:
            vault.check_passphrase_removable()
        except PeerDeskError as exc:
            self.passphrase_state.setText(explain(exc).as_text())
            return
        self._rekey_keeping_code(
            self.tr(
                "Removing the passphrase gives the journal a new key, so the old passphrase "
                "opens nothing you write afterwards. To keep your recovery code, type it here. "
                "Leave this empty to get a new code instead (you write it down next)."
            ),
            lambda kept, code: vault.remove_passphrase(recovery_code=kept, new_code=code),
        )

    def _rekey_keeping_code(
        self,
        prompt: str,
        rekey: Callable[[RecoveryCode | None, RecoveryCode | None], object],
    ) -> bool:
        """Ask for the recovery code to keep it (or, left empty, show a new one and check the
        copy); then hand the re-key to the window. False when nothing is to change."""
        typed = self._ask(prompt, False)
        if typed is None:
            return False
        if typed.strip():
            try:
                kept = self._vault.check_recovery_code(typed)
            except PeerDeskError as exc:
                self.passphrase_state.setText(explain(exc).as_text())
                return False
            self.rekey_requested.emit(lambda: rekey(kept, None))
            return True
        code = RecoveryCode.generate()
        if not self._write_down(code):
            self.passphrase_state.setText(self.tr("Nothing was changed."))
            return False
        self.rekey_requested.emit(lambda: rekey(None, code))
        return True

    def _new_code(self) -> None:
        """Confirm, keep the passphrase (asked for), show the new code and check the copy; only
        then the re-key runs, so a code nobody wrote down never becomes the only one."""
        if not self._confirm(
            self.tr(
                "Make a new recovery code? PeerDesk gives the journal a new key: the old code "
                "will open nothing you write afterwards. Backups made before keep the old key; "
                "you choose next whether to re-encrypt or delete them."
            )
        ):
            return
        vault = self._vault
        passphrase: str | None = None
        if vault.has_passphrase:
            passphrase = self._ask(
                self.tr(
                    "Type your current lock passphrase. It stays the same: PeerDesk needs it to "
                    "lock the new key with it."
                ),
                True,
            )
            if passphrase is None:
                return
            try:
                vault.check_current_passphrase(passphrase)
            except PeerDeskError as exc:
                self.code_state.setText(explain(exc).as_text())
                return
        code = RecoveryCode.generate()
        if not self._write_down(code):
            self.code_state.setText(self.tr("Nothing was changed: the old code still works."))
            return
        self.code_state.clear()
        self.rekey_requested.emit(lambda: vault.regenerate_recovery_code(passphrase, code=code))

    def old_backup_folders(self) -> tuple[Path, ...]:
        """The second backup folder, when one is chosen (the data folder's is always looked in)."""
        folder = self._journal.preferences.get(BACKUP_SECOND_FOLDER)
        return () if folder is None else (folder,)

    def show_old_backups(self) -> QWidget:
        from ui.dialogs.old_backups_dialog import OldBackupsDialog

        dialog = OldBackupsDialog(
            self._vault, self.old_backup_folders(), confirm=self._confirm, parent=self
        )
        dialog.open()
        return dialog

    def _ask_in_dialog(self, prompt: str, hidden: bool) -> str | None:
        mode = QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(self, self.tr("PeerDesk"), prompt, mode)
        return text if ok else None

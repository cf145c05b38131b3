"""The main window: navigation, pages, menus and shortcuts over an unlocked journal.

Everything that shows journal data lives inside this window (or its dialogs), so locking is
closing and deleting it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import due
from peerdesk.assets import asset
from peerdesk.backup_job import BackupResult
from peerdesk.clock import Clock, today
from peerdesk.errors import JournalDamaged, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import ORGANISATION
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from ui.background.backup_scheduler import (
    BackupIndicator,
    BackupScheduler,
    describe_failure,
    describe_result,
)
from ui.messages import explain
from ui.models.followups_model import first_day_of_week
from ui.pages import Refreshable
from ui.pages.today_page import BACKUP_REMINDER_DAYS, TodayPage
from ui.pages.today_page import RESOURCES as START_RESOURCES
from ui.system.theme import keep_focus_frame_after_alt_letters
from ui.widgets.accessible import announce
from ui.widgets.dates import day_month_year
from ui.widgets.screen import fit_to_screen

if TYPE_CHECKING:  # the other pages and the session form are imported when first wanted
    from ui.pages.followups_page import FollowUpsPage
    from ui.pages.insights_page import InsightsPage
    from ui.pages.peers_page import PeersPage
    from ui.pages.resources_page import ResourcesPage
    from ui.pages.sessions_page import SessionsPage
    from ui.pages.settings_page import SettingsPage
    from ui.session.session_form import SessionForm

    # What a navigation row is built into: a widget that is Refreshable (each page class is).
    Page: TypeAlias = (
        SessionsPage | FollowUpsPage | PeersPage | ResourcesPage | InsightsPage | SettingsPage
    )

TODAY, SESSIONS, FOLLOW_UPS, PEERS, RESOURCES, INSIGHTS, SETTINGS = range(7)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    idle_minutes_changed = Signal(int)
    theme_changed = Signal(str)  # chosen in Settings (peerdesk.preferences.THEMES)
    closed = Signal()
    on_screen = Signal()  # once, after the first paint: the app's input watchers start then
    retention_shredded = Signal(object)
    restore_requested = Signal()
    journal_damaged = Signal()  # a page could not be read: the damage flow takes over
    rekey_requested = Signal(object)  # a re-key to run with this window closed (see Settings)

    def __init__(
        self,
        journal: Journal,
        vault: Vault,
        clock: Clock,
        *,
        demo: bool = False,
        write_down: Callable[[RecoveryCode], bool] | None = None,
        confirm: Callable[[str], bool] | None = None,
        backups: BackupScheduler | None = None,
    ) -> None:
        super().__init__()
        self._journal = journal
        self._vault = vault
        self._clock = clock
        self._confirm = confirm or self._ask
        self._write_down = write_down or self._write_down_in_dialog
        self._backups = backups
        self.forms: list[SessionForm] = []
        self._first_exposure: _FirstExposure | None = None
        self.is_on_screen = False  # True from on_screen on
        # Qt adds the application's name after a title that is not just the name ("… — PeerDesk").
        self.setWindowTitle(self.tr("Demo journal") if demo else self.tr("PeerDesk"))
        fit_to_screen(self, 1180, 720)

        # Today is what opens; every other page is built the first time it is shown, so
        # start-up does not pay for pages the supporter may not visit (and Insights, which sums
        # the whole journal, is only computed when asked for).
        self._builders: dict[int, Callable[[], Page]] = {
            SESSIONS: self._build_sessions,
            FOLLOW_UPS: self._build_followups,
            PEERS: self._build_peers,
            RESOURCES: self._build_resources,
            INSIGHTS: self._build_insights,
            SETTINGS: self._build_settings,
        }
        labels = (
            self.tr("Today"),
            self.tr("Sessions"),
            self.tr("Follow-ups"),
            self.tr("Peers"),
            self.tr("Resources"),
            self.tr("Insights"),
            self.tr("Settings"),
        )
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        if demo:
            banner = QLabel(
                self.tr(
                    "Demo journal: every session here is fictional, and the whole journal is "
                    "deleted when PeerDesk closes."
                )
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)  # its colours: assets/peerdesk.qss
            outer.addWidget(banner)
        columns = QHBoxLayout()
        columns.addWidget(self.nav)
        columns.addWidget(self.stack, 1)
        outer.addLayout(columns, 1)
        self.setCentralWidget(body)

        # Today is built in its place in the window: built first and then moved in, each of its
        # widgets was styled again by the move (about 15 ms of start-up).
        self.today_page = TodayPage(journal, clock, self.stack)
        self.today_page.new_session.connect(self._new_session_for)
        self.today_page.open_session.connect(self.open_session)
        self.today_page.follow_up.connect(self.start_follow_up)
        self.today_page.go_to.connect(self._go_to)
        for row, label in enumerate(labels):
            self.nav.addItem(label)
            self.stack.addWidget(self.today_page if row == TODAY else QWidget())
        self._pages: dict[int, Refreshable] = {TODAY: self.today_page}  # the pages built so far
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        with QSignalBlocker(self.nav):  # Today has just read the journal; no second refresh
            self.nav.setCurrentRow(TODAY)
        self._update_backup_note()
        self._show_followup_badge(self.today_page.counts)
        if backups is not None:
            self.statusBar().addPermanentWidget(BackupIndicator(backups, self))
            backups.finished.connect(self.backup_finished)
            backups.failed.connect(self.backup_failed)

    # --- menus ----------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # drop the "checked" argument
        self.addAction(action)  # shortcuts work even while no menu has been opened
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal_menu = bar.addMenu(self.tr("&Journal"))
        self.new_action = self._action(
            self.tr("&New session"), QKeySequence.StandardKey.New, self.new_session
        )
        self.find_action = self._action(
            self.tr("&Find…"), QKeySequence.StandardKey.Find, self.find_sessions
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit)
        # The action hears its keys only in this window; a session form or a question blocks it,
        # so the keys are also watched across the app once the window is on screen (showEvent).
        self.backup_action = self._action(self.tr("&Back up now"), None, self.back_up_now)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), None, self.restore_requested.emit
        )
        for action in (self.new_action, self.find_action, self.backup_action, self.restore_action):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        self.report_action = self._action(self.tr("Re&port for the program…"), None, self._report)
        self.totals_action = self._action(self.tr("Program &totals…"), None, self._totals)
        journal_menu.addAction(self.report_action)
        journal_menu.addAction(self.totals_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.lock_action)
        journal_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        # The navigation's words, each with an Alt letter of its own in this menu (the comment
        # tells translators, and tests/ui/test_catalogues.py, which letters it must not share)
        pages = (
            self.tr("&Today", "Go menu"),
            self.tr("&Sessions", "Go menu"),
            self.tr("&Follow-ups", "Go menu"),
            self.tr("&Peers", "Go menu"),
            self.tr("&Resources", "Go menu"),
            self.tr("&Insights", "Go menu"),
            self.tr("S&ettings", "Go menu"),
        )
        for row, label in enumerate(pages):
            action = self._action(label, f"Ctrl+{row + 1}", partial(self.nav.setCurrentRow, row))
            go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&How PeerDesk protects your journal", "Help menu"),
                None,
                self._about_security,
            )
        )
        help_menu.addAction(self._action(self.tr("&About PeerDesk"), None, self._about))

    # --- pages ----------------------------------------------------------------------------------

    def _update_followup_badge(self) -> None:
        """The navigation shows how many follow-ups are due (overdue, today or this week)."""
        self._show_followup_badge(
            self._journal.followups.due_counts(due.local_today(self._clock()), first_day_of_week())
        )

    def _show_followup_badge(self, counts: due.Due) -> None:
        item = self.nav.item(FOLLOW_UPS)
        label = self.tr("Follow-ups")
        item.setText(f"{label} ({counts.total})" if counts.total else label)
        detail = self.tr("{overdue} overdue, {today} due today, {week} later this week").format(
            overdue=counts.overdue, today=counts.today, week=counts.this_week
        )
        item.setToolTip(detail)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}: {detail}")

    def _report(self) -> None:
        """Journal > Report for the program: on Insights, whose months it counts."""
        self.nav.setCurrentRow(INSIGHTS)
        self.insights_page.open_report()

    def _totals(self) -> None:
        self.nav.setCurrentRow(INSIGHTS)
        self.insights_page.open_totals()

    def _go_to(self, page: str) -> None:
        """A "start here" step on Today asks for a page."""
        self.nav.setCurrentRow(RESOURCES if page == START_RESOURCES else SETTINGS)

    def _page(self, row: int) -> QWidget:
        """The page at ``row``, built (and put in place of its placeholder) on first use.

        When the journal cannot be read to build it (a damaged page), ``journal_damaged`` is
        emitted and the placeholder stays.
        """
        if row not in self._pages:
            try:
                page = self._builders[row]()
            except JournalDamaged:
                self.journal_damaged.emit()
                return self._placed(row)
            self._pages[row] = page
            placeholder = self._placed(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._placed(row)

    def _placed(self, row: int) -> QWidget:
        """The page or placeholder at ``row``: the stack holds one for every navigation row."""
        widget = self.stack.widget(row)
        assert widget is not None, row  # rows come from the navigation, which matches the stack
        return widget

    def _build_sessions(self) -> SessionsPage:
        from ui.pages.sessions_page import SessionsPage

        page = SessionsPage(self._journal, self._clock)
        page.new_session.connect(self._new_session_for)
        page.open_session.connect(self.open_session)
        return page

    def _build_followups(self) -> FollowUpsPage:
        from ui.pages.followups_page import FollowUpsPage

        page = FollowUpsPage(self._journal, self._clock)
        page.follow_up.connect(self.start_follow_up)
        page.open_session.connect(self.open_session)
        page.changed.connect(self._update_followup_badge)
        return page

    def _build_peers(self) -> PeersPage:
        from ui.pages.peers_page import PeersPage

        page = PeersPage(self._journal, self._clock)
        page.new_session.connect(self._new_session_for)
        page.open_session.connect(self.open_session)
        return page

    def _build_resources(self) -> ResourcesPage:
        from ui.pages.resources_page import ResourcesPage

        organisation = self._journal.preferences.get(ORGANISATION)
        return ResourcesPage(self._journal, self._clock, organisation=organisation)

    def _build_insights(self) -> InsightsPage:
        from ui.pages.insights_page import InsightsPage

        return InsightsPage(self._journal, self._clock)

    def _build_settings(self) -> SettingsPage:
        from ui.pages.settings_page import SettingsPage

        page = SettingsPage(
            self._journal,
            self._clock,
            self._vault,
            write_down=self._write_down,
            confirm=self._confirm,
        )
        page.rekey_requested.connect(self.rekey_requested.emit)
        page.idle_minutes_changed.connect(self.idle_minutes_changed.emit)
        page.theme_changed.connect(self.theme_changed.emit)
        page.backup_requested.connect(self.back_up_now)
        page.retention_shredded.connect(self.retention_shredded.emit)
        return page

    @property
    def sessions_page(self) -> SessionsPage:
        return cast("SessionsPage", self._page(SESSIONS))

    @property
    def followups_page(self) -> FollowUpsPage:
        return cast("FollowUpsPage", self._page(FOLLOW_UPS))

    @property
    def peers_page(self) -> PeersPage:
        return cast("PeersPage", self._page(PEERS))

    @property
    def resources_page(self) -> ResourcesPage:
        return cast("ResourcesPage", self._page(RESOURCES))

    @property
    def insights_page(self) -> InsightsPage:
        return cast("InsightsPage", self._page(INSIGHTS))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._page(SETTINGS))

    def _refresh_if_built(self, row: int) -> None:
        page = self._pages.get(row)
        if page is not None:
            page.refresh()

    def _show_page(self, row: int) -> None:
        self._update_followup_badge()  # saves and closed forms change what is due
        fresh = row not in self._pages  # a page just built has just read the journal
        self._page(row)
        self.stack.setCurrentIndex(row)
        if not fresh:
            self._pages[row].refresh()

    def current_page(self) -> QWidget:
        return self._placed(self.stack.currentIndex())

    def find_sessions(self) -> None:
        self.nav.setCurrentRow(SESSIONS)
        if SESSIONS in self._pages:  # not when the page could not be read (damage flow)
            self.sessions_page.focus_search()

    # --- sessions -------------------------------------------------------------------------------

    def _open_form(self, form: SessionForm) -> SessionForm:
        self.forms.append(form)
        form.saved.connect(self._after_save)
        form.draft_saved.connect(lambda _id: self.today_page.refresh())
        form.finished.connect(lambda _result, f=form: self._forget_form(f))
        form.open()
        return form

    def _forget_form(self, form: SessionForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
        self._refresh_current()

    def _after_save(self, _session_id: int) -> None:
        self._refresh_current()
        said = self.tr("Session saved.")
        self.statusBar().showMessage(said, 10000)  # long enough to read, then the bar is free
        announce(self, said)

    def _refresh_current(self) -> None:
        self._show_page(self.stack.currentIndex())

    def _form(self, **kwargs: Any) -> SessionForm:
        from ui.session.session_form import SessionForm

        return self._open_form(SessionForm(self._journal, self._clock, parent=self, **kwargs))

    def new_session(self) -> SessionForm:
        return self._form()

    def _new_session_for(self, peer_id: int) -> None:
        if peer_id < 0:
            self.new_session()
        else:
            self._form(peer_id=peer_id)

    def open_session(self, session_id: int) -> SessionForm | None:
        try:
            session = self._journal.sessions.get(session_id)
        except PeerDeskError:
            self._refresh_current()
            return None
        return self._form(session=session)

    def start_follow_up(self, followup_id: int) -> SessionForm | None:
        try:
            followup = self._journal.followups.get(followup_id)
            started = self._journal.followups.drafts_started().get(followup_id)
        except PeerDeskError:
            self._refresh_current()
            return None
        if started is not None:  # its session is a draft already: go on with that one
            return self.open_session(started)
        return self._form(peer_id=followup.peer_id, follows_up_id=followup.id)

    # --- backups --------------------------------------------------------------------------------

    def _update_backup_note(self) -> None:
        last = self._vault.last_backup()
        if last is None:
            text = self.tr("No backup yet. Journal ▸ Back up now makes an encrypted copy.")
        elif (today(self._clock) - last.created.date()).days > BACKUP_REMINDER_DAYS:
            text = self.tr("The last backup is from {date}, more than a week ago.").format(
                date=day_month_year(last.created.date())
            )
        else:
            text = ""
        self.today_page.set_backup_state(text)

    def back_up_now(self) -> None:
        if self._backups is not None:  # on a worker thread, with progress in the status bar
            if not self._backups.back_up_now():
                self.statusBar().showMessage(self.tr("A backup is being written already."), 4000)
            return
        try:
            made = self._vault.backup()
        except PeerDeskError as exc:
            from PySide6.QtWidgets import QMessageBox

            words = explain(exc)
            QMessageBox.warning(self, words.title, words.as_text())
            return
        self.statusBar().showMessage(
            self.tr("Backup written and checked: {name}").format(name=made.path.name), 6000
        )
        self._update_backup_note()
        self._refresh_if_built(SETTINGS)

    def backup_finished(self, result: BackupResult) -> None:
        said = describe_result(result, self)
        self.statusBar().showMessage(said, 8000)
        announce(self, said)
        self._update_backup_note()
        self._refresh_if_built(SETTINGS)

    def backup_failed(self, exc: PeerDeskError) -> None:
        title, text = describe_failure(exc, self)
        if self._backups is not None and self._backups.manual:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, title, text)
        else:
            self.statusBar().showMessage(title, 15000)

    # --- lock and close -------------------------------------------------------------------------

    def prepare_for_lock(self, *, save: bool = True) -> None:
        """Save every open form's draft, then close the forms: nothing is lost by locking.

        With ``save=False`` (the journal file was found damaged) the forms close unsaved.
        """
        for form in list(self.forms):
            form.close_for_lock(save=save)
            form.deleteLater()
        self.forms.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if self._first_exposure is None and handle is not None:
            self._first_exposure = _FirstExposure(handle, self._watch_keys)
        elif self._first_exposure is None:  # no native window to watch: start them a moment later
            QTimer.singleShot(_FirstExposure.LATEST_MS, self, self._watch_keys)

    def _watch_keys(self) -> None:
        """Watch every event of the app from the first paint on, not while the window is built
        and first shown: a Python event filter on the application makes Qt wrap each object
        that gets an event, which made start-up about 70 ms slower. No key reaches a window that
        is not on screen yet."""
        if self.is_on_screen:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(_LockKeys(self.lock_action, self))
            keep_focus_frame_after_alt_letters(app)
        self.is_on_screen = True
        self.on_screen.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prepare_for_lock()
        super().closeEvent(event)
        self.closed.emit()

    # --- dialogs --------------------------------------------------------------------------------

    def _ask(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("PeerDesk"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _write_down_in_dialog(self, code: RecoveryCode) -> bool:
        from ui.dialogs.recovery_code_view import write_down

        return write_down(self, code, lambda: today(self._clock), self._vault.lock_mode)

    def after_rekey(self, failure: PeerDeskError | None) -> QWidget | None:
        """Say how a re-key went; offer what to do with the backups made before it."""
        if failure is not None:
            from PySide6.QtWidgets import QMessageBox

            words = explain(failure)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The journal keeps its old key"),
                self.tr(
                    "{title}. Nothing was changed: the old code and passphrase still work."
                ).format(title=words.title)
                + "\n\n"
                + words.as_text(),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        self.statusBar().showMessage(
            self.tr("The journal has a new key. The old recovery code opens nothing written now.")
        )
        self.nav.setCurrentRow(SETTINGS)
        page = self.settings_page
        if not self._vault.old_key_backups(page.old_backup_folders()):
            self._vault.forget_retired_key()
            return None
        return page.show_old_backups()

    def _about_security(self) -> None:
        """The threat model, in the app's help: what is protected and what is not."""
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("How PeerDesk protects your journal"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QTextBrowser(dialog)
        text.setOpenLinks(False)
        text.setAccessibleName(self.tr("What PeerDesk protects, and what it does not"))
        text.setMarkdown(asset("threat-model.md").read_text(encoding="utf-8"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(close)
        fit_to_screen(dialog, 660, 560)
        dialog.open()

    def _about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._vault.data_dir, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class _FirstExposure(QObject):
    """Calls ``then`` once, on the turn of the event loop after ``window`` is first exposed
    (on screen), so after the paint that the exposure starts; and at the latest ``LATEST_MS``
    after it was shown, should no Expose event reach this watch (one delivered before the watch
    began, or a native window made again): what ``then`` starts (the idle lock) must start.
    Lives as long as the window."""

    LATEST_MS = 1000

    def __init__(self, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        if window.isExposed():  # exposed already while being shown: no Expose event is to come
            QTimer.singleShot(0, self, self._call)
        QTimer.singleShot(self.LATEST_MS, self, self._call)

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False


class _LockKeys(QObject):
    """Ctrl+L pressed in any window or dialog of the app triggers the window's Lock action.

    The action's shortcut works only while the main window is the active one; a session form or
    a question (both modal) would otherwise swallow the keys. Lives as long as the window.
    """

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._action.isEnabled()
            and QKeySequence(event.keyCombination()) == self._action.shortcut()
        ):
            self._action.trigger()
            return True
        return False

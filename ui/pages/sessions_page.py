"""Sessions: the finished sessions, filtered or searched, and a read-only view of one."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.clock import Clock, today
from peerdesk.database import Connection
from peerdesk.errors import NotFound, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.search import BEST, MAX_QUERY_CHARS, NEWEST, Search, SearchHit, build_query
from peerdesk.session_query import (
    FOLLOWUP_DONE,
    FOLLOWUP_NONE,
    FOLLOWUP_OPEN,
    FOLLOWUP_OVERDUE,
    SessionFilter,
    SessionQuery,
)
from peerdesk.tags import EVENT
from ui.background.search_runner import SearchRunner
from ui.messages import core_message, flow_text
from ui.models.roles import Role
from ui.models.sessions_model import (
    SearchResultsModel,
    SessionsModel,
    snippet_html,
)
from ui.session.session_detail import SessionDetail
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.dates import date_field_format, day_month_year, to_date, to_qdate
from ui.widgets.labels import PushButton
from ui.widgets.numbers import whole

_ALL = -1  # combo data meaning "no filter" for the peer combo
SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class _Answer:
    """What a search on the worker thread found, and what it was asked."""

    text: str
    order: str
    filter: SessionFilter
    found: tuple[list[SearchHit], int | None]


class SnippetDelegate(QStyledItemDelegate):
    """Paints a search snippet with the matching words in bold (the note's text is escaped)."""

    def _document(
        self, parts: tuple[tuple[str, bool], ...], font: QFont, width: float
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(snippet_html(parts))
        doc.setTextWidth(width)
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        parts = index.data(Role.SNIPPET)
        if not parts:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = self._document(parts, opt.font, rect.width())
        state = opt.state
        group = (
            QPalette.ColorGroup.Active
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        top = max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.save()
        painter.translate(rect.left(), rect.top() + top)
        clip = QRectF(0, -top, rect.width(), rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SessionsPage(QWidget):
    """The list of finished sessions with filters, full-text search and a read-only view."""

    open_session = Signal(int)
    new_session = Signal(int)
    results_shown = Signal()  # the answer to the latest search is on screen

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str], bool] | None = None,
        search_limit: int = SearchResultsModel.LIMIT,
        search_depth: int = SearchResultsModel.MAX_DEPTH,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._confirm = confirm or self._ask
        self._search_limits = (search_limit, search_depth)  # most shown, most looked at
        self._query = SessionQuery(journal.conn, clock)
        self._searching = False
        # Searches run on a worker thread with a connection of their own: over a large journal
        # one can take a second, and the window must not wait for it.
        self._runner = SearchRunner(journal.reader(), self)
        self._runner.found.connect(self._found)
        self._runner.failed.connect(self._search_failed)
        self._runner.crashed.connect(self._search_crashed)
        self._select_after_search: int | None = None
        # One Search for the reader's connection (it remembers the pseudonyms it has read);
        # only the worker thread uses it.
        self._searches: dict[Connection, Search] = {}

        # --- search ---------------------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search pseudonyms and notes (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search pseudonyms and notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(MAX_QUERY_CHARS)
        self.search_box.setToolTip(
            self.tr(
                "Words find the peers whose pseudonym holds them all (their sessions come"
                ' first), then the notes that hold them all. Use "quotes" for a phrase and a'
                " minus sign to leave a word out."
            )
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._run_search)
        self.search_box.installEventFilter(self)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Order of the search results"))
        self.sort_combo.addItem(self.tr("Newest first"), NEWEST)
        self.sort_combo.addItem(self.tr("Best match"), BEST)
        self.sort_combo.setToolTip(
            self.tr(
                "Newest first: the sessions whose notes were written most recently, newest date"
                " first. Best match: the sessions whose notes match the words best."
            )
        )
        self.sort_combo.currentIndexChanged.connect(self._order_changed)
        self.count_label = ResultLine(repeats=False)  # announced when its words change
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)  # a long message wraps; the search box keeps its room

        # --- filters --------------------------------------------------------------------------
        now = today(clock)
        self.use_from_date = QCheckBox(self.tr("&From"))
        self.use_from_date.setAccessibleName(self.tr("Only sessions from a date"))
        self.from_date = self._date_edit(now - timedelta(days=90), self.tr("First date"))
        self.use_to_date = QCheckBox(self.tr("&To"))
        self.use_to_date.setAccessibleName(self.tr("Only sessions up to a date"))
        self.to_date = self._date_edit(now, self.tr("Last date"))
        self.peer_combo = self._combo(self.tr("Peer filter"))
        self.kind_combo = self._combo(self.tr("Kind of contact filter"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for choice in flow.CONTACT_KINDS:
            self.kind_combo.addItem(flow_text(choice.label), choice.id)
        self.event_combo = self._combo(self.tr("Event filter"))
        self.followup_combo = self._combo(self.tr("Follow-up filter"))
        for label, value in (
            (self.tr("Any"), ""),
            (self.tr("Open"), FOLLOWUP_OPEN),
            (self.tr("Overdue"), FOLLOWUP_OVERDUE),
            (self.tr("Done"), FOLLOWUP_DONE),
            (self.tr("None planned"), FOLLOWUP_NONE),
        ):
            self.followup_combo.addItem(label, value)
        self.clear_filters_button = PushButton(self.tr("C&lear filters"))
        name_as_shown(self.clear_filters_button, self.tr("Clear all filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self._fill_choices()
        for box, edit in ((self.use_from_date, self.from_date), (self.use_to_date, self.to_date)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._filters_changed)
        for combo in (self.peer_combo, self.kind_combo, self.event_combo, self.followup_combo):
            combo.currentIndexChanged.connect(self._filters_changed)

        # --- list, search results and detail ------------------------------------------------
        self.model = SessionsModel(self._query, self)
        self.table = self._table(self.model, self.tr("Sessions"))
        self.search_model = SearchResultsModel(
            journal.search, self, limit=search_limit, max_depth=search_depth
        )
        self.search_table = self._table(self.search_model, self.tr("Matching sessions"))
        self.search_table.setItemDelegateForColumn(
            SearchResultsModel.SNIPPET, SnippetDelegate(self)
        )
        self._size_columns()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.search_table)
        self.detail = SessionDetail(journal)
        self.detail.open_linked.connect(self.show_linked)

        # --- actions ----------------------------------------------------------------------------
        self.new_button = PushButton(self.tr("&New session"))
        name_as_shown(self.new_button, self.tr("Start a new session"))
        self.new_button.clicked.connect(self._new)
        self.edit_button = PushButton(self.tr("&Edit"))
        name_as_shown(self.edit_button, self.tr("Edit the chosen session"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.shred_button = PushButton(self.tr("Shre&d…"))
        name_as_shown(self.shred_button, self.tr("Shred the chosen session"))
        self.shred_button.setToolTip(self.tr("Delete this session and its notes for good"))
        self.shred_button.clicked.connect(self.shred_selected)
        self.status_label = ResultLine()  # announced
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self._build_layout()
        self._reload()

    # --- building ----------------------------------------------------------------------------

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_field_format())  # the month's name as the locale writes it
        edit.setDate(to_qdate(value))
        edit.setAccessibleName(name)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _table(self, model: SessionsModel | SearchResultsModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.activated.connect(self._activated)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        return view

    def _size_columns(self) -> None:
        """Widths that fit the five columns beside the detail pane on a 1366-pixel screen."""
        fm = self.fontMetrics()
        pad = 2 * fm.averageCharWidth()
        date_width = max(  # the longest month name the locale abbreviates
            fm.horizontalAdvance(day_month_year(date(2026, month, 28))) for month in range(1, 13)
        )
        widths = {
            SessionsModel.DATE: date_width + pad,
            SessionsModel.PEER: fm.horizontalAdvance("Juniper 13") + pad,
            SessionsModel.KIND: fm.horizontalAdvance("Peer asked for support") + pad,
            SessionsModel.OUTCOME: fm.horizontalAdvance("Asked to talk later") + pad,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # On a narrow screen kind and outcome share what is left (cut short, the full text in
        # a tooltip) rather than the list scrolling sideways.
        for column in (SessionsModel.KIND, SessionsModel.OUTCOME, SessionsModel.FOLLOW_UP):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.table.horizontalHeader().setStretchLastSection(False)  # it stretches as above
        self.table.horizontalHeader().setMinimumSectionSize(date_width)
        self.table.verticalHeader().setDefaultSectionSize(fm.lineSpacing() + 8)
        self.search_table.setColumnWidth(SearchResultsModel.DATE, widths[SessionsModel.DATE])
        self.search_table.setColumnWidth(SearchResultsModel.PEER, widths[SessionsModel.PEER])
        self.search_table.setColumnWidth(
            SearchResultsModel.STEP, fm.horizontalAdvance("Connect to resources") + pad
        )
        self.search_table.verticalHeader().setDefaultSectionSize(2 * fm.lineSpacing() + 8)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 3)
        sort_label = QLabel(self.tr("&Sort"))
        sort_label.setBuddy(self.sort_combo)
        top.addWidget(sort_label)
        top.addWidget(self.sort_combo)
        top.addWidget(self.count_label, 2)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for column, (check, edit) in enumerate(
            ((self.use_from_date, self.from_date), (self.use_to_date, self.to_date))
        ):
            filters.addWidget(check, 0, 2 * column)
            filters.addWidget(edit, 0, 2 * column + 1)
        labelled = (
            (self.tr("&Peer"), self.peer_combo, 0, 4),
            (self.tr("&Kind"), self.kind_combo, 1, 0),
            (self.tr("E&vent"), self.event_combo, 1, 2),
            (self.tr("Follow-&up"), self.followup_combo, 1, 4),
        )
        for text, combo, row, column in labelled:
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label, row, column)
            filters.addWidget(combo, row, column + 1)
        filters.addWidget(self.clear_filters_button, 1, 6)
        filters.setColumnStretch(7, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)  # the list's columns show whole on a 1280-pixel screen
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.shred_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        order: list[QWidget] = [
            self.search_box,
            self.sort_combo,
            self.use_from_date,
            self.from_date,
            self.use_to_date,
            self.to_date,
            self.peer_combo,
            self.kind_combo,
            self.event_combo,
            self.followup_combo,
            self.clear_filters_button,
            self.table,
            self.search_table,
            self.detail.view,
            self.new_button,
            self.edit_button,
            self.shred_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fill_choices(self) -> None:
        """(Re)fill the peer and event filters, keeping what was chosen when it still exists."""
        peer = self.peer_combo.currentData()
        event = self.event_combo.currentData()
        for combo in (self.peer_combo, self.event_combo):
            combo.blockSignals(True)
            combo.clear()
        self.peer_combo.addItem(self.tr("All peers"), _ALL)
        for p in self._journal.peers.all():
            text = (
                self.tr("{name} (closed)").format(name=p.pseudonym) if p.is_closed else p.pseudonym
            )
            self.peer_combo.addItem(text, p.id)
        self.event_combo.addItem(self.tr("All events"), "")
        for tag in self._journal.tags.all(EVENT, include_archived=True):
            label = flow_text(tag.label)
            text = self.tr("{name} (retired)").format(name=label) if tag.archived else label
            self.event_combo.addItem(text, tag.id)
        self.peer_combo.setCurrentIndex(max(0, self.peer_combo.findData(peer)))
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(event)))
        for combo in (self.peer_combo, self.event_combo):
            combo.blockSignals(False)

    # --- state --------------------------------------------------------------------------------

    def current_filter(self) -> SessionFilter:
        peer = self.peer_combo.currentData()
        return SessionFilter(
            date_from=to_date(self.from_date.date()) if self.use_from_date.isChecked() else None,
            date_to=to_date(self.to_date.date()) if self.use_to_date.isChecked() else None,
            peer_id=None if peer in (None, _ALL) else int(peer),
            contact_kind=self.kind_combo.currentData() or None,
            event=self.event_combo.currentData() or None,
            followup=self.followup_combo.currentData() or None,
        )

    def is_searching(self) -> bool:
        """Whether the search results are shown (typing switches over after a short pause)."""
        return self._searching

    def is_search_running(self) -> bool:
        """Whether a search is waiting or running on the worker thread."""
        return self._runner.busy

    def current_view(self) -> QTableView:
        return self.search_table if self.is_searching() else self.table

    def current_session_id(self) -> int | None:
        index = self.current_view().currentIndex()
        if not index.isValid():
            return None
        value = index.data(Role.SESSION_ID)
        return int(value) if value is not None else None

    # --- public actions -------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box (the main window's Find calls this)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        """Read the journal again (the main window calls this when the page is shown)."""
        keep = self.current_session_id()
        self._fill_choices()
        self._reload(select=keep)

    def clear_filters(self) -> None:
        widgets = (self.use_from_date, self.use_to_date, self.peer_combo, self.kind_combo)
        for w in (*widgets, self.event_combo, self.followup_combo):
            w.blockSignals(True)
        self.use_from_date.setChecked(False)
        self.use_to_date.setChecked(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        for combo in (self.peer_combo, self.kind_combo, self.event_combo, self.followup_combo):
            combo.setCurrentIndex(0)
        for w in (*widgets, self.event_combo, self.followup_combo):
            w.blockSignals(False)
        self._filters_changed()

    def edit_selected(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.open_session.emit(session_id)

    def shred_selected(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        try:
            session = self._journal.sessions.get(session_id)
        except NotFound:
            self._reload()
            return
        peer = ""
        if session.peer_id is not None:
            try:
                peer = self._journal.peers.get(session.peer_id).pseudonym
            except NotFound:
                peer = ""
        day = day_month_year(session.held_on)
        question = (
            self.tr("Shred the session of {date} with {peer}?").format(date=day, peer=peer)
            if peer
            else self.tr("Shred the session of {date}?").format(date=day)
        )
        question += "\n\n" + self.tr(
            "Its notes, ticks and follow-up plan are deleted for good. This cannot be undone."
        )
        if not self._confirm(question):
            return
        try:
            self._journal.sessions.shred(session_id)
        except NotFound:
            pass
        except PeerDeskError as exc:
            self.status_label.setText(
                self.tr("The session could not be shredded: {reason}").format(
                    reason=core_message(exc)
                )
            )
            return
        self.search_model.drop(session_id)  # its notes leave the screen now, not after a search
        self._reload()
        self.status_label.setText(self.tr("The session was shredded."))
        self.current_view().setFocus()

    # --- reacting -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Escape clears the search and Down moves on to the results."""
        if watched is self.search_box and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                self._run_search()
                return True
            if key == Qt.Key.Key_Down:
                view = self.current_view()
                view.setFocus(Qt.FocusReason.TabFocusReason)
                if not view.currentIndex().isValid() and view.model().rowCount():
                    view.setCurrentIndex(view.model().index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _ask(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Shred session"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        shred = box.addButton(self.tr("Shred"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is shred

    def _new(self) -> None:
        peer_id = self.current_filter().peer_id
        self.new_session.emit(peer_id if peer_id is not None else -1)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(Role.SESSION_ID)
        if value is not None:
            self.open_session.emit(int(value))

    def _filters_changed(self) -> None:
        self.status_label.clear()
        self._reload(select=self.current_session_id())

    def _run_search(self) -> None:
        self._search_timer.stop()
        self.status_label.clear()
        self._reload(select=self.current_session_id())

    def _order_changed(self) -> None:
        if self.search_box.text().strip():
            self._run_search()

    def _reload(self, select: int | None = None) -> None:
        """Fill the list (or search results) for the current filters and search text.

        The list is read at once; a search is asked of the worker thread, and its results
        replace what is shown when they come (:meth:`_found`).
        """
        self._search_timer.stop()  # this reads the text as it is now: no need to wait for more
        f = self.current_filter()
        text = self.search_box.text()
        searching = bool(text.strip())
        try:
            if f != self.model.session_filter:
                self.model.set_filter(f)
            else:
                self.model.refresh()
        except PeerDeskError as exc:
            self._could_not_read(exc)
            return
        if searching and build_query(text) is not None:
            self._select_after_search = select
            self._runner.ask(self._search_work(text, f, self.sort_combo.currentData()))
            return
        self._runner.cancel()  # whatever search is running is stale now
        self.search_model.show_found(text, self.sort_combo.currentData(), ([], None))
        self._show_results(searching, f, select)

    def _search_work(
        self, text: str, f: SessionFilter, order: str
    ) -> Callable[[Connection], _Answer]:
        """The search to run on the worker thread's connection (never this page's)."""
        clock = self._clock
        limit, depth = self._search_limits

        searches = self._searches

        def work(conn: Connection) -> _Answer:
            query = SessionQuery(conn, clock)
            narrow = None if f.is_empty else lambda ids: query.keep(f, ids)
            search = searches.get(conn)
            if search is None:  # the reader's connection is new (or was opened again)
                searches.clear()
                search = searches[conn] = Search(conn)
            found = SearchResultsModel.find(
                search, text, narrow, order, limit=limit, max_depth=depth
            )
            return _Answer(text, order, f, found)

        return work

    def _found(self, ticket: int, answer: object) -> None:
        if not self._runner.is_latest(ticket) or not isinstance(answer, _Answer):
            return  # a newer search was asked for: this answer is stale
        if answer.text != self.search_box.text() or answer.filter != self.current_filter():
            return  # typed on since: the newer search is on its way
        self.search_model.show_found(answer.text, answer.order, answer.found)
        self._show_results(True, answer.filter, self._select_after_search)

    def _search_failed(self, ticket: int, exc: object) -> None:
        if self._runner.is_latest(ticket):
            assert isinstance(exc, PeerDeskError)
            self._could_not_read(exc)

    def _search_crashed(self, _ticket: int, exc: object) -> None:
        assert isinstance(exc, BaseException)
        raise exc  # a bug in the search: to the crash dialog, from the GUI thread

    def _could_not_read(self, exc: PeerDeskError) -> None:
        self.count_label.setText(
            self.tr("The list could not be read: {reason}").format(reason=core_message(exc))
        )

    def _show_results(self, searching: bool, f: SessionFilter, select: int | None) -> None:
        self._searching = searching
        self.stack.setCurrentWidget(self.search_table if searching else self.table)
        self._update_count(f, searching)
        self._select(select)
        if searching:
            self.results_shown.emit()

    def _update_count(self, f: SessionFilter, searching: bool) -> None:
        if searching:
            text = self.search_box.text()
            found = self.search_model.rowCount()
            if build_query(text) is None:
                message = self.tr("Type a word to search pseudonyms and notes.")
            elif self.search_model.looked_at is not None:  # filters on, not every match read
                looked_at = whole(self.search_model.looked_at)
                message = (
                    self.tr(
                        "{n} of the {m} best-matching sessions pass the filters; add words to"
                        " narrow the search"
                    )
                    if self.search_model.order() == BEST
                    else self.tr(
                        "{n} of the {m} most recent matching sessions pass the filters; add"
                        " words to narrow the search"
                    )
                ).format(n=whole(found), m=looked_at)
            elif found == 0:
                message = (
                    self.tr(
                        "No pseudonym or note matches. To find sessions by date, kind or event,"
                        " use the filters below."
                    )
                    if f.is_empty
                    else self.tr(
                        "No pseudonym or note matches in the sessions the filters show. Clear"
                        " filters to search them all."
                    )
                )
            elif found == 1:
                message = self.tr("1 matching session")
            elif found >= self.search_model.limit and self.search_model.order() == BEST:
                message = self.tr("The {n} best matching sessions").format(n=whole(found))
            elif found >= self.search_model.limit:
                message = self.tr(
                    "Showing the {n} most recent matches; add words to narrow it"
                ).format(n=whole(found))
            else:
                message = self.tr("{n} matching sessions").format(n=whole(found))
            if found and not f.is_empty and self.search_model.looked_at is None:
                message += " " + self.tr("(filtered)")
        else:
            total = self.model.total()
            if total == 0:
                message = (
                    self.tr("No sessions yet: finished sessions appear here.")
                    if f.is_empty
                    else self.tr("No sessions match these filters.")
                )
            elif total == 1:
                message = self.tr("1 session")
            else:
                message = self.tr("{n} sessions").format(n=whole(total))
        self.count_label.setText(message)

    def _select(self, session_id: int | None) -> None:
        view = self.current_view()
        model = view.model()
        assert isinstance(model, SessionsModel | SearchResultsModel)
        row = model.row_of(session_id) if session_id is not None else -1
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
            view.scrollTo(model.index(row, 0))
        else:
            view.selectionModel().clearCurrentIndex()
            view.clearSelection()
        self._show_current(again=True)

    def show_linked(self, session_id: int) -> None:
        """Go to a session the detail links to: chosen in the list when the list has it,
        else shown on its own (the filters stay as they are)."""
        self._select(session_id)
        if self.detail.session_id != session_id:
            self.detail.show_session(session_id)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self, *, again: bool = False) -> None:
        """Show the chosen session; ``again`` re-reads it even if it is shown already."""
        session_id = self.current_session_id()
        if session_id is None:
            self.detail.clear()
        elif again or session_id != self.detail.session_id:
            self.detail.show_session(session_id)
        chosen = session_id is not None
        self.edit_button.setEnabled(chosen)
        self.shred_button.setEnabled(chosen)

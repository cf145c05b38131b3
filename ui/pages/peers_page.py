"""Peers: pseudonyms, optional contact details, each peer's sessions, closing and forgetting."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.clock import Clock
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.followups import DONE
from peerdesk.journal import Journal
from peerdesk.peers import Peer
from peerdesk.session_query import SessionQuery
from peerdesk.text import CONTACT_MAX, PSEUDONYM_MAX
from ui.messages import core_message, flow_text
from ui.models.peers_model import PeersModel
from ui.models.roles import Role
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.dates import day_month_year
from ui.widgets.labels import PushButton
from ui.widgets.labels import error_label as _error_label
from ui.widgets.numbers import whole


def _stamp_day(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return day_month_year(datetime.fromisoformat(stamp).astimezone().date())
    except ValueError:
        return stamp


class PeersPage(QWidget):
    """The peers a supporter talks with: add, edit, see their sessions, close, reopen, forget."""

    open_session = Signal(int)
    new_session = Signal(int)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._confirm = confirm or self._ask
        self._peer_id: int | None = None

        # --- list -----------------------------------------------------------------------------
        self.show_closed = QCheckBox(self.tr("Sho&w closed peers"))
        self.show_closed.setAccessibleName(self.tr("Show closed peers"))
        self.show_closed.toggled.connect(self._show_closed_toggled)
        self.model = PeersModel(journal.peers, SessionQuery(journal.conn, clock), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Peers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed widths: sizing columns to their contents would read every row of a long list.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeersModel.PSEUDONYM, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        pad = 3 * fm.averageCharWidth()
        for column, sample in (
            (PeersModel.STATUS, self.tr("Closed")),
            (PeersModel.SESSIONS, self.tr("Sessions")),
        ):
            self.table.setColumnWidth(column, fm.horizontalAdvance(sample) + pad)
        dates = (day_month_year(date(2026, month, 28)) for month in range(1, 13))
        widest = max(fm.horizontalAdvance(text) for text in (self.tr("Last session"), *dates))
        self.table.setColumnWidth(PeersModel.LAST_SESSION, widest + pad)
        self.table.verticalHeader().setDefaultSectionSize(fm.lineSpacing() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        # --- adding ---------------------------------------------------------------------------
        self.add_pseudonym = QLineEdit()
        self.add_pseudonym.setAccessibleName(self.tr("Pseudonym of the new peer"))
        self.add_pseudonym.setPlaceholderText(self.tr("A name only you can link to them"))
        self.add_pseudonym.setMaxLength(PSEUDONYM_MAX + 20)
        self.add_pseudonym_error = _error_label()
        self.add_contact = QLineEdit()
        self.add_contact.setAccessibleName(self.tr("Contact details of the new peer (optional)"))
        self.add_contact.setPlaceholderText(self.tr("Optional, for follow-ups"))
        self.add_contact.setMaxLength(CONTACT_MAX + 50)
        self.add_contact_error = _error_label()
        self.add_button = PushButton(self.tr("&Add peer"))
        name_as_shown(self.add_button, self.tr("Add the new peer"))
        self.add_button.clicked.connect(self.add_peer)
        self.add_pseudonym.returnPressed.connect(self.add_peer)
        self.add_contact.returnPressed.connect(self.add_peer)

        # --- the chosen peer ------------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.edit_pseudonym = QLineEdit()
        self.edit_pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.edit_pseudonym.setMaxLength(PSEUDONYM_MAX + 20)
        self.edit_pseudonym_error = _error_label()
        self.edit_contact = QLineEdit()
        self.edit_contact.setAccessibleName(self.tr("Contact details"))
        self.edit_contact.setPlaceholderText(self.tr("None kept"))
        self.edit_contact.setMaxLength(CONTACT_MAX + 50)
        self.edit_contact_error = _error_label()
        self.save_button = PushButton(self.tr("&Save changes"))
        name_as_shown(self.save_button, self.tr("Save the pseudonym and contact details"))
        self.save_button.clicked.connect(self.save_peer)
        self.edit_pseudonym.returnPressed.connect(self.save_peer)
        self.edit_contact.returnPressed.connect(self.save_peer)
        self.timeline_label = QLabel()
        self.timeline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Sessions with this peer"))
        self.timeline.itemActivated.connect(self._timeline_activated)
        self.timeline_label.setBuddy(self.timeline)
        self.new_button = PushButton(self.tr("&New session with this peer"))
        name_as_shown(self.new_button, self.tr("Start a new session with this peer"))
        self.new_button.clicked.connect(self._new_session)
        self.close_button = PushButton()
        self.close_button.clicked.connect(self.toggle_closed)
        self.forget_button = PushButton(self.tr("&Forget now…"))
        name_as_shown(self.forget_button, self.tr("Forget this peer now"))
        self.forget_button.setToolTip(
            self.tr("Remove this peer and their notes for good; the counts stay")
        )
        self.forget_button.clicked.connect(self.forget_peer)
        self.status_label = ResultLine()  # announced
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self._build_layout()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        add_box = QGroupBox(self.tr("Add a peer"))
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Pseu&donym"), self.add_pseudonym)
        add_form.addRow("", self.add_pseudonym_error)
        add_form.addRow(self.tr("Con&tact"), self.add_contact)
        add_form.addRow("", self.add_contact_error)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_form.addRow(add_row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.show_closed)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(add_box)

        self.details = QWidget()
        edit_form = QFormLayout()
        edit_form.addRow(self.tr("&Pseudonym"), self.edit_pseudonym)
        edit_form.addRow("", self.edit_pseudonym_error)
        edit_form.addRow(self.tr("&Contact details"), self.edit_contact)
        edit_form.addRow("", self.edit_contact_error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        edit_form.addRow(save_row)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.forget_button)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.heading)
        details_layout.addWidget(self.state_label)
        details_layout.addLayout(edit_form)
        details_layout.addWidget(self.timeline_label)
        details_layout.addWidget(self.timeline, 1)
        details_layout.addLayout(actions)

        self.empty_label = QLabel(
            self.tr("Choose a peer on the left to see their sessions, or add a new one.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        order: list[QWidget] = [
            self.show_closed,
            self.table,
            self.add_pseudonym,
            self.add_contact,
            self.add_button,
            self.edit_pseudonym,
            self.edit_contact,
            self.save_button,
            self.timeline,
            self.new_button,
            self.close_button,
            self.forget_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- state ------------------------------------------------------------------------------

    def current_peer_id(self) -> int | None:
        return self._peer_id

    def refresh(self) -> None:
        """Read the peers again, keeping the chosen one if it is still listed."""
        self.model.refresh()
        self._select(self._peer_id)

    def _select(self, peer_id: int | None) -> None:
        row = self.model.row_of(peer_id) if peer_id is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self._show_peer(peer_id)
        else:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            self._show_peer(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(Role.PEER_ID) if current.isValid() else None
        peer_id = int(value) if value is not None else None
        if peer_id != self._peer_id:
            self.status_label.clear()
            self._show_peer(peer_id)

    def _show_closed_toggled(self, show: bool) -> None:
        self.model.set_show_closed(show)
        self._select(self._peer_id)

    def _show_peer(self, peer_id: int | None) -> None:
        """Fill the right-hand side for a peer (or show the hint when there is none)."""
        peer: Peer | None = None
        if peer_id is not None:
            try:
                peer = self._journal.peers.get(peer_id)
            except NotFound:
                peer = None
        self._peer_id = peer.id if peer else None
        self.details.setVisible(peer is not None)
        self.empty_label.setVisible(peer is None)
        for label in (self.edit_pseudonym_error, self.edit_contact_error):
            label.hide()
        self.timeline.clear()
        if peer is None:
            return
        self.heading.setText(peer.pseudonym)
        self.edit_pseudonym.setText(peer.pseudonym)
        self.edit_contact.setText(peer.contact)
        if peer.contact_purged_at:
            state = self.tr("Closed. Their contact details were removed on {date}.").format(
                date=_stamp_day(peer.contact_purged_at)
            )
        elif peer.is_closed:
            state = self.tr(
                "Closed on {date}. Contact details are removed once the retention period ends."
            ).format(date=_stamp_day(peer.closed_at))
        else:
            state = self.tr("Open: you are still in touch.")
        self.state_label.setText(state)
        self.close_button.setText(self.tr("&Reopen") if peer.is_closed else self.tr("C&lose peer"))
        name_as_shown(
            self.close_button,
            self.tr("Reopen this peer") if peer.is_closed else self.tr("Close this peer"),
        )
        sessions = self._journal.sessions.for_peer(peer.id)
        for s in sessions:
            parts = [day_month_year(s.held_on)]
            if s.contact_kind:
                parts.append(flow_text(flow.label_of(flow.CONTACT_KINDS, s.contact_kind)))
            if s.outreach_outcome:
                parts.append(flow_text(flow.label_of(flow.OUTREACH_OUTCOMES, s.outreach_outcome)))
            if s.followup_on and s.followup_status == DONE:
                parts.append(
                    self.tr("follow-up done {date}").format(date=day_month_year(s.followup_done_on))
                    if s.followup_done_on
                    else self.tr("follow-up done")
                )
            elif s.followup_on:
                parts.append(self.tr("follow-up {date}").format(date=day_month_year(s.followup_on)))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Role.SESSION_ID, s.id)
            self.timeline.addItem(item)
        if not sessions:
            self.timeline_label.setText(self.tr("No sessions with this peer yet."))
        elif len(sessions) == 1:
            self.timeline_label.setText(self.tr("1 session (press Enter to open it)"))
        else:
            self.timeline_label.setText(
                self.tr("{n} sessions, newest first (press Enter to open one)").format(
                    n=whole(len(sessions))
                )
            )

    # --- errors -----------------------------------------------------------------------------

    def _pseudonym_problem(self, name: str, except_id: int | None = None) -> str | None:
        """Why ``name`` cannot be used, in words for the supporter, or None if it can."""
        name = name.strip()
        if not name:
            return self.tr("Give the peer a pseudonym.")
        if len(name) > PSEUDONYM_MAX:
            return self.tr("A pseudonym fits at most {n} characters.").format(n=PSEUDONYM_MAX)
        other = self._journal.peers.find(name)
        if other is not None and other.id != except_id:
            return self.tr(
                "Another peer already has this pseudonym. Add a letter or a number to tell "
                "them apart."
            )
        return None

    def _contact_problem(self, contact: str) -> str | None:
        if len(contact.strip()) > CONTACT_MAX:
            return self.tr("Contact details fit at most {n} characters.").format(n=CONTACT_MAX)
        return None

    def _show_error(self, label: QLabel, message: str | None, field: QLineEdit) -> None:
        label.setText(message or "")
        label.setVisible(bool(message))
        field.setAccessibleDescription(message or "")

    def _show_invalid(
        self,
        exc: InvalidInput,
        pseudonym: tuple[QLabel, QLineEdit],
        contact: tuple[QLabel, QLineEdit],
    ) -> None:
        """Put an error the checks above did not foresee next to the field it names."""
        label, field = contact if exc.field == "contact" else pseudonym
        message = self.tr("This could not be saved: {reason}.").format(reason=core_message(exc))
        self._show_error(label, message, field)
        field.setFocus()

    # --- actions ----------------------------------------------------------------------------

    def add_peer(self) -> None:
        name, contact = self.add_pseudonym.text(), self.add_contact.text()
        name_problem = self._pseudonym_problem(name)
        contact_problem = self._contact_problem(contact)
        self._show_error(self.add_pseudonym_error, name_problem, self.add_pseudonym)
        self._show_error(self.add_contact_error, contact_problem, self.add_contact)
        if name_problem or contact_problem:
            (self.add_pseudonym if name_problem else self.add_contact).setFocus()
            return
        try:
            peer = self._journal.peers.add(name, contact)
        except InvalidInput as exc:
            self._show_invalid(
                exc,
                (self.add_pseudonym_error, self.add_pseudonym),
                (self.add_contact_error, self.add_contact),
            )
            return
        self.add_pseudonym.clear()
        self.add_contact.clear()
        self.model.refresh()
        self._select(peer.id)
        self.status_label.setText(self.tr("{name} was added.").format(name=peer.pseudonym))
        self.table.setFocus()

    def save_peer(self) -> None:
        peer_id = self._peer_id
        if peer_id is None:
            return
        name, contact = self.edit_pseudonym.text(), self.edit_contact.text()
        name_problem = self._pseudonym_problem(name, except_id=peer_id)
        contact_problem = self._contact_problem(contact)
        self._show_error(self.edit_pseudonym_error, name_problem, self.edit_pseudonym)
        self._show_error(self.edit_contact_error, contact_problem, self.edit_contact)
        if name_problem or contact_problem:
            (self.edit_pseudonym if name_problem else self.edit_contact).setFocus()
            return
        try:
            peer = self._journal.peers.update(peer_id, pseudonym=name, contact=contact)
        except InvalidInput as exc:
            self._show_invalid(
                exc,
                (self.edit_pseudonym_error, self.edit_pseudonym),
                (self.edit_contact_error, self.edit_contact),
            )
            return
        except NotFound:
            self.refresh()
            return
        self.model.refresh()
        self._select(peer.id)
        self.status_label.setText(self.tr("Changes saved."))

    def toggle_closed(self) -> None:
        peer_id = self._peer_id
        if peer_id is None:
            return
        try:
            peer = self._journal.peers.get(peer_id)
            if peer.is_closed:
                peer = self._journal.peers.reopen(peer_id)
                message = self.tr("{name} is open again.").format(name=peer.pseudonym)
            else:
                peer = self._journal.peers.close(peer_id)
                message = self.tr("{name} is closed.").format(name=peer.pseudonym)
                if not self.show_closed.isChecked():
                    message += " " + self.tr('Tick "Show closed peers" to see them again.')
        except PeerDeskError:
            self.refresh()
            return
        self.model.refresh()
        self._select(peer_id)
        self.status_label.setText(message)

    def forget_peer(self) -> None:
        peer_id = self._peer_id
        if peer_id is None:
            return
        try:
            peer = self._journal.peers.get(peer_id)
        except NotFound:
            self.refresh()
            return
        sessions = len(self._journal.sessions.for_peer(peer_id))
        removed = self.tr(
            "Removed for good: the pseudonym, any contact details, open follow-ups and the "
            "notes of their sessions."
        )
        if sessions:
            kept = self.tr(
                "Kept, linked to nobody: the {n} session records' dates, kinds, outcomes and "
                "tags, so your de-identified counts still add up."
            ).format(n=whole(sessions))
        else:
            kept = self.tr("There are no sessions with this peer, so nothing else changes.")
        question = "\n\n".join(
            (
                self.tr("Forget {name} now?").format(name=peer.pseudonym),
                removed,
                kept,
                self.tr("This cannot be undone."),
            )
        )
        if not self._confirm(question):
            return
        try:
            self._journal.peers.forget(peer_id)
        except NotFound:
            pass
        except PeerDeskError as exc:
            self.status_label.setText(
                self.tr("The peer could not be forgotten: {reason}").format(
                    reason=core_message(exc)
                )
            )
            return
        self._peer_id = None
        self.model.refresh()
        self._select(None)
        self.status_label.setText(self.tr("The peer was forgotten."))
        self.table.setFocus()

    def _new_session(self) -> None:
        if self._peer_id is not None:
            self.new_session.emit(self._peer_id)

    def _timeline_activated(self, item: QListWidgetItem) -> None:
        value = item.data(Role.SESSION_ID)
        if value is not None:
            self.open_session.emit(int(value))

    def _ask(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Forget peer"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is forget

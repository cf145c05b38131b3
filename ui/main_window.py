"""The main window. For now: what the journal holds and its latest sessions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from peerdesk import flow
from peerdesk.journal import Journal


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal, *, demo: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("PeerDesk — demo journal") if demo else self.tr("PeerDesk"))
        self.resize(760, 520)
        summary = journal.summary()
        self.summary_label = QLabel(
            self.tr("Finished sessions: {sessions} · Peers: {peers}").format(
                sessions=summary.sessions, peers=summary.peers
            )
        )
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Latest sessions"))
        for s in journal.sessions.page(0, 50):
            kind = flow.label_of(flow.CONTACT_KINDS, s.contact_kind) if s.contact_kind else ""
            self.recent.addItem(
                f"{s.held_on:%Y-%m-%d}   {s.peer or self.tr('(forgotten peer)')}   {kind}"
            )
        note = QLabel(
            self.tr(
                "The guided session form, follow-ups and handouts are being built; "
                "this window shows the journal's latest sessions."
            )
        )
        note.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.recent)
        layout.addWidget(note)
        self.setCentralWidget(body)

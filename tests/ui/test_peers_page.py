"""The Peers page: the list, adding and editing, the timeline, closing, reopening, forgetting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.session_query import SessionQuery
from peerdesk.sessions import FINISHED, Session
from peerdesk.text import PSEUDONYM_MAX
from tests.conftest import Clock, day
from tests.support.fakes import Confirm
from ui.models.peers_model import PeersModel
from ui.models.roles import Role
from ui.pages.peers_page import PeersPage


def make_page(
    qtbot: QtBot, journal: Journal, clock: Clock, confirm: Confirm | None = None
) -> PeersPage:
    page = PeersPage(journal, clock, confirm=confirm or Confirm(False))
    qtbot.addWidget(page)
    page.resize(1180, 650)
    return page


def choose(page: PeersPage, peer_id: int) -> None:
    row = page.model.row_of(peer_id)
    assert row >= 0
    page.table.setCurrentIndex(page.model.index(row, 0))


def session_for(journal: Journal, peer_id: int, n: int, note: str = "") -> Session:
    return journal.sessions.save(
        Session(
            held_on=day(n),
            status=FINISHED,
            peer_id=peer_id,
            contact_kind="proactive_outreach",
            outreach_outcome="accepted",
            notes={"listen": note} if note else {},
        )
    )


def column(page: PeersPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


# --- the model ----------------------------------------------------------------------------------


def test_the_peers_model_passes_the_model_tester(
    qtmodeltester: object, journal: Journal, clock: Clock
) -> None:
    fill(journal, 100, seed=2)
    journal.peers.close(journal.peers.all()[0].id)
    model = PeersModel(journal.peers, SessionQuery(journal.conn, clock))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 19
    model.set_show_closed(True)
    assert model.rowCount() == 20
    journal.peers.add("Zephyr")
    model.refresh()
    assert model.rowCount() == 21
    model.set_show_closed(False)
    assert model.rowCount() == 20


def test_the_model_shows_status_counts_and_last_session(journal: Journal, clock: Clock) -> None:
    a = journal.peers.add("Ash")
    b = journal.peers.add("birch")
    session_for(journal, a.id, 3)
    session_for(journal, a.id, 12)
    journal.sessions.save(Session(held_on=day(20), peer_id=a.id))  # a draft does not count
    journal.peers.close(b.id)
    model = PeersModel(journal.peers, SessionQuery(journal.conn, clock))
    model.set_show_closed(True)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [["Ash", "Open", "2", "12 Nov 2026"], ["birch", "Closed", "0", ""]]
    assert model.index(1, PeersModel.PSEUDONYM).data(Role.PEER_ID) == b.id
    assert model.headerData(PeersModel.LAST_SESSION, Qt.Orientation.Horizontal) == "Last session"


# --- adding and editing -------------------------------------------------------------------------


def test_add_a_peer_by_keyboard(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    page = make_page(qtbot, journal, clock)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)
    QTest.keyClicks(page.add_pseudonym, "Kestrel")
    QTest.keyClicks(page.add_contact, "pager 4411, evenings")
    qtbot.keyClick(page.add_contact, Qt.Key.Key_Return)
    peer = journal.peers.find("Kestrel")
    assert peer is not None
    assert peer.contact == "pager 4411, evenings"
    assert page.add_pseudonym.text() == page.add_contact.text() == ""
    assert page.current_peer_id() == peer.id
    assert page.heading.text() == "Kestrel"
    assert page.edit_contact.text() == "pager 4411, evenings"
    assert page.status_label.text() == "Kestrel was added."
    assert column(page, PeersModel.PSEUDONYM) == ["Kestrel"]


def test_a_duplicate_or_empty_pseudonym_is_explained_inline(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    journal.peers.add("Heron")
    page = make_page(qtbot, journal, clock)
    QTest.keyClicks(page.add_pseudonym, "  heron ")
    qtbot.keyClick(page.add_pseudonym, Qt.Key.Key_Return)
    assert page.add_pseudonym_error.isVisibleTo(page)
    assert "already has this pseudonym" in page.add_pseudonym_error.text()
    assert len(journal.peers.all()) == 1, "nothing is saved"
    assert page.add_pseudonym.text() == "  heron ", "what was typed stays for correcting"

    page.add_pseudonym.clear()
    page.add_button.click()
    assert page.add_pseudonym_error.text() == "Give the peer a pseudonym."

    page.add_pseudonym.setText("x" * (PSEUDONYM_MAX + 1))
    page.add_button.click()
    assert str(PSEUDONYM_MAX) in page.add_pseudonym_error.text()

    page.add_pseudonym.setText("Egret")
    page.add_contact.setText("y" * 400)
    page.add_button.click()
    assert not page.add_pseudonym_error.isVisibleTo(page)
    assert page.add_contact_error.isVisibleTo(page)
    assert journal.peers.find("Egret") is None

    page.add_contact.setText("a\x00b")  # refused by the core: shown beside the field
    page.add_button.click()
    assert page.add_contact_error.text().startswith("This could not be saved:")
    assert journal.peers.find("Egret") is None

    page.add_contact.setText("ok")
    page.add_button.click()
    assert not page.add_contact_error.isVisibleTo(page)
    assert journal.peers.find("Egret") is not None


def test_edit_contact_details_and_pseudonym(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    wren = journal.peers.add("Wren", "old number")
    journal.peers.add("Robin")
    page = make_page(qtbot, journal, clock)
    choose(page, wren.id)
    assert page.edit_contact.text() == "old number"
    page.edit_contact.setText("text after 6 pm")
    page.save_button.click()
    assert journal.peers.get(wren.id).contact == "text after 6 pm"
    assert page.status_label.text() == "Changes saved."

    page.edit_pseudonym.setText("ROBIN")
    page.save_button.click()
    assert "already has this pseudonym" in page.edit_pseudonym_error.text()
    assert journal.peers.get(wren.id).pseudonym == "Wren", "a failed save changes nothing"

    page.edit_pseudonym.setText("Wren B")
    qtbot.keyClick(page.edit_pseudonym, Qt.Key.Key_Return)
    assert journal.peers.get(wren.id).pseudonym == "Wren B"
    assert not page.edit_pseudonym_error.isVisibleTo(page)
    assert page.heading.text() == "Wren B"
    assert "Wren B" in column(page, PeersModel.PSEUDONYM)


def test_markup_in_a_pseudonym_is_shown_as_typed(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    odd = journal.peers.add("<b>Bold</b> & co")
    page = make_page(qtbot, journal, clock)
    choose(page, odd.id)
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.heading.text() == "<b>Bold</b> & co"


# --- the timeline and signals -------------------------------------------------------------------


def test_the_timeline_lists_the_peers_sessions_and_opens_them(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    lark = journal.peers.add("Lark")
    other = journal.peers.add("Other")
    first = session_for(journal, lark.id, 2)
    latest = session_for(journal, lark.id, 19)
    session_for(journal, other.id, 10)
    page = make_page(qtbot, journal, clock)
    choose(page, lark.id)
    assert page.timeline.count() == 2
    assert page.timeline.item(0).text().startswith("19 Nov 2026")
    assert "Proactive outreach" in page.timeline.item(0).text()
    assert [page.timeline.item(i).data(Role.SESSION_ID) for i in range(2)] == [
        latest.id,
        first.id,
    ]
    assert page.timeline_label.text().startswith("2 sessions")
    page.timeline.setFocus()
    page.timeline.setCurrentRow(1)
    with qtbot.waitSignal(page.open_session) as opened:
        qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    with qtbot.waitSignal(page.new_session) as started:
        page.new_button.click()
    assert started.args == [lark.id]


def test_a_peer_without_sessions(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    quiet = journal.peers.add("Quiet")
    page = make_page(qtbot, journal, clock)
    choose(page, quiet.id)
    assert page.timeline.count() == 0
    assert page.timeline_label.text() == "No sessions with this peer yet."


# --- closing, reopening, forgetting -------------------------------------------------------------


def test_close_hides_the_peer_until_closed_peers_are_shown_then_reopen(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    finch = journal.peers.add("Finch")
    journal.peers.add("Gull")
    page = make_page(qtbot, journal, clock)
    choose(page, finch.id)
    assert page.close_button.text() == "C&lose peer"
    page.close_button.click()
    assert journal.peers.get(finch.id).is_closed
    assert column(page, PeersModel.PSEUDONYM) == ["Gull"]
    assert page.current_peer_id() is None
    assert "Show closed peers" in page.status_label.text()

    page.show_closed.setChecked(True)
    assert column(page, PeersModel.PSEUDONYM) == ["Finch", "Gull"]
    assert column(page, PeersModel.STATUS) == ["Closed", "Open"]
    choose(page, finch.id)
    assert page.state_label.text().startswith("Closed on ")
    assert page.close_button.text() == "&Reopen"
    page.close_button.click()
    assert not journal.peers.get(finch.id).is_closed
    assert page.current_peer_id() == finch.id
    assert page.status_label.text() == "Finch is open again."
    assert column(page, PeersModel.STATUS) == ["Open", "Open"]


def test_forget_says_what_goes_and_what_stays_then_forgets(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    plover = journal.peers.add("Plover", "555-0199")
    kept = journal.peers.add("Kept")
    s1 = session_for(journal, plover.id, 5, note="Talked about the night shift.")
    session_for(journal, plover.id, 9, note="Better week.")
    session_for(journal, kept.id, 9, note="Night shift again.")
    confirm = Confirm(False)
    page = make_page(qtbot, journal, clock, confirm)
    choose(page, plover.id)
    page.forget_button.click()
    (question,) = confirm.questions
    assert "Forget Plover now?" in question
    assert "contact details" in question and "notes" in question
    assert "2 session records" in question
    assert "counts" in question
    assert journal.peers.get(plover.id).contact == "555-0199", "saying no forgets nothing"

    confirm.answer = True
    page.forget_button.click()
    assert journal.peers.find("Plover") is None
    assert column(page, PeersModel.PSEUDONYM) == ["Kept"]
    assert page.current_peer_id() is None
    assert page.status_label.text() == "The peer was forgotten."
    assert s1.id is not None
    forgotten = journal.sessions.get(s1.id)
    assert forgotten.peer_id is None and forgotten.notes == {}
    assert journal.sessions.count() == 3, "the de-identified sessions stay for the counts"
    assert [h.peer for h in journal.search.run("night shift")] == ["Kept"]


def test_refresh_keeps_the_chosen_peer_and_sees_new_sessions(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    rook = journal.peers.add("Rook")
    page = make_page(qtbot, journal, clock)
    choose(page, rook.id)
    assert page.timeline.count() == 0
    session_for(journal, rook.id, 21)
    page.refresh()
    assert page.current_peer_id() == rook.id
    assert page.timeline.count() == 1
    assert column(page, PeersModel.SESSIONS) == ["1"]


def test_every_control_has_an_accessible_name(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    journal.peers.add("Named")
    page = make_page(qtbot, journal, clock)
    choose(page, journal.peers.all()[0].id)
    controls = (
        page.show_closed,
        page.table,
        page.add_pseudonym,
        page.add_contact,
        page.add_button,
        page.edit_pseudonym,
        page.edit_contact,
        page.save_button,
        page.timeline,
        page.new_button,
        page.close_button,
        page.forget_button,
    )
    assert all(c.accessibleName() for c in controls)


def test_the_page_fits_a_small_screen(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    page = make_page(qtbot, journal, clock)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1000
    assert hint.height() <= 560

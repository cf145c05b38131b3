"""The session form and follow-ups that remember (issue 13, item 3, wired into the form): the
offer to complete a peer's open follow-up, the last session beside the form, and the question
before a second open follow-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, SESSION_NOTE, Session
from tests.conftest import day
from tests.ui.test_session_form import Asks, asks, choose_peer, is_focused, make_form, press
from ui.session.session_form import SessionForm

__all__ = ["asks", "make_form"]  # fixtures used by name


def _planned(journal: Journal, name: str = "Heron") -> int:
    peer = journal.peers.add(name)
    journal.sessions.save(
        Session(
            held_on=day(10),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="proactive_outreach",
            ticked={"listen": ["open_questions"]},
            notes={SESSION_NOTE: "Night shifts are the worst"},
            followup_on=day(17),
            followup_plan="Coffee after the review",
        )
    )
    assert peer.id is not None
    return peer.id


def test_choosing_a_peer_with_an_open_follow_up_offers_to_complete_it(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    peer_id = _planned(journal)
    form = make_form()
    assert not form.last_session.isVisible()
    choose_peer(form, "Heron")  # typing it would open the completer (offscreen Qt warns)
    press(qtbot, Qt.Key.Key_Tab)
    (offered,) = asks.offers
    assert offered.peer_id == peer_id
    assert is_focused(form.context.held_on)  # the supporter goes on where they were
    assert form.windowTitle() == "Follow-up session"
    assert form.context.contact_kind.currentData() == "follow_up"
    assert form.last_session.isVisible()
    assert "Coffee after the review" in form.last_session.text()
    assert "Night shifts are the worst" in form.last_session.text()
    form.context.peer.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert len(asks.offers) == 1  # asked once per peer
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    done = journal.followups.get(offered.id)
    assert (done.status, done.done_session_id) == ("done", saved.args[0])
    assert journal.followups.open_for_peer(peer_id) == []


def test_another_peer_drops_the_link_and_the_summary(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    _planned(journal)
    journal.peers.add("Ibis")
    form = make_form()
    choose_peer(form, "Heron")  # typing it would open the completer (offscreen Qt warns)
    press(qtbot, Qt.Key.Key_Tab)
    assert form.last_session.isVisible()
    form.context.peer.setFocus()
    choose_peer(form, "Ibis")
    press(qtbot, Qt.Key.Key_Tab)
    assert not form.last_session.isVisible()
    assert form.windowTitle() == "New session"
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    assert journal.sessions.get(saved.args[0]).follows_up_id is None
    assert len(journal.followups.open()) == 1


def test_a_second_open_follow_up_is_planned_only_after_a_yes(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    peer_id = _planned(journal)
    asks.complete_it = False
    form = make_form()
    choose_peer(form, "Heron")  # typing it would open the completer (offscreen Qt warns)
    press(qtbot, Qt.Key.Key_Tab)
    assert len(asks.offers) == 1 and not form.last_session.isVisible()
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.closing.followup_agreed.setChecked(True)
    form.go_to_step("learn")
    asks.plan_second = False
    form.finish()
    assert asks.seconds == [("Heron", day(17))]
    assert form.isVisible() and form.current_step() == "close"
    assert is_focused(form.closing.followup_agreed)
    assert journal.sessions.count(FINISHED) == 1
    asks.plan_second = True
    with qtbot.waitSignal(form.saved, timeout=2000):
        form.finish()
    assert len(asks.seconds) == 2
    assert len(journal.followups.open_for_peer(peer_id)) == 2


def test_a_follow_up_gone_while_its_session_is_written_never_stops_the_draft_saving(
    make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    """The planning session loses its follow-up elsewhere (edited in another window) while the
    session completing it is being written: the draft still saves, no longer linked, so
    nothing typed is lost (a lock saves the draft the same way)."""
    peer_id = _planned(journal)
    (planned,) = journal.followups.open_for_peer(peer_id)
    form = make_form(follows_up_id=planned.id)
    form.session_note.edit.setPlainText("Still on nights")
    assert planned.origin_session_id is not None
    origin = journal.sessions.get(planned.origin_session_id)
    journal.sessions.save(replace(origin, followup_on=None, followup_plan=""))
    assert journal.followups.open_for_peer(peer_id) == []
    form.save_draft_now()
    (draft,) = journal.sessions.drafts()
    saved = journal.sessions.get(draft.id)
    assert saved.notes[SESSION_NOTE] == "Still on nights"
    assert saved.follows_up_id is None

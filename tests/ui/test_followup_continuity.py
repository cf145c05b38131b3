"""Follow-ups that remember, in the UI (issue 13, item 3): the last session beside a follow-up
session, the offer to complete a planned follow-up, and a completed follow-up shown as done,
with its date and a link, on the session that planned it, in the Sessions list, on the
Follow-ups page and on Today."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.session_query import SessionQuery
from peerdesk.sessions import FINISHED, SESSION_NOTE, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from ui.main_window import MainWindow
from ui.models.roles import Role
from ui.models.sessions_model import FOLLOW_UP, SessionsModel
from ui.pages.followups_page import FollowUpsPage
from ui.pages.peers_page import PeersPage
from ui.pages.sessions_page import SessionsPage
from ui.session.followup_offer import (
    CompleteOffer,
    SecondFollowUpQuestion,
    ask_second_followup,
    ask_to_complete,
)
from ui.session.last_session_summary import LastSessionSummary
from ui.session.session_detail import SessionDetail

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # the 26th in every zone from -11 to +11


def _finished(peer_id: int, **changes: object) -> Session:
    base = Session(held_on=day(3), status=FINISHED, peer_id=peer_id, contact_kind="peer_asked")
    return replace(base, **changes)  # type: ignore[arg-type]


class Story:
    """Heron's session of the 20th agreed a call on the 25th; Wren has an unrelated session."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.heron = journal.peers.add("Heron").id
        self.wren = journal.peers.add("Wren").id
        origin = journal.sessions.save(
            _finished(
                self.heron,
                held_on=day(20),
                outreach_outcome="accepted",
                ticked={"listen": ["normalised_reactions", "reflected_feelings"]},
                followup_on=day(25),
                followup_plan="short call after the night shift",
            )
        )
        assert origin.id is not None
        self.origin = origin.id
        # The session-wide "anything else" note, stored under its own key like a step's note.
        journal.conn.execute(
            "INSERT INTO notes (session_id, step, text) VALUES (?, ?, ?)",
            (origin.id, SESSION_NOTE, "prefers <b>texts</b> to calls"),
        )
        journal.sessions.save(
            _finished(self.wren, held_on=day(21), ticked={"cope": ["named_strengths"]})
        )
        (self.followup,) = journal.followups.open_for_peer(self.heron)

    def complete(self, held_on: int = 26) -> int:
        done_by = self.journal.sessions.save(
            _finished(
                self.heron,
                held_on=day(held_on),
                contact_kind="follow_up",
                follows_up_id=self.followup.id,
            )
        )
        assert done_by.id is not None
        return done_by.id


@pytest.fixture
def story(journal: Journal, clock: Clock) -> Story:
    clock.now = NOON
    return Story(journal)


# --- the last session, beside the form -----------------------------------------------------------


def test_the_summary_shows_that_peers_last_session_in_the_flows_words(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    summary = LastSessionSummary(journal)
    qtbot.addWidget(summary)
    assert summary.show_for(story.heron)
    assert summary.isVisibleTo(summary.parentWidget() or summary)
    assert summary.heading.text() == "Last time with Heron"
    text = summary.text()
    lines = text.splitlines()
    # Ticks in the flow's order, with the flow's labels (not ids); the note exactly as typed.
    listen = lines.index("2. Listen and reflect")
    assert lines[listen + 1 : listen + 3] == [
        "✓ Reflected their feelings back",
        "✓ Said their reactions are normal",
    ]
    assert "Plan: short call after the night shift" in lines
    assert "Anything else: prefers <b>texts</b> to calls" in lines
    assert "Outreach: Accepted" in lines
    assert "Wren" not in text and "Named their strengths" not in text
    assert "reflected_feelings" not in text


def test_the_summary_shows_a_session_whose_record_is_a_referral(
    qtbot: QtBot, journal: Journal
) -> None:
    """Step 6 is marked, not ticked: a referral made last time is in the summary."""
    kite = journal.peers.add("Kite").id
    journal.sessions.save(
        _finished(kite, outreach_outcome="accepted", referral_marks={"eap": "referred"})
    )
    summary = LastSessionSummary(journal)
    qtbot.addWidget(summary)
    assert summary.show_for(kite)
    lines = summary.text().splitlines()
    assert "Nothing was ticked." not in lines
    resources = lines.index("6. Connect to resources")
    assert lines[resources + 1 : resources + 3] == ["✓ Offered resources", "✓ Made a referral"]


def test_the_summary_is_only_for_a_peer_with_an_earlier_session(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    summary = LastSessionSummary(journal)
    qtbot.addWidget(summary)
    summary.show_for(story.heron)
    newcomer = journal.peers.add("Lark").id
    assert not summary.show_for(newcomer)
    assert summary.text() == "" and summary.isHidden()
    assert summary.show_for(story.wren) and "Heron" not in summary.text()
    assert not summary.show_for(None)
    assert summary.last_session is None and summary.isHidden()
    # Editing Heron's only session: there is none before it.
    assert not summary.show_for(story.heron, before=story.origin)


def test_the_summary_reads_nothing_once_the_journal_is_locked(
    qtbot: QtBot, journal: Journal, vault: Vault, story: Story
) -> None:
    summary = LastSessionSummary(journal)
    qtbot.addWidget(summary)
    assert summary.show_for(story.heron)
    summary.clear()  # what the form does when it closes for a lock
    assert summary.text() == "" and "texts" not in summary.view.toPlainText()
    vault.lock()
    assert not summary.show_for(story.heron)
    assert summary.view.toPlainText() == ""


# --- the offer -----------------------------------------------------------------------------------


def _answer_with(key: Qt.Key) -> None:
    """Press ``key`` in the question that is about to open (from inside its event loop)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_the_offer_names_the_peer_and_date_and_enter_says_yes(qtbot: QtBot, story: Story) -> None:
    box = CompleteOffer(story.followup)
    qtbot.addWidget(box)
    assert box.text() == (
        "Heron has a follow-up planned for 25 Nov 2026: complete it with this session?"
    )
    assert "short call after the night shift" in box.informativeText()
    assert box.defaultButton() is box.yes_button
    _answer_with(Qt.Key.Key_Return)
    assert ask_to_complete(story.followup) is True
    _answer_with(Qt.Key.Key_Escape)
    assert ask_to_complete(story.followup) is False


def test_an_offer_closed_by_a_lock_counts_as_no(qtbot: QtBot, story: Story) -> None:
    window = QWidget()
    window.show()

    def lock() -> None:
        window.deleteLater()  # the lock destroys the form, and its question with it

    QTimer.singleShot(0, lock)
    assert ask_to_complete(story.followup, window) is False


def test_a_second_follow_up_needs_an_explicit_yes(qtbot: QtBot, story: Story) -> None:
    box = SecondFollowUpQuestion("Heron", story.followup.due_on)
    qtbot.addWidget(box)
    assert box.text() == (
        "Heron already has a follow-up planned for 25 Nov 2026. Plan a second one?"
    )
    assert box.defaultButton() is box.back_button
    _answer_with(Qt.Key.Key_Return)
    assert ask_second_followup("Heron", story.followup.due_on) is False

    def click_second() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, SecondFollowUpQuestion)
        question.second_button.click()

    QTimer.singleShot(0, click_second)
    assert ask_second_followup("Heron", story.followup.due_on) is True


# --- done, on the session that planned it ---------------------------------------------------------


def test_the_planning_session_shows_done_with_the_date_and_a_link(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    detail = SessionDetail(journal)
    qtbot.addWidget(detail)
    detail.show_session(story.origin)
    assert "Planned for: Wednesday 25 November 2026" in detail.text()
    assert detail.completed_by is None and detail.completed_by_link.isHidden()
    done_by = story.complete()
    detail.show_session(story.origin)
    lines = detail.text().splitlines()
    assert "Follow-up: Done on Thursday 26 November 2026, in a follow-up session" in lines
    assert "Planned for: Wednesday 25 November 2026" not in lines
    assert not detail.completed_by_link.isHidden()
    with qtbot.waitSignal(detail.open_linked) as followed:
        detail.completed_by_link.click()
    assert followed.args == [done_by]
    # ... and the session that completed it links back.
    detail.show_session(done_by)
    assert "This session completed the follow-up agreed on Friday 20 November 2026." in (
        detail.text()
    )
    assert detail.planned_in == story.origin and not detail.planned_in_link.isHidden()
    assert detail.completed_by_link.isHidden()


def test_a_cancelled_follow_up_shows_as_cancelled(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    journal.followups.cancel(story.followup.id, "someone else follows up")
    detail = SessionDetail(journal)
    qtbot.addWidget(detail)
    detail.show_session(story.origin)
    assert "Follow-up: Cancelled" in detail.text()
    assert "Why: someone else follows up" in detail.text()


# --- done, in the Sessions list ------------------------------------------------------------------


def _follow_up_cell(model: SessionsModel, session_id: int) -> QModelIndex:
    rows = [r for r in range(model.rowCount()) if model.summary(r).id == session_id]
    return model.index(rows[0], FOLLOW_UP)


def test_the_list_says_done_with_the_date_instead_of_the_planned_date(
    qtbot: QtBot, qtmodeltester: ModelTester, journal: Journal, story: Story
) -> None:
    model = SessionsModel(SessionQuery(journal.conn, journal.clock))
    assert _follow_up_cell(model, story.origin).data() == "25 Nov 2026"
    story.complete()
    model.refresh()
    qtmodeltester.check(model)
    cell = _follow_up_cell(model, story.origin)
    assert cell.data() == "Done 26 Nov 2026"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "Planned for 25 Nov 2026; done in the follow-up session of 26 Nov 2026"
    )


def test_following_the_link_in_the_sessions_page_chooses_the_completing_session(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    done_by = story.complete()
    page = SessionsPage(journal, journal.clock)
    qtbot.addWidget(page)
    page.show()
    page.show_linked(story.origin)
    assert page.current_session_id() == story.origin
    page.detail.completed_by_link.click()
    assert page.current_session_id() == done_by
    assert page.detail.session_id == done_by
    assert page.current_view().currentIndex().data(Role.SESSION_ID) == done_by


def test_the_peers_timeline_says_the_follow_up_was_done(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    story.complete()
    page = PeersPage(journal, journal.clock)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(story.heron), 0))
    texts = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    assert texts[1].startswith("20 Nov 2026") and texts[1].endswith("follow-up done 26 Nov 2026")


# --- the Follow-ups page and Today ---------------------------------------------------------------


def test_the_follow_ups_page_says_a_completed_follow_up_is_done(
    qtbot: QtBot, journal: Journal, story: Story
) -> None:
    page = FollowUpsPage(journal, journal.clock)
    qtbot.addWidget(page)
    assert page.select(story.followup.id)
    assert page.complete_button.text() == "&Complete: start the follow-up session"
    story.complete()
    page.refresh()
    assert page.model.index_of(story.followup.id) == QModelIndex()
    assert page.status.text() == (
        "Done: Heron's follow-up, completed by the session of 26 November 2026."
    )


def test_a_started_follow_up_session_is_shown_and_taken_up_again(
    qtbot: QtBot, journal: Journal, vault: Vault, story: Story
) -> None:
    window = MainWindow(journal, vault, journal.clock, demo=True)
    qtbot.addWidget(window)
    # The follow-up session was started and autosaved, then left as a draft.
    draft = journal.sessions.save(
        Session(held_on=day(26), peer_id=story.heron, follows_up_id=story.followup.id)
    ).id
    today = window.today_page
    today.refresh()
    assert today.due_items()[0].text() == (
        "Heron — overdue since Wed 25 Nov, session started (a draft)"
        " — short call after the night shift"
    )
    page = window.followups_page
    page.refresh()
    page.select(story.followup.id)
    assert page.complete_button.text() == "&Complete: go on with the follow-up session (a draft)"
    again = window.start_follow_up(story.followup.id)
    assert again is not None and again.session_id == draft  # the same draft, not a second one
    again.close_for_lock()
    window.prepare_for_lock()


def test_finishing_the_follow_up_session_takes_it_off_today_and_the_follow_ups_page(
    qtbot: QtBot, journal: Journal, vault: Vault, story: Story
) -> None:
    window = MainWindow(journal, vault, journal.clock, demo=True)
    qtbot.addWidget(window)
    today = window.today_page
    assert [item.text().split(" — ")[0] for item in today.due_items()] == ["Heron"]
    form = window.start_follow_up(story.followup.id)
    assert form is not None
    with qtbot.waitSignal(form.saved):
        form.finish()
    assert journal.followups.get(story.followup.id).done_session_id == form.session_id
    assert len(today.due_items()) == 0
    assert today.due_label.text() == "No follow-ups due this week."
    page = window.followups_page
    assert page.model.index_of(story.followup.id) == QModelIndex()
    window.nav.setCurrentRow(1)  # Sessions
    sessions = window.sessions_page
    sessions.show_linked(story.origin)
    assert sessions.detail.completed_by == form.session_id

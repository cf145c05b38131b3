"""Today as a start page: "start here" on the first run, then what is due grouped, and one count.

"Due" (overdue + today + this week) is defined once in peerdesk.due; Today, the navigation badge
and the Follow-ups page must show the same number, whatever else is in the journal.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.followups import DONE
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from tests.support.windows import shown_main_window
from ui.main_window import FOLLOW_UPS, RESOURCES, SETTINGS
from ui.models.followups_model import first_day_of_week
from ui.models.roles import Role


def _agree(journal: Journal, pseudonym: str, due_on: date) -> int:
    """A finished session three weeks back agreeing a follow-up on ``due_on``; its id."""
    peer = journal.peers.find(pseudonym) or journal.peers.add(pseudonym)
    saved = journal.sessions.save(
        Session(held_on=day(5), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                followup_on=due_on, followup_plan=f"call {pseudonym}")
    )  # fmt: skip
    (made,) = [f for f in journal.followups.open() if f.origin_session_id == saved.id]
    return made.id


def test_today_the_badge_and_the_follow_ups_page_count_the_same_due(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    today = due.local_today(clock())
    assert today == day(26)
    started = _agree(journal, "Heron", day(20))  # overdue, with its session begun as a draft
    journal.sessions.save(
        Session(held_on=today, status=DRAFT, peer_id=journal.peers.find("Heron").id,  # type: ignore[union-attr]
                follows_up_id=started)
    )  # fmt: skip
    _agree(journal, "Wren", day(25))  # overdue
    _agree(journal, "Otter", today)  # today
    _agree(journal, "Lark", day(27))  # this week (Friday)
    _agree(journal, "Finch", day(28))  # this week (Saturday, whichever day the week starts on)
    last = due.end_of_week(today, first_day_of_week())  # Saturday or Sunday, by the locale
    _agree(journal, "Robin", last)  # this week: its last day
    _agree(journal, "Fern", last + timedelta(days=1))  # next week: not due yet
    done = _agree(journal, "Moss", today)  # done: not due
    journal.sessions.save(
        Session(held_on=today, status=FINISHED, peer_id=journal.peers.find("Moss").id,  # type: ignore[union-attr]
                contact_kind="follow_up", follows_up_id=done)
    )  # fmt: skip
    assert journal.followups.get(done).status == DONE
    cancelled = _agree(journal, "Ivy", day(21))  # cancelled: not due, though long past
    journal.followups.cancel(cancelled, "moved away")

    right = due.Due(overdue=2, today=1, this_week=3)
    window = shown_main_window(qtbot, journal, vault, clock)
    page = window.today_page
    assert page.counts == right
    assert {name: listing.count() for name, listing in page.groups.items()} == {
        due.OVERDUE: 2, due.DUE_TODAY: 1, due.THIS_WEEK: 3,
    }  # fmt: skip
    assert page.due_label.text().startswith("Follow-ups due: 6.")
    assert "session started" in page.groups[due.OVERDUE].item(0).text()  # the draft is said
    assert window.nav.item(FOLLOW_UPS).text() == "Follow-ups (6)"
    assert "2 overdue, 1 due today, 3 later this week" in window.nav.item(FOLLOW_UPS).toolTip()
    followups = window.followups_page
    assert followups.counts() == right
    assert followups.summary.text().startswith("6 due: 2 overdue · 1 today · 3 later this week")

    # A day later the three still agree: Otter is overdue, Lark due, Fern still next week.
    clock.now += timedelta(days=1)
    page.refresh()
    window.nav.setCurrentRow(FOLLOW_UPS)  # the badge is read again when a page is shown
    later = due.Due(overdue=3, today=1, this_week=2)
    assert page.counts == later == followups.counts()
    assert window.nav.item(FOLLOW_UPS).text() == "Follow-ups (6)"
    assert followups.summary.text().startswith("6 due:")


def test_overdue_is_marked_through_the_stylesheet_and_enter_starts_one(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    wren = _agree(journal, "Wren", day(24))
    _agree(journal, "Lark", day(28))
    window = shown_main_window(qtbot, journal, vault, clock)
    page = window.today_page
    overdue, week = page.groups[due.OVERDUE], page.groups[due.THIS_WEEK]
    assert overdue.property("due") == "overdue" and week.property("due") == "this_week"
    assert page.group_labels[due.OVERDUE].property("due") == "overdue"
    assert "overdue since" in overdue.item(0).text()  # in words too, not by colour alone
    assert page.groups[due.DUE_TODAY].isHidden()  # nothing due today: no empty box
    overdue.setFocus()
    overdue.setCurrentRow(0)
    with qtbot.waitSignal(page.follow_up, timeout=1000) as emitted:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert emitted.args == [wren] == [overdue.item(0).data(Role.FOLLOWUP_ID)]
    assert len(window.forms) == 1
    window.prepare_for_lock()


def test_first_run_shows_start_here_and_each_step_goes_somewhere(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock)
    page = window.today_page
    assert page.start_here.isVisible()
    texts = [b.text() for b in page.start_steps]
    assert any("first session" in t and "Ctrl+N" in t for t in texts)
    assert any("local resources" in t and "Ctrl+5" in t for t in texts)
    assert any("organisation" in t for t in texts)
    assert any("backups go" in t and "Ctrl+7" in t for t in texts)
    new, resources, organisation, backups = page.start_steps
    resources.click()
    assert window.nav.currentRow() == RESOURCES
    organisation.click()
    assert window.nav.currentRow() == RESOURCES
    backups.click()
    assert window.nav.currentRow() == SETTINGS
    new.click()
    assert len(window.forms) == 1
    window.prepare_for_lock()

    # Once there is a session, Today is about what is due, not about starting.
    _agree(journal, "Heron", day(28))
    page.refresh()
    assert page.start_here.isHidden()
    assert page.groups[due.THIS_WEEK].count() == 1

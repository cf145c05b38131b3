"""The follow-ups page: groups with counts, complete, snooze and cancel, by mouse and keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.followups import CANCELLED, DONE, OPEN, FollowUp
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from peerdesk.text import PLAN_MAX
from tests.conftest import Clock, day
from ui.models.followups_model import PEER, PLAN, WHEN
from ui.models.roles import Role
from ui.pages.followups_page import FollowUpsPage
from ui.session.session_form import SessionForm

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # the 26th in every zone from -11 to +11


@dataclass
class Answers:
    """Stand-ins for the page's questions: they record what was asked and answer as told."""

    date: date | None = None
    reason: str | None = "They are doing well"
    dates_asked: list[tuple[date, date]] = field(default_factory=list)
    reasons_asked: list[FollowUp] = field(default_factory=list)

    def pick_date(self, earliest: date, suggested: date) -> date | None:
        self.dates_asked.append((earliest, suggested))
        return self.date

    def ask_reason(self, item: FollowUp) -> str | None:
        self.reasons_asked.append(item)
        return self.reason


@pytest.fixture
def answers() -> Answers:
    return Answers()


def agree(journal: Journal, pseudonym: str, due_on: date, plan: str = "") -> int:
    """A finished session with a follow-up; returns the follow-up's id."""
    peer = journal.peers.find(pseudonym) or journal.peers.add(pseudonym, "pager 4411")
    saved = journal.sessions.save(
        Session(
            held_on=min(due_on, day(26)) - timedelta(days=3),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            followup_on=due_on,
            followup_plan=plan,
        )
    )
    (made,) = [f for f in journal.followups.open() if f.origin_session_id == saved.id]
    return made.id


@pytest.fixture
def ids(journal: Journal, clock: Clock) -> dict[str, int]:
    clock.now = NOON
    return {
        "heron": agree(journal, "Heron", day(20), "call after the review"),
        "wren": agree(journal, "Wren", day(25)),
        "otter": agree(journal, "Otter", day(26), "coffee"),
        "lark": agree(journal, "Lark", day(28)),  # Saturday: this week, whichever day starts it
        "fern": agree(journal, "Fern", date(2027, 1, 15)),
    }


@pytest.fixture
def make_page(
    qtbot: QtBot, journal: Journal, clock: Clock, answers: Answers
) -> Callable[[], FollowUpsPage]:
    def build() -> FollowUpsPage:
        page = FollowUpsPage(
            journal, clock, pick_date=answers.pick_date, ask_reason=answers.ask_reason
        )
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        return page

    return build


def group_texts(page: FollowUpsPage) -> list[str]:
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def rows_of(page: FollowUpsPage, bucket: str) -> list[str]:
    group = page.model.group_index(bucket)
    return [
        str(page.model.index(row, PEER, group).data()) for row in range(page.model.rowCount(group))
    ]


@pytest.mark.usefixtures("ids")
def test_groups_with_counts_and_the_badge_counts(
    make_page: Callable[[], FollowUpsPage], qtmodeltester: ModelTester
) -> None:
    page = make_page()
    qtmodeltester.check(page.model)
    assert group_texts(page) == ["Overdue (2)", "Due today (1)", "This week (1)", "Later (1)"]
    assert rows_of(page, due.OVERDUE) == ["Heron", "Wren"]
    assert rows_of(page, due.DUE_TODAY) == ["Otter"]
    assert rows_of(page, due.LATER) == ["Fern"]
    assert page.counts() == due.Due(2, 1, 1)
    assert page.summary.text() == "4 due: 2 overdue · 1 today · 1 later this week"
    overdue = page.model.group_index(due.OVERDUE)
    first = page.model.index(0, WHEN, overdue)
    assert first.data() == "6 days late (Fri 20 Nov)"
    assert page.model.index(1, WHEN, overdue).data() == "since yesterday (Wed 25 Nov)"
    assert page.model.index(0, PLAN, overdue).data() == "call after the review"
    assert first.data(Role.BUCKET) == due.OVERDUE
    # The most urgent follow-up is chosen, with what the supporter needs to reach out.
    assert page.current_followup() is not None
    assert page.detail_heading.text() == "Heron"
    assert page.detail_contact.text() == "pager 4411"
    assert "session of 17 November 2026" in page.detail_origin.text()
    assert not page.tree.isExpanded(page.model.group_index(due.LATER))


def test_complete_by_keyboard_opens_the_linked_session_and_marks_it_done(
    qtbot: QtBot,
    make_page: Callable[[], FollowUpsPage],
    journal: Journal,
    clock: Clock,
    ids: dict[str, int],
) -> None:
    page = make_page()
    assert page.select(ids["otter"])
    page.tree.setFocus()
    with qtbot.waitSignal(page.follow_up, timeout=1000) as emitted:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert emitted.args == [ids["otter"]]

    # What the main window does with the signal: a pre-filled follow-up session, linked.
    followup = journal.followups.get(ids["otter"])
    form = SessionForm(
        journal, clock, peer_id=followup.peer_id, follows_up_id=followup.id, parent=page
    )
    qtbot.addWidget(form)
    assert form.windowTitle() == "Follow-up session"
    assert form.context.peer.currentText() == "Otter"
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    done = journal.followups.get(ids["otter"])
    assert (done.status, done.done_session_id) == (DONE, saved.args[0])
    page.refresh()
    assert rows_of(page, due.DUE_TODAY) == []
    assert page.counts() == due.Due(2, 0, 1)


def test_complete_button_emits_for_the_current_follow_up(
    qtbot: QtBot, make_page: Callable[[], FollowUpsPage], ids: dict[str, int]
) -> None:
    page = make_page()
    page.select(ids["lark"])
    with qtbot.waitSignal(page.follow_up, timeout=1000) as emitted:
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [ids["lark"]]


def test_enter_on_a_group_row_toggles_it_and_emits_nothing(
    qtbot: QtBot, make_page: Callable[[], FollowUpsPage]
) -> None:
    page = make_page()
    later = page.model.group_index(due.LATER)
    page.tree.setCurrentIndex(later)
    assert not page.details.isVisible()
    with qtbot.assertNotEmitted(page.follow_up):
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.tree.isExpanded(later)


@pytest.mark.usefixtures("ids")
def test_snooze_tomorrow_and_next_week(
    make_page: Callable[[], FollowUpsPage], journal: Journal, ids: dict[str, int]
) -> None:
    page = make_page()
    assert page.snooze_tomorrow.text() == "Tomorrow (Fri 27 Nov)"
    assert page.snooze_next_week.text() == "Next week (Thu 03 Dec)"
    page.select(ids["heron"])
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.snooze_tomorrow.trigger()
    assert journal.followups.get(ids["heron"]).due_on == day(27)
    assert rows_of(page, due.THIS_WEEK) == ["Heron", "Lark"]
    assert page.current_followup() is not None
    assert page.current_followup().id == ids["heron"]  # type: ignore[union-attr]
    assert page.status.text() == "Snoozed until Friday 27 November."
    page.snooze_next_week.trigger()
    assert journal.followups.get(ids["heron"]).due_on == date(2026, 12, 3)
    assert changed == [True, True]
    # Next week is not this week: put off to it, Heron is no longer due (hostile-a s21).
    assert rows_of(page, due.THIS_WEEK) == ["Lark"]
    assert rows_of(page, due.LATER) == ["Heron", "Fern"]
    assert page.counts() == due.Due(1, 1, 1)


def test_snooze_to_a_picked_date(
    make_page: Callable[[], FollowUpsPage], journal: Journal, answers: Answers, ids: dict[str, int]
) -> None:
    page = make_page()
    page.select(ids["wren"])
    answers.date = None  # the supporter closes the calendar
    assert not page.snooze_to_picked_date()
    assert journal.followups.get(ids["wren"]).due_on == day(25)
    answers.date = date(2027, 2, 1)
    page.snooze_pick.trigger()
    assert journal.followups.get(ids["wren"]).due_on == date(2027, 2, 1)
    assert answers.dates_asked[-1] == (day(27), date(2026, 12, 3))
    assert rows_of(page, due.LATER) == ["Fern", "Wren"]
    answers.date = day(1)  # never earlier than tomorrow
    page.select(ids["wren"])
    page.snooze_to_picked_date()
    assert journal.followups.get(ids["wren"]).due_on == day(27)


def test_cancel_with_a_reason(
    make_page: Callable[[], FollowUpsPage], journal: Journal, answers: Answers, ids: dict[str, int]
) -> None:
    page = make_page()
    page.select(ids["wren"])
    answers.reason = None
    assert not page.cancel()
    assert journal.followups.get(ids["wren"]).status == OPEN
    answers.reason = "x" * (PLAN_MAX + 1)
    assert not page.cancel()
    assert "500 characters" in page.status.text()
    assert journal.followups.get(ids["wren"]).status == OPEN
    answers.reason = "Someone else is following up"
    page.cancel_button.click()
    cancelled = journal.followups.get(ids["wren"])
    assert (cancelled.status, cancelled.cancel_reason) == (CANCELLED, answers.reason)
    assert [f.peer for f in answers.reasons_asked] == ["Wren", "Wren", "Wren"]
    assert rows_of(page, due.OVERDUE) == ["Heron"]
    assert page.status.text() == "Follow-up cancelled."


def test_a_follow_up_closed_elsewhere_is_not_changed_again(
    make_page: Callable[[], FollowUpsPage], journal: Journal, ids: dict[str, int]
) -> None:
    page = make_page()
    page.select(ids["heron"])
    journal.followups.cancel(ids["heron"], "done by phone")
    assert not page.snooze_to(day(29))
    assert page.status.text() == "That follow-up is no longer open."
    assert journal.followups.get(ids["heron"]).due_on == day(20)
    assert rows_of(page, due.OVERDUE) == ["Wren"]


def test_open_the_session_it_came_from(
    qtbot: QtBot, make_page: Callable[[], FollowUpsPage], journal: Journal, ids: dict[str, int]
) -> None:
    page = make_page()
    page.select(ids["lark"])
    origin = journal.followups.get(ids["lark"]).origin_session_id
    with qtbot.waitSignal(page.open_session, timeout=1000) as emitted:
        page.origin_button.click()
    assert emitted.args == [origin]


def test_the_day_turning_moves_follow_ups_between_groups(
    make_page: Callable[[], FollowUpsPage], clock: Clock, ids: dict[str, int]
) -> None:
    page = make_page()
    assert page.counts() == due.Due(2, 1, 1)
    clock.now = NOON + timedelta(days=1)
    page.refresh()
    assert group_texts(page)[:2] == ["Overdue (3)", "Due today (0)"]
    assert page.counts() == due.Due(3, 0, 1)
    clock.now = NOON - timedelta(days=2)
    page.refresh()
    assert page.model.index_of(ids["wren"]).data(Role.BUCKET) == due.THIS_WEEK


def test_an_empty_journal_says_so(make_page: Callable[[], FollowUpsPage], clock: Clock) -> None:
    clock.now = NOON
    page = make_page()
    assert group_texts(page) == ["Overdue (0)", "Due today (0)", "This week (0)", "Later (0)"]
    assert page.counts() == due.Due()
    assert page.summary.text() == "Nothing due this week."
    assert page.empty_hint.isVisible() and "No open follow-ups" in page.empty_hint.text()
    assert not page.details.isVisible()
    assert not page.cancel() and not page.snooze_to(day(27))
    assert page.model.followup(QModelIndex()) is None
    assert page.model.index(0, 0).data(Role.FOLLOWUP_ID) is None


def test_every_control_has_an_accessible_name(make_page: Callable[[], FollowUpsPage]) -> None:
    page = make_page()
    for widget in (
        page.tree,
        page.complete_button,
        page.snooze_button,
        page.cancel_button,
        page.origin_button,
    ):
        assert widget.accessibleName()

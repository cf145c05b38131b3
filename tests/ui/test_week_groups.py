""" "This week" on the Follow-ups page and Today is the rest of the calendar week, starting on the
locale's first day of the week: Sunday in the US, Monday in Germany (hostile-a s21: "next week"
was listed under "This week", which then meant the next seven days)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from tests.support import locale
from tests.support.windows import shown_main_window
from ui.models.followups_model import FollowUpsModel, first_day_of_week
from ui.models.roles import Role

SATURDAY_NOON = datetime(2026, 11, 28, 12, 0)  # naive: local time, Saturday 28 November
SUNDAY = day(29)


def agree(journal: Journal, pseudonym: str, due_on: date) -> int:
    peer = journal.peers.add(pseudonym)
    saved = journal.sessions.save(
        Session(held_on=day(20), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                followup_on=due_on)
    )  # fmt: skip
    (made,) = [f for f in journal.followups.open() if f.origin_session_id == saved.id]
    return made.id


@pytest.mark.parametrize(
    ("country", "language", "first", "sunday_is"),
    [
        (QLocale.Country.UnitedStates, QLocale.Language.English, 7, due.LATER),  # a new week
        (QLocale.Country.Germany, QLocale.Language.German, 1, due.THIS_WEEK),  # its last day
    ],
)
def test_this_week_ends_where_the_locales_week_does(
    journal: Journal,
    clock: Clock,
    country: QLocale.Country,
    language: QLocale.Language,
    first: int,
    sunday_is: str,
) -> None:
    clock.now = SATURDAY_NOON
    sunday = agree(journal, "Heron", SUNDAY)
    with locale.default_locale(language, country):
        assert first_day_of_week() == first
        model = FollowUpsModel(journal.followups, clock)
        assert model.index_of(sunday).data(Role.BUCKET) == sunday_is
        counted = journal.followups.due_counts(day(28), first_day_of_week())
    assert counted.this_week == (1 if sunday_is == due.THIS_WEEK else 0)


def test_snoozed_to_next_week_it_leaves_today_and_the_badge(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """The hostile-a scenario on Today: Thursday 3 December, "Next week" is Thursday 10."""
    clock.now = datetime(2026, 12, 3, 12, 0)
    wren = agree(journal, "Wren", day(30))  # overdue since Monday
    window = shown_main_window(qtbot, journal, vault, clock)
    assert window.today_page.counts.total == 1
    journal.followups.snooze(wren, due.next_week(date(2026, 12, 3)))
    window.today_page.refresh()
    assert window.today_page.counts == due.Due()
    assert window.today_page.due_items() == []
    assert window.followups_page.counts() == due.Due()

from __future__ import annotations

from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED


def test_demo_data_is_complete_and_repeatable(journal: Journal) -> None:
    fill(journal, 300, seed=5)
    summary = journal.summary()
    assert summary.sessions == 300
    assert summary.peers == 60
    assert journal.followups.open()
    first = journal.sessions.page(0, 5)
    assert all(s.status == FINISHED for s in first)
    assert journal.search.run("sleep")
    assert journal.check() == []


def test_the_same_seed_gives_the_same_journal(vault, make_vault, tmp_path, keystore) -> None:
    journal, _ = vault.create()
    fill(journal, 50, seed=9)
    other = make_vault(tmp_path / "other", keystore)
    twin, _ = other.create()
    fill(twin, 50, seed=9, today=journal.clock().date())
    a = [journal.sessions.get(s.id) for s in journal.sessions.page(0, 50)]
    b = [twin.sessions.get(s.id) for s in twin.sessions.page(0, 50)]
    assert [(s.held_on, s.notes, s.events) for s in a] == [
        (s.held_on, s.notes, s.events) for s in b
    ]


def test_sessions_are_made_in_date_order(journal: Journal) -> None:
    """As in a real journal, written up after each conversation: newer notes, newer sessions."""
    fill(journal, 200, seed=5)
    by_session = [d for (d,) in journal.conn.execute("SELECT held_on FROM sessions ORDER BY id")]
    by_note = [
        d
        for (d,) in journal.conn.execute(
            "SELECT s.held_on FROM notes n JOIN sessions s ON s.id = n.session_id ORDER BY n.id"
        )
    ]
    assert len(by_session) == 200
    assert len(set(by_session)) > 20
    assert by_session == sorted(by_session)
    assert by_note == sorted(by_note)


def test_an_outreach_nobody_took_up_has_no_duration_and_offered_nothing(journal: Journal) -> None:
    fill(journal, 300, seed=5)
    sessions = [journal.sessions.get(s.id) for s in journal.sessions.page(0, 300)]
    not_reached = [s for s in sessions if s.outreach_outcome not in (None, "accepted")]
    reached = [s for s in sessions if s.outreach_outcome == "accepted"]
    assert not_reached and reached  # the demo has both
    assert all(s.duration_minutes is None for s in not_reached)
    assert all(not s.referral_marks and not s.resource_marks for s in not_reached)
    assert any(s.referral_marks for s in reached)

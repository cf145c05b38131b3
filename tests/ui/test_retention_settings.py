"""Retention settings: off by default with suggested values, asking before shredding, and the
runner that applies them at unlock and daily and rewrites the file off the GUI thread."""

from __future__ import annotations

import threading
from datetime import timedelta

from pytestqt.qtbot import QtBot

from peerdesk import retention
from peerdesk.database import connect
from peerdesk.errors import JournalBusy
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore
from peerdesk.preferences import RetentionPolicy
from peerdesk.retention import CopiesResult, RetentionResult, VacuumResult
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import FIXED_NOW, Clock
from tests.support.fakes import Confirm
from ui.background.retention_settings import DAY_MS, RetentionRunner, RetentionSettings

TODAY = FIXED_NOW.date()


def old_and_new(journal: Journal, clock: Clock) -> tuple[int, int, int]:
    peer = journal.peers.add("Sorrel", contact="pager 5512").id
    old = journal.sessions.save(
        Session(
            held_on=TODAY - timedelta(days=120),
            status=FINISHED,
            peer_id=peer,
            contact_kind="peer_asked",
            notes={"listen": "old words", "cope": "more old words"},
            followup_on=TODAY - timedelta(days=110),
            followup_plan="old plan",
        )
    )
    new = journal.sessions.save(
        Session(
            held_on=TODAY - timedelta(days=2),
            status=FINISHED,
            peer_id=peer,
            contact_kind="follow_up",
            notes={"listen": "new words"},
        )
    )
    clock.now = FIXED_NOW - timedelta(days=45)
    journal.peers.close(peer)
    clock.now = FIXED_NOW
    assert old.id is not None and new.id is not None
    return peer, old.id, new.id


def make_widget(
    qtbot: QtBot, journal: Journal, clock: Clock, confirm: Confirm
) -> RetentionSettings:
    widget = RetentionSettings(journal, clock, confirm=confirm)
    qtbot.addWidget(widget)
    return widget


def test_off_by_default_with_suggested_values(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    widget = make_widget(qtbot, journal, clock, Confirm(True))
    assert not widget.notes_on.isChecked() and not widget.contacts_on.isChecked()
    assert widget.notes_days.value() == retention.SUGGESTED_NOTES_DAYS
    assert widget.contact_days.value() == retention.SUGGESTED_CONTACT_DAYS
    assert not widget.notes_days.isEnabled() and not widget.apply_button.isEnabled()
    assert "Off" in widget.state.text() and "Suggested" in widget.state.text()
    for control in (widget.notes_on, widget.notes_days, widget.contacts_on, widget.contact_days):
        assert control.accessibleName()


def test_turning_on_asks_says_what_goes_and_what_stays_then_shreds(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    peer, old, new = old_and_new(journal, clock)
    confirm = Confirm(True)
    widget = make_widget(qtbot, journal, clock, confirm)
    widget.notes_on.setChecked(True)
    widget.contacts_on.setChecked(True)
    assert widget.apply_button.isEnabled() and widget.state.text() == "Not applied yet."
    with qtbot.waitSignal(widget.shredded) as shredded:
        result = widget.apply()
    assert isinstance(result, RetentionResult) and shredded.args == [result]
    (question,) = confirm.questions
    assert "1 session held on or before" in question and "2 notes" in question
    assert "contact details of 1 peer closed" in question
    assert "What stays" in question and "counts and reports stay the same" in question
    # Which copies shredding cannot reach is said before anything is shredded, and stays shown.
    assert widget.reach.text() in question and widget.reach.isVisibleTo(widget)
    assert "backups in another folder" in question and "copies you made yourself" in question
    assert "old words" not in question and "Sorrel" not in question
    assert journal.sessions.get(old).notes == {} and journal.sessions.get(new).notes
    assert journal.peers.get(peer).contact == ""
    assert journal.preferences.retention() == RetentionPolicy(90, 30)
    assert "Shredded 2 notes" in widget.state.text()
    assert not widget.apply_button.isEnabled()


def test_saying_no_changes_nothing(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    _peer, old, _new = old_and_new(journal, clock)
    widget = make_widget(qtbot, journal, clock, Confirm(False))
    widget.notes_on.setChecked(True)
    assert widget.apply() is None
    assert journal.sessions.get(old).notes
    assert journal.preferences.retention() == RetentionPolicy()
    assert widget.state.text() == "Nothing was changed."


def test_nothing_due_saves_without_asking(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    old_and_new(journal, clock)
    confirm = Confirm(False)
    widget = make_widget(qtbot, journal, clock, confirm)
    widget.notes_on.setChecked(True)
    widget.notes_days.setValue(400)
    result = widget.apply()
    assert result is not None and not result.changed and confirm.questions == []
    assert journal.preferences.retention() == RetentionPolicy(400, None)
    assert "notes go 400 days after a session" in widget.state.text()
    widget.notes_on.setChecked(False)  # turning off never shreds, never asks
    widget.apply()
    assert journal.preferences.retention() == RetentionPolicy()
    assert confirm.questions == []


def test_the_widget_shows_saved_settings(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    journal.preferences.set_retention(RetentionPolicy(None, 12))
    widget = make_widget(qtbot, journal, clock, Confirm(True))
    assert not widget.notes_on.isChecked() and widget.contacts_on.isChecked()
    assert widget.contact_days.value() == 12 and widget.contact_days.isEnabled()
    assert "12 days after a peer is closed" in widget.state.text()


# --- the runner ---------------------------------------------------------------------------------


def test_the_runner_applies_at_start_and_vacuums_on_another_thread(
    qtbot: QtBot, vault: Vault, keystore: KeyStore, journal: Journal, clock: Clock
) -> None:
    _peer, old, _new = old_and_new(journal, clock)
    journal.preferences.set_retention(RetentionPolicy(30, None))
    key = keystore.load(vault.read_slots().journal_id)
    assert key is not None
    threads: list[str] = []

    def job() -> VacuumResult:
        threads.append(threading.current_thread().name)
        return retention.vacuum(vault.journal_path, key)

    runner = RetentionRunner(journal, clock, job)
    with qtbot.waitSignal(runner.vacuumed, timeout=10_000) as done:
        result = runner.start()
    assert result.notes == 2
    assert isinstance(done.args[0], VacuumResult) and done.args[0].checkpointed
    assert threads == ["peerdesk-vacuum"]
    assert runner.timer.isActive() and runner.timer.interval() == DAY_MS
    assert journal.sessions.get(old).notes == {}
    assert runner.wait()
    # The daily run finds nothing new and does not rewrite the file again.
    with qtbot.assertNotEmitted(runner.vacuumed, wait=100):
        assert not runner.run_now().changed
    runner.stop()
    assert not runner.timer.isActive()


def test_a_busy_journal_is_reported_not_raised(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    def busy() -> VacuumResult:
        raise JournalBusy("busy")

    runner = RetentionRunner(journal, clock, busy)
    with qtbot.waitSignal(runner.vacuumed, timeout=5000) as done:
        runner.vacuum_later()
    assert isinstance(done.args[0], JournalBusy)
    assert runner.wait()


def test_a_vacuum_asked_for_while_one_runs_runs_once_more(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    gate = threading.Event()
    calls: list[int] = []

    def slow() -> VacuumResult:
        calls.append(1)
        gate.wait(5)
        return VacuumResult(0, 0, True)

    runner = RetentionRunner(journal, clock, slow)
    runner.vacuum_later()
    runner.vacuum_later()
    runner.vacuum_later()
    gate.set()
    assert runner.wait()
    assert len(calls) == 2


def test_the_runner_reaches_the_backups_at_every_run_even_with_nothing_new_due(
    qtbot: QtBot, vault: Vault, keystore: KeyStore, journal: Journal, clock: Clock
) -> None:
    _peer, old, _new = old_and_new(journal, clock)
    backup = vault.backup().path  # made before shredding: holds the old words
    journal.preferences.set_retention(RetentionPolicy(30, None))
    assert retention.apply_retention(journal, clock).changed  # the journal is done already
    runner = RetentionRunner(journal, clock, vault.vacuum_job(), copies=vault.copies_job())
    with (
        qtbot.waitSignal(runner.copies_reached, timeout=10_000) as reached,
        qtbot.assertNotEmitted(runner.vacuumed, wait=100),
    ):
        assert not runner.run_now().changed
    assert runner.wait()
    assert isinstance(reached.args[0], CopiesResult) and reached.args[0].shredded == (backup,)
    key = keystore.load(vault.read_slots().journal_id)
    assert key is not None
    conn = connect(backup, key)
    try:
        left = conn.execute("SELECT count(*) FROM notes WHERE session_id = ?", (old,)).fetchone()
    finally:
        conn.close()
    assert left == (0,)

"""The one task primitive: progress, result, known error, bug, cancel, and the GUI thread.

Plus the promise that it is the only way ``ui/`` starts threads (the note search keeps its own
runner, see ui/background/search_runner.py).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.errors import StorageFull
from ui.background.background_job import BackgroundJob, JobControl, JobSlot
from ui.system.crash import CRASH_LOG, install_crash_handler

WAIT_MS = 10_000
UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture
def owner(qtbot: QtBot) -> QObject:
    """The object the news is for (a dialog, a runner)."""
    return QObject()


def _on_gui_thread(qapp: QApplication) -> bool:
    return QThread.currentThread() is qapp.thread() and threading.current_thread() is (
        threading.main_thread()
    )


def test_progress_then_the_result_arrive_on_the_gui_thread_and_may_touch_widgets(
    qtbot: QtBot, qapp: QApplication, owner: QObject
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    worker_threads: list[str] = []
    where: list[tuple[str, bool]] = []

    def work(control: JobControl) -> int:
        worker_threads.append(threading.current_thread().name)
        for percent in (10, 50, 90):
            control.progress(percent, "copying")
        return 42

    job = BackgroundJob(work, name="peerdesk-test-job", owner=owner)
    job.progressed.connect(lambda p, s: where.append((f"{s} {p}", _on_gui_thread(qapp))))
    job.progressed.connect(lambda p, _s: label.setText(str(p)))  # a widget, from the receiver
    job.ended.connect(lambda: where.append(("ended", _on_gui_thread(qapp))))
    job.succeeded.connect(lambda r: where.append((f"result {r}", _on_gui_thread(qapp))))
    # A direct connection runs its receiver in the emitting thread: the job emits on the GUI
    # thread only, whatever connection a receiver asks for.
    direct = Qt.ConnectionType.DirectConnection
    job.progressed.connect(lambda _p, _s: where.append(("direct", _on_gui_thread(qapp))), direct)
    job.ended.connect(lambda: where.append(("direct", _on_gui_thread(qapp))), direct)
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as done:
        job.start()
        assert job.running
    assert done.args == [42]
    assert worker_threads == ["peerdesk-test-job"]  # the work ran elsewhere
    assert [entry for entry in where if entry[0] != "direct"] == [
        ("copying 10", True),
        ("copying 50", True),
        ("copying 90", True),
        ("ended", True),
        ("result 42", True),
    ]
    assert [entry for entry in where if entry[0] == "direct"] == [("direct", True)] * 4
    assert label.text() == "90"
    assert not job.running and job.wait(5)


def test_a_known_error_is_failed_for_the_caller_to_word(qtbot: QtBot, owner: QObject) -> None:
    def work(_control: JobControl) -> None:
        raise StorageFull("the disk is full")

    job = BackgroundJob(work, name="peerdesk-test-job", owner=owner)
    with (
        qtbot.assertNotEmitted(job.succeeded),
        qtbot.assertNotEmitted(job.cancelled),
        qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed,
    ):
        job.start()
    assert isinstance(failed.args[0], StorageFull)


def test_a_bug_is_raised_on_the_gui_thread_for_the_crash_handler_never_swallowed(
    qtbot: QtBot, qapp: QApplication, owner: QObject
) -> None:
    class Bug(Exception):
        pass

    def work(_control: JobControl) -> None:
        raise Bug("not a PeerDeskError")

    ended_on_gui: list[bool] = []
    job = BackgroundJob(work, name="peerdesk-test-job", owner=owner)
    job.ended.connect(lambda: ended_on_gui.append(_on_gui_thread(qapp)))
    with (
        qtbot.capture_exceptions() as raised,
        qtbot.assertNotEmitted(job.failed),
        qtbot.assertNotEmitted(job.succeeded),
        qtbot.waitSignal(job.ended, timeout=WAIT_MS),
    ):
        job.start()
    assert ended_on_gui == [True]
    assert len(raised) == 1
    kind, exc, _tb = raised[0]
    assert kind is Bug and str(exc) == "not a PeerDeskError"


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_job_reaches_the_crash_dialog_without_journal_text(
    qtbot: QtBot, owner: QObject, tmp_path: Path
) -> None:
    marker = "PSEUDONYM-IN-A-BUG-7c1f"

    def write_the_note_for_test(_control: JobControl) -> None:
        raise ValueError(f"cannot store {marker}")

    shown: list[str] = []
    handler = install_crash_handler(tmp_path / "logs", shown.append)
    try:
        job = BackgroundJob(write_the_note_for_test, name="peerdesk-test-job", owner=owner)
        with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
            job.start()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_MS)
    finally:
        handler.uninstall()
    assert "ValueError" in shown[0] and "write_the_note_for_test" in shown[0]
    assert marker not in shown[0]
    assert marker not in (tmp_path / "logs" / CRASH_LOG).read_text()


def test_cancel_is_cooperative_the_work_stops_at_its_next_check(
    qtbot: QtBot, owner: QObject
) -> None:
    reached = threading.Event()
    steps: list[int] = []
    interrupted: list[bool] = []

    def work(control: JobControl) -> str:
        for step in range(1000):
            steps.append(step)
            if step == 3:
                reached.set()
                control.cancel_event.wait(WAIT_MS / 1000)  # the GUI thread cancels meanwhile
            control.stop_if_cancelled()
        return "finished"

    job = BackgroundJob(
        work, name="peerdesk-test-job", owner=owner, interrupt=lambda: interrupted.append(True)
    )
    with (
        qtbot.assertNotEmitted(job.succeeded),
        qtbot.waitSignal(job.cancelled, timeout=WAIT_MS),
    ):
        job.start()
        assert reached.wait(WAIT_MS / 1000)
        job.cancel()
        assert job.cancel_requested
    assert steps == [0, 1, 2, 3]
    assert interrupted == [True]
    assert job.wait(5)


def test_a_core_modules_own_cancelled_counts_as_cancelled(qtbot: QtBot, owner: QObject) -> None:
    class Stopped(Exception):
        pass

    def work(control: JobControl) -> None:
        control.cancel_event.wait(WAIT_MS / 1000)
        raise Stopped

    job = BackgroundJob(work, name="peerdesk-test-job", owner=owner, cancelled_by=(Stopped,))
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        job.start()
        job.cancel()


def test_work_past_its_last_check_still_delivers_its_result(qtbot: QtBot, owner: QObject) -> None:
    go = threading.Event()

    def work(_control: JobControl) -> str:
        go.wait(WAIT_MS / 1000)
        return "done anyway"

    job = BackgroundJob(work, name="peerdesk-test-job", owner=owner)
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as done:
        job.start()
        job.cancel()
        go.set()
    assert done.args == ["done anyway"]


def test_a_job_runs_once(qtbot: QtBot, owner: QObject) -> None:
    job = BackgroundJob(lambda _c: None, name="peerdesk-test-job", owner=owner)
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS):
        job.start()
    with pytest.raises(RuntimeError):
        job.start()


def test_once_its_owner_is_deleted_a_job_tells_nothing_but_a_bug(qtbot: QtBot) -> None:
    class Bug(Exception):
        pass

    go = threading.Event()
    told: list[str] = []

    def fine(_control: JobControl) -> str:
        go.wait(WAIT_MS / 1000)
        return "late"

    def buggy(_control: JobControl) -> None:
        go.wait(WAIT_MS / 1000)
        raise Bug("still reported")

    dialog = QLabel()  # a widget the receivers touch
    late = BackgroundJob(fine, name="peerdesk-test-job", owner=dialog)
    bug = BackgroundJob(buggy, name="peerdesk-test-job", owner=dialog)
    for job in (late, bug):
        job.ended.connect(lambda: told.append(dialog.text()))
        job.succeeded.connect(lambda _r: told.append(dialog.text()))
        job.start()
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT_MS):
        dialog.deleteLater()
    with qtbot.capture_exceptions() as raised:
        go.set()
        assert late.wait(WAIT_MS / 1000) and bug.wait(WAIT_MS / 1000)
        qtbot.waitUntil(lambda: not late.running and not bug.running, timeout=WAIT_MS)
    assert told == []
    assert [kind for kind, _exc, _tb in raised] == [Bug]


_STARTS_A_THREAD = re.compile(r"\b(QThread|QThreadPool|QRunnable|threading\.Thread)\b")


def test_the_job_module_is_the_only_place_in_ui_that_starts_threads() -> None:
    allowed = {
        UI / "background" / "background_job.py",
        UI / "background" / "search_runner.py",  # cancel-and-replace on one connection
    }
    found = sorted(
        f"{path.relative_to(UI)}:{number}"
        for path in UI.rglob("*.py")
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _STARTS_A_THREAD.search(line)
    )
    assert found == []


def test_every_long_job_is_a_background_job() -> None:
    users = {
        "backup": UI / "background" / "backup_scheduler.py",
        "restore": UI / "gates" / "restore_dialog.py",
        "rescue": UI / "gates" / "damage_dialog.py",
        "re-key": UI / "lifecycle.py",
        "backups made before a re-key": UI / "dialogs" / "old_backups_dialog.py",
        "integrity check": UI / "background" / "integrity_runner.py",
        "retention": UI / "background" / "retention_settings.py",
    }
    assert [job for job, path in users.items() if "BackgroundJob(" not in path.read_text()] == []


def test_a_job_slot_keeps_the_newest_job_and_tells_when_none_is_left(
    qtbot: QtBot, owner: QObject
) -> None:
    idle: list[bool] = []
    slot = JobSlot(when_idle=lambda: idle.append(slot.busy))
    first_may_end = threading.Event()
    first = BackgroundJob(lambda _c: first_may_end.wait(WAIT_MS / 1000), name="first", owner=owner)
    slot.start(first)
    assert slot.busy and slot.job is first
    assert slot.forget() is first  # stopped waiting for it: its news still arrives
    second_may_end = threading.Event()
    second = BackgroundJob(
        lambda _c: second_may_end.wait(WAIT_MS / 1000), name="second", owner=owner
    )
    slot.start(second)
    with qtbot.waitSignal(first.ended, timeout=WAIT_MS):
        first_may_end.set()
    assert slot.job is second and idle == []  # the older job ending leaves the newer one kept
    with qtbot.waitSignal(second.ended, timeout=WAIT_MS):
        second_may_end.set()
    assert slot.job is None and idle == [False]

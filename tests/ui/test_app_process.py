"""The app as a process: a killed app keeps its draft; a demo run leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.ui.draft_child import FOLLOW_UP_AFTER_DAYS, NEW_PEER, PLAN, TEXT
from tests.ui.process_lines import lines_of, wait_for

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path / "tmp"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


@pytest.mark.slow
def test_a_draft_survives_the_app_being_killed_and_is_offered_again(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    vault = Vault(data_dir, KeyStore(MemoryKeyring()), kdf_cost=FAST)
    vault.create(passphrase="correct horse battery")
    vault.lock()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/ui/draft_child.py"), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("correct horse battery\n")
        child.stdin.close()
        line = child.stdout.readline()  # blocks until the autosave has committed
        assert line.startswith("saved "), line
        draft_id = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    journal = vault.unlock_with_passphrase("correct horse battery")
    drafts = journal.sessions.drafts()
    assert [d.id for d in drafts] == [draft_id]  # offered again on Today
    draft = journal.sessions.get(draft_id)
    assert draft.notes["listen"] == TEXT
    # The new peer's pseudonym and the follow-up agreed were saved with the first autosave.
    assert (draft.peer_id, draft.new_peer) == (None, NEW_PEER)
    assert draft.followup_on == draft.held_on + timedelta(days=FOLLOW_UP_AFTER_DAYS)
    assert draft.followup_plan == PLAN
    assert drafts[0].peer == NEW_PEER  # Today names the draft's peer
    assert journal.check() == []
    vault.lock()


@pytest.mark.slow
def test_the_demo_opens_and_leaves_nothing_on_disk(tmp_path: Path) -> None:
    env = _env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--demo", "--demo-sessions", "60",
         "--exit-when-ready"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "journal unlocked" in result.stderr  # it really opened the demo journal
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.slow
def test_a_killed_demo_leaves_no_folder_after_the_next_start(tmp_path: Path) -> None:
    env = _env(tmp_path)
    demo = [sys.executable, "-m", "ui.launcher", "--demo", "--demo-sessions", "5"]
    with subprocess.Popen(
        demo, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    ) as killed:
        try:
            assert killed.stderr is not None
            wait_for(lines_of(killed.stderr), "journal unlocked")  # the demo journal is made
            left = list((tmp_path / "tmp").iterdir())
            assert [p.name[:14] for p in left] == ["peerdesk-demo-"]
        finally:
            killed.send_signal(signal.SIGKILL)
            killed.wait(timeout=30)
    assert left[0].is_dir()  # what a killed demo leaves behind
    result = subprocess.run(
        [*demo, "--exit-when-ready"], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "removed 1 demo folder(s)" in result.stderr
    assert list((tmp_path / "tmp").iterdir()) == []


# What opening the app must not load: the headless commands, the report and insights code,
# printing (and Qt's print support), the pages not shown first and the session form.
NOT_AT_START = (
    "peerdesk.commands.backup", "peerdesk.commands.doctor", "peerdesk.commands.export_report",
    "peerdesk.commands.new_recovery_code", "peerdesk.commands.resources",
    "peerdesk.commands.restore", "ui.handout_command", "peerdesk.report", "peerdesk.insights",
    "PySide6.QtPrintSupport", "ui.printing", "ui.dialogs.report_dialog",
    "ui.dialogs.program_totals_dialog", "ui.pages.sessions_page", "ui.pages.followups_page",
    "ui.pages.peers_page", "ui.pages.resources_page", "ui.pages.insights_page",
    "ui.pages.settings_page", "ui.session", "ui.models.sessions_model",
    # the desktop's screen-lock watch (once the window is on screen), old backups and the rescue
    # of a damaged journal (when first wanted); the Qt classes that only a screen reader's
    # announcement needs (PySide makes a class when it is first used)
    "PySide6.QtDBus", "peerdesk.old_backups", "peerdesk.salvage", "PySide6.QtGui.QAccessible",
    # widget classes the first screen never uses: a style that overrides polish() sees every
    # widget, and PySide then made some fifty classes at start (0.8 MB)
    "PySide6.QtWidgets.QMdiArea", "PySide6.QtWidgets.QCalendarWidget",
    "PySide6.QtWidgets.QFontDialog", "PySide6.QtWidgets.QColorDialog",
)  # fmt: skip


@pytest.mark.slow
def test_opening_the_app_loads_no_command_report_printing_or_hidden_page(tmp_path: Path) -> None:
    """``peerdesk`` run to its first screen and closed, as a process: every module it imported
    and every Qt class it made is listed at exit. (The demo journal: its key is in memory, the
    rest of the path is the everyday one.)"""
    code = (
        "import atexit, sys\n"
        "def made():\n"
        "    qt = ('PySide6.QtGui', 'PySide6.QtWidgets')\n"
        "    classes = [f'{m}.{n}' for m in qt if m in sys.modules for n in vars(sys.modules[m])]\n"
        "    print(' '.join(sorted([*sys.modules, *classes])))\n"
        "atexit.register(made)\n"
        "sys.argv[1:] = ['--demo', '--demo-sessions', '60', '--exit-when-ready']\n"
        "from ui.launcher import main\n"
        "sys.exit(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = set(result.stdout.split())
    assert {"ui.main_window", "ui.pages.today_page", "peerdesk.journal"} <= loaded  # it started
    assert "PySide6.QtWidgets.QListWidget" in loaded  # the classes it made are listed
    found = sorted(m for m in loaded if m.startswith(NOT_AT_START))
    assert found == []

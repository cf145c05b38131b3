"""The app's own files (crash log, demo folder, journal, window geometry) are private from the
moment they exist, started with umask 0: read from strace, as in ``tests/core/test_file_modes``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_file_modes import SYSCALLS, created

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")


def traced(tmp_path: Path, args: list[str], make: tuple[Path, ...] = ()) -> list[tuple[str, int]]:
    """Run ``python ARGS`` under strace with umask 0 and every standard folder in tmp_path."""
    root = tmp_path / "root"
    root.mkdir(mode=0o700)
    for folder in make:
        folder.mkdir(mode=0o700)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "TMPDIR"):
        env[name] = str(root / name.lower())
    (root / "tmpdir").mkdir(mode=0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    logs = tmp_path / "trace"
    done = subprocess.run(
        [
            "strace",
            "-ff",
            "-ttt",
            "-qq",
            "-e",
            f"trace={SYSCALLS}",
            "-o",
            str(logs),
            sys.executable,
            *args,
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        umask=0,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # One log per thread (no lines cut in two by another thread), merged in time order.
    lines = [line for log in tmp_path.glob("trace.*") for line in log.read_text().splitlines()]
    lines.sort(key=lambda line: float(line.split(" ", 1)[0]))
    return created("\n".join(lines), root)


@pytest.mark.slow
def test_the_app_creates_nothing_readable_by_others(tmp_path: Path) -> None:
    made = traced(
        tmp_path, ["-m", "ui.launcher", "--demo", "--demo-sessions", "30", "--exit-when-ready"]
    )
    names = {Path(path).name for path, _mode in made}
    assert {"crash.log", ".journal.db.new", "journal.db-wal", ".peerdesk.lock"} <= names
    assert [(path, oct(mode)) for path, mode in made if mode & 0o077] == []


WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from ui.system.window_state import WindowState
app = QApplication([])
WindowState(Path(sys.argv[1])).save(QWidget())
"""


def test_the_window_geometry_file_is_private_from_creation(tmp_path: Path) -> None:
    made = traced(tmp_path, ["-c", WINDOW, str(tmp_path / "root" / "config")])
    assert any(path.endswith("/window.ini") for path, _mode in made)
    # Qt's own lock file beside it holds no settings; the app's umask (077) covers it.
    ours = [(path, oct(mode)) for path, mode in made if not path.endswith(".lock")]
    assert [(path, mode) for path, mode in ours if int(mode, 8) & 0o077] == []
    assert (tmp_path / "root" / "config" / "window.ini").stat().st_mode & 0o777 == 0o600


REPORT = """
import sys
from datetime import date
from pathlib import Path
from peerdesk import report
from peerdesk.database import connect
from peerdesk.insights import Period, compute
from peerdesk.schema import migrate
from ui.printing.report_pdf import save_report_pdf_headless
conn = connect(Path(sys.argv[1]) / "scratch.db", bytes(32), create=True)
migrate(conn)
insights = compute(conn, Period.parse("2026-01", "2026-11"), date(2026, 11, 26))
save_report_pdf_headless(Path(sys.argv[1]) / "report.pdf", report.build(insights))
"""


def test_a_report_pdf_is_private_from_creation(tmp_path: Path) -> None:
    folder = tmp_path / "root" / "exports"
    made = traced(tmp_path, ["-c", REPORT, str(folder)], make=(folder,))
    assert any(path.endswith(".tmp") for path, _mode in made)  # written beside, then renamed
    assert [(path, oct(mode)) for path, mode in made if mode & 0o077] == []
    assert (folder / "report.pdf").stat().st_mode & 0o777 == 0o600

"""The running app has core dumps off, and a hard crash still reaches the crash log."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_process import allow_core_dumps, core_limit, env, umask
from ui.system.crash import CRASH_LOG

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")


@pytest.mark.slow
def test_the_running_app_has_core_dumps_off(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--demo", "--demo-sessions", "20"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**env(), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
        cwd=tmp_path,
        preexec_fn=allow_core_dumps,
        umask=0,
    )
    try:
        assert child.stderr is not None
        for line in child.stderr:  # stays up with the demo journal open until we stop it
            if "journal unlocked" in line:
                break
        else:
            raise AssertionError("the app never opened its journal")
        seen = core_limit(child.pid), umask(child.pid)
    finally:
        child.kill()
        child.wait()
        if child.stderr is not None:
            child.stderr.close()
    assert seen == (["0", "0"], "0077")


def test_a_hard_crash_is_logged_with_core_dumps_off(tmp_path: Path) -> None:
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from peerdesk.process import protect_process\n"
        "protect_process()\n"
        "from ui.system.crash import install_crash_handler\n"
        "install_crash_handler(Path(sys.argv[1]), lambda r: None)\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "logs")],
        env=env(),
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
        preexec_fn=allow_core_dumps,
    )
    assert done.returncode == -signal.SIGSEGV
    logged = (tmp_path / "logs" / CRASH_LOG).read_text()
    assert "Fatal Python error: Segmentation fault" in logged and "<module>" in logged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs"]  # and no core file

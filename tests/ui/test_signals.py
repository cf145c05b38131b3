"""SIGTERM always ends the app: with the crash dialog up before the event loop runs, with a modal
open in the loop, and with the real app showing a known error over a read-only data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.read_only import read_only_view
from tests.ui.process_lines import ENDS_WITHIN, lines_of, wait_for

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


@pytest.mark.parametrize("mode", ["crash-at-start", "modal"])
def test_sigterm_ends_the_app_with_a_dialog_open(tmp_path: Path, mode: str) -> None:
    with subprocess.Popen(
        [sys.executable, str(ROOT / "tests/ui/signal_child.py"), mode, str(tmp_path / "logs")],
        env=_env(tmp_path), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None and child.stderr is not None
            out = lines_of(child.stdout)
            wait_for(out, "shown")
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=ENDS_WITHIN)
            err = child.stderr.read()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    if mode == "crash-at-start":
        assert child.returncode == 1  # the bug ends the process once its dialog is closed
        assert "hit an unexpected RuntimeError" in err
    else:
        assert child.returncode == 0, err
        assert "Traceback" not in err


@pytest.mark.slow
def test_a_read_only_data_folder_shows_a_known_error_and_sigterm_ends_the_app(
    tmp_path: Path,
) -> None:
    vault = Vault(tmp_path / "data", KeyStore(MemoryKeyring()), kdf_cost=FAST)
    vault.create(passphrase="correct horse battery")
    vault.lock()
    with read_only_view(vault.data_dir, tmp_path / "mnt") as mounted, subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(mounted)],
        env=_env(tmp_path), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True,
    ) as child:  # fmt: skip
        try:
            assert child.stderr is not None
            err = lines_of(child.stderr)
            seen = wait_for(err, "the journal did not open")
            assert "folder_not_writable" in seen[-1], seen
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=ENDS_WITHIN)
            rest = []
            while (line := err.get(timeout=ENDS_WITHIN)) != "":
                rest.append(line)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    text = "".join(seen + rest)
    assert child.returncode == 0, text
    assert "Traceback" not in text and "unexpected" not in text

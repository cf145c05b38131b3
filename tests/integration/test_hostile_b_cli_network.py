"""Every command of the command line opens no internet socket (README: "PeerDesk opens no network
connection"; assets/threat-model.md, "The internet"). tests/integration/test_no_network.py
watches the whole app; this watches each headless command the README lists, run as the
supporter runs it (``peerdesk --data-dir DIR COMMAND``), with the real Secret Service, under
``strace -f -e trace=network``: only local (AF_UNIX) sockets, the D-Bus one among them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.keystore import KeyStore
from peerdesk.vault import Vault
from tests.support import network_guard as ng
from tests.support.factories import add_sessions

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PEERDESK = [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]
ROOT = Path(__file__).resolve().parents[2]


def _commands(out: Path) -> dict[str, list[str]]:
    return {
        "doctor": ["doctor"],
        "backup": ["backup", str(out)],
        "resources list": ["resources", "list"],
        "resources export": ["resources", "export", str(out / "r.json")],
        "resources import": ["resources", "import", str(out / "r.json")],
        "handout": ["handout", "--out", str(out / "h.pdf"), "--category", "crisis_line"],
        "report csv": ["export-report", "--from", "2026-01", "--to", "2026-12", "--out",
                       str(out / "r.csv")],
        "report pdf": ["export-report", "--from", "2026-01", "--to", "2026-12", "--out",
                       str(out / "r.pdf")],
        "help": ["--help"],
        "version": ["--version"],
    }  # fmt: skip


def test_no_command_opens_an_internet_socket(real_keystore: KeyStore, tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: apt install strace; .ci/run installs it)")
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    vault = Vault(data, real_keystore)
    journal, _code = vault.create()
    add_sessions(journal, 6)
    journal_id = vault.read_slots().journal_id
    vault.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    try:
        seen: dict[str, list[ng.Attempt]] = {}
        for name, argv in _commands(out).items():
            trace = tmp_path / f"{name.replace(' ', '-')}.trace"
            done = subprocess.run(
                ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace), *PEERDESK,
                 "--data-dir", str(data), *argv],
                env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
            assert done.returncode == 0, (name, done.stderr[-2000:])
            seen[name] = ng.strace_attempts(trace.read_text().splitlines(), env)
        forbidden = {n: [a for a in found if a.kind in ng.FORBIDDEN] for n, found in seen.items()}
        assert {n: f for n, f in forbidden.items() if f} == {}
        other = {n: [a for a in found if a.kind == ng.OTHER] for n, found in seen.items()}
        assert {n: f for n, f in other.items() if f} == {}
        assert any(a.kind == ng.DBUS for a in seen["doctor"])  # the keyring, over D-Bus
    finally:
        real_keystore.delete(journal_id)

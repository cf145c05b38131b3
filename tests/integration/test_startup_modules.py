"""The everyday start, as a process: a journal that opens with the key in the Secret Service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.keystore import KeyStore
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.ui.test_app_process import NOT_AT_START

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]

# Beyond what no start loads (tests/ui/test_app_process.py, where the demo makes its journal and
# so needs the resource pack and the country's module): what only making a journal needs.
NOT_AT_AN_EVERYDAY_START = (
    *NOT_AT_START, "peerdesk.resource_defaults", "peerdesk.resource_files",
    "ui.widgets.country_choice",
)  # fmt: skip


def test_opening_a_keyring_journal_loads_only_what_its_first_screen_needs(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    vault.create()
    forget_entries.append(vault.read_slots().journal_id)
    vault.lock()
    code = (
        "import atexit, sys\n"
        "def made():\n"
        "    qt = ('PySide6.QtGui', 'PySide6.QtWidgets')\n"
        "    classes = [f'{m}.{n}' for m in qt if m in sys.modules for n in vars(sys.modules[m])]\n"
        "    print(' '.join(sorted([*sys.modules, *classes])))\n"
        "atexit.register(made)\n"
        f"sys.argv[1:] = ['--data-dir', {str(tmp_path / 'data')!r}, '--exit-when-ready']\n"
        "from ui.launcher import main\n"
        "sys.exit(main())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "journal unlocked" in result.stderr  # with the key from the Secret Service
    loaded = set(result.stdout.split())
    assert {"ui.main_window", "ui.pages.today_page", "keyring.backends.SecretService"} <= loaded
    assert sorted(m for m in loaded if m.startswith(NOT_AT_AN_EVERYDAY_START)) == []

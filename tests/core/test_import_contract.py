"""The core never imports Qt or the ui package (napari's rule), checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import peerdesk


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(peerdesk.__path__, "peerdesk.")]
    modules.remove("peerdesk.__main__")
    assert "peerdesk.vault" in modules
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "roots = ('PySide6', 'shiboken6', 'ui')\n"
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

"""PySide's import hook answers the same question without keeping module sources in memory."""

from __future__ import annotations

import linecache
import subprocess
import sys
import types
from pathlib import Path

from ui.system.qt_import_hook import stop_source_caching

FEATURE = "shibokensupport.feature"


def test_the_check_gives_the_same_answers_without_filling_linecache(tmp_path: Path) -> None:
    assert stop_source_caching()  # the PySide in use has the hook
    assert stop_source_caching()  # a second call changes nothing
    check = sys.modules[FEATURE]._mod_uses_pyside  # type: ignore[attr-defined]
    uses = tmp_path / "uses_qt.py"
    uses.write_text("from PySide6.QtCore import QTimer\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n", encoding="utf-8")
    modules = {}
    for path in (uses, plain):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        modules[path.stem] = module
    linecache.clearcache()
    assert check(modules["uses_qt"]) is True
    assert check(modules["plain"]) is False
    assert check(sys) is False  # a built-in module: PySide's own check answers
    assert str(uses) not in linecache.cache and str(plain) not in linecache.cache


def _sources_kept_by_later_imports(change: bool) -> list[str]:
    """In a fresh interpreter: load Qt, maybe change the hook, import more; what linecache got."""
    child = (
        "import linecache, sys\n"
        "import PySide6.QtCore\n"
        "from ui.system.qt_import_hook import stop_source_caching\n"
        f"assert stop_source_caching() if {change} else True\n"
        "before = set(linecache.cache)\n"
        "import argparse, csv, email.parser, peerdesk.insights\n"
        "print('\\n'.join(sorted(set(linecache.cache) - before)))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return found.split()


def test_modules_imported_after_qt_leave_no_source_in_memory() -> None:
    kept = _sources_kept_by_later_imports(change=False)
    assert any("/peerdesk/" in path for path in kept)  # PySide's own check keeps them
    assert _sources_kept_by_later_imports(change=True) == []

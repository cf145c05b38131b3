"""The tests keep STYLE.md convention 18: no sleeps, no private attributes, no patched constants.

Every test file under ``tests/`` is read as Python (not run) and these are looked for:

- ``sleep``: ``time.sleep(...)`` or a fixed ``qtbot.wait(...)`` / ``QTest.qWait(...)``; tests wait
  with ``qtbot.waitUntil`` / ``qtbot.waitSignal`` (with a timeout) or move an injected clock;
- ``private``: reading ``something._name`` (not ``self._name`` in the test's own classes), or
  patching ``"module._name"``;
- ``constant``: ``monkeypatch.setattr(module, "NAME", ...)`` or ``"module.NAME"`` in capitals.

What is left is listed in :data:`ALLOWED` with the reason it cannot go; an entry that no longer
matches anything fails too, so the list only shrinks. Every test file is read, the session
form's too.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
NOT_READ: tuple[str, ...] = ()  # none: a file left out would hide what it does
PUBLIC_UNDERSCORE = {"os._exit", "sys._getframe"}  # documented, public stdlib calls

# (file under tests/, kind, the code as ast.unparse gives it) -> why it stays
ALLOWED: dict[tuple[str, str, str], str] = {
    ("core/test_fault_injection.py", "sleep", "time.sleep(seconds)"): (
        "a kill trial: SIGKILL lands on a real child process part-way through its writes, at a"
        " moment picked in wall time"
    ),
    ("core/test_backups.py", "constant", "schema.MIGRATIONS"): (
        "a migration added for the test; needs a migrations seam in Vault, which schema"
        " version 3 did not bring: still to do"
    ),
    ("core/test_backups.py", "constant", "schema.CURRENT_VERSION"): (
        "as schema.MIGRATIONS: the version that goes with the added migration"
    ),
    ("integration/test_atspi.py", "sleep", "time.sleep(0.05)"): (
        "polls, with a deadline, the AT-SPI registry for the app child, another process that"
        " embeds itself when the bridge gets round to it; still to do: wait on the registry's"
        " ChildrenChanged signal over D-Bus instead"
    ),
    ("ui/test_qt_import_hook.py", "private", "sys.modules[FEATURE]._mod_uses_pyside"): (
        "the object under test is PySide's own private hook, which ui/system/qt_import_hook.py"
        " replaces; the test checks the replacement answers as PySide's would"
    ),
}


def _files() -> list[Path]:
    skipped = {p for pattern in NOT_READ for p in TESTS.glob(pattern)}
    return sorted(p for p in TESTS.rglob("*.py") if p not in skipped)


def _patched_name(call: ast.Call) -> tuple[str, str] | None:
    """What ``monkeypatch.setattr(...)`` replaces, as (shown, attribute name)."""
    args = call.args
    if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
        return args[0].value, args[0].value.rpartition(".")[2]
    if len(args) > 1 and isinstance(args[1], ast.Constant) and isinstance(args[1].value, str):
        return f"{ast.unparse(args[0])}.{args[1].value}", args[1].value
    return None


def findings(source: str, filename: str = "<test>") -> list[tuple[str, str]]:
    """(kind, code) for every sleep, private read and patched constant in ``source``."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Attribute):
            name = node.attr
            private = name.startswith("_") and not name.startswith("__")
            own = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            code = ast.unparse(node)
            if private and not own and code not in PUBLIC_UNDERSCORE:
                found.append(("private", code))
        elif isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            if called in ("time.sleep", "sleep", "QTest.qWait") or called.endswith("qtbot.wait"):
                found.append(("sleep", ast.unparse(node)))
            elif called.endswith("monkeypatch.setattr"):
                patched = _patched_name(node)
                if patched is None:
                    continue
                shown, name = patched
                if name.startswith("_") and not name.startswith("__"):
                    found.append(("private", shown))
                elif name.isupper():
                    found.append(("constant", shown))
    return found


def test_the_scanner_sees_each_kind() -> None:
    source = (
        "import time\n"
        "def test_x(qtbot, monkeypatch, page, module):\n"
        "    time.sleep(0.1)\n"
        "    qtbot.wait(50)\n"
        "    qtbot.waitUntil(lambda: True, timeout=100)\n"
        "    page._run_search()\n"
        "    monkeypatch.setattr(module, 'LIMIT', 2)\n"
        "    monkeypatch.setattr('peerdesk.keystore._recorded_backend', None)\n"
        "    monkeypatch.setattr(module, 'run', None)\n"
        "    os._exit(0)\n"
        "class Fake:\n"
        "    def go(self):\n"
        "        return self._state\n"
    )
    assert sorted(findings(source)) == sorted(
        [
            ("sleep", "time.sleep(0.1)"),
            ("sleep", "qtbot.wait(50)"),
            ("private", "page._run_search"),
            ("constant", "module.LIMIT"),
            ("private", "peerdesk.keystore._recorded_backend"),
        ]
    )


def test_no_sleeps_private_attributes_or_patched_constants_beyond_the_allowed() -> None:
    seen: Counter[tuple[str, str, str]] = Counter()
    for path in _files():
        rel = path.relative_to(TESTS).as_posix()
        for kind, code in findings(path.read_text(encoding="utf-8"), rel):
            seen[(rel, kind, code)] += 1
    unexpected = sorted(key for key in seen if key not in ALLOWED)
    assert unexpected == [], (
        "a test sleeps, reads a private attribute or patches a constant; use a public seam"
        " (an injected clock or interval, a constructor argument, qtbot.waitUntil/waitSignal)"
        f" or, when none can exist, add it to ALLOWED with the reason: {unexpected}"
    )
    stale = sorted(key for key in ALLOWED if key not in seen)
    assert stale == [], f"no longer found, take them off ALLOWED: {stale}"

"""One word, one meaning (STYLE.md convention 13), for the core's names.

"Shortcut" means a keyboard shortcut, which the core has none of; "checked" means passed a check:
the supporter's ticks are ``ticked`` and input validation is ``validated``; "Close" is the button
that closes a window, so no step of the conversation is called that.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from datetime import date
from pathlib import Path

import peerdesk
from peerdesk import flow
from peerdesk.sessions import Session

CORE = Path(peerdesk.__file__).parent
# "checked" as a word of an identifier: `checked`, `checked_note`, `_checked`, not `checkedness`.
_DOUBLE_MEANING = re.compile(r"shortcut|(?:^|_)checked(?:$|_)", re.IGNORECASE)


def _identifiers(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.arg | ast.keyword) and node.arg is not None:
            found.add(node.arg)
        elif isinstance(node, ast.alias):
            found.add(node.asname or node.name)
    return found


def test_no_core_name_says_shortcut_or_checked() -> None:
    offending = {
        f"{path.relative_to(CORE)}: {name}"
        for path in CORE.rglob("*.py")
        for name in _identifiers(ast.parse(path.read_text(encoding="utf-8")))
        if _DOUBLE_MEANING.search(name)
    }
    assert not offending, sorted(offending)


def test_the_check_finds_a_double_meaning_when_there_is_one() -> None:
    planted = ast.parse("def checked_note(s):\n    return s.is_a_shortcut\n")
    assert {n for n in _identifiers(planted) if _DOUBLE_MEANING.search(n)} == {
        "checked_note",
        "is_a_shortcut",
    }


def test_a_session_keeps_its_ticks_as_ticked() -> None:
    names = {f.name for f in dataclasses.fields(Session)}
    assert "ticked" in names and "checked" not in names
    day = date(2026, 3, 3)
    assert Session(held_on=day, outreach_outcome="declined").skips_to_followup
    assert not Session(held_on=day, outreach_outcome="accepted").skips_to_followup


def test_no_step_shares_a_name_with_the_close_button() -> None:
    assert "close" in [s.id for s in flow.FLOW.steps]  # the stored id stays
    assert all(s.title != "Close" for s in flow.FLOW.steps)

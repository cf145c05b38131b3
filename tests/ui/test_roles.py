"""Item-data roles: one module, one number and one meaning each, all seen by the lock test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

import ui
from tests.support.journal_text_scan import ROLES_WALKED
from ui.models.roles import Role

UI = Path(ui.__file__).parent


def test_every_role_has_its_own_number_after_qts_own() -> None:
    numbers = [int(role) for role in Role.__members__.values()]  # aliases included
    assert len(set(numbers)) == len(numbers)
    assert min(numbers) > int(Qt.ItemDataRole.UserRole)


def test_the_lock_test_walks_every_role() -> None:
    walked = {int(role) for role in ROLES_WALKED}
    assert {int(role) for role in Role} <= walked


def test_no_role_is_defined_outside_the_roles_module() -> None:
    defining = [
        str(path.relative_to(UI))
        for path in sorted(UI.rglob("*.py"))
        if "UserRole" in path.read_text(encoding="utf-8")
    ]
    assert defining == ["models/roles.py"]


def test_a_role_stores_and_reads_back_on_a_widget_item(qtbot: QtBot) -> None:
    view = QListWidget()
    qtbot.addWidget(view)
    item = QListWidgetItem("a row")
    view.addItem(item)
    item.setData(Role.SESSION_ID, 7)
    item.setData(Role.PEER_ID, 9)
    assert (item.data(Role.SESSION_ID), item.data(Role.PEER_ID)) == (7, 9)
    assert item.data(Role.FOLLOWUP_ID) is None

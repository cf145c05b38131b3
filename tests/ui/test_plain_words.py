"""Plain words (issue 14, item 5): why it locked, where the sheet went, keyrings by name, menus."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.support.fakes import MonotonicClock
from tests.support.manual_timer import ManualTimer
from ui.dialogs.recovery_code_view import CodeGroups
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.main_window import FOLLOW_UPS, INSIGHTS, PEERS
from ui.messages import keyring_name
from ui.printing.recovery_sheet import SheetSent
from ui.system.idle import IdleWatcher, LockReason


def _opened(make_controller: Callable[..., AppController], vault: Vault, **options: object):
    controller = make_controller(vault, **options)
    vault.create()
    vault.lock()
    controller.start()
    assert controller.window is not None  # opened with the computer login
    return controller


def _reason(controller: AppController) -> str:
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    return gate.reason.text() if not gate.reason.isHidden() else ""


def test_the_lock_screen_says_why_it_locked(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    seconds = MonotonicClock()
    timer = ManualTimer(seconds)
    controller = _opened(make_controller, vault, idle=IdleWatcher(monotonic=seconds, timer=timer))
    controller.window.lock_action.trigger()  # type: ignore[union-attr]
    assert _reason(controller) == "You locked it."
    assert "away" not in _reason(controller)

    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    timer.advance(5 * 60)  # the default five idle minutes
    assert not vault.is_unlocked
    assert _reason(controller) == "It locked after 5 minutes without use."

    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    controller.screen_lock.lock_now.emit()  # the screen locked, or the laptop is going to sleep
    assert _reason(controller) == (
        "It locked because the screen locked or the computer went to sleep."
    )


def test_unlock_returns_to_the_page_that_was_open(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    controller = _opened(make_controller, vault)
    controller.window.nav.setCurrentRow(PEERS)  # type: ignore[union-attr]
    controller.window.lock_action.trigger()  # type: ignore[union-attr]
    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    assert controller.window.nav.currentRow() == PEERS  # type: ignore[union-attr]
    controller.window.nav.setCurrentRow(FOLLOW_UPS)  # type: ignore[union-attr]
    controller.window.lock_action.trigger()  # type: ignore[union-attr]
    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    assert controller.window.nav.currentRow() == FOLLOW_UPS  # type: ignore[union-attr]


def test_the_journal_menu_offers_the_report_and_the_program_totals(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    window = _opened(make_controller, vault).window
    assert window is not None
    journal_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in journal_menu.actions()]  # type: ignore[union-attr]
    assert "Report for the program…" in texts and "Program totals…" in texts
    window.report_action.trigger()
    assert window.nav.currentRow() == INSIGHTS  # the report counts the months chosen there
    assert any(d.isVisible() for d in window.insights_page.dialogs)
    window.totals_action.trigger()
    assert sum(d.isVisible() for d in window.insights_page.dialogs) == 2
    for dialog in window.insights_page.dialogs:
        dialog.close()


def _sheet_view(qtbot: QtBot, sent: object) -> CodeGroups:
    def print_sheet(_parent: QWidget | None, _code: RecoveryCode, _made: date) -> object:
        return sent

    view = CodeGroups("intro", today=lambda: date(2026, 11, 26), print_sheet=print_sheet)
    qtbot.addWidget(view)
    view.show_code(RecoveryCode.generate())
    view.show()
    return view


def test_after_printing_the_recovery_sheet_it_says_where_it_went(qtbot: QtBot) -> None:
    view = _sheet_view(qtbot, SheetSent("Office laser"))
    assert view.printed_to.isHidden()  # nothing said before printing
    view.print_button.click()
    assert view.printed_to.isVisible()
    assert "the printer Office laser" in view.printed_to.text()

    to_file = _sheet_view(qtbot, SheetSent("", "/home/kim/sheet.pdf"))
    to_file.print_button.click()
    assert "/home/kim/sheet.pdf" in to_file.printed_to.text()
    assert "delete" in to_file.printed_to.text()  # a file with the code is not left lying about

    cancelled = _sheet_view(qtbot, None)
    cancelled.print_button.click()
    assert cancelled.printed_to.isHidden()  # not printed: nothing claimed


def test_keyrings_are_named_in_words() -> None:
    assert "GNOME Keyring" in keyring_name("keyring.backends.SecretService.Keyring")
    assert keyring_name("keyring.backends.kwallet.DBusKeyring") == "KWallet"
    assert keyring_name("keyring.backends.macOS.Keyring") == "macOS Keychain"
    assert keyring_name("keyring.backends.Windows.WinVaultKeyring") == (
        "Windows Credential Manager"
    )


# --- plurals through Qt's %n forms (English singular and plural: tests/ui/test_catalogues.py) --

ROOT = Path(__file__).resolve().parents[2]


def test_no_count_is_written_with_s_in_brackets() -> None:
    """A "(s)" in a text the user reads, outside a %n (%Ln) text, reaches the screen as "(s)"."""
    left = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name not in ("tr", "_tr", "translate"):
                continue
            for arg in node.args:
                text = arg.value if isinstance(arg, ast.Constant) else None
                counted = isinstance(text, str) and ("%n" in text or "%Ln" in text)
                if isinstance(text, str) and "(s)" in text and not counted:
                    left.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]}")
    assert left == []


def test_a_count_of_one_reads_in_the_singular(qtbot: QtBot, vault: Vault) -> None:
    vault.create()
    vault.lock()
    one = UnlockDialog(vault, after_lock=True, reason=LockReason.IDLE, idle_minutes=1)
    qtbot.addWidget(one)
    assert one.reason.text() == "It locked after 1 minute without use."
    many = UnlockDialog(vault, after_lock=True, reason=LockReason.IDLE, idle_minutes=15)
    qtbot.addWidget(many)
    assert many.reason.text() == "It locked after 15 minutes without use."

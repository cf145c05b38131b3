"""Hostile test (round s21, tester hostile-a): the Settings page from the keyboard.

Found by hand under Xvfb (``uv run peerdesk --demo``, Ctrl+7): Settings is the longest page (how
PeerDesk opens, lock, recovery code, backups, theme, language, country, retention), and not one of
its fields or buttons has an Alt letter ("Lock when idle for", "Passphrase", "Again", "Set
passphrase", "Back up now", …): a keyboard-only supporter Tabs through the whole page to reach the
theme. Every session-form step, dialog and the Follow-ups page have them.
Screenshot /work/notes/s21/shots-a/en2-03-settings.png.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.windows import shown_main_window
from ui.main_window import SETTINGS
from ui.session.steps.fields import mnemonic_of

FIELDS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)


def test_most_fields_and_buttons_of_settings_have_an_alt_letter(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock)
    window.nav.setCurrentRow(SETTINGS)
    page = window.settings_page
    letters: dict[QWidget, str] = {}
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(page):
            letters[buddy] = mnemonic_of(label.text())
    for button in page.findChildren(QAbstractButton):
        letters.setdefault(button, mnemonic_of(button.text()))
    fields = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, FIELDS)
        and w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy()
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))  # a box's own parts
    ]
    assert len(fields) >= 10, [w.accessibleName() for w in fields]
    named = [w for w in fields if letters.get(w)]
    without = sorted(w.accessibleName() or type(w).__name__ for w in fields if not letters.get(w))
    # Not every one (the menus hold some), but most: a page of Tab stops without a way to jump.
    assert len(named) * 2 >= len(fields), f"{len(named)} of {len(fields)} have one; not: {without}"

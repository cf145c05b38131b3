"""A field that gets the focus inside a scroll area is scrolled into view.

Tab already scrolls (QScrollArea does it for focus moved by Tab), but a mnemonic (Alt+C for the
colours on Settings), a click on a step, or the form putting the focus on a field with an error
moves the focus without Tab: the field was focused below the visible part and the supporter typed
into something they could not see. The walk is the layout test's (every page, step and dialog),
at the smallest laptop room, where the scroll areas have the least room.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.ui.test_layout_fits import LAPTOPS, _params, _settle, demo, walk_over, windows
from ui.widgets.scroll import FocusScrollArea

__all__ = ["demo"]  # the layout test's module fixture, shared

SMALLEST = min(LAPTOPS, key=lambda laptop: laptop.height)


def _focusable_in(area: QScrollArea, top: QWidget) -> list[QWidget]:
    content = area.widget()
    if content is None:
        return []
    return [
        child
        for child in content.findChildren(QWidget)
        if child.isVisibleTo(top)
        and child.isEnabled()
        and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        and child.focusProxy() is None
    ]


def _out_of_view(area: QScrollArea, widget: QWidget) -> bool:
    """True when none of ``widget``'s first line shows in the area's viewport."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    first_line = QRect(top_left, widget.size()).intersected(
        QRect(top_left.x(), top_left.y(), widget.width(), min(widget.height(), 20))
    )
    return not viewport.rect().contains(first_line)


@pytest.mark.parametrize("name", _params())
def test_a_field_focused_without_tab_scrolls_into_view(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, name: str
) -> None:
    unseen: list[str] = []
    with walk_over(qtbot, demo, clock) as walk:
        top = windows()[name](walk)
        if top is not walk.window:
            qtbot.addWidget(top)
        top.resize(SMALLEST.room)
        top.show()
        with qtbot.waitActive(top):
            top.activateWindow()
        _settle()
        areas = [a for a in top.findChildren(QScrollArea) if a.isVisibleTo(top)]
        checked = offered = 0
        for area in areas:
            for field in _focusable_in(area, top):
                offered += 1
                # Scrolled to the other end first, so that each field starts out of view
                bar = area.verticalScrollBar()
                bar.setValue(bar.maximum() if bar.value() == 0 else 0)
                if field.hasFocus():
                    field.clearFocus()  # the step's first field has it already
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)  # what a mnemonic does
                _settle()
                if QApplication.focusWidget() is not field:
                    continue  # a field that takes no focus here (a hidden page's)
                checked += 1
                if _out_of_view(area, field):
                    unseen.append(f"{type(field).__name__}({field.accessibleName()!r})")
        if top is not walk.window and top not in walk.window.forms:
            top.close()
    assert checked or not offered, f"{name}: none of {offered} fields took the focus"
    assert not unseen, f"{name}: focused out of view: " + ", ".join(unseen)


def test_alt_c_on_settings_shows_the_colours_it_focuses(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock
) -> None:
    """The case found by hand: at 1366x768 and 150% Alt+C focused the Colours choice below the
    visible part of Settings, and the page stayed where it was."""
    with walk_over(qtbot, demo, clock) as walk:
        window = walk.window
        window.resize(SMALLEST.room)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        window.nav.setCurrentRow(6)  # Settings
        _settle()
        page = window.stack.currentWidget()
        assert page is not None
        (area,) = [a for a in page.findChildren(QScrollArea) if a.isVisibleTo(window)]
        colours = next(
            box for box in page.findChildren(QWidget) if box.accessibleName() == "Colours"
        )
        assert _out_of_view(area, colours), "Colours shows already: the test proves nothing"
        qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        _settle()
        assert colours.hasFocus()
        assert not _out_of_view(area, colours)


def test_a_field_focused_on_settings_shows_its_whole_group(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock
) -> None:
    """Found by hand: choosing Deutsch left the line that says when a new language applies cut
    off below the Language box; the group (box, label and explanation) fits, so it shows whole."""
    with walk_over(qtbot, demo, clock) as walk:
        window = walk.window
        window.resize(SMALLEST.room)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        window.nav.setCurrentRow(6)  # Settings
        _settle()
        page = window.stack.currentWidget()
        assert page is not None
        (area,) = [a for a in page.findChildren(QScrollArea) if a.isVisibleTo(window)]
        checked = 0
        for box in page.findChildren(QGroupBox):
            if not box.isVisibleTo(window) or box.height() > area.viewport().height():
                continue
            fields = [
                w
                for w in box.findChildren(QWidget)
                if w.isVisibleTo(window)
                and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.focusProxy() is None
            ]
            for field in fields:
                area.verticalScrollBar().setValue(0)
                window.nav.setFocus()
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                _settle()
                assert field.hasFocus(), field.accessibleName()
                checked += 1
                shown = QRect(box.mapTo(area.viewport(), QPoint(0, 0)), box.size())
                assert area.viewport().rect().contains(shown), (box.title(), field.accessibleName())
        assert checked >= 10, "the fields of Settings were not found"


def test_scroll_areas_share_one_connection_and_going_with_the_focused_field_is_safe(
    qtbot: QtBot,
) -> None:
    """Each area once connected itself to the app's focus changes: destroying an area whose
    field had the focus made Qt call into the half-destroyed area (a crash seen in a test run).
    Now the app has one connection, to a function, however many areas come and go."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    signal = SIGNAL("focusChanged(QWidget*,QWidget*)")
    FocusScrollArea().deleteLater()  # the first area ever made may connect
    before = app.receivers(signal)
    for _ in range(5):
        top = QWidget()
        qtbot.addWidget(top)
        area = FocusScrollArea(top)
        inner = QWidget()
        field = QLineEdit(inner)
        QVBoxLayout(top).addWidget(area)
        area.setWidget(inner)
        top.show()
        qtbot.waitExposed(top)
        field.setFocus()
        with qtbot.waitSignal(area.destroyed):
            area.deleteLater()  # goes with the focused field
    assert app.receivers(signal) == before

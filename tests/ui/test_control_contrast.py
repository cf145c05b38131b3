"""The edge of a check box or radio button stands out from what it sits on, in light and in dark.

WCAG 2.1 (1.4.11, non-text contrast) asks 3:1 for what identifies a control. Fusion draws the
edge of an unticked box in the window colour darkened, which in the dark palette is the colour of
the box itself: the handout dialog's tick boxes and Settings' radio buttons were invisible until
ticked. Each control is drawn without text, so every pixel that differs from the background is
the control's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support.look import contrast, look_kept
from ui.system.theme import DARK, LIGHT, Theme

CONTROL = 3.0  # WCAG 1.4.11


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with look_kept(qapp):
        Theme(qapp, request.param)
        yield request.param


def _strongest_edge(image: QImage, background: QColor) -> float:
    """The highest contrast of any pixel of ``image`` against ``background``."""
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


def _check_box() -> QWidget:
    return QCheckBox()


def _radio_button() -> QWidget:
    return QRadioButton()


def _tree_tick() -> QWidget:
    """A tree with one tick box and no text, like the handout dialog's list of resources."""
    model = QStandardItemModel()
    item = QStandardItem("")
    item.setCheckable(True)
    item.setCheckState(Qt.CheckState.Unchecked)
    model.appendRow(item)
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setRootIsDecorated(False)
    view.setModel(model)
    model.setParent(view)
    return view


@pytest.mark.parametrize("make", [_check_box, _radio_button, _tree_tick])
def test_an_unticked_control_stands_out_from_its_background(
    qtbot: QtBot, scheme: str, make: Callable[[], QWidget]
) -> None:
    widget = make()
    qtbot.addWidget(widget)
    widget.resize(QSize(60, 40))
    widget.show()
    qtbot.waitExposed(widget)
    if isinstance(widget, QTreeView):
        area = widget.viewport()
        rect = widget.visualRect(widget.model().index(0, 0))
        background = area.palette().color(area.backgroundRole())
        image = area.grab(rect).toImage()
    else:
        background = widget.palette().color(widget.backgroundRole())
        image = widget.grab().toImage()
    assert image.width() > 0
    edge = _strongest_edge(image, background)
    assert edge >= CONTROL, f"{scheme} {make.__name__}: the control shows at {edge:.2f}:1"


def _fields() -> list[Callable[[], QWidget]]:
    def editable_box() -> QWidget:
        box = QComboBox()
        box.setEditable(True)
        return box

    return [QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, editable_box, QSpinBox, QDateEdit]


@pytest.mark.parametrize("make", _fields(), ids=lambda make: make.__name__)
def test_a_focused_field_shows_an_outline_that_stands_out(
    qtbot: QtBot, scheme: str, make: Callable[[], QWidget]
) -> None:
    """The outline of the field that has the focus is 3:1 against the window around it and
    against the field's own inside (Fusion's was about 1.7:1 against the dark window)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(12, 12, 12, 12)
    other = QPushButton("x")
    field = make()
    field.setFixedSize(QSize(160, 60 if isinstance(field, QAbstractScrollArea) else 28))
    layout.addWidget(other)
    layout.addWidget(field)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    assert field.hasFocus()
    image = window.grab().toImage()
    around = window.palette().color(window.backgroundRole())
    inside = field.palette().color(field.backgroundRole())
    ring = field.geometry()
    best = 1.0
    for x in range(ring.left(), ring.right() + 1):
        for y in range(ring.top(), ring.bottom() + 1):
            if min(x - ring.left(), ring.right() - x, y - ring.top(), ring.bottom() - y) < 2:
                pixel = image.pixelColor(x, y)
                best = max(best, min(contrast(pixel, around), contrast(pixel, inside)))
    assert best >= CONTROL, f"{scheme} {make.__name__}: the focus outline shows at {best:.2f}:1"

"""The app's look: Qt's Fusion style with PeerDesk's own light and dark palettes.

The supporter chooses System, Light or Dark in Settings (``peerdesk.preferences.THEME``). System
follows the colour scheme the operating system reports through Qt's style hints, and changes with
it. Fusion and the palettes below look the same on every operating system (and offscreen, where
the screenshots and the contrast test run), so the contrast the test measures is the one a
supporter sees.

The palettes are the one place that names the app's base colours; ``assets/peerdesk.qss`` adds
the colours of states (overdue, warning, muted text, boxed notes), shared rules first and then a
``/* [light] */`` and a ``/* [dark] */`` section, of which only the scheme in use is applied.
Printed output does not follow: paper is black on white.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

from peerdesk.assets import asset
from peerdesk.preferences import THEMES

LIGHT, DARK = "light", "dark"
SYSTEM = "system"

_Role = QPalette.ColorRole
# Text colours meet WCAG AA (4.5:1) on Window, Base, AlternateBase and Button alike; muted text
# (PlaceholderText) too, because the app shows secondary information in it. Accent is the outline
# of the field that has the focus (Fusion itself does not use it): 3:1 on those four too.
_LIGHT = {
    _Role.Window: "#efefef",
    _Role.WindowText: "#1b1b1b",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f4f6f8",
    _Role.Text: "#1b1b1b",
    _Role.Button: "#e6e6e6",
    _Role.ButtonText: "#1b1b1b",
    _Role.PlaceholderText: "#575757",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#e0e0e0",
    _Role.Mid: "#a8a8a8",
    _Role.Dark: "#8c8c8c",
    _Role.Shadow: "#5a5a5a",
    _Role.Highlight: "#2a5fa5",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#2a5fa5",
    _Role.Link: "#1a4f96",
    _Role.LinkVisited: "#5b3592",
    _Role.ToolTipBase: "#fffbe0",
    _Role.ToolTipText: "#1b1b1b",
}
_DARK = {
    _Role.Window: "#2a2b2d",
    _Role.WindowText: "#ebebeb",
    _Role.Base: "#1e1f21",
    _Role.AlternateBase: "#26282b",
    _Role.Text: "#ebebeb",
    _Role.Button: "#3a3c3f",
    _Role.ButtonText: "#ebebeb",
    _Role.PlaceholderText: "#acacac",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#505357",
    _Role.Midlight: "#43464a",
    _Role.Mid: "#6a6d72",
    _Role.Dark: "#18191a",
    _Role.Shadow: "#0c0c0c",
    _Role.Highlight: "#2f64a8",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#6ea8e8",  # the focus outline: the selection blue is 2.3:1 on the window
    _Role.Link: "#8cb8f5",
    _Role.LinkVisited: "#c9a4f5",
    _Role.ToolTipBase: "#3a3c3f",
    _Role.ToolTipText: "#ebebeb",
}
# Disabled controls (WCAG exempts them) are dimmer, but still legible.
_LIGHT_DISABLED = "#8a8a8a"
_DARK_DISABLED = "#7d7d7d"
_SECTION = re.compile(r"/\*\s*\[(light|dark)\]\s*\*/")


def palette(scheme: str) -> QPalette:
    """PeerDesk's palette for ``scheme`` (``"light"`` or ``"dark"``)."""
    colours, disabled = (_DARK, _DARK_DISABLED) if scheme == DARK else (_LIGHT, _LIGHT_DISABLED)
    made = QPalette()
    for role, colour in colours.items():
        made.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        made.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return made


def style_sheet(scheme: str, text: str | None = None) -> str:
    """The app's style sheet for ``scheme``: the shared rules and that scheme's section."""
    if text is None:
        text = asset("peerdesk.qss").read_text(encoding="utf-8")
    parts = _SECTION.split(text)
    shared, sections = parts[0], dict(zip(parts[1::2], parts[2::2], strict=True))
    return shared + sections.get(scheme, "")


_Element = QStyle.PrimitiveElement
_EDGED = {_Element.PE_IndicatorCheckBox: False, _Element.PE_IndicatorRadioButton: True}


_Complex = QStyle.ComplexControl
_Sub = QStyle.SubControl
_FIELDS = {_Complex.CC_ComboBox: _Sub.SC_ComboBoxFrame, _Complex.CC_SpinBox: _Sub.SC_SpinBoxFrame}


class _AltLetterFocus(QObject):
    """A check box or radio button that answers its Alt letter takes the focus as a click does
    (Qt's reason: "other"), and Qt then stops drawing the focus frame in that window, as after a
    mouse click. The letter is a key: the window keeps showing where the focus is."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut or not isinstance(watched, QAbstractButton):
            return False
        handled = watched.event(event)
        if watched.hasFocus():
            watched.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            watched.update()
        return handled


# The application property that says the Alt-letter watch is on
_ALT_LETTERS_WATCHED = "peerdesk-alt-letters-watched"


def keep_focus_frame_after_alt_letters(app: QApplication) -> None:
    """Watch the app's Alt letters for buttons (once; it lives as long as the app). One filter on
    the application, started by the first window that takes keys (a gate, or the main window
    once on screen): a filter on each button, installed by the style, made Qt create some
    fifty widget classes in Python at start (0.8 MB, over the start-up memory target)."""
    if not app.property(_ALT_LETTERS_WATCHED):
        app.installEventFilter(_AltLetterFocus(app))
        app.setProperty(_ALT_LETTERS_WATCHED, True)


class _Style(QProxyStyle):
    """Fusion, with the edge of every check box and radio button in the muted text colour, and
    an outline in the accent colour around the field that has the focus.

    Fusion draws that edge in the window colour darkened: about 1.5:1 in the light palette and,
    in the dark one, the colour of the box itself. WCAG asks 3:1 for what identifies a control.
    Tick boxes in lists are drawn as check boxes too. Fusion's focus frame on a field is its
    selection blue darkened, about 1.7:1 against the dark window, and text edits get none.
    Buttons keep the focus frame after their Alt letter: ``keep_focus_frame_after_alt_letters``.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == _Element.PE_FrameLineEdit:  # drawn only for a line edit with a frame
            _outline_focus(option, painter)
        round_edge = _EDGED.get(element)
        if round_edge is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        edge = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_edge:
            painter.drawEllipse(edge)
        else:
            painter.drawRect(edge)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        frame = _FIELDS.get(control)  # spin boxes include date fields
        if frame is not None and option.subControls & frame:
            _outline_focus(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ShapedFrame and isinstance(
            widget, QTextEdit | QPlainTextEdit
        ):
            _outline_focus(option, painter)


def _outline_focus(option: QStyleOption, painter: QPainter) -> None:
    """Two pixels of the accent colour just inside ``option.rect`` when it has the focus."""
    state = option.state
    if not state & QStyle.StateFlag.State_HasFocus or not state & QStyle.StateFlag.State_Enabled:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = painter.pen()
    pen.setColor(option.palette.color(QPalette.ColorRole.Accent))
    pen.setWidth(2)
    painter.setPen(pen)
    rect: QRect = option.rect
    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 2, 2)
    painter.restore()


def app_style() -> QStyle:
    """The style every widget of the app is drawn with (set once at start by ``Theme``)."""
    return _Style()


class Theme(QObject):
    """Applies the chosen theme to the application and keeps System in step with the OS."""

    changed = Signal(str)  # the scheme now in use: "light" or "dark"

    def __init__(self, app: QApplication, choice: str = SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self._scheme = ""
        self._style = app_style()  # kept here too: the application does not own a Python object
        app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.choose(choice)

    @property
    def scheme(self) -> str:
        """The scheme in use: ``"light"`` or ``"dark"``."""
        return self._scheme

    @property
    def choice(self) -> str:
        """What the supporter chose: System, Light or Dark (``peerdesk.preferences.THEMES``)."""
        return self._choice

    def choose(self, choice: str) -> None:
        """Use ``choice`` (one of ``peerdesk.preferences.THEMES``) from now on."""
        if choice not in THEMES:
            raise ValueError(f"not a theme: {choice!r}")
        self._choice = choice
        hints = self._app.styleHints()
        if choice == SYSTEM:
            hints.unsetColorScheme()  # the operating system's scheme again
        else:  # window frames drawn by the system follow too, where it allows
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
        self._apply()

    def _system_changed(self, system: Qt.ColorScheme) -> None:
        if self._choice == SYSTEM:
            self._apply(system)

    def _apply(self, system: Qt.ColorScheme | None = None) -> None:
        if self._choice == SYSTEM:  # Unknown (no scheme reported, e.g. offscreen): light
            reported = self._app.styleHints().colorScheme() if system is None else system
            scheme = DARK if reported == Qt.ColorScheme.Dark else LIGHT
        else:
            scheme = self._choice
        if scheme == self._scheme:
            return
        self._scheme = scheme
        # The palette first: the style sheet's palette(...) colours are read from it.
        self._app.setPalette(palette(scheme))
        self._app.setStyleSheet(style_sheet(scheme))
        self.changed.emit(scheme)

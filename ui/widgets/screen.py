"""Window sizes that fit the screen they open on, a small laptop's included."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Room kept for the window's frame (title bar and borders), which Qt knows only once shown.
FRAME = QSize(16, 40)


def room_on_screen(window: QWidget) -> QSize | None:
    """The largest size ``window`` can have on its screen's free area (panels left out)."""
    screen = window.screen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its preferred size, or less where the screen is smaller: then it opens
    at the top of the screen's free area, so that its frame fits too."""
    room = room_on_screen(window)
    screen = window.screen()
    if room is None or screen is None:
        window.resize(width, height)
        return
    window.resize(min(width, room.width()), min(height, room.height()))
    if height > room.height():
        area = screen.availableGeometry()
        window.move(area.left() + (area.width() - window.width() - FRAME.width()) // 2, area.top())


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` (a restored geometry, say) to its screen's free area and move it there."""
    room = room_on_screen(window)
    screen = window.screen()
    if room is None or screen is None:
        return
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    area = screen.availableGeometry()
    x = max(area.left(), min(window.x(), area.left() + room.width() - window.width()))
    y = max(area.top(), min(window.y(), area.top() + room.height() - window.height()))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)

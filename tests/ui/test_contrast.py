"""Every text the app shows is readable in the light and in the dark theme (issue 14, items 1-2).

For each scheme the test opens every page of a demo main window, every step of the session form,
every dialog and the first-run setup, and measures each visible text against the background it is
really drawn on: the widget's palette after the style sheet has polished it (its foreground role;
its background role if it fills its background, else the first ancestor's that does), and for item
views each shown cell's ForegroundRole/BackgroundRole or the view's palette. WCAG AA: 4.5:1, or
3:1 for text of 18 pt and more (14 pt bold). The lowest ratio per scheme is printed and recorded
(``pytest -s`` or the junit report's ``lowest_ratio_*`` properties).

Disabled widgets are exempt from AA, so no information may live in one: a second test asserts no
text is shown in a disabled label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from tests.support.journal_text_scan import model_cells
from tests.support.look import contrast, look_kept
from tests.support.windows import shown_main_window
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.handout_dialog import HandoutDialog
from ui.dialogs.old_backups_dialog import OldBackupsDialog
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.recovery_code_view import NewCodeDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.gates.damage_dialog import DamageDialog
from ui.gates.restore_dialog import RestoreDialog
from ui.gates.setup_wizard import SetupWizard
from ui.gates.unlock_dialog import UnlockDialog
from ui.main_window import FOLLOW_UPS, SESSIONS
from ui.session.followup_offer import CompleteOffer, SecondFollowUpQuestion
from ui.session.identifier_guard import IdentifierGuardDialog, IdentifierHighlighter, find_in
from ui.system.crash import CrashDialog
from ui.system.theme import DARK, LIGHT, Theme
from ui.widgets.labels import ERROR, WARNING, error_label, muted_label, set_style_property

Role = QPalette.ColorRole
NORMAL, LARGE = 4.5, 3.0
IDENTIFYING = "Call 555-123-4567 about the MRI on 02/03/1980"


@dataclass(frozen=True)
class Reading:
    where: str
    ratio: float
    needed: float

    def __str__(self) -> str:
        return f"{self.ratio:.2f} < {self.needed} {self.where}"


# --- measuring ------------------------------------------------------------------------------------


def over(top: QColor, below: QColor) -> QColor:
    """``top`` (with its alpha) painted over the opaque ``below``."""
    a = top.alphaF()

    def mix(t: float, b: float) -> float:
        return t * a + b * (1 - a)

    return QColor.fromRgbF(
        mix(top.redF(), below.redF()),
        mix(top.greenF(), below.greenF()),
        mix(top.blueF(), below.blueF()),
    )


def needed(font: QFont) -> float:
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    large = points >= 18 or (font.weight() >= QFont.Weight.Bold and points >= 14)
    return LARGE if large else NORMAL


def _fills(widget: QWidget) -> bool:
    return (
        widget.isWindow()
        or widget.autoFillBackground()
        or widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    )


def behind(widget: QWidget) -> QColor:
    """The colour the widget's text is drawn on: its own background if it fills it, else the
    first ancestor's that does."""
    at: QWidget | None = widget
    while at is not None:
        if _fills(at):
            return at.palette().color(at.backgroundRole())
        at = at.parentWidget()
    raise AssertionError("no window behind a widget")


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r}): {text[:50]!r}"


def _brush_colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def _cells(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The cells of ``view`` on screen (collapsed groups and scrolled-off rows left out)."""
    model = view.model()
    shown = view.viewport().rect()
    seen: set[tuple[int, int, int]] = set()
    for index, _value in model_cells(model) if model is not None else ():
        key = (index.row(), index.column(), index.internalId())
        if key not in seen and view.visualRect(index).intersects(shown):
            seen.add(key)
            yield index


def _view_readings(view: QAbstractItemView, where: str) -> Iterator[Reading]:
    palette = view.palette()
    selection = view.selectionModel()
    for index in _cells(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text in (None, ""):
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        if not isinstance(font, QFont):
            font = view.font()
        if selection is not None and selection.isSelected(index):
            fg, bg = palette.color(Role.HighlightedText), palette.color(Role.Highlight)
        else:
            fg = _brush_colour(index.data(Qt.ItemDataRole.ForegroundRole)) or palette.color(
                Role.Text
            )
            alternate = view.alternatingRowColors() and index.row() % 2 == 1
            bg = _brush_colour(index.data(Qt.ItemDataRole.BackgroundRole)) or palette.color(
                Role.AlternateBase if alternate else Role.Base
            )
        yield Reading(
            f"{where} {type(view).__name__} cell {str(text)[:50]!r}", contrast(fg, bg), needed(font)
        )


def readings(top: QWidget, where: str) -> Iterator[Reading]:
    """Every visible, enabled text inside ``top`` with its contrast and what AA asks of it."""
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        palette = widget.palette()
        pairs: list[tuple[str, QColor, QColor]] = []
        if isinstance(widget, QLabel) and widget.text().strip():
            fg = palette.color(widget.foregroundRole())
            pairs.append((widget.text(), fg, behind(widget)))
        elif isinstance(widget, (QCheckBox, QRadioButton)) or (
            isinstance(widget, QToolButton) and widget.autoRaise()
        ):
            if widget.text().strip():
                pairs.append(
                    (widget.text(), palette.color(widget.foregroundRole()), behind(widget))
                )
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            pairs.append(
                (widget.text(), palette.color(Role.ButtonText), palette.color(Role.Button))
            )
        elif isinstance(widget, QGroupBox) and widget.title():
            pairs.append((widget.title(), palette.color(Role.WindowText), behind(widget)))
        elif isinstance(widget, QLineEdit):
            if widget.text():
                pairs.append((widget.text(), palette.color(Role.Text), palette.color(Role.Base)))
            elif widget.placeholderText():
                pairs.append(
                    (
                        widget.placeholderText(),
                        palette.color(Role.PlaceholderText),
                        palette.color(Role.Base),
                    )
                )
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            base = widget.viewport().palette().color(Role.Base)
            if widget.toPlainText():
                pairs.append((widget.toPlainText(), palette.color(Role.Text), base))
            elif widget.placeholderText():
                pairs.append((widget.placeholderText(), palette.color(Role.PlaceholderText), base))
        elif isinstance(widget, QComboBox) and widget.currentText():
            if widget.isEditable():
                continue  # its line edit is measured as a QLineEdit
            pairs.append(
                (widget.currentText(), palette.color(Role.ButtonText), palette.color(Role.Button))
            )
        elif isinstance(widget, QAbstractSpinBox):
            continue  # its line edit is measured as a QLineEdit
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                pairs.append(
                    (widget.tabText(tab), palette.color(widget.foregroundRole()), behind(widget))
                )
        elif isinstance(widget, QHeaderView):
            pairs.append(("header", palette.color(Role.ButtonText), palette.color(Role.Button)))
        elif isinstance(widget, QAbstractItemView):
            yield from _view_readings(widget, where)
        for text, fg, bg in pairs:
            yield Reading(
                f"{where} {_describe(widget, text)}", contrast(fg, bg), needed(widget.font())
            )


# --- the screens ----------------------------------------------------------------------------------


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in PeerDesk's light or dark theme; the app's look as it was afterwards."""
    with look_kept(qapp):
        theme = Theme(qapp, request.param)
        assert theme.scheme == request.param
        yield request.param


Screens = Iterator[tuple[str, QWidget]]


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 720) if widget.isWindow() and widget.width() < 400 else None
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _state_labels(qtbot: QtBot) -> Screens:
    """Each coloured state of the style sheet, on a window and inside a scroll area."""
    window = QWidget()
    layout = QVBoxLayout(window)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    inner_layout = QVBoxLayout(inner)
    scroll.setWidget(inner)
    layout.addWidget(scroll)
    for place in (layout, inner_layout):
        for state in (ERROR, WARNING):
            shown = error_label()
            set_style_property(shown, "state", state)
            shown.setText(f"state {state}")
            shown.show()
            place.addWidget(shown)
        place.addWidget(muted_label("muted"))
        for note in ("info", "problem", "warning"):
            boxed = QLabel(f"note {note}")
            boxed.setProperty("note", note)
            place.addWidget(boxed)
        overdue = QLabel("overdue")
        overdue.setProperty("due", "overdue")
        place.addWidget(overdue)
        banner = QLabel("demo banner")
        banner.setObjectName("demoBanner")
        place.addWidget(banner)
    yield "states", _shown(qtbot, window)


def _main_window(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock) -> Screens:
    fill(journal, 200, seed=4, today=day(26))
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    window.resize(1280, 720)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        yield f"page {window.nav.item(row).text()!r}", window
    window.nav.setCurrentRow(SESSIONS)
    window.sessions_page.current_view().selectRow(0)
    yield "sessions page with a session open", window
    window.nav.setCurrentRow(FOLLOW_UPS)
    window.followups_page.tree.clearSelection()  # the overdue row in its own colour
    yield "follow-ups with nothing selected", window

    first = journal.sessions.page(0, 1)[0].id
    assert first is not None
    form = window.open_session(first)
    assert form is not None
    for step_id in flow.FLOW.step_ids():
        form.go_to_step(step_id)
        yield f"session form, step {step_id!r}", form
    form.close_for_lock(save=False)

    new = window.new_session()
    yield "a new session (the pseudonym hint)", new
    new.close_for_lock(save=False)
    window.prepare_for_lock()


def _dialogs(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, folder: Path) -> Screens:
    resources = [r.id for r in journal.resources.all()[:3] if r.id is not None]
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("handout", lambda: HandoutDialog(journal, clock, resource_ids=resources)),
        ("report", lambda: ReportDialog(journal, clock)),
        ("program totals", lambda: ProgramTotalsDialog()),
        ("about", lambda: AboutDialog(folder)),
        ("old backups", lambda: OldBackupsDialog(vault)),
        ("restore", lambda: RestoreDialog(vault)),
        ("damage", lambda: DamageDialog(vault)),
        (
            "a new recovery code",
            lambda: NewCodeDialog(RecoveryCode.generate(), today=lambda: day(26)),
        ),
        ("before you save", lambda: IdentifierGuardDialog(find_in("cope", "Cope", IDENTIFYING))),
        ("a planned follow-up", lambda: CompleteOffer(journal.followups.open()[0])),
        ("a second follow-up", lambda: SecondFollowUpQuestion("Heron", day(30))),
        (
            "crash",
            lambda: CrashDialog("PeerDesk crash report\nValueError", log_path=folder / "c.log"),
        ),
    ]
    for name, make in makers:
        dialog = _shown(qtbot, make())
        yield name, dialog
        dialog.close()


def _first_run(qtbot: QtBot, make_vault: Callable[..., Vault], folder: Path) -> Screens:
    fresh = make_vault(folder / "fresh", KeyStore(MemoryKeyring()))
    wizard = SetupWizard(fresh, print_sheet=lambda *_a: True, choose_group=lambda _n: 0)
    _shown(qtbot, wizard)
    yield "setup: welcome", wizard
    wizard.next_button.click()
    yield "setup: how it opens", wizard
    wizard.next_button.click()
    yield "setup: the recovery code", wizard
    wizard.next_button.click()
    wizard.group_edit.setText("WRONG")
    wizard.next_button.click()
    yield "setup: a wrong group", wizard
    wizard.group_edit.setText(wizard.group_labels[0].text())
    wizard.next_button.click()
    yield "setup: done", wizard
    wizard.accept()
    fresh.lock()
    unlock = UnlockDialog(fresh, after_lock=True)
    yield "unlock", _shown(qtbot, unlock)


@pytest.fixture
def every_screen(
    qtbot: QtBot,
    journal: Journal,
    vault: Vault,
    clock: Clock,
    make_vault: Callable[..., Vault],
    tmp_path: Path,
) -> Callable[[], Screens]:
    def walk() -> Screens:
        yield from _state_labels(qtbot)
        yield from _main_window(qtbot, journal, vault, clock)
        yield from _dialogs(qtbot, journal, vault, clock, tmp_path)
        yield from _first_run(qtbot, make_vault, tmp_path)

    return walk


# --- the tests ------------------------------------------------------------------------------------


def test_every_text_meets_wcag_aa_against_its_background(
    scheme: str,
    every_screen: Callable[[], Screens],
    record_property: Callable[[str, object], None],
) -> None:
    found: list[Reading] = []
    screens = 0
    for where, screen in every_screen():
        QApplication.processEvents()
        screens += 1
        seen = list(readings(screen, f"[{scheme}] {where}:"))
        assert seen, f"nothing readable on {where}: not shown?"
        found.extend(seen)
    assert screens > 20 and len(found) > 500  # the walk really saw the app
    lowest = min(found, key=lambda r: r.ratio)
    print(f"\nlowest contrast, {scheme}: {lowest.ratio:.2f} ({lowest.where}) of {len(found)} texts")
    record_property(f"lowest_ratio_{scheme}", round(lowest.ratio, 2))
    too_low = sorted({str(r) for r in found if r.ratio < r.needed})
    assert not too_low, "\n".join(too_low)


def test_the_identifier_highlight_keeps_the_text_readable(scheme: str) -> None:
    edit = QTextEdit()
    IdentifierHighlighter(edit.document())
    edit.setPlainText("call 555 013 4567")
    marks = edit.document().firstBlock().layout().formats()
    assert marks, "nothing highlighted"
    tint = marks[0].format.background().color()  # what a found identifier is marked with
    base = edit.palette().color(Role.Base)
    text = edit.palette().color(Role.Text)
    assert tint.alpha() < 255
    assert contrast(text, over(tint, base)) >= NORMAL


def test_no_text_is_shown_in_a_disabled_label(every_screen: Callable[[], Screens]) -> None:
    greyed: list[str] = []
    for where, screen in every_screen():
        labels = screen.findChildren(QLabel)
        for label in [screen, *labels] if isinstance(screen, QLabel) else labels:
            shown = label.isVisible() and label.text().strip()
            if shown and not label.isEnabled():
                greyed.append(f"{where}: {label.text()[:60]!r}")
    assert not greyed, "\n".join(greyed)

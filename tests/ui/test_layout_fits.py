"""Every page, session step, dialog and the first-run setup fits a laptop screen.

Each window is given the room a laptop leaves it (the screen less a panel and a title bar) at
1280x720 and 1366x768, and at 1366x768 with 150% scaling (911x512 logical pixels), then checked:
the window is no larger than that room, no visible horizontal scroll bar, every visible widget
inside its parent (nothing cut off), no button or unwrapped label narrower than its text, no
wrapped label shorter than its lines. The windows come from :func:`windows`, so the same walk
can run per language (issue 16): a new page or dialog gets a line there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk import report as rep
from peerdesk.demo import fill
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.handout_dialog import HandoutDialog
from ui.dialogs.old_backups_dialog import OldBackupsDialog
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.recovery_code_view import NewCodeDialog
from ui.dialogs.report_dialog import PDF, ReportDialog
from ui.gates.damage_dialog import DamageDialog
from ui.gates.restore_dialog import RestoreDialog
from ui.gates.setup_wizard import SetupWizard
from ui.gates.unlock_dialog import UnlockDialog
from ui.main_window import FOLLOW_UPS, PEERS, RESOURCES, SESSIONS, MainWindow
from ui.models.peers_model import PeersModel
from ui.printing.page_preview import PagePreviewDialog
from ui.printing.report_pdf import report_pages
from ui.session.identifier_guard import IdentifierGuardDialog, find_in
from ui.session.steps.context_step import ContextStep
from ui.session.steps.resources_step import ResourcesStep
from ui.system.crash import CrashDialog
from ui.system.window_state import WindowState

# The room a window gets: the screen less a panel (32 px) and a title bar (32 px), in logical
# pixels (150% scaling divides the screen by 1.5 and the panel and title bar stay 32 each).
ROOM = 64


@dataclass(frozen=True)
class Laptop:
    name: str
    width: int
    height: int

    @property
    def room(self) -> QSize:
        return QSize(self.width, self.height - ROOM)


LAPTOPS = (
    Laptop("1280x720", 1280, 720),
    Laptop("1366x768", 1366, 768),
    Laptop("1366x768-150pc", 911, 512),
)


@dataclass
class Walk:
    """What the windows are built over: a demo journal, its vault and a clock."""

    journal: Journal
    vault: Vault
    clock: Clock
    window: MainWindow
    folder: Path


# A named window to check: shows itself (pages and steps are switched to) and yields the widget.
Opener = Callable[[Walk], QWidget]


def _page(row: int) -> Opener:
    def opener(walk: Walk) -> QWidget:
        walk.window.nav.setCurrentRow(row)
        return walk.window

    return opener


def _step(step_id: str) -> Opener:
    def opener(walk: Walk) -> QWidget:
        form = walk.window.forms[0] if walk.window.forms else walk.window.new_session()
        form.go_to_step(step_id)
        return form

    return opener


def _finished_session_step(step_id: str) -> Opener:
    """A finished demo session with referrals and marked resources, at ``step_id``."""

    def opener(walk: Walk) -> QWidget:
        sessions = [walk.journal.sessions.get(s.id) for s in walk.journal.sessions.page(0, 200)]
        shown = next(s for s in sessions if s.referrals and s.resource_marks)
        assert shown.id is not None
        form = walk.window.open_session(shown.id)
        assert form is not None
        form.go_to_step(step_id)
        return form

    return opener


def _setup_page(index: int) -> Opener:
    def opener(walk: Walk) -> QWidget:
        wizard = SetupWizard(Vault(walk.folder / "new", KeyStore(MemoryKeyring()), kdf_cost=FAST))
        wizard.stack.setCurrentIndex(index)
        return wizard

    return opener


def _report(kind: int) -> Opener:
    def opener(walk: Walk) -> QWidget:
        dialog = ReportDialog(walk.journal, walk.clock)
        dialog.kind.setCurrentIndex(kind)
        return dialog

    return opener


def _print_preview(walk: Walk) -> QWidget:
    today = walk.clock().date()
    report = rep.build(compute(walk.journal.conn, Period.months_up_to(today), today))
    return PagePreviewDialog(report_pages(report), "Report", lambda _parent: False)


def _peers_with_closed_ones(walk: Walk) -> QWidget:
    """The Peers page listing closed peers too: its status column shows."""
    walk.window.nav.setCurrentRow(PEERS)
    page = walk.window.peers_page
    assert page.table.isColumnHidden(PeersModel.STATUS)  # every listed peer is open
    page.show_closed.setChecked(True)
    assert not page.table.isColumnHidden(PeersModel.STATUS)
    return walk.window


def _help_dialog(walk: Walk) -> QWidget:
    """Help > How PeerDesk protects your journal, opened as the menu opens it."""
    action = next(
        a
        for a in walk.window.findChildren(QAction)
        if a.text() == walk.window.tr("&How PeerDesk protects your journal")
    )
    before = set(walk.window.findChildren(QDialog))
    action.trigger()
    (dialog,) = set(walk.window.findChildren(QDialog)) - before
    return dialog


def windows() -> dict[str, Opener]:
    """Every window the supporter can meet, by a name for the test's id."""
    found: dict[str, Opener] = {}
    for row, name in enumerate(
        ("today", "sessions", "followups", "peers", "resources", "insights", "settings")
    ):
        found[f"page-{name}"] = _page(row)
    found["page-peers-closed"] = _peers_with_closed_ones
    for step in flow.FLOW.steps:
        found[f"new-session-{step.id}"] = _step(step.id)
    found["session-with-referrals-resources"] = _finished_session_step("resources")
    found["session-with-referrals-close"] = _finished_session_step("close")
    for index, name in enumerate(("welcome", "passphrase", "code", "confirm", "done")):
        found[f"setup-{name}"] = _setup_page(index)
    found["dialog-report-csv"] = _report(0)
    found["dialog-report-pdf"] = _report(PDF)
    found["dialog-program-totals"] = lambda walk: ProgramTotalsDialog()
    found["dialog-handout"] = lambda walk: HandoutDialog(
        walk.journal,
        walk.clock,
        resource_ids=[r.id for r in walk.journal.resources.all() if r.id is not None][:3],
    )
    found["dialog-security-help"] = _help_dialog
    found["dialog-about"] = lambda walk: AboutDialog(walk.folder)
    found["dialog-new-code"] = lambda walk: NewCodeDialog(
        RecoveryCode.generate(), today=lambda: walk.clock().date()
    )
    found["dialog-unlock"] = lambda walk: UnlockDialog(walk.vault, after_lock=True)
    found["dialog-damage"] = lambda walk: DamageDialog(walk.vault)
    found["dialog-restore"] = lambda walk: RestoreDialog(walk.vault)
    found["dialog-identifiers"] = lambda walk: IdentifierGuardDialog(
        find_in("cope", "Cope", "Call 555-123-4567 or mail kim@example.org, MRN 12345678")
    )
    found["dialog-old-backups"] = lambda walk: OldBackupsDialog(walk.vault)
    found["dialog-print-preview"] = _print_preview
    found["dialog-crash"] = lambda walk: CrashDialog("Traceback (most recent call last):\n" * 40)
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    folder = tmp_path_factory.mktemp("layout")
    # The tests' fixed day, so that the demo's dates (and what they make wrap) never vary
    vault = Vault(folder / "journal", KeyStore(MemoryKeyring()), clock=Clock(), kdf_cost=FAST)
    journal, _code = vault.create()
    fill(journal, 300, seed=7)
    yield vault, folder
    vault.lock()


@contextmanager
def walk_over(qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock) -> Iterator[Walk]:
    vault, folder = demo
    assert vault.journal is not None
    window = MainWindow(vault.journal, vault, clock, demo=True)
    qtbot.addWidget(window)
    try:
        yield Walk(vault.journal, vault, clock, window, folder)
    finally:
        window.prepare_for_lock(save=False)


def _settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def _where(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({name!r}, {shown[:50]!r})"


def _visible_descendants(top: QWidget) -> Iterator[QWidget]:
    for child in top.findChildren(QWidget):
        if child.isVisibleTo(top) and child.isWindow() is False:
            yield child


def _inside_a_view(widget: QWidget) -> bool:
    """A part Qt places itself inside a list, table, text box or combo box (headers, viewports,
    editors): the view scrolls it. The app's own scroll areas (QScrollArea) are checked."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def problems(top: QWidget, room: QSize) -> list[str]:
    """What does not fit when ``top`` has ``room``: empty when everything fits."""
    found: list[str] = []
    if top.width() > room.width() or top.height() > room.height():
        found.append(
            f"window is {top.width()}x{top.height()}, the room {room.width()}x{room.height()}"
        )
    for widget in _visible_descendants(top):
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisibleTo(top):
                found.append(f"horizontal scroll bar in {_where(widget)}")
        parent = widget.parentWidget()
        if parent is None or _inside_a_view(widget):
            continue
        is_viewport_child = isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        )
        geometry = widget.geometry()
        if is_viewport_child:  # scrolls up and down, never sideways
            if geometry.left() < 0 or geometry.right() > parent.width() - 1:
                found.append(
                    f"{_where(widget)} wider than its scroll area "
                    f"({geometry.width()} > {parent.width()})"
                )
        elif not QRect(0, 0, parent.width(), parent.height()).contains(geometry):
            found.append(
                f"{_where(widget)} cut off: {geometry.x()},{geometry.y()} {geometry.width()}x"
                f"{geometry.height()} in {_where(parent)} {parent.width()}x{parent.height()}"
            )
        if isinstance(widget, (QAbstractButton, QLabel)):
            hint = widget.minimumSizeHint()
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(
                        f"{_where(widget)} shows {widget.height()} of {needed} px of its lines"
                    )
            elif widget.width() < hint.width():
                found.append(
                    f"{_where(widget)} is {widget.width()} px for {hint.width()} px of text"
                )
    return found


# (language, window, laptop) known not to fit yet. Strict: one that fits must leave this set.
NOT_YET: set[tuple[str, str, str]] = set()


def _params() -> list[object]:
    """Every window by name; a session form takes seconds to build (marked slow)."""
    return [
        pytest.param(name, marks=pytest.mark.slow) if "session" in name else name
        for name in sorted(windows())
    ]


@pytest.mark.parametrize("name", _params())
def test_every_window_fits_a_laptop_screen(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, name: str, spoken: str
) -> None:
    """One window in one language, built once, given the room of each laptop in turn."""
    failures: list[str] = []
    with walk_over(qtbot, demo, clock) as walk:
        top = windows()[name](walk)
        if top is not walk.window:
            qtbot.addWidget(top)
        top.show()
        for laptop in sorted(LAPTOPS, key=lambda laptop: -laptop.width):
            top.resize(laptop.room)
            _settle()
            found = problems(top, laptop.room)
            if (spoken, name, laptop.name) in NOT_YET:
                # Strict: once it fits, it must leave NOT_YET
                assert found, f"{name} fits {laptop.name} now: take it out of NOT_YET"
            else:
                failures += [f"{laptop.name}: {problem}" for problem in found]
        if top is not walk.window and top not in walk.window.forms:
            top.close()  # a dialog; the forms close with the window
    assert not failures, "\n".join(failures)


def _free_area(widget: QWidget) -> QRect:
    screen = widget.screen()
    assert screen is not None
    return screen.availableGeometry()


def test_the_window_opens_no_larger_than_the_screen(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock
) -> None:
    """The offscreen screen (800x800) is smaller than the window's preferred 1180x720."""
    with walk_over(qtbot, demo, clock) as walk:
        area = _free_area(walk.window)
        assert walk.window.width() <= area.width() - 16
        assert walk.window.height() <= area.height() - 40  # room for the title bar
        form = walk.window.new_session()
        assert form.width() <= area.width() - 16
        assert form.height() <= area.height() - 40


def test_a_window_size_kept_from_a_larger_screen_is_fitted_to_this_one(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, tmp_path: Path
) -> None:
    state = WindowState(tmp_path / "config")
    with walk_over(qtbot, demo, clock) as walk:
        walk.window.setMinimumSize(1, 1)
        walk.window.resize(1900, 1150)  # as on a large monitor
        walk.window.move(600, 400)
        state.save(walk.window)
    with walk_over(qtbot, demo, clock) as walk:
        state.restore(walk.window)
        area = _free_area(walk.window)
        assert walk.window.width() <= area.width() - 16
        assert walk.window.height() <= area.height() - 40
        assert area.contains(walk.window.geometry().topLeft())
        assert walk.window.geometry().right() <= area.right()


@pytest.mark.parametrize("laptop", LAPTOPS, ids=[laptop.name for laptop in LAPTOPS])
@pytest.mark.parametrize("step_id", ["context", "resources"])
def test_a_step_gives_its_lists_the_room_there_is(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, laptop: Laptop, step_id: str
) -> None:
    """Every tag (Context) and every resource (step 6) shows, or the lists grow until the step
    fills its area: no empty band below a list that scrolls."""
    with walk_over(qtbot, demo, clock) as walk:
        # A follow-up session: the last session's summary beside the form leaves the least width
        followup = walk.journal.followups.open()[0]
        form = walk.window.start_follow_up(followup.id)
        assert form is not None
        form.resize(laptop.room)
        form.go_to_step(step_id)
        _settle()
        step = form.steps[step_id]
        if isinstance(step, ResourcesStep):
            lists: list[QAbstractScrollArea] = [step.offers.tree]
        else:
            assert isinstance(step, ContextStep)
            lists = [step.events, step.drivers]
        scrolling = [view for view in lists if view.verticalScrollBar().isVisible()]
        if not scrolling:
            return  # every row shows
        area = form.stack.currentWidget()
        assert isinstance(area, QAbstractScrollArea)
        viewport = area.viewport()
        bottom = max(
            w.mapTo(viewport, QPoint(0, w.height())).y()
            for w in step.findChildren(QWidget)
            if w.isVisible()
        )
        row = max(view.sizeHintForRow(0) for view in scrolling)  # type: ignore[attr-defined]
        assert bottom >= viewport.height() - row, (bottom, viewport.height())


@pytest.mark.parametrize("days_later", [0, 12], ids=["today", "12-days-later"])
@pytest.mark.parametrize("laptop", LAPTOPS, ids=[laptop.name for laptop in LAPTOPS])
def test_today_gives_its_lists_the_room_there_is(
    qtbot: QtBot,
    demo: tuple[Vault, Path],
    clock: Clock,
    laptop: Laptop,
    days_later: int,
    spoken: str,
) -> None:
    """Every due follow-up and draft shows, or the lists grow until the page is full: no empty
    band below a list that scrolls (12 days later, most of them are overdue)."""
    clock.now += timedelta(days=days_later)
    with walk_over(qtbot, demo, clock) as walk:
        walk.window.resize(laptop.room)
        walk.window.show()
        _settle()
        page = walk.window.today_page
        lists = [*page.groups.values(), page.drafts]
        shown = [view for view in lists if view.isVisible()]
        assert len(shown) >= 2  # the demo has follow-ups due and drafts
        scrolling = [view for view in shown if view.verticalScrollBar().isVisible()]
        if not scrolling:
            return  # every row shows
        bottom = max(
            w.mapTo(page, QPoint(0, w.height())).y()
            for w in page.findChildren(QWidget)
            if w.isVisible()
        )
        layout = page.layout()
        assert layout is not None
        room = page.height() - layout.contentsMargins().bottom()
        row = max(view.sizeHintForRow(0) for view in scrolling)
        assert bottom >= room - row, (
            f"{[view.accessibleName() for view in scrolling]} scroll(s) with "
            f"{room - bottom} px free below"
        )


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
        yield from _indexes(model, model.index(row, 0, parent))


def _words(text: str) -> set[str]:
    """The words of ``text`` in any script, folded, without the punctuation around them."""
    return set(re.findall(r"\w+", text.casefold()))


def test_a_tooltip_word_is_a_whole_word() -> None:
    """The check itself: a word found only inside another word, or missing, is missing."""
    assert _words("Erledigt am 1. Dez. 2026") - _words("Geplant; erledigt im Gespräch") == {
        "am",
        "1",
        "dez",
        "2026",
    }
    assert not _words("Réalisé le 1 déc. 2026") - _words("Prévu ; réalisé le 1 déc. 2026.")


def test_a_column_too_narrow_for_its_text_has_the_whole_text_in_a_tooltip(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, spoken: str
) -> None:
    narrow = LAPTOPS[-1]  # 150%: names, kinds and dates are cut short
    with walk_over(qtbot, demo, clock) as walk:
        walk.window.resize(narrow.room)
        walk.window.show()
        views: list[QAbstractItemView] = []
        walk.window.peers_page.show_closed.setChecked(True)  # the status column too
        for row, built in (
            (SESSIONS, lambda: walk.window.sessions_page.table),
            (FOLLOW_UPS, lambda: walk.window.followups_page.tree),
            (RESOURCES, lambda: walk.window.resources_page.tree),
            (PEERS, lambda: walk.window.peers_page.table),
        ):
            walk.window.nav.setCurrentRow(row)
            _settle()
            views.append(built())
        cut = 0
        for view in views:
            metrics = view.fontMetrics()
            for index in _indexes(view.model()):
                text = index.data()
                rect = view.visualRect(index)
                if not isinstance(text, str) or not text or rect.isEmpty():
                    continue
                if metrics.horizontalAdvance(text) > rect.width() - 6:  # drawn cut short
                    cut += 1
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    assert isinstance(tip, str), (view.accessibleName(), text)
                    # every word of it, maybe in a longer sentence ("Done 1 Dec 2026": "Planned
                    # for ...; done in the follow-up session of 1 Dec 2026"), in any language
                    missing = _words(text) - _words(tip)
                    assert not missing, (view.accessibleName(), text, tip)
        assert cut  # the check saw cut-short text

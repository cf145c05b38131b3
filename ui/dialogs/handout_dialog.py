"""Make a handout: pick resources (or whole categories), add a note, preview, print or save.

The dialog reads only the resource directory, the remembered organisation name and the
supporter's country (whose emergency line the page carries). It never looks at sessions or
peers, so nothing about the peer reaches the page unless the supporter types it into the note,
which says so.

Nothing is ticked behind the supporter's back: whatever starts ticked (the resources marked
"handout given" in a session) is named above the list, and from the Resources page the chosen
entry is only shown, not ticked. An entry with no phone, text line or web address is not printed
or saved until the supporter fills it in, unticks it or keeps it as it is. A PDF is saved in the
Documents folder unless the supporter picks another.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk import due
from peerdesk.clock import Clock, today
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY, ORGANISATION, ORGANISATION_MAX
from peerdesk.resource_defaults import is_placeholder
from peerdesk.resources import Resource
from peerdesk.text import clean
from ui.messages import category_label, core_message
from ui.models.roles import Role
from ui.printing.handout import (
    NOTE_MAX,
    Handout,
    emergency_line,
    in_print_order,
    page_image,
    preview_dialog,
    print_handout,
    save_handout_pdf,
)
from ui.system.folders import in_documents
from ui.widgets.accessible import ResultLine, say_partly_ticked
from ui.widgets.dates import date_field_format, to_date, to_qdate
from ui.widgets.labels import ERROR, WARNING, muted_label, set_style_property, wrapped_label
from ui.widgets.labels import error_label as _error_label
from ui.widgets.labels import plain_button as _button
from ui.widgets.numbers import whole
from ui.widgets.screen import fit_to_screen

ChooseSaveFile = Callable[[str], Path | None]  # suggested file name -> chosen path, or None
PrintHandout = Callable[[QWidget | None, Handout], bool]

PREVIEW_WIDTH = 330


class HandoutDialog(QDialog):
    """Build one handout. ``resource_ids`` say what starts ticked (and the dialog says so);
    ``shown_id`` is an entry to show, not ticked (the Resources page's choice).

    ``handout_made`` carries the ids of the resources on a handout just printed or saved (the
    session form marks them handout given)."""

    handout_made = Signal(list)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        resource_ids: Iterable[int] = (),
        shown_id: int | None = None,
        organisation: str = "",
        choose_save_file: ChooseSaveFile | None = None,
        print_handout: PrintHandout | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._today = today(clock)
        self._choose_save_file = choose_save_file or self._ask_save_file
        self._print = print_handout or _print_with_dialog
        self.preview_window: QDialog | None = None
        self.pages = 0
        self._country = journal.preferences.get(COUNTRY)
        self._kept: set[int] = set()  # entries without contact details the supporter kept
        self.setWindowTitle(self.tr("Make a handout"))
        self.setSizeGripEnabled(True)

        wanted = set(resource_ids)
        directory = journal.resources.all()
        known = {r.id for r in directory}
        for resource_id in wanted - known:  # e.g. an archived entry offered in a session
            with contextlib.suppress(NotFound):
                directory.append(journal.resources.get(resource_id))
        self._resources: dict[int, Resource] = {r.id: r for r in directory if r.id is not None}

        # --- what to print ----------------------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Resource"), self.tr("Check before printing")])
        self.tree.setAccessibleName(self.tr("Resources on the handout"))
        self.tree.setAccessibleDescription(
            self.tr("Tick a category for all of its entries; Space ticks the current row")
        )
        self.tree.setUniformRowHeights(True)
        self._fill_tree(in_print_order(self._resources.values()), wanted)
        self.tree.itemChanged.connect(self._changed)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 280)
        tree_label = QLabel(self.tr("&Resources (tick a category to take all of it)"))
        tree_label.setBuddy(self.tree)
        self.started_ticked = wrapped_label()
        ticked = [self._resources[i].name for i in self.chosen_ids()]
        if ticked:
            self.started_ticked.setText(
                self.tr(
                    "Ticked when this opened: {names}. Untick any you don't want on the page."
                ).format(names=", ".join(ticked))
            )
        self.started_ticked.setVisible(bool(ticked))
        self._show_entry(shown_id)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Personal note (optional)"))
        self.note.setPlaceholderText(self.tr("e.g. Thank you for talking with me today."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.textChanged.connect(self._note_changed)
        note_hint = muted_label(
            self.tr(
                "Printed exactly as you type it on a page you give away: leave out names and "
                "anything about your conversation."
            )
        )
        self.note.setAccessibleDescription(note_hint.text())
        self.note_error = _error_label()
        self.organisation = QLineEdit(organisation or journal.preferences.get(ORGANISATION))
        self.organisation.setMaxLength(ORGANISATION_MAX)
        self.organisation.setAccessibleName(self.tr("Organisation name on the handout"))
        self.organisation.setPlaceholderText(self.tr("Optional, e.g. your hospital's name"))
        self.organisation.textChanged.connect(self._changed)
        self.made_on = QDateEdit()
        self.made_on.setCalendarPopup(True)
        self.made_on.setDisplayFormat(date_field_format())
        self.made_on.setDate(to_qdate(self._today))
        self.made_on.setAccessibleName(self.tr("Date on the handout"))
        self.made_on.dateChanged.connect(self._changed)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setProperty("note", WARNING)
        self.warnings.setAccessibleDescription(self.tr("Things to check"))
        self.warnings.hide()
        self.keep_button = _button(
            self.tr("&Keep them without contact details"),
            self.tr("Print the entries without a phone, text line or web address as they are"),
        )
        self.keep_button.clicked.connect(self.keep_empty_entries)
        self.keep_button.hide()

        # --- preview ----------------------------------------------------------------------------
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setFixedWidth(PREVIEW_WIDTH + 2)
        self.preview.setMinimumHeight(120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setProperty("preview", "page")  # a picture of paper: black on white
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.pages_label = QLabel()
        self.pages_label.setWordWrap(True)
        self.pages_label.setFixedWidth(PREVIEW_WIDTH + 4)
        self.emergency_label = wrapped_label(
            self.tr("Every handout says: {line}").format(line=emergency_line(self._country))
        )
        self.emergency_label.setFixedWidth(PREVIEW_WIDTH + 4)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview_now)

        # --- actions ----------------------------------------------------------------------------
        self.status = ResultLine()  # announced
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.preview_button = _button(self.tr("Pre&view…"), self.tr("Show a print preview"))
        self.print_button = _button(self.tr("&Print…"), self.tr("Print the handout"))
        self.save_button = _button(self.tr("&Save as PDF…"), self.tr("Save the handout as PDF"))
        self.close_button = _button(self.tr("Close"), self.tr("Close without printing"))
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        note_box = QVBoxLayout()
        note_box.setSpacing(2)
        note_box.addWidget(self.note)
        note_box.addWidget(note_hint)
        note_box.addWidget(self.note_error)
        note_label = QLabel(self.tr("Personal &note:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, note_box)
        organisation_label = QLabel(self.tr("&Organisation:"))
        organisation_label.setBuddy(self.organisation)
        form.addRow(organisation_label, self.organisation)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.made_on)
        form.addRow(date_label, self.made_on)

        left = QVBoxLayout()
        left.addWidget(tree_label)
        left.addWidget(self.started_ticked)
        left.addWidget(self.tree, 1)
        left.addLayout(form)
        left.addWidget(self.warnings)
        left.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)
        # On a short screen the page scrolls inside its frame rather than making the dialog taller
        # than the screen; the frame takes no Tab stop (the preview is read aloud as a picture).
        page_frame = QScrollArea()
        page_frame.setWidget(self.preview)
        page_frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page_frame.setFrameShape(QScrollArea.Shape.NoFrame)
        bar = page_frame.verticalScrollBar().sizeHint().width()
        page_frame.setFixedWidth(PREVIEW_WIDTH + 2 + bar)
        page_frame.setMinimumHeight(120)
        right = QVBoxLayout()
        right.addWidget(page_frame, 1)
        right.addWidget(self.pages_label)
        right.addWidget(self.emergency_label)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.close_button, self.preview_button, self.print_button):
            buttons.addWidget(button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        order: list[QWidget] = [
            self.tree,
            self.note,
            self.organisation,
            self.made_on,
            self.keep_button,
            self.close_button,
            self.preview_button,
            self.print_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        fit_to_screen(self, 1000, 660)
        self._update_state()
        self.update_preview_now()
        self.tree.setFocus()

    # --- building -------------------------------------------------------------------------------

    def _fill_tree(self, resources: list[Resource], ids: set[int]) -> None:
        heads: dict[str, QTreeWidgetItem] = {}
        for item in resources:
            head = heads.get(item.category)
            if head is None:
                head = QTreeWidgetItem(self.tree, [category_label(item.category)])
                head.setFlags(
                    head.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                head.setData(0, Role.RESOURCE_ID, None)
                heads[item.category] = head
            name = item.name + (self.tr(" (archived)") if item.archived else "")
            row = QTreeWidgetItem(head, [name, self._check_text(item)])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setData(0, Role.RESOURCE_ID, item.id)
            ticked = Qt.CheckState.Checked if item.id in ids else Qt.CheckState.Unchecked
            row.setCheckState(0, ticked)
            if item.description:
                row.setToolTip(0, item.description)
        for head in heads.values():  # made in print order, since ``resources`` is in it
            head.setExpanded(True)

    def _show_entry(self, resource_id: int | None) -> None:
        """Make an entry the current row, so the supporter sees it (it stays unticked)."""
        for row in self._resource_rows():
            if resource_id is not None and row.data(0, Role.RESOURCE_ID) == resource_id:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)
                return

    def _check_text(self, item: Resource) -> str:
        if is_placeholder(item):
            return self.tr("no phone, text or web address yet")
        if item.last_verified_on is None:
            return self.tr("not verified yet")
        if due.needs_verifying(item.last_verified_on, self._today):
            return self.tr("verified over a year ago")
        return ""

    # --- reading the choices --------------------------------------------------------------------

    def _heads(self) -> Iterator[QTreeWidgetItem]:
        """The category headings, in order."""
        for top in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(top)
            assert head is not None  # top < topLevelItemCount()
            yield head

    def _resource_rows(self) -> Iterator[QTreeWidgetItem]:
        """The resources' rows (each under its category's heading), in order."""
        for head in self._heads():
            for child in range(head.childCount()):
                row = head.child(child)
                assert row is not None  # child < childCount()
                yield row

    def chosen_ids(self) -> list[int]:
        return [
            int(row.data(0, Role.RESOURCE_ID))
            for row in self._resource_rows()
            if row.checkState(0) == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for row in self._resource_rows():
            state = int(row.data(0, Role.RESOURCE_ID)) in wanted
            row.setCheckState(0, Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def category_item(self, category: str) -> QTreeWidgetItem | None:
        label = category_label(category)
        return next((head for head in self._heads() if head.text(0) == label), None)

    def handout(self) -> Handout:
        """The handout as the dialog stands (the note and organisation as typed, tidied)."""
        return Handout(
            resources=tuple(self._resources[i] for i in self.chosen_ids()),
            made_on=to_date(self.made_on.date()),
            note=clean(self.note.toPlainText(), "note", max_len=NOTE_MAX),
            organisation=ORGANISATION.check(self.organisation.text()),
            country=self._country,
        )

    # --- reacting -------------------------------------------------------------------------------

    def _note_changed(self) -> None:
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX:
            self.note.blockSignals(True)
            self.note.setPlainText(text[:NOTE_MAX])
            self.note.blockSignals(False)
            cursor = self.note.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.note.setTextCursor(cursor)
            self._show_note_error(
                self.tr("A note holds at most {n} characters; the rest was cut off.").format(
                    n=NOTE_MAX
                )
            )
        else:
            self._show_note_error("")
        self._changed()

    def _show_note_error(self, text: str) -> None:
        self.note_error.setText(text)
        self.note_error.setVisible(bool(text))

    def _changed(self) -> None:
        self._update_state()
        self._preview_timer.start()

    def _update_state(self) -> None:
        for head in self._heads():
            say_partly_ticked(head)
        chosen = [self._resources[i] for i in self.chosen_ids()]
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(bool(chosen))
        unverified = [
            r
            for r in chosen
            if not is_placeholder(r) and due.needs_verifying(r.last_verified_on, self._today)
        ]
        empty = self.empty_entries()
        lines = []
        if len(unverified) == 1:
            lines.append(
                self.tr(
                    "“{name}” was not verified in the last 12 months: check its numbers and "
                    "hours before you hand this out."
                ).format(name=unverified[0].name)
            )
        elif unverified:
            lines.append(
                self.tr(
                    "{n} of the chosen entries were not verified in the last 12 months: check "
                    "their numbers and hours before you hand this out."
                ).format(n=whole(len(unverified)))
            )
        if empty:
            lines.append(
                self.tr(
                    "No phone, text line or web address yet for: {names}. Fill it in on the "
                    "Resources page, untick it, or keep it without contact details."
                ).format(names=", ".join(r.name for r in empty))
            )
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self.keep_button.setVisible(bool(empty))

    def update_preview_now(self) -> None:
        self._preview_timer.stop()
        try:
            handout = self.handout()
        except InvalidInput:
            return
        if not handout.resources:
            self.preview.clear()
            self.preview.setAccessibleName("")  # named by these words, not as a picture
            self.preview.setText(self.tr("Tick at least one resource."))
            self.preview.setFixedHeight(120)
            self.pages_label.setText("")
            self.pages = 0
            return
        image, self.pages = page_image(handout, PREVIEW_WIDTH)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview.setFixedHeight(image.height() + 2)
        if self.pages == 1:
            self.pages_label.setText(self.tr("Fits on one page."))
        else:
            self.pages_label.setText(
                self.tr("Takes {n} pages: untick a few entries to fit one page.").format(
                    n=whole(self.pages)
                )
            )

    # --- actions --------------------------------------------------------------------------------

    def _validated_handout(self) -> Handout | None:
        try:
            handout = self.handout()
        except InvalidInput as exc:
            if exc.field == "note":
                self._show_note_error(
                    self.tr("The note can't be printed: {reason}.").format(reason=core_message(exc))
                )
                self.note.setFocus()
            else:
                self._set_status(
                    self.tr("The organisation name can't be printed: {reason}.").format(
                        reason=core_message(exc)
                    ),
                    error=True,
                )
                self.organisation.setFocus()
            return None
        if not handout.resources:
            self._set_status(self.tr("Tick at least one resource first."), error=True)
            self.tree.setFocus()
            return None
        return handout

    def empty_entries(self) -> list[Resource]:
        """The ticked entries without a phone, text line or web address nobody kept yet."""
        return [
            self._resources[i]
            for i in self.chosen_ids()
            if i not in self._kept and is_placeholder(self._resources[i])
        ]

    def keep_empty_entries(self) -> None:
        """Print the ticked entries without contact details as they are (this handout only)."""
        self._kept.update(r.id for r in self.empty_entries() if r.id is not None)
        self._set_status("")
        self._update_state()

    def _ready_to_print(self) -> Handout | None:
        """The handout, unless something stops it going on paper (the reason is shown)."""
        handout = self._validated_handout()
        if handout is None:
            return None
        empty = self.empty_entries()
        if empty:
            self._set_status(
                self.tr(
                    "Not printed yet: no phone, text line or web address for {names}. Fill it "
                    "in, untick it, or press “Keep them without contact details”."
                ).format(names=", ".join(f"“{r.name}”" for r in empty)),
                error=True,
            )
            self.keep_button.setFocus()
            return None
        return handout

    def _remember_organisation(self, handout: Handout) -> None:
        try:
            if self._journal.preferences.get(ORGANISATION) != handout.organisation:
                self._journal.preferences.set(ORGANISATION, handout.organisation)
        except PeerDeskError:
            pass  # remembering the name is a convenience; the handout itself is done

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        set_style_property(self.status, "state", ERROR if error else "")

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the PDF to ``path`` (asked for when not given); return the path written."""
        handout = self._ready_to_print()
        if handout is None:
            return None
        if path is None:
            path = self._choose_save_file(f"handout-{handout.made_on.isoformat()}.pdf")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = save_handout_pdf(path, handout)
        except PeerDeskError as exc:
            self._set_status(
                self.tr("The PDF could not be saved: {reason}").format(reason=core_message(exc)),
                error=True,
            )
            return None
        self._remember_organisation(handout)
        self._set_status(self.tr("Saved {name} (%Ln page(s)).", "", pages).format(name=path.name))
        self.handout_made.emit([r.id for r in handout.resources])
        return path

    def print_now(self) -> bool:
        handout = self._ready_to_print()
        if handout is None:
            return False
        try:
            printed = self._print(self, handout)
        except PeerDeskError as exc:
            self._set_status(
                self.tr("The handout could not be printed: {reason}").format(
                    reason=core_message(exc)
                ),
                error=True,
            )
            return False
        if printed:
            self._remember_organisation(handout)
            self._set_status(self.tr("Sent to the printer."))
            self.handout_made.emit([r.id for r in handout.resources])
        return printed

    def show_preview(self) -> QDialog | None:
        handout = self._validated_handout()
        if handout is None:
            return None
        # Print in the preview goes the way of the Print button (the same printer question).
        self.preview_window = preview_dialog(self, handout, lambda _owner, _h: self.print_now())
        self.preview_window.open()
        return self.preview_window

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)

    def save_file_dialog(self, suggested: str) -> QFileDialog:
        """The question where to save, opening in the Documents folder with ``suggested``."""
        dialog = QFileDialog(
            self,
            self.tr("Save handout as PDF"),
            in_documents(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        return dialog

    def _ask_save_file(self, suggested: str) -> Path | None:
        dialog = self.save_file_dialog(suggested)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()


def _print_with_dialog(parent: QWidget | None, handout: Handout) -> bool:
    return print_handout(parent, handout)

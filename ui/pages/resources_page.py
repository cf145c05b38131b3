"""The resource directory: where to send a peer when peer support is not enough.

Entries are listed by category. Each can be added, edited and archived (archived entries stay
for the sessions that offered them, and can be restored). An entry last verified more than 12
months ago (or never) is flagged, so numbers are checked before they are printed. The whole
directory can be exported and imported as JSON or CSV, and any part of it printed as a handout.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk import due, resource_files
from peerdesk.clock import Clock
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.resource_defaults import is_placeholder
from peerdesk.resources import CATEGORIES, Resource
from peerdesk.text import LINE_MAX, NOTE_MAX, fold
from ui.dialogs.handout_dialog import HandoutDialog
from ui.messages import category_label, core_message
from ui.models.resources_model import CONTACT, NAME, VERIFIED, ResourcesModel
from ui.system.folders import in_documents
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.dates import date_field_format, day_long_month_year, to_date, to_qdate
from ui.widgets.labels import ERROR, WARNING, set_style_property
from ui.widgets.labels import error_label as _error_label
from ui.widgets.labels import plain_button as _button
from ui.widgets.numbers import whole
from ui.widgets.scroll import FocusScrollArea

ChooseOpenFile = Callable[[], Path | None]
ChooseSaveFile = Callable[[str], Path | None]  # suggested name -> chosen path, or None
Confirm = Callable[[str], bool]

_TEXT_FIELDS = ("name", "phone", "text_line", "web", "hours", "audience", "source")


class ResourcesPage(QWidget):
    """Browse, edit, share and print the resource directory."""

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        organisation: str = "",
        choose_open_file: ChooseOpenFile | None = None,
        choose_save_file: ChooseSaveFile | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._organisation = organisation
        self._choose_open_file = choose_open_file or self._ask_open_file
        self._choose_save_file = choose_save_file or self._ask_save_file
        self._confirm = confirm or self._ask
        self._editing: Resource | None = None  # None: a new entry
        self._dirty = False
        self._loading = False
        self.handout_dialog: HandoutDialog | None = None

        # --- the list ---------------------------------------------------------------------------
        self.model = ResourcesModel(journal.resources, clock, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Resource directory"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VERIFIED, QHeaderView.ResizeMode.Interactive)
        self.tree.installEventFilter(self)  # column widths follow the list's width
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        name_as_shown(self.show_archived, self.tr("Show archived resources"))
        self.show_archived.toggled.connect(self._show_archived_toggled)
        self.add_button = _button(self.tr("&Add resource"), self.tr("Add a resource"))
        self.add_button.clicked.connect(self.new_resource)
        self.import_button = _button(self.tr("&Import…"), self.tr("Import resources from a file"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = _button(self.tr("E&xport…"), self.tr("Export the directory to a file"))
        self.export_button.clicked.connect(self.export_file)
        self.handout_button = _button(
            self.tr("&Make a handout…"), self.tr("Make a handout from the directory")
        )
        self.handout_button.clicked.connect(self.make_handout)

        # --- the editor -------------------------------------------------------------------------
        self.editor_title = QLabel()
        bold = self.editor_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.editor_title.setFont(bold)
        self.editor_title.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_banner = QLabel()
        self.verify_banner.setWordWrap(True)
        self.verify_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_banner.setProperty("note", WARNING)
        self.verify_banner.setAccessibleDescription(self.tr("Verification warning"))
        self.verify_banner.hide()
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.currentIndexChanged.connect(self._edited)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        names = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "text_line": self.tr("Text line"),
            "web": self.tr("Web address"),
            "hours": self.tr("Hours"),
            "audience": self.tr("For whom"),
            "source": self.tr("Source: the public page the details come from"),
        }
        hints = {
            "name": self.tr("e.g. Staff counselling service"),
            "phone": self.tr("as it should be dialled, e.g. 1-800-555-0100"),
            "text_line": self.tr("e.g. HOME to 741741"),
            "web": self.tr("e.g. example.org/help"),
            "hours": self.tr("e.g. 24 hours, every day"),
            "audience": self.tr("e.g. All staff and their families"),
            "source": self.tr("where to check the details, e.g. https://988lifeline.org/"),
        }
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(names[name])
            edit.setPlaceholderText(hints[name])
            edit.setMaxLength(LINE_MAX + 50)
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self.save)
            self.fields[name] = edit
            self.errors[name] = _error_label()
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(
            self.tr("What they offer, in a sentence or two (printed on handouts)")
        )
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.description.textChanged.connect(self._edited)
        self.errors["description"] = _error_label()
        self.errors["category"] = _error_label()
        self.verified = QCheckBox(self.tr("&Verified on"))
        name_as_shown(self.verified, self.tr("Details verified"))
        self.verified.toggled.connect(self._edited)
        self.verified.toggled.connect(self._update_verified_enabled)
        self.verified_on = QDateEdit()
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDisplayFormat(date_field_format())
        self.verified_on.setAccessibleName(self.tr("Date the details were verified"))
        self.verified_on.dateChanged.connect(self._edited)
        self.errors["last_verified_on"] = _error_label()
        self.verified_today_button = _button(
            self.tr("Verified &today"), self.tr("Mark as verified today and save")
        )
        self.verified_today_button.clicked.connect(self.mark_verified_today)
        self.save_button = _button(self.tr("&Save"), self.tr("Save this resource"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = _button(self.tr("&Undo changes"), self.tr("Undo unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.archive_button = _button("", "")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.status = ResultLine()  # announced
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleDescription(self.tr("Status"))

        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        heading = QLabel(self.tr("Resources"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        # Two rows of controls under the list, so that the editor beside it fits a narrow screen
        archived_row = QHBoxLayout()
        archived_row.addWidget(self.show_archived)
        archived_row.addStretch(1)
        archived_row.addWidget(self.handout_button)
        left_layout.addLayout(archived_row)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow

        def row(label: str, widget: QWidget, error: QLabel) -> None:
            caption = QLabel(label)
            caption.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(caption, box)

        row(self.tr("Categor&y:"), self.category, self.errors["category"])
        row(self.tr("&Name:"), self.fields["name"], self.errors["name"])
        row(self.tr("&Description:"), self.description, self.errors["description"])
        row(self.tr("&Phone:"), self.fields["phone"], self.errors["phone"])
        row(self.tr("Text &line:"), self.fields["text_line"], self.errors["text_line"])
        row(self.tr("We&b address:"), self.fields["web"], self.errors["web"])
        row(self.tr("H&ours:"), self.fields["hours"], self.errors["hours"])
        row(self.tr("&For whom:"), self.fields["audience"], self.errors["audience"])
        row(self.tr("Sourc&e:"), self.fields["source"], self.errors["source"])
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified)
        verified_row.addWidget(self.verified_on)
        verified_row.addWidget(self.verified_today_button)
        verified_row.addStretch(1)
        verified_box = QVBoxLayout()
        verified_box.addLayout(verified_row)
        verified_box.addWidget(self.errors["last_verified_on"])
        form.addRow(self.tr("Checked:"), verified_box)
        actions = QHBoxLayout()
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(8, 0, 4, 0)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(self.verify_banner)
        editor_layout.addLayout(form)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.status)
        editor_layout.addStretch(1)
        scroll = FocusScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the editor's fields
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The splitter never squeezes the editor below its fields (Save cut off on the right);
        # the list beside it gives way instead, its names cut short with the whole in a tooltip.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(editor.minimumSizeHint().width() + bar + 4)
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        box_layout.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(box)
        # The list takes two thirds, so that names show whole on a 1280-pixel screen
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        order: list[QWidget] = [
            self.tree,
            self.show_archived,
            self.add_button,
            self.import_button,
            self.export_button,
            self.handout_button,
            self.category,
            self.fields["name"],
            self.description,
            self.fields["phone"],
            self.fields["text_line"],
            self.fields["web"],
            self.fields["hours"],
            self.fields["audience"],
            self.fields["source"],
            self.verified,
            self.verified_on,
            self.verified_today_button,
            self.archive_button,
            self.revert_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Contact and verification take what they need, but never more than a quarter each of
        a narrow list: the names keep at least half (cut short, the whole in a tooltip)."""
        metrics = self.fontMetrics()
        quarter = self.tree.width() // 4  # its viewport follows after this event
        self.tree.setColumnWidth(CONTACT, min(metrics.horizontalAdvance("x" * 19), quarter))
        self.tree.setColumnWidth(VERIFIED, min(metrics.horizontalAdvance("x" * 17), quarter))

    # --- state ----------------------------------------------------------------------------------

    def set_organisation(self, organisation: str) -> None:
        """The organisation name offered for handouts (from the settings)."""
        self._organisation = organisation

    def _today(self) -> date:
        return due.local_today(self._clock())

    def current_resource(self) -> Resource | None:
        return self._editing

    def refresh(self) -> None:
        """Read the directory again; keep the entry being edited (and unsaved typing)."""
        keep = self._editing.id if self._editing is not None else None
        dirty = self._dirty
        self.model.refresh()
        self.tree.expandAll()
        self.verified_on.setMaximumDate(to_qdate(self._today()))
        if dirty:
            self._select_quietly(keep)
            return
        if keep is not None:
            try:
                self._edit(self._journal.resources.get(keep))
            except NotFound:
                keep = None
        if keep is None:
            first = self._first_resource()
            if first is None:
                self.new_resource()
            else:
                self._edit(first)
        self._select_quietly(self._editing.id if self._editing else None)

    def _first_resource(self) -> Resource | None:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.rowCount(group):
                return self.model.resource(self.model.index(0, 0, group))
        return None

    def _select_quietly(self, resource_id: int | None) -> None:
        index = self.model.index_of(resource_id) if resource_id is not None else QModelIndex()
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            else:
                self.tree.clearSelection()
                selection.clearCurrentIndex()
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()

    def select(self, resource_id: int) -> bool:
        index = self.model.index_of(resource_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def _show_archived_toggled(self, show: bool) -> None:
        self.model.set_show_archived(show)
        self.tree.expandAll()
        self._select_quietly(self._editing.id if self._editing else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.resource(current)
        if item is None or (self._editing is not None and item.id == self._editing.id):
            return
        if self._dirty and not self._confirm(self._discard_question()):
            # Stay on the entry being edited; change the selection back once this slot is done.
            keep = self._editing.id if self._editing else None
            QTimer.singleShot(0, lambda: self._select_quietly(keep))
            return
        self._edit(item)

    def _discard_question(self) -> str:
        name = self._editing.name if self._editing else self.tr("the new resource")
        return self.tr("Discard your unsaved changes to “{name}”?").format(name=name)

    # --- the editor -----------------------------------------------------------------------------

    def _edit(self, item: Resource | None, category: str | None = None) -> None:
        """Fill the editor with ``item`` (None: an empty new entry in ``category``)."""
        self._loading = True
        try:
            self._editing = item
            for label in self.errors.values():
                label.hide()
            shown = item or Resource(category=category or CATEGORIES[0], name="")
            self.category.setCurrentIndex(max(0, self.category.findData(shown.category)))
            for name, edit in self.fields.items():
                edit.setText(str(getattr(shown, name)))
                edit.setCursorPosition(0)  # a long name or address shows its start, not its end
                edit.setAccessibleDescription("")
            self.description.setPlainText(shown.description)
            self.verified.setChecked(shown.last_verified_on is not None)
            day = shown.last_verified_on or self._today()
            self.verified_on.setDate(to_qdate(day))
        finally:
            self._loading = False
        self._dirty = False
        self._update_verified_enabled()
        self._update_editor_state()

    def _update_verified_enabled(self) -> None:
        self.verified_on.setEnabled(self.verified.isChecked())

    def _update_editor_state(self) -> None:
        item = self._editing
        if item is None:
            self.editor_title.setText(self.tr("New resource"))
        else:
            self.editor_title.setText(item.name + (self.tr(" (archived)") if item.archived else ""))
        self.archive_button.setVisible(item is not None)
        if item is not None:
            self.archive_button.setText(
                self.tr("&Restore") if item.archived else self.tr("Ar&chive")
            )
            name_as_shown(
                self.archive_button,
                self.tr("Restore this resource")
                if item.archived
                else self.tr("Archive this resource"),
            )
        self.save_button.setEnabled(self._dirty or item is None)
        self.revert_button.setEnabled(self._dirty)
        self._update_verify_banner()

    def _update_verify_banner(self) -> None:
        item = self._editing
        text = ""
        if item is not None:
            if is_placeholder(item):
                text = self.tr(
                    "This is a placeholder for a local service: add its phone number, text line "
                    "or web address before you print it."
                )
            elif item.last_verified_on is None:
                text = self.tr(
                    "Not verified yet: check the number and hours, then press “Verified today”."
                )
            elif due.needs_verifying(item.last_verified_on, self._today()):
                text = self.tr(
                    "Last verified on {date}, more than 12 months ago: numbers and hours change, "
                    "so check them before you print this."
                ).format(date=day_long_month_year(item.last_verified_on))
        self.verify_banner.setText(text)
        self.verify_banner.setVisible(bool(text))

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        for label in self.errors.values():
            if label.isVisible():
                label.hide()
        self.status.clear()
        self._update_editor_state()

    def _collected(self) -> Resource:
        verified = self.verified_on.date() if self.verified.isChecked() else None
        base = self._editing or Resource(category=CATEGORIES[0], name="")
        return replace(
            base,
            category=str(self.category.currentData()),
            name=self.fields["name"].text(),
            description=self.description.toPlainText(),
            phone=self.fields["phone"].text(),
            text_line=self.fields["text_line"].text(),
            web=self.fields["web"].text(),
            hours=self.fields["hours"].text(),
            audience=self.fields["audience"].text(),
            source=self.fields["source"].text(),
            last_verified_on=to_date(verified) if verified is not None else None,
        )

    def _problems(self, item: Resource) -> dict[str, str]:
        """What is wrong with the editor's values, field by field, in the supporter's words."""
        problems: dict[str, str] = {}
        name = item.name.strip()
        if not name:
            problems["name"] = self.tr("Give the resource a name.")
        else:
            mine = item.id
            for other in self._journal.resources.all(include_archived=True):
                if other.id != mine and fold(other.name) == fold(name):
                    problems["name"] = self.tr(
                        "Another entry is already called this{archived}. Use a different name."
                    ).format(archived=self.tr(" (archived)") if other.archived else "")
                    break
        for field in _TEXT_FIELDS:
            if len(str(getattr(item, field)).strip()) > LINE_MAX:
                problems.setdefault(
                    field, self.tr("Keep this to {n} characters.").format(n=whole(LINE_MAX))
                )
        if len(item.description.strip()) > NOTE_MAX:
            problems["description"] = self.tr("Keep this to {n} characters.").format(
                n=whole(NOTE_MAX)
            )
        if item.last_verified_on is not None and item.last_verified_on > self._today():
            problems["last_verified_on"] = self.tr("A verification date can't be in the future.")
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for field, text in problems.items():
            label = self.errors.get(field)
            if label is None:
                self._set_status(text, error=True)
                continue
            label.setText(text)
            label.show()
            widget = self._widget_for(field)
            widget.setAccessibleDescription(text)
            first = first or widget
        if first is not None:
            first.setFocus()

    def _widget_for(self, field: str) -> QWidget:
        if field in self.fields:
            return self.fields[field]
        if field == "description":
            return self.description
        if field == "last_verified_on":
            return self.verified_on
        return self.category

    def save(self) -> Resource | None:
        """Check the editor's values, then save them; errors show next to their fields."""
        item = self._collected()
        problems = self._problems(item)
        if problems:
            self._show_problems(problems)
            return None
        try:
            saved = self._journal.resources.save(item)
        except InvalidInput as exc:
            self._show_problems(
                {
                    exc.field or "name": self.tr("This can't be saved: {reason}.").format(
                        reason=core_message(exc)
                    )
                }
            )
            return None
        except NotFound:
            self._dirty = False
            self._editing = None
            self.refresh()
            self._set_status(self.tr("This entry no longer exists."), error=True)
            return None
        except PeerDeskError as exc:
            self._set_status(
                self.tr("The resource could not be saved: {reason}").format(
                    reason=core_message(exc)
                ),
                error=True,
            )
            return None
        is_new = self._editing is None
        self._dirty = False
        self._editing = saved
        self.refresh()
        self._set_status(self.tr("Added.") if is_new else self.tr("Saved."))
        return saved

    def revert(self) -> None:
        self._dirty = False
        if self._editing is None:
            self._edit(None, str(self.category.currentData()))
        else:
            with contextlib.suppress(NotFound):
                self._editing = self._journal.resources.get(self._editing.id or 0)
            self._edit(self._editing)
        self.status.clear()

    def new_resource(self) -> None:
        """An empty editor for a new entry, in the category chosen in the list."""
        if self._dirty and not self._confirm(self._discard_question()):
            return
        category = self.model.category(self.tree.currentIndex()) or CATEGORIES[0]
        self._edit(None, category)
        self._select_quietly(None)
        self.status.clear()
        self.fields["name"].setFocus()

    def mark_verified_today(self) -> Resource | None:
        today = self._today()
        self._loading = True
        self.verified.setChecked(True)
        self.verified_on.setDate(to_qdate(today))
        self._loading = False
        self._update_verified_enabled()
        self._dirty = True
        return self.save()

    def toggle_archived(self) -> None:
        item = self._editing
        if item is None or item.id is None:
            return
        if self._dirty and not self._confirm(self._discard_question()):
            return
        try:
            current = self._journal.resources.get(item.id)
            saved = self._journal.resources.save(replace(current, archived=not current.archived))
        except PeerDeskError as exc:
            self._set_status(
                self.tr("That did not work: {reason}").format(reason=core_message(exc)), error=True
            )
            return
        self._dirty = False
        self._editing = saved
        if saved.archived and not self.show_archived.isChecked():
            self._editing = None
            self.refresh()
            self._set_status(
                self.tr("“{name}” is archived. Tick “Show archived” to see or restore it.").format(
                    name=saved.name
                )
            )
            return
        self.refresh()
        self._set_status(
            self.tr("Archived.") if saved.archived else self.tr("Restored to the directory.")
        )

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        set_style_property(self.status, "state", ERROR if error else "")

    # --- files ----------------------------------------------------------------------------------

    def import_file(self) -> bool:
        """Read a JSON or CSV file, say what it would change, and import it when confirmed.

        On the GUI thread, not a BackgroundJob: a file is capped at 2 MB and 1,000 resources
        (measured: 33 ms for 50 resources, 0.6 s at the cap), and the import writes in one
        transaction on the window's own connection, which no worker thread may share."""
        path = self._choose_open_file()
        if path is None:
            return False
        try:
            incoming = resource_files.read_file(path, today=self._today())
        except InvalidInput as exc:
            self._set_status(
                self.tr("“{name}” was not imported, and nothing was changed. {reason}.").format(
                    name=path.name, reason=_sentence(core_message(exc))
                ),
                error=True,
            )
            return False
        except PeerDeskError as exc:
            self._set_status(
                self.tr("“{name}” could not be read: {reason}").format(
                    name=path.name, reason=core_message(exc)
                ),
                error=True,
            )
            return False
        plan = resource_files.plan_import(self._journal, incoming)
        question = self.tr(
            "Import {total} resources from “{name}”?\n\n{added} new, {updated} updated (their "
            "details are replaced by the file's), {same} already the same. Nothing is deleted."
        ).format(
            total=whole(plan.total),
            name=path.name,
            added=whole(len(plan.added)),
            updated=whole(len(plan.updated)),
            same=whole(len(plan.unchanged)),
        )
        if not self._confirm(question):
            return False
        try:
            resource_files.apply_import(self._journal, plan)
        except PeerDeskError as exc:
            self._set_status(
                self.tr("The import did not happen, and nothing was changed: {reason}").format(
                    reason=core_message(exc)
                ),
                error=True,
            )
            return False
        self._dirty = False
        self.refresh()
        self._set_status(
            self.tr(
                "Imported: {added} added, {updated} updated, {same} already up to date."
            ).format(
                added=whole(len(plan.added)),
                updated=whole(len(plan.updated)),
                same=whole(len(plan.unchanged)),
            )
        )
        return True

    def export_file(self) -> Path | None:
        path = self._choose_save_file("resources.json")
        if path is None:
            return None
        if path.suffix.lower() not in (".json", ".csv"):
            path = path.with_name(path.name + ".json")
        try:
            exported = resource_files.export_resources(self._journal, path)
        except PeerDeskError as exc:
            self._set_status(
                self.tr("The directory could not be exported: {reason}").format(
                    reason=core_message(exc)
                ),
                error=True,
            )
            return None
        self._set_status(
            self.tr("Exported {n} resources to “{name}” (archived entries are left out).").format(
                n=whole(exported), name=path.name
            )
        )
        return path

    def make_handout(self) -> HandoutDialog:
        """Open the handout dialog showing the chosen entry; nothing starts ticked (issue 14)."""
        item = self.model.resource(self.tree.currentIndex())
        if self.handout_dialog is not None:
            self.handout_dialog.close()
            self.handout_dialog.deleteLater()
        self.handout_dialog = HandoutDialog(
            self._journal,
            self._clock,
            self,
            shown_id=item.id if item is not None else None,
            organisation=self._organisation,
        )
        self.handout_dialog.open()
        return self.handout_dialog

    # --- default questions (tests inject their own) ---------------------------------------------

    def _ask_open_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import resources"),
            in_documents(),
            self.tr("Resource directory (*.json *.csv)"),
        )
        return Path(name) if name else None

    def _ask_save_file(self, suggested: str) -> Path | None:
        json_filter = self.tr("JSON (*.json)")
        csv_filter = self.tr("CSV for spreadsheets (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export resources"),
            in_documents(suggested),
            f"{json_filter};;{csv_filter}",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".json", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv_filter else ".json"))
        return path

    def _ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resources"), question, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file, which may hold "<"
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] if text else text

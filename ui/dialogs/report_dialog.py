"""The de-identified report: choose months and format, see exactly what will be written, save.

The CSV preview is a table of the file's lines in words, with the file's text itself one tab
away; the PDF preview shows the PDF's pages as pictures, laid out on the same PDF writer (no
printer: opening the dialog talks to no print service).
Nothing is written until the supporter picks a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import insights as ins
from peerdesk import report as rep
from peerdesk.clock import Clock, today
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.journal import Journal
from ui.messages import explain, report_text
from ui.models.figures_model import FiguresModel
from ui.printing.page_preview import PagePreview
from ui.printing.report_pdf import WRITTEN_HEADERS, report_pages, save_report_pdf, written_rows
from ui.system.folders import in_documents
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.dates import EARLIEST_DAY, month_start, to_month, to_qdate
from ui.widgets.figures_table import figures_table
from ui.widgets.screen import fit_to_screen

CSV, PDF = 0, 1
SUFFIXES = (".csv", ".pdf")

# Asked with (suggested file name, "csv" or "pdf"); returns the chosen path or None.
ChoosePath = Callable[[str, str], "str | None"]


class ReportDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        period: ins.Period | None = None,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._choose_path = choose_path or self._ask_path
        self.report: rep.Report | None = None
        self.setWindowTitle(self.tr("Report for the program"))
        fit_to_screen(self, 900, 680)
        chosen = period or ins.Period.months_up_to(today(clock))

        self.first = QDateEdit(month_start(chosen.first))
        self.last = QDateEdit(month_start(chosen.last))
        for edit, name in ((self.first, self.tr("From month")), (self.last, self.tr("To month"))):
            edit.setDisplayFormat("MMM yyyy")
            edit.setMinimumDate(to_qdate(EARLIEST_DAY))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.update_preview)
        self.threshold = QSpinBox()
        self.threshold.setRange(rep.MIN_THRESHOLD, 50)
        self.threshold.setValue(rep.DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Hide counts below"))
        self.threshold.setToolTip(
            self.tr(
                "Counts from 1 to one below this number are held back (shown as x), never "
                "written as a number."
            )
        )
        self.threshold.valueChanged.connect(self.update_preview)
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Spreadsheet (CSV)"), self.tr("Printable (PDF)")])
        self.kind.setAccessibleName(self.tr("File type"))
        self.kind.currentIndexChanged.connect(self._kind_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        months = QHBoxLayout()
        months.addWidget(self.first)
        months.addWidget(QLabel(self.tr("to")))
        months.addWidget(self.last)
        months.addStretch(1)
        for text, buddy, field in (
            (self.tr("&Months"), self.first, months),
            (self.tr("&Hide counts below"), self.threshold, self.threshold),
            (self.tr("&File type"), self.kind, self.kind),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        self.what = QLabel()
        self.what.setWordWrap(True)
        self.csv_view = QPlainTextEdit()
        self.csv_view.setReadOnly(True)
        self.csv_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.csv_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.csv_view.setAccessibleName(self.tr("The CSV file, exactly as it will be written"))
        # The CSV shown first as a table in words, one row per line of the file; the file's
        # text itself is the other tab.
        self.table_model = FiguresModel(
            [report_text(h) for h in WRITTEN_HEADERS], self, text_columns=len(WRITTEN_HEADERS) - 1
        )
        self.table = figures_table(self.table_model, self.tr("What the CSV file will hold"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.csv_tabs = QTabWidget()
        self.csv_tabs.addTab(self.table, self.tr("As a &table"))
        self.csv_tabs.addTab(self.csv_view, self.tr("The &CSV file"))
        self.csv_tabs.currentChanged.connect(self._csv_tab_shown)
        self.pdf_view = PagePreview()
        self.pdf_view.setAccessibleName(self.tr("The PDF pages, as they will be written"))
        self.preview = QStackedWidget()
        self.preview.addWidget(self.csv_tabs)
        self.preview.addWidget(self.pdf_view)
        self.status = ResultLine()  # announced
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        name_as_shown(self.close_button, self.tr("Close without saving"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        preview_label = QLabel(self.tr("What will be &written"))
        preview_label.setBuddy(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.what)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.threshold)
        self.setTabOrder(self.threshold, self.kind)
        self.setTabOrder(self.kind, self.csv_tabs)
        self.setTabOrder(self.csv_tabs, self.table)
        self.setTabOrder(self.table, self.csv_view)
        self.setTabOrder(self.csv_view, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self._kind_changed(CSV)

    # --- building the preview -------------------------------------------------------------------

    @property
    def file_kind(self) -> int:
        return self.kind.currentIndex()

    def period(self) -> ins.Period:
        return ins.Period(to_month(self.first.date()), to_month(self.last.date()))

    def _csv_tab_shown(self, _index: int) -> None:
        # Alt+T or Alt+C left the focus in the months: the next arrow key changed the period.
        # Arrow keys on the tab bar itself keep the focus there.
        if not self.csv_tabs.tabBar().hasFocus():
            shown = self.csv_tabs.currentWidget()
            if shown is not None:
                shown.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _kind_changed(self, index: int) -> None:
        self.preview.setCurrentIndex(index)
        self.save_button.setText(self.tr("&Save CSV…") if index == CSV else self.tr("&Save PDF…"))
        name_as_shown(
            self.save_button,
            self.tr("Save the report as CSV")
            if index == CSV
            else self.tr("Save the report as PDF"),
        )
        self.update_preview()

    def update_preview(self) -> None:
        self.status.clear()
        try:
            period = self.period()
            figures = ins.compute(self._journal.conn, period, today(self._clock))
            self.report = rep.build(figures, self.threshold.value())
        except InvalidInput as exc:
            self.report = None
            self.csv_view.setPlainText("")
            self.table_model.set_rows([])
            self.pdf_view.set_pages([])
            self.status.setText(explain(exc).text)
            self.save_button.setEnabled(False)
            return
        self.what.setText(
            " ".join(
                (
                    self.tr(
                        "Counts only, by month: no names, pseudonyms, notes, contact details or "
                        "dates."
                    ),
                    self.held_back_text(),
                    self.tr(
                        "Your self-care ratings are never included. Below is exactly what will "
                        "be written."
                    ),
                )
            )
        )
        self.csv_view.setPlainText(self.report.csv_text())
        self.table_model.set_rows(written_rows(self.report))
        if self.file_kind == PDF:
            self.pdf_view.set_pages(report_pages(self.report))
        self.save_button.setEnabled(True)

    def held_back_text(self) -> str:
        """One sentence: what the report holds back, and why."""
        assert self.report is not None
        t = self.report.threshold
        held = sum(1 for line in self.report.lines if line.cell.held)
        if not held:
            return self.tr("No count is from 1 to {below}, so none is held back.").format(
                below=t - 1
            )
        return self.tr(
            "%Ln count(s) are shown as x: the counts from 1 to {below}, so that no peer can be "
            "picked out, and the counts that add up with them, so that none can be worked out "
            "by subtraction. A report of the same months at a higher number holds back at "
            "least these.",
            "",
            held,
        ).format(below=t - 1)

    # --- saving ---------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        period = self.period()
        return f"peerdesk-report-{period.first}-to-{period.last}{SUFFIXES[self.file_kind]}"

    def _ask_path(self, suggested: str, kind: str) -> str | None:
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), in_documents(suggested), pattern
        )
        return path or None

    def save(self) -> Path | None:
        """Ask where, then write exactly what the preview shows; the path written, or None."""
        if self.report is None:
            return None
        suffix = SUFFIXES[self.file_kind]
        chosen = self._choose_path(self.suggested_name(), suffix[1:])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            if suffix == ".csv":
                rep.write_csv(self.report, path)
            else:
                save_report_pdf(path, self.report)
        except PeerDeskError as exc:
            self.status.setText(explain(exc).as_text())
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self.saved.emit(str(path))
        return path

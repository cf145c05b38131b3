"""Program totals: a coordinator loads several supporters' reports and sees the combined figures.

Only PeerDesk report files are read (see ``assets/report-format.md``); a file of another format
version or a damaged one is refused with the line and field at fault, and nothing else changes.
Combined figures are suppressed again: where a report held back a small count, the total is a
range, and a total that may be small is held back too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import report as rep
from peerdesk.errors import PeerDeskError
from ui.messages import explain, flow_text, report_text
from ui.models.figures_model import FiguresModel
from ui.models.roles import Role
from ui.printing.report_pdf import (
    MONTHLY_HEADERS,
    month_name,
    monthly_rows,
    referral_rate_text,
    save_report_pdf,
)
from ui.system.folders import in_documents
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.figures_table import figures_table
from ui.widgets.numbers import counts_in
from ui.widgets.screen import fit_to_screen

ChooseFiles = Callable[[], list[str]]
ChoosePath = Callable[[str], "str | None"]


class ProgramTotalsDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose_files: ChooseFiles | None = None,
        choose_pdf_path: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_files = choose_files or self._ask_files
        self._choose_pdf_path = choose_pdf_path or self._ask_pdf_path
        self.reports: dict[Path, rep.Report] = {}
        self.combined: rep.Report | None = None
        self.setWindowTitle(self.tr("Program totals"))
        fit_to_screen(self, 960, 660)

        intro = QLabel(
            self.tr(
                "Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them "
                "up and holds back small totals again. Nothing here is saved in your journal."
            )
        )
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add reports…"))
        name_as_shown(self.add_button, self.tr("Add report files"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("&Remove"))
        name_as_shown(self.remove_button, self.tr("Remove the chosen report"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Reports added"))
        self.files.setMaximumHeight(110)
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.threshold = QSpinBox()
        self.threshold.setRange(rep.MIN_THRESHOLD, 50)
        self.threshold.setValue(rep.DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Hide totals below"))
        self.threshold.valueChanged.connect(lambda _v: self._recombine())
        threshold_label = QLabel(self.tr("&Hide totals below"))
        threshold_label.setBuddy(self.threshold)
        self.problems = ResultLine()  # announced
        self.problems.setWordWrap(True)
        self.problems.setObjectName("totalsProblems")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.monthly = FiguresModel([report_text(h) for h in MONTHLY_HEADERS], self)
        self.categories = FiguresModel(
            [self.tr("Figure"), self.tr("Category"), self.tr("Contacts")], self
        )
        self.monthly_table = figures_table(self.monthly, self.tr("Combined figures by month"))
        self.category_table = figures_table(
            self.categories, self.tr("Combined figures by category")
        )
        stretch = QHeaderView.ResizeMode.Stretch
        self.category_table.horizontalHeader().setSectionResizeMode(1, stretch)
        monthly_header = self.monthly_table.horizontalHeader()
        monthly_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, len(MONTHLY_HEADERS)):
            monthly_header.setSectionResizeMode(column, stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.monthly_table, self.tr("By &month"))
        self.tabs.addTab(self.category_table, self.tr("By &category"))

        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        name_as_shown(self.pdf_button, self.tr("Save the program totals as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addStretch(1)
        top.addWidget(threshold_label)
        top.addWidget(self.threshold)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addWidget(self.problems)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._recombine()

    # --- files ----------------------------------------------------------------------------------

    def _ask_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add reports"),
            in_documents(),
            self.tr("PeerDesk reports (*.csv);;All files (*)"),
        )
        return list(paths)

    def _ask_pdf_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the program totals"),
            in_documents(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        return path or None

    def add_chosen(self) -> None:
        self.add_files([Path(p) for p in self._choose_files()])

    def add_files(self, paths: list[Path]) -> None:
        """Read each file; refused ones are listed with the reason and change nothing."""
        refused = []
        for path in paths:
            key = path.resolve()
            if key in self.reports:
                refused.append(self.tr("{name}: added already").format(name=path.name))
                continue
            try:
                self.reports[key] = rep.read_csv(path)
            except PeerDeskError as exc:
                refused.append(
                    self.tr("{name} was not added: {reason}").format(
                        name=path.name, reason=explain(exc).text
                    )
                )
        self.problems.setText("\n".join(refused))
        self.problems.setVisible(bool(refused))
        self._recombine()

    def remove_selected(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        self.reports.pop(Path(item.data(Role.PATH)), None)
        self._recombine()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.files.currentItem() is not None)
        self.pdf_button.setEnabled(self.combined is not None)

    # --- the totals -----------------------------------------------------------------------------

    def _recombine(self) -> None:
        self.files.clear()
        for path, report in self.reports.items():
            item = QListWidgetItem(
                self.tr("{name} — {first} to {last}, counts below {t} held back").format(
                    name=path.name,
                    first=month_name(report.period.first),
                    last=month_name(report.period.last),
                    t=report.threshold,
                )
            )
            item.setData(Role.PATH, str(path))
            self.files.addItem(item)
        if not self.reports:
            self.combined = None
            self.summary.setText(self.tr("No reports added yet."))
            self.monthly.set_rows([])
            self.categories.set_rows([])
            self._update_buttons()
            self.changed.emit()
            return
        combined = rep.combine(list(self.reports.values()), self.threshold.value())
        self.combined = combined
        t = combined.threshold
        words = [
            self.tr("%Ln report(s), {first} to {last}.", "", len(self.reports)).format(
                first=month_name(combined.period.first),
                last=month_name(combined.period.last),
            ),
            self.tr(
                "x marks a total held back: one that could be below {t}, one a report held "
                "back, or one that adds up with those, so that none can be worked out from the "
                "others. Where an older report wrote <N, the total is a range."
            ).format(t=t),
            self.tr("Referral rate: {rate}.").format(rate=referral_rate_text(combined)),
        ]
        if t > self.threshold.value():
            words.append(self.tr("A report asked for {t}, so {t} is used.").format(t=t))
        if combined.periods_differ:
            words.append(
                self.tr(
                    "The reports cover different periods: months outside a report add "
                    "nothing from it."
                )
            )
        self.summary.setText(" ".join(words))
        self.monthly.set_rows(monthly_rows(combined))
        rows = [
            (
                self.tr("Conversations with a referral"),
                "",
                counts_in(rep.shown(combined.cell("conversations_with_referral"), t)),
            ),
            *(  # help mentioned, handouts: counted apart from the referrals
                (report_text(rep.SECTION_TITLES[s]), "", counts_in(rep.shown(combined.cell(s), t)))
                for s in rep.PERIOD_TOTALS[1:]
                if combined.section(s)  # a report older than version 3 did not count them
            ),
        ]
        for section in rep.BREAKDOWNS:
            title = report_text(rep.SECTION_TITLES[section])
            rows += [
                (title, flow_text(li.label) or li.item, counts_in(combined.shown(li)))
                for li in combined.section(section)
            ]
        self.categories.set_rows(rows)
        self._update_buttons()
        self.changed.emit()

    def save_pdf(self) -> Path | None:
        if self.combined is None:
            return None
        chosen = self._choose_pdf_path(
            f"peerdesk-program-totals-{self.combined.period.first}-to-{self.combined.period.last}.pdf"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_report_pdf(path, self.combined)
        except PeerDeskError as exc:
            self.problems.setText(explain(exc).as_text())
            self.problems.show()
            return None
        self.problems.setText(self.tr("Saved to {path}").format(path=path))
        self.problems.show()
        return path

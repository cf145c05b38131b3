"""Insights: what the journal adds up to over a chosen period, at a glance.

Charts are painted with QPainter (only PySide6-Essentials is installed). Every chart has its
numbers beside it in a table, so a screen reader (or anyone who would rather read) gets the same
figures. Each card says what its figure counts, in the words of :data:`peerdesk.insights.METRICS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import insights as ins
from peerdesk.clock import Clock, today
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from ui.messages import core_message, flow_text, metric_text
from ui.models.figures_model import FiguresModel
from ui.widgets.accessible import name_as_shown
from ui.widgets.colours import style_colour
from ui.widgets.dates import (
    EARLIEST_DAY,
    month_start,
    short_month_and_year,
    tiny_month_and_year,
    to_month,
    to_qdate,
)
from ui.widgets.figures_table import figures_table
from ui.widgets.labels import PushButton
from ui.widgets.numbers import decimal, number, percent, whole
from ui.widgets.scroll import FocusScrollArea

# Series colours, named in assets/peerdesk.qss (one per scheme) and read when painting.
BLUE, LIGHT_BLUE, GREEN, ORANGE = "chart-main", "chart-other", "chart-done", "chart-due"

# Period choices, in the order of the chooser.
LAST_12, THIS_YEAR, LAST_YEAR, LAST_3, EVERYTHING, CUSTOM = range(6)


# --- painted charts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    colour_name: str  # BLUE, LIGHT_BLUE, GREEN or ORANGE

    @property
    def color(self) -> QColor:
        return style_colour(self.colour_name)


def _label_rect(centre: float, width: float, y: float, height: float, limit: int) -> QRectF:
    """A rectangle centred on ``centre`` but kept inside the widget, for an axis label."""
    left = min(max(0.0, centre - width / 2), max(0.0, limit - width))
    return QRectF(left, y, width, height)


def _paint_focus(widget: QWidget) -> None:
    """A Tab stop that paints itself shows where the focus is (WCAG 2.4.7): a frame in the text
    colour (the dark palette's highlight is under 3:1 on its window colour). Qt repaints on
    focus in and out."""
    if not widget.hasFocus():
        return
    painter = QPainter(widget)
    try:
        painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.WindowText), 2))
        painter.drawRect(widget.rect().adjusted(1, 1, -1, -1))
    finally:
        painter.end()


class BarChart(QWidget):
    """Vertical bars per month (grouped or stacked series), or horizontal bars per category."""

    def __init__(
        self,
        *,
        horizontal: bool = False,
        stacked: bool = False,
        number: Callable[[float], str] = lambda v: decimal(v, 0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.stacked = stacked
        self._number = number
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach its description
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels = list(labels)
        self.series = list(series)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(360, max(60, 22 * len(self.labels) + 12))
        return QSize(420, 200)

    def _text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _top(self) -> float:
        if not self.series or not self.labels:
            return 0
        if self.stacked:
            return max(sum(s.values[i] for s in self.series) for i in range(len(self.labels)))
        return max(max(s.values, default=0) for s in self.series)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if self.horizontal:
                self._paint_horizontal(painter)
            else:
                self._paint_vertical(painter)
        finally:
            painter.end()
        _paint_focus(self)

    def _paint_horizontal(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text = self._text_color()
        label_width = min(
            int(self.width() * 0.48),
            max((metrics.horizontalAdvance(t) for t in self.labels), default=0) + 8,
        )
        value_width = metrics.horizontalAdvance("0000") + 6
        area = self.width() - label_width - value_width - 4
        top = self._top() or 1
        row = 22
        for i, label in enumerate(self.labels):
            y = 6 + i * row
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(
                QRectF(0, y, label_width - 6, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            x = float(label_width)
            for s in self.series:
                value = s.values[i]
                width = area * value / top
                painter.fillRect(QRectF(x, y + 4, max(width, 0), row - 8), s.color)
                x += width
            painter.setPen(text)
            total = sum(s.values[i] for s in self.series)
            painter.drawText(
                QRectF(x + 4, y, value_width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._number(total),
            )

    def _paint_vertical(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text = self._text_color()
        count = len(self.labels)
        legend = 18 if len(self.series) > 1 else 0
        bottom = self.height() - metrics.height() - 6
        top_y = 6 + legend + metrics.height()
        height = max(10, bottom - top_y)
        left, right = 4, self.width() - 4
        grid = QColor(text)
        grid.setAlpha(50)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        if legend:
            x = float(left)
            for s in self.series:
                painter.fillRect(QRectF(x, 4, 12, 12), s.color)
                painter.setPen(text)
                painter.drawText(QPointF(x + 16, 4 + metrics.ascent() - 1), s.name)
                x += 16 + metrics.horizontalAdvance(s.name) + 18
        if not count:
            return
        top = self._top() or 1
        slot = (right - left) / count
        groups = 1 if self.stacked else len(self.series)
        bar = max(2.0, min(slot * 0.7 / max(1, groups), 46.0))
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() - 1.5))
        step = max(1, int(metrics.horizontalAdvance("Mmm 00") * 1.2 // max(slot, 1)) + 1)
        for i, label in enumerate(self.labels):
            centre = left + slot * (i + 0.5)
            x = centre - bar * groups / 2
            base = float(bottom)
            for s in self.series:
                h = height * s.values[i] / top
                if self.stacked:
                    painter.fillRect(QRectF(x, base - h, bar, h), s.color)
                    base -= h
                else:
                    painter.fillRect(QRectF(x, bottom - h, bar, h), s.color)
                    x += bar
            painter.setPen(text)
            if i % step == 0:
                painter.drawText(
                    _label_rect(centre, slot * step, bottom + 2, metrics.height(), self.width()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    label,
                )
            values = [s.values[i] for s in self.series]
            # Stacked bars are labelled with their total; grouped ones with the first series.
            shown, peak = (sum(values), sum(values)) if self.stacked else (values[0], max(values))
            if peak and slot >= metrics.horizontalAdvance("000"):
                painter.setFont(small)
                y = bottom - height * peak / top
                painter.drawText(
                    QRectF(centre - slot / 2, y - metrics.height(), slot, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    self._number(shown),
                )
                painter.setFont(self.font())


class LineChart(QWidget):
    """A line over months on a fixed 1 to 5 scale, with gaps where there is no value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float | None] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(200)
        self.setMinimumWidth(260)

    def set_data(self, labels: Sequence[str], values: Sequence[float | None]) -> None:
        self.labels = list(labels)
        self.values = list(values)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()
        _paint_focus(self)

    def _paint(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(45)
        left = metrics.horizontalAdvance("5") + 10
        right = self.width() - 8
        top, bottom = 10.0, float(self.height() - metrics.height() - 6)
        for level in range(1, 6):
            y = bottom - (bottom - top) * (level - 1) / 4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(level),
            )
        count = len(self.labels)
        if not count:
            return
        slot = (right - left) / count
        step = max(1, int(metrics.horizontalAdvance("Mmm 00") * 1.2 // max(slot, 1)) + 1)
        points: list[QPointF | None] = []
        for i, value in enumerate(self.values):
            x = left + slot * (i + 0.5)
            points.append(
                None if value is None else QPointF(x, bottom - (bottom - top) * (value - 1) / 4)
            )
            if i % step == 0:
                painter.setPen(text)
                painter.drawText(
                    _label_rect(x, slot * step, bottom + 4, metrics.height(), self.width()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    self.labels[i],
                )
        line = style_colour(GREEN)
        painter.setPen(QPen(line, 2.2))
        for a, b in pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        painter.setBrush(line)
        for p in points:
            if p is not None:
                painter.drawEllipse(p, 3.5, 3.5)


# --- cards --------------------------------------------------------------------------------------


class ChartCard(QGroupBox):
    """A titled chart with what it counts; the same numbers as a table on the next tab."""

    def __init__(
        self,
        title: str,
        definition: str,
        chart: QWidget,
        headers: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.chart = chart
        self.model = FiguresModel(headers, self)
        # The chart decides the card's height; the table scrolls within it.
        self.table = figures_table(
            self.model, self.tr("{title}: the numbers").format(title=title), compact=True
        )
        self.caption = QLabel(definition)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chartCaption")
        self.caption.setStyleSheet("#chartCaption { font-size: 8.5pt; }")
        chart.setAccessibleName(self.tr("{title}, chart").format(title=title))
        chart.setToolTip(definition)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(title)
        self.tabs.addTab(chart, self.tr("Chart"))
        self.tabs.addTab(self.table, self.tr("Numbers"))
        self.tabs.setTabToolTip(1, self.tr("The same figures as a table"))
        self._body = QVBoxLayout(self)
        self._body.setSpacing(4)
        self._body.addWidget(self.caption)
        self._body.addWidget(self.tabs)

    def add_below(self, widget: QWidget) -> None:
        """A widget under the chart and its table (the self-care card's note)."""
        self._body.addWidget(widget)

    def show_numbers(self, numbers: bool) -> None:
        self.tabs.setCurrentIndex(1 if numbers else 0)

    def set_rows(self, rows: Sequence[Sequence[str]], summary: str) -> None:
        self.model.set_rows(rows)
        self.chart.setAccessibleDescription(summary)
        self.table.setAccessibleDescription(summary)
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class Tile(QFrame):
    """One headline figure: a big number over a short label."""

    def __init__(self, label: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(definition)
        self.label = label
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.value.setStyleSheet("#tileValue { font-size: 17pt; font-weight: 600; }")
        self.caption = QLabel(label)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        _paint_focus(self)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.caption.setText(f"{self.label}\n{detail}" if detail else self.label)
        self.setAccessibleName(f"{self.label}: {text}" + (f" ({detail})" if detail else ""))


def _counts_shown(counts: Sequence[ins.Count]) -> list[ins.Count]:
    return [c for c in counts if c.count or c.id != ins.NOT_RECORDED]


def _counts_summary(title: str, counts: Sequence[ins.Count]) -> str:
    used = sorted((c for c in counts if c.count), key=lambda c: -c.count)
    if not used:
        return QCoreApplication.translate("InsightsPage", "{title}: none in this period.").format(
            title=title
        )
    top = ", ".join(f"{flow_text(c.label)} {whole(c.count)}" for c in used[:3])
    return QCoreApplication.translate("InsightsPage", "{title}. Most often: {top}.").format(
        title=title, top=top
    )


# --- the page -----------------------------------------------------------------------------------


class InsightsPage(QWidget):
    """Figures for a chosen period, charts with their numbers, and the way to reports."""

    def __init__(self, journal: Journal, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self.insights: ins.Insights | None = None
        self._updating = False
        self.dialogs: list[QWidget] = []
        metric = ins.METRIC_BY_ID

        heading = QLabel(self.tr("Insights"))
        heading.setObjectName("pageHeading")
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        self.preset.addItems(
            [
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Last 3 months"),
                self.tr("Everything"),
                self.tr("Chosen months"),
            ]
        )
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, self.tr("From month")), (self.last, self.tr("To month"))):
            edit.setDisplayFormat("MMM yyyy")
            edit.setAccessibleName(name)
            edit.setMinimumDate(to_qdate(EARLIEST_DAY))
            edit.dateChanged.connect(self._months_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.report_button = PushButton(self.tr("&Report for the program…"))
        name_as_shown(self.report_button, self.tr("Make a de-identified report"))
        self.report_button.setToolTip(
            self.tr("Counts only, for your program: preview it, then save it as CSV or PDF")
        )
        self.report_button.clicked.connect(self.open_report)
        self.totals_button = PushButton(self.tr("Program &totals…"))
        name_as_shown(self.totals_button, self.tr("Combine several supporters' reports"))
        self.totals_button.clicked.connect(self.open_totals)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        # Two rows, so that the page fits a narrow screen: heading and reports, then the period
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.totals_button)
        period = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.preset)
        period.addWidget(period_label)
        period.addWidget(self.preset)
        from_label = QLabel(self.tr("fro&m"))
        from_label.setBuddy(self.first)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.last)
        period.addWidget(from_label)
        period.addWidget(self.first)
        period.addWidget(to_label)
        period.addWidget(self.last)
        period.addStretch(1)

        self.tiles = {
            "contacts": Tile(self.tr("Contacts"), metric_text(metric["contacts"].definition)),
            "conversations": Tile(
                self.tr("Conversations"), metric_text(metric["conversations"].definition)
            ),
            "hours": Tile(
                self.tr("Supporter hours"), metric_text(metric["supporter_hours"].definition)
            ),
            "referral_rate": Tile(
                self.tr("Referral rate"), metric_text(metric["referral_rate"].definition)
            ),
            "followups": Tile(
                self.tr("Follow-ups completed"),
                metric_text(metric["followups_completed"].definition),
            ),
            "median": Tile(
                self.tr("Median days to follow-up"),
                metric_text(metric["median_days_to_followup"].definition),
            ),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        def card(key: str, chart: QWidget, headers: Sequence[str], title: str = "") -> ChartCard:
            m = metric[key]
            return ChartCard(
                title or metric_text(m.name), metric_text(m.definition), chart, headers
            )

        month_headers = [self.tr("Month"), self.tr("Contacts"), self.tr("Talks"), self.tr("Hours")]
        self.contacts_card = card(
            "contacts",
            BarChart(stacked=True),
            month_headers,
            self.tr("Contacts per month"),
        )
        self.followups_card = card(
            "followups_due",
            BarChart(),
            [self.tr("Month"), self.tr("Due"), self.tr("Done")],
            self.tr("Follow-ups due and completed"),
        )
        category = [self.tr("Category"), self.tr("Contacts")]
        self.outcome_card = card("outreach_outcome", BarChart(horizontal=True), category)
        self.kind_card = card("contact_kind", BarChart(horizontal=True), category)
        self.mode_card = card("mode", BarChart(horizontal=True), category)
        self.referral_card = card("referral", BarChart(horizontal=True), category)
        self.event_card = card("event", BarChart(horizontal=True), category)
        self.driver_card = card("driver", BarChart(horizontal=True), category)
        self.self_care_card = card(
            "self_care", LineChart(), [self.tr("Month"), self.tr("Average"), self.tr("Ratings")]
        )
        self.self_care_note = QLabel()
        self.self_care_note.setWordWrap(True)
        self.self_care_card.add_below(self.self_care_note)
        self.cards = [
            self.contacts_card,
            self.followups_card,
            self.outcome_card,
            self.kind_card,
            self.event_card,
            self.driver_card,
            self.referral_card,
            self.mode_card,
            self.self_care_card,
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for i, c in enumerate(self.cards):
            grid.addWidget(c, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addLayout(tiles)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.scroller = FocusScrollArea()
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards inside
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(period)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroller, 1)

        self.setTabOrder(self.preset, self.first)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.report_button)
        self.setTabOrder(self.report_button, self.totals_button)
        self._apply_preset(LAST_12)

    # --- the period -----------------------------------------------------------------------------

    def period(self) -> ins.Period:
        return ins.Period(to_month(self.first.date()), to_month(self.last.date()))

    def set_period(self, period: ins.Period) -> None:
        """Show ``period`` (as chosen months) and its figures."""
        self._updating = True
        try:
            self.preset.setCurrentIndex(CUSTOM)
            self.first.setDate(month_start(period.first))
            self.last.setDate(month_start(period.last))
        finally:
            self._updating = False
        self.refresh()

    def _preset_changed(self, index: int) -> None:
        if not self._updating and index != CUSTOM:
            self._apply_preset(index)

    def _apply_preset(self, index: int) -> None:
        now = today(self._clock)
        this_month = ins.Month.of(now)
        if index == THIS_YEAR:
            period = ins.Period(ins.Month(now.year, 1), this_month)
        elif index == LAST_YEAR:
            period = ins.Period(ins.Month(now.year - 1, 1), ins.Month(now.year - 1, 12))
        elif index == LAST_3:
            period = ins.Period.months_up_to(now, 3)
        elif index == EVERYTHING:
            first = ins.first_month(self._journal.conn) or this_month
            first = max(first, this_month.plus(1 - ins.MAX_MONTHS))
            period = ins.Period(min(first, this_month), this_month)
        else:
            period = ins.Period.months_up_to(now, 12)
        self._updating = True
        try:
            self.preset.setCurrentIndex(index)
            self.first.setDate(month_start(period.first))
            self.last.setDate(month_start(period.last))
        finally:
            self._updating = False
        self.refresh()

    def _months_changed(self, _value: QDate) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self.preset.setCurrentIndex(CUSTOM)
        finally:
            self._updating = False
        self.refresh()

    # --- figures --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            period = self.period()
        except InvalidInput as exc:
            self.problem.setText(
                self.tr("Choose a period of at most {n} months that ends after it starts.").format(
                    n=whole(ins.MAX_MONTHS)
                )
                if exc.field == "to"
                else core_message(exc)
            )
            self.problem.show()
            return
        self.problem.hide()
        self.insights = ins.compute(self._journal.conn, period, today(self._clock))
        self._show(self.insights)

    def _show(self, found: ins.Insights) -> None:
        months = found.months
        labels = [tiny_month_and_year(m.month) for m in months]
        self.tiles["contacts"].set_value(whole(found.contacts))
        self.tiles["conversations"].set_value(whole(found.conversations))
        self.tiles["hours"].set_value(decimal(found.hours))
        rate = found.referral_rate
        self.tiles["referral_rate"].set_value(
            "—" if rate is None else percent(rate),
            self.tr(
                "{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}"
            ).format(
                n=whole(found.conversations_with_referral),
                total=whole(found.conversations),
                m=whole(found.conversations_with_mention),
                h=whole(found.conversations_with_handout),
            ),
        )
        self.tiles["followups"].set_value(
            self.tr("{done} of {due}").format(
                done=whole(found.followups_completed), due=whole(found.followups_due)
            ),
            self.tr("{n} overdue").format(n=whole(found.followups_overdue))
            if found.followups_overdue
            else "",
        )
        median = found.median_days_to_followup
        self.tiles["median"].set_value(
            "—" if median is None else number(median),
            "" if median is not None else self.tr("no follow-up sessions yet"),
        )

        other = [float(m.contacts - m.conversations) for m in months]
        chart = self.contacts_card.chart
        assert isinstance(chart, BarChart)
        chart.set_data(
            labels,
            [
                Series(
                    self.tr("Conversations"), tuple(float(m.conversations) for m in months), BLUE
                ),
                Series(self.tr("Other attempts"), tuple(other), LIGHT_BLUE),
            ],
        )
        busiest = max(months, key=lambda m: m.contacts)
        self.contacts_card.set_rows(
            [
                (
                    short_month_and_year(m.month),
                    whole(m.contacts),
                    whole(m.conversations),
                    decimal(m.minutes / 60),
                )
                for m in months
            ],
            self.tr(
                "Contacts per month, {total} in all; the busiest month was {month} with {n}."
            ).format(
                total=whole(found.contacts),
                month=short_month_and_year(busiest.month),
                n=whole(busiest.contacts),
            )
            if found.contacts
            else self.tr("Contacts per month: none in this period."),
        )

        chart = self.followups_card.chart
        assert isinstance(chart, BarChart)
        chart.set_data(
            labels,
            [
                Series(self.tr("Due"), tuple(float(m.followups_due) for m in months), ORANGE),
                Series(
                    self.tr("Completed"), tuple(float(m.followups_completed) for m in months), GREEN
                ),
            ],
        )
        self.followups_card.set_rows(
            [
                (
                    short_month_and_year(m.month),
                    whole(m.followups_due),
                    whole(m.followups_completed),
                )
                for m in months
            ],
            self.tr("Follow-ups: {done} of {due} completed, {late} overdue.").format(
                done=whole(found.followups_completed),
                due=whole(found.followups_due),
                late=whole(found.followups_overdue),
            ),
        )

        for card_, counts in (
            (self.outcome_card, found.outcomes),
            (self.kind_card, found.contact_kinds),
            (self.mode_card, found.modes),
            (self.referral_card, found.referrals),
            (self.event_card, found.events),
            (self.driver_card, found.drivers),
        ):
            shown = _counts_shown(counts)
            bars = card_.chart
            assert isinstance(bars, BarChart)
            bars.set_data(
                [flow_text(c.label) for c in shown],
                [Series(card_.title(), tuple(float(c.count) for c in shown), BLUE)],
            )
            rows = [(flow_text(c.label), whole(c.count)) for c in shown]
            card_.set_rows(rows, _counts_summary(card_.title(), counts))

        line = self.self_care_card.chart
        assert isinstance(line, LineChart)
        line.set_data(labels, [m.self_care_average for m in months])
        rated = [m for m in months if m.self_care_average is not None]
        self.self_care_card.set_rows(
            [
                (
                    short_month_and_year(m.month),
                    "—" if m.self_care_average is None else decimal(m.self_care_average),
                    whole(m.self_care_ratings),
                )
                for m in months
            ],
            self.tr(
                "Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well)."
            )
            + (
                " "
                + self.tr("Latest: {month}, {value}.").format(
                    month=short_month_and_year(rated[-1].month),
                    value=decimal(rated[-1].self_care_average or 0),
                )
                if rated
                else ""
            ),
        )
        self.self_care_note.setText(self._self_care_words(rated))

    def _self_care_words(self, rated: Sequence[ins.MonthFigures]) -> str:
        if not rated:
            return self.tr("Rate how you are doing at the end of each session to see a trend here.")
        recent = [m.self_care_average for m in rated[-2:] if m.self_care_average is not None]
        if recent and sum(recent) / len(recent) < 2.5:
            return self.tr(
                "Your ratings have been low lately. Supporters need support too: a debrief with a "
                "fellow supporter or your program lead can help."
            )
        return self.tr("Only you see this. It is never part of a report.")

    # --- reports --------------------------------------------------------------------------------

    def open_report(self) -> QWidget:
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self._journal, self._clock, self.period(), parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_totals(self) -> QWidget:
        from ui.dialogs.program_totals_dialog import ProgramTotalsDialog

        dialog = ProgramTotalsDialog(parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

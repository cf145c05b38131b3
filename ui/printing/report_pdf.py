"""The printable de-identified report: one HTML document, previewed on screen and saved as PDF.

The same :func:`report_html` feeds the preview in the report dialog and the PDF, so what the
supporter sees is what is written. It holds only what the :class:`~peerdesk.report.Report` holds:
counts (small ones already suppressed), months and English category names.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from peerdesk import report as rep
from peerdesk.errors import StorageError
from peerdesk.files import create_private_file, make_private, storage_error, temp_path_beside
from peerdesk.insights import Month
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase
from ui.messages import flow_text
from ui.printing.recovery_sheet import default_page_size
from ui.widgets.dates import month_and_year
from ui.widgets.numbers import counts_in, decimal, percent, whole


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def month_name(month: Month | str) -> str:
    """``2026-03`` as "March 2026" (a month, never a day)."""
    m = month if isinstance(month, Month) else Month.parse(month)
    return month_and_year(m)


def hours_text(cell: rep.Cell) -> str:
    low, high = cell.low / 60, cell.high / 60
    return decimal(low) if cell.exact else f"{decimal(low)}–{decimal(high)}"


def referral_rate_text(report: rep.Report) -> str:
    """Conversations with a referral ÷ conversations, only when both are exact and shown."""
    with_referral = report.cell("conversations_with_referral")
    conversations = report.total("conversations")
    if (
        not with_referral.exact
        or not conversations.exact
        or rep.is_suppressed(with_referral, report.threshold)
        or not conversations.low
    ):
        return QCoreApplication.translate("report", "not shown (a count behind it is held back)")
    return percent(100 * with_referral.low / conversations.low)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    first = 70 if len(headers) == 2 else 19
    # The other columns share the rest by their words: a fixed share broke a long heading
    # inside its word ("Unterstützung" over "sstunden", "Conversacione" over "s").
    head = "".join(
        f"<th align='left' width='{first}%'>{_e(h)}</th>"
        if i == 0
        else f"<th align='right' style='font-size: 8pt'>{_e(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            (f"<td nowrap>{_e(cell)}</td>" if i == 0 else f"<td align='right'>{_e(cell)}</td>")
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'"
        f" style='border-collapse: collapse; border-color: #999'><tr>{head}</tr>{body}</table>"
    )


def monthly_rows(report: rep.Report) -> list[list[str]]:
    """Month, contacts, conversations, hours, follow-ups due and completed; a total last."""
    out = []
    for month in report.period.months():
        key = str(month)
        out.append(
            [
                month_name(month).replace(" ", "\u00a0"),
                *(
                    counts_in(rep.shown(report.cell(s, month=key), report.threshold, s))
                    for s in ("contacts", "conversations")
                ),
                hours_text(report.cell("supporter_minutes", month=key)),
                *(
                    counts_in(rep.shown(report.cell(s, month=key), report.threshold, s))
                    for s in ("followups_due", "followups_completed")
                ),
            ]
        )
    out.append(
        [
            QCoreApplication.translate("report", "Whole period"),
            *(
                counts_in(rep.shown(report.total(s), report.threshold, s))
                for s in ("contacts", "conversations")
            ),
            hours_text(report.total("supporter_minutes")),
            *(
                counts_in(rep.shown(report.total(s), report.threshold, s))
                for s in ("followups_due", "followups_completed")
            ),
        ]
    )
    return out


def written_rows(report: rep.Report) -> list[list[str]]:
    """The report's lines as the CSV writes them, one row each, in words: what is counted, the
    month (or the whole period), the category, and the count as written."""
    return [
        [
            _tr(rep.SECTION_TITLES[line.section]),
            month_name(line.month)
            if line.month
            else QCoreApplication.translate("report", "Whole period"),
            flow_text(line.label) if line.label else "",
            counts_in(report.shown(line)),
        ]
        for line in report.lines
    ]


WRITTEN_HEADERS = (
    QT_TRANSLATE_NOOP("report", "What is counted"),
    QT_TRANSLATE_NOOP("report", "Month"),
    QT_TRANSLATE_NOOP("report", "Category"),
    QT_TRANSLATE_NOOP("report", "Count"),
)

MONTHLY_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Month"),
    QT_TRANSLATE_NOOP("report", "Contacts"),
    QT_TRANSLATE_NOOP("report", "Conversations"),
    QT_TRANSLATE_NOOP("report", "Supporter hours"),
    QT_TRANSLATE_NOOP("report", "Follow-ups due"),
    QT_TRANSLATE_NOOP("report", "Follow-ups completed"),
)


def report_html(report: rep.Report) -> str:
    t = report.threshold
    title = (
        QCoreApplication.translate("report", "PeerDesk program totals")
        if report.combined
        else QCoreApplication.translate("report", "PeerDesk report")
    )
    period = QCoreApplication.translate("report", "{first} to {last}").format(
        first=month_name(report.period.first), last=month_name(report.period.last)
    )
    notes = [
        QCoreApplication.translate(
            "report",
            "De-identified: counts only, by month at most. It holds no names, pseudonyms, notes, "
            "contact details or dates.",
        ),
        QCoreApplication.translate(
            "report",
            "x marks a count held back: a count from 1 to {below}, or one that adds up with "
            "such a count, so that none can be worked out from the totals.",
        ).format(below=t - 1),
    ]
    if report.combined:
        notes.append(
            QCoreApplication.translate(
                "report",
                "Reports combined: {count}. Where a report held back a count, the total is held "
                "back too; totals below {t} are held back again.",
            ).format(count=whole(len(report.sources)), t=t)
        )
        if report.periods_differ:
            notes.append(
                QCoreApplication.translate("report", "The reports cover different periods.")
            )
    # Outside the f-strings below: lupdate reads no call inside one.
    period_heading = QCoreApplication.translate("report", "Period:")
    by_month = QCoreApplication.translate("report", "By month")
    referrals = QCoreApplication.translate("report", "Referrals")
    parts = [
        f"<h2>{_e(title)}</h2>",
        f"<p><b>{_e(period_heading)}</b> {_e(period)}</p>",
        *(f"<p>{_e(n)}</p>" for n in notes),
        f"<h3>{_e(by_month)}</h3>",
        _table([_tr(h) for h in MONTHLY_HEADERS], monthly_rows(report)),
        f"<h3>{_e(referrals)}</h3>",
        _table(
            [
                QCoreApplication.translate("report", "Figure"),
                QCoreApplication.translate("report", "Value"),
            ],
            [
                [
                    QCoreApplication.translate("report", "Conversations with a referral"),
                    counts_in(rep.shown(report.cell("conversations_with_referral"), t)),
                ],
                [QCoreApplication.translate("report", "Referral rate"), referral_rate_text(report)],
                *(
                    [_tr(rep.SECTION_TITLES[s]), counts_in(rep.shown(report.cell(s), t))]
                    for s in rep.PERIOD_TOTALS[1:]  # help mentioned, handouts: not referrals
                    if report.section(s)  # an older report did not count them
                ),
            ],
        ),
    ]
    for section in rep.BREAKDOWNS:
        parts.append(f"<h3>{_e(_tr(rep.SECTION_TITLES[section]))}</h3>")
        parts.append(
            _table(
                [
                    QCoreApplication.translate("report", "Category"),
                    QCoreApplication.translate("report", "Contacts"),
                ],
                [
                    [flow_text(li.label) or li.item, counts_in(report.shown(li))]
                    for li in report.section(section)
                ],
            )
        )
    return "<html><body>" + "".join(parts) + "</body></html>"


def report_document(report: rep.Report) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setHtml(report_html(report))
    return document


def page_layout() -> QPageLayout:
    """Portrait on the locale's paper (Letter or A4); QTextDocument.print_ adds its own 2 cm
    margins."""
    return QPageLayout(
        default_page_size(),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


PDF_DPI = 1200
PREVIEW_DPI = 110


def _pdf_writer(device: str | QIODevice) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setTitle(QCoreApplication.translate("report", "PeerDesk de-identified report"))
    writer.setCreator("PeerDesk")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    return writer


def report_pages(report: rep.Report, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """The PDF's pages as pictures at ``dpi``, drawn without a printer (for the preview).

    Laid out on the same PDF writer as :func:`save_report_pdf` (in memory, nothing written) and
    painted the way ``QTextDocument.print_`` paints it: 2 mm page margins where the layout has
    none, 2 cm around the text, the page number at the foot on the right.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    edge = 2.0  # mm: what print_ gives a page that has no margins
    writer.setPageMargins(QMarginsF(edge, edge, edge, edge), QPageLayout.Unit.Millimeter)
    screen = QGuiApplication.primaryScreen()
    source_x = round(screen.logicalDotsPerInchX()) if screen is not None else 100
    source_y = round(screen.logicalDotsPerInchY()) if screen is not None else 100
    doc = report_document(report)
    doc.documentLayout().setPaintDevice(writer)
    margin_x, margin_y = int(2 / 2.54 * source_x), int(2 / 2.54 * source_y)
    frame = doc.rootFrame().frameFormat()
    frame.setLeftMargin(margin_x)
    frame.setRightMargin(margin_x)
    frame.setTopMargin(margin_y)
    frame.setBottomMargin(margin_y)
    doc.rootFrame().setFrameFormat(frame)
    body = QRectF(0, 0, writer.width(), writer.height())
    number_metrics = QFontMetricsF(doc.defaultFont(), writer)
    number_font = QFont(doc.defaultFont())  # sized in the writer's pixels: the painter is scaled
    number_font.setPixelSize(round(doc.defaultFont().pointSizeF() * writer.logicalDpiY() / 72))
    number_at = QPointF(
        body.width() - margin_x * writer.logicalDpiX() / source_x,
        body.height()
        - margin_y * writer.logicalDpiY() / source_y
        + number_metrics.ascent()
        + 5 * writer.logicalDpiY() / 72.0,
    )
    doc.setPageSize(body.size())
    paper = page_layout().fullRect(QPageLayout.Unit.Inch)
    scale = dpi / writer.logicalDpiX()
    offset = edge / 25.4 * writer.logicalDpiX()
    pages = []
    for index in range(doc.pageCount()):
        image = QImage(
            round(paper.width() * dpi), round(paper.height() * dpi), QImage.Format.Format_RGB32
        )
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            painter.translate(offset, offset - index * body.height())
            view = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            doc.documentLayout().draw(painter, context)
            painter.setClipping(False)
            painter.setFont(number_font)
            number = str(index + 1)
            painter.drawText(
                QPointF(
                    round(number_at.x() - number_metrics.horizontalAdvance(number)),
                    round(number_at.y() + view.top()),
                ),
                number,
            )
        finally:
            painter.end()
        pages.append(image)
    del writer
    buffer.close()
    return pages


def save_report_pdf(path: Path, report: rep.Report) -> None:
    """Write the report as a PDF at ``path`` (written beside it first, then moved in place).

    Needs a QGuiApplication (the app has one; :func:`save_report_pdf_headless` makes one).
    """
    tmp = temp_path_beside(path)
    try:
        create_private_file(tmp)  # owner-only before Qt writes the report into it
        writer = _pdf_writer(str(tmp))
        document = report_document(report)
        document.print_(writer)
        del writer  # the file is finished when the writer goes
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "the PDF could not be written to {folder}"),
                values={"folder": str(path.parent)},
            )
        make_private(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise storage_error(
            exc, Phrase(QT_TRANSLATE_NOOP("errors", "writing {file}"), {"file": path.name})
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def save_report_pdf_headless(
    path: Path, report: rep.Report, speak: Callable[[QGuiApplication], object] | None = None
) -> None:
    """For the command line: the same PDF, with an offscreen Qt made for the occasion;
    ``speak(app)`` installs its language (``ui.launcher``: the computer's)."""
    if QGuiApplication.instance() is not None:
        save_report_pdf(path, report)
        return
    app = QGuiApplication(["peerdesk", "-platform", "offscreen"])
    if speak is not None:
        speak(app)
    try:
        save_report_pdf(path, report)
    finally:
        app.shutdown()

"""Resource handouts: the page a supporter gives a peer, as PDF, on paper or as a preview.

A :class:`Handout` holds only what is printed: the chosen directory entries, an optional
personal note (printed exactly as typed), the organisation's name and a date. It is built from
the resource directory, never from a session or a peer, so a handout carries no peer data unless
the supporter typed it into the note.

The page is laid out as rich text (QTextDocument) and painted on a PDF writer, on pictures of
the pages (the previews) or, only when the supporter presses Print, on a printer. Text stays
text (selectable and searchable in the PDF). It is shrunk a little when needed so that it fits
one page of the locale's paper (Letter or A4); a very long selection flows onto more pages
rather than becoming unreadably small, and each later page ends with the emergency line again.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QWidget

from peerdesk import countries
from peerdesk.errors import StorageError
from peerdesk.files import write_private_atomically
from peerdesk.resources import CATEGORIES, Resource
from peerdesk.text import fold
from peerdesk.translation import QT_TRANSLATE_NOOP
from ui.messages import category_label
from ui.printing.page_preview import PagePreviewDialog
from ui.printing.recovery_sheet import default_page_size
from ui.widgets.dates import long_date

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MARGIN_MM = 15.0
NOTE_MAX = 600  # a few lines: a thank-you, a reminder, never the conversation
_SCALES = (1.0, 0.93, 0.86, 0.8, 0.75, 0.72)  # tried in turn until the handout fits one page
_PREVIEW_DPI = 150
_INK = "#1b1b1b"
_MUTED = "#4a4a4a"
_ACCENT = "#0d3c61"
_DANGER = "#8f1d1d"


def emergency_line(code: str | None = countries.DEFAULT) -> str:
    """The line every handout carries, whatever was chosen: the country's emergency number(s),
    or, when the country is not chosen (``None``), no number at all: a wrong one is worse."""
    if code is None:
        return QCoreApplication.translate(
            "Handout", "In immediate danger, call your local emergency number."
        )
    numbers = countries.country(code).emergency
    if len(numbers) == 1:
        return QCoreApplication.translate("Handout", "In immediate danger, call {number}.").format(
            number=numbers[0]
        )
    return QCoreApplication.translate(
        "Handout", "In immediate danger, call {first} or {second}."
    ).format(first=numbers[0], second=numbers[1])


@dataclass(frozen=True)
class Handout:
    """Everything a handout prints, and nothing else."""

    resources: tuple[Resource, ...]
    made_on: date
    note: str = ""
    organisation: str = ""
    country: str | None = countries.DEFAULT  # whose emergency number is printed (None: none)


def in_print_order(resources: Iterable[Resource]) -> list[Resource]:
    """Resources grouped by category (in the directory's order), then by name."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return sorted(resources, key=lambda r: (order.get(r.category, 99), fold(r.name)))


def choose(
    directory: Sequence[Resource],
    *,
    resource_ids: Iterable[int] = (),
    categories: Iterable[str] = (),
) -> list[Resource]:
    """The entries of ``directory`` picked by id or by (non-archived) category, in print order."""
    ids = set(resource_ids)
    wanted = set(categories)
    picked = [
        r
        for r in directory
        if (r.id is not None and r.id in ids) or (r.category in wanted and not r.archived)
    ]
    return in_print_order(picked)


def _text(value: str) -> str:
    """Plain text for the rich-text page: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br/>")


def handout_html(handout: Handout, scale: float = 1.0) -> str:
    """The handout as the rich text QTextDocument lays out (sizes in points, times ``scale``)."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def gap(size: float) -> str:  # margins around tables are not kept by the layout: a spacer
        return f"<p style='margin:0; font-size:{pt(size)}'>&nbsp;</p>"

    parts: list[str] = [f"<body style='color:{_INK}; font-size:{pt(10.5)}'>"]
    if handout.organisation:
        parts.append(
            f"<p style='margin:0; color:{_MUTED}; font-size:{pt(10)}'>"
            f"{_text(handout.organisation)}</p>"
        )
    parts.append(
        f"<p style='margin-top:{pt(2)}; margin-bottom:{pt(4)}; font-size:{pt(22)};"
        f" font-weight:bold; color:{_ACCENT}'>"
        + _text(QCoreApplication.translate("Handout", "Support for you"))
        + "</p>"
    )
    parts.append(
        f"<p style='margin-top:0; margin-bottom:{pt(8)}'>"
        + _text(
            QCoreApplication.translate(
                "Handout",
                "You don't have to carry this alone. These services listen, and they are used "
                "to hearing from health workers.",
            )
        )
        + "</p>"
    )
    parts.append(_emergency_html(handout, scale))
    current = ""
    for item in in_print_order(handout.resources):
        if item.category != current:
            if current:
                parts.append("</table>")
            current = item.category
            parts.append(gap(7))
            parts.append(
                f"<table width='100%' cellspacing='0' cellpadding='{round(2 * scale)}'"
                f" style='margin-top:{pt(9)}; margin-bottom:{pt(2)}'><tr>"
                f"<td style='border-bottom-style:solid; border-bottom-width:1px;"
                f" border-bottom-color:{_ACCENT}'>"
                f"<span style='font-size:{pt(13)}; font-weight:bold; color:{_ACCENT}'>"
                f"{_text(category_label(current))}</span></td></tr></table>"
                f"<table width='100%' cellspacing='0' cellpadding='{round(4 * scale)}'>"
            )
        parts.append(_resource_row(item, pt))
    if current:
        parts.append("</table>")
    if handout.note:
        parts.append(gap(8))
        parts.append(
            f"<table width='100%' cellspacing='0' cellpadding='{round(7 * scale)}' border='1'"
            f" style='border-collapse:collapse; border-style:solid; border-color:#8a8a8a;"
            f" margin-top:{pt(12)}'><tr><td>"
            f"<span style='font-size:{pt(11)}'>{_text(handout.note)}</span></td></tr></table>"
        )
    made = QCoreApplication.translate("Handout", "Prepared on {date}.").format(
        date=long_date(handout.made_on)
    )
    parts.append(
        gap(4)
        + f"<p style='margin:0; color:{_MUTED}; font-size:{pt(8.5)}'>"
        + _text(
            made
            + " "
            + QCoreApplication.translate(
                "Handout",
                "Services change their numbers and hours from time to time; if one does not "
                "answer, try another on this page.",
            )
        )
        + "</p></body>"
    )
    return "".join(parts)


def _emergency_html(handout: Handout, scale: float) -> str:
    """The emergency line in its red box: at the top of the handout, and of every later page."""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{round(7 * scale)}' border='1'"
        f" style='border-collapse:collapse; border-style:solid; border-color:{_DANGER};"
        f" background-color:#fdf1f0; margin-bottom:{4 * scale:.1f}pt'><tr><td>"
        f"<span style='font-size:{13.5 * scale:.1f}pt; font-weight:bold; color:{_DANGER}'>"
        f"{_text(emergency_line(handout.country))}</span></td></tr></table>"
    )


def _resource_row(item: Resource, size: Callable[[float], str]) -> str:
    left = [f"<span style='font-size:{size(12)}; font-weight:bold'>{_text(item.name)}</span>"]
    if item.description:
        left.append(f"<br/>{_text(item.description)}")
    details = [d for d in (item.hours, item.audience) if d]
    if details:
        left.append(
            f"<br/><span style='color:{_MUTED}; font-size:{size(9.5)}'>"
            f"{_text(' · '.join(details))}</span>"
        )
    right: list[str] = []
    if item.phone:
        right.append(
            f"<span style='font-size:{size(9)}; color:{_MUTED}'>"
            + _text(QCoreApplication.translate("Handout", "Call"))
            + "</span> "
            f"<span style='font-size:{size(17)}; font-weight:bold'>{_text(item.phone)}</span>"
        )
    if item.text_line:
        right.append(
            f"<span style='font-size:{size(9)}; color:{_MUTED}'>"
            + _text(QCoreApplication.translate("Handout", "Text"))
            + "</span> "
            f"<span style='font-size:{size(13)}; font-weight:bold'>{_text(item.text_line)}</span>"
        )
    if item.web:
        right.append(f"<span style='font-size:{size(10.5)}'>{_text(item.web)}</span>")
    return (
        "<tr><td width='62%' valign='top'>"
        + "".join(left)
        + "</td><td width='38%' valign='top' align='right'>"
        + "<br/>".join(right)
        + "</td></tr>"
    )


def _document(
    html_text: str, device: QPaintDevice, width: float, height: float, scale: float
) -> QTextDocument:
    """``html_text`` laid out for ``device`` at ``scale``, in pages of ``width`` x ``height``."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))
    font = QFont()
    font.setPointSizeF(10.5 * scale)
    # No ligatures: text copied out of the PDF (or searched in it) keeps plain letters.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html_text)
    return doc


@dataclass(frozen=True)
class _Pages:
    """The handout laid out in pages; from page 2 on, each ends with the emergency line."""

    body: QTextDocument
    strip: QTextDocument | None  # the emergency line at the foot of pages 2+ (None: one page)
    height: float  # of the body on each page: the page less the strip's room
    scale: float

    def count(self) -> int:
        return self.body.pageCount()

    def paint(self, painter: QPainter, page: int) -> None:
        painter.save()
        painter.translate(0, -page * self.height)
        view = QRectF(0, page * self.height, self.body.pageSize().width(), self.height)
        painter.setClipRect(view)
        self.body.drawContents(painter, view)
        painter.restore()
        if page and self.strip is not None:
            # At the foot: a table row split across pages draws its earlier lines, unseen but
            # still in the PDF's text, above the page's top.
            painter.save()
            painter.translate(0, self.height)
            self.strip.drawContents(painter)
            painter.restore()


def _layout(
    handout: Handout,
    device: QPaintDevice,
    width: float,
    height: float,
    scale: float,
    *,
    continued: bool,
) -> _Pages:
    """The handout at ``scale``; ``continued``: room is kept on every page for the strip."""
    strip = None
    body_height = height
    if continued:
        strip = _document(
            f"<p style='margin:0; font-size:{6 * scale:.1f}pt'>&nbsp;</p>"
            + _emergency_html(handout, scale),
            device,
            width,
            height,
            scale,
        )
        strip.setTextWidth(width)  # one block, not pages: its height is its own
        body_height = height - strip.size().height()
    body = _document(handout_html(handout, scale), device, width, body_height, scale)
    return _Pages(body, strip, body_height, scale)


def _fitted(handout: Handout, device: QPaintDevice, width: float, height: float) -> _Pages:
    """The largest of :data:`_SCALES` at which the handout fits one page; else the smallest,
    with the emergency line repeated at the foot of every later page."""
    for scale in _SCALES:
        pages = _layout(handout, device, width, height, scale, continued=False)
        if pages.count() <= 1:
            return pages
    return _layout(handout, device, width, height, _SCALES[-1], continued=True)


def render_handout(device: QPagedPaintDevice, handout: Handout) -> int:
    """Paint the handout on a PDF writer or printer (margins already set); return its pages."""
    width, height = float(device.width()), float(device.height())
    laid_out = _fitted(handout, device, width, height)
    pages = laid_out.count()
    painter = QPainter()
    if not painter.begin(device):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "the handout could not be drawn on the chosen printer or file"
            )
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for page in range(pages):
            if page:
                device.newPage()
            laid_out.paint(painter, page)
    finally:
        painter.end()
    return pages


def _setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(default_page_size())
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def handout_pdf(handout: Handout) -> tuple[bytes, int]:
    """The handout as PDF bytes, made in memory, and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("Handout", "Support for you"))
    writer.setCreator("PeerDesk")
    writer.setResolution(300)
    _setup(writer)
    pages = render_handout(writer, handout)
    del writer
    buffer.close()
    return bytes(data.data()), pages


def save_handout_pdf(path: Path, handout: Handout) -> int:
    """Write the handout as a PDF to ``path`` in one step; return its pages; raise known errors."""
    pdf, pages = handout_pdf(handout)
    write_private_atomically(path, pdf)
    return pages


def _printer() -> QPrinter:
    # Imported here: a printer asks the print service about printers, and only Print may do that.
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("Handout", "Support for you"))
    _setup(printer)
    return printer


def print_handout(parent: QWidget | None, handout: Handout) -> bool:
    """Ask for a printer and print the handout; return whether it was printed."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Handout", "Print handout"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_handout(printer, handout)
    return True


def preview_dialog(
    parent: QWidget | None,
    handout: Handout,
    print_handout: Callable[[QWidget | None, Handout], bool] = print_handout,
) -> PagePreviewDialog:
    """A preview of every page (the caller shows it); its Print button calls ``print_handout``.

    The pages are pictures: no printer exists until Print is pressed.
    """
    dialog = PagePreviewDialog(
        page_images(handout),
        QCoreApplication.translate("Handout", "Handout preview"),
        lambda owner: print_handout(owner, handout),
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def page_image(handout: Handout, width_px: int) -> tuple[QImage, int]:
    """The first page as a picture ``width_px`` wide (an on-screen preview), and the page count.

    The picture is drawn at 150 dpi and scaled down, so small sizes look like the paper, not
    like a layout of their own.
    """
    pictures, pages = _pictures(handout, first_only=True)
    return pictures[0].scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation), pages


def page_images(handout: Handout) -> list[QImage]:
    """Every page as a picture at 150 dpi, laid out at the scale the PDF and the printer use."""
    return _pictures(handout, first_only=False)[0]


def _pictures(handout: Handout, *, first_only: bool) -> tuple[list[QImage], int]:
    """Pictures of the pages (or of the first), and the page count worked out on a PDF page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    _setup(writer)
    on_paper = _fitted(handout, writer, float(writer.width()), float(writer.height()))
    pages, scale, continued = on_paper.count(), on_paper.scale, on_paper.strip is not None
    del on_paper, writer
    buffer.close()

    size = default_page_size().size(QPageSize.Unit.Millimeter)
    px_per_mm = _PREVIEW_DPI / 25.4
    dots_per_metre = round(px_per_mm * 1000)
    images: list[QImage] = []
    for _page in range(1 if first_only else pages):
        image = QImage(
            round(size.width() * px_per_mm),
            round(size.height() * px_per_mm),
            QImage.Format.Format_RGB32,
        )
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        images.append(image)
    margin = MARGIN_MM * px_per_mm
    width = images[0].width() - 2 * margin
    height = images[0].height() - 2 * margin
    laid_out = _layout(handout, images[0], width, height, scale, continued=continued)
    for page, image in enumerate(images):
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(margin, margin)
            laid_out.paint(painter, page)
        finally:
            painter.end()
    return images, pages

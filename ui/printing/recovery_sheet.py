"""The printed recovery sheet: the code in big groups, what it is for and where to keep it.

One page, drawn with QPainter on any paged device: a printer chosen in the print dialog, or a PDF
the supporter asked to save. The PDF is built in memory and written straight to the chosen file
with owner-only permissions; no copy goes anywhere else.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.errors import StorageError
from peerdesk.files import PRIVATE_FILE, storage_error
from peerdesk.keyslots import LockMode
from peerdesk.recovery import RecoveryCode
from peerdesk.translation import QT_TRANSLATE_NOOP
from ui.widgets.dates import long_date

GROUPS_PER_ROW = 4
MARGIN_MM = 18.0
_LETTER_TERRITORIES = frozenset(
    {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
)


def default_page_size() -> QPageSize:
    """Letter where it is the usual paper, A4 elsewhere."""
    if QLocale().territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _font(points: float, *, bold: bool = False, fixed: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Sheet:
    """Lays out the sheet from top to bottom on one painter."""

    def __init__(self, painter: QPainter, width: float, mm: float) -> None:
        self.painter = painter
        self.width = width
        self.mm = mm
        self.top = 0.0

    def text(self, text: str, font: QFont, *, after_mm: float = 3.0) -> None:
        self.painter.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        area = QRectF(0, self.top, self.width, 10_000 * self.mm)
        used = self.painter.boundingRect(area, flags, text)
        self.painter.drawText(QRectF(0, self.top, self.width, used.height()), flags, text)
        self.top += used.height() + after_mm * self.mm

    def section(self, heading: str, body: str) -> None:
        self.text(heading, _font(12, bold=True), after_mm=1.2)
        self.text(body, _font(11), after_mm=5)

    def rule(self) -> None:
        self.painter.setPen(QPen(QColor("#888888"), 0.3 * self.mm))
        self.painter.drawLine(0, round(self.top), round(self.width), round(self.top))
        self.painter.setPen(QPen(QColor("black")))
        self.top += 5 * self.mm

    def groups(self, groups: tuple[str, ...]) -> None:
        mm = self.mm
        gap = 5 * mm
        box_w = (self.width - gap * (GROUPS_PER_ROW - 1)) / GROUPS_PER_ROW
        box_h = 17 * mm
        number_h = 6 * mm
        centred = int(Qt.AlignmentFlag.AlignCenter)
        for start in range(0, len(groups), GROUPS_PER_ROW):
            for column, group in enumerate(groups[start : start + GROUPS_PER_ROW]):
                left = column * (box_w + gap)
                self.painter.setFont(_font(9))
                self.painter.setPen(QPen(QColor("#555555")))
                self.painter.drawText(
                    QRectF(left, self.top, box_w, number_h),
                    centred,
                    QCoreApplication.translate("RecoverySheet", "group {n}").format(
                        n=start + column + 1
                    ),
                )
                box = QRectF(left, self.top + number_h, box_w, box_h)
                self.painter.setPen(QPen(QColor("black"), 0.4 * mm))
                self.painter.drawRoundedRect(box, 2 * mm, 2 * mm)
                self.painter.setFont(_font(26, bold=True, fixed=True))
                self.painter.drawText(box, centred, group)
            self.top += number_h + box_h + 4 * mm
        self.painter.setPen(QPen(QColor("black")))
        self.top += 2 * mm


def _what_it_is_for(lock_mode: LockMode) -> tuple[str, str]:
    """What the code opens the journal for, and what happens when it is lost, in the words of
    the journal's lock mode: the paper is kept for years, it must say what it is for."""
    if lock_mode is LockMode.PASSPHRASE:
        return (
            QCoreApplication.translate(
                "RecoverySheet",
                "This code opens your PeerDesk journal if you forget your lock passphrase, on "
                "this computer or any other. It also opens backups of your journal.",
            ),
            QCoreApplication.translate(
                "RecoverySheet",
                "While you still know your passphrase, you can make a new code at any time. If "
                "both this code and your passphrase are lost, nobody can open the journal: there "
                "is no other way in.",
            ),
        )
    return (
        QCoreApplication.translate(
            "RecoverySheet",
            "This code opens your PeerDesk journal when the key kept in the computer's "
            "keyring is not there: on a new computer, after reinstalling the system, or if "
            "the keyring was reset or lost. It also opens backups of your journal.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "While PeerDesk still opens on this computer, you can make a new code at any "
            "time. If both this code and the computer's key are gone, nobody can open the "
            "journal: there is no other way in.",
        ),
    )


def render_recovery_sheet(
    printer: QPagedPaintDevice, code: RecoveryCode, created: date, *, lock_mode: LockMode
) -> None:
    """Paint the one-page recovery sheet on ``printer`` (a printer or a PDF writer), worded for
    the journal's ``lock_mode``."""
    what_for, if_lost = _what_it_is_for(lock_mode)
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "the recovery sheet could not be drawn on the chosen printer"
            )
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mm = printer.logicalDpiY() / 25.4
        sheet = _Sheet(painter, float(printer.width()), mm)
        sheet.text(
            QCoreApplication.translate("RecoverySheet", "PeerDesk recovery sheet"),
            _font(22, bold=True),
            after_mm=1.5,
        )
        sheet.text(
            QCoreApplication.translate("RecoverySheet", "Recovery code made on {date}").format(
                date=long_date(created)
            ),
            _font(11),
            after_mm=7,
        )
        sheet.groups(code.groups)
        sheet.text(
            QCoreApplication.translate(
                "RecoverySheet",
                "When you type it, capitals, spaces and dashes do not matter, and PeerDesk "
                "tells you if a group has a typo.",
            ),
            _font(10),
            after_mm=6,
        )
        sheet.rule()
        sheet.section(QCoreApplication.translate("RecoverySheet", "What it is for"), what_for)
        sheet.section(
            QCoreApplication.translate("RecoverySheet", "Where to keep it"),
            QCoreApplication.translate(
                "RecoverySheet",
                "Somewhere safe and away from the laptop, for example with your important papers "
                "at home. Not in the laptop bag, not as a photo on your phone, not in e-mail or "
                "a cloud folder.",
            ),
        )
        sheet.section(
            QCoreApplication.translate("RecoverySheet", "Keep it private"),
            QCoreApplication.translate(
                "RecoverySheet",
                "Anyone who has this code and a copy of your journal file can read your journal. "
                "If you think someone has seen it, make a new code in PeerDesk's settings: the "
                "old one stops working at once, and you print a new sheet.",
            ),
        )
        sheet.section(QCoreApplication.translate("RecoverySheet", "If it is lost"), if_lost)
    finally:
        painter.end()


class SheetSent(NamedTuple):
    """Where a printed sheet went: the printer's name, and the file when printed to a file."""

    printer: str
    file: str = ""


def print_recovery_sheet(
    parent: QWidget | None,
    code: RecoveryCode,
    created: date | None = None,
    *,
    lock_mode: LockMode,
) -> SheetSent | None:
    """Ask for a printer and print the sheet; return where it went (None: not printed).

    Only here, on Print, is a printer made: it asks the system's print service about printers.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "PeerDesk recovery sheet"))
    printer.setPageSize(default_page_size())
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print recovery sheet"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    render_recovery_sheet(printer, code, created or date.today(), lock_mode=lock_mode)
    return SheetSent(printer.printerName(), printer.outputFileName())


def recovery_sheet_pdf(code: RecoveryCode, created: date, *, lock_mode: LockMode) -> bytes:
    """The sheet as PDF bytes, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("RecoverySheet", "PeerDesk recovery sheet"))
    writer.setCreator("PeerDesk")
    writer.setResolution(300)
    writer.setPageSize(default_page_size())
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    render_recovery_sheet(writer, code, created, lock_mode=lock_mode)
    del writer
    buffer.close()
    return bytes(data.data())


def save_recovery_sheet_pdf(
    path: Path, code: RecoveryCode, created: date, *, lock_mode: LockMode
) -> None:
    """Write the sheet as a PDF to ``path`` (owner-only permissions); raise a known error."""
    pdf = recovery_sheet_pdf(code, created, lock_mode=lock_mode)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            view = memoryview(pdf)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            path.chmod(PRIVATE_FILE)
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "saving the recovery sheet")) from exc

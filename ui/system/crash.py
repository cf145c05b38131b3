"""Bugs go to a crash report: a copyable text for the supporter and ``crash.log`` for later.

A report says *where* PeerDesk failed, never *what it was working on*:

- the exception's type, and for causes and contexts their types too;
- every stack frame as file (shortened to a path inside PeerDesk or the library, so no home
  folder or user name shows), line number and function name. No source lines, and never local
  variables;
- the exception's message only when it cannot carry journal text. The rule: a message is kept
  when the exception is one whose message Python itself builds from code names (AttributeError,
  NameError, ImportError, TypeError, IndexError, ZeroDivisionError, RecursionError,
  NotImplementedError) or a PeerDesk error other than ``InvalidInput`` (PeerDesk writes those
  messages and puts no journal text in them), and only when it is shorter than 200 characters.
  Everything else -- ValueError, KeyError, OSError, database errors, errors from other libraries
  -- is reported by its type alone, because their messages can quote the data they choked on.
  The home folder is replaced by ``~`` everywhere.

``faulthandler`` writes hard crashes (segfaults in Qt or SQLCipher) to the same ``crash.log``,
which is created owner-only (0600) in a private folder.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
import sys
import sysconfig
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import peerdesk
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.files import PRIVATE_FILE, ensure_private_dir
from ui.widgets.accessible import name_as_shown
from ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)

CRASH_LOG = "crash.log"
EXIT_CRASH = 70  # EX_SOFTWARE
MESSAGE_LIMIT = 200
CHAIN_LIMIT = 5
_CODE_MADE_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError,
    NameError,
    ImportError,
    TypeError,
    IndexError,
    ZeroDivisionError,
    RecursionError,
    NotImplementedError,
)
_PROJECT_ROOT = Path(peerdesk.__file__).resolve().parent.parent
_STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()


# --- the report ---------------------------------------------------------------------------------


def _text_of(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # a broken __str__ must not break the report
        return ""


def message_is_safe(exc: BaseException) -> bool:
    """Whether ``exc``'s message may go in a report (see the module's rule)."""
    if isinstance(exc, InvalidInput):
        return False
    if not isinstance(exc, (PeerDeskError, *_CODE_MADE_MESSAGES)):
        return False
    return len(_text_of(exc)) < MESSAGE_LIMIT


def _short_path(filename: str) -> str:
    if filename.startswith("<"):
        return filename  # <string>, <frozen importlib._bootstrap>, ...
    path = Path(filename)
    try:
        path = path.resolve()
    except OSError:
        return path.name
    for base, prefix in ((_PROJECT_ROOT, ""), (_STDLIB, "python/")):
        if path.is_relative_to(base):
            return prefix + path.relative_to(base).as_posix()
    for marker in ("site-packages", "dist-packages"):
        if marker in path.parts:
            index = len(path.parts) - 1 - path.parts[::-1].index(marker)
            return "/".join(path.parts[index + 1 :])
    return path.name


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    return (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )


def _describe(exc: BaseException) -> list[str]:
    lines = [f"{_type_name(exc)}"]
    if message_is_safe(exc):
        message = " ".join(_text_of(exc).split())
        if message:
            lines[0] += f": {message}"
    elif _text_of(exc):
        lines.append("  (message left out: it might quote journal text)")
    frames = traceback.StackSummary.extract(
        traceback.walk_tb(exc.__traceback__), lookup_lines=False, capture_locals=False
    )
    lines.append("Traceback (most recent call last):")
    for frame in frames:
        lines.append(
            f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
        )
    return lines


def crash_report(exc: BaseException, *, thread: str | None = None) -> str:
    """The report for ``exc``: where it happened, with no journal text (see the module's rule)."""
    lines = [
        "PeerDesk crash report",
        f"PeerDesk {peerdesk.__version__} · Python {platform.python_version()} · "
        f"PySide6 {PySide6.__version__} · {platform.system()} {platform.release()}",
        f"Time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"Thread: {thread or threading.current_thread().name}",
        "",
    ]
    lines += _describe(exc)
    seen = {id(exc)}
    current: BaseException | None = exc
    for _ in range(CHAIN_LIMIT):
        assert current is not None
        if current.__cause__ is not None:
            nxt, why = current.__cause__, "It was caused by:"
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, why = current.__context__, "It happened while handling:"
        else:
            break
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        lines += ["", why]
        lines += _describe(nxt)
        current = nxt
    text = "\n".join(lines) + "\n"
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


# --- the dialog ---------------------------------------------------------------------------------


class CrashDialog(QDialog):
    """Says PeerDesk must close, shows the report read-only, and lets the supporter copy it."""

    def __init__(
        self, report: str, parent: QWidget | None = None, *, log_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("PeerDesk ran into a problem"))
        fit_to_screen(self, 640, 460)
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong inside PeerDesk, and it needs to close. What "
                "is already saved in your journal stays safe."
            )
        )
        intro.setWordWrap(True)
        about = self.tr(
            "The report below only says where in PeerDesk's code the problem happened: it "
            "holds no journal text, no names and no keys. To help fix it, copy it and send it "
            "to whoever looks after PeerDesk for your program."
        )
        if log_path is not None:
            about += " " + self.tr("A copy is kept in {path}.").format(
                path=str(log_path).replace(str(Path.home()), "~")
            )
        details = QLabel(about)
        details.setWordWrap(True)
        # Imported here: Qt makes a class when it is first imported, and start-up needs neither.
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QPlainTextEdit

        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Crash report"))
        self.copy_button = QPushButton(self.tr("&Copy report"))
        name_as_shown(self.copy_button, self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        self.quit_button = QPushButton(self.tr("&Quit"))
        name_as_shown(self.quit_button, self.tr("Quit PeerDesk"))
        self.quit_button.setDefault(True)
        self.quit_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(details)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.quit_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def show_crash_dialog(report: str, log_path: Path | None = None) -> None:
    """The standard way to show a report: the dialog, then the app quits with EX_SOFTWARE."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):  # no widgets possible: the log has the report
        return
    dialog = CrashDialog(report, log_path=log_path)
    dialog.exec()
    dialog.deleteLater()
    app.exit(EXIT_CRASH)


# --- installing ---------------------------------------------------------------------------------


class _DialogOnGuiThread(QObject):
    """Carries a report to the thread this object lives in (the GUI thread)."""

    report = Signal(str)

    def __init__(self, show: Callable[[str], None]) -> None:
        super().__init__()
        self._show = show
        self._showing = False
        self.report.connect(self._deliver)

    @Slot(str)
    def _deliver(self, report: str) -> None:
        if self._showing:  # a second error while the dialog is up: it is in the log already
            return
        self._showing = True
        try:
            self._show(report)
        except Exception:
            log.exception("the crash dialog could not be shown")
        finally:
            self._showing = False


class CrashHandler:
    """What :func:`install_crash_handler` set up; :meth:`uninstall` puts the old hooks back."""

    def __init__(self, log_dir: Path, show_dialog: Callable[[str], None] | None) -> None:
        ensure_private_dir(log_dir)
        self.log_path = log_dir / CRASH_LOG
        self._lock = threading.Lock()
        self._fault_file: IO[bytes] = self._open_log()
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._fault_was_enabled = faulthandler.is_enabled()
        self.last_report: str | None = None
        path = self.log_path
        show = show_dialog or (lambda report: show_crash_dialog(report, path))
        self._dialog_on_gui_thread = _DialogOnGuiThread(show)

    def _open_log(self) -> IO[bytes]:
        fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, "ab", buffering=0)

    def install(self) -> None:
        faulthandler.enable(file=self._fault_file, all_threads=True)
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_hook

    def uninstall(self) -> None:
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._threading_hook:
            threading.excepthook = self._previous_threading_hook
        faulthandler.disable()
        if self._fault_was_enabled and sys.__stderr__ is not None:
            with contextlib.suppress(ValueError, OSError):  # stderr without a descriptor
                faulthandler.enable(file=sys.__stderr__)
        self._fault_file.close()
        self._dialog_on_gui_thread.deleteLater()

    def handle(self, exc: BaseException, *, thread: str | None = None) -> str:
        """Write the report for ``exc`` to the log and pass it on to be shown."""
        try:
            report = crash_report(exc, thread=thread)
        except Exception:  # the handler itself must never fail: fall back to the bare type
            report = f"PeerDesk crash report\n{type(exc).__name__} (no details could be made)\n"
        self.last_report = report
        try:
            with self._lock:
                self._fault_file.write(("\n" + "=" * 72 + "\n" + report).encode("utf-8"))
        except (OSError, ValueError):
            log.error("the crash report could not be written to the crash log")
        log.error(
            "PeerDesk hit an unexpected %s; the report is in the crash log", type(exc).__name__
        )
        self._dialog_on_gui_thread.report.emit(report)
        return report

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.handle(exc)

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        exc = args.exc_value
        if exc.__traceback__ is None and args.exc_traceback is not None:
            exc = exc.with_traceback(args.exc_traceback)
        self.handle(exc, thread=args.thread.name if args.thread is not None else None)


def install_crash_handler(
    log_dir: Path, show_dialog: Callable[[str], None] | None = None
) -> CrashHandler:
    """Send unexpected exceptions (any thread) and hard crashes to ``log_dir/crash.log``.

    ``show_dialog`` receives each report on the GUI thread; by default the :class:`CrashDialog`
    is shown and the app then quits with exit status 70. Call this from the GUI thread.
    """
    handler = CrashHandler(log_dir, show_dialog)
    handler.install()
    return handler

"""``peerdesk --smoke-test``: prove that this PeerDesk, from source or a built bundle, works here.

It runs the paths a bundle most often breaks, each in a throw-away folder and with a key that
lives only in this process's memory, so nothing is left on disk and the real keyring is never
written to:

- SQLCipher is the SQLite library in use (``PRAGMA cipher_version``) and has FTS5;
- ``keyring`` finds its backends through package metadata (a frozen build must carry it) and
  picks a backend that can really keep the key;
- a journal is created, a session saved, found by full-text search, backed up and verified,
  and the journal unlocked again with its recovery code;
- Qt starts (offscreen unless told otherwise), the stylesheet, icons and SVG renderer load, the
  main window and About dialog are built over the journal, and PDFs are rendered (the recovery
  sheet, and a handout when this build has ``ui.printing.handout``).

Each passed check prints one line on standard output. A failed check prints one line
``peerdesk: error: ...`` on standard error and the exit status is 1. Nothing else is printed on
standard error, so a build script can treat any other output there as a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM

# The backend each platform's keyring should offer; its entry point proves the metadata is there.
PLATFORM_BACKENDS = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
_SMOKE_NOTE = "Smoke test marigold note, fictional."  # searched for below; invented text


class SmokeFailure(Exception):
    """A check that did not pass; the message says which and why."""


class _Report:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.passed = 0

    def ok(self, what: str) -> None:
        self.passed += 1
        print(f"ok    {what}", file=self.out, flush=True)

    def skip(self, what: str) -> None:
        print(f"skip  {what}", file=self.out, flush=True)


@contextlib.contextmanager
def _step(name: str) -> Iterator[None]:
    try:
        yield
    except SmokeFailure as exc:
        raise SmokeFailure(f"at {name}: {exc}") from exc
    except Exception as exc:
        raise SmokeFailure(f"at {name}: {type(exc).__name__}: {exc}") from exc


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"bundle at {Path(sys.executable).resolve().parent}"
    return f"source at {Path(__file__).resolve().parent.parent}"


# --- the checks, in the order they run ----------------------------------------------------------


def check_sqlcipher(report: _Report) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise SmokeFailure("the SQLite library in use is not SQLCipher (no cipher_version)")
    if "ENABLE_FTS5" not in options:
        raise SmokeFailure("the SQLCipher library was built without FTS5 (full-text search)")
    report.ok(f"SQLCipher {cipher[0]} (SQLite {sqlite}, FTS5)")


def keyring_entry_points() -> list[str]:
    """The names of the keyring backends that package metadata announces."""
    # The same metadata reader keyring itself uses to load its backends.
    from keyring.compat.py312 import metadata

    return sorted(ep.name for ep in metadata.entry_points(group="keyring.backends"))


def check_keyring(report: _Report, backend: Any | None = None) -> None:
    """Metadata announces the platform's backends, and the chosen backend can keep a key."""
    import keyring

    from peerdesk.keystore import KeyStore, backend_id

    announced = keyring_entry_points()
    expected = PLATFORM_BACKENDS.get(sys.platform)
    if not announced or (expected is not None and expected not in announced):
        raise SmokeFailure(
            "keyring's package metadata is missing: no backend entry points were found "
            f"(found {announced or 'none'}); a frozen build must carry keyring's metadata"
        )
    chosen = backend if backend is not None else keyring.get_keyring()
    usable = KeyStore(chosen).usable_backend()
    if usable is None:
        raise SmokeFailure(
            f"no usable keyring backend (keyring chose {backend_id(chosen)}); "
            "is a Secret Service, Keychain or Credential Manager running for this user?"
        )
    report.ok(f"keyring backends from package metadata: {', '.join(announced)}")
    report.ok(f"keyring backend in use: {usable}")


def check_journal(report: _Report, data_dir: Path) -> tuple[Any, Any, Any]:
    """Create a journal, save and find a session, back up, lock and unlock with the code."""
    from peerdesk import flow
    from peerdesk.clinical import find_clinical_terms
    from peerdesk.keystore import KeyStore, MemoryKeyring
    from peerdesk.sessions import FINISHED, Session
    from peerdesk.vault import Vault

    vault = Vault(data_dir, KeyStore(MemoryKeyring()))
    journal, code = vault.create()
    with vault.journal_path.open("rb") as file:
        if file.read(16) == b"SQLite format 3\x00":
            raise SmokeFailure("the journal file has a plaintext SQLite header: not encrypted")
    cipher = journal.conn.execute("PRAGMA cipher_version").fetchone()
    if not cipher or not cipher[0]:
        raise SmokeFailure("the journal was opened without SQLCipher")
    report.ok("journal created, encrypted, with its key slots (scrypt, AES-256-GCM)")

    peer = journal.peers.add("Smoke test peer")
    today = journal.clock().date()
    saved = journal.sessions.save(
        Session(
            held_on=today,
            status=FINISHED,
            peer_id=peer.id,
            duration_minutes=15,
            mode=flow.MODES[0].id,
            contact_kind=flow.CONTACT_KINDS[0].id,
            outreach_outcome=next(
                c.id
                for c in flow.OUTREACH_OUTCOMES
                if c.id not in flow.STRAIGHT_TO_FOLLOWUP_OUTCOMES
            ),
            notes={"listen": _SMOKE_NOTE},
            followup_on=today,
            followup_plan="Call.",
        )
    )
    if saved.id is None or journal.sessions.get(saved.id).notes.get("listen") != _SMOKE_NOTE:
        raise SmokeFailure("the saved session did not read back the same")
    hits = journal.search.run("marigold")
    if [hit.session_id for hit in hits] != [saved.id]:
        raise SmokeFailure("full-text search did not find the saved session")
    if not find_clinical_terms("sepsis"):  # the bundled assets/clinical-terms.txt
        raise SmokeFailure("the clinical-detail check found nothing: its word list is empty")
    problems = journal.check()
    if problems:
        raise SmokeFailure(f"the integrity check found {len(problems)} problem(s)")
    report.ok(
        "session saved, read back and found by full-text search; integrity ok;"
        " clinical-detail word list read"
    )

    made = vault.backup()
    report.ok(f"encrypted backup written and verified ({made.size // 1024} KiB)")

    vault.lock()
    journal = vault.unlock_with_recovery_code(code.text)
    if journal.sessions.count() != 1:
        raise SmokeFailure("the journal unlocked with the recovery code lost the session")
    report.ok("locked, then unlocked with the recovery code")
    return vault, journal, code


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    # No window is shown: offscreen needs no display and keeps the check silent on a desktop.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([sys.argv[0] if sys.argv else "peerdesk"])


def check_qt(report: _Report, vault: Any, journal: Any) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, qVersion
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from peerdesk.assets import asset
    from ui.dialogs.about_dialog import AboutDialog, app_icon

    app = _qt_app()
    stylesheet = asset("peerdesk.qss").read_text(encoding="utf-8")
    if not stylesheet.strip():
        raise SmokeFailure("the stylesheet asset is empty")
    icon = app_icon()
    if icon.isNull() or len(icon.availableSizes()) < 4:
        raise SmokeFailure("the app icon did not load from the bundled PNGs")
    renderer = QSvgRenderer(QByteArray(asset("icons/peerdesk.svg").read_bytes()))
    if not renderer.isValid():
        raise SmokeFailure("Qt's SVG renderer could not read the icon")
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image.pixelColor(32, 32).alpha() == 0:
        raise SmokeFailure("the SVG icon rendered as nothing")
    report.ok(
        f"Qt {qVersion()} (PySide6 {pyside_version}, platform {app.platformName()}): "
        "stylesheet, icons and SVG"
    )

    from peerdesk.clock import system_clock
    from ui.main_window import MainWindow

    window = MainWindow(journal, vault, system_clock)
    about = AboutDialog(vault.data_dir)
    try:
        pages = window.stack.count()
        if pages < 1 or "PeerDesk" not in about.windowTitle():
            raise SmokeFailure("the main window or the About dialog came out empty")
    finally:
        window.prepare_for_lock()
        window.deleteLater()
        about.deleteLater()
        # Delete them now, not at exit: their timers must stop while the app still runs.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    report.ok(f"main window ({pages} pages) and About dialog built")


def _looks_like_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and len(data) > 1000


def check_pdfs(report: _Report, journal: Any, code: Any) -> None:
    from peerdesk.keyslots import LockMode
    from ui.printing.recovery_sheet import recovery_sheet_pdf

    sheet = recovery_sheet_pdf(code, date.today(), lock_mode=LockMode.COMPUTER_LOGIN)
    if not _looks_like_pdf(sheet):
        raise SmokeFailure("the recovery sheet did not render to a PDF")
    report.ok(f"recovery sheet rendered to PDF ({len(sheet) // 1024} KiB)")

    try:
        from ui.printing import handout
    except ModuleNotFoundError as exc:
        if exc.name != "ui.printing.handout":
            raise
        report.skip("handout PDF: this build has no ui.printing.handout module yet")
        return
    from peerdesk.resources import Resource

    if not journal.resources.all():
        journal.resources.save(
            Resource(category="crisis_line", name="Smoke test line (fictional)", phone="555-0100")
        )
    chosen = handout.in_print_order(journal.resources.all())
    pdf, pages = handout.handout_pdf(
        handout.Handout(resources=tuple(chosen), made_on=date.today(), note="Smoke test note.")
    )
    if not _looks_like_pdf(pdf) or pages < 1:
        raise SmokeFailure("the handout did not render to a PDF")
    report.ok(f"handout rendered to PDF ({len(chosen)} resource(s), {pages} page(s))")


# --- the whole run ------------------------------------------------------------------------------


def run_smoke_test(
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    keyring_backend: Any | None = None,
    scratch: Path | None = None,
) -> int:
    """Run every check; return 0 when all passed, 1 (with one line on ``err``) otherwise.

    ``keyring_backend`` replaces ``keyring.get_keyring()`` for the usability check (tests); the
    backends announced by package metadata are checked either way. The throw-away journal goes
    in a new folder inside ``scratch`` (the system's temporary folder unless given).
    """
    from peerdesk import __version__

    report = _Report(out or sys.stdout)
    err = err or sys.stderr
    print(f"PeerDesk {__version__} smoke test ({_where()})", file=report.out, flush=True)
    work = Path(tempfile.mkdtemp(prefix="peerdesk-smoke-", dir=scratch))
    vault = None
    try:
        with _step("SQLCipher"):
            check_sqlcipher(report)
        with _step("keyring"):
            check_keyring(report, keyring_backend)
        with _step("journal"):
            vault, journal, code = check_journal(report, work / "data")
        with _step("Qt"):
            check_qt(report, vault, journal)
        with _step("PDF"):
            check_pdfs(report, journal, code)
    except SmokeFailure as exc:
        print(f"peerdesk: error: smoke test failed {exc}", file=err, flush=True)
        return EXIT_PROBLEM
    finally:
        if vault is not None:
            vault.lock()
        shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test passed ({report.passed} checks)", file=report.out, flush=True)
    return EXIT_OK


def main() -> int:
    return run_smoke_test()


if __name__ == "__main__":
    sys.exit(main())

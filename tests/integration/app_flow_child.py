"""The whole app, driven from first run to quit, with every network attempt recorded.

Run by ``test_no_network.py`` (under strace) and ``test_no_leaks_app.py`` as
``python tests/integration/app_flow_child.py DATA_DIR OUT_DIR KEYRING`` (KEYRING: ``real`` for the
system keyring, ``memory`` for one that lives in this process). The first line of stdin is JSON:
``{"marker": ..., "passphrase": ...}`` (never on the command line). The real composition pieces
are used: the controller shows the setup wizard, which creates the journal; a full session is
written in the real session form; the sessions page searches; the backup scheduler writes a
backup (and a copy to a second folder); a handout PDF and a report CSV are exported when those
modules exist; every page and every dialog is opened (report with its PDF preview, program
totals, handout with its print preview, restore, damage, about, help), and every "Save as PDF"
runs (report, program totals, handout, recovery sheet); text is copied through the clipboard
guard; the app locks, unlocks with the passphrase and quits, saving its window state. The marker
goes into every field the supporter can fill. Print itself is never pressed: only it may make a
printer, which asks the system's print service about printers.

The network recorder is installed before anything else is imported. The last line on stdout is a
JSON summary: the steps done or skipped, every attempt the recorder saw, and whether Qt's print
support (or its CUPS plugin) was loaded at all.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # no .pyc files are written next to the sources during the run

from tests.support.network_guard import NetworkRecorder  # noqa: E402 - must come first

RECORDER = NetworkRecorder().install()

import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from peerdesk.clock import system_clock, today  # noqa: E402
from peerdesk.keystore import KeyStore, MemoryKeyring  # noqa: E402
from peerdesk.paths import config_dir, log_dir  # noqa: E402
from peerdesk.preferences import BackupPlan  # noqa: E402
from peerdesk.resources import Resource  # noqa: E402
from peerdesk.tags import DRIVER, EVENT  # noqa: E402
from peerdesk.vault import Vault  # noqa: E402
from ui.background.backup_scheduler import BackupScheduler  # noqa: E402
from ui.gates.setup_wizard import SetupWizard  # noqa: E402
from ui.gates.unlock_dialog import UnlockDialog  # noqa: E402
from ui.lifecycle import AppController  # noqa: E402
from ui.session.session_form import SessionForm  # noqa: E402
from ui.system.clipboard_guard import ClipboardGuard  # noqa: E402
from ui.system.crash import install_crash_handler  # noqa: E402
from ui.system.window_state import WindowState  # noqa: E402

STEPS: dict[str, str] = {}


def wait_until(app: QApplication, done: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)


def set_up(app: QApplication, controller: AppController, passphrase: str) -> None:
    controller.start()
    wizard = controller.gate
    assert isinstance(wizard, SetupWizard), wizard
    wizard.use_passphrase.setChecked(True)
    wizard.passphrase_edit.setText(passphrase)
    wizard.passphrase_again_edit.setText(passphrase)
    assert wizard.create_journal(), "the setup wizard did not create the journal"
    wizard.next_button.click()  # from the code to the question about one group of it
    asked = wizard.asked_group
    assert asked is not None
    wizard.group_edit.setText(wizard.group_labels[asked - 1].text())
    assert wizard.check_group()
    wizard.accept()
    wait_until(app, lambda: controller.window is not None, "the main window")
    STEPS["setup"] = "done"


def write_session(app: QApplication, controller: AppController, marker: str) -> None:
    window = controller.window
    assert window is not None
    journal = controller.vault.journal
    assert journal is not None
    journal.tags.add(EVENT, f"{marker} event")
    journal.tags.add(DRIVER, f"{marker} driver")
    journal.resources.save(
        Resource(
            category="peer_support",
            name=f"{marker} resource",
            description=f"{marker} description",
            phone=f"{marker} phone",
            hours=f"{marker} hours",
        )
    )
    form = window.new_session()
    assert isinstance(form, SessionForm)
    form.context.peer.setEditText(f"{marker} pseudonym")
    form.context.contact_kind.setCurrentIndex(1)
    for picker in (form.context.events, form.context.drivers):
        for row in range(picker.count()):
            item = picker.item(row)
            if marker in item.text():
                item.setCheckState(item.checkState().Checked)
    for step, edit in form.notes.items():
        edit.setPlainText(f"{marker} note for {step}")
    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_plan.setText(f"{marker} follow-up plan")
    form.save_draft_now()  # the autosave path as well as the finish path
    saved: list[int] = []
    form.saved.connect(saved.append)
    form.finish()
    wait_until(app, lambda: bool(saved), "the session to be saved")
    peer = journal.peers.find(f"{marker} pseudonym")
    assert peer is not None
    journal.peers.update(peer.id, pseudonym=peer.pseudonym, contact=f"{marker} contact")
    (followup,) = journal.followups.open()
    journal.followups.snooze(followup.id, followup.due_on)
    STEPS["session"] = "done"


def search(app: QApplication, controller: AppController, marker: str) -> None:
    window = controller.window
    assert window is not None
    window.find_sessions()
    page = window.sessions_page
    page.search_box.setText(marker.lower())
    page.search_box.returnPressed.emit()  # Enter in the search box
    wait_until(app, lambda: page.search_model.rowCount() > 0, "search results")
    STEPS["search"] = f"{page.search_model.rowCount()} found"


def back_up(app: QApplication, controller: AppController, out_dir: Path) -> None:
    journal = controller.vault.journal
    assert journal is not None
    second = out_dir / "usb-drive"
    second.mkdir(parents=True, exist_ok=True)
    journal.preferences.set_backup_plan(BackupPlan(second_folder=second))
    scheduler = BackupScheduler(controller.vault, system_clock)
    results: list[object] = []
    scheduler.finished.connect(results.append)
    scheduler.failed.connect(results.append)
    assert scheduler.back_up_now()
    wait_until(app, lambda: bool(results), "the backup")
    scheduler.stop()
    STEPS["backup"] = type(results[0]).__name__


def handout(controller: AppController, out_dir: Path, marker: str) -> None:
    try:
        from ui.printing.handout import Handout, save_handout_pdf
    except ModuleNotFoundError:
        STEPS["handout"] = "skipped: ui.printing.handout is missing"
        return
    journal = controller.vault.journal
    assert journal is not None
    chosen = tuple(r for r in journal.resources.all() if marker not in r.name)
    pages = save_handout_pdf(
        out_dir / "handout.pdf", Handout(resources=chosen, made_on=today(system_clock))
    )
    STEPS["handout"] = f"{pages} page(s), {len(chosen)} resource(s)"


def export_report(controller: AppController, out_dir: Path) -> None:
    try:
        from peerdesk import insights, report
    except ModuleNotFoundError:
        STEPS["report"] = "skipped: peerdesk.report is missing"
        return
    journal = controller.vault.journal
    assert journal is not None
    day = today(system_clock)
    figures = insights.compute(journal.conn, insights.Period.months_up_to(day, 12), day)
    report.write_csv(report.build(figures), out_dir / "report.csv")
    STEPS["report"] = "done"


def open_every_window(
    app: QApplication, controller: AppController, out_dir: Path, marker: str
) -> None:
    """Every page and every dialog, the previews drawn, and every "Save as PDF" run (the
    handout without the resource that carries the marker, as in :func:`handout`)."""
    from peerdesk.recovery import RecoveryCode
    from ui.dialogs.old_backups_dialog import OldBackupsDialog
    from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
    from ui.dialogs.recovery_code_view import NewCodeDialog
    from ui.dialogs.report_dialog import PDF
    from ui.gates.damage_dialog import DamageDialog
    from ui.gates.restore_dialog import RestoreDialog
    from ui.printing.recovery_sheet import save_recovery_sheet_pdf
    from ui.printing.report_pdf import save_report_pdf

    window = controller.window
    assert window is not None
    opened: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        app.processEvents()
        opened.append(window.nav.item(row).text())

    report = window.insights_page.open_report()
    assert hasattr(report, "kind") and hasattr(report, "pdf_view")
    report.kind.setCurrentIndex(PDF)  # the PDF preview, page by page
    app.processEvents()
    assert report.pdf_view.pageCount() >= 1
    assert report.report is not None
    save_report_pdf(out_dir / "report.pdf", report.report)  # what its Save PDF… writes
    report.close()
    opened.append(f"report ({report.pdf_view.pageCount()} page preview)")

    window.insights_page.open_totals().close()
    totals = ProgramTotalsDialog(
        window,
        choose_files=lambda: [str(out_dir / "report.csv")],
        choose_pdf_path=lambda _suggested: str(out_dir / "totals.pdf"),
    )
    totals.open()
    totals.add_chosen()
    assert totals.save_pdf() == out_dir / "totals.pdf"
    totals.close()
    opened.append("program totals")

    handout = window.resources_page.make_handout()
    journal = controller.vault.journal
    assert journal is not None
    handout.set_chosen(
        r.id for r in journal.resources.all() if r.id is not None and marker not in r.name
    )
    handout.keep_empty_entries()  # the local placeholders, printed as they are
    handout.update_preview_now()
    preview = handout.show_preview()
    assert preview is not None
    app.processEvents()
    preview.close()
    assert handout.save_pdf(out_dir / "handout-from-dialog.pdf") is not None
    handout.close()
    opened.append("handout (print preview)")

    save_recovery_sheet_pdf(
        out_dir / "recovery-sheet.pdf",
        RecoveryCode.generate(),
        today(system_clock),
        lock_mode=controller.vault.lock_mode,
    )
    opened.append("recovery sheet (PDF)")

    for dialog in (
        RestoreDialog(controller.vault, parent=window),
        DamageDialog(controller.vault, parent=window),
        NewCodeDialog(
            RecoveryCode.generate(), today=lambda: today(system_clock), parent=window
        ),  # shown before a re-key; cancelled here, so nothing changes
        OldBackupsDialog(controller.vault, parent=window),
    ):
        dialog.open()
        app.processEvents()
        opened.append(dialog.windowTitle())
        dialog.close()
        dialog.deleteLater()

    for menu_action in window.menuBar().actions():  # Help: how PeerDesk protects, About
        menu = menu_action.menu()
        if menu is None or menu_action.text() != "&Help":
            continue
        for action in menu.actions():
            action.trigger()
            app.processEvents()
            for dialog in window.findChildren(QDialog):
                if dialog.isVisible():
                    opened.append(dialog.windowTitle())
                    dialog.close()
    app.processEvents()
    STEPS["windows"] = "; ".join(opened)


def print_support_loaded() -> list[str]:
    """Qt's print support or its CUPS plugin, if anything loaded them (only Print may)."""
    found = [name for name in sys.modules if name == "PySide6.QtPrintSupport"]
    maps = Path("/proc/self/maps")
    if maps.exists():
        libraries = {line.split()[-1] for line in maps.read_text().splitlines() if ".so" in line}
        found += sorted(p for p in libraries if "PrintSupport" in p or "cups" in p)
    return found


def lock_and_unlock(
    app: QApplication, controller: AppController, guard: ClipboardGuard, passphrase: str
) -> None:
    controller.lock()
    guard.clear_if_ours()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog), gate
    gate.passphrase_edit.setText(passphrase)
    assert gate.unlock_with_passphrase()
    wait_until(app, lambda: controller.window is not None, "the main window after unlocking")
    STEPS["lock"] = "locked and unlocked with the passphrase"


def network_code_loaded() -> list[str]:
    """HTTP client libraries or Qt's network code loaded in this process (there should be none).

    The standard library's ``urllib.request`` is imported by ``jaraco.context`` (a dependency of
    ``keyring``) without being used; any use of it shows up as an audit event instead.
    """
    found = sorted(
        name
        for name in sys.modules
        if name.split(".")[0] in ("urllib3", "requests", "httpx", "aiohttp")
        or name in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets")
    )
    maps = Path("/proc/self/maps")
    if maps.exists():
        libraries = {line.split()[-1] for line in maps.read_text().splitlines() if ".so" in line}
        found += sorted(p for p in libraries if "Qt6Network" in p or "Qt6WebEngine" in p)
    return found


def main() -> int:
    data_dir, out_dir, keyring_kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    given = json.loads(sys.stdin.readline())
    marker, passphrase = str(given["marker"]), str(given["passphrase"])
    log_dir().mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=str(log_dir() / "peerdesk.log"),
        level=logging.DEBUG,
        format="%(levelname)s %(name)s: %(message)s",
    )
    app = QApplication(sys.argv[:1])
    crash = install_crash_handler(log_dir(), show_dialog=lambda _report: None)
    keystore = KeyStore() if keyring_kind == "real" else KeyStore(MemoryKeyring())
    vault = Vault(data_dir, keystore)
    controller = AppController(app, vault, system_clock, WindowState(config_dir()))
    guard = ClipboardGuard(app.clipboard())
    try:
        set_up(app, controller, passphrase)
        write_session(app, controller, marker)
        search(app, controller, marker)
        guard.copy(f"{marker} copied from a session")
        STEPS["clipboard"] = "copied"
        back_up(app, controller, out_dir)
        handout(controller, out_dir, marker)
        export_report(controller, out_dir)
        open_every_window(app, controller, out_dir, marker)
        lock_and_unlock(app, controller, guard, passphrase)
    finally:
        guard.clear_if_ours()
        controller.quit()
        crash.uninstall()
    RECORDER.stop()
    summary = {
        "steps": STEPS,
        "network_code_loaded": network_code_loaded(),
        "print_support_loaded": print_support_loaded(),
        "keyring": keystore.usable_backend(),
        "attempts": [[a.event, a.kind, a.family, a.target] for a in RECORDER.attempts],
    }
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The About dialog, the smoke test run from source, and the one source of the version."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from peerdesk import __version__
from peerdesk.keystore import MemoryKeyring
from ui.dialogs.about_dialog import ICON_SIZES, AboutDialog, app_icon
from ui.smoke import run_smoke_test

ROOT = Path(__file__).resolve().parents[2]


# --- About --------------------------------------------------------------------------------------


@pytest.fixture
def about(qtbot: QtBot, tmp_path: Path) -> AboutDialog:
    dialog = AboutDialog(tmp_path / "journal folder")
    qtbot.addWidget(dialog)
    return dialog


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_about_shows_version_licence_folder_and_security_model(
    about: AboutDialog, tmp_path: Path
) -> None:
    text = _texts(about)
    assert about.title.text() == f"PeerDesk {__version__}"
    assert "GPL-3.0-or-later" in about.licence.text()
    assert "GNU General Public License, version 3 or later" in about.licence.text()
    assert about.location.text() == str(tmp_path / "journal folder")
    security = about.security.text()
    for promise in ("256-bit", "keyring", "recovery code", "never connects to the internet"):
        assert promise in security
    for limit in ("lost or stolen", "harmful software running as you", "print or export"):
        assert limit in security  # what it does not protect against is said too
    assert "How your journal is protected" in text


def test_about_copies_only_the_folder_path(
    about: AboutDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    about.show()
    qtbot.waitExposed(about)
    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(tmp_path / "journal folder")
    assert about.copy_button.text() == "Copied"


def test_about_is_usable_by_keyboard_and_fits_a_small_screen(
    about: AboutDialog, qtbot: QtBot
) -> None:
    about.show()
    qtbot.waitExposed(about)
    for button in about.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    assert about.location.accessibleDescription()  # named by the path it shows
    assert about.sizeHint().height() < 700 and about.sizeHint().width() <= 720
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert about.result() == QDialog.DialogCode.Rejected
    assert not about.isVisible()


def test_app_icon_has_every_rendered_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert icon.pixmap(48, 48).toImage().pixelColor(24, 24).alpha() == 255  # opaque centre


# --- the smoke test from source -----------------------------------------------------------------


def test_smoke_test_passes_in_process(qtbot: QtBot, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out, err = io.StringIO(), io.StringIO()

    code = run_smoke_test(out, err, keyring_backend=MemoryKeyring(), scratch=scratch)

    lines = out.getvalue().splitlines()
    assert code == 0, err.getvalue()
    assert err.getvalue() == ""
    assert lines[0] == f"PeerDesk {__version__} smoke test (source at {ROOT})"
    assert re.fullmatch(r"ok {4}SQLCipher \d+\.\d+\.\d+ .*FTS5\)", lines[1])
    assert "ok    keyring backends from package metadata:" in out.getvalue()
    assert "SecretService" in out.getvalue()  # announced through keyring's entry points
    assert "ok    keyring backend in use: peerdesk.keystore.MemoryKeyring" in lines
    assert "ok    locked, then unlocked with the recovery code" in lines
    assert any(line.startswith("ok    recovery sheet rendered to PDF") for line in lines)
    handout = [line for line in lines if "handout" in line]
    assert len(handout) == 1 and handout[0].startswith(("ok    handout", "skip  handout"))
    assert lines[-1].startswith("smoke test passed")
    assert list(scratch.iterdir()) == []  # the throw-away journal is gone


def test_smoke_test_fails_in_one_line_without_a_usable_keyring(qtbot: QtBot) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = run_smoke_test(out, err, keyring_backend=keyring.backends.fail.Keyring())

    assert code == 1
    assert err.getvalue().count("\n") == 1
    assert err.getvalue().startswith(
        "peerdesk: error: smoke test failed at keyring: no usable keyring backend "
        "(keyring chose keyring.backends.fail.Keyring)"
    )
    assert "passed" not in out.getvalue()


def _source_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # smoke picks its own
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


def test_smoke_test_as_a_process_prints_nothing_on_stderr(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from peerdesk.keystore import MemoryKeyring\n"
        "from ui.smoke import run_smoke_test\n"
        "sys.exit(run_smoke_test(keyring_backend=MemoryKeyring()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=_source_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "platform offscreen" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("smoke test passed")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_smoke_module_reports_a_keyring_without_backends(tmp_path: Path) -> None:
    env = _source_env(tmp_path)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    done = subprocess.run(
        [sys.executable, "-m", "ui.smoke"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("peerdesk: error: smoke test failed at keyring:")
    assert done.stderr.count("\n") == 1


# --- one version --------------------------------------------------------------------------------


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peerdesk_build", ROOT / "packaging/build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_place_that_names_the_version_agrees() -> None:
    assert _build_script().version() == __version__  # what the spec and the tarball use
    metainfo = ET.parse(ROOT / "packaging/linux/org.peerdesk.PeerDesk.metainfo.xml").getroot()
    releases = metainfo.findall("./releases/release")
    assert releases[0].get("version") == __version__  # newest release first
    notes = (ROOT / "packaging/RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert notes.startswith(f"# PeerDesk {__version__} ")

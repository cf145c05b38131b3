"""The built app (a PyInstaller bundle), run as a user would run it.

Skipped unless PEERDESK_BUNDLE_DIR names a built bundle, e.g. after
``uv run --group packaging python packaging/build.py``:

    PEERDESK_BUNDLE_DIR=dist/peerdesk uv run pytest tests/integration/test_bundle.py

The smoke test wants a usable keyring, so it runs where the other integration tests do: in
.ci/run's D-Bus session with a real GNOME Keyring.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import __version__
from peerdesk.keystore import KeyStore
from tests.integration.conftest import SECRET_SERVICE

pytestmark = [pytest.mark.integration, pytest.mark.slow]

_BUNDLE = os.environ.get("PEERDESK_BUNDLE_DIR")
if not _BUNDLE:
    pytest.skip("PEERDESK_BUNDLE_DIR does not name a built bundle", allow_module_level=True)


def _program(bundle: Path) -> Path:
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "peerdesk"
    return bundle / ("peerdesk-cli.exe" if sys.platform == "win32" else "peerdesk")


PROGRAM = _program(Path(_BUNDLE).resolve())


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A private home and temp folder; nothing from a source checkout or a virtualenv."""
    made = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    for name in ("home", "tmp", "runtime"):
        (tmp_path / name).mkdir(mode=0o700)
    made.update(
        HOME=str(tmp_path / "home"),
        TMPDIR=str(tmp_path / "tmp"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        made[name] = str(tmp_path / "home" / name.lower())
    return made


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    assert PROGRAM.is_file(), f"no built program at {PROGRAM}"
    return subprocess.run(
        [str(PROGRAM), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_the_bundle_says_its_version(env: dict[str, str], tmp_path: Path) -> None:
    done = _run(["--version"], env, tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"PeerDesk {__version__}"
    assert done.stderr == ""


def test_the_bundle_passes_its_smoke_test_with_the_real_keyring(
    real_keystore: KeyStore, env: dict[str, str], tmp_path: Path
) -> None:
    done = _run(["--smoke-test"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"PeerDesk {__version__} smoke test (bundle at ")
    # Found through keyring's package metadata inside the bundle, not a fallback.
    assert f"ok    keyring backend in use: {SECRET_SERVICE}" in lines
    assert any(line.startswith("ok    SQLCipher ") for line in lines)
    assert lines[-1].startswith("smoke test passed")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_the_bundle_opens_the_demo_offscreen(env: dict[str, str], tmp_path: Path) -> None:
    done = _run(["--demo", "--demo-sessions", "100", "--exit-when-ready"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "journal unlocked" in done.stderr
    assert "Traceback" not in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # the demo journal was deleted


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("xvfb-run") is None,
    reason="needs Linux and xvfb-run (Debian package xvfb)",
)
def test_the_bundle_opens_the_demo_on_an_x_server(env: dict[str, str], tmp_path: Path) -> None:
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", str(PROGRAM),
         "--demo", "--demo-sessions", "100", "--exit-when-ready"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "journal unlocked" in done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr

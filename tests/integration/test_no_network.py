"""The whole app opens no internet socket: recorded from Python's audit hooks and from strace.

``app_flow_child.py`` runs the real app from first run to quit (setup, a full session in the
session form, search, a backup with a copy to a second folder, a handout PDF and a report CSV when
those modules exist, every page and every dialog with the print previews and every "Save as PDF",
the clipboard, lock and unlock). Two recorders watch it at once:

- inside the process, :class:`tests.support.network_guard.NetworkRecorder` sees every socket Python
  creates, connects, binds or sends to, every name lookup, and every URL or HTTP opening;
- around the process, ``strace -f -e trace=network`` sees the same system calls made by Qt, D-Bus
  and the C library, in every thread and child process.

Any IPv4 or IPv6 socket, connection or send fails the test, and so does any name lookup. The local
D-Bus socket (the OS keyring, the screen-lock signal) is expected: it is counted and shown apart.
Under ``.ci/run`` the real Secret Service keyring is used, so the D-Bus path is exercised.

The print service is the socket a Qt app opens without asking: a QPrinter (or a print dialog or
preview built on one) makes Qt's CUPS plugin connect to cupsd, on port 631 or at ``CUPS_SERVER``.
DESIGN §4: opening any window talks to no server, the print service included; only Print makes a
printer. So the same flow runs once more in a network namespace of its own, with ``CUPS_SERVER``
pointing at that namespace's own fresh loopback (never at an outside address), and Qt's print
support must not even be loaded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from peerdesk.keyslots import read as read_slots
from peerdesk.keystore import KeyStore
from tests.integration import app_flow_child
from tests.support import network_guard as ng

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(app_flow_child.__file__).resolve()
PASSPHRASE = "the flow's lock passphrase"
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
OPTIONAL_STEPS = ("handout", "report")
# Inside the test's own network namespace: its loopback, which nothing outside can answer on.
CUPS_IN_NAMESPACE = "127.0.0.1:631"


def child_env(tmp_path: Path) -> dict[str, str]:
    """Every folder the app may write to, private to this run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / name.lower())
    for name in ("tmp", "runtime"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    env["HOME"] = str(home)
    env["TMPDIR"] = str(tmp_path / "tmp")
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_app_flow(
    tmp_path: Path,
    marker: str,
    *,
    keyring: str,
    wrap: list[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[dict[str, object], subprocess.CompletedProcess[str]]:
    """Run the whole app once (``env`` added to its environment); return its summary and the
    finished process."""
    (tmp_path / "out").mkdir(exist_ok=True)
    result = subprocess.run(
        [*(wrap or []), sys.executable, str(CHILD), str(tmp_path / "data"),
         str(tmp_path / "out"), keyring],
        input=json.dumps({"marker": marker, "passphrase": PASSPHRASE}) + "\n",
        env={**child_env(tmp_path), **(env or {})},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    summary: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    steps = summary["steps"]
    assert isinstance(steps, dict)
    for step in ("setup", "session", "search", "clipboard", "backup", "windows", "lock"):
        assert step in steps, f"the app flow did not {step}: {steps}"
    assert steps["backup"] == "BackupResult"
    for step in OPTIONAL_STEPS:  # skipped only when the module does not exist (yet)
        assert step in steps
        if str(steps[step]).startswith("skipped"):
            module = "ui.printing.handout" if step == "handout" else "peerdesk.report"
            assert module in str(steps[step])
    return summary, result


def keyring_to_use() -> str:
    """The real Secret Service when this session has one (``.ci/run``), else a memory keyring."""
    if KeyStore().usable_backend() == SECRET_SERVICE:
        return "real"
    if os.environ.get("PEERDESK_REQUIRE_KEYRING") == "1":
        pytest.fail("PEERDESK_REQUIRE_KEYRING=1, but there is no Secret Service keyring")
    return "memory"


@pytest.fixture
def forget_keyring_entry(tmp_path: Path) -> Iterator[None]:
    """Remove the journal's key from a real keyring after the run."""
    yield None
    slots = tmp_path / "data" / "journal.keys"
    if slots.exists() and KeyStore().usable_backend() == SECRET_SERVICE:
        KeyStore().delete(read_slots(slots).journal_id)


@pytest.mark.slow
@pytest.mark.usefixtures("forget_keyring_entry")
def test_the_whole_app_opens_no_internet_socket(tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: apt install strace; .ci/run installs it)")
    keyring = keyring_to_use()
    trace = tmp_path / "network.trace"
    strace = ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=network", "-o", str(trace)]
    summary, _result = run_app_flow(tmp_path, "NETWORKMARKER", keyring=keyring, wrap=strace)

    seen_by_python = [ng.Attempt(*a) for a in summary["attempts"]]  # type: ignore[union-attr]
    seen_by_strace = ng.strace_attempts(trace.read_text().splitlines())
    forbidden = [a for a in seen_by_python + seen_by_strace if a.kind in ng.FORBIDDEN]
    kinds = Counter(f"{a.kind} ({a.event})" for a in seen_by_python + seen_by_strace)
    print(f"keyring: {summary['keyring']}; steps: {summary['steps']}")
    print("attempts by kind:", dict(sorted(kinds.items())) or "none at all")
    assert forbidden == [], "\n".join(map(str, forbidden))
    assert summary["network_code_loaded"] == []
    assert summary["print_support_loaded"] == []
    unexpected_local = [a for a in seen_by_strace if a.kind == ng.LOCAL and a.event == "connect"]
    for attempt in unexpected_local:  # e.g. the X server's socket; shown, but not network use
        print("local socket:", attempt)
    if keyring == "real":  # the keyring was reached over the local D-Bus socket, and only so
        assert any(a.kind == ng.DBUS for a in seen_by_python)
        assert any(a.kind == ng.DBUS for a in seen_by_strace)
        assert summary["keyring"] == SECRET_SERVICE


def test_the_recorders_do_see_an_internet_attempt(tmp_path: Path) -> None:
    """The same two recorders catch a connection made from C (not seen by Python) and one made
    from Python: the test above cannot pass by seeing nothing."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "trace"
    code = (
        "import ctypes, json, socket\n"
        "from tests.support.network_guard import NetworkRecorder\n"
        "rec = NetworkRecorder().install()\n"
        "s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)\n"
        "s.sendto(b'x', ('::1', 9))\n"
        "s.close()\n"
        "libc = ctypes.CDLL(None)\n"
        "fd = libc.socket(socket.AF_INET, socket.SOCK_STREAM, 0)\n"
        "libc.close(fd)\n"
        "print(json.dumps([[a.event, a.kind] for a in rec.forbidden()]))\n"
    )
    result = subprocess.run(
        ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=network", "-o", str(trace),
         sys.executable, "-c", code],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )  # fmt: skip
    from_python = json.loads(result.stdout)
    assert ["socket.sendto", ng.INTERNET] in from_python
    families = {a.family for a in ng.strace_attempts(trace.read_text().splitlines())}
    assert {"AF_INET", "AF_INET6"} <= families


def private_network() -> list[str]:
    """The command that runs a process in a new network namespace (a fresh loopback, nothing
    else), or a skip saying why this machine does not allow one."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    # As another user, map the user to itself, so that D-Bus still knows who is asking.
    command = [unshare, "--net"] if os.geteuid() == 0 else [unshare, "--map-current-user", "--net"]
    probe = subprocess.run([*command, "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(
            f"network namespaces are not allowed here ({' '.join(command)} true: "
            f"{probe.stderr.strip()})"
        )
    return command


def strace_command(trace: Path) -> list[str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: apt install strace; .ci/run installs it)")
    return ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=network", "-o", str(trace)]


@pytest.mark.slow
@pytest.mark.usefixtures("forget_keyring_entry")
def test_no_window_or_dialog_talks_to_the_print_service(tmp_path: Path) -> None:
    """Every page and every dialog opened, the report's and the handout's previews drawn and
    every PDF saved, with a print server waiting to be asked: not one inet socket."""
    trace = tmp_path / "network.trace"
    wrap = [*private_network(), *strace_command(trace)]
    keyring = keyring_to_use()
    summary, _result = run_app_flow(
        tmp_path, "PRINTMARKER", keyring=keyring, wrap=wrap, env={"CUPS_SERVER": CUPS_IN_NAMESPACE}
    )
    steps = summary["steps"]
    assert isinstance(steps, dict)
    for window in ("report (", "program totals", "handout (print preview)", "Settings", "About"):
        assert window in str(steps["windows"]), steps["windows"]
    seen = ng.strace_attempts(trace.read_text().splitlines())
    seen += [ng.Attempt(*a) for a in summary["attempts"]]  # type: ignore[union-attr]
    inet = [a for a in seen if a.family in ("AF_INET", "AF_INET6") or a.kind in ng.FORBIDDEN]
    print("windows opened:", steps["windows"])
    print("sockets by family:", dict(Counter(a.family or a.kind for a in seen)))
    assert inet == [], "\n".join(map(str, inet))
    assert summary["print_support_loaded"] == []
    if keyring == "real":  # the namespace keeps the D-Bus socket: the keyring was really used
        assert any(a.kind == ng.DBUS for a in seen)


def test_a_printer_in_the_namespace_is_seen(tmp_path: Path) -> None:
    """The test above can fail: a QPrinter made under the same namespace, strace and
    ``CUPS_SERVER`` shows up as inet connects to the namespace's own print server address."""
    trace = tmp_path / "trace"
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtPrintSupport import QPrinter\n"
        "app = QApplication(['probe'])\n"
        "printer = QPrinter(QPrinter.PrinterMode.HighResolution)\n"
    )
    subprocess.run(
        [*private_network(), *strace_command(trace), sys.executable, "-c", code],
        env={**child_env(tmp_path), "CUPS_SERVER": CUPS_IN_NAMESPACE},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    connects = [
        a
        for a in ng.strace_attempts(trace.read_text().splitlines())
        if a.kind == ng.INTERNET and a.event == "connect"
    ]
    assert connects, "a printer made no connection: the print-service test could not bite"
    assert all("631" in a.target for a in connects), connects


def test_the_help_and_the_readme_word_the_promise_as_design_does() -> None:
    """DESIGN §4: opening any window talks to no server, the print service included; only Print
    hands a page to the print service; saving a PDF never does. The help shows threat-model.md."""
    for name in ("README.md", "assets/threat-model.md"):
        words = " ".join((ROOT / name).read_text(encoding="utf-8").split())
        promise = "pening any window or dialog talks to no server, the print service included"
        assert promise in words, name
        after = words.split(promise, 1)[1][:400]
        assert re.search(r"[Oo]nly (when you press|pressing|an explicit) Print", after), name
        assert re.search(r"[Ss]aving a PDF never (does|involves the print service)", after), name

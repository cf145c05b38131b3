"""The network recorder sees every kind of attempt, from Python's audit hooks and from strace."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import network_guard as ng

REPO = Path(__file__).resolve().parents[2]
BUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus,guid=abc"}


def test_bus_addresses_are_read_from_the_environment() -> None:
    paths = ng.dbus_socket_paths(
        {
            "DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-XyZ,guid=1;tcp:host=h,port=1",
            "XDG_RUNTIME_DIR": "/run/user/7",
        }
    )
    assert "@/tmp/dbus-XyZ" in paths
    assert "/run/user/7/bus" in paths
    assert "/run/dbus/system_bus_socket" in paths
    assert not any("host" in p for p in paths)


def test_each_socket_event_is_sorted_by_family() -> None:
    dbus = ng.dbus_socket_paths(BUS)
    inet = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        new = ng.classify("socket.__new__", (inet, socket.AF_INET6, 1, 0), dbus)
        assert new is not None and (new.kind, new.family) == (ng.INTERNET, "AF_INET6")
        connect = ng.classify("socket.connect", (inet, ("192.0.2.1", 443)), dbus)
        assert connect is not None and connect.kind == ng.INTERNET
        assert "192.0.2.1" in connect.target
        to_bus = ng.classify("socket.connect", (unix, "/run/user/1000/bus"), dbus)
        assert to_bus is not None and to_bus.kind == ng.DBUS
        to_x = ng.classify("socket.connect", (unix, "\x00/tmp/.X11-unix/X0"), dbus)
        assert to_x is not None and (to_x.kind, to_x.target) == (ng.LOCAL, "@/tmp/.X11-unix/X0")
    finally:
        inet.close()
        unix.close()
    lookup = ng.classify("socket.getaddrinfo", ("updates.example", 443, 0, 1, 0), dbus)
    assert lookup is not None and lookup.kind == ng.LOOKUP
    web = ng.classify("urllib.Request", ("https://example.org/", None, {}, "GET"), dbus)
    assert web is not None and web.kind == ng.INTERNET
    browser = ng.classify("webbrowser.open", ("https://example.org/",), dbus)
    assert browser is not None and browser.kind in ng.FORBIDDEN
    assert ng.classify("open", ("/etc/hosts", "r", 0), dbus) is None
    assert ng.classify("socket.gethostname", (), dbus) is None


STRACE_SAMPLE = textwrap.dedent(
    """\
    4711 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 7
    4711 connect(7, {sa_family=AF_UNIX, sun_path="/run/user/1000/bus"}, 110) = 0
    4712 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 8
    4712 connect(8, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X85"}, 21) = 0
    4712 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 9
    4711 sendmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="l", iov_len=1}]}, 0) = 1
    4713 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 10
    4713 connect(10, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16 <unfinished ...>
    4713 <... connect resumed>) = 0
    4711 +++ exited with 0 +++
    --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4712} ---
    """  # noqa: E501
)


def test_strace_output_is_read_line_by_line() -> None:
    found = ng.strace_attempts(STRACE_SAMPLE.splitlines(), BUS)
    kinds = [(a.event, a.kind, a.family) for a in found]
    assert kinds == [
        ("socket", ng.LOCAL, "AF_UNIX"),
        ("connect", ng.DBUS, "AF_UNIX"),
        ("socket", ng.LOCAL, "AF_UNIX"),
        ("connect", ng.LOCAL, "AF_UNIX"),
        ("socket", ng.OTHER, "AF_NETLINK"),
        ("socket", ng.INTERNET, "AF_INET6"),
        ("connect", ng.INTERNET, "AF_INET"),
    ]
    assert found[3].target == "@/tmp/.X11-unix/X85"


CHILD = """
import json, socket, sys, urllib.request
from tests.support.network_guard import NetworkRecorder
recorder = NetworkRecorder().install()
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
port = server.getsockname()[1]
server.close()  # nothing listens there: the connection below is refused at once
try:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/update-check", timeout=2)
except OSError:
    pass
socket.getaddrinfo("127.0.0.1", None, flags=socket.AI_NUMERICHOST)
left, right = socket.socketpair()
left.close(); right.close()
recorder.stop()
socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()  # after stop: not recorded
json.dump([[a.event, a.kind, a.family] for a in recorder.attempts], sys.stdout)
"""


def test_the_recorder_sees_python_network_use_until_it_is_stopped() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = [tuple(a) for a in json.loads(result.stdout)]
    assert ("socket.__new__", ng.INTERNET, "AF_INET") in seen
    assert ("socket.bind", ng.INTERNET, "AF_INET") in seen
    assert ("urllib.Request", ng.INTERNET, "") in seen
    assert ("http.client.connect", ng.INTERNET, "") in seen
    assert ("socket.connect", ng.INTERNET, "AF_INET") in seen
    assert ("socket.getaddrinfo", ng.LOOKUP, "") in seen
    assert ("socket.__new__", ng.LOCAL, "AF_UNIX") in seen
    assert not any(family == "AF_INET6" for _e, _k, family in seen)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_strace_sees_sockets_opened_below_python(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    code = (
        "import ctypes, socket\n"
        "libc = ctypes.CDLL(None)\n"
        "fd = libc.socket(socket.AF_INET6, socket.SOCK_DGRAM, 0)\n"  # not seen by audit hooks
        "libc.close(fd)\n"
        "socket.socketpair()\n"
    )
    subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=network",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            code,
        ],
        check=True,
        timeout=60,
    )
    found = ng.strace_attempts(trace.read_text().splitlines())
    assert [(a.event, a.kind, a.family) for a in found if a.kind == ng.INTERNET] == [
        ("socket", ng.INTERNET, "AF_INET6")
    ]
    assert any(a.event == "socketpair" and a.family == "AF_UNIX" for a in found)

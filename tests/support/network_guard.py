"""Recording every network attempt, to prove that PeerDesk makes none.

Two views of one process, used together by the no-network test:

- :class:`NetworkRecorder` sees the Python side through audit hooks (PEP 578): every socket
  created, connected, bound or sent to, every host-name lookup, and the standard library's URL,
  HTTP, mail and browser openings. A hook cannot be removed once added, so a recorder is switched
  off with :meth:`NetworkRecorder.stop` instead.
- :func:`strace_attempts` reads the output of ``strace -f -e trace=network``, which also sees
  what C and C++ code (Qt, D-Bus, the C library) does with sockets.

Each attempt is sorted into a kind. ``internet`` (an IPv4 or IPv6 socket, a remote protocol) and
``lookup`` (name resolution) are what PeerDesk must never do. ``dbus`` (the local socket to the
session or system bus, through which the OS keyring and the screen-lock signal arrive) is
expected; ``local`` (other Unix sockets, such as the X server's) and ``other`` (for example a
netlink socket to the kernel) are recorded and shown, but are not network use.
"""

from __future__ import annotations

import os
import re
import socket
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

INTERNET = "internet"
LOOKUP = "lookup"
DBUS = "dbus"
LOCAL = "local"
OTHER = "other"
FORBIDDEN = frozenset({INTERNET, LOOKUP})

SYSTEM_BUS_PATHS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
_SOCKET_EVENTS = frozenset(
    {"socket.__new__", "socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg"}
)
_LOOKUP_EVENTS = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
# Standard-library events that only ever mean talking to another machine or opening a browser.
_REMOTE_PREFIXES = (
    "urllib.Request",
    "http.client.",
    "ftplib.",
    "smtplib.",
    "poplib.",
    "imaplib.",
    "nntplib.",
    "telnetlib.",
    "webbrowser.open",
)
_INTERNET_FAMILIES = {socket.AF_INET: "AF_INET", socket.AF_INET6: "AF_INET6"}
_TRACED_FAMILY = re.compile(r"\b(?:AF|PF)_([A-Z0-9]+)\b")
_TRACED_CALL = re.compile(r"^(?:\[pid\s+\d+\]\s*|\d+\s+)?([a-z_0-9]+)\(")
_TRACED_PATH = re.compile(r'sun_path=(@?)"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class Attempt:
    """One thing a process did with the network."""

    event: str  # the audit event or the system call
    kind: str  # INTERNET, LOOKUP, DBUS, LOCAL or OTHER
    family: str  # "AF_INET", "AF_UNIX", ... or "" for lookups and protocol events
    target: str  # the address, host or path, shortened for reading

    def __str__(self) -> str:
        return f"{self.kind}: {self.event} {self.family} {self.target}".rstrip()


def dbus_socket_paths(environ: Mapping[str, str] | None = None) -> frozenset[str]:
    """The Unix socket paths of the session and system buses (abstract ones start with '@')."""
    env = os.environ if environ is None else environ
    found = set(SYSTEM_BUS_PATHS)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
        for address in env.get(name, "").split(";"):
            transport, _, params = address.partition(":")
            if transport != "unix":
                continue
            for item in params.split(","):
                key, _, value = item.partition("=")
                if key == "path":
                    found.add(value)
                elif key == "abstract":
                    found.add("@" + value)
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        found.add(os.path.join(runtime, "bus"))
    return frozenset(found)


def _short(value: object) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    if text.startswith("\x00"):
        text = "@" + text[1:]
    return text if len(text) <= 120 else text[:117] + "..."


def _family_name(family: object) -> str:
    try:
        return socket.AddressFamily(int(family)).name  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(family)


def classify(event: str, args: tuple[Any, ...], dbus_paths: frozenset[str]) -> Attempt | None:
    """The attempt behind one audit event, or None when the event has nothing to do with it."""
    if event in _SOCKET_EVENTS:
        target: object = ""
        if event == "socket.__new__":
            family = args[1] if len(args) > 1 else None
        else:
            family = getattr(args[0], "family", None)
            target = args[1] if len(args) > 1 and args[1] is not None else ""
        name = _family_name(family)
        if family in _INTERNET_FAMILIES:
            return Attempt(event, INTERNET, name, _short(target))
        if family == getattr(socket, "AF_UNIX", None):
            path = _short(target)
            return Attempt(event, DBUS if path in dbus_paths else LOCAL, name, path)
        return Attempt(event, OTHER, name, _short(target))
    if event in _LOOKUP_EVENTS:
        return Attempt(event, LOOKUP, "", _short(args[0] if args else ""))
    if event.startswith(_REMOTE_PREFIXES):
        remote = args[0] if event == "urllib.Request" and args else args[1:3]
        return Attempt(event, INTERNET, "", _short(remote))
    return None


class NetworkRecorder:
    """Records the network attempts of this Python process from the moment it is installed."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._dbus = dbus_socket_paths(environ)
        self._lock = threading.Lock()
        self._attempts: list[Attempt] = []
        self._active = False
        self._installed = False

    def install(self) -> NetworkRecorder:
        if not self._installed:
            sys.addaudithook(self._hook)
            self._installed = True
        self._active = True
        return self

    def stop(self) -> None:
        """Stop recording (an audit hook stays installed for the life of the process)."""
        self._active = False

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not self._active or not event.startswith(("socket.", *_REMOTE_PREFIXES)):
            return
        try:
            found = classify(event, args, self._dbus)
        except Exception:  # a hook must never break the operation it watches
            found = Attempt(event, OTHER, "", "(could not be read)")
        if found is not None:
            with self._lock:
                self._attempts.append(found)

    @property
    def attempts(self) -> list[Attempt]:
        with self._lock:
            return list(self._attempts)

    def of_kind(self, *kinds: str) -> list[Attempt]:
        return [a for a in self.attempts if a.kind in kinds]

    def forbidden(self) -> list[Attempt]:
        """Internet sockets, remote protocols and name lookups: what must never happen."""
        return [a for a in self.attempts if a.kind in FORBIDDEN]


def strace_attempts(
    lines: Iterable[str], environ: Mapping[str, str] | None = None
) -> list[Attempt]:
    """The attempts in ``strace -f -e trace=network`` output (one system call per line)."""
    dbus = dbus_socket_paths(environ)
    found: list[Attempt] = []
    for line in lines:
        call = _TRACED_CALL.match(line.strip())
        family = _TRACED_FAMILY.search(line)
        if call is None or family is None:
            continue  # signals, exits, resumed calls and calls without an address
        syscall, name = call.group(1), "AF_" + family.group(1)
        if name in ("AF_INET", "AF_INET6"):
            found.append(Attempt(syscall, INTERNET, name, _short(line.strip())))
        elif name == "AF_UNIX":
            path = _TRACED_PATH.search(line)
            target = "" if path is None else path.group(1) + path.group(2)
            found.append(Attempt(syscall, DBUS if target in dbus else LOCAL, name, target))
        else:
            found.append(Attempt(syscall, OTHER, name, ""))
    return found

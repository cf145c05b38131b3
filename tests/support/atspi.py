"""A small AT-SPI reader: what a screen reader such as Orca receives from a Qt app over D-Bus.

It talks to the accessibility bus with ``jeepney`` (already installed with ``keyring``), so no
Python bindings from the system (pyatspi) are needed: the registry lists the applications, each
object answers for its role, name, description, states, children and (for text) its characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
TEXT = "org.a11y.atspi.Text"
REGISTRY_ROOT = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
# AT-SPI state numbers (AtspiStateType)
FOCUSABLE, FOCUSED, SHOWING, VISIBLE, INVALID_ENTRY = 11, 12, 25, 30, 36
TIMEOUT_S = 10


@dataclass(frozen=True)
class Node:
    bus: str
    path: str


class Reader:
    """One connection to the accessibility bus of the D-Bus session at ``session_address``."""

    def __init__(self, session_address: str) -> None:
        session = open_dbus_connection(bus=session_address)
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            address = self._reply(session, new_method_call(bus, "GetAddress"))[0]
        finally:
            session.close()
        self._bus: DBusConnection = open_dbus_connection(bus=address)

    def close(self) -> None:
        self._bus.close()

    @staticmethod
    def _reply(connection: DBusConnection, message: Any) -> tuple[Any, ...]:
        reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(f"D-Bus error: {reply.body}")
        return tuple(reply.body)

    def _call(self, node: Node, method: str, signature: str | None = None, *args: Any) -> Any:
        address = DBusAddress(node.path, bus_name=node.bus, interface=ACCESSIBLE)
        return self._reply(self._bus, new_method_call(address, method, signature, args))[0]

    def _property(self, node: Node, name: str, interface: str = ACCESSIBLE) -> Any:
        address = DBusAddress(node.path, bus_name=node.bus, interface=interface)
        return self._reply(self._bus, Properties(address).get(name))[0][1]

    def applications(self) -> list[Node]:
        return [Node(*child) for child in self._call(Node(*REGISTRY_ROOT), "GetChildren")]

    def children(self, node: Node) -> list[Node]:
        return [Node(*child) for child in self._call(node, "GetChildren")]

    def role(self, node: Node) -> str:
        return str(self._call(node, "GetRoleName"))

    def name(self, node: Node) -> str:
        return str(self._property(node, "Name"))

    def description(self, node: Node) -> str:
        return str(self._property(node, "Description"))

    def states(self, node: Node) -> set[int]:
        words = self._call(node, "GetState")
        return {
            32 * i + bit for i, word in enumerate(words) for bit in range(32) if word >> bit & 1
        }

    def text(self, node: Node) -> str | None:
        """The object's characters through the Text interface (None if it has none)."""
        if TEXT not in self._call(node, "GetInterfaces"):
            return None
        address = DBusAddress(node.path, bus_name=node.bus, interface=TEXT)
        count = int(self._property(node, "CharacterCount", TEXT))
        return str(self._reply(self._bus, new_method_call(address, "GetText", "ii", (0, count)))[0])

    def shown(self, node: Node) -> Iterator[Node]:
        """``node`` and every object below it that is on screen, depth first."""
        yield node
        for child in self.children(node):
            if SHOWING in self.states(child):
                yield from self.shown(child)

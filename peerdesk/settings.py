"""The journal's settings table (kept encrypted inside it): one JSON value per key.

Read and write it through :mod:`peerdesk.preferences`, which defines each setting's type, default
and validation; this module only stores values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput
from peerdesk.translation import QT_TRANSLATE_NOOP

_KEY = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


class Settings:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: Any = None) -> Any:
        found = rows(self._conn, "SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(found[0][0]) if found else default

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: Mapping[str, Any]) -> None:
        """Keep every value, or none of them (one transaction)."""
        encoded = []
        for key, value in values.items():
            if not _KEY.match(key):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "bad setting name '{key}'"),
                    values={"key": key[:40]},
                    field="key",
                )
            try:
                encoded.append((key, json.dumps(value, allow_nan=False)))
            except (TypeError, ValueError):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "setting {key} cannot hold this value"),
                    values={"key": key},
                    field=key,
                ) from None
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                encoded,
            )

"""The child that ``test_schema_v3`` kills during the real migration to schema version 3.

Run as ``python tests/core/migration_child.py JOURNAL`` with the key in hex as the first line of
stdin (never on the command line, where ``ps`` shows it). Reports "started" just before the
migration begins and "migrated" once it has committed, each with one ``os.write``. Only the core
is imported, so it starts quickly. Not a test module: pytest does not collect it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from peerdesk import schema
from peerdesk.database import connect


def _report(line: str) -> None:
    os.write(1, (line + "\n").encode())


def child_main() -> None:
    key = bytes.fromhex(sys.stdin.readline().strip())
    conn = connect(Path(sys.argv[1]), key)
    schema.migrate(conn, before=lambda _version: _report("started"))
    _report("migrated")
    conn.close()


if __name__ == "__main__":
    child_main()

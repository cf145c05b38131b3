"""Integration tests use the real OS keyring (a Secret Service on D-Bus, started by .ci/run).

Without one they are skipped, unless PEERDESK_REQUIRE_KEYRING=1 asks them to fail instead, so a
CI run can never pass while silently skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import keyring
import pytest

from peerdesk.keystore import SERVICE, KeyStore

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def real_keystore() -> Iterator[KeyStore]:
    store = KeyStore()
    backend = store.usable_backend()
    if backend != SECRET_SERVICE:
        message = f"no Secret Service keyring on this session (found {store.describe()})"
        if os.environ.get("PEERDESK_REQUIRE_KEYRING") == "1":
            pytest.fail(message + "; PEERDESK_REQUIRE_KEYRING=1 requires one")
        pytest.skip(message)
    yield store


@pytest.fixture
def forget_entries() -> Iterator[list[str]]:
    """Journal ids whose keyring entries are removed after the test."""
    ids: list[str] = []
    yield ids
    for journal_id in ids:
        try:
            keyring.delete_password(SERVICE, f"journal-{journal_id}")
        except keyring.errors.PasswordDeleteError:
            pass


def unique_id() -> str:
    return uuid.uuid4().hex

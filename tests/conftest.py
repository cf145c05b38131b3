"""Fixtures shared by every test. Nothing here imports Qt (the core tests also run without it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from peerdesk.journal import Journal
from peerdesk.keyslots import KdfCost
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault

# A cheap scrypt cost keeps unit tests fast; one test checks the real default cost.
FAST = KdfCost(n=2**10, r=8, p=1)
FIXED_NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every standard folder at a temp dir: no test touches the real home or settings."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))


class Clock:
    """A clock tests can move."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keystore(keyring_backend: MemoryKeyring) -> KeyStore:
    return KeyStore(keyring_backend)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, keystore: KeyStore, clock: Clock) -> Iterator[Vault]:
    made = Vault(data_dir, keystore, clock=clock, kdf_cost=FAST)
    yield made
    made.lock()


@pytest.fixture
def make_vault(clock: Clock) -> Iterator[Callable[..., Vault]]:
    """Build more vaults (another keyring, another computer); all are locked at teardown."""
    made: list[Vault] = []

    def build(data_dir: Path, keystore: KeyStore) -> Vault:
        made.append(Vault(data_dir, keystore, clock=clock, kdf_cost=FAST))
        return made[-1]

    yield build
    for v in made:
        v.lock()


@pytest.fixture
def journal(vault: Vault) -> Journal:
    opened, _code = vault.create()
    return opened


def day(n: int) -> date:
    """A date in November 2026, for readable tests."""
    return date(2026, 11, n)

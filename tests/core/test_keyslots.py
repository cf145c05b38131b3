from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import keyslots
from peerdesk.errors import KeySlotsDamaged, WrongKey
from peerdesk.keyslots import DEFAULT_COST, PASSPHRASE, RECOVERY
from tests.conftest import FAST


def _slots(with_passphrase: bool = True) -> tuple[keyslots.KeySlots, bytes]:
    key = keyslots.new_key()
    slots = keyslots.create(key, "0123456789abcdef", "some.Backend")
    slots = slots.with_slot(RECOVERY, b"recovery-secret", key, FAST)
    if with_passphrase:
        slots = slots.with_slot(PASSPHRASE, b"passphrase", key, FAST)
    return slots, key


SAMPLE, SAMPLE_KEY = _slots()
SAMPLE_BYTES = keyslots.dumps(SAMPLE)


def test_round_trip_keeps_every_slot() -> None:
    again = keyslots.loads(SAMPLE_BYTES)
    assert again.journal_id == SAMPLE.journal_id
    assert again.keyring_backend == "some.Backend"
    assert again.unwrap(RECOVERY, b"recovery-secret") == SAMPLE_KEY
    assert again.unwrap(PASSPHRASE, b"passphrase") == SAMPLE_KEY
    assert again.matches(SAMPLE_KEY)
    assert not again.matches(keyslots.new_key())


def test_the_file_holds_no_key_in_the_clear() -> None:
    assert SAMPLE_KEY.hex().encode() not in SAMPLE_BYTES
    assert SAMPLE_KEY not in SAMPLE_BYTES


def test_a_wrong_secret_is_a_wrong_key() -> None:
    with pytest.raises(WrongKey):
        SAMPLE.unwrap(RECOVERY, b"not it")


def test_a_slot_cannot_be_moved_to_another_journal() -> None:
    doc = json.loads(SAMPLE_BYTES)
    doc["journal_id"] = "fedcba9876543210"
    moved = keyslots.loads(json.dumps(doc).encode())
    with pytest.raises(WrongKey):
        moved.unwrap(RECOVERY, b"recovery-secret")


def test_the_default_cost_is_strong() -> None:
    assert DEFAULT_COST.n >= 2**17 and DEFAULT_COST.r >= 8
    key = keyslots.new_key()
    slot = keyslots.wrap(key, b"pass", "0123456789abcdef", PASSPHRASE, DEFAULT_COST)
    assert slot.cost == DEFAULT_COST


def test_write_is_private_and_atomic(tmp_path: Path) -> None:
    target = tmp_path / "journal.keys"
    keyslots.write(target, SAMPLE)
    assert target.stat().st_mode & 0o777 == 0o600
    assert keyslots.read(target).journal_id == SAMPLE.journal_id
    assert [p.name for p in tmp_path.iterdir()] == ["journal.keys"]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("slots"),
        lambda d: d["slots"].pop("recovery"),
        lambda d: d.update(format="something else"),
        lambda d: d.update(version=2),
        lambda d: d.update(version=True),
        lambda d: d.update(journal_id="../../etc"),
        lambda d: d.update(key_check="not base64!"),
        lambda d: d["slots"]["recovery"].update(n=2**40),
        lambda d: d["slots"]["recovery"].update(n=1000),
        lambda d: d["slots"]["recovery"].update(kdf="md5"),
        lambda d: d["slots"]["recovery"].update(salt="AAAA"),
        lambda d: d["slots"].update(extra={}),
        lambda d: d.update(keyring_backend=12),
    ],
)
def test_damage_is_reported_as_damage(mutate) -> None:
    doc = json.loads(SAMPLE_BYTES)
    mutate(doc)
    with pytest.raises(KeySlotsDamaged):
        keyslots.loads(json.dumps(doc).encode())


def test_missing_and_huge_files_are_damage(tmp_path: Path) -> None:
    with pytest.raises(KeySlotsDamaged, match="missing"):
        keyslots.read(tmp_path / "nothing.keys")
    huge = tmp_path / "huge.keys"
    huge.write_bytes(b" " * (3 * keyslots.MAX_FILE_BYTES + 10))
    with pytest.raises(KeySlotsDamaged) as raised:
        keyslots.read(huge)
    assert "it is 192 KB (196,618 bytes); a key-slot file is at most 64 KB" in str(raised.value)
    assert raised.value.details["size"] == "192 KB (196,618 bytes)"
    with pytest.raises(KeySlotsDamaged, match=r"\(65,537 bytes\)"):
        keyslots.loads(b" " * (keyslots.MAX_FILE_BYTES + 1))


@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_are_damage(data: bytes) -> None:
    try:
        keyslots.loads(data)
    except KeySlotsDamaged as exc:
        assert str(exc)


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    data = bytearray(SAMPLE_BYTES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(data) - 1))
        choice = draw(st.integers(0, 2))
        if choice == 0:
            data[i] = draw(st.integers(0, 255))
        elif choice == 1:
            del data[i]
        else:
            data.insert(i, draw(st.integers(0, 255)))
    return bytes(data)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutated_files())
def test_mutated_files_never_crash_and_never_change_on_disk(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "journal.keys"
    target.write_bytes(data)
    try:
        slots = keyslots.read(target)
    except KeySlotsDamaged:
        pass
    else:
        try:
            assert slots.unwrap(RECOVERY, b"recovery-secret") == SAMPLE_KEY
        except (WrongKey, KeySlotsDamaged):
            pass
    assert target.read_bytes() == data

"""Faults injected for real: a full disk, SIGKILL at random moments, a new computer, bad input.

- **Full disk.** A child process lowers its own ``RLIMIT_FSIZE`` (with SIGXFSZ ignored, so a
  write past the limit fails with EFBIG, as on a full disk) and saves sessions or writes backups
  until that fails. The failure must be a :class:`StorageFull` or :class:`StorageError`, and every
  save reported before it must be intact in a journal that passes its checks.
- **SIGKILL.** A child process saves, backs up, restores, re-keys, shreds (with the rewrite that
  follows) or migrates the schema, and is killed at a random moment; the journal is then
  reopened as after a restart. No finished session may be lost, the journal must pass its
  checks, and every finished backup must open. 56 trials, two at a time.
- **A really full disk.** Where a private tmpfs can be mounted (``unshare``), the same on a small
  file system: ENOSPC, reported as :class:`StorageFull`.
- **A new computer.** An empty keyring and a fresh data folder: only the backup file (with its
  key file) and the recovery code bring the journal back.
- **Bad input.** Hypothesis types anything (NUL bytes, lone surrogates, right-to-left marks, huge
  text) into every text field, the search box and the recovery-code box: the answer is a result
  or an :class:`InvalidInput`, never a crash, and a refused input changes nothing.

The children live in ``fault_child.py`` (only the core is imported there, so they start fast);
each reads the lock passphrase from stdin and reports on stdout, one line per finished step.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from peerdesk import backups, schema
from peerdesk.database import rows
from peerdesk.errors import (
    InvalidInput,
    InvalidRecoveryCode,
    StorageError,
    StorageFull,
    WrongKey,
)
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.resources import Resource
from peerdesk.sessions import FINISHED, Session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.text import NOTE_MAX, clean
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import FAST, Clock, day
from tests.core import fault_child
from tests.core.fault_child import (
    BASE_SESSIONS,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    PEER,
    session_for,
    stored_numbers,
    use_migration_v2,
)

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(fault_child.__file__).resolve()
READY_TIMEOUT = 30.0


# --- starting children ----------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _start(*args: str, more: str = "") -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        cwd=REPO,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE.encode() + b"\n" + more.encode())
    proc.stdin.flush()
    return proc


def _lines_until(proc: subprocess.Popen[bytes], want: str, timeout: float) -> list[str]:
    """Read until the line ``want``; return every line read after it, in the same chunk, too.

    The child may already have reported more (a save) in the chunk that carried ``want``: those
    lines are returned after ``want`` so no report is lost.
    """
    assert proc.stdout is not None
    got: list[str] = []
    deadline = time.monotonic() + timeout
    buffer = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            got.append(line.decode())
        if want in got and buffer == b"":  # a partial line: read on to its end first
            return got
    raise AssertionError(f"no {want!r} from the child; it said {got[-3:]}: {_stderr(proc)}")


def _stderr(proc: subprocess.Popen[bytes]) -> str:
    if proc.poll() is None:
        return "(still running)"
    assert proc.stderr is not None
    return proc.stderr.read().decode(errors="replace")[-2000:]


def _kill_after(
    proc: subprocess.Popen[bytes], seconds: float, already: list[str] | None = None
) -> list[str]:
    """SIGKILL after ``seconds``; return the lines reported before the kill (after ``already``,
    the lines read so far)."""
    time.sleep(seconds)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.stdout is not None
    rest = proc.stdout.read().decode()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    assert rest == "" or rest.endswith("\n")
    return [*(already or []), *rest.splitlines()]


def _finish(proc: subprocess.Popen[bytes], timeout: float = 120) -> list[str]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err.decode(errors="replace")[-3000:]
    return out.decode().splitlines()


# --- a journal to spoil ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    data_dir: Path
    numbers: frozenset[int]
    code: RecoveryCode


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A journal with a lock passphrase, one peer and 120 sessions, locked."""
    data_dir = tmp_path_factory.mktemp("template") / "data"
    vault = Vault(data_dir, KeyStore(MemoryKeyring()), clock=Clock(), kdf_cost=FAST)
    journal, code = vault.create(passphrase=PASSPHRASE)
    peer = journal.peers.add(PEER)
    with journal.transaction():
        for n in range(BASE_SESSIONS):
            journal.sessions.save(session_for(n, peer.id))
    vault.lock()
    return Template(data_dir, frozenset(range(BASE_SESSIONS)), code)


def _copy(template: Template, into: Path) -> Path:
    target = into / "data"
    shutil.copytree(template.data_dir, target)
    return target


def _reopen(data_dir: Path, passphrase: str = PASSPHRASE) -> tuple[Vault, Journal]:
    vault = Vault(data_dir, KeyStore(MemoryKeyring()), kdf_cost=FAST)
    return vault, vault.unlock_with_passphrase(passphrase)


def _reopen_with_either(data_dir: Path) -> tuple[Vault, Journal, str]:
    """After a kill during a change of passphrase: exactly one of the two opens the journal."""
    opening: list[str] = []
    for passphrase in (PASSPHRASE, OTHER_PASSPHRASE):
        vault = Vault(data_dir, KeyStore(MemoryKeyring()), kdf_cost=FAST)
        try:
            vault.unlock_with_passphrase(passphrase)
        except WrongKey:
            pass
        else:
            opening.append(passphrase)
        finally:
            vault.lock()  # also lets go of the folder a finished swap held
    assert len(opening) == 1, f"{len(opening)} passphrases open the journal"
    vault, journal = _reopen(data_dir, opening[0])
    return vault, journal, opening[0]


def _slot_opens(vault: Vault, name: str, secret: bytes) -> bool:
    try:
        vault.read_slots().unwrap(name, secret)
    except WrongKey:
        return False
    return True


def _leftovers(data_dir: Path) -> list[Path]:
    """Half-made files a kill may leave: they must never be readable journals."""
    ends = (".tmp", ".new", ".restore", ".rekey", ".incoming")
    return [p for p in data_dir.rglob("*") if p.name.endswith(ends)]


# --- SIGKILL at random moments --------------------------------------------------------------------

TRIALS = {
    "save": 10,
    "backup": 10,
    "restore": 10,
    "rekey": 8,
    "passphrase": 8,
    "shred": 10,
    "migrate": 10,
}


@dataclass
class Outcome:
    trials: int = 0
    reported: int = 0
    unreported_commits: int = 0
    notes: list[str] | None = None


def _prepare_trial(mode: str, template: Template, trial_dir: Path) -> Path:
    data_dir = _copy(template, trial_dir)
    if mode == "restore":  # two backups to swap between: without and with five more sessions
        vault, journal = _reopen(data_dir)
        vault.backup()
        peer = journal.peers.find(PEER)
        assert peer is not None
        for n in range(BASE_SESSIONS, BASE_SESSIONS + 5):
            journal.sessions.save(session_for(n, peer.id))
        vault.clock = lambda: Clock().now + timedelta(minutes=1)
        vault.backup()
        vault.lock()
    return data_dir


def _migration_time(template: Template, trial_dir: Path) -> float:
    """How long opening with the migration takes here (from "ready" to "migrated")."""
    data_dir = _prepare_trial("migrate", template, trial_dir)
    proc = _start("migrate", str(data_dir))
    _lines_until(proc, "ready", READY_TIMEOUT)
    started = time.monotonic()
    _lines_until(proc, "migrated", READY_TIMEOUT)
    took = time.monotonic() - started
    _finish(proc)
    return took


def _kill_trial(mode: str, template: Template, trial_dir: Path, seed: int, window: float) -> str:
    data_dir = _prepare_trial(mode, template, trial_dir)
    more = template.code.text + "\n" if mode == "passphrase" else ""
    proc = _start(mode, str(data_dir), str(seed), more=more)
    before = _lines_until(proc, "ready", READY_TIMEOUT)
    lines = _kill_after(proc, window, before[before.index("ready") + 1 :])

    assert (data_dir / "journal.db").is_file(), f"{mode}: no journal after the kill: {lines[-3:]}"
    # Opening checks the pair: a key slot from one re-key and a journal from another would fail.
    if mode == "passphrase":
        vault, journal, passphrase = _reopen_with_either(data_dir)
    else:
        vault, journal = _reopen(data_dir)
    try:
        assert journal.check() == [], mode
        stored = stored_numbers(journal)
        saved = {int(line.split()[1]) for line in lines if line.startswith("saved ")}
        shredded = {int(line.split()[1]) for line in lines if line.startswith("shredded ")}
        if mode == "save":
            assert template.numbers | saved <= stored
            extra = stored - template.numbers - saved
            assert len(extra) <= 1  # saved, then killed before the report
            what = f"{len(saved)} saves reported, {len(extra)} committed unreported"
        elif mode == "shred":
            assert template.numbers <= stored
            kept = saved - shredded
            # At most the one shred in flight may have committed without its report.
            assert len(kept - stored) <= 1 and len(stored - template.numbers) <= 1
            what = f"{len(saved)} saved and {len(shredded)} shredded"
        elif mode == "backup":
            assert stored == template.numbers
            found = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
            for made in found:  # every finished backup opens and holds everything
                assert vault.preview_backup(made.path).summary.sessions == BASE_SESSIONS
            done = sum(line.startswith("backup ") for line in lines)
            what = f"{done} backups reported, {len(found)} kept"
        elif mode == "rekey":
            assert stored == template.numbers
            codes = [template.code]
            codes += [
                RecoveryCode.parse(x.split(" ", 1)[1]) for x in lines if x.startswith("code ")
            ]
            done = sum(line == "rekeyed" for line in lines)
            opening = [n for n, c in enumerate(codes) if _slot_opens(vault, "recovery", c.secret)]
            # Exactly one code opens: the last reported one, or the one whose re-key was cut off.
            assert len(opening) == 1 and opening[0] in (done, done + 1), (opening, done)
            assert not list((data_dir / ASIDE_DIR).glob("*/journal.db")), "an old-key copy"
            new = "finished" if opening[0] > done else "undone"
            what = f"{done} re-keys reported, the one cut off {new}, no old-key copy"
        elif mode == "passphrase":
            assert stored == template.numbers
            done = sum(line == "changed" for line in lines)
            now = (PASSPHRASE, OTHER_PASSPHRASE)[done % 2]  # before the one cut off
            cut_off = bool(lines) and lines[-1].startswith("changing")
            assert passphrase == now or cut_off, lines[-2:]
            assert _slot_opens(vault, "recovery", template.code.secret)  # the code typed back
            assert not list((data_dir / ASIDE_DIR).glob("*/journal.db")), "an old-key copy"
            what = f"{done} changes reported, {'first' if passphrase == PASSPHRASE else 'other'}"
        elif mode == "restore":
            # Either backup, whole: never a mix, never a journal that does not open.
            assert stored in (template.numbers, template.numbers | set(range(120, 125)))
            aside = list((data_dir / ASIDE_DIR).glob("*/journal.db"))
            done = sum(line.startswith("restored ") for line in lines)
            what = f"{done} restores reported, {len(aside)} journals set aside"
        else:
            assert stored == template.numbers
            version = int(rows(journal.conn, "PRAGMA user_version")[0][0])
            assert version == schema.CURRENT_VERSION
            ((marked,),) = rows(journal.conn, "SELECT count(*) FROM sessions WHERE trial_mark = id")
            assert marked == BASE_SESSIONS
            found = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
            for made in found:  # the backup taken before migrating is whole
                assert vault.preview_backup(made.path).summary.sessions == BASE_SESSIONS
            when = "after" if "migrated" in lines else "during"
            what = f"killed {when} the migration, {len(found)} backup(s)"
        for path in _leftovers(data_dir):
            with path.open("rb") as fh:
                assert not fh.read(16).startswith(b"SQLite format 3"), path
        left = sorted({p.name.rsplit(".", 2)[-1] for p in _leftovers(data_dir)})
        return f"{mode}: killed at {window:.3f}s: {what}; half-made files left: {left or 'none'}"
    finally:
        vault.lock()


@pytest.fixture
def restore_schema() -> Iterator[None]:
    saved = schema.MIGRATIONS, schema.CURRENT_VERSION
    yield
    schema.MIGRATIONS, schema.CURRENT_VERSION = saved


@pytest.mark.slow
@pytest.mark.usefixtures("restore_schema")
@pytest.mark.parametrize("mode", list(TRIALS))
def test_sigkill_at_random_moments_loses_no_finished_session(
    mode: str, template: Template, tmp_path: Path
) -> None:
    rng = random.Random(f"fault-{mode}")
    if mode == "migrate":
        use_migration_v2()  # the parent reopens with the same schema as the children
        longest = 1.2 * _migration_time(template, tmp_path / "calibration")
    else:
        longest = 0.5
    trials = [
        (tmp_path / f"trial-{n}", rng.randrange(2**16), rng.uniform(0.01, longest))
        for n in range(TRIALS[mode])
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two at a time: the machine has the cores
        done = pool.map(lambda t: _kill_trial(mode, template, *t), trials)
        for line in done:
            print(line)


def test_there_are_at_least_fifty_kill_trials() -> None:
    assert sum(TRIALS.values()) >= 50


# --- a full disk ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["full-save", "full-backup"])
def test_a_full_disk_is_reported_and_damages_nothing(
    mode: str, template: Template, tmp_path: Path
) -> None:
    data_dir = _copy(template, tmp_path)
    vault, journal = _reopen(data_dir)
    vault.backup()  # an earlier backup that must survive too
    vault.lock()
    lines = _finish(_start(mode, str(data_dir)))
    (failure,) = [line for line in lines if line.startswith("failed ")]
    name, code = failure.split()[1:3]
    assert name in (StorageFull.__name__, StorageError.__name__), failure
    assert code in ("storage_full", "storage_error")
    print(f"{mode}: {_story(lines)}")
    vault, journal = _reopen(data_dir)
    try:
        assert journal.check() == []
        saved = {int(line.split()[1]) for line in lines if line.startswith("saved ")}
        assert template.numbers | saved <= stored_numbers(journal)
        assert len(stored_numbers(journal)) == len(template.numbers | saved)
        for made in backups.existing(vault.backup_dir, vault.read_slots().journal_id):
            assert vault.preview_backup(made.path).summary.sessions >= BASE_SESSIONS
        assert not list(vault.backup_dir.glob(".*.tmp")), "a half-written backup was left"
    finally:
        vault.lock()


def _story(lines: list[str]) -> str:
    """What a full-disk child did: how much worked, what failed and how."""
    at = next(i for i, line in enumerate(lines) if line.startswith("failed "))
    saves = sum(line.startswith("saved ") for line in lines[:at])
    made = sum(line.startswith("backup ") for line in lines[:at])
    name, code, doing = lines[at].split()[1:4]
    again = lines[at + 1 :] and lines[at + 1].startswith("saved ")
    return f"{saves} saves and {made} backups, then {name} ({code}) during a {doing}" + (
        "; with room again the next save worked" if again else ""
    )


def _small_file_systems() -> bool:
    """Whether this machine lets a process mount a private tmpfs (a user or root namespace)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _small_file_systems(), reason="no private tmpfs can be mounted here")
@pytest.mark.parametrize("mode", ["enospc-save", "enospc-backup"])
def test_a_really_full_file_system_is_reported_as_full_and_damages_nothing(
    mode: str, template: Template, tmp_path: Path
) -> None:
    """A 1.5 MB tmpfs, mounted in a private namespace: the disk is full for real (ENOSPC)."""
    mount, out = tmp_path / "small-disk", tmp_path / "after"
    mount.mkdir()
    out.mkdir()
    used = sum(p.stat().st_size for p in template.data_dir.rglob("*") if p.is_file())
    size_kb = (used + 1024 * 1024) // 1024
    # Mount, copy the journal in, run the child, copy the result out before the mount goes.
    script = (
        f'mount -t tmpfs -o size={size_kb}k tmpfs "$1" && cp -a "$2" "$1/data" && '
        '"$3" "$4" "$5" "$1/data"; rc=$?; cp -a "$1/data" "$6/"; exit $rc'
    )
    result = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script, "sh", str(mount),
         str(template.data_dir), sys.executable, str(CHILD), mode, str(out)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(),
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    (failure,) = [line for line in lines if line.startswith("failed ")]
    assert failure.split()[1:3] == [StorageFull.__name__, "storage_full"], failure
    print(f"{mode} on a {size_kb} KB tmpfs: {_story(lines)}")
    vault, journal = _reopen(out / "data")
    try:
        assert journal.check() == []
        saved = {int(line.split()[1]) for line in lines if line.startswith("saved ")}
        assert stored_numbers(journal) == template.numbers | saved
        for made in backups.existing(vault.backup_dir, vault.read_slots().journal_id):
            assert vault.preview_backup(made.path).summary.sessions >= BASE_SESSIONS
        assert not list(vault.backup_dir.glob(".*.tmp"))
    finally:
        vault.lock()


@pytest.mark.slow
@pytest.mark.skipif(find_spec("PySide6") is None, reason="the session form needs PySide6")
def test_the_session_form_keeps_the_draft_on_a_full_disk_and_retries(
    template: Template, tmp_path: Path
) -> None:
    data_dir = _copy(template, tmp_path)
    proc = _start("form", str(data_dir))
    (line,) = [x for x in _finish(proc) if x.startswith("{")]
    result = json.loads(line)
    failed = result["failed"]
    assert result["first"] is not None
    assert "Couldn't save the draft" in failed["message"]
    assert failed["kept"] and failed["retry_armed"]
    assert failed["stored"] == {"listen": "first words, saved while there is room"}
    assert result["retried"] and result["message_after"] == ""
    vault, journal = _reopen(data_dir)
    try:
        assert journal.check() == []
        assert len(journal.sessions.drafts()) == 1
    finally:
        vault.lock()


# --- a new computer -------------------------------------------------------------------------------


def test_restore_on_a_new_computer_from_only_the_backup_and_the_recovery_code(
    template: Template, tmp_path: Path
) -> None:
    old = _copy(template, tmp_path / "old")
    vault, _journal = _reopen(old)
    made = vault.backup()
    vault.lock()
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy2(made.path, stick)
    shutil.copy2(backups.keys_path(made.path), stick)
    shutil.rmtree(old)  # the old laptop is gone

    keyring = MemoryKeyring()
    new = Vault(tmp_path / "new-laptop" / "data", KeyStore(keyring), kdf_cost=FAST)
    backup = stick / made.path.name
    with pytest.raises(WrongKey):
        new.preview_backup(backup, RecoveryCode.generate())
    preview = new.preview_backup(backup, template.code.text.lower())
    assert preview.summary.sessions == BASE_SESSIONS
    assert not new.data_dir.exists()  # looking changes nothing
    journal = new.restore(backup, template.code)
    assert journal.check() == [] and stored_numbers(journal) == template.numbers
    new.lock()
    assert keyring.entries  # the key is registered in the new keyring
    assert new.unlock_with_keyring().summary().sessions == BASE_SESSIONS
    new.lock()
    assert new.unlock_with_passphrase(PASSPHRASE).summary().sessions == BASE_SESSIONS
    new.lock()


# --- bad input ------------------------------------------------------------------------------------

ODD = [
    "",
    "   ",
    "\x00",
    "before\x00after",
    "\ud800",
    "lone \udfff surrogate",
    "\u202eevil\u202c",
    "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\u200e",
    "\u0000\u0001\u0007\u001b[31m",
    "e\u0301 NFD",
    "🫶" * 50,
    "\n\t\r",
    "x" * (NOTE_MAX + 1),
    "'; DROP TABLE sessions; --",
    '"*" NEAR( OR AND NOT',
]
HUGE = "a" * (10 * 1024 * 1024)
anything = st.one_of(st.sampled_from(ODD), st.text(max_size=300))


def fingerprint(journal: Journal) -> str:
    """A digest of every row of every table: equal before and after means nothing changed."""
    digest = hashlib.sha256()
    tables = rows(
        journal.conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'notes_fts%' ORDER BY name",
    )
    for (table,) in tables:
        for row in sorted(map(repr, rows(journal.conn, f'SELECT * FROM "{table}"'))):
            digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _expect(text: str, max_len: int, *, required: bool = False) -> str | None:
    """What ``clean`` makes of ``text``, or None when it must be refused."""
    try:
        return clean(text, "f", max_len=max_len, required=required)
    except InvalidInput:
        return None


SWEEP = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.slow
def test_every_text_field_takes_or_refuses_anything(journal: Journal) -> None:
    peer = journal.peers.add("Sweep peer")
    session = journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                followup_on=day(20), followup_plan="plan")
    )  # fmt: skip
    assert session.id is not None
    (followup,) = journal.followups.open()

    @SWEEP
    @given(anything, anything)
    @example(HUGE, "")
    @example("", HUGE)
    def sweep(text: str, other: str) -> None:
        fields = [
            ("pseudonym", lambda: journal.peers.add(text, contact=other)),
            ("rename", lambda: journal.peers.update(peer.id, pseudonym=text, contact=other)),
            ("tag", lambda: journal.tags.add(EVENT if len(text) % 2 else DRIVER, text)),
            ("resource", lambda: journal.resources.save(
                Resource(category="peer_support", name=text, description=other, phone=other))),
            ("note", lambda: journal.sessions.save(
                Session(held_on=day(4), notes={"cope": text, "listen": other}))),
            ("plan", lambda: journal.sessions.save(
                Session(held_on=day(4), status=FINISHED, peer_id=peer.id,
                        contact_kind="peer_asked", followup_on=day(30), followup_plan=text))),
            ("reason", lambda: journal.followups.cancel(followup.id, text)),
            ("setting", lambda: journal.settings.set("ui.sweep", text)),
        ]  # fmt: skip
        for name, act in fields:
            before = fingerprint(journal)
            try:
                act()
            except InvalidInput as exc:
                assert exc.field, name
                assert fingerprint(journal) == before, f"{name}: a refused value changed data"

    sweep()
    assert journal.check() == []


def test_what_a_field_accepts_reads_back_exactly(journal: Journal) -> None:
    @SWEEP
    @given(anything)
    @example("\u200f\u05e9\u05dc\u05d5\u05dd\u200e")
    @example("e\u0301")
    def note(text: str) -> None:
        want = _expect(text.replace("\x00", ""), NOTE_MAX)  # a note's NUL is dropped
        try:
            saved = journal.sessions.save(Session(held_on=day(5), notes={"cope": text}))
        except InvalidInput:
            assert want is None
            return
        assert want is not None and saved.id is not None
        assert journal.sessions.get(saved.id).notes.get("cope", "") == want
        journal.sessions.shred(saved.id)

    note()


def test_ten_megabytes_of_notes_are_refused_cleanly(journal: Journal) -> None:
    before = fingerprint(journal)
    started = time.monotonic()
    for step in ("cope", "listen"):
        with pytest.raises(InvalidInput) as refused:
            journal.sessions.save(Session(held_on=day(6), notes={step: HUGE}))
        assert refused.value.field == "notes"
        assert str(NOTE_MAX) in str(refused.value)
    with pytest.raises(InvalidInput):
        journal.peers.add(HUGE)
    assert fingerprint(journal) == before
    assert time.monotonic() - started < 30  # refused, not ground through


def test_the_search_box_answers_anything(journal: Journal) -> None:
    peer = journal.peers.add("Searcher")
    journal.sessions.save(
        Session(held_on=day(7), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                notes={"cope": "walking helps \u05e9\u05dc\u05d5\u05dd"})
    )  # fmt: skip
    before = fingerprint(journal)

    @SWEEP
    @given(anything)
    @example(HUGE)
    @example('"unclosed')
    @example("\u05e9\u05dc\u05d5\u05dd")
    def search(text: str) -> None:
        found = journal.search.run(text)
        assert isinstance(found, list)

    search()
    assert [h.session_id for h in journal.search.run("\u05e9\u05dc\u05d5\u05dd")]
    assert fingerprint(journal) == before


def test_the_recovery_code_box_answers_anything(vault: Vault, journal: Journal) -> None:
    made = vault.backup()
    vault.lock()

    @SWEEP
    @given(anything)
    @example(HUGE)
    @example("0" * 32)
    def typed(text: str) -> None:
        with pytest.raises((InvalidRecoveryCode, WrongKey)):
            vault.unlock_with_recovery_code(text)
        with pytest.raises((InvalidRecoveryCode, WrongKey)):
            vault.preview_backup(made.path, text)
        assert not vault.is_unlocked

    typed()
    assert vault.unlock_with_keyring().check() == []

"""Schema version 3: step 6 as one list, and the second-victim stress drivers.

Every test starts from a journal written by version 2's own SQL (``tests/support/v2_journal``)
and checks, session by session, that the migration kept what each stored session meant:
"referral made to X" is X referred, a resource offered is a resource mentioned, "made a
referral" with no kind is a referral of the kind "other", and "offered resources" with nothing
named is "other" mentioned. A migration cut short (an interrupt, or SIGKILL in a child process)
leaves a version 2 journal that opens and migrates later.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk import flow, schema
from peerdesk.database import Connection, connect
from peerdesk.flow import MENTIONED, REFERRED
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.tags import DRIVER
from tests.conftest import Clock, day
from tests.support import v2_journal
from tests.support.v2_journal import V2Session

TODAY = day(26)
REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("migration_child.py")
ESC = "escalated_safety_concern"


def _v2(path: Path) -> tuple[Connection, bytes, dict[str, int], dict[str, int]]:
    """A version 2 journal holding every case step 6 could hold, by name."""
    key = os.urandom(32)
    conn = v2_journal.create(path, key)
    peer = v2_journal.add_peer(conn, "Heron")
    line = v2_journal.add_resource(conn, "crisis_line", "A crisis line")
    eap = v2_journal.add_resource(conn, "counselling", "The EAP")
    resources = {"line": line, "eap": eap}
    made, offered = "made_referral", "offered_resources"
    cases = {
        # "Referral made to" two kinds, two resources offered, every step-6 box ticked.
        "full": V2Session(
            "2026-03-02",
            peer,
            ticked={"resources": [ESC, made, offered], "listen": ["open_questions"]},
            referrals=["eap", "chaplain"],
            resources=[line, eap],
            notes={"listen": "kept as written"},
            drivers=["work_overload"],
            escalated=True,
        ),
        "referral_without_kind": V2Session("2026-03-03", peer, ticked={"resources": [made]}),
        "offered_without_resource": V2Session("2026-03-04", peer, ticked={"resources": [offered]}),
        "both_ticks_nothing_named": V2Session(
            "2026-03-05", peer, ticked={"resources": [made, offered]}
        ),
        "resource_only": V2Session("2026-03-06", peer, ticked={"resources": [offered]},
                                   resources=[eap]),
        # The form ticked "made a referral" with a kind; here it was unticked again.
        "kind_without_tick": V2Session("2026-03-07", peer, referrals=["crisis_line"]),
        "resource_without_tick": V2Session("2026-03-08", peer, resources=[line]),
        "nothing_in_step_6": V2Session("2026-03-09", peer, ticked={"cope": ["named_strengths"]}),
        "declined_with_referral": V2Session(
            "2026-03-10", peer, outreach_outcome="declined", referrals=["legal_support"]
        ),
        "offered_with_a_kind": V2Session(
            "2026-03-11", peer, ticked={"resources": [offered]}, referrals=["eap"]
        ),
        "draft": V2Session(
            "2026-03-12", None, status="draft", contact_kind=None, referrals=["other"],
            ticked={"resources": [made]},
        ),
    }  # fmt: skip
    ids = {name: v2_journal.add_session(conn, s) for name, s in cases.items()}
    return conn, key, ids, resources


# What each case means after the migration: (referral marks, resource marks by name, step 6).
EXPECTED: dict[str, tuple[dict[str, str], dict[str, str], list[str]]] = {
    "full": (
        {"chaplain": REFERRED, "eap": REFERRED},
        {"line": MENTIONED, "eap": MENTIONED},
        [ESC, "made_referral", "offered_resources"],
    ),
    "referral_without_kind": ({"other": REFERRED}, {}, ["made_referral", "offered_resources"]),
    "offered_without_resource": ({"other": MENTIONED}, {}, ["offered_resources"]),
    "both_ticks_nothing_named": ({"other": REFERRED}, {}, ["made_referral", "offered_resources"]),
    "resource_only": ({}, {"eap": MENTIONED}, ["offered_resources"]),
    "kind_without_tick": ({"crisis_line": REFERRED}, {}, ["made_referral", "offered_resources"]),
    "resource_without_tick": ({}, {"line": MENTIONED}, ["offered_resources"]),
    "nothing_in_step_6": ({}, {}, []),
    "declined_with_referral": (
        {"legal_support": REFERRED},
        {},
        ["made_referral", "offered_resources"],
    ),
    "offered_with_a_kind": ({"eap": REFERRED}, {}, ["made_referral", "offered_resources"]),
    "draft": ({"other": REFERRED}, {}, ["made_referral", "offered_resources"]),
}


def test_every_stored_session_keeps_what_it_meant(tmp_path: Path, clock: Clock) -> None:
    conn, _key, ids, resources = _v2(tmp_path / "journal.db")
    before_kinds, before_with_referral = v2_journal.v2_referral_figures(conn)
    asked: list[int] = []
    assert schema.migrate(conn, before=asked.append) == 2
    assert asked == [2] and schema.check_version(conn) == schema.CURRENT_VERSION
    journal = Journal(conn, tmp_path / "journal.db", clock)
    for name, (referral_marks, by_name, step_6) in EXPECTED.items():
        got = journal.sessions.get(ids[name])
        assert got.referral_marks == referral_marks, name
        assert got.resource_marks == {resources[n]: m for n, m in by_name.items()}, name
        assert got.ticked.get("resources", []) == sorted(step_6), name
    full = journal.sessions.get(ids["full"])
    assert full.ticked["listen"] == ["open_questions"] and full.escalated
    assert full.notes == {"listen": "kept as written"} and full.drivers == ["work_overload"]
    assert journal.sessions.get(ids["nothing_in_step_6"]).ticked == {"cope": ["named_strengths"]}
    assert journal.search.run("written")  # the notes' index is untouched
    # The counts: every referral counted before is counted after, under the same kind; the
    # sessions that said "made a referral" without a kind now count too, as "other".
    found = compute(conn, Period.parse("2026-03", "2026-03"), TODAY)
    after = {c.id: c.count for c in found.referrals if c.count}
    assert after == {**before_kinds, "other": 2}
    assert found.conversations_with_referral == before_with_referral + 2
    assert found.conversations_with_mention == 4  # three with resources, one "other"
    assert found.conversations_with_handout == 0
    # A migrated session saves again unchanged, and the old column is gone.
    again = journal.sessions.save(journal.sessions.get(ids["full"]))
    assert journal.sessions.get(ids["full"]).resource_marks == again.resource_marks
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert "referrals" not in columns and "referral_marks" in columns
    assert journal.check() == []


def test_the_new_drivers_join_an_existing_journal_in_front(tmp_path: Path, clock: Clock) -> None:
    conn, _key, _ids, _resources = _v2(tmp_path / "journal.db")
    conn.execute("UPDATE tags SET label = 'Fear of infection' WHERE id = 'fear_of_exposure'")
    conn.execute("UPDATE tags SET archived = 1 WHERE id = 'loss_of_meaning'")
    v2_journal.add_tag(conn, DRIVER, "parking_trouble", "Parking trouble")
    v2_journal.add_tag(conn, DRIVER, "feeling_isolated", "Feeling isolated")  # the same id
    v2_journal.add_tag(conn, DRIVER, "my_own", "Shame or fear of judgement")  # the same words
    schema.migrate(conn)
    journal = Journal(conn, tmp_path / "journal.db", clock)
    tags = journal.tags.all(DRIVER, include_archived=True)
    labels = {t.id: t.label for t in tags}
    defaults = [c.id for c in flow.DEFAULT_DRIVER_TAGS if c.id != "shame_or_fear_of_judgement"]
    assert [t.id for t in tags] == [*defaults, "parking_trouble", "my_own"]
    assert labels["fear_of_exposure"] == "Fear of infection"  # the supporter's words stay
    for choice in flow.DEFAULT_DRIVER_TAGS[:5]:  # added with today's default words
        if choice.id != "shame_or_fear_of_judgement":
            assert labels[choice.id] == choice.label
    assert {t.id for t in tags if t.archived} == {"loss_of_meaning"}
    assert len({label.casefold() for label in labels.values()}) == len(labels)
    # New tags still go to the end, and a new journal gets the whole default list.
    assert journal.tags.add(DRIVER, "Night shifts").id == "night_shifts"
    assert journal.tags.all(DRIVER)[-1].id == "night_shifts"


def test_a_new_journal_gets_every_default_driver_once(vault) -> None:  # type: ignore[no-untyped-def]
    journal, _code = vault.create()
    assert [t.id for t in journal.tags.all(DRIVER)] == [c.id for c in flow.DEFAULT_DRIVER_TAGS]


def _state(conn: Connection) -> list[object]:
    tables = ("sessions", "session_resources", "tags", "notes")
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables] + [
        conn.execute("PRAGMA user_version").fetchone()
    ]


def test_an_interrupted_migration_leaves_version_2_that_migrates_later(tmp_path: Path) -> None:
    """Interrupted at many points (in the SQL and in the Python steps after it): nothing of
    version 3 is left half-done, and opening again migrates."""
    path = tmp_path / "journal.db"
    conn, key, _ids, _resources = _v2(path)
    before = _state(conn)
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    probe = tmp_path / "probe.db"
    conn.execute("VACUUM INTO ?", (str(probe),))
    other = connect(probe, key)
    other.set_progress_handler(count, 1)
    schema.migrate(other)
    other.set_progress_handler(None, 1)
    expected = _meanings(other)
    other.close()
    total = steps[0]
    assert total > 50
    cut_short = 0
    for fraction in (0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        budget = [int(total * fraction)]

        def stop(budget: list[int] = budget) -> int:  # one interrupt: the rollback then runs
            budget[0] -= 1
            return int(budget[0] == -1)

        conn.set_progress_handler(stop, 1)
        with pytest.raises(Exception, match="interrupt"):
            schema.migrate(conn)
        conn.set_progress_handler(None, 1)
        assert not conn.in_transaction
        if conn.execute("PRAGMA user_version").fetchone()[0] >= 3:
            break  # interrupted after a commit (version 3 or later): each version whole
        assert _state(conn) == before, fraction
        cut_short += 1
    assert cut_short >= 5
    conn.close()
    again = connect(path, key)
    schema.migrate(again)
    assert _meanings(again) == expected
    again.close()


# --- SIGKILL during the real migration, in a child process ---------------------------------------


def _big_v2(path: Path, sessions: int) -> bytes:
    conn, key, _ids, resources = _v2(path)
    peer = v2_journal.add_peer(conn, "Kestrel")
    rng = random.Random(3)
    made = []
    for n in range(sessions):
        ticks = rng.sample(["made_referral", "offered_resources", ESC], rng.randint(0, 3))
        made.append(
            V2Session(
                f"2026-0{1 + n % 9}-{1 + n % 28:02d}",
                peer,
                ticked={"resources": ticks} if ticks else {},
                referrals=rng.sample(sorted(flow.choice_ids(flow.REFERRAL_TYPES)), n % 3),
                resources=rng.sample(sorted(resources.values()), n % 2),
                notes={"cope": f"note {n}"},
            )
        )
    v2_journal.add_sessions(conn, made)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return key


def _meanings(conn: Connection) -> list[tuple[object, ...]]:
    """What every session says in step 6, read at version 3."""
    return conn.execute(
        "SELECT s.id, s.referral_marks, s.checked, (SELECT json_group_object(resource_id, mark)"
        " FROM session_resources WHERE session_id = s.id) FROM sessions s ORDER BY s.id"
    ).fetchall()


def _read_until(proc: subprocess.Popen[bytes], want: bytes, timeout: float) -> bytes:
    assert proc.stdout is not None
    got = b""
    deadline = time.monotonic() + timeout
    while want not in got:
        ready, _, _ = select.select([proc.stdout], [], [], max(0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            break
        got += chunk
    return got


def _close(proc: subprocess.Popen[bytes]) -> None:
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _start_child(path: Path, key: bytes) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(key.hex().encode() + b"\n")  # never on the command line
    proc.stdin.close()
    return proc


@pytest.mark.slow
def test_sigkill_during_the_migration_leaves_a_journal_that_opens(tmp_path: Path) -> None:
    template = tmp_path / "template.db"
    key = _big_v2(template, 20_000)
    # The meanings after an uninterrupted migration, and how long it takes here.
    reference = tmp_path / "reference.db"
    reference.write_bytes(template.read_bytes())
    proc = _start_child(reference, key)
    assert b"started" in _read_until(proc, b"started", 30)
    started = time.monotonic()
    assert b"migrated" in _read_until(proc, b"migrated", 60)
    took = time.monotonic() - started
    assert proc.wait(30) == 0
    _close(proc)
    conn = connect(reference, key)
    expected = _meanings(conn)
    conn.close()
    rng = random.Random("v3-kill")
    outcomes = []
    for trial in range(8):
        path = tmp_path / f"trial-{trial}.db"
        path.write_bytes(template.read_bytes())
        proc = _start_child(path, key)
        assert b"started" in _read_until(proc, b"started", 30)
        # Wait for the child's report for a random part of the migration's time, then kill.
        out = _read_until(proc, b"migrated", rng.uniform(0, 1.25 * took))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        _close(proc)
        conn = connect(path, key)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert version in (2, 3, 4), version  # each migration whole
        outcomes.append("after" if b"migrated" in out else f"during (version {version})")
        assert schema.migrate(conn) == version  # a version 2 journal migrates now, whole
        assert _meanings(conn) == expected
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
    print(f"migration took {took:.3f}s; kills: {outcomes}")
    assert any(o.startswith("during") for o in outcomes), outcomes

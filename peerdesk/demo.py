"""Fictional journals for ``--demo`` and benchmarks. Every name and note here is invented.

A demo journal lives in a temporary folder that the app removes when it ends. A demo that was
killed cannot, so each folder names its process, and every later start removes the folders whose
process is gone (:func:`remove_stale_demo_folders`).
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import stat
import tempfile
from datetime import date, timedelta
from pathlib import Path

from peerdesk import flow
from peerdesk.files import create_private_file
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from peerdesk.sessions import FINISHED, Session
from peerdesk.tags import DRIVER, EVENT

log = logging.getLogger(__name__)

DEMO_PREFIX = "peerdesk-demo-"
OWNER_FILE = "peerdesk-demo.owner"

_NAMES = (
    "Heron", "Maple", "Birch", "Otter", "Wren", "Cedar", "Lark", "Fern", "Juniper", "Sparrow",
    "Willow", "Robin", "Aspen", "Kestrel", "Hazel", "Finch", "Rowan", "Linden", "Plover", "Sage",
)  # fmt: skip

_OPENERS = (
    "Called after the review meeting.",
    "Reached out as we do after every serious event.",
    "Caught up by phone between shifts.",
    "Met for coffee away from the unit.",
    "Short video call at the end of the day.",
    "Peer asked for a talk after a hard week.",
)
_FEELINGS = (
    "Spoke about feeling alone since the incident.",
    "Worried about the complaint and what colleagues think.",
    "Sleeping badly, replaying the night over and over.",
    "Angry at the staffing that day, then guilty for being angry.",
    "Second-guessing every decision on shift now.",
    "Tired, but relieved to say it out loud.",
    "Feels the team has moved on and they have not.",
)
_REFRAMES = (
    "We talked about how many factors lined up that night.",
    "Reminded them of the patients they help every week.",
    "Named that good clinicians make mistakes too.",
    "Acknowledged the grief without rushing past it.",
)
_COPING = (
    "Running again helps; plans to go twice this week.",
    "Will talk to their partner tonight.",
    "Wants to spend time with a trusted colleague.",
    "Going to protect sleep on days off.",
    "Music and walks with the dog used to help.",
)
_PLANS = ("Check in by phone.", "Short message first.", "Coffee after the next shift.", "Call.")


def _if_reached(reached: bool, marks: dict[str, str]) -> dict[str, str]:
    return marks if reached else {}


def _pick(rng: random.Random, choices: tuple[flow.Choice, ...]) -> str:
    return rng.choice(choices).id


def _some(rng: random.Random, ids: list[str], most: int) -> list[str]:
    return rng.sample(ids, rng.randint(0, min(most, len(ids))))


def fill(journal: Journal, sessions: int, *, seed: int = 1, today: date | None = None) -> None:
    """Add ``sessions`` fictional finished sessions (and peers and resources) to ``journal``."""
    rng = random.Random(seed)  # noqa: S311 - fictional data, not a secret
    end = today or journal.clock().date()
    events = [t.id for t in journal.tags.all(EVENT)]
    drivers = [t.id for t in journal.tags.all(DRIVER)]
    rare = {"escalated_safety_concern"}  # a fictional journal need not invent emergencies
    items = {s.id: sorted(i.id for i in s.items if i.id not in rare) for s in flow.FLOW.steps}
    with journal.transaction():
        peer_count = max(1, sessions // 5)
        peer_ids = []
        taken = {p.pseudonym.casefold() for p in journal.peers.all()}
        for n in range(peer_count):
            name = f"{_NAMES[n % len(_NAMES)]} {n // len(_NAMES) + 1}"
            if name.casefold() not in taken:
                peer_ids.append(journal.peers.add(name).id)
        if not peer_ids:
            peer_ids = [p.id for p in journal.peers.all()]
        if not journal.resources.all():
            journal.resources.save(
                Resource(
                    category="crisis_line",
                    name="Demo crisis line (fictional)",
                    phone="555-0100",
                    hours="24/7",
                    last_verified_on=end,
                )
            )
        resource_ids = [r.id for r in journal.resources.all() if r.id is not None]
        span = min(max(30, sessions // 4), 3 * 365)
        # A supporter writes each session up after the conversation, so a real journal's
        # sessions (and notes) were made roughly in date order: make them oldest first.
        days = sorted(end - timedelta(days=rng.randint(0, span)) for _ in range(sessions))
        for held_on in days:
            outcome = rng.choices(["accepted", "declined", "no_answer", "later"], [8, 1, 1, 1])[0]
            reached = outcome == "accepted"
            notes = {"context": rng.choice(_OPENERS)}
            if reached:
                notes["listen"] = rng.choice(_FEELINGS)
                if rng.random() < 0.5:
                    notes["reframe"] = rng.choice(_REFRAMES)
                if rng.random() < 0.6:
                    notes["cope"] = rng.choice(_COPING)
            follow = rng.random() < 0.4 or not reached
            peer_id = rng.choice(peer_ids)
            # As the app offers: a session with a peer whose follow-up is open completes it.
            planned = journal.followups.open_for_peer(peer_id)
            journal.sessions.save(
                Session(
                    held_on=held_on,
                    status=FINISHED,
                    peer_id=peer_id,
                    follows_up_id=planned[0].id if planned else None,
                    duration_minutes=rng.choice([5, 10, 15, 20, 30, 45, 60]) if reached else None,
                    mode=_pick(rng, flow.MODES),
                    contact_kind="follow_up" if planned else _pick(rng, flow.CONTACT_KINDS),
                    referred_by=_pick(rng, flow.REFERRED_BY),
                    outreach_outcome=outcome,
                    role_band=_pick(rng, flow.ROLE_BANDS),
                    events=_some(rng, events, 2),
                    drivers=_some(rng, drivers, 2),
                    ticked=(
                        {k: _some(rng, v, len(v)) for k, v in items.items() if v} if reached else {}
                    ),
                    notes=notes,
                    # Drawn either way, so the rest of the demo stays the same; an outreach
                    # that was declined or not answered offered nobody anything.
                    referral_marks=_if_reached(
                        reached,
                        {
                            kind: _pick(rng, flow.MARKS)
                            for kind in _some(rng, sorted(flow.choice_ids(flow.REFERRAL_TYPES)), 1)
                        },
                    ),
                    resource_marks={
                        r: _pick(rng, flow.MARKS)
                        for r in rng.sample(resource_ids, rng.randint(0, 1))
                    }
                    if reached
                    else {},
                    helpful=_pick(rng, flow.HELPFUL) if reached else None,
                    needs_met=_pick(rng, flow.NEEDS_MET) if reached else None,
                    self_care=rng.randint(1, 5),
                    followup_on=held_on + timedelta(days=rng.choice([2, 3, 7, 14]))
                    if follow
                    else None,
                    followup_plan=rng.choice(_PLANS) if follow else "",
                )
            )
        # A real supporter has done most earlier check-ins: leave a handful overdue.
        journal.conn.execute(
            "UPDATE followups SET status = 'done' WHERE status = 'open' AND due_on < ?"
            " AND id % 25 != 0",
            ((end - timedelta(days=2)).isoformat(),),
        )


# --- the demo's folder ----------------------------------------------------------------------------


def _stat_fields(pid: int) -> list[str]:
    """The fields of ``/proc/PID/stat`` after the command name (state first); empty where that
    cannot be read."""
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rpartition(")")[2].split()
    except (OSError, UnicodeDecodeError):
        return []


def _started(pid: int) -> str:
    """When process ``pid`` started (clock ticks after boot), to tell it from a later process
    that got the same id; empty where that cannot be read."""
    fields = _stat_fields(pid)
    return fields[19] if len(fields) > 19 else ""


def _owner_alive(tag: str) -> bool:
    pid_text, _, started = tag.strip().partition(" ")
    try:
        pid = int(pid_text)
    except ValueError:
        return True  # not written by us: leave it alone
    if pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process has this id now: keep the folder to be safe
    fields = _stat_fields(pid)
    if fields and fields[0] in ("Z", "X"):
        return False  # killed, not yet waited for by its parent: dead all the same
    return not started or _started(pid) in ("", started)


def make_demo_folder(parent: Path | None = None) -> Path:
    """A new private temporary folder (0700) for a demo journal, marked with this process."""
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX, dir=parent))
    pid = os.getpid()
    owner = folder / OWNER_FILE
    create_private_file(owner)  # owner-only from creation, whatever the umask
    owner.write_text(f"{pid} {_started(pid)}\n", encoding="ascii")
    return folder


def remove_stale_demo_folders(parent: Path | None = None) -> list[Path]:
    """Remove the demo folders a killed demo left behind; return them.

    Only folders that are PeerDesk demo folders (named so, real folders and not links, holding
    the owner file), owned by this user, whose process is gone. Anything else is left alone.
    """
    if os.name != "posix":
        return []
    removed = []
    for folder in Path(parent or tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        try:
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
                continue
            owner = folder / OWNER_FILE
            if owner.is_symlink():
                continue
            tag = owner.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            continue
        if _owner_alive(tag):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    if removed:
        log.info("removed %d demo folder(s) left by a demo that was stopped", len(removed))
    return removed

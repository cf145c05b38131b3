"""Journal a typical session once, with the keyboard only, and count the keys (issue 13, Tests).

The scenario: an accepted proactive outreach to a nurse after an adverse event, all six elements
ticked, two referrals, a follow-up in a week with a short plan, and one short "anything else"
note. Every key goes to the widget that has the focus, as a supporter's would. Done when: at
most 45 keys besides the typed words, no field typed into twice, the session saved exactly as
meant, and the whole at 40 words per minute (5 characters a word, every key counted at the same
rate) within two minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk import flow, report
from peerdesk.insights import Month, Period, compute
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, SESSION_NOTE
from peerdesk.tags import DRIVER, EVENT
from tests.conftest import Clock
from tests.ui.test_session_form import asks, make_form
from ui.session.session_form import SessionForm

__all__ = ["asks", "make_form"]  # fixtures used by name

PLAN = "Short call after the review"
ANYTHING_ELSE = (
    "Dreads the review meeting next week and keeps replaying the night; relieved to hear "
    "that this happens to many of us. Wants to hear from the team lead before the meeting."
)
KEY_BUDGET = 45
WORDS_PER_MINUTE = 40
CHARS_PER_WORD = 5
Mod = Qt.KeyboardModifier


class Keyboard:
    """Presses keys on whatever has the focus, and keeps count: keys for moving and choosing,
    characters of the words typed (the plan and the note), and which field took typed text."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.words_chars = 0
        self.typed_into: list[QWidget] = []  # one entry per run of typing, by field

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        self.keys += 1
        self.qtbot.keyClick(self.focused(), key, modifier)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Mod.AltModifier)

    def choose(self, text: str) -> None:
        """Keys that pick or fill in a field (counted as keys)."""
        self._note_field()
        self.keys += len(text)
        self.qtbot.keyClicks(self.focused(), text)

    def write(self, text: str) -> None:
        """Words only the supporter can give (counted as characters of text)."""
        self._note_field()
        self.words_chars += len(text)
        self.qtbot.keyClicks(self.focused(), text)

    def _note_field(self) -> None:
        self.typed_into.append(self.focused())

    def seconds_at(self, wpm: int) -> float:
        return (self.keys + self.words_chars) / (wpm * CHARS_PER_WORD) * 60


def test_a_typical_session_takes_few_keys_and_under_two_minutes_at_40_wpm(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, clock: Clock
) -> None:
    form = make_form()
    kb = Keyboard(qtbot)
    adverse = journal.tags.all(EVENT)[0]
    anxiety = next(t for t in journal.tags.all(DRIVER) if t.label.lower().startswith("a"))
    assert adverse.label.lower().startswith("a")

    # Context: who, how long, how, what kind, the outcome, their role, the tags.
    assert kb.focused() is form.context.peer
    kb.choose("Heron")  # a new peer's pseudonym
    kb.alt("u")  # D&uration
    kb.choose("30")
    kb.press(Qt.Key.Key_Tab)
    kb.choose("p")  # Mode: Phone
    kb.press(Qt.Key.Key_Tab)
    kb.choose("p")  # Kind of contact: Proactive outreach
    kb.alt("o")  # &Outcome (past "Referred by")
    kb.choose("a")  # Accepted
    kb.press(Qt.Key.Key_Tab)
    kb.choose("n")  # Peer's role: Nurse
    kb.press(Qt.Key.Key_Tab)
    assert kb.focused() is form.context.events
    kb.choose("a")  # to "Adverse event or error"
    kb.press(Qt.Key.Key_Space)
    kb.press(Qt.Key.Key_Tab)
    kb.choose("a")  # to the first driver starting with A
    kb.press(Qt.Key.Key_Space)

    # The six elements: one tick each (the ticks are the record).
    ticked: dict[str, list[str]] = {}
    for step in ("reach_out", "listen", "reframe", "learn", "cope"):
        kb.press(Qt.Key.Key_PageDown, Mod.ControlModifier)
        assert form.current_step() == step
        first = next(iter(form.tick_boxes[step]))
        assert kb.focused() is form.tick_boxes[step][first]
        kb.press(Qt.Key.Key_Space)
        ticked[step] = [first]
    kb.press(Qt.Key.Key_PageDown, Mod.ControlModifier)
    assert form.current_step() == "resources"
    offers = form.resources.offers
    assert kb.focused() is offers.tree  # on the first kind of help: the EAP
    kb.press(Qt.Key.Key_3)  # referred
    kb.press(Qt.Key.Key_Down)  # the physician health program
    kb.press(Qt.Key.Key_3)

    # Closing and follow-up: thanks, a follow-up in a week (the default), its plan.
    kb.press(Qt.Key.Key_PageDown, Mod.ControlModifier)
    assert form.current_step() == "close"
    kb.press(Qt.Key.Key_Space)  # Thanked them
    kb.press(Qt.Key.Key_Tab)
    kb.press(Qt.Key.Key_Space)  # Agreed a follow-up
    kb.alt("l")  # P&lan
    kb.write(PLAN)
    kb.alt("a")  # &Anything else, in view on every step
    assert kb.focused() is form.session_note.edit
    kb.write(ANYTHING_ELSE)
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        kb.press(Qt.Key.Key_S, Mod.ControlModifier)

    s = journal.sessions.get(saved.args[0])
    peer = journal.peers.find("Heron")
    assert peer is not None
    held_on = clock.now.date()
    assert (s.status, s.peer_id, s.held_on, s.duration_minutes) == (FINISHED, peer.id, held_on, 30)
    assert (s.mode, s.contact_kind, s.referred_by) == ("phone", "proactive_outreach", None)
    assert (s.outreach_outcome, s.role_band) == ("accepted", "nurse")
    assert (s.events, s.drivers) == ([adverse.id], [anxiety.id])
    assert s.ticked == {
        **ticked,
        "resources": ["made_referral", "offered_resources"],  # follow from the marks
        "close": ["agreed_follow_up", "thanked_peer"],
    }
    assert s.referral_marks == {"eap": flow.REFERRED, "physician_health": flow.REFERRED}
    assert s.resource_marks == {}
    assert (s.followup_on, s.followup_plan) == (held_on + timedelta(days=7), PLAN)
    assert s.notes == {SESSION_NOTE: ANYTHING_ELSE}  # the steps asked for no words
    (followup,) = journal.followups.open()
    assert (followup.peer_id, followup.due_on) == (peer.id, held_on + timedelta(days=7))
    assert [hit.session_id for hit in journal.search.run("replaying")] == [s.id]

    # Insights count the two referrals (the 0% came from marks that were mentions), and
    # so does the report, within its suppression (one conversation is below any threshold).
    month = Month.of(held_on)
    found = compute(journal.conn, Period(month, month), held_on)
    assert {c.id: c.count for c in found.referrals if c.count} == {
        "eap": 1,
        "physician_health": 1,
    }
    assert (found.conversations_with_referral, found.referral_rate) == (1, 100)
    assert (found.conversations_with_mention, found.conversations_with_handout) == (0, 0)
    # The report holds the referrals back: a count of 1 is below any threshold, and every count
    # that adds up with it goes with it (the referral kinds and the conversations with one).
    built = report.build(found, report.MIN_THRESHOLD)
    referrals = [line.cell for line in built.section("referral")]
    assert referrals and all(cell.held for cell in referrals)
    assert built.cell("conversations_with_referral").held
    assert built.cell("conversations_with_mention").high == 0

    # No field typed into twice; the counts and the time.
    assert len(kb.typed_into) == len(set(kb.typed_into)), [
        w.accessibleName() for w in kb.typed_into
    ]
    assert kb.keys <= KEY_BUDGET, kb.keys
    seconds = kb.seconds_at(WORDS_PER_MINUTE)
    assert seconds <= 120, seconds
    print(
        f"\nkeys besides the words: {kb.keys}; characters of words: {kb.words_chars}; "
        f"at {WORDS_PER_MINUTE} wpm: {seconds:.0f} s; at 80 wpm: {kb.seconds_at(80):.0f} s"
    )

"""One hundred mixed searches, as a supporter might type them into the demo journal.

Common words that match a large part of the journal, prefixes, specific words, several words,
quoted phrases, excluded words, words the journal does not hold, and FTS5 syntax, accents and
emoji typed as plain text. Every one of them gives a search (``build_query`` is not None).
"""

from __future__ import annotations

COMMON = ("the", "after", "call", "talk", "week", "colleague", "shift", "team", "help", "day")
PREFIXES = (
    "sle", "wor", "rel", "gui", "rev", "coff", "mus", "par", "tru", "gri",
    "ang", "pro", "pat", "ni", "fa",
)  # fmt: skip
WORDS = (
    "alone", "guilty", "tired", "partner", "dog", "running", "grief", "mistakes", "staffing",
    "incident", "complaint", "decision", "relieved", "factors", "video", "coffee", "music",
    "sleep", "trusted", "meeting",
)  # fmt: skip
SEVERAL = (
    "sleeping badly", "review meeting", "hard week", "video call", "trusted colleague",
    "night over", "good clinicians", "team moved", "walks dog", "protect sleep",
    "angry staffing", "feels alone", "short message", "phone shifts", "talk partner",
)  # fmt: skip
PHRASES = (
    '"review meeting"', '"between shifts"', '"moved on"', '"out loud"', '"every serious event"',
    '"end of the day"', '"hard week"', '"twice this week"', '"trusted colleague"',
    '"replaying the night"',
)  # fmt: skip
EXCLUDING = (
    "call -video", "talk -hard", "sleep -days", "colleague -trusted", "week -hard",
    "tired -relieved", "shift -night", "alone -incident", "meeting -review", "music -walks",
)  # fmt: skip
ABSENT = (
    "zebra", "xylophone", "cardiology", "lawsuit", "handover", "paediatric", "burnout",
    "quantum", "résumé", "oncology",
)  # fmt: skip
ODD = (
    "sleep*", "NEAR(alone", "(angry)", "text:tired", "^guilty", "+team", "alone OR tired",
    "café", "naïve plan", "😀 coffee",
)  # fmt: skip

QUERIES: tuple[str, ...] = COMMON + PREFIXES + WORDS + SEVERAL + PHRASES + EXCLUDING + ABSENT + ODD

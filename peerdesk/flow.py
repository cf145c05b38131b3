"""The conversation flow and the fixed vocabularies of a session record, defined once as data.

The UI renders these steps and choices; the journal stores only the choice ids. Ids are stable
slugs: once released, an id never changes, because stored sessions and statistics refer to it.
Labels and guidance may be reworded freely. Every text the supporter reads is marked with
``QT_TRANSLATE_NOOP("Flow", …)`` so the translation catalogue has it; the ui shows it translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from peerdesk.translation import QT_TRANSLATE_NOOP

__all__ = [
    "CONTACT_KINDS",
    "DEFAULT_DRIVER_TAGS",
    "DEFAULT_EVENT_TAGS",
    "FLOW",
    "HANDOUT",
    "HELPFUL",
    "MARKS",
    "MENTIONED",
    "MODES",
    "NEEDS_MET",
    "OUTREACH_OUTCOMES",
    "REFERRAL_TYPES",
    "REFERRED",
    "REFERRED_BY",
    "ROLE_BANDS",
    "SELF_CARE_SCALE",
    "STEP_IDS",
    "STRAIGHT_TO_FOLLOWUP_OUTCOMES",
    "Choice",
    "Flow",
    "Step",
    "choice_ids",
    "label_of",
    "validate_choices",
    "validate_flow",
]

SLUG = re.compile(r"^[a-z0-9_]+$")

# Context, the six elements of a peer-support conversation in order, then Closing.
STEP_IDS: tuple[str, ...] = (
    "context",
    "reach_out",
    "listen",
    "reframe",
    "learn",
    "cope",
    "resources",
    "close",
)


@dataclass(frozen=True)
class Choice:
    """One option the supporter can pick; `id` is what the journal stores."""

    id: str
    label: str


@dataclass(frozen=True)
class Step:
    """One step of the session form: what it is for, hints, and what the supporter did."""

    id: str
    number: int | None
    title: str
    purpose: str
    guidance: tuple[str, ...]
    avoid: tuple[str, ...]
    items: tuple[Choice, ...]
    has_notes: bool = True
    # Checklist items the app ticks itself from other fields (never shown as a box to tick):
    # their ids stay valid in stored sessions and are recomputed on every save.
    derived: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Flow:
    """The ordered steps of a session record."""

    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        known = ", ".join(self.step_ids())
        raise KeyError(f"unknown step {step_id!r} (known steps: {known})")

    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)

    def item_ids(self, step_id: str) -> frozenset[str]:
        """Every checklist id a stored session may hold for the step (derived ones too)."""
        step = self.step(step_id)
        return choice_ids(step.items + step.derived)


def choice_ids(choices: tuple[Choice, ...]) -> frozenset[str]:
    """The ids of `choices`."""
    return frozenset(choice.id for choice in choices)


def label_of(choices: tuple[Choice, ...], choice_id: str) -> str:
    """The label for `choice_id`, or the id itself when the vocabulary no longer knows it."""
    for choice in choices:
        if choice.id == choice_id:
            return choice.label
    return choice_id


# --- Validation -------------------------------------------------------------------------------


def _check_ids(ids: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for choice_id in ids:
        if not SLUG.fullmatch(choice_id):
            raise ValueError(f"{where}: id {choice_id!r} is not a lowercase snake_case slug")
        if choice_id in seen:
            raise ValueError(f"{where}: duplicate id {choice_id!r}")
        seen.add(choice_id)


def validate_choices(choices: tuple[Choice, ...], name: str = "choices") -> None:
    """Raise ValueError unless every id is a unique slug and every label is non-empty."""
    if not choices:
        raise ValueError(f"{name}: vocabulary is empty")
    _check_ids((choice.id for choice in choices), name)
    for choice in choices:
        if not choice.label.strip():
            raise ValueError(f"{name}: choice {choice.id!r} has an empty label")


def validate_flow(flow: Flow) -> None:
    """Raise ValueError unless the steps are Context, the six elements in order, then Closing."""
    if flow.step_ids() != STEP_IDS:
        raise ValueError(f"flow: steps are {flow.step_ids()}, expected {STEP_IDS}")
    expected_numbers: tuple[int | None, ...] = (None, 1, 2, 3, 4, 5, 6, None)
    for step, number in zip(flow.steps, expected_numbers, strict=True):
        if step.number != number:
            raise ValueError(f"flow: step {step.id!r} has number {step.number}, expected {number}")
        if not step.guidance or not step.avoid:
            raise ValueError(f"flow: step {step.id!r} needs guidance and things to avoid")
        _check_ids((item.id for item in step.items + step.derived), f"flow step {step.id!r}")
    # Item ids are unique across the whole flow too, so a ticked item never needs its step
    # to be understood (statistics can count item ids directly).
    _check_ids((item.id for step in flow.steps for item in step.items + step.derived), "flow items")


# --- The conversation flow --------------------------------------------------------------------

_CONTEXT = Step(
    id="context",
    number=None,
    title=QT_TRANSLATE_NOOP("Flow", "Context"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Note who you spoke with, when and how, in as few words as you can."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "Use the peer's pseudonym. Contact details belong on the peer card, if anywhere.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Record the minimum: no diagnoses, no clinical details, no names of patients or staff.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Tick the event and stress tags that fit, and leave out what you don't know."
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "A declined or unanswered outreach still counts. Save it and plan when to try again.",
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP(
            "Flow", "A real name, or the name of a patient or colleague, anywhere in the note."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Case details, record numbers or dates that could point to a patient."
        ),
        QT_TRANSLATE_NOOP("Flow", "Your own guesses about a diagnosis."),
    ),
    items=(),
)

_REACH_OUT = Step(
    id="reach_out",
    number=1,
    title=QT_TRANSLATE_NOOP("Flow", "Reach out"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Offer support so that saying yes feels ordinary and saying no feels fine."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow", "Say you contact everyone after events like this, so nobody feels singled out."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Ask if now is a good moment, and offer another time if it is not."
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Explain what stays between you, and the one exception: "
            "when someone's safety is at risk.",
        ),
        QT_TRANSLATE_NOOP("Flow", "Let them know a no is fine and the offer stays open."),
    ),
    avoid=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "A vague 'call me if you need anything': offer a time, or say when you will try again.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Hinting that you called because others are worried about how they are coping."
        ),
        QT_TRANSLATE_NOOP("Flow", "Carrying on when they have said now is a bad time."),
        QT_TRANSLATE_NOOP("Flow", "Promising complete secrecy with no exceptions."),
    ),
    items=(
        Choice("framed_as_routine", QT_TRANSLATE_NOOP("Flow", "Framed the call as routine")),
        Choice("checked_timing", QT_TRANSLATE_NOOP("Flow", "Checked it was a good time")),
        Choice(
            "explained_confidentiality",
            QT_TRANSLATE_NOOP("Flow", "Explained confidentiality and its limits"),
        ),
        Choice("made_declining_easy", QT_TRANSLATE_NOOP("Flow", "Made it easy to say no")),
    ),
)

_LISTEN = Step(
    id="listen",
    number=2,
    title=QT_TRANSLATE_NOOP("Flow", "Listen and reflect"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Give them room to say what happened and how it hit them, in their own words."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow", "Ask an open question, such as how things have been since, then mostly listen."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Name the feelings you hear, and say that reactions like these are common."
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Let them know they are not the only one: many colleagues have felt this way too.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Share your own story only briefly and only if it helps them, then turn back to them.",
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP(
            "Flow", "Telling them how they should feel, or that they shouldn't feel that way."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Asking for clinical details or judging the care that was given."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Turning the talk to your own experience, or rushing to fix things."
        ),
    ),
    items=(
        Choice("open_questions", QT_TRANSLATE_NOOP("Flow", "Asked open questions")),
        Choice("reflected_feelings", QT_TRANSLATE_NOOP("Flow", "Reflected their feelings back")),
        Choice(
            "normalised_reactions", QT_TRANSLATE_NOOP("Flow", "Said their reactions are normal")
        ),
        Choice(
            "validated_experience", QT_TRANSLATE_NOOP("Flow", "Validated what they went through")
        ),
        Choice(
            "shared_own_experience",
            QT_TRANSLATE_NOOP("Flow", "Shared my own experience briefly, only where it helped"),
        ),
    ),
)

_REFRAME = Step(
    id="reframe",
    number=3,
    title=QT_TRANSLATE_NOOP("Flow", "Reframe"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Help them see their feelings in a wider frame, without taking the feelings away."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow", "Acknowledge the feeling first. A new angle only helps once they feel heard."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Remind them of the good they do and the patients they have helped."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Every clinician makes mistakes, and systems and teams shape outcomes too."
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP(
            "Flow", "Brushing it off, as in 'it was nothing' or 'everyone slips up, move on'."
        ),
        QT_TRANSLATE_NOOP("Flow", "Passing judgement on their clinical decisions."),
        QT_TRANSLATE_NOOP("Flow", "Blaming a named colleague or team."),
    ),
    items=(
        Choice(
            "acknowledged_feelings",
            QT_TRANSLATE_NOOP("Flow", "Acknowledged feelings without minimising them"),
        ),
        Choice("pointed_to_good_work", QT_TRANSLATE_NOOP("Flow", "Pointed to the good they do")),
        Choice(
            "fallibility_and_systems",
            QT_TRANSLATE_NOOP("Flow", "Talked about human fallibility and system factors"),
        ),
    ),
)

_LEARN = Step(
    id="learn",
    number=4,
    title=QT_TRANSLATE_NOOP("Flow", "Learn and teach"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Help them make sense of the event and find something worth carrying forward."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "When they seem ready, ask what they might take from this. Some are not ready yet.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Passing a lesson on to colleagues can help others and give the event some meaning.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Keep to the lesson itself; the case details don't belong in your notes."
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP("Flow", "Running your own root-cause analysis or inquiry into the case."),
        QT_TRANSLATE_NOOP("Flow", "Pushing them to find a lesson before they are ready."),
    ),
    items=(
        Choice("explored_lessons", QT_TRANSLATE_NOOP("Flow", "Explored what can be learned")),
        Choice(
            "invited_sharing",
            QT_TRANSLATE_NOOP("Flow", "Invited them to share lessons with colleagues"),
        ),
    ),
)

_COPE = Step(
    id="cope",
    number=5,
    title=QT_TRANSLATE_NOOP("Flow", "Cope"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Reconnect them with their own ways of coping and the people around them."
    ),
    guidance=(
        QT_TRANSLATE_NOOP("Flow", "Ask what has helped them through hard times before."),
        QT_TRANSLATE_NOOP("Flow", "Name the strengths you heard in what they told you."),
        QT_TRANSLATE_NOOP("Flow", "Ask who they can lean on: family, friends, colleagues."),
        QT_TRANSLATE_NOOP("Flow", "Check in on sleep, meals, movement and time off."),
    ),
    avoid=(
        QT_TRANSLATE_NOOP("Flow", "Handing them a list of things they should do."),
        QT_TRANSLATE_NOOP("Flow", "Suggesting they just need to be more resilient."),
    ),
    items=(
        Choice("asked_past_coping", QT_TRANSLATE_NOOP("Flow", "Asked what helped them before")),
        Choice("named_strengths", QT_TRANSLATE_NOOP("Flow", "Named their strengths")),
        Choice(
            "discussed_support_network",
            QT_TRANSLATE_NOOP("Flow", "Talked about family, friends and colleagues"),
        ),
        Choice(
            "discussed_self_care", QT_TRANSLATE_NOOP("Flow", "Talked about sleep and self-care")
        ),
    ),
)

_RESOURCES = Step(
    id="resources",
    number=6,
    title=QT_TRANSLATE_NOOP("Flow", "Connect to resources"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "Offer more help when peer support is not enough; act at once if safety is at risk."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow", "Mark each resource or kind of help as mentioned, handout given or referred."
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Only referred counts as a referral: you made or arranged the contact yourself."
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "If you think someone is in danger, follow your program's safety steps straight away.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "The journal records only that an escalation happened, never what was said or to whom.",
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "Presenting a referral as a sign that they failed or that you are stepping away.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Writing down what was said in a safety situation, or any diagnosis."
        ),
        QT_TRANSLATE_NOOP("Flow", "Holding on to a safety concern on your own."),
    ),
    items=(
        Choice("escalated_safety_concern", QT_TRANSLATE_NOOP("Flow", "Escalated a safety concern")),
    ),
    # Ticked from the step's list of resources and kinds of help (see MARKS): any mark
    # ticks the first, a *referred* mark the second.
    derived=(
        Choice("offered_resources", QT_TRANSLATE_NOOP("Flow", "Offered resources")),
        Choice("made_referral", QT_TRANSLATE_NOOP("Flow", "Made a referral")),
    ),
)

_CLOSE = Step(
    id="close",
    number=None,
    title=QT_TRANSLATE_NOOP("Flow", "Closing and follow-up"),
    purpose=QT_TRANSLATE_NOOP(
        "Flow", "End warmly, agree on the next step, and check in on yourself."
    ),
    guidance=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "Thank them for their trust and their time, and for the work they do for patients.",
        ),
        QT_TRANSLATE_NOOP("Flow", "Agree a follow-up: when, and what you will do."),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Before saving, reread your notes: no diagnoses, clinical details or names of others.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow", "Take a moment for yourself, and ask for a debrief if this one stays with you."
        ),
    ),
    avoid=(
        QT_TRANSLATE_NOOP("Flow", "Ending with no next step and no way to reach you."),
        QT_TRANSLATE_NOOP("Flow", "Promising more than you can give."),
        QT_TRANSLATE_NOOP("Flow", "Skipping your own check-in because you feel fine right now."),
    ),
    items=(
        Choice("thanked_peer", QT_TRANSLATE_NOOP("Flow", "Thanked them and showed appreciation")),
        Choice("agreed_follow_up", QT_TRANSLATE_NOOP("Flow", "Agreed a follow-up")),
    ),
)

FLOW = Flow(
    steps=(_CONTEXT, _REACH_OUT, _LISTEN, _REFRAME, _LEARN, _COPE, _RESOURCES, _CLOSE),
)

# --- Fixed vocabularies (stored as ids, counted in reports) -----------------------------------

MODES: tuple[Choice, ...] = (
    Choice("phone", QT_TRANSLATE_NOOP("Flow", "Phone")),
    Choice("video", QT_TRANSLATE_NOOP("Flow", "Video")),
    Choice("in_person", QT_TRANSLATE_NOOP("Flow", "In person")),
    Choice("text", QT_TRANSLATE_NOOP("Flow", "Text message")),
)

CONTACT_KINDS: tuple[Choice, ...] = (
    Choice("proactive_outreach", QT_TRANSLATE_NOOP("Flow", "Proactive outreach")),
    Choice("peer_asked", QT_TRANSLATE_NOOP("Flow", "Peer asked for support")),
    Choice("follow_up", QT_TRANSLATE_NOOP("Flow", "Follow-up")),
    Choice("group", QT_TRANSLATE_NOOP("Flow", "Group session")),
)

REFERRED_BY: tuple[Choice, ...] = (
    Choice("self", QT_TRANSLATE_NOOP("Flow", "Self")),
    Choice("colleague", QT_TRANSLATE_NOOP("Flow", "Colleague")),
    Choice("leader", QT_TRANSLATE_NOOP("Flow", "Leader or manager")),
    Choice("risk_or_quality", QT_TRANSLATE_NOOP("Flow", "Risk or quality office")),
    Choice("other", QT_TRANSLATE_NOOP("Flow", "Other")),
)

OUTREACH_OUTCOMES: tuple[Choice, ...] = (
    Choice("accepted", QT_TRANSLATE_NOOP("Flow", "Accepted")),
    Choice("declined", QT_TRANSLATE_NOOP("Flow", "Declined")),
    Choice("no_answer", QT_TRANSLATE_NOOP("Flow", "No answer")),
    Choice("later", QT_TRANSLATE_NOOP("Flow", "Asked to talk later")),
)

# Broad bands only: a finer role (a specialty, a unit) could identify the peer.
ROLE_BANDS: tuple[Choice, ...] = (
    Choice("physician", QT_TRANSLATE_NOOP("Flow", "Physician")),
    Choice("resident_or_student", QT_TRANSLATE_NOOP("Flow", "Resident or student")),
    Choice("nurse", QT_TRANSLATE_NOOP("Flow", "Nurse")),
    Choice("advanced_practice", QT_TRANSLATE_NOOP("Flow", "Advanced practice clinician")),
    Choice("allied_health", QT_TRANSLATE_NOOP("Flow", "Allied health professional")),
    Choice("other", QT_TRANSLATE_NOOP("Flow", "Other")),
)

REFERRAL_TYPES: tuple[Choice, ...] = (
    Choice("eap", QT_TRANSLATE_NOOP("Flow", "Employee assistance program")),
    Choice("physician_health", QT_TRANSLATE_NOOP("Flow", "Physician health program")),
    Choice("mental_health", QT_TRANSLATE_NOOP("Flow", "Mental health professional")),
    Choice("chaplain", QT_TRANSLATE_NOOP("Flow", "Chaplain or spiritual care")),
    Choice("crisis_line", QT_TRANSLATE_NOOP("Flow", "Crisis line")),
    Choice(
        "legal_support", QT_TRANSLATE_NOOP("Flow", "Legal or risk-management support for a review")
    ),
    Choice("other", QT_TRANSLATE_NOOP("Flow", "Other")),
)

HELPFUL: tuple[Choice, ...] = (
    Choice("yes", QT_TRANSLATE_NOOP("Flow", "Yes")),
    Choice("partly", QT_TRANSLATE_NOOP("Flow", "Partly")),
    Choice("no", QT_TRANSLATE_NOOP("Flow", "No")),
    Choice("unsure", QT_TRANSLATE_NOOP("Flow", "Not sure")),
)

NEEDS_MET: tuple[Choice, ...] = (
    Choice("yes", QT_TRANSLATE_NOOP("Flow", "Yes")),
    Choice("partly", QT_TRANSLATE_NOOP("Flow", "Partly")),
    Choice("no", QT_TRANSLATE_NOOP("Flow", "No")),
    Choice("unsure", QT_TRANSLATE_NOOP("Flow", "Not sure")),
)

SELF_CARE_SCALE: tuple[Choice, ...] = (
    Choice("1", QT_TRANSLATE_NOOP("Flow", "Depleted")),
    Choice("2", QT_TRANSLATE_NOOP("Flow", "Strained")),
    Choice("3", QT_TRANSLATE_NOOP("Flow", "Getting by")),
    Choice("4", QT_TRANSLATE_NOOP("Flow", "Okay")),
    Choice("5", QT_TRANSLATE_NOOP("Flow", "Doing well")),
)

# How far the supporter went with a resource or a kind of help in step 6, weakest first. Only
# REFERRED (the supporter made or arranged the contact) counts as a referral in statistics.
MENTIONED = "mentioned"
HANDOUT = "handout"
REFERRED = "referred"
MARKS: tuple[Choice, ...] = (
    Choice(MENTIONED, QT_TRANSLATE_NOOP("Flow", "Mentioned")),
    Choice(HANDOUT, QT_TRANSLATE_NOOP("Flow", "Handout given")),
    Choice(REFERRED, QT_TRANSLATE_NOOP("Flow", "Referred")),
)

# Outreach that did not become a conversation goes straight to follow-up planning.
STRAIGHT_TO_FOLLOWUP_OUTCOMES: frozenset[str] = frozenset({"declined", "no_answer"})

# --- Editable tag vocabularies: defaults only; the journal keeps the editable copy ------------

DEFAULT_EVENT_TAGS: tuple[Choice, ...] = (
    Choice("adverse_event_or_error", QT_TRANSLATE_NOOP("Flow", "Adverse event or error")),
    Choice("unexpected_death_or_outcome", QT_TRANSLATE_NOOP("Flow", "Unexpected death or outcome")),
    Choice("trauma_or_mass_casualty", QT_TRANSLATE_NOOP("Flow", "Trauma or mass casualty")),
    Choice("lawsuit_or_complaint", QT_TRANSLATE_NOOP("Flow", "Lawsuit or complaint")),
    Choice("licensing_board_matter", QT_TRANSLATE_NOOP("Flow", "Licensing board matter")),
    Choice("patient_aggression", QT_TRANSLATE_NOOP("Flow", "Patient aggression")),
    Choice("conflict", QT_TRANSLATE_NOOP("Flow", "Conflict")),
    Choice("colleague_death_or_illness", QT_TRANSLATE_NOOP("Flow", "Colleague's death or illness")),
    Choice("burnout_or_moral_injury", QT_TRANSLATE_NOOP("Flow", "Burnout or moral injury")),
    Choice("change_at_work", QT_TRANSLATE_NOOP("Flow", "Change at work")),
    Choice("personal_life_stressor", QT_TRANSLATE_NOOP("Flow", "Personal life stressor")),
)

# Second-victim support (after an adverse event) is the commonest case: its feelings come first.
DEFAULT_DRIVER_TAGS: tuple[Choice, ...] = (
    Choice("self_blame_or_guilt", QT_TRANSLATE_NOOP("Flow", "Self-blame or guilt")),
    Choice("feeling_isolated", QT_TRANSLATE_NOOP("Flow", "Feeling isolated")),
    Choice("shame_or_fear_of_judgement", QT_TRANSLATE_NOOP("Flow", "Shame or fear of judgement")),
    Choice(
        "fear_of_review_or_litigation",
        QT_TRANSLATE_NOOP("Flow", "Fear of the review, litigation or licensing process"),
    ),
    Choice(
        "replaying_or_poor_sleep",
        QT_TRANSLATE_NOOP("Flow", "Replaying the event or trouble sleeping"),
    ),
    Choice("anxiety_or_low_mood", QT_TRANSLATE_NOOP("Flow", "Anxiety or low mood")),
    Choice("work_overload", QT_TRANSLATE_NOOP("Flow", "Work overload")),
    Choice("not_feeling_valued", QT_TRANSLATE_NOOP("Flow", "Not feeling valued")),
    Choice("loss_of_meaning", QT_TRANSLATE_NOOP("Flow", "Loss of meaning")),
    Choice("childcare_or_family_care", QT_TRANSLATE_NOOP("Flow", "Childcare or family care")),
    Choice(
        "reducing_hours_or_leaving",
        QT_TRANSLATE_NOOP("Flow", "Thinking of reducing hours or leaving"),
    ),
    Choice(
        "fear_of_exposure", QT_TRANSLATE_NOOP("Flow", "Fear of exposure or transmission")
    ),  # kept: the id is stable
)


def validate_module() -> None:
    vocabularies: dict[str, tuple[Choice, ...]] = {
        "MODES": MODES,
        "CONTACT_KINDS": CONTACT_KINDS,
        "REFERRED_BY": REFERRED_BY,
        "OUTREACH_OUTCOMES": OUTREACH_OUTCOMES,
        "ROLE_BANDS": ROLE_BANDS,
        "REFERRAL_TYPES": REFERRAL_TYPES,
        "MARKS": MARKS,
        "HELPFUL": HELPFUL,
        "NEEDS_MET": NEEDS_MET,
        "SELF_CARE_SCALE": SELF_CARE_SCALE,
        "DEFAULT_EVENT_TAGS": DEFAULT_EVENT_TAGS,
        "DEFAULT_DRIVER_TAGS": DEFAULT_DRIVER_TAGS,
    }
    for name, choices in vocabularies.items():
        validate_choices(choices, name)
    validate_flow(FLOW)
    unknown = STRAIGHT_TO_FOLLOWUP_OUTCOMES - choice_ids(OUTREACH_OUTCOMES)
    if unknown:
        raise ValueError(f"STRAIGHT_TO_FOLLOWUP_OUTCOMES: not outreach outcomes: {sorted(unknown)}")


validate_module()

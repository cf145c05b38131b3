"""The conversation flow and vocabularies: shape, ids and the import-time validator."""

from __future__ import annotations

import dataclasses
import re

import pytest

from peerdesk import flow
from peerdesk.flow import (
    CONTACT_KINDS,
    DEFAULT_DRIVER_TAGS,
    DEFAULT_EVENT_TAGS,
    FLOW,
    HELPFUL,
    MODES,
    NEEDS_MET,
    OUTREACH_OUTCOMES,
    REFERRAL_TYPES,
    REFERRED_BY,
    ROLE_BANDS,
    SELF_CARE_SCALE,
    STRAIGHT_TO_FOLLOWUP_OUTCOMES,
    Choice,
    Flow,
    Step,
    choice_ids,
    label_of,
    validate_choices,
    validate_flow,
)

EXPECTED_STEPS = (
    "context",
    "reach_out",
    "listen",
    "reframe",
    "learn",
    "cope",
    "resources",
    "close",
)

VOCABULARIES: dict[str, tuple[Choice, ...]] = {
    "MODES": MODES,
    "CONTACT_KINDS": CONTACT_KINDS,
    "REFERRED_BY": REFERRED_BY,
    "OUTREACH_OUTCOMES": OUTREACH_OUTCOMES,
    "ROLE_BANDS": ROLE_BANDS,
    "REFERRAL_TYPES": REFERRAL_TYPES,
    "HELPFUL": HELPFUL,
    "NEEDS_MET": NEEDS_MET,
    "SELF_CARE_SCALE": SELF_CARE_SCALE,
    "DEFAULT_EVENT_TAGS": DEFAULT_EVENT_TAGS,
    "DEFAULT_DRIVER_TAGS": DEFAULT_DRIVER_TAGS,
    **{f"items of {step.id}": step.items for step in FLOW.steps if step.items},
}

SLUG = re.compile(r"^[a-z0-9_]+$")


def _all_text() -> list[str]:
    texts: list[str] = []
    for step in FLOW.steps:
        texts += [step.title, step.purpose, *step.guidance, *step.avoid]
        texts += [item.label for item in step.items]
    for choices in VOCABULARIES.values():
        texts += [choice.label for choice in choices]
    return texts


def test_steps_are_context_six_elements_then_close() -> None:
    assert FLOW.step_ids() == EXPECTED_STEPS
    assert [step.number for step in FLOW.steps] == [None, 1, 2, 3, 4, 5, 6, None]


def test_context_has_structured_fields_only_and_a_note() -> None:
    context = FLOW.step("context")
    assert context.items == ()
    assert context.has_notes


@pytest.mark.parametrize("step", FLOW.steps, ids=lambda step: step.id)
def test_every_step_has_purpose_guidance_and_things_to_avoid(step: Step) -> None:
    assert step.title.strip()
    assert step.purpose.strip()
    assert 2 <= len(step.guidance) <= 4
    assert 2 <= len(step.avoid) <= 4
    assert all(text.strip() for text in (*step.guidance, *step.avoid))


@pytest.mark.parametrize(
    "step", [s for s in FLOW.steps if s.number is not None], ids=lambda step: step.id
)
def test_every_element_has_at_least_two_items(step: Step) -> None:
    assert len(step.items + step.derived) >= 2


@pytest.mark.parametrize("name", VOCABULARIES)
def test_ids_are_unique_slugs(name: str) -> None:
    ids = [choice.id for choice in VOCABULARIES[name]]
    assert ids, name
    assert len(ids) == len(set(ids)), name
    assert all(SLUG.fullmatch(choice_id) for choice_id in ids), ids
    assert all(choice.label.strip() for choice in VOCABULARIES[name])


def test_item_ids_are_unique_across_the_whole_flow() -> None:
    ids = [item.id for step in FLOW.steps for item in step.items + step.derived]
    assert len(ids) == len(set(ids))


def test_step_six_derives_its_two_old_items_and_keeps_their_ids() -> None:
    """Stored sessions hold "offered_resources" and "made_referral": the ids stay valid, but
    the supporter no longer ticks them (the list of marks does)."""
    resources = FLOW.step("resources")
    assert [c.id for c in resources.derived] == ["offered_resources", "made_referral"]
    assert {"offered_resources", "made_referral"} <= FLOW.item_ids("resources")
    assert not {"offered_resources", "made_referral"} & choice_ids(resources.items)
    assert [c.id for c in flow.MARKS] == [flow.MENTIONED, flow.HANDOUT, flow.REFERRED]
    # The one line on what counts as a referral.
    (line,) = [g for g in resources.guidance if "counts as a referral" in g]
    assert "referred" in line.lower() and "arranged" in line


def test_guidance_for_second_victim_support() -> None:
    reach_out = " ".join(FLOW.step("reach_out").avoid).lower()
    assert "call me if you need anything" in reach_out
    listen = " ".join(FLOW.step("listen").guidance).lower()
    assert "common" in listen and "not the only one" in listen
    close = " ".join(FLOW.step("close").guidance).lower()
    assert "the work they do" in close


def test_the_legal_referral_kind_is_for_a_review() -> None:
    assert label_of(REFERRAL_TYPES, "legal_support") == (
        "Legal or risk-management support for a review"
    )
    assert [c.id for c in REFERRAL_TYPES] == [
        "eap",
        "physician_health",
        "mental_health",
        "chaplain",
        "crisis_line",
        "legal_support",
        "other",
    ]


def test_the_minimum_rule_is_stated_in_context_or_close() -> None:
    guidance = " ".join(FLOW.step("context").guidance + FLOW.step("close").guidance).lower()
    assert "diagnos" in guidance
    assert "clinical details" in guidance
    assert "names" in guidance


def test_resources_step_records_only_that_an_escalation_happened() -> None:
    resources = FLOW.step("resources")
    assert "escalated_safety_concern" in FLOW.item_ids("resources")
    assert resources.has_notes
    assert any("escalation" in text and "never" in text for text in resources.guidance)


def test_step_lookup_and_unknown_step() -> None:
    assert FLOW.step("cope").title == "Cope"
    with pytest.raises(KeyError, match="unknown step 'nope'"):
        FLOW.step("nope")
    with pytest.raises(KeyError):
        FLOW.item_ids("nope")


@pytest.mark.parametrize("step_id", EXPECTED_STEPS)
def test_item_ids_match_the_step_items(step_id: str) -> None:
    step = FLOW.step(step_id)
    assert FLOW.item_ids(step_id) == frozenset(item.id for item in step.items + step.derived)


def test_choice_ids_and_label_of() -> None:
    assert choice_ids(MODES) == {"phone", "video", "in_person", "text"}
    assert label_of(MODES, "in_person") == "In person"
    assert label_of(MODES, "carrier_pigeon") == "carrier_pigeon"
    assert label_of((), "anything") == "anything"


def test_fixed_vocabularies_hold_the_designed_ids() -> None:
    assert choice_ids(CONTACT_KINDS) == {"proactive_outreach", "peer_asked", "follow_up", "group"}
    assert choice_ids(REFERRED_BY) == {"self", "colleague", "leader", "risk_or_quality", "other"}
    assert choice_ids(OUTREACH_OUTCOMES) == {"accepted", "declined", "no_answer", "later"}
    assert {"eap", "physician_health", "mental_health", "chaplain", "crisis_line", "other"} <= (
        choice_ids(REFERRAL_TYPES)
    )
    assert choice_ids(HELPFUL) == choice_ids(NEEDS_MET) == {"yes", "partly", "no", "unsure"}
    assert [choice.id for choice in SELF_CARE_SCALE] == ["1", "2", "3", "4", "5"]
    assert "other" in choice_ids(ROLE_BANDS)


def test_straight_to_followup_outcomes_are_outreach_outcomes() -> None:
    assert {"declined", "no_answer"} == STRAIGHT_TO_FOLLOWUP_OUTCOMES
    assert choice_ids(OUTREACH_OUTCOMES) > STRAIGHT_TO_FOLLOWUP_OUTCOMES


def test_default_tags_cover_the_designed_categories() -> None:
    events = {choice.label.lower() for choice in DEFAULT_EVENT_TAGS}
    drivers = {choice.label.lower() for choice in DEFAULT_DRIVER_TAGS}
    assert len(DEFAULT_EVENT_TAGS) == 11
    assert len(DEFAULT_DRIVER_TAGS) == 12
    assert events == {
        "adverse event or error",
        "unexpected death or outcome",
        "trauma or mass casualty",
        "lawsuit or complaint",
        "licensing board matter",
        "patient aggression",
        "conflict",
        "colleague's death or illness",
        "burnout or moral injury",
        "change at work",
        "personal life stressor",
    }
    assert drivers == {
        "self-blame or guilt",
        "feeling isolated",
        "shame or fear of judgement",
        "fear of the review, litigation or licensing process",
        "replaying the event or trouble sleeping",
        "fear of exposure or transmission",
        "anxiety or low mood",
        "work overload",
        "not feeling valued",
        "loss of meaning",
        "childcare or family care",
        "thinking of reducing hours or leaving",
    }
    # Second-victim support first; the ids released before never change.
    assert [c.id for c in DEFAULT_DRIVER_TAGS][:5] == [
        "self_blame_or_guilt",
        "feeling_isolated",
        "shame_or_fear_of_judgement",
        "fear_of_review_or_litigation",
        "replaying_or_poor_sleep",
    ]
    assert {
        "fear_of_exposure",
        "anxiety_or_low_mood",
        "work_overload",
        "not_feeling_valued",
        "loss_of_meaning",
        "childcare_or_family_care",
        "reducing_hours_or_leaving",
    } < choice_ids(DEFAULT_DRIVER_TAGS)


def test_no_text_is_too_long_to_read_at_a_glance() -> None:
    too_long = [text for text in _all_text() if len(text) > 160]
    assert too_long == []


def test_flow_data_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FLOW.steps[0].title = "Changed"  # type: ignore[misc]


def test_validator_accepts_the_shipped_data() -> None:
    flow.validate_module()


def test_validator_rejects_a_duplicate_id() -> None:
    bad = (Choice("phone", "Phone"), Choice("phone", "Telephone"))
    with pytest.raises(ValueError, match="duplicate id 'phone'"):
        validate_choices(bad, "MODES")


@pytest.mark.parametrize("bad_id", ["In_Person", "in-person", "in person", ""])
def test_validator_rejects_an_id_that_is_not_a_slug(bad_id: str) -> None:
    with pytest.raises(ValueError, match="slug"):
        validate_choices((Choice(bad_id, "In person"),))


def test_validator_rejects_an_empty_label() -> None:
    with pytest.raises(ValueError, match="empty label"):
        validate_choices((Choice("phone", "  "),))


def test_validator_rejects_steps_out_of_order() -> None:
    steps = list(FLOW.steps)
    steps[1], steps[2] = steps[2], steps[1]
    with pytest.raises(ValueError, match="expected"):
        validate_flow(Flow(tuple(steps)))


def test_validator_rejects_a_wrong_step_number() -> None:
    steps = list(FLOW.steps)
    steps[3] = dataclasses.replace(steps[3], number=7)
    with pytest.raises(ValueError, match="number"):
        validate_flow(Flow(tuple(steps)))


def test_validator_rejects_an_item_id_used_in_two_steps() -> None:
    steps = list(FLOW.steps)
    reused = FLOW.step("listen").items[0]
    steps[3] = dataclasses.replace(steps[3], items=(*steps[3].items, reused))
    with pytest.raises(ValueError, match="duplicate id"):
        validate_flow(Flow(tuple(steps)))

"""The five conversation steps that hold only ticks and a note: Reach out to Cope."""

from __future__ import annotations

from ui.session.steps.step import StepWidget


class ChecklistStep(StepWidget):
    """Reach out, Listen and reflect, Reframe, Learn and teach, Cope: the checklist and a note."""

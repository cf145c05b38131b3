"""Two questions about a peer's open follow-up, asked by the session form.

- :func:`ask_to_complete`: the peer chosen for a new session has a follow-up planned; complete it
  with this session? Enter says yes: the session is linked to the follow-up, which is marked done
  when the session is finished (a draft that is discarded leaves it open).
- :func:`ask_second_followup`: the session plans a follow-up while the peer already has one open
  (the core refused with :class:`peerdesk.errors.SecondOpenFollowUp`); plan a second one? Enter
  says no, so nothing is added by a key pressed in passing.

Each comes as a builder (``*_box``, for tests and for callers that open it themselves) and a
function that asks and returns the decision.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from peerdesk.followups import FollowUp
from ui.widgets.dates import day_month_year


class CompleteOffer(QMessageBox):
    """ "<peer> has a follow-up planned for <date>: complete it with this session?" """

    def __init__(self, followup: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.followup = followup
        peer = followup.peer or self.tr("This peer")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Planned follow-up"))
        self.setText(
            self.tr(
                "{peer} has a follow-up planned for {date}: complete it with this session?"
            ).format(peer=peer, date=day_month_year(followup.due_on))
        )
        if followup.plan:
            self.setInformativeText(self.tr("The plan: {plan}").format(plan=followup.plan))
        self.yes_button: QPushButton = self.addButton(
            self.tr("&Yes, complete it"), QMessageBox.ButtonRole.YesRole
        )
        self.no_button: QPushButton = self.addButton(
            self.tr("&No, a separate session"), QMessageBox.ButtonRole.NoRole
        )
        self.setDefaultButton(self.yes_button)
        self.setEscapeButton(self.no_button)


class SecondFollowUpQuestion(QMessageBox):
    """ "<peer> already has a follow-up planned for <date>. Plan a second one?" """

    def __init__(self, peer: str, due_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("A second follow-up"))
        self.setText(
            self.tr("{peer} already has a follow-up planned for {date}. Plan a second one?").format(
                peer=peer, date=day_month_year(due_on)
            )
        )
        self.setInformativeText(
            self.tr(
                "Usually one is enough: go back and untick the follow-up, or complete the "
                "planned one from the Follow-ups page."
            )
        )
        self.second_button: QPushButton = self.addButton(
            self.tr("&Plan a second one"), QMessageBox.ButtonRole.YesRole
        )
        self.back_button: QPushButton = self.addButton(
            self.tr("&Go back"), QMessageBox.ButtonRole.NoRole
        )
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)


def _ask(box: QMessageBox, yes: QPushButton) -> bool:
    """Wait for an answer; True only when ``yes`` was pressed. A lock that closes the question
    (and its window) while it waits counts as no."""
    answers: list[bool] = []
    box.buttonClicked.connect(lambda button: answers.append(button is yes))
    box.exec()
    with contextlib.suppress(RuntimeError):  # already gone with its window
        box.deleteLater()
    return bool(answers) and answers[-1]


def ask_to_complete(followup: FollowUp, parent: QWidget | None = None) -> bool:
    """Ask whether this session completes ``followup``; True for yes (Enter)."""
    box = CompleteOffer(followup, parent)
    return _ask(box, box.yes_button)


def ask_second_followup(peer: str, due_on: date, parent: QWidget | None = None) -> bool:
    """Ask whether to plan a second open follow-up for ``peer``; True only for an explicit yes."""
    box = SecondFollowUpQuestion(peer, due_on, parent)
    return _ask(box, box.second_button)

"""Step 6 as one list (ui/session/offer_list.py): marks by keyboard and mouse, what a screen
reader hears, the guidance on what counts as a referral, and the handout round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk.flow import HANDOUT, MENTIONED, REFERRED
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from tests.conftest import Clock
from ui.dialogs.handout_dialog import HandoutDialog
from ui.models.roles import Role
from ui.session.offer_list import KIND, MARK, NAME, RESOURCE, OfferList, open_handout


def _resources(journal: Journal) -> dict[str, Resource]:
    return {r.name: r for r in journal.resources.all()}


def _id(resource: Resource) -> int:
    assert resource.id is not None
    return resource.id


@pytest.fixture
def offers(qtbot: QtBot, journal: Journal) -> OfferList:
    widget = OfferList()
    qtbot.addWidget(widget)
    widget.load(journal.resources.all(), {}, {})
    widget.show()
    widget.tree.setFocus()
    return widget


def _go_to(qtbot: QtBot, offers: OfferList, row: QTreeWidgetItem) -> None:
    """Arrow down from the top until ``row`` is current (keys only)."""
    qtbot.keyClick(offers.tree, Qt.Key.Key_Home)
    assert offers.tree.currentItem() is offers.rows()[0]  # the first row, not its heading
    for _ in range(len(offers.rows())):
        if offers.tree.currentItem() is row:
            return
        qtbot.keyClick(offers.tree, Qt.Key.Key_Down)
    raise AssertionError("the arrows never reached the row")


def test_one_row_per_kind_of_help_and_per_resource_grouped(
    offers: OfferList, journal: Journal
) -> None:
    rows = offers.rows()
    kinds = [r.data(NAME, Role.OFFER) for r in rows[: len(flow.REFERRAL_TYPES)]]
    assert [tuple(k) for k in kinds] == [(KIND, c.id) for c in flow.REFERRAL_TYPES]
    assert rows[5].text(NAME) == "Legal or risk-management support for a review"
    directory = journal.resources.all()
    assert len(rows) == len(flow.REFERRAL_TYPES) + len(directory)
    headings = [
        offers.tree.topLevelItem(i).text(NAME) for i in range(offers.tree.topLevelItemCount())
    ]
    assert headings[0] == "Kinds of help" and "Crisis lines" in headings
    assert all(r.text(MARK) == "—" for r in rows)
    assert offers.resource_marks() == {} and offers.referral_marks() == {}
    guidance = offers.guidance.text()
    assert (
        "Referred" in guidance
        and "counts as a referral" in guidance
        and offers.guidance.isVisible()
    )


def test_arrows_and_1_2_3_mark_rows_space_cycles_0_and_delete_clear(
    qtbot: QtBot, offers: OfferList, journal: Journal
) -> None:
    line = _resources(journal)["988 Suicide & Crisis Lifeline"]
    eap = offers.row_for(KIND, "eap")
    physician = offers.row_for(KIND, "physician_health")
    crisis = offers.row_for(RESOURCE, _id(line))
    assert eap is not None and physician is not None and crisis is not None
    changes: list[None] = []
    offers.changed.connect(lambda: changes.append(None))

    _go_to(qtbot, offers, eap)
    qtbot.keyClick(offers.tree, Qt.Key.Key_1)
    qtbot.keyClick(offers.tree, Qt.Key.Key_Down)
    assert offers.tree.currentItem() is physician
    qtbot.keyClick(offers.tree, Qt.Key.Key_3)
    other = offers.row_for(KIND, "other")
    _go_to(qtbot, offers, other)
    qtbot.keyClick(offers.tree, Qt.Key.Key_Down)  # past the heading of the first category
    assert offers.tree.currentItem() is crisis
    qtbot.keyClick(offers.tree, Qt.Key.Key_Up)  # and back past it
    assert offers.tree.currentItem() is other
    qtbot.keyClick(offers.tree, Qt.Key.Key_Down)
    qtbot.keyClick(offers.tree, Qt.Key.Key_2)
    assert offers.referral_marks() == {"eap": MENTIONED, "physician_health": REFERRED}
    assert offers.resource_marks() == {_id(line): HANDOUT}
    assert crisis.text(MARK) == "Handout given"
    assert len(changes) == 3

    seen = []
    for _ in range(4):  # handout given -> referred -> none -> mentioned -> handout given
        qtbot.keyClick(offers.tree, Qt.Key.Key_Space)
        seen.append(offers.mark_of(crisis))
    assert seen == [REFERRED, "", MENTIONED, HANDOUT]
    qtbot.keyClick(offers.tree, Qt.Key.Key_0)
    assert offers.resource_marks() == {}
    _go_to(qtbot, offers, eap)
    qtbot.keyClick(offers.tree, Qt.Key.Key_Delete)
    assert offers.referral_marks() == {"physician_health": REFERRED}
    qtbot.keyClick(offers.tree, Qt.Key.Key_Delete)  # nothing left to clear: no change
    assert len(changes) == 3 + 4 + 1 + 1


def test_a_screen_reader_hears_each_rows_mark(qtbot: QtBot, offers: OfferList) -> None:
    row = offers.row_for(KIND, "chaplain")
    assert row is not None
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert row.data(NAME, spoken) == "Chaplain or spiritual care: not marked"
    _go_to(qtbot, offers, row)
    qtbot.keyClick(offers.tree, Qt.Key.Key_3)
    assert row.data(NAME, spoken) == "Chaplain or spiritual care: referred"
    assert row.data(MARK, spoken) == row.data(NAME, spoken)
    assert "3 referred" in row.data(NAME, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert offers.tree.accessibleName() and "Space" in offers.tree.accessibleDescription()


def test_a_click_on_the_mark_steps_it(qtbot: QtBot, offers: OfferList) -> None:
    row = offers.row_for(KIND, "crisis_line")
    assert row is not None
    offers.tree.scrollToItem(row)
    where = offers.tree.visualItemRect(row)
    mark_x = offers.tree.header().sectionViewportPosition(MARK) + 4
    qtbot.mouseClick(
        offers.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(mark_x, where.center().y())
    )
    assert offers.referral_marks() == {"crisis_line": MENTIONED}
    name_x = offers.tree.header().sectionViewportPosition(NAME) + 4
    qtbot.mouseClick(
        offers.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, where.center().y())
    )
    assert offers.referral_marks() == {"crisis_line": MENTIONED}  # the name only selects


def test_load_shows_the_marks_and_keeps_those_of_resources_not_shown(
    qtbot: QtBot, journal: Journal
) -> None:
    found = _resources(journal)
    line, eap = _id(found["Crisis Text Line"]), _id(found["Employee assistance program (EAP)"])
    offers = OfferList()
    qtbot.addWidget(offers)
    shown = [r for r in journal.resources.all() if r.id != eap]
    offers.load(shown, {line: REFERRED, eap: HANDOUT, 9999: "nonsense"}, {"other": MENTIONED})
    row = offers.row_for(RESOURCE, line)
    assert row is not None and row.text(MARK) == "Referred"
    assert offers.row_for(RESOURCE, eap) is None
    assert offers.resource_marks() == {line: REFERRED, eap: HANDOUT, 9999: "nonsense"}
    assert offers.referral_marks() == {"other": MENTIONED}
    offers.load(journal.resources.all(), {}, {})  # a new session: nothing left over
    assert offers.resource_marks() == {} and offers.referral_marks() == {}


def test_archived_resources_say_so(qtbot: QtBot, journal: Journal) -> None:
    old = journal.resources.save(Resource(category="other", name="Closed line", archived=True))
    offers = OfferList()
    qtbot.addWidget(offers)
    offers.load([old], {_id(old): MENTIONED}, {})
    row = offers.row_for(RESOURCE, _id(old))
    assert row is not None and row.text(NAME) == "Closed line (archived)"


def test_the_handout_round_trip(
    qtbot: QtBot, offers: OfferList, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    found = _resources(journal)
    lifeline = _id(found["988 Suicide & Crisis Lifeline"])
    text_line = _id(found["Crisis Text Line"])
    physician = _id(found["Physician Support Line"])
    program = _id(found["Our peer support program"])
    offers.load(
        journal.resources.all(),
        {lifeline: HANDOUT, physician: REFERRED, program: MENTIONED},
        {"eap": MENTIONED},
    )
    changes: list[None] = []
    offers.changed.connect(lambda: changes.append(None))
    dialog = open_handout(offers, journal, clock, offers)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, HandoutDialog) and dialog.isVisible()
    assert dialog.chosen_ids() == [lifeline]  # marked handout given: ticked to start with
    dialog.set_chosen([lifeline, text_line, physician, program])
    assert text_line not in offers.resource_marks() and changes == []  # not printed yet
    assert dialog.save_pdf(tmp_path / "handout") is None  # the program has no contact yet
    dialog.keep_empty_entries()
    path = dialog.save_pdf(tmp_path / "handout")
    assert path == tmp_path / "handout.pdf"
    assert offers.resource_marks() == {
        lifeline: HANDOUT,
        text_line: HANDOUT,
        physician: REFERRED,  # referred stays referred
        program: HANDOUT,  # mentioned, then handed out
    }
    assert offers.referral_marks() == {"eap": MENTIONED}
    assert len(changes) == 1
    printed: list[object] = []
    dialog.close()
    again = HandoutDialog(
        journal, clock, offers, resource_ids=offers.handout_ids(),
        print_handout=lambda _parent, handout: printed.append(handout) or True,
    )  # fmt: skip
    qtbot.addWidget(again)
    again.handout_made.connect(offers.mark_handed_out)
    assert sorted(again.chosen_ids()) == sorted([lifeline, text_line, program])
    again.set_chosen([physician])
    assert again.print_now() and len(printed) == 1
    assert offers.resource_marks()[physician] == REFERRED  # still the stronger mark

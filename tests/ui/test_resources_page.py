"""The resource directory page: list by category, edit with inline checks, share, hand out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk import resource_files
from peerdesk.journal import Journal
from peerdesk.resource_defaults import seed_default_resources
from peerdesk.resource_files import FIELDS
from peerdesk.resources import Resource
from tests.conftest import Clock
from tests.core.test_resource_defaults import without_directory
from ui.models.resources_model import CONTACT, NAME, VERIFIED
from ui.models.roles import Role
from ui.pages.resources_page import ResourcesPage

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
HEADER = ",".join(f for f in FIELDS if f != "source")  # a file from before sources


@dataclass
class Answers:
    open_path: Path | None = None
    save_path: Path | None = None
    confirm: bool = True
    questions: list[str] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)

    def choose_open(self) -> Path | None:
        return self.open_path

    def choose_save(self, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        return self.save_path

    def ask(self, question: str) -> bool:
        self.questions.append(question)
        return self.confirm


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture(autouse=True)
def _empty_directory(journal: Journal) -> None:
    without_directory(journal)


@pytest.fixture
def make_page(
    qtbot: QtBot, journal: Journal, clock: Clock, answers: Answers
) -> Callable[[], ResourcesPage]:
    clock.now = NOON

    def build() -> ResourcesPage:
        page = ResourcesPage(
            journal,
            clock,
            organisation="Riverside General",
            choose_open_file=answers.choose_open,
            choose_save_file=answers.choose_save,
            confirm=answers.ask,
        )
        qtbot.addWidget(page)
        page.resize(1200, 720)
        page.show()
        return page

    return build


def names_in(page: ResourcesPage, category: str) -> list[str]:
    group = page.model.category_index(category)
    return [
        str(page.model.index(row, NAME, group).data()) for row in range(page.model.rowCount(group))
    ]


def resource_named(journal: Journal, name: str) -> Resource:
    (found,) = [r for r in journal.resources.all(include_archived=True) if r.name == name]
    return found


def test_the_defaults_listed_by_category(
    make_page: Callable[[], ResourcesPage], journal: Journal, qtmodeltester: ModelTester
) -> None:
    seed_default_resources(journal)
    page = make_page()
    qtmodeltester.check(page.model)
    model = page.model
    assert [str(model.index(r, 0).data()) for r in range(model.rowCount())] == [
        "Crisis lines (3)",
        "Physician health (2)",
        "Counselling and EAP (2)",
        "Peer support (1)",
        "Legal and litigation support (1)",
        "Self-care and well-being (1)",
        "Other support (1)",
    ]
    assert names_in(page, "crisis_line") == [
        "988 Suicide & Crisis Lifeline",
        "Crisis Text Line",
        "Disaster Distress Helpline",
    ]
    eap = model.index_of(resource_named(journal, "Employee assistance program (EAP)").id or 0)
    assert eap.siblingAtColumn(CONTACT).data() == "to fill in"
    assert eap.siblingAtColumn(VERIFIED).data() == "not yet: check it"
    # The first entry is open in the editor, with the warning to verify it.
    assert page.fields["name"].text() == "988 Suicide & Crisis Lifeline"
    assert page.verify_banner.isVisible() and "Not verified yet" in page.verify_banner.text()


def test_add_a_resource_by_keyboard(
    qtbot: QtBot, make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    page = make_page()  # an empty directory starts with a new entry
    assert page.editor_title.text() == "New resource"
    page.category.setCurrentIndex(page.category.findData("counselling"))
    qtbot.keyClicks(page.fields["name"], "Staff counselling")
    qtbot.keyClicks(page.description, "Short-term, confidential.")
    qtbot.keyClicks(page.fields["phone"], "555-0101")
    qtbot.keyClick(page.fields["phone"], Qt.Key.Key_Return)
    saved = resource_named(journal, "Staff counselling")
    assert (saved.category, saved.description, saved.phone) == (
        "counselling",
        "Short-term, confidential.",
        "555-0101",
    )
    assert saved.last_verified_on is None
    assert page.status.text() == "Added."
    assert page.tree.currentIndex().data(Role.RESOURCE_ID) == saved.id
    assert names_in(page, "counselling") == ["Staff counselling"]


def test_inline_checks_show_next_to_the_field_and_save_nothing(
    qtbot: QtBot, make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    journal.resources.save(Resource(category="other", name="Night line", archived=True))
    page = make_page()
    page.new_resource()
    page.save()
    assert page.errors["name"].isVisible()
    assert page.errors["name"].text() == "Give the resource a name."
    qtbot.keyClicks(page.fields["name"], "NIGHT LINE")
    assert not page.errors["name"].isVisible()  # typing clears the old message
    page.save()
    assert "already called this (archived)" in page.errors["name"].text()
    page.fields["name"].setText("Day line")
    page.fields["phone"].setText("1" * 301)
    page.fields["phone"].textEdited.emit("")
    page.save()
    assert page.errors["phone"].text() == "Keep this to 300 characters."
    assert page.fields["phone"].accessibleDescription() == "Keep this to 300 characters."
    assert [r.name for r in journal.resources.all(include_archived=True)] == ["Night line"]


def test_edit_verify_and_the_twelve_month_warning(
    make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    old = journal.resources.save(
        Resource(
            category="crisis_line",
            name="Night line",
            phone="555-0100",
            last_verified_on=date(2025, 10, 1),
        )
    )
    page = make_page()
    assert page.select(old.id or 0)
    assert "more than 12 months ago" in page.verify_banner.text()
    index = page.model.index_of(old.id or 0)
    assert index.siblingAtColumn(VERIFIED).data() == "01 Oct 2025: over a year ago"
    page.fields["hours"].setText("10 pm to 6 am")
    page.fields["hours"].textEdited.emit("")
    assert page.revert_button.isEnabled()
    page.mark_verified_today()
    now = journal.resources.get(old.id or 0)
    assert (now.hours, now.last_verified_on) == ("10 pm to 6 am", date(2026, 11, 26))
    assert not page.verify_banner.isVisible()
    assert page.model.index_of(old.id or 0).siblingAtColumn(VERIFIED).data() == "26 Nov 2026"


def test_undo_changes_and_discarding_on_switch(
    qtbot: QtBot, make_page: Callable[[], ResourcesPage], journal: Journal, answers: Answers
) -> None:
    first = journal.resources.save(Resource(category="crisis_line", name="A line"))
    second = journal.resources.save(Resource(category="crisis_line", name="B line"))
    page = make_page()
    page.select(first.id or 0)
    page.fields["web"].setText("example.org")
    page.fields["web"].textEdited.emit("")
    page.revert()
    assert page.fields["web"].text() == ""
    page.fields["web"].setText("example.org")
    page.fields["web"].textEdited.emit("")
    answers.confirm = False
    page.tree.setCurrentIndex(page.model.index_of(second.id or 0))
    assert answers.questions == ["Discard your unsaved changes to “A line”?"]
    assert page.fields["name"].text() == "A line" and page.fields["web"].text() == "example.org"
    qtbot.waitUntil(lambda: page.tree.currentIndex().data(Role.RESOURCE_ID) == first.id)
    answers.confirm = True
    page.tree.setCurrentIndex(page.model.index_of(second.id or 0))
    assert page.fields["name"].text() == "B line"
    assert journal.resources.get(first.id or 0).web == ""


def test_archive_and_restore(make_page: Callable[[], ResourcesPage], journal: Journal) -> None:
    item = journal.resources.save(Resource(category="self_care", name="Yoga at noon"))
    page = make_page()
    page.select(item.id or 0)
    assert page.archive_button.text() == "Ar&chive"
    page.archive_button.click()
    assert journal.resources.get(item.id or 0).archived
    assert names_in(page, "self_care") == []
    assert "Show archived" in page.status.text()
    page.show_archived.setChecked(True)
    assert names_in(page, "self_care") == ["Yoga at noon (archived)"]
    page.select(item.id or 0)
    assert page.archive_button.text() == "&Restore"
    page.archive_button.click()
    assert not journal.resources.get(item.id or 0).archived
    assert page.status.text() == "Restored to the directory."


def test_import_asks_first_then_imports(
    make_page: Callable[[], ResourcesPage], journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    journal.resources.save(Resource(category="crisis_line", name="Night line", phone="1"))
    page = make_page()
    answers.open_path = tmp_path / "program.csv"
    answers.open_path.write_text(
        f"{HEADER}\ncrisis_line,Night line,,555-0100,,,,,\nother,Chaplain,,555-0102,,,,,\n",
        encoding="utf-8",
    )
    answers.confirm = False
    assert not page.import_file()
    assert (
        "1 new, 1 updated" in answers.questions[-1]
        and "Nothing is deleted" in answers.questions[-1]
    )
    assert [r.name for r in journal.resources.all()] == ["Night line"]
    answers.confirm = True
    assert page.import_file()
    assert page.status.text() == "Imported: 1 added, 1 updated, 0 already up to date."
    assert resource_named(journal, "Night line").phone == "555-0100"
    assert names_in(page, "other") == ["Chaplain"]


def test_a_too_large_file_is_refused_naming_its_real_size(
    make_page: Callable[[], ResourcesPage], journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    page = make_page()
    answers.open_path = tmp_path / "huge.json"
    answers.open_path.write_bytes(b" " * 7_340_032)  # 7 MB, read only up to the limit
    assert not page.import_file()
    assert page.status.text() == (
        "“huge.json” was not imported, and nothing was changed. The file is 7.0 MB "
        "(7,340,032 bytes); a resource directory is at most 2.0 MB (2,097,152 bytes)."
    )


def test_a_bad_file_says_where_and_changes_nothing(
    make_page: Callable[[], ResourcesPage], journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    seed_default_resources(journal)
    before = journal.resources.all(include_archived=True)
    page = make_page()
    answers.open_path = tmp_path / "broken.csv"
    answers.open_path.write_text(f"{HEADER}\nother,Fine,,,,,,,\nother,Bad,,,\n", encoding="utf-8")
    assert not page.import_file()
    assert page.status.text() == (
        "“broken.csv” was not imported, and nothing was changed. "
        "Line 3: 5 cells, but the header has 9."
    )
    assert answers.questions == []
    assert journal.resources.all(include_archived=True) == before


def test_export_then_import_into_the_same_page(
    make_page: Callable[[], ResourcesPage], journal: Journal, answers: Answers, tmp_path: Path
) -> None:
    seed_default_resources(journal)
    page = make_page()
    answers.save_path = tmp_path / "directory"  # no ending: JSON is the default
    written = page.export_file()
    assert written == tmp_path / "directory.json"
    assert answers.suggested == ["resources.json"]
    assert "Exported 11 resources" in page.status.text()
    assert len(resource_files.read_file(written)) == 11
    answers.open_path = written
    assert page.import_file()
    assert page.status.text() == "Imported: 0 added, 0 updated, 11 already up to date."


def test_make_a_handout_from_an_entry_or_a_category(
    make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    seed_default_resources(journal)
    page = make_page()
    lifeline = resource_named(journal, "988 Suicide & Crisis Lifeline")
    page.select(lifeline.id or 0)
    dialog = page.make_handout()
    assert dialog.isVisible()
    # The chosen entry is shown, not ticked behind the supporter's back (issue 14).
    assert dialog.chosen_ids() == [] and not dialog.started_ticked.isVisibleTo(dialog)
    current = dialog.tree.currentItem()
    assert current is not None and current.text(0) == lifeline.name
    assert dialog.organisation.text() == "Riverside General"
    page.tree.setCurrentIndex(page.model.category_index("physician_health"))
    dialog = page.make_handout()
    assert dialog.chosen_ids() == []
    dialog.close()


def test_every_control_has_an_accessible_name(make_page: Callable[[], ResourcesPage]) -> None:
    page = make_page()
    controls = [
        page.tree,
        page.show_archived,
        page.add_button,
        page.import_button,
        page.export_button,
        page.handout_button,
        page.category,
        page.description,
        page.verified,
        page.verified_on,
        page.verified_today_button,
        page.save_button,
        page.revert_button,
        *page.fields.values(),
    ]
    assert all(c.accessibleName() for c in controls)
    assert page.model.resource(QModelIndex()) is None


def test_an_entrys_source_is_shown_kept_and_editable(
    qtbot: QtBot, make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    seed_default_resources(journal)
    page = make_page()
    lifeline = resource_named(journal, "988 Suicide & Crisis Lifeline")
    assert lifeline.source == "https://988lifeline.org/"
    page.select(lifeline.id or 0)
    assert page.fields["source"].text() == lifeline.source
    qtbot.keyClicks(page.fields["hours"], " (checked)")
    page.save()
    assert resource_named(journal, lifeline.name).source == lifeline.source  # kept on edit
    page.fields["source"].setText("https://988lifeline.org/get-help/")
    page.fields["source"].textEdited.emit(page.fields["source"].text())
    page.save()
    assert resource_named(journal, lifeline.name).source == "https://988lifeline.org/get-help/"


def test_a_long_source_shows_where_it_starts(
    make_page: Callable[[], ResourcesPage], journal: Journal
) -> None:
    # The site's name is at the start: a field scrolled to its end hides whose page it is.
    source = "https://www.samaritans.org/" + "/".join(["how-we-can-help"] * 12)
    item = journal.resources.save(
        Resource(category="crisis_line", name="Samaritans", phone="116 123", source=source)
    )
    page = make_page()
    assert page.select(item.id or 0)
    field = page.fields["source"]
    assert field.text() == source
    assert field.fontMetrics().horizontalAdvance(source) > field.width()  # it does not fit
    assert field.cursorPosition() == 0


def test_a_file_name_with_markup_is_asked_about_as_plain_text(
    qtbot: QtBot, journal: Journal, clock: Clock, answers: Answers, tmp_path: Path
) -> None:
    # A file name may hold "<" on Linux; the question shows it as it is, not as a heading.
    path = tmp_path / "<h2>BIG.json"
    journal.resources.save(Resource(category="crisis_line", name="Night line", phone="555 0100"))
    resource_files.export_resources(journal, path)
    answers.open_path = path
    page = ResourcesPage(journal, clock, choose_open_file=answers.choose_open)
    qtbot.addWidget(page)
    page.show()
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append((box.textFormat(), box.text()))
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()

    QTimer.singleShot(0, answer)
    assert page.import_file()  # "Yes" imports
    ((shown_as, text),) = asked
    assert shown_as == Qt.TextFormat.PlainText
    assert "“<h2>BIG.json”?\n\n" in text

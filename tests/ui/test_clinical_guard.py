"""The pre-save guard points out clinical detail as well as identifiers: in the note editors as
the supporter types, and in the ask before saving, which never blocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from peerdesk.clinical import DIAGNOSIS, MEDICATION, PROCEDURE
from peerdesk.identifiers import EMAIL
from tests.support.supporter_phrases import ORDINARY_PHRASES
from ui.session.identifier_guard import (
    IdentifierGuardDialog,
    IdentifierHighlighter,
    ask_about_identifiers,
    find_in,
    kind_label,
    points_in,
)

CLINICAL = "Since the review she takes sertraline and had an MRI after the seizure."


def test_clinical_words_are_findings_with_their_own_labels() -> None:
    findings = find_in("listen", "Listen and reflect", CLINICAL)
    assert [(CLINICAL[f.identifier.start : f.identifier.end], f.kind) for f in findings] == [
        ("sertraline", MEDICATION),
        ("MRI", PROCEDURE),
        ("seizure", DIAGNOSIS),
    ]
    assert all(f.is_clinical and f.field == "listen" for f in findings)
    assert kind_label(MEDICATION) == "Clinical detail (a medication?)"
    assert kind_label(PROCEDURE) == "Clinical detail (a procedure?)"
    assert kind_label(DIAGNOSIS) == "Clinical detail (a diagnosis?)"


@pytest.mark.parametrize("phrase", ORDINARY_PHRASES)
def test_ordinary_phrases_are_not_findings(phrase: str) -> None:
    assert find_in("listen", "Listen and reflect", phrase) == []


def test_an_identifier_wins_over_a_clinical_word_inside_it() -> None:
    text = "mail jo.mri@example.org about the MRI"
    points = points_in(text)
    assert [(text[p.start : p.end], p.kind) for p in points] == [
        ("jo.mri@example.org", EMAIL),
        ("MRI", PROCEDURE),
    ]


def test_the_ask_explains_clinical_detail_and_lists_it_in_context(qtbot: QtBot) -> None:
    dialog = IdentifierGuardDialog(find_in("listen", "Listen and reflect", CLINICAL))
    qtbot.addWidget(dialog)
    intro = dialog.intro.text()
    assert "clinical detail" in intro and "keep it" in intro
    assert "identify someone" not in intro
    first = dialog.finding_labels[0].text()
    assert "Clinical detail (a medication?)" in first and "Listen and reflect" in first
    assert "sertraline" in first and "takes" in first  # shown with the words around it
    assert len(dialog.finding_labels) == 3
    assert dialog.keep_button.isEnabled() and dialog.edit_button.isDefault()


def test_identifiers_and_clinical_detail_are_explained_together(qtbot: QtBot) -> None:
    text = "Call 555-123-4567 about the lithium"
    dialog = IdentifierGuardDialog(find_in("cope", "Cope", text))
    qtbot.addWidget(dialog)
    intro = dialog.intro.text()
    assert "identify someone" in intro and "clinical detail" in intro
    assert [label.text().split("</b>")[0] for label in dialog.finding_labels] == [
        "<b>Phone number",
        "<b>Clinical detail (a medication?)",
    ]
    only_identifiers = IdentifierGuardDialog(find_in("cope", "Cope", "Call 555-123-4567"))
    qtbot.addWidget(only_identifiers)
    assert "clinical" not in only_identifiers.intro.text()


def test_the_supporter_may_keep_clinical_text(qtbot: QtBot) -> None:
    def keep() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IdentifierGuardDialog)
        dialog.keep_button.click()

    QTimer.singleShot(0, keep)
    assert ask_about_identifiers(find_in("listen", "Listen", CLINICAL)) is True


def test_the_highlighter_marks_clinical_words_as_typed(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    IdentifierHighlighter(edit.document())
    edit.setPlainText("tired 😴 on Xanax since the C-section\nwe talked about sleep")
    first, second = edit.document().firstBlock(), edit.document().firstBlock().next()
    text = first.text()

    def utf16(index: int) -> int:  # Qt counts UTF-16 units: the emoji takes two
        return len(text[:index].encode("utf-16-le")) // 2

    xanax, section = text.index("Xanax"), text.index("C-section")
    assert [(r.start, r.length) for r in first.layout().formats()] == [
        (utf16(xanax), len("Xanax")),
        (utf16(section), len("C-section")),
    ]
    assert second.layout().formats() == []

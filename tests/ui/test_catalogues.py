"""The translation catalogues (issue 16, items 1 and 6): up to date with the code, the core's texts
in them, English plurals, and each translation complete and faithful to its placeholders and
mnemonics."""

from __future__ import annotations

import ast
import re
import runpy
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from peerdesk import flow, insights, report
from peerdesk.preferences import LANGUAGES
from tests.support.language import while_translated

ROOT = Path(__file__).resolve().parents[2]
PIPELINE = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
TRANSLATED = ("es", "fr", "de")


def _ts(language: str) -> ET.Element:
    return ET.parse(PIPELINE["catalogue"](language)).getroot()


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in _ts(language).iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_languages_setting_and_the_catalogues_agree() -> None:
    assert (
        tuple(language for language in LANGUAGES if language != "system") == PIPELINE["LANGUAGES"]
    )


def test_catalogues_follow_the_code(tmp_path: Path) -> None:
    """Every catalogue and compiled catalogue is what the pipeline makes from today's code: a text
    added, changed or removed without running packaging/translations.py fails here."""
    for language in PIPELINE["LANGUAGES"]:
        ts = tmp_path / f"peerdesk_{language}.ts"
        shutil.copyfile(PIPELINE["catalogue"](language), ts)
        PIPELINE["lupdate"](ts, language)
        if language == "en":
            PIPELINE["fill_english_plurals"](ts)
        qm = ts.with_suffix(".qm")
        PIPELINE["lrelease"](ts, qm)
        hint = f"{language}: run uv run python packaging/translations.py"
        assert ts.read_text(encoding="utf-8") == PIPELINE["catalogue"](language).read_text(
            encoding="utf-8"
        ), hint
        assert qm.read_bytes() == PIPELINE["compiled"](language).read_bytes(), hint


def test_the_cores_texts_are_in_the_catalogue() -> None:
    """lupdate finds the flow, the vocabularies, the tag defaults, the report's section titles and
    the figures' names and definitions through the core's QT_TRANSLATE_NOOP marks (the core
    never imports Qt)."""
    found = {(context, message.findtext("source")) for context, message in _messages("de")}
    expected = {("Flow", step.title) for step in flow.FLOW.steps}
    for step in flow.FLOW.steps:
        expected |= {("Flow", step.purpose)} | {("Flow", text) for text in step.guidance}
        expected |= {("Flow", text) for text in step.avoid}
        expected |= {("Flow", item.label) for item in step.items + step.derived}
    for choices in (
        flow.MODES,
        flow.CONTACT_KINDS,
        flow.REFERRED_BY,
        flow.OUTREACH_OUTCOMES,
        flow.ROLE_BANDS,
        flow.REFERRAL_TYPES,
        flow.HELPFUL,
        flow.SELF_CARE_SCALE,
        flow.MARKS,
        flow.DEFAULT_EVENT_TAGS,
        flow.DEFAULT_DRIVER_TAGS,
    ):
        expected |= {("Flow", choice.label) for choice in choices}
    expected |= {("report", title) for title in report.SECTION_TITLES.values()}
    expected |= {("Insights", m.name) for m in insights.METRICS}
    expected |= {("Insights", m.definition) for m in insights.METRICS}
    expected |= {("Flow", insights.NOT_RECORDED_LABEL), ("Flow", report.CUSTOM_LABEL)}
    expected |= {("errors", "another peer already has this pseudonym")}  # an InvalidInput
    assert len(expected) > 150
    assert expected - found == set()


def test_the_english_catalogue_has_each_counts_singular_and_plural(qtbot: QtBot) -> None:
    """English reads "1 draft", "3 drafts" from peerdesk_en.qm (installed by the ui conftest)."""
    plurals = [(c, m) for c, m in _messages("en") if m.get("numerus") == "yes"]
    assert len(plurals) >= 15
    for context, message in plurals:
        source = message.findtext("source") or ""
        one, more = PIPELINE["forms"](source)
        assert QCoreApplication.translate(context, source, "", 1) == re.sub("%L?n", "1", one)
        assert QCoreApplication.translate(context, source, "", 3) == re.sub("%L?n", "3", more)


@pytest.mark.parametrize(
    "language", [pytest.param(lang, marks=while_translated(lang)) for lang in TRANSLATED]
)
def test_every_message_is_translated(language: str) -> None:
    """Zero unfinished, vanished or obsolete messages, and no empty form."""
    messages = _messages(language)
    assert len(messages) > 1000
    states = Counter(
        translation.get("type", "finished")
        for _, message in messages
        if (translation := message.find("translation")) is not None
    )
    assert states == Counter(finished=len(messages)), states
    empty = [m.findtext("source") for _, m in messages if not all(_translations(m))]
    assert empty == []


def test_every_count_in_a_sentence_is_written_the_locales_way() -> None:
    """``%Ln``, not ``%n``: Qt writes ``%n`` as plain digits ("20000 sessions"), ``%Ln`` with the
    locale's grouping ("20,000", "20.000", "20 000")."""
    bare = [
        m.findtext("source")
        for _, m in _messages("en")
        if re.search("%n", m.findtext("source") or "")
    ]
    assert bare == []
    assert len([m for _, m in _messages("en") if "%Ln" in (m.findtext("source") or "")]) >= 15


_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[a-z_]*(?::[^}]*)?\}")  # %1, %n, {name}, {n:.1f}


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation keeps each %1, %n and {name} of its source (in any order)."""
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(_PLACEHOLDER.findall(source))
        for text in _translations(message):
            if text and sorted(_PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
    assert wrong == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found[1].casefold() if found else None


def _clashes(labels: list[tuple[str, str]]) -> set[frozenset[str]]:
    """Pairs of sources whose labels (source, label) share a mnemonic letter."""
    by_letter: dict[str, set[str]] = {}
    for source, label in labels:
        if (letter := _mnemonic(label)) is not None:
            by_letter.setdefault(letter, set()).add(source)
    return {
        frozenset((a, b))
        for sources in by_letter.values()
        for a in sources
        for b in sources
        if a < b
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_mnemonics_stay_unique_within_each_window(language: str) -> None:
    """A label with &X keeps one mnemonic in translation, and a translation adds no clash: two
    labels of one context (a window, a page or its dialogs) share a letter only where the English
    ones do (a button whose text changes, or labels never shown together)."""
    wrong = []
    for context in _ts(language).iter("context"):
        name = context.findtext("name")
        english: list[tuple[str, str]] = []
        translated: list[tuple[str, str]] = []
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english.append((source, source))
            for text in _translations(message):
                if not text:
                    continue
                if (_mnemonic(source) is None) != (_mnemonic(text) is None):
                    wrong.append((name, source, text))
                translated.append((source, text))
        wrong += [(name, *sorted(pair)) for pair in _clashes(translated) - _clashes(english)]
    assert wrong == []


def _dynamic_translations(path: Path) -> set[str]:
    """The functions in ``path`` that translate a text that is not written out in the call
    (lupdate cannot read such a call: its texts must be marked where they are written), and
    each function with a translation inside an f-string (lupdate reads none there), named
    ``function (f-string)``."""
    found: set[str] = set()

    def visit(node: ast.AST, function: str, in_f_string: bool) -> None:
        if isinstance(node, ast.FunctionDef):
            function = node.name
        in_f_string = in_f_string or isinstance(node, ast.JoinedStr)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args, name = node.args, node.func.attr
            text = args[0] if name == "tr" and args else None
            translates = name == "tr"
            if name == "translate" and ast.unparse(node.func.value).endswith("Application"):
                translates = True
                text = args[1] if len(args) > 1 else None
                if not args or not isinstance(args[0], ast.Constant):  # the context
                    found.add(function)
            if text is not None and not isinstance(text, ast.Constant):
                found.add(function)
            if translates and in_f_string:
                found.add(f"{function} (f-string)")
        for child in ast.iter_child_nodes(node):
            visit(child, function, in_f_string)

    visit(ast.parse(path.read_text(encoding="utf-8")), "", False)
    return found


def test_the_check_finds_what_lupdate_cannot_read(tmp_path: Path) -> None:
    """The check itself: a translation inside an f-string, one whose context or text is a name,
    and a keyword context are found; literal calls, and a painter's translate(), are not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "def in_f_string(self):\n"
        "    return f\"<h3>{QCoreApplication.translate('report', 'By month')}</h3>\"\n"
        "def tr_in_f_string(self):\n"
        "    return f\"{self.tr('Period')}:\"\n"
        "def named_context(context):\n"
        "    return QCoreApplication.translate(context, 'Referrals')\n"
        "def keyword_context():\n"
        "    return QApplication.translate(context='report', sourceText='Referrals')\n"
        "def named_text(self, text):\n"
        "    return self.tr(text)\n"
        "def fine(self, painter):\n"
        "    painter.translate(1, 2)\n"
        "    heading = QCoreApplication.translate('report', 'By month')\n"
        "    return f'<h3>{heading}</h3>' + self.tr('Period')\n",
        encoding="utf-8",
    )
    assert _dynamic_translations(source) == {
        "in_f_string (f-string)",
        "tr_in_f_string (f-string)",
        "named_context",
        "keyword_context",
        "named_text",
    }


def test_texts_are_translated_where_lupdate_reads_them() -> None:
    """Only the helpers that show texts marked elsewhere (the core's QT_TRANSLATE_NOOP, a marked
    table) translate a text held in a variable; a new wrapper like ``_tr(text)`` would hide its
    callers' texts from the catalogue."""
    helpers = {
        f"{path.relative_to(ROOT)}:{function}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for function in _dynamic_translations(path)
    }
    assert helpers == {
        "ui/messages.py:_tr",  # keyring names, marked in _KEYRING_NAMES
        "ui/messages.py:phrase_text",  # error templates the core marked (core_message)
        "ui/messages.py:flow_text",
        "ui/messages.py:report_text",
        "ui/messages.py:metric_text",
        "ui/printing/report_pdf.py:_tr",  # MONTHLY_HEADERS and the core's section titles
    }

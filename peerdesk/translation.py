"""Marks the core's words for translation without importing Qt.

``pyside6-lupdate`` reads calls named ``QT_TRANSLATE_NOOP("Context", "text")`` with literal
arguments and puts the text in the catalogue (``assets/i18n/peerdesk_<lang>.ts``) under that
context; at run time the call returns the English text unchanged. The ui translates it where it
shows it (``QCoreApplication.translate(context, text)``; see ``ui.messages.flow_text``).
Run ``uv run python packaging/translations.py`` after changing a marked text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The contexts the core's texts live in; the ui translates with the same names.
FLOW = "Flow"
REPORT = "report"
INSIGHTS = "Insights"
ERRORS = "errors"  # the short messages of InvalidInput


# Named as Qt names it: lupdate finds calls by this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged; the call marks it for the ``context`` of the translation catalogue."""
    del context
    return text


@dataclass(frozen=True)
class Phrase:
    """A marked English template and the values it is filled with: a part of an error message
    (``"line {line}"``) that the ui translates before putting it in the whole. ``str()`` is the
    English, for the command line and the log."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.values)


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its ``{name}`` places filled from ``values`` (left as it is without)."""
    return template.format_map(values) if values else template

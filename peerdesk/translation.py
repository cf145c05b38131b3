"""Marks the core's words for translation without importing Qt.

``pyside6-lupdate`` reads calls named ``QT_TRANSLATE_NOOP("Context", "text")`` with literal
arguments and puts the text in the catalogue (``assets/i18n/peerdesk_<lang>.ts``) under that
context; at run time the call returns the English text unchanged. The ui translates it where it
shows it (``QCoreApplication.translate(context, text)``; see ``ui.messages.flow_text``).
Run ``uv run python packaging/translations.py`` after changing a marked text.
"""

from __future__ import annotations

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

"""Update the translation catalogues from the code and compile them.

Run from the repository root after changing a text the supporter reads:
``uv run python packaging/translations.py``. It

1. runs ``pyside6-lupdate`` over ``ui/`` and ``peerdesk/`` into ``assets/i18n/peerdesk_<lang>.ts``
   for every language PeerDesk ships (``peerdesk.preferences.LANGUAGES``): new texts arrive
   unfinished, texts gone from the code are dropped (a changed text keeps its old translation as
   a hint, unfinished). lupdate reads ``self.tr("…")`` and ``Class.tr("…")`` (context: the
   class), ``QCoreApplication.translate("Context", "…")`` and the core's
   ``QT_TRANSLATE_NOOP("Context", "…")``, all with literal texts. Its Python reader drops a
   ``translate()`` whose count is an expression and loses the plural of one whose count is a
   name, so a text with ``%n`` goes through ``tr()``;
2. fills the English catalogue's singular and plural of each ``%n`` text (``(s)`` dropped for
   one, ``s`` for more): English needs no other translation, the code's text is English;
3. compiles every catalogue with ``pyside6-lrelease`` into ``assets/i18n/peerdesk_<lang>.qm``.

The ``.qm`` files are committed, so a fresh clone and the bundle have them;
``tests/ui/test_catalogues.py`` fails when a ``.ts`` or ``.qm`` is behind the code. Translators
edit ``peerdesk_es.ts``, ``peerdesk_fr.ts``, ``peerdesk_de.ts`` (Qt Linguist:
``uv run pyside6-linguist assets/i18n/peerdesk_de.ts``), then run this script.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "assets" / "i18n"
SOURCES = ("ui", "peerdesk")
# The languages with a catalogue: every language the Language setting offers.
LANGUAGES = ("en", "es", "fr", "de")

_UNFINISHED_PLURAL = re.compile(
    r'(<message numerus="yes">\s*(?:<location [^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*'
    r"(?:<(?:comment|extracomment|translatorcomment)>[^<]*</\w+>\s*)*)"
    r'<translation type="unfinished">.*?</translation>',
    re.S,
)


def catalogue(language: str) -> Path:
    return CATALOGUES / f"peerdesk_{language}.ts"


def compiled(language: str) -> Path:
    return CATALOGUES / f"peerdesk_{language}.qm"


def forms(text: str) -> tuple[str, str]:
    """("%n draft", "%n drafts") for "%n draft(s)"."""
    return text.replace("(s)", ""), text.replace("(s)", "s")


def lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    """Bring ``ts`` up to date with the code under ``root`` (English: only the ``%n`` texts)."""
    command = [
        "pyside6-lupdate",
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        *(["-pluralonly"] if language == "en" else []),
        *(str(root / source) for source in SOURCES),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, cwd=root, check=True, capture_output=True)


def fill_english_plurals(ts: Path) -> None:
    def filled(match: re.Match[str]) -> str:
        one, more = forms(html.unescape(match["source"]))
        return (
            f"{match[1]}<translation>\n"
            f"            <numerusform>{html.escape(one, quote=False)}</numerusform>\n"
            f"            <numerusform>{html.escape(more, quote=False)}</numerusform>\n"
            "        </translation>"
        )

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_UNFINISHED_PLURAL.sub(filled, text), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def main() -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = catalogue(language)
        lupdate(ts, language)
        if language == "en":
            fill_english_plurals(ts)
        lrelease(ts, compiled(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())

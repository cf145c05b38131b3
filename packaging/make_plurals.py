"""Make ``assets/i18n/peerdesk_en.qm``: the English singular and plural of every ``%n`` text.

Run from the repository root: ``uv run python packaging/make_plurals.py``. It finds in ui/ every
``self.tr("… %n …", "", n)`` (context: the class it is in) and every
``QCoreApplication.translate("context", "… %n …", "", n)``, writes the two English forms of each
(``(s)`` dropped for one, ``s`` for more) to ``peerdesk_en.ts``, and compiles that with
``pyside6-lrelease``. (``pyside6-lupdate`` misses ``translate()`` calls in some files.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "peerdesk_en.ts"
QM = TS.with_suffix(".qm")


def forms(text: str) -> tuple[str, str]:
    """("%n draft", "%n drafts") for "%n draft(s)"."""
    return text.replace("(s)", ""), text.replace("(s)", "s")


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def plural_texts(source: str) -> set[tuple[str, str]]:
    """(context, text) of each ``%n`` text in one module."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = node.args
            if node.func.attr == "tr" and args and (text := _text(args[0])):
                if "%n" in text:
                    found.add((context, text))
            elif node.func.attr == "translate" and len(args) >= 2:
                ctx, text = _text(args[0]), _text(args[1])
                if ctx and text and "%n" in text:
                    found.add((ctx, text))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(ast.parse(source), "")
    return found


def main() -> int:
    texts: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        texts |= plural_texts(path.read_text(encoding="utf-8"))
    root = ET.Element("TS", version="2.1", language="en")
    for context in sorted({c for c, _ in texts}):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for _, text in sorted(t for t in texts if t[0] == context):
            message = ET.SubElement(element, "message", numerus="yes")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            for form in forms(text):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROOT, check=True, capture_output=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

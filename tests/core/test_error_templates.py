"""Every error message the core raises is a marked English template with named values, so the ui
can show it in the supporter's language (issue 16 item 1; ``peerdesk.errors``).

Every module of ``peerdesk/`` is read as Python (not run). Wherever it makes an error, a
:class:`~peerdesk.errors.PeerDeskError` subclass (or a helper that returns one and takes the
message first), the message must be ``QT_TRANSLATE_NOOP("errors", "…")`` or handed on from a
variable; it may never be built in place (an f-string, ``.format``, ``%`` or ``+``: the English
the ui cannot translate), nor be a literal left unmarked. A template's ``{names}`` and the keys of
its ``values={…}`` agree. The command line's own modules (``cli.py``, ``commands/``) print their
messages in English only, so an unmarked literal is allowed there, a message built in place not.
"""

from __future__ import annotations

import ast
import inspect
import re
import string
from pathlib import Path

import peerdesk
from peerdesk import errors
from peerdesk.translation import ERRORS

CORE = Path(peerdesk.__file__).resolve().parent
ENGLISH_ONLY = ("cli.py", "commands/")  # the command line's own words: English by design
MESSAGE_PARAMETERS = {"message", "template", "what"}


def _modules(package: Path = CORE) -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(package).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(package.rglob("*.py"))
    ]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(modules: list[tuple[str, ast.Module]]) -> dict[str, int]:
    """Each error class by name -> the position its message takes (-1: it takes none first)."""
    found: dict[str, int] = {}
    for name, cls in vars(errors).items():
        if inspect.isclass(cls) and issubclass(cls, errors.PeerDeskError):
            parameters = list(inspect.signature(cls.__init__).parameters)[1:]
            found[name] = 0 if parameters and parameters[0] in MESSAGE_PARAMETERS else -1
    classes = [n for _path, tree in modules for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:  # subclasses the other modules define (e.g. report.ReportInvalid)
        grew = False
        for node in classes:
            if node.name not in found and any(_name(base) in found for base in node.bases):
                init = next(
                    (
                        item
                        for item in node.body
                        if isinstance(item, ast.FunctionDef) and item.name == "__init__"
                    ),
                    None,
                )
                takes = [a.arg for a in init.args.args[1:]] if init else ["message"]
                found[node.name] = 0 if takes and takes[0] in MESSAGE_PARAMETERS else -1
                grew = True
    return found


def _error_makers(modules: list[tuple[str, ast.Module]]) -> dict[str, int]:
    """The error classes, and the helpers that return one and take its message (first, or
    after the exception they wrap: ``storage_error(exc, what)``)."""
    makers = _error_classes(modules)
    classes = set(makers)
    for _path, tree in modules:
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.returns is None:
                continue
            returned = {_name(n) for n in ast.walk(node.returns) if isinstance(n, ast.expr)}
            taken = [a.arg for a in node.args.args if a.arg != "self"]
            at = [i for i, name in enumerate(taken) if name in MESSAGE_PARAMETERS]
            if returned & classes and at:
                makers[node.name] = at[0]
    return makers


def _built_in_place(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "format_map", "join")
    )


def _marked(node: ast.expr) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("errors", "…")``; None for anything else."""
    if (
        isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        context, text = (a.value for a in node.args if isinstance(a, ast.Constant))
        return text if context == ERRORS else None
    return None


def _message(call: ast.Call, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg in MESSAGE_PARAMETERS:
            return keyword.value
    if position >= 0 and len(call.args) > position:
        return call.args[position]
    return None


def problems(
    modules: list[tuple[str, ast.Module]], english_only: tuple[str, ...] = ENGLISH_ONLY
) -> list[str]:
    """Each message that is built in place, left unmarked or filled from the wrong names."""
    makers = _error_makers(modules)
    makers["Phrase"] = 0  # a part of a message ("line {line}") follows the same rules
    found = []
    for path, tree in modules:
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _name(call.func) not in makers:
                continue
            message = _message(call, makers[str(_name(call.func))])
            if message is None:
                continue
            where = f"{path}:{call.lineno}: {ast.unparse(message)[:70]}"
            if _built_in_place(message):
                found.append(f"{where}: built from values in place")
            elif isinstance(message, ast.Constant) and not path.startswith(english_only):
                found.append(f"{where}: not marked with QT_TRANSLATE_NOOP({ERRORS!r}, …)")
            elif isinstance(message, ast.Call) and _name(message.func) == "QT_TRANSLATE_NOOP":
                template = _marked(message)
                if template is None:
                    found.append(f"{where}: marked for another context than {ERRORS!r}")
                    continue
                values = next((k.value for k in call.keywords if k.arg == "values"), None)
                if values is None and len(call.args) > 1 and _name(call.func) == "Phrase":
                    values = call.args[1]
                wanted = {f for _, f, _, _ in string.Formatter().parse(template) if f}
                if isinstance(values, ast.Dict):
                    given = {k.value for k in values.keys if isinstance(k, ast.Constant)}
                    if given != wanted:
                        found.append(f"{where}: fills {sorted(given)}, needs {sorted(wanted)}")
                elif values is None and wanted and _makes_an_error_itself(call):
                    found.append(f"{where}: needs values for {sorted(wanted)}")
    return found


def _makes_an_error_itself(call: ast.Call) -> bool:
    """A class is called (a helper such as ``refused(template, code, length=…)`` fills the
    values it is given its own way)."""
    return str(_name(call.func))[:1].isupper()


def test_every_error_message_is_a_marked_template() -> None:
    assert problems(_modules()) == []


def test_the_ui_marks_the_core_errors_it_raises_too() -> None:
    """The ui raises a few of the core's errors itself (a printer that cannot be drawn on, a
    typo in a recovery code); the command line's handout speaks English like the core's."""
    ui = _modules(CORE.parent / "ui")
    assert problems(ui, english_only=("handout_command.py",)) == []


def test_the_check_finds_a_message_built_in_place() -> None:
    """The walk itself: an f-string, an unmarked literal, a missing value and a stray one."""
    sample = ast.parse(
        "from peerdesk.errors import InvalidInput, StorageError\n"
        "def check(line, name):\n"
        "    raise InvalidInput(f'line {line}: the column {name!r} is missing', field=name)\n"
        "def save():\n"
        "    raise StorageError('the folder is gone')\n"
        "def count(n):\n"
        "    raise InvalidInput(QT_TRANSLATE_NOOP('errors', 'at most {most}'), values={'n': n})\n"
        "def fine(n):\n"
        "    raise InvalidInput(QT_TRANSLATE_NOOP('errors', 'at most {most}'), values={'most': n})"
    )
    found = problems([("sample.py", sample)])
    assert [re.sub(r":\d+:.*: ", ": ", f) for f in found] == [
        "sample.py: built from values in place",
        "sample.py: not marked with QT_TRANSLATE_NOOP('errors', …)",
        "sample.py: fills ['n'], needs ['most']",
    ]

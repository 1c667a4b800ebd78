"""Lift the services' messages (refusals, warnings) out of ``adminapp/`` into ``domain.ts``.

    python scripts/domain_messages.py update LANG   # resources/i18n/LANG/domain.ts
    python scripts/domain_messages.py list          # print every message found

The services raise ``DomainError``\\s with f-strings rather than ``translate()`` calls, so
``lupdate`` cannot see them. This script reads every module under ``adminapp/`` with ``ast``
and collects the strings that end up in front of a member of staff:

- the message of a raised (or built) ``DomainError`` family exception;
- the values of the ``{field: message}`` dict given to ``ValidationError``, and whatever is
  stored into an errors dict (``errors["x"] = ...``, ``errors.setdefault``, ``errors.update``);
- items appended to the lists of problems, blockers, warnings and clashes the services hand
  back, and the message of an import ``Problem``;
- what the functions called to build any of those return (``credit_code.problem`` ...), and
  the module constants they name.

An f-string becomes a template with Qt-style placeholders ``%1``, ``%2`` ... in order of
appearance (format specs dropped); ``adminapp/i18n_messages.py`` matches a raised message
against the templates and puts the values into the translation. The ``.ts`` file keeps the
translations of sources still present and drops the rest; running it twice changes nothing.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "adminapp"
I18N = ROOT / "resources" / "i18n"
CONTEXT = "Domain"

# The exception family of adminapp/errors.py; subclasses defined elsewhere join it.
FAMILY = {
    "DomainError",
    "ValidationError",
    "NotFound",
    "ConflictError",
    "StaleRecordError",
    "DatabaseVersionError",
    "PermissionDenied",
    "AuthenticationError",
}
# Dicts whose values are messages by field, lists whose items are messages.
ERROR_DICT = re.compile(r"(?:^|_)(?:errors?|problems|clashes|refusals)$")
MESSAGE_LIST = re.compile(r"(?:^|_)(?:problems|blockers|warnings|clashes|refusals|notes)$")
# Calls whose result is never a message of ours: not followed into their definitions.
NOT_MESSAGES = {"join", "str", "repr", "format", "strip", "lower", "upper", "get", "next"}
# Words the messages embed from tables (roles, permission labels, weekdays, topics): listed
# so a message holding one reads entirely in the other language.
TABLE_WORDS = (
    ("models.py", "ROLE_NAMES"),
    ("services/consultations/resources.py", "WEEKDAYS"),
    ("services/consultations/resources.py", "TOPIC_LABELS"),
    ("services/consultations/views.py", "STATUS_LABELS"),
    ("services/financing/workflow.py", "LABELS"),
    ("services/lease_terms.py", "LEASE_STATUSES"),
    ("services/building.py", "NUMBER_FIELD_LABELS"),
)
# Words a message takes from elsewhere: ``strftime("%A")`` day names, lease stages, the role a
# user without roles holds (``permissions.refusal``).
EXTRA_WORDS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "signed",
    "no role",
)
# Values the services hand the UI to show, by the dataclass that carries them: argument
# positions (financing approval's bounds and their explanation).
UI_TEXTS = {"Limit": (2,), "ApprovalCeiling": (3,), "ApprovalOutlook": (3, 6), "move": (4,)}


def skipped(path: Path) -> bool:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] == "reports" or path.name.startswith("i18n") or path.name.startswith("demo")


def modules() -> list[tuple[Path, ast.Module]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if not skipped(path):
            found.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    return found


def callee(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def target_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def template(node: ast.expr) -> str | None:
    """``node`` as a template: literals kept, every computed part a ``%N``; None without text."""
    parts: list[str | None] = []

    def walk(n: ast.expr) -> None:
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            parts.append(n.value)
        elif isinstance(n, ast.JoinedStr):
            for v in n.values:
                walk(v)
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            walk(n.left)
            walk(n.right)
        else:
            parts.append(None)

    walk(node)
    if not any(isinstance(p, str) for p in parts):
        return None
    out, n = [], 0
    for p in parts:
        if p is None:
            n += 1
            out.append(f"%{n}")
        else:
            out.append(p)
    text = "".join(out)
    return text if re.search(r"[A-Za-z]{2}", text.replace("%", " ")) else None


class TupleItem:
    """Item ``index`` of the tuple a call returns (``value, problem = parse(...)``)."""

    def __init__(self, call: ast.Call, index: int) -> None:
        self.call = call
        self.index = index


class Scope:
    """The names assigned in one function (or a module's top level)."""

    def __init__(self, body: ast.AST, parent: Scope | None) -> None:
        self.parent = parent
        self.function = body if isinstance(body, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        self.params: list[str] = []
        if self.function is not None:
            args = self.function.args
            self.params = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
        self.assigned: dict[str, list[ast.expr | TupleItem]] = {}
        for node in walk_scope(body):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        self.assigned.setdefault(t.id, []).append(node.value)
                    elif isinstance(t, ast.Tuple) and isinstance(node.value, ast.Call):
                        for i, elt in enumerate(t.elts):
                            if isinstance(elt, ast.Name):
                                item = TupleItem(node.value, i)
                                self.assigned.setdefault(elt.id, []).append(item)
            elif isinstance(node, (ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
                if isinstance(node.target, ast.Name):
                    self.assigned.setdefault(node.target.id, []).append(node.value)

    def lookup(self, name: str) -> list[ast.expr | TupleItem]:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.assigned:
                return scope.assigned[name]
            scope = scope.parent
        return []


def walk_scope(node: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``node``'s body without entering nested functions or classes."""
    for child in ast.iter_child_nodes(node):
        yield child
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            yield from walk_scope(child)


class Extractor:
    def __init__(self, mods: list[tuple[Path, ast.Module]]) -> None:
        self.mods = mods
        self.family = set(FAMILY)
        self.functions: dict[str, list[tuple[ast.AST, Scope]]] = {}
        self.calls: dict[str, list[tuple[ast.Call, Scope]]] = {}
        self.constants: dict[str, list[ast.expr]] = {}
        self.messages: set[str] = set()
        self.seen: set[tuple[int, int]] = set()
        self._find_family()

    def _find_family(self) -> None:
        classes = [n for _, m in self.mods for n in ast.walk(m) if isinstance(n, ast.ClassDef)]
        grown = True
        while grown:
            grown = False
            for c in classes:
                if c.name not in self.family and any(
                    target_name(b) in self.family for b in c.bases
                ):
                    self.family.add(c.name)
                    grown = True

    def run(self) -> set[str]:
        sinks: list[tuple[ast.expr, Scope]] = []
        for _, module in self.mods:
            top = Scope(module, None)
            for name, values in top.assigned.items():
                self.constants.setdefault(name, []).extend(
                    v for v in values if isinstance(v, ast.expr)
                )
            self._scan(module, top, sinks)
        for expr, scope in sinks:
            self.add(expr, scope)
        return self.messages

    def _scan(self, body: ast.AST, scope: Scope, sinks: list) -> None:
        for node in walk_scope(body):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = Scope(node, scope)
                self.functions.setdefault(node.name, []).append((node, inner))
                self._scan(node, inner, sinks)
            elif isinstance(node, (ast.ClassDef, ast.Lambda)):
                self._scan(node, scope, sinks)
            else:
                if isinstance(node, ast.Call) and callee(node):
                    self.calls.setdefault(callee(node), []).append((node, scope))
                sinks.extend((e, scope) for e in self.sink_values(node))

    def sink_values(self, node: ast.AST) -> Iterator[ast.expr]:
        """The expressions ``node`` hands on as messages."""
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Subscript) and ERROR_DICT.search(target_name(t.value) or ""):
                    yield node.value
        if not isinstance(node, ast.Call):
            return
        name = callee(node)
        owner = target_name(node.func.value) if isinstance(node.func, ast.Attribute) else None
        if name in ("ValidationError", "update") and (
            name != "update" or owner and ERROR_DICT.search(owner)
        ):
            for arg in node.args[:1]:
                if isinstance(arg, ast.Dict):
                    yield from (v for v in arg.values if v is not None)
        elif name in self.family:
            yield from node.args[:1]
            yield from (k.value for k in node.keywords if k.arg == "message")
        elif name == "Problem" and len(node.args) >= 4:
            yield node.args[3]
        elif name == "setdefault" and owner and ERROR_DICT.search(owner):
            yield from node.args[1:2]
        elif name in ("append", "extend") and owner and MESSAGE_LIST.search(owner):
            for arg in node.args[:1]:
                if name == "extend" and isinstance(arg, (ast.GeneratorExp, ast.ListComp)):
                    yield arg.elt
                elif name == "append":
                    yield arg
        elif name == "_p" and len(node.args) >= 3:  # permissions: what a refused user tried
            yield node.args[2]
        elif name in UI_TEXTS:
            yield from (node.args[i] for i in UI_TEXTS[name] if i < len(node.args))

    def add(self, expr: ast.expr | TupleItem, scope: Scope, depth: int = 0) -> None:
        if depth > 8:
            return
        key = (id(expr), id(scope))
        if key in self.seen:
            return
        self.seen.add(key)
        if isinstance(expr, TupleItem):
            for name in self.callees(expr.call):
                self.follow(name, depth, expr.index)
        elif isinstance(expr, ast.IfExp):
            self.add(expr.body, scope, depth + 1)
            self.add(expr.orelse, scope, depth + 1)
        elif isinstance(expr, ast.BoolOp):
            for v in expr.values:
                self.add(v, scope, depth + 1)
        elif isinstance(expr, ast.Name):
            self.name(expr.id, scope, depth, None)
        elif isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
            index = expr.slice
            if isinstance(index, ast.Constant) and isinstance(index.value, int):
                self.name(expr.value.id, scope, depth, index.value)
        elif isinstance(expr, ast.Call):
            for name in self.callees(expr):
                self.follow(name, depth)
        else:
            text = template(expr)
            if text is not None:
                self.messages.add(text)
            # A computed part naming a local message, a parameter or a call that builds one
            # (``f"Credit code {problem}"``) holds a message of its own.
            for part in ast.walk(expr):
                if isinstance(part, ast.FormattedValue):
                    value = part.value
                    if isinstance(value, ast.Name):
                        self.name(value.id, scope, depth, None)
                    elif isinstance(value, ast.Call):
                        self.follow(callee(value), depth)

    def name(self, name: str, scope: Scope, depth: int, index: int | None) -> None:
        """What ``name`` (item ``index`` of it) holds: its assignments, else the arguments
        the callers pass for the parameter, else the module constant."""
        if depth > 8:
            return
        values = scope.lookup(name)
        if not values:
            owner = scope
            while owner is not None and name not in owner.params:
                owner = owner.parent
            if owner is not None and owner.function is not None:
                self.arguments(owner, name, depth, index)
                return
            values = self.constants.get(name, [])
        for value in values:
            self.item(value, scope, depth, index)

    def item(
        self, value: ast.expr | TupleItem, scope: Scope, depth: int, index: int | None
    ) -> None:
        if index is None:
            self.add(value, scope, depth + 1)
        elif isinstance(value, ast.Tuple) and index < len(value.elts):
            self.add(value.elts[index], scope, depth + 1)
        elif isinstance(value, ast.Name):
            self.name(value.id, scope, depth + 1, index)

    def arguments(self, owner: Scope, name: str, depth: int, index: int | None) -> None:
        """What the callers of ``owner``'s function pass for its parameter ``name``."""
        position = owner.params.index(name)
        method = owner.params[:1] in (["self"], ["cls"])
        for call, where in self.calls.get(owner.function.name, []):
            args = [k.value for k in call.keywords if k.arg == name]
            at = position - 1 if method and isinstance(call.func, ast.Attribute) else position
            if not args and 0 <= at < len(call.args):
                args = [call.args[at]]
            for arg in args:
                self.item(arg, where, depth, index)

    def callees(self, call: ast.Call) -> list[str]:
        """The functions ``call`` may run: its name, or every function of a dispatch table
        (``CONVERT[kind](raw)``)."""
        f = call.func
        if isinstance(f, ast.Subscript) and isinstance(f.value, ast.Name):
            return [
                v.id
                for table in self.constants.get(f.value.id, [])
                if isinstance(table, ast.Dict)
                for v in table.values
                if isinstance(v, ast.Name)
            ]
        name = callee(call)
        return [name] if name else []

    def follow(self, name: str | None, depth: int, index: int | None = None) -> None:
        """The messages function ``name`` returns (item ``index`` of the tuple it returns)."""
        if not name or name in NOT_MESSAGES or name in self.family:
            return
        for func, scope in self.functions.get(name, []):
            for node in walk_scope(func):
                if not isinstance(node, ast.Return) or node.value is None:
                    continue
                value = node.value
                if index is not None:
                    if isinstance(value, ast.Tuple) and index < len(value.elts):
                        self.add(value.elts[index], scope, depth + 1)
                elif isinstance(value, (ast.Constant, ast.JoinedStr, ast.BinOp, ast.IfExp)):
                    self.add(value, scope, depth + 1)


def table_words(mods: list[tuple[Path, ast.Module]]) -> set[str]:
    words: set[str] = set()
    for path, module in mods:
        rel = path.relative_to(PACKAGE).as_posix()
        for file, name in TABLE_WORDS:
            if rel != file:
                continue
            for node in module.body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                        value = node.value
                        items = value.values if isinstance(value, ast.Dict) else [value]
                        words.update(
                            n.value
                            for item in items
                            for n in ast.walk(item)
                            if isinstance(n, ast.Constant) and isinstance(n.value, str)
                        )
    return words


def extract() -> list[str]:
    """Every message template under ``adminapp/``, sorted."""
    mods = modules()
    found = Extractor(mods).run() | table_words(mods) | set(EXTRA_WORDS)
    return sorted(found)


# -- the .ts file ---------------------------------------------------------------------------


def ts_path(lang: str) -> Path:
    return I18N / lang / "domain.ts"


def read_translations(path: Path) -> dict[str, tuple[str, bool]]:
    """``{source: (translation, finished)}`` of the Domain context of an existing file."""
    kept: dict[str, tuple[str, bool]] = {}
    if not path.exists():
        return kept
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    for ctx in root.iter("context"):
        if (ctx.findtext("name") or "") != CONTEXT:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not (node.text or "").strip():
                continue
            kind = node.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            kept[source] = (node.text or "", kind != "unfinished")
    return kept


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render(lang: str, sources: Iterable[str], kept: dict[str, tuple[str, bool]]) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for source in sources:
        text, finished = kept.get(source, ("", False))
        kind = "" if finished else ' type="unfinished"'
        lines += [
            "    <message>",
            f"        <source>{escape(source)}</source>",
            f"        <translation{kind}>{escape(text)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def update(lang: str) -> tuple[Path, int, int]:
    """Write ``domain.ts`` for ``lang``; returns the path, messages and those to translate."""
    path = ts_path(lang)
    sources = extract()
    kept = read_translations(path)
    text = render(lang, sources, kept)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    todo = sum(1 for s in sources if not kept.get(s, ("", False))[1])
    return path, len(sources), todo


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "update":
        path, total, todo = update(argv[1])
        print(f"{path.relative_to(ROOT)}: {total} messages, {todo} to translate")
        return 0
    if argv == ["list"]:
        for source in extract():
            print(source)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The Chinese translation covers the interface: every string of the code is in a .ts file, every
message there is translated (placeholders and accelerators kept), no visible text is written
past ``tr()``, and the compiled catalogue is what the window loads.

The window itself is checked page by page in Chinese in tests/ui/test_chinese_window.py.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

ZH = ROOT / "resources" / "i18n" / "zh_CN"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.mark.parametrize("area", list(translations.AREAS))
def test_the_ts_file_holds_every_string_of_the_code(area, tmp_path):
    """lupdate run afresh over the area's sources finds nothing the committed file lacks."""
    fresh = tmp_path / f"{area}.ts"
    subprocess.run(
        [
            translations.qt_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            *translations.sources(area),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    nameless = sorted(source for ctx, source in messages(fresh) if not ctx)
    assert not nameless, (
        "strings lupdate files under no context (an alias such as tr = self.tr, a wrapper, or "
        f"obj.tr(...)); Qt looks them up under the class name and never finds them: {nameless[:10]}"
    )
    committed = ZH / f"{area}.ts"
    missing = sorted(set(messages(fresh)) - set(messages(committed)))
    assert not missing, (
        f"{len(missing)} strings of the code are not in {committed.name} "
        f"(run: python scripts/translations.py update {area}, then translate): {missing[:10]}"
    )


def test_every_message_has_a_finished_chinese_translation():
    missing = [
        (ts.name, ctx, source)
        for ts in translations.ts_files("zh_CN")
        if ts.exists()
        for ctx, source in translations.unfinished(ts)
    ]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:10]}"


PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
ACCELERATOR = re.compile(r"&([A-Za-z0-9])")


def translation_text(message: ET.Element) -> str:
    node = message.find("translation")
    forms = node.findall("numerusform")
    return "".join(f.text or "" for f in forms) if forms else (node.text or "")


@pytest.mark.parametrize("ts", sorted(ZH.glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_and_accelerators_are_kept(ts):
    wrong = []
    for (ctx, source), message in messages(ts).items():
        text = translation_text(message)
        if not text:
            continue
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            wrong.append((ctx, source, text))
        # "&Save" → "保存(&S)": the same key, so the shortcut survives the translation.
        keys = {k.lower() for k in ACCELERATOR.findall(source.replace("&&", ""))}
        if keys and not keys <= {k.lower() for k in ACCELERATOR.findall(text)}:
            wrong.append((ctx, source, text))
    assert not wrong, wrong[:10]


# Qt calls that put text on screen, and which argument holds it.
TEXT_SETTERS = {
    "setText": 0,
    "setToolTip": 0,
    "setPlaceholderText": 0,
    "setWindowTitle": 0,
    "setTitle": 0,
    "setLabelText": 0,
    "setStatusTip": 0,
    "addItem": 0,
    "addAction": 0,
    "addMenu": 0,
    "addTab": 1,
    "insertTab": 2,
    "setTabText": 1,
    "showMessage": 0,
    "setSpecialValueText": 0,
    "setSuffix": 0,
    "setPrefix": 0,
    "addRow": 0,
    "setHeaderLabels": 0,
    "setHorizontalHeaderLabels": 0,
    "setCancelButtonText": 0,
    "setInformativeText": 0,
}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu"}
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]*>|&[a-z]+;")


def _literals(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _literals(element)]
    return []


def untranslated_literals(path: Path) -> list[str]:
    """English words handed straight to a Qt text call (not through tr/translate)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in TEXT_SETTERS and len(node.args) > TEXT_SETTERS[name]:
            args = [node.args[TEXT_SETTERS[name]]]
        elif name in WIDGETS:
            args = node.args[:1]
        else:
            continue
        for arg in args:
            for text in _literals(arg):
                if WORD.search(TAG.sub("", text)):
                    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
                    found.append(f"{where}:{node.lineno}: {name}({text!r})")
    return found


def test_no_english_text_goes_past_tr():
    found = [hit for path in sorted(ROOT.glob("ui/**/*.py")) for hit in untranslated_literals(path)]
    assert not found, "\n".join(found)


def test_the_scan_catches_a_raw_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "button = QPushButton('Save')\nlabel.setText(self.tr('Fine'))\n"
        "box.setToolTip(f'Due {when}')\nlabel.setText('<b>' + x + '</b>')\n",
        encoding="utf-8",
    )
    hits = untranslated_literals(sample)
    assert [h.split(": ", 1)[1] for h in hits] == ["QPushButton('Save')", "setToolTip('Due ')"]


def compile_catalogue(qm: Path) -> Path:
    """The Chinese .ts files compiled into ``qm`` (a test's own copy, not the shared one)."""
    files = [str(p) for p in translations.ts_files("zh_CN") if p.exists()]
    subprocess.run(
        [translations.qt_tool("lrelease"), "-silent", *files, "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def test_the_compiled_catalogue_translates_the_window(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = compile_catalogue(tmp_path / "zh.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Companies") not in ("", "Companies")
        assert QCoreApplication.translate("LeaseStatus", "Active") not in ("", "Active")
    finally:
        QCoreApplication.removeTranslator(translator)

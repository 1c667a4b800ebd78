"""Keep the Qt Linguist translations in step with the code, and compile them.

    python scripts/translations.py update [AREA ...]  # lupdate: new strings into the .ts files
    python scripts/translations.py compile   # lrelease: resources/i18n/<lang>.qm for the window
    python scripts/translations.py check     # exit 1 when a string lacks a finished translation

One ``.ts`` file per area of the code (so several people can translate at once); ``lrelease``
joins a language's files into one ``.qm``. Strings come from ``self.tr(...)``,
``QCoreApplication.translate(context, ...)``, ``translate(context, ...)`` (``adminapp.i18n``) and
``QT_TRANSLATE_NOOP(context, ...)``. ``update`` drops strings the code no longer has.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TARGET_LANGUAGES = ("zh_CN",)

# area → the source files lupdate reads for it (globs relative to the repository).
AREAS: dict[str, tuple[str, ...]] = {
    "ui_pages": ("ui/pages/*.py",),
    "ui_dialogs_a_f": ("ui/dialogs/[a-f]*.py",),
    "ui_dialogs_g_z": ("ui/dialogs/[g-z]*.py",),
    "ui_widgets": ("ui/widgets/*.py", "ui/*.py", "main.py"),
    "ui_models": ("ui/models/*.py",),
    "reports": ("adminapp/reports/*.py",),
}
# The services' messages are f-strings, not translate() calls: scripts/domain_messages.py lifts
# them out as templates into domain.ts (see adminapp/i18n_messages.py).
EXTRA_TS = ("domain",)


def qt_tool(name: str) -> str:
    import PySide6

    path = Path(PySide6.__file__).resolve().parent / name
    if not path.exists():
        raise SystemExit(f"error: {path} not found (PySide6-Essentials ships lupdate and lrelease)")
    return str(path)


def sources(area: str) -> list[str]:
    files: set[Path] = set()
    for pattern in AREAS[area]:
        files.update(ROOT.glob(pattern))
    return sorted(str(p.relative_to(ROOT)) for p in files if p.name != "i18n.py")


def ts_files(lang: str) -> list[Path]:
    return [I18N / lang / f"{area}.ts" for area in (*AREAS, *EXTRA_TS)]


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(
    r"(<message>\s*<source>(.*?)</source>\s*)<translation(?: type=\"(\w+)\")?>(.*?)</translation>",
    re.S,
)


def known_translations(lang: str) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Finished translations of every .ts file of ``lang`` (raw XML text, numerus forms kept):
    by (context, source) and by source alone."""
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for ts in sorted((I18N / lang).glob("*.ts")):
        for ctx in _CONTEXT.finditer(ts.read_text(encoding="utf-8")):
            for m in _MESSAGE.finditer(ctx.group(2)):
                if m.group(3) is None and m.group(4).strip():
                    by_context[(ctx.group(1), m.group(2))] = m.group(4)
                    by_source.setdefault(m.group(2), m.group(4))
    return by_context, by_source


def reuse(ts: Path, by_context: dict[tuple[str, str], str], by_source: dict[str, str]) -> int:
    """Fill unfinished messages whose English already has a translation (the same context
    first, then any): a string moved to another class keeps its words. The number filled."""
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def context(ctx: re.Match[str]) -> str:
        def message(m: re.Match[str]) -> str:
            nonlocal filled
            if m.group(3) != "unfinished":  # lupdate's own guesses stay unfinished
                return m.group(0)
            known = by_context.get((ctx.group(1), m.group(2))) or by_source.get(m.group(2))
            if known is None:
                return m.group(0)
            filled += 1
            return f"{m.group(1)}<translation>{known}</translation>"

        return (
            ctx.group(0)[: ctx.start(2) - ctx.start(0)]
            + _MESSAGE.sub(message, ctx.group(2))
            + "</context>"
        )

    new = _CONTEXT.sub(context, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")
    return filled


def update(lang: str, areas: list[str] | None = None) -> None:
    (I18N / lang).mkdir(parents=True, exist_ok=True)
    by_context, by_source = known_translations(lang)
    for area in [a for a in (areas or AREAS) if a in AREAS]:
        ts = I18N / lang / f"{area}.ts"
        cmd = [
            qt_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            lang,
            *sources(area),
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        reused = reuse(ts, by_context, by_source)
        print(f"{ts.relative_to(ROOT)}: {reused} reused, {len(unfinished(ts))} to translate")
    domain = ROOT / "scripts" / "domain_messages.py"
    if domain.exists() and (not areas or "domain" in areas):
        subprocess.run([sys.executable, str(domain), "update", lang], cwd=ROOT, check=True)


def qm_path(lang: str) -> Path:
    return I18N / f"adminapp_{lang}.qm"


def compile_all() -> None:
    for lang in TARGET_LANGUAGES:
        files = [str(p) for p in ts_files(lang) if p.exists()]
        cmd = [qt_tool("lrelease"), "-silent", *files, "-qm", str(qm_path(lang))]
        done = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
        # A context shared by two areas (a label table used by pages and dialogs) is expected.
        noise = ("dropping duplicate messages", "try -verbose")
        for line in (done.stderr + done.stdout).splitlines():
            if line.strip() and not any(n in line for n in noise):
                print(line, file=sys.stderr)
        print(f"{qm_path(lang).relative_to(ROOT)} from {len(files)} files")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``ts`` without a finished translation."""
    missing = []
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            node = message.find("translation")
            forms = [] if node is None else node.findall("numerusform")
            text = "".join((f.text or "") for f in forms) if forms else (node.text or "")
            if node is None or node.get("type") == "unfinished" or not text.strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def check() -> int:
    bad = 0
    for lang in TARGET_LANGUAGES:
        for ts in ts_files(lang):
            for ctx, source in unfinished(ts):
                print(f"{ts.relative_to(ROOT)}: [{ctx}] {source!r} has no translation")
                bad += 1
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "update":  # update [AREA ...]: only those .ts files
        for lang in TARGET_LANGUAGES:
            update(lang, [a for a in argv[1:] if a in AREAS or a in EXTRA_TS] or None)
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

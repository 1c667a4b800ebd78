"""Languages without Qt: the domain and the reports read the same Qt Linguist files as the window.

The translations live in ``resources/i18n/<language>/*.ts`` (Qt Linguist XML, edited with
Linguist or by hand, compiled to ``.qm`` for the window by ``scripts/translations.py``). The window
loads the compiled ``.qm`` through ``QTranslator``; code under ``adminapp/`` must not import Qt, so
it parses the ``.ts`` files themselves (a few hundred kilobytes, once per process).

``translate(context, text)`` is spelt like ``QCoreApplication.translate`` so ``lupdate`` finds the
strings; ``QT_TRANSLATE_NOOP`` marks a string kept in a table and translated later. The language
in force is a context variable: ``with language("zh_CN"): ...`` around writing a report.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
# How each language names itself, for the settings' language list.
LANGUAGE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# The process's language (the window sets it once at start; worker threads see it too) and a
# per-context override for one block (a report written in the other language).
_default = ENGLISH
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)


def normalise(value: str | None) -> str | None:
    """``zh``, ``zh_CN``, ``zh-Hans-CN``, ``zh_CN.UTF-8`` → ``zh_CN``; ``en*`` → ``en``; else None."""
    if not value:
        return None
    code = value.strip().split(".")[0].replace("-", "_").lower()
    if code.startswith("zh"):
        return CHINESE
    if code.startswith("en") or code in ("c", "posix"):
        return ENGLISH
    return None


def parse_language(value: str) -> str:
    """A language the user typed (``--lang``), or ValueError naming the choices."""
    lang = normalise(value)
    if lang is None:
        raise ValueError(f"unknown language {value!r}; choose one of: {', '.join(LANGUAGES)}")
    return lang


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English.

    Chinese of any region reads Simplified Chinese; every other language reads English.
    """
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (env.get(key) or "").split(":"):
            lang = normalise(part)
            if lang is not None:
                return lang
            if part.strip():
                return ENGLISH
    return ENGLISH


def current() -> str:
    return _override.get() or _default


def set_language(lang: str) -> None:
    """The language for the rest of this process, every thread (the window sets it at start)."""
    global _default
    _default = parse_language(lang)


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Run a block in ``lang`` (None: the language already in force)."""
    chosen = parse_language(lang) if lang else current()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Marks ``text`` for ``lupdate`` under ``context``; translate it later with ``translate``."""
    return text


@cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """Every finished translation of ``lang``: ``{(context, source): translation}``."""
    table: dict[tuple[str, str], str] = {}
    folder = I18N_DIR / lang
    if not folder.is_dir():
        return table
    for path in sorted(folder.glob("*.ts")):
        root = ET.parse(path).getroot()  # noqa: S314 - our own files
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None:
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = node.findall("numerusform")
                text = forms[0].text if forms else node.text
                if text:
                    table[(name, source)] = text
    return table


def translate(context: str, text: str) -> str:
    """``text`` in the language in force (itself when English or when no translation exists)."""
    lang = current()
    if lang == ENGLISH:
        return text
    return catalog(lang).get((context, text), text)


def name(en: str | None, zh: str | None) -> str:
    """A company's or programme's name in the language in force, the other one when it is empty."""
    en = (en or "").strip()
    zh = (zh or "").strip()
    if current() == CHINESE:
        return zh or en
    return en or zh

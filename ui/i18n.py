"""The window's language: chosen at start, loaded from the compiled Qt Linguist catalogue.

Order of choice: ``$ADMINAPP_LANG`` (screenshots, tests), then Settings → Language, then the
system's language (``QLocale.system()``: any Chinese → 简体中文, anything else → English).
The change takes effect at the next start (the window is built in the language once).

``install(app, lang)`` loads ``resources/i18n/adminapp_<lang>.qm`` (compiled from the ``.ts``
files; compiled here first when missing or older than a ``.ts``, e.g. in a fresh clone), Qt's own
``qtbase_<lang>.qm`` (the standard buttons and dialogs), sets ``QLocale.setDefault`` and tells
``adminapp.i18n`` (the domain's messages and the reports) which language is in force.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from adminapp import i18n

I18N_DIR = i18n.I18N_DIR
ROOT = I18N_DIR.parent.parent
# Translators installed by ``install``, kept referenced (Qt does not own them), and the default
# locale found before the first install (English leaves the number formats as they were).
_installed: list[QTranslator] = []
_original_locale: list[QLocale] = []


def system_language() -> str:
    """Simplified Chinese for any Chinese system locale, else English."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return i18n.CHINESE
    for name in locale.uiLanguages():
        lang = i18n.normalise(name)
        if lang is not None:
            return lang
    return i18n.ENGLISH


def choose(setting: str | None = None) -> str:
    """The language to start in: $ADMINAPP_LANG, else the setting (``system``/``en``/``zh_CN``)."""
    env = i18n.normalise(os.environ.get("ADMINAPP_LANG"))
    if env is not None:
        return env
    chosen = i18n.normalise(setting) if setting and setting != "system" else None
    return chosen or system_language()


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"adminapp_{lang}.qm"


def ensure_compiled(lang: str) -> Path | None:
    """The compiled catalogue of ``lang``, compiled now when missing or stale; None if impossible."""
    qm = qm_path(lang)
    sources = list((I18N_DIR / lang).glob("*.ts"))
    if not sources:
        return qm if qm.exists() else None
    newest = max(p.stat().st_mtime for p in sources)
    if not qm.exists() or qm.stat().st_mtime < newest:
        script = ROOT / "scripts" / "translations.py"
        try:
            subprocess.run(
                [sys.executable, str(script), "compile"],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            pass
    return qm if qm.exists() else None


def install(app: QCoreApplication, lang: str) -> str:
    """Put ``lang`` in force for the window and the domain; the language actually used."""
    uninstall(app)
    lang = i18n.normalise(lang) or i18n.ENGLISH
    i18n.set_language(lang)
    if lang == i18n.ENGLISH:
        return lang
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qm = ensure_compiled(lang)
    if qm is not None:
        _load(app, str(qm))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, str(Path(qt_dir) / f"qtbase_{lang}.qm"))
    return lang


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (English): tests switch languages within one process."""
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.set_language(i18n.ENGLISH)
    if not _original_locale:
        _original_locale.append(QLocale())
    QLocale.setDefault(_original_locale[0])


def _load(app: QCoreApplication, path: str) -> None:
    translator = QTranslator(app)
    if Path(path).exists() and translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)

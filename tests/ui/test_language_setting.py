"""Settings → Language: the choice is kept, read at the next start, and the window's
translators and the domain's language follow it; $ADMINAPP_LANG overrides for one run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from adminapp import i18n
from ui import app as ui_app
from ui import i18n as ui_i18n
from ui.dialogs.settings_dialog import SettingsDialog
from ui.settings import Settings

pytestmark = pytest.mark.usefixtures("no_popups")


def test_the_language_setting_round_trips_and_ignores_nonsense(tmp_path):
    path = tmp_path / "s.ini"
    assert Settings(path).language == "system"
    s = Settings(path)
    s.language = "zh_CN"
    s.sync()
    assert Settings(path).language == "zh_CN"
    s.language = "klingon"
    assert s.language == "system"


def test_the_choice_order(monkeypatch):
    monkeypatch.setattr(ui_i18n, "system_language", lambda: "zh_CN")
    monkeypatch.delenv("ADMINAPP_LANG", raising=False)
    assert ui_i18n.choose("system") == "zh_CN"  # the system's language by default
    assert ui_i18n.choose("en") == "en"  # the setting beats the system
    monkeypatch.setenv("ADMINAPP_LANG", "zh")
    assert ui_i18n.choose("en") == "zh_CN"  # the environment beats both
    monkeypatch.setattr(ui_i18n, "system_language", lambda: "en")
    monkeypatch.delenv("ADMINAPP_LANG")
    assert ui_i18n.choose(None) == "en"


def test_the_dialog_saves_the_choice_and_cancel_does_not(qtbot, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    dialog = SettingsDialog(None, settings)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "zh_CN"]
    assert combo.itemText(2) == "简体中文"  # each language in its own words
    assert combo.currentData() == "system"
    combo.setCurrentIndex(2)
    dialog.reject()
    assert Settings(tmp_path / "s.ini").language == "system"
    combo.setCurrentIndex(2)
    dialog.accept()
    assert Settings(tmp_path / "s.ini").language == "zh_CN"


def test_the_window_offers_settings_in_the_user_menu(make_window, centre, monkeypatch):
    window = make_window()
    asked = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: asked.append(self) or 1)
    window.settings_action.trigger()
    assert len(asked) == 1 and asked[0].settings is window.settings


def test_a_start_in_chinese_installs_the_translators_and_back(qapp, monkeypatch, tmp_path):
    """What ``ui.app`` does at start: the setting read, the window, locale and domain in Chinese."""
    settings = Settings(tmp_path / "config" / "IncubatorAdmin" / "settings.ini")
    settings.language = "zh_CN"
    settings.sync()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("ADMINAPP_LANG")
    style, font = qapp.styleSheet(), qapp.font()
    try:
        ui_app._application(None, offscreen=True)
        assert i18n.current() == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Companies") == "企业"
        assert QLocale().language() == QLocale.Language.Chinese
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
    finally:
        ui_i18n.uninstall(qapp)
        qapp.setStyleSheet(style)  # the rest of this worker's tests see the app as it was
        qapp.setFont(font)
    assert i18n.current() == "en"
    assert QCoreApplication.translate("MainWindow", "Companies") == "Companies"

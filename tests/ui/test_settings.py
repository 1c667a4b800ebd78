"""The settings wrapper: defaults, round trip through the file, nonsense ignored."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from ui.settings import Settings, settings_path


def test_defaults(tmp_path):
    s = Settings(tmp_path / "s.ini")
    assert s.last_page == "dashboard"
    assert s.geometry.isEmpty() and s.window_state.isEmpty()
    assert s.splitter_state("units").isEmpty()


def test_round_trip(tmp_path):
    path = tmp_path / "s.ini"
    s = Settings(path)
    s.last_page = "leases"
    s.geometry = QByteArray(b"\x01\x02geometry")
    s.set_splitter_state("units", QByteArray(b"splitter"))
    s.sync()
    again = Settings(path)
    assert again.last_page == "leases"
    assert bytes(again.geometry) == b"\x01\x02geometry"
    assert bytes(again.splitter_state("units")) == b"splitter"


def test_unknown_page_falls_back_to_the_dashboard(tmp_path):
    s = Settings(tmp_path / "s.ini")
    s.last_page = "no-such-page"
    assert s.last_page == "dashboard"


def test_default_file_follows_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "IncubatorAdmin" / "settings.ini"

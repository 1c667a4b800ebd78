"""The app's settings: one typed wrapper over QSettings, with defaults.

Stored as an INI file in the user's config folder (``$XDG_CONFIG_HOME/IncubatorAdmin`` on
Linux), so tests that point XDG_CONFIG_HOME elsewhere get a fresh file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

PAGES = (
    "dashboard",
    "units",
    "stacking",
    "companies",
    "leases",
    "financing",
    "programmes",
    "consultations",
    "billing",
    "reports",
    "audit",
    "users",
)
DEFAULT_PAGE = "dashboard"


def settings_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home() / ".config") / "IncubatorAdmin" / "settings.ini"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_page(self) -> str:
        value = self._qs.value("window/last_page", DEFAULT_PAGE)
        return value if value in PAGES else DEFAULT_PAGE

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._qs.setValue("window/last_page", value)

    @property
    def last_login(self) -> str:
        """The login name typed at the last successful sign-in (offered next time)."""
        return str(self._qs.value("session/last_login", "") or "")

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._qs.setValue("session/last_login", value)

    @property
    def language(self) -> str:
        """``system`` (follow the system's language), ``en`` or ``zh_CN``."""
        value = str(self._qs.value("ui/language", "system") or "system")
        return value if value in ("system", "en", "zh_CN") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    def splitter_state(self, name: str) -> QByteArray:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._qs.setValue(f"splitters/{name}", state)

    def page_value(self, page: str, key: str, default: str = "") -> str:
        """A page's remembered choice (e.g. the Consultations page's view)."""
        return str(self._qs.value(f"pages/{page}/{key}", default) or default)

    def set_page_value(self, page: str, key: str, value: str) -> None:
        self._qs.setValue(f"pages/{page}/{key}", value)

    def sync(self) -> None:
        self._qs.sync()

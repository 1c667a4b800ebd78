"""Settings → Language: English, 简体中文 or the system's language, from the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from adminapp import i18n
from ui import i18n as ui_i18n
from ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        system = i18n.LANGUAGE_NAMES[ui_i18n.system_language()]
        self.language_combo.addItem(self.tr("System language (%1)").replace("%1", system), "system")
        for code in i18n.LANGUAGES:  # each language in its own words, readable whatever is shown
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.note = QLabel(self.tr("A new language takes effect the next time the app starts."))
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        self.settings.language = self.chosen_language()
        self.settings.sync()
        super().accept()

"""A dashboard figure: a caption, a large value and a line of detail."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

STYLE = """
QFrame#kpiCard { background: palette(base); border: 1px solid #d3d8de; border-radius: 6px; }
QLabel#kpiTitle { color: #5f6b76; }
QLabel#kpiValue { font-size: 18pt; font-weight: 600; }
QLabel#kpiNote { color: #5f6b76; }
"""


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("kpiTitle")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("kpiValue")
        self.note_label = QLabel("")
        self.note_label.setObjectName("kpiNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for w in (self.title_label, self.value_label, self.note_label):
            # Cards share the row equally and may clip rather than widen the window.
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(w)

    def set_value(self, value: str, note: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)

    def value(self) -> str:
        return self.value_label.text()

"""Stacking plan: the whole building on a date, one band per floor, coloured by a chosen mode.

The plan comes from ``adminapp.services.stacking`` in one call per load (a few queries for the
whole building); the widget paints from memory. Clicking a let unit opens its lease on the
Leases page; "Export PNG…" saves the picture.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from adminapp.services import stacking
from adminapp.services.context import AppContext, centre_today
from ui import messages
from ui.models import display as d
from ui.pages.base import Page
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.date_edit import DateEdit
from ui.widgets.stacking_plan import StackingPlanWidget

EXPORT_SIZE = (1800, 1100)  # pixels of the exported picture (at least; taller for many floors)


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save the picture (tests replace this); None when the user cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StackingPage", "Export stacking plan"),
        suggested,
        QCoreApplication.translate("StackingPage", "PNG image (*.png)"),
    )
    return path or None


def render_png(plan: stacking.StackingPlan, mode: str, path: str | Path,
               size: tuple[int, int] = EXPORT_SIZE) -> QImage:  # fmt: skip
    """Draw ``plan`` coloured by ``mode`` offscreen at ``size`` and save it as a PNG."""
    widget = StackingPlanWidget()
    widget.set_plan(plan)
    widget.set_mode(mode)
    height = max(size[1], widget.minimumSizeHint().height())
    widget.resize(size[0], height)
    image = QImage(size[0], height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    widget.render(image)
    widget.deleteLater()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return image


class StackingPage(Page):
    name = "stacking"
    listens = ("leasesChanged", "unitsChanged", "companiesChanged")

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.plan: stacking.StackingPlan | None = None
        heading = QLabel(self.tr("Stacking plan"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")

        self.mode_combo = QComboBox()
        for mode, text in (
            ("tenant", self.tr("Tenant")),
            ("expiry", self.tr("Lease expiry year")),
            ("vacancy", self.tr("Vacancy")),
            ("arrears", self.tr("Arrears")),
        ):
            self.mode_combo.addItem(text, mode)
        mode_label = QLabel(self.tr("Colour by"))
        mode_label.setBuddy(self.mode_combo)
        self.date_edit = DateEdit(value=centre_today())
        as_of_label = QLabel(self.tr("As of"))
        as_of_label.setBuddy(self.date_edit)
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.set_as_of(centre_today()))
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.clicked.connect(self.export_png)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for w in (mode_label, self.mode_combo, as_of_label, self.date_edit, today):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.export_button)

        self.widget = StackingPlanWidget()
        self.widget.empty_text = self.tr("No floors yet: add floors and units on the Units page.")
        self.widget.setToolTip("")
        self.widget.leaseActivated.connect(self.open_lease)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.widget)
        hint = QLabel(
            self.tr("Hover a unit for its tenant, term and rent; click it to open the lease.")
        )
        hint.setStyleSheet("color: #5f6b76;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)

        self.mode_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh() if self._loaded else None)

    def title(self) -> str:
        return self.tr("Stacking plan")

    @property
    def as_of(self) -> dt.date:
        return self.date_edit.date_value()

    def set_as_of(self, day: dt.date) -> None:
        self.date_edit.set_date_value(day)

    @property
    def mode(self) -> str:
        return self.mode_combo.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def _mode_changed(self) -> None:
        self.widget.set_mode(self.mode)
        self.settings.set_page_value(self.name, "mode", self.mode)

    def load(self) -> None:
        self.plan = stacking.stacking_plan(self.ctx, self.as_of)
        self.widget.set_plan(self.plan)
        self.widget.set_mode(self.mode)

    def open_lease(self, lease_id: int) -> None:
        ref = ""
        for u in self.plan.units() if self.plan else ():
            if u.lease is not None and u.lease.lease_id == lease_id:
                ref = u.lease.reference
                break
        self.navigateRequested.emit("leases", ("lease", lease_id, ref))

    def export_png(self) -> Path | None:
        if self.plan is None:
            self.refresh()
        suggested = f"stacking-plan_{self.as_of.isoformat()}_{self.mode}.png"
        path = ask_save_path(self, suggested)
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            render_png(self.plan, self.mode, path)
        except OSError as exc:
            messages.error(self, self.tr("Could not export"), str(exc))
            return None
        return Path(path)

    # --- page interface
    def status_text(self) -> str:
        if self.plan is None:
            return ""
        units = self.plan.units()
        let = sum(1 for u in units if u.lease is not None)
        in_service = sum(1 for u in units if u.in_service)
        return (
            self.tr("Stacking plan on %1: %2 floors, %3 of %4 units in service let")
            .replace("%1", d.date(self.as_of))
            .replace("%2", str(len(self.plan.floors)))
            .replace("%3", str(let))
            .replace("%4", str(in_service))
        )

    def focus_search(self) -> None:
        self.date_edit.setFocus()

    def save_state(self) -> None:
        self.settings.set_page_value(self.name, "mode", self.mode)

    def restore_state(self) -> None:
        mode = self.settings.page_value(self.name, "mode", "tenant")
        if mode in stacking.MODES:
            self.set_mode(mode)

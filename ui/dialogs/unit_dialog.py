"""Create or edit a unit: floor, code, kind, rentable area, in service, notes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from adminapp.services import building
from adminapp.services.building import FloorView, UnitInput, UnitView
from adminapp.services.context import AppContext
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.labels import current_code, fill_codes, select_code, unit_kind_labels
from ui.widgets.money_edit import MoneyEdit


class UnitDialog(FormDialog):
    DEPENDS = {"floor_id": ("code", "rentable_area"), "rentable_area": ("floor_id",)}

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        unit_id: int | None = None,
        floor_id: int | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.unit_id = unit_id
        self._original: UnitView | None = building.get_unit(ctx, unit_id) if unit_id else None
        self._floors: dict[int, FloorView] = {f.id: f for f in building.list_floors(ctx)}

        self.floor_combo = QComboBox()
        self.floor_combo.addItem(self.tr("Choose a floor…"), None)
        for f in self._floors.values():
            self.floor_combo.addItem(fill(self.tr("Floor %1"), f.label), f.id)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.kind_combo = QComboBox()
        fill_codes(self.kind_combo, unit_kind_labels(), self.tr("Choose a kind…"))
        self.area_edit = MoneyEdit(decimals=2)
        area_box = QWidget()
        area_layout = QHBoxLayout(area_box)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.area_edit, 1)
        area_layout.addWidget(QLabel(self.tr("m²")))
        self.in_service_check = QCheckBox(self.tr("In service (can be leased)"))
        self.in_service_check.setChecked(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Floor"), self.add_field("floor_id", self.floor_combo))
        form.addRow(self.tr("Unit code"), self.add_field("code", self.code_edit))
        form.addRow(self.tr("Kind"), self.add_field("kind", self.kind_combo))
        form.addRow(
            self.tr("Rentable area"),
            self.add_field("rentable_area", area_box, highlight=self.area_edit),
        )
        form.addRow("", self.add_field("in_service", self.in_service_check))
        form.addRow(self.tr("Notes"), self.add_field("notes", self.notes_edit))
        self.compose(form)

        self._load(self._original, floor_id)
        self.code_edit.textEdited.connect(self._upper_case)
        self.watch("floor_id", self.floor_combo.currentIndexChanged)
        self.watch("code", self.code_edit.textChanged)
        self.watch("kind", self.kind_combo.currentIndexChanged)
        self.watch("rentable_area", self.area_edit.textChanged)
        self.watch("in_service", self.in_service_check.toggled)
        self.watch("notes", self.notes_edit.textChanged)
        if self._original:
            self.setWindowTitle(fill(self.tr("Edit unit %1"), self._original.code))
        else:
            self.setWindowTitle(self.tr("New unit"))
        self.resize(540, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        unit_id: int | None,
        floor_id: int | None = None,
    ) -> UnitView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, unit_id, floor_id))

    # -- values ---------------------------------------------------------------------------

    def _load(self, unit: UnitView | None, floor_id: int | None) -> None:
        if unit is None:
            self.floor_id = floor_id
            select_code(self.kind_combo, "private_office")
            return
        self.floor_id = unit.floor_id
        self.code_edit.setText(unit.code)
        select_code(self.kind_combo, unit.kind)
        self.area_edit.set_value(unit.rentable_area)
        self.in_service_check.setChecked(unit.in_service)
        self.notes_edit.setPlainText(unit.notes)

    @property
    def floor_id(self) -> int | None:
        return self.floor_combo.currentData()

    @floor_id.setter
    def floor_id(self, value: int | None) -> None:
        self.floor_combo.setCurrentIndex(max(self.floor_combo.findData(value), 0))

    @property
    def unit_input(self) -> UnitInput:
        return UnitInput(
            floor_id=self.floor_id,
            code=self.code_edit.text(),
            kind=current_code(self.kind_combo),
            rentable_area=self.area_edit.text(),
            in_service=self.in_service_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            pos = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(pos)

    # -- feedback -------------------------------------------------------------------------

    def _floor_use(self) -> tuple[FloorView, Decimal] | None:
        """The chosen floor and its units' area without this unit."""
        floor = self._floors.get(self.floor_id or 0)
        if floor is None:
            return None
        others = floor.rentable_area
        if self._original and self._original.floor_id == floor.id:
            others -= self._original.rentable_area
        return floor, others

    def update_hints(self) -> None:
        floor = self._floors.get(self.floor_id or 0)
        prefix = building.floor_prefix(floor.label) if floor else "7F-"
        self.code_edit.setPlaceholderText(fill(self.tr("e.g. %1"), f"{prefix}12"))
        use = self._floor_use()
        if use is None:
            self.set_hint("rentable_area", "")
            return
        floor, others = use
        area = self.area_edit.value() or Decimal(0)
        self.set_hint(
            "rentable_area",
            fill(
                self.tr("Floor %1: %2 m² gross; units %3 m² with this one"),
                floor.label,
                f"{floor.gross_area:,.2f}",
                f"{others + area:,.2f}",
            ),
        )

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        code = self.code_edit.text().strip().upper()
        floor = self._floors.get(self.floor_id or 0)
        if not code:
            errors["code"] = self.tr("Unit code is required (e.g. 7F-12)")
        elif not building.UNIT_CODE.match(code):
            errors["code"] = self.tr("Unit code must look like 7F-12 or B1-03")
        elif floor is not None and f"-{building.floor_prefix(floor.label)}" not in f"-{code}":
            errors["code"] = fill(
                self.tr("Units on floor %1 have codes starting %2"),
                floor.label,
                building.floor_prefix(floor.label),
            )
        area = self.area_edit.value()
        use = self._floor_use()
        if area is None:
            errors["rentable_area"] = self.tr("Rentable area must be a number")
        elif area <= 0:
            errors["rentable_area"] = self.tr("Rentable area must be greater than zero")
        elif use is not None and use[1] + area > use[0].gross_area:
            errors["rentable_area"] = fill(
                self.tr("Floor %1 would have %2 m² rentable, more than its %3 m² gross area"),
                use[0].label,
                f"{use[1] + area:,.2f}",
                f"{use[0].gross_area:,.2f}",
            )
        return errors

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        self._original = building.get_unit(self.ctx, self.unit_id)
        self._load(self._original, None)
        return True

    def save(self) -> UnitView:
        if self.unit_id:
            version = self._original.version if self._original else None
            return building.update_unit(
                self.ctx, self.unit_id, self.unit_input, expected_version=version
            )
        return building.create_unit(self.ctx, self.unit_input)

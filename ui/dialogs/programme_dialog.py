"""Set up or edit a programme: names, kind, platform, unit, budgets by year, caps, application
windows, eligibility, required documents and the review rubric.

Everything is checked by the programmes service (as the user types, with the same words, and
on Save); a refusal is shown under the field it names and the dialog keeps what was typed.
Windows are shown with their last day: the service keeps them half-open (it stores the day
after).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import programmes
from adminapp.services.financing.programmes import ProgrammeInput, ProgrammeView
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.labels import current_code, fill_codes, segment_labels, select_code
from ui.models import display as d
from ui.models.programmes import kind_labels, platform_labels, unit_labels
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit, parse_amount

ONE_DAY = dt.timedelta(days=1)
ROWS_STYLE = """
QFrame#rows { border: 1px solid #d3d8de; border-radius: 4px; }
QFrame#rows[fieldError="true"] { border: 1px solid #b3261e; }
QFrame#segments { border: 1px solid #d3d8de; border-radius: 4px; }
QFrame#segments[fieldError="true"] { border: 1px solid #b3261e; }
QLabel[formRole="note"] { color: #5f6368; }
"""


class RowsEditor(QFrame):
    """Rows of small inputs (a budget year, a window, a criterion) with Remove, and Add."""

    changed = Signal()

    def __init__(
        self,
        make_row: Callable[[QWidget, tuple], list[Any]],
        add_text: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rows")
        self._make_row = make_row
        self.rows: list[tuple[QWidget, list[Any]]] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setProperty("formRole", "note")
        self.add_button = QPushButton(add_text, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        layout.addLayout(bottom)
        self.next_values: Callable[[], tuple] = lambda: ()
        self.add_button.clicked.connect(lambda: self.add_row(*self.next_values()))

    def add_row(self, *values: Any) -> list[Any]:
        row = QWidget(self)
        inputs = self._make_row(row, values)
        remove = QToolButton(row)
        remove.setText(self.tr("Remove"))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in inputs:
            line.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        line.addWidget(remove)
        self.rows.append((row, inputs))
        self._rows_layout.addWidget(row)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.empty_label.setVisible(False)
        self.changed.emit()
        return inputs

    def remove_row(self, row: QWidget | int) -> None:
        index = row if isinstance(row, int) else [r for r, _ in self.rows].index(row)
        widget = self.rows.pop(index)[0]
        self._rows_layout.removeWidget(widget)
        widget.deleteLater()
        self.empty_label.setVisible(not self.rows)
        self.changed.emit()

    def clear(self) -> None:
        while self.rows:
            self.remove_row(0)

    def inputs(self) -> list[list[Any]]:
        return [inputs for _row, inputs in self.rows]


def _label(text: str, parent: QWidget) -> QLabel:
    return QLabel(text, parent)


class ProgrammeDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, programme_id: int | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.setStyleSheet(self.styleSheet() + ROWS_STYLE)
        self.programme_id = programme_id
        original = programmes.get_programme(ctx, programme_id) if programme_id else None
        # The version the form was loaded from: a save over someone else's is refused.
        self.loaded_version = original.version if original else None

        # -- the programme
        self.name_en_edit = QLineEdit()
        self.name_en_edit.setMaxLength(200)
        self.name_zh_edit = QLineEdit()
        self.name_zh_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        fill_codes(self.kind_combo, kind_labels(), self.tr("Choose a kind…"))
        self.platform_combo = QComboBox()
        fill_codes(self.platform_combo, platform_labels(), self.tr("Choose a platform…"))
        self.unit_combo = QComboBox()
        fill_codes(self.unit_combo, unit_labels())
        self.active_check = QCheckBox(self.tr("Open to applications"))
        self.description_edit = QPlainTextEdit()
        lines = self.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(3 * lines + 14)

        # -- money
        self.budgets_editor = RowsEditor(
            self._budget_row, self.tr("Add year"), self.tr("No budget yet.")
        )
        self.budgets_editor.next_values = self._next_budget_year
        self.cap_company_edit = MoneyEdit(decimals=2)
        self.cap_company_edit.setPlaceholderText(self.tr("no cap"))
        self.cap_company_unit = QLabel()
        self.cap_percent_edit = MoneyEdit(decimals=2, trim=True)
        self.cap_percent_edit.setPlaceholderText(self.tr("no cap"))

        # -- who may apply, when, with what
        self.windows_editor = RowsEditor(
            self._window_row,
            self.tr("Add window"),
            self.tr("No window: applications cannot be submitted."),
        )
        self.windows_editor.next_values = self._next_window
        self.lease_check = QCheckBox(self.tr("Must hold an active lease"))
        self.arrears_check = QCheckBox(self.tr("No rent arrears over 90 days"))
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 240)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.segments_box = QFrame()
        self.segments_box.setObjectName("segments")
        segments_layout = QGridLayout(self.segments_box)
        segments_layout.setContentsMargins(6, 4, 6, 4)
        segments_layout.setVerticalSpacing(2)
        self.segment_checks: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(segment_labels().items()):
            check = QCheckBox(label)
            segments_layout.addWidget(check, i // 2, i % 2)
            self.segment_checks[code] = check
        self.documents_edit = QPlainTextEdit()
        self.documents_edit.setFixedHeight(4 * lines + 14)
        self.documents_edit.setPlaceholderText(self.tr("One document per line"))
        self.criteria_editor = RowsEditor(
            self._criterion_row,
            self.tr("Add criterion"),
            self.tr("No rubric yet: at least one criterion is needed."),
        )
        self.criteria_editor.next_values = lambda: ("", Decimal(1))

        cap_company = QWidget()
        cap_line = QHBoxLayout(cap_company)
        cap_line.setContentsMargins(0, 0, 0, 0)
        cap_line.addWidget(self.cap_company_edit, 1)
        cap_line.addWidget(self.cap_company_unit)
        cap_percent = QWidget()
        pct_line = QHBoxLayout(cap_percent)
        pct_line.setContentsMargins(0, 0, 0, 0)
        pct_line.addWidget(self.cap_percent_edit, 1)
        pct_line.addWidget(QLabel(self.tr("% of the eligible cost")))

        general = QFormLayout()
        general.addRow(self.tr("English name"), self.add_field("name_en", self.name_en_edit))
        general.addRow(self.tr("Chinese name"), self.add_field("name_zh", self.name_zh_edit))
        general.addRow(self.tr("Kind"), self.add_field("kind", self.kind_combo))
        general.addRow(self.tr("Platform"), self.add_field("platform", self.platform_combo))
        general.addRow(self.tr("Amounts in"), self.add_field("unit", self.unit_combo))
        general.addRow(self.tr("Status"), self.add_field("active", self.active_check))
        general.addRow(self.tr("Description"), self.add_field("description", self.description_edit))
        money = QFormLayout()
        money.addRow(
            self.tr("Budgets"),
            self.add_field("budgets", self.budgets_editor, text=self._budgets_text),
        )
        money.addRow(
            self.tr("Cap per company a year"),
            self.add_field("cap_per_company_year", cap_company, highlight=self.cap_company_edit),
        )
        money.addRow(
            self.tr("Cap as a share"),
            self.add_field("cap_percent", cap_percent, highlight=self.cap_percent_edit),
        )
        who = QFormLayout()
        who.addRow(
            self.tr("Windows"),
            self.add_field("windows", self.windows_editor, text=self._windows_text),
        )
        who.addRow(self.tr("Lease"), self.add_field("requires_active_lease", self.lease_check))
        who.addRow(self.tr("Arrears"), self.add_field("bars_arrears_over_90", self.arrears_check))
        who.addRow(
            self.tr("In residence for"),
            self.add_field("min_months_in_residence", self.months_spin),
        )
        who.addRow(
            self.tr("Segments"),
            self.add_field("segments", self.segments_box, text=self._segments_text),
        )
        review = QFormLayout()
        review.addRow(
            self.tr("Required documents"), self.add_field("documents", self.documents_edit)
        )
        review.addRow(
            self.tr("Review rubric"),
            self.add_field("criteria", self.criteria_editor, text=self._criteria_text),
        )
        self.set_hint(
            "windows",
            self.tr("Applications are received from the first to the last day of a window."),
        )
        self.set_hint("segments", self.tr("None ticked: companies of every segment may apply."))
        self.set_hint("cap_percent", self.tr("e.g. 30 for up to 30% of the eligible cost"))

        left = [_group(self.tr("Programme"), general), _group(self.tr("Money"), money)]
        right = [
            _group(self.tr("Who may apply, and when"), who),
            _group(self.tr("Applications and review"), review),
        ]
        self.compose_columns(left, right)

        self._load(original)
        for name, signal in (
            ("name_en", self.name_en_edit.textChanged),
            ("name_zh", self.name_zh_edit.textChanged),
            ("kind", self.kind_combo.currentIndexChanged),
            ("platform", self.platform_combo.currentIndexChanged),
            ("unit", self.unit_combo.currentIndexChanged),
            ("active", self.active_check.toggled),
            ("description", self.description_edit.textChanged),
            ("budgets", self.budgets_editor.changed),
            ("cap_per_company_year", self.cap_company_edit.textChanged),
            ("cap_percent", self.cap_percent_edit.textChanged),
            ("windows", self.windows_editor.changed),
            ("requires_active_lease", self.lease_check.toggled),
            ("bars_arrears_over_90", self.arrears_check.toggled),
            ("min_months_in_residence", self.months_spin.valueChanged),
            ("documents", self.documents_edit.textChanged),
            ("criteria", self.criteria_editor.changed),
        ):
            self.watch(name, signal)
        for check in self.segment_checks.values():
            self.watch("segments", check.toggled)
        if original:
            title = original.name_en + (f" · {original.name_zh}" if original.name_zh else "")
            self.setWindowTitle(fill(self.tr("Edit programme %1"), title))
        else:
            self.setWindowTitle(self.tr("New programme"))
            self.save_button.setText(self.tr("Create programme"))
        self.resize(1020, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, programme_id: int | None = None
    ) -> ProgrammeView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, programme_id))

    # -- the row editors ----------------------------------------------------------------------

    def _budget_row(self, row: QWidget, values: tuple) -> list[Any]:
        year_spin = QSpinBox(row)
        year_spin.setRange(2000, 2100)
        year_spin.setValue(int(values[0]) if values else centre_today().year)
        amount = MoneyEdit(row, decimals=2)
        if len(values) > 1:
            amount.set_value(values[1])
        unit = QLabel(self._unit_suffix(), row)
        unit.setObjectName("unit")
        year_spin.valueChanged.connect(self.budgets_editor.changed)
        amount.textChanged.connect(self.budgets_editor.changed)
        return [year_spin, amount, unit]

    def _next_budget_year(self) -> tuple:
        years = [spin.value() for spin, *_rest in self.budgets_editor.inputs()]
        return (max(years) + 1 if years else centre_today().year,)

    def _window_row(self, row: QWidget, values: tuple) -> list[Any]:
        today = centre_today()
        opens = DateEdit(row, values[0] if values else today)
        last = DateEdit(row, values[1] if len(values) > 1 else today)
        opens.dateChanged.connect(self.windows_editor.changed)
        last.dateChanged.connect(self.windows_editor.changed)
        return [_label(self.tr("from"), row), opens, _label(self.tr("to"), row), last]

    def _next_window(self) -> tuple:
        lasts = [last.date_value() for _f, _o, _t, last in self.windows_editor.inputs()]
        start = max(lasts) + ONE_DAY if lasts else centre_today()
        return (start, start + dt.timedelta(days=30))

    def _criterion_row(self, row: QWidget, values: tuple) -> list[Any]:
        name = QLineEdit(row)
        name.setMaxLength(120)
        name.setPlaceholderText(self.tr("e.g. Technical merit"))
        name.setText(str(values[0]) if values else "")
        weight = MoneyEdit(row, decimals=2, trim=True)
        weight.setMaximumWidth(70)
        if len(values) > 1:
            weight.set_value(values[1])
        name.textChanged.connect(self.criteria_editor.changed)
        weight.textChanged.connect(self.criteria_editor.changed)
        return [name, _label(self.tr("weight"), row), weight]

    def _unit_suffix(self) -> str:
        return "¥" if current_code(self.unit_combo) != "GPU_HOURS" else self.tr("GPU-hours")

    # -- values ---------------------------------------------------------------------------------

    def _load(self, p: ProgrammeView | None) -> None:
        for editor in (self.budgets_editor, self.windows_editor, self.criteria_editor):
            editor.clear()
        if p is None:
            select_code(self.unit_combo, "CNY")
            self.active_check.setChecked(True)
            self.budgets_editor.add_row(centre_today().year)
            self._unit_changed()
            return
        self.name_en_edit.setText(p.name_en)
        self.name_zh_edit.setText(p.name_zh)
        select_code(self.kind_combo, p.kind)
        select_code(self.platform_combo, p.platform)
        select_code(self.unit_combo, p.unit)
        self.active_check.setChecked(p.active)
        self.description_edit.setPlainText(p.description)
        for year, amount in sorted(p.budgets.items()):
            self.budgets_editor.add_row(year, amount)
        self.cap_company_edit.set_value(p.cap_per_company_year)
        self.cap_percent_edit.set_value(p.cap_percent)
        for opens, closes in p.windows:
            self.windows_editor.add_row(opens, closes - ONE_DAY)
        self.lease_check.setChecked(p.requires_active_lease)
        self.arrears_check.setChecked(p.bars_arrears_over_90)
        self.months_spin.setValue(p.min_months_in_residence)
        for code, check in self.segment_checks.items():
            check.setChecked(code in p.segments)
        self.documents_edit.setPlainText("\n".join(p.documents))
        for name, weight in p.criteria:
            self.criteria_editor.add_row(name, weight)
        self._unit_changed()

    def _unit_changed(self) -> None:
        suffix = self._unit_suffix()
        self.cap_company_unit.setText(suffix)
        for inputs in self.budgets_editor.inputs():
            inputs[2].setText(suffix)

    def raw_budgets(self) -> list[tuple[int, str]]:
        """The budget rows as typed: (year, amount text)."""
        return [(year.value(), amount.text()) for year, amount, _u in self.budgets_editor.inputs()]

    def raw_windows(self) -> list[tuple[dt.date, dt.date]]:
        """The windows as shown: (first day, last day)."""
        return [
            (o.date_value(), last.date_value()) for _f, o, _t, last in self.windows_editor.inputs()
        ]

    def raw_criteria(self) -> list[tuple[str, str]]:
        return [(name.text(), weight.text()) for name, _l, weight in self.criteria_editor.inputs()]

    def documents(self) -> list[str]:
        return [
            line.strip() for line in self.documents_edit.toPlainText().splitlines() if line.strip()
        ]

    @property
    def segments(self) -> list[str]:
        return [code for code, check in self.segment_checks.items() if check.isChecked()]

    @property
    def programme_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            name_en=self.name_en_edit.text(),
            name_zh=self.name_zh_edit.text(),
            kind=current_code(self.kind_combo),
            platform=current_code(self.platform_combo),
            unit=current_code(self.unit_combo),
            budgets=dict(self.raw_budgets()),
            cap_per_company_year=self.cap_company_edit.text(),
            cap_percent=self.cap_percent_edit.text(),
            # The service keeps windows half-open: it is told the day after the last.
            windows=[(first, last + ONE_DAY) for first, last in self.raw_windows()],
            requires_active_lease=self.lease_check.isChecked(),
            bars_arrears_over_90=self.arrears_check.isChecked(),
            min_months_in_residence=self.months_spin.value(),
            segments=self.segments,
            documents=self.documents(),
            criteria=self.raw_criteria(),
            description=self.description_edit.toPlainText(),
            active=self.active_check.isChecked(),
        )

    # -- what the user typed, as text (listed back after "Load their changes") ------------------

    def _budgets_text(self) -> str:
        return "; ".join(f"{y}: {a or '—'}" for y, a in self.raw_budgets()) or "—"

    def _windows_text(self) -> str:
        return "; ".join(f"{o} – {c}" for o, c in self.raw_windows()) or "—"

    def _segments_text(self) -> str:
        labels = segment_labels()
        return ", ".join(labels[c] for c in self.segments) or "—"

    def _criteria_text(self) -> str:
        return "; ".join(f"{n} ({w or '—'})" for n, w in self.raw_criteria()) or "—"

    # -- feedback ---------------------------------------------------------------------------------

    def field_changed(self, name: str) -> None:
        if name == "unit":
            self._unit_changed()
        super().field_changed(name)

    def local_errors(self) -> dict[str, str]:
        """What the service cannot see: a year listed twice collapses into one budget."""
        years = [y for y, _a in self.raw_budgets()]
        twice = sorted({y for y in years if years.count(y) > 1})
        if twice:
            return {"budgets": fill(self.tr("The budget for %1 is listed twice"), twice[0])}
        return {}

    def live_errors(self) -> dict[str, str]:
        # The service's own checks, with the same words as on Save.
        errors = programmes.validate(self.programme_input)
        errors.update(self.local_errors())
        return errors

    def update_hints(self) -> None:
        weights = [parse_amount(w) for _n, w in self.raw_criteria()]
        total = sum((w for w in weights if w is not None and w > 0), Decimal(0))
        self.set_hint(
            "criteria",
            fill(
                self.tr("Weights add up to %1; a score is Σ weight × score ÷ Σ weight."),
                f"{total.normalize():f}",
            )
            if total
            else "",
        )
        unit = current_code(self.unit_combo)
        cap = self.cap_company_edit.value()
        self.set_hint(
            "cap_per_company_year",
            fill(self.tr("At most %1 per company in a year"), d.quantity(cap, unit))
            if cap is not None and cap >= 0
            else self.tr("Empty: no cap per company"),
        )

    # -- saving ---------------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        if self.programme_id is None:
            return False
        fresh = programmes.get_programme(self.ctx, self.programme_id)
        self.loaded_version = fresh.version
        self._load(fresh)
        return True

    def save(self) -> ProgrammeView | None:
        local = self.local_errors()
        if local:
            errors = programmes.validate(self.programme_input)
            errors.update(local)
            self.show_local_errors(errors)
            return None
        data = self.programme_input
        if self.programme_id is not None:
            return programmes.update_programme(
                self.ctx, self.programme_id, data, expected_version=self.loaded_version
            )
        return programmes.create_programme(self.ctx, data)


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    box.setLayout(form)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return box

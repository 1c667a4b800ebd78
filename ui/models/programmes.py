"""The Programmes page's tables: each programme's budget figures for a year, and their totals
per unit; and how programme codes (kind, platform, unit) read, for the page and the programme
editor alike."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from adminapp.models import PLATFORMS, PROGRAMME_KINDS, PROGRAMME_UNITS
from adminapp.services.context import centre_today
from adminapp.services.financing import BudgetTotal, ProgrammeBudgetLine
from ui.models import display as d
from ui.models.table import Column, Index, RowsTableModel
from ui.widgets.budget_bars import BAR_ROLE, BarFigures

# --- how programme codes read ----------------------------------------------------------------

_UNITS = {
    "CNY": QT_TRANSLATE_NOOP("ProgrammeUnit", "CNY (¥)"),
    "GPU_HOURS": QT_TRANSLATE_NOOP("ProgrammeUnit", "GPU-hours"),
}


def unit_label(code: str) -> str:
    source = _UNITS.get(code)
    return QCoreApplication.translate("ProgrammeUnit", source) if source else code


def kind_labels() -> dict[str, str]:
    return {k: d.programme_kind_label(k) for k in PROGRAMME_KINDS}


def platform_labels() -> dict[str, str]:
    return {k: d.platform_label(k) for k in PLATFORMS}


def unit_labels() -> dict[str, str]:
    return {k: unit_label(k) for k in PROGRAMME_UNITS}


# --- the table ---------------------------------------------------------------------------

OVER_COLOUR = QColor("#b3261e")
INACTIVE_COLOUR = QColor("#7a8691")
NAME, KIND, BUDGET, COMMITTED, DISBURSED, REMAINING, BAR = range(7)
MIN_BAR_WIDTH = 240


def _remaining_text(row: ProgrammeBudgetLine | BudgetTotal) -> str:
    if row.over_budget > 0:
        return QCoreApplication.translate("ProgrammesPage", "over by %1").replace(
            "%1", d.quantity(row.over_budget, row.unit)
        )
    return d.quantity(row.remaining, row.unit)


def _figure_columns(year_text: Any) -> list[Column]:
    """Budget, committed, disbursed, remaining and the bar: the same for programmes and
    totals, so the totals line up under the programmes."""

    def budget(r: Any) -> str:
        if r.budget is None:
            return QCoreApplication.translate("ProgrammesPage", "No budget")
        return d.quantity(r.budget, r.unit)

    def budget_tip(r: Any) -> str:
        if r.budget is None:
            return QCoreApplication.translate("ProgrammesPage", "No budget is set for %1").replace(
                "%1", year_text()
            )
        return d.quantity(r.budget, r.unit)

    def over(r: Any) -> QColor | None:
        return OVER_COLOUR if r.over_budget > 0 else None

    def bar_tip(r: Any) -> str:
        return (
            QCoreApplication.translate(
                "ProgrammesPage", "Disbursed %1; committed, not yet disbursed %2; remaining %3"
            )
            .replace("%1", d.quantity(r.disbursed, r.unit))
            .replace("%2", d.quantity(r.undisbursed, r.unit))
            .replace("%3", d.quantity(r.remaining, r.unit))
        )

    return [
        Column(
            QCoreApplication.translate("ProgrammesPage", "Budget"),
            budget,
            numeric=True,
            width=140,
            tooltip=budget_tip,
        ),
        Column(
            QCoreApplication.translate("ProgrammesPage", "Committed"),
            lambda r: d.quantity(r.committed, r.unit),
            numeric=True,
            width=140,
            tooltip=lambda r: (
                QCoreApplication.translate("ProgrammesPage", "Approved in %1: %2")
                .replace("%1", year_text())
                .replace("%2", d.quantity(r.committed, r.unit))
            ),
        ),
        Column(
            QCoreApplication.translate("ProgrammesPage", "Disbursed"),
            lambda r: d.quantity(r.disbursed, r.unit),
            numeric=True,
            width=140,
        ),
        Column(
            QCoreApplication.translate("ProgrammesPage", "Remaining"),
            _remaining_text,
            numeric=True,
            width=140,
            colour=over,
        ),
        Column(
            QCoreApplication.translate("ProgrammesPage", "Use of the budget"),
            lambda _r: "",
            width=MIN_BAR_WIDTH,
            tooltip=bar_tip,
        ),
    ]


class _FiguresModel(RowsTableModel):
    """Rows with budget figures; the bar column gives the delegate its ``BarFigures``."""

    bold = False

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.year = centre_today().year
        self._bold = QFont()
        self._bold.setBold(True)

    def year_text(self) -> str:
        return str(self.year)

    def no_budget_text(self) -> str:
        return self.tr("No budget for %1").replace("%1", self.year_text())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            # What each figure means (the columns do not sort: the list is short).
            return {
                BUDGET: self.tr("The programme's budget for the year"),
                COMMITTED: self.tr(
                    "Approved in the year: applications approved, disbursing or closed"
                ),
                DISBURSED: self.tr("Paid out of what is committed"),
                REMAINING: self.tr("What may still be approved: budget − committed"),
                BAR: self.tr(
                    "Disbursed | committed, not yet disbursed | remaining, on the scale of the "
                    "budget; on the right, the share of the budget committed"
                ),
            }.get(section, "")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == BAR_ROLE:
            r = self.row_at(index.row())
            return BarFigures(r.budget, r.committed, r.disbursed, self.no_budget_text())
        if role == Qt.ItemDataRole.FontRole and self.bold:
            return self._bold
        return super().data(index, role)


class ProgrammeBudgetsModel(_FiguresModel):
    """One row per programme (``ProgrammeBudgetLine``), by English name."""

    id_attr = "programme_id"

    def __init__(self, parent: QObject | None = None) -> None:
        def name(r: ProgrammeBudgetLine) -> str:
            first = r.name_en if r.active else self.tr("%1 (inactive)").replace("%1", r.name_en)
            return f"{first}\n{r.name_zh}" if r.name_zh else first

        def grey(r: ProgrammeBudgetLine) -> QColor | None:
            return None if r.active else INACTIVE_COLOUR

        super().__init__(
            [
                Column(self.tr("Programme"), name, width=300, colour=grey),
                Column(
                    self.tr("Kind · platform"),
                    lambda r: f"{d.programme_kind_label(r.kind)}\n{d.platform_label(r.platform)}",
                    width=190,
                    colour=grey,
                ),
                *_figure_columns(self.year_text),
            ],
            parent,
        )

    def set_lines(self, year: int, lines: list[ProgrammeBudgetLine]) -> None:
        self.year = year
        self.set_rows(lines)


class BudgetTotalsModel(_FiguresModel):
    """One row per unit (``BudgetTotal``): the programmes above added up."""

    id_attr = "unit"
    bold = True

    def __init__(self, parent: QObject | None = None) -> None:
        def name(t: BudgetTotal) -> str:
            many = self.tr("%1 programmes") if t.programmes != 1 else self.tr("%1 programme")
            return (
                self.tr("Total in %1").replace("%1", unit_label(t.unit))
                + "\n"
                + many.replace("%1", str(t.programmes))
            )

        super().__init__(
            [Column(self.tr("Total"), name, width=300), Column("", lambda _t: "", width=190)]
            + _figure_columns(self.year_text),
            parent,
        )

    def set_totals(self, year: int, totals: list[BudgetTotal]) -> None:
        self.year = year
        self.set_rows(totals)

"""Programmes: each support policy's budget for a year, committed, disbursed and remaining.

One row per programme with its figures and a stacked bar on the scale of its budget; totals
per unit below (CNY and GPU-hours are never added together); the selected programme's rules
(windows, caps, eligibility, documents, rubric, budgets by year) in the panel underneath.
Every figure comes from the financing services; New and Edit open the programme editor.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.models import SEGMENTS
from adminapp.services import financing as fin
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import BudgetTotal, ProgrammeBudgetLine
from ui.models import display as d
from ui.models.programmes import (
    BAR,
    KIND,
    MIN_BAR_WIDTH,
    NAME,
    BudgetTotalsModel,
    ProgrammeBudgetsModel,
    kind_labels,
    platform_labels,
    unit_label,
)
from ui.models.table import RowsTableModel
from ui.pages import detail_html as h
from ui.pages.base import Page
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.budget_bars import BudgetBarDelegate, BudgetLegend

NARROWEST = {NAME: 150, KIND: 100}  # when space is short these give way (elided) first


def fit_columns(view: QTableView, model: RowsTableModel) -> None:
    """Each column but the bar as wide as its longest line (up to its ``Column.width``); the
    bar takes the rest."""
    font = view.font()
    font.setBold(getattr(model, "bold", False))
    metrics = QFontMetrics(font)
    header = view.horizontalHeader()
    for i, column in enumerate(model.columns[:BAR]):
        lines = [line for text in model.cell_texts(i, 500) for line in text.split("\n")]
        content = max((metrics.horizontalAdvance(t) for t in lines), default=0) + 16
        view.setColumnWidth(i, max(header.sectionSizeHint(i), min(content, column.width)))


def _table(model: RowsTableModel, bars: BudgetBarDelegate, row_height: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    bars.setParent(view)
    view.setItemDelegateForColumn(BAR, bars)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
    return view


class ProgrammesPage(Page):
    name = "programmes"
    listens = ("programmesChanged", "applicationsChanged")
    requires = {"new": "programme.create", "edit": "programme.update"}

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.lines: list[ProgrammeBudgetLine] = []
        self.totals: list[BudgetTotal] = []
        self._selected_id: int | None = None
        self._fitted: list[int] = []  # the columns' widths before the bar, fitted to the texts

        heading = QLabel(self.tr("Programme budgets"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(centre_today().year)
        self.year_spin.setToolTip(self.tr("The budget year: budgets and approvals of this year"))
        self.year_spin.valueChanged.connect(self._filters_changed)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem(self.tr("All platforms"), None)
        for code, label in platform_labels().items():
            self.platform_combo.addItem(label, code)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for code, label in kind_labels().items():
            self.kind_combo.addItem(label, code)
        for combo in (self.platform_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.legend = BudgetLegend()

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        for text, widget in (
            (self.tr("&Year"), self.year_spin),
            (self.tr("&Platform"), self.platform_combo),
            (self.tr("&Kind"), self.kind_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
            top.addSpacing(8)
        top.addStretch(1)

        row_height = self.fontMetrics().lineSpacing() * 2 + 12
        self.model = ProgrammeBudgetsModel(self)
        self.bars = BudgetBarDelegate()
        self.view = _table(self.model, self.bars, row_height)
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.request("edit"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(self.view.viewport().mapToGlobal(pos))
        )
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

        self.totals_model = BudgetTotalsModel(self)
        self.totals_bars = BudgetBarDelegate()
        self.totals_view = _table(self.totals_model, self.totals_bars, row_height)
        self.totals_view.horizontalHeader().hide()
        self.totals_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.horizontalHeader().setStretchLastSection(False)
        # The totals keep the programmes' column widths, so their figures line up.
        self.view.horizontalHeader().sectionResized.connect(
            lambda i, _old, new: self.totals_view.setColumnWidth(i, new)
        )

        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        self.empty_label.hide()

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.setSpacing(4)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.totals_view)
        legend_row = QHBoxLayout()
        legend_row.addStretch(1)
        legend_row.addWidget(self.legend)
        upper_layout.addLayout(legend_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 160])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.show_detail(None)

    def title(self) -> str:
        return self.tr("Programmes")

    # --- what is shown
    @property
    def year(self) -> int:
        return self.year_spin.value()

    def set_year(self, year: int) -> None:
        self.year_spin.setValue(year)

    def _filters_changed(self) -> None:
        if self._loaded:
            self.refresh()

    def filtered(self) -> bool:
        return self.platform_combo.currentData() is not None or (
            self.kind_combo.currentData() is not None
        )

    def load(self) -> None:
        year = self.year
        self.lines = fin.budget_overview(
            self.ctx,
            year,
            platform=self.platform_combo.currentData(),
            kind=self.kind_combo.currentData(),
        )
        self.totals = fin.budget_totals(self.lines)
        self.bars.painted.clear()
        self.totals_bars.painted.clear()
        self.model.set_lines(year, self.lines)
        self.totals_model.set_totals(year, self.totals)
        rows = len(self.totals)
        self.totals_view.setFixedHeight(
            rows * self.totals_view.verticalHeader().defaultSectionSize() + 2
        )
        self.totals_view.setVisible(bool(rows))
        fit_columns(self.view, self.model)
        # The totals' first column may need more room than the programmes' names.
        fit_columns(self.totals_view, self.totals_model)
        self._fitted = [
            max(self.view.columnWidth(i), self.totals_view.columnWidth(i)) for i in range(NAME, BAR)
        ]
        self._fit_to_width()
        self._update_empty_state()
        self._reselect()

    def _update_empty_state(self) -> None:
        empty = not self.lines
        if empty:
            if self.filtered():
                text = self.tr("No programme matches the filters.")
            elif self.allows("new"):
                text = self.tr("No programmes yet. Use New (Ctrl+N) to set up the first one.")
            else:
                text = self.tr("No programmes yet.")
            self.empty_label.setText(text)
            self._place_empty_label()
        self.empty_label.setVisible(empty)

    def _fit_to_width(self) -> None:
        """The fitted widths, narrowing the names (elided) before the bars when space is short."""
        widths = list(self._fitted)
        if not widths:
            return
        spare = self.view.viewport().width() - sum(widths) - MIN_BAR_WIDTH
        for column in (NAME, KIND):
            give = min(-spare, widths[column] - NARROWEST[column])
            if give > 0:
                widths[column] -= give
                spare += give
        for i, width in enumerate(widths):
            self.view.setColumnWidth(i, width)
            self.totals_view.setColumnWidth(i, width)
        self.totals_view.setColumnWidth(BAR, self.view.columnWidth(BAR))

    def _place_empty_label(self) -> None:
        r = self.view.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_label.setGeometry(r.x(), r.y(), r.width(), min(r.height(), 120))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
            self._fit_to_width()
        elif (
            obj is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.request("edit")
            return True
        return super().eventFilter(obj, event)

    # --- selection and detail
    def _reselect(self) -> None:
        row = self.model.row_of_id(self._selected_id) if self._selected_id is not None else -1
        selection = self.view.selectionModel()
        if row >= 0:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.show_detail(self._selected_id)
        else:
            self._selected_id = None
            self.show_detail(None)

    def _on_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._selected_id = self.model.row_id(rows[0].row()) if rows else None
        try:
            self.show_detail(self._selected_id)
        finally:
            self.selectionChanged.emit()

    def selected_row(self) -> ProgrammeBudgetLine | None:
        rows = self.view.selectionModel().selectedRows() if self._loaded else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, programme_id: int) -> bool:
        """Select the programme ``programme_id`` if it is listed."""
        self._selected_id = programme_id
        self._reselect()
        self.selectionChanged.emit()
        return self._selected_id == programme_id

    def remember_selection(self, row_id: int | None) -> None:
        self._selected_id = row_id

    def show_detail(self, programme_id: int | None) -> None:
        if programme_id is None:
            self.detail.setHtml(
                h.DETAIL_CSS
                + h.note(
                    self.tr(
                        "Select a programme to see its windows, caps, eligibility, required "
                        "documents, review rubric and budgets by year."
                    )
                )
            )
            return
        try:
            body = self.detail_html(programme_id)
        except DomainError as exc:  # e.g. removed at another workstation since the list loaded
            body = h.note(str(exc))
        self.detail.setHtml(h.DETAIL_CSS + body)

    def detail_html(self, programme_id: int) -> str:
        p = fin.get_programme(self.ctx, programme_id)
        unit = p.unit
        sub = [d.programme_kind_label(p.kind), d.platform_label(p.platform), unit_label(unit)]
        sub.append(self.tr("Active") if p.active else self.tr("Inactive"))
        title = f"{p.name_en} · {p.name_zh}" if p.name_zh else p.name_en
        none = self.tr("None")

        caps = h.kv_table(
            [
                (
                    self.tr("Per company per year"),
                    d.quantity(p.cap_per_company_year, unit) or self.tr("No cap"),
                ),
                (
                    self.tr("Share of the eligible cost"),
                    self.tr("up to %1 %").replace("%1", f"{p.cap_percent.normalize():f}")
                    if p.cap_percent is not None
                    else self.tr("No cap"),
                ),
            ]
        )
        windows = (
            h.grid_table(
                [self.tr("Opens"), self.tr("Last day")],
                [[d.date(o), d.date(c.fromordinal(c.toordinal() - 1))] for o, c in p.windows],
            )
            if p.windows
            else h.note(self.tr("No window: applications cannot be submitted until one is added."))
        )
        segments = [d.segment_label(s) for s in p.segments if s in SEGMENTS]
        eligibility = h.kv_table(
            [
                (self.tr("Active lease"), self.tr("Required") if p.requires_active_lease else none),
                (
                    self.tr("Rent arrears"),
                    self.tr("None over 90 days") if p.bars_arrears_over_90 else none,
                ),
                (
                    self.tr("Months in residence"),
                    self.tr("at least %1").replace("%1", str(p.min_months_in_residence))
                    if p.min_months_in_residence
                    else none,
                ),
                (self.tr("Segments"), ", ".join(segments) or self.tr("Every segment")),
            ]
        )
        documents = (
            "<br>".join(h.esc(x) for x in p.documents)
            if p.documents
            else h.esc(self.tr("None required"))
        )
        total_weight = sum((w for _n, w in p.criteria), Decimal(0))
        rubric = (
            h.grid_table(
                [self.tr("Criterion"), self.tr("Weight"), self.tr("Share")],
                [
                    [name, f"{weight.normalize():f}", d.percent(weight / total_weight)]
                    for name, weight in p.criteria
                ],
                numeric=frozenset({1, 2}),
            )
            if p.criteria
            else h.note(self.tr("No rubric: applications cannot be reviewed until one is added."))
        )
        budget_rows = []
        for year in sorted(p.budgets, reverse=True):
            status = fin.budget_status(self.ctx, p.id, year)
            budget_rows.append(
                [
                    str(year),
                    d.quantity(status.budget, unit),
                    d.quantity(status.committed, unit),
                    d.quantity(status.remaining, unit),
                ]
            )
        budgets = (
            h.grid_table(
                [self.tr("Year"), self.tr("Budget"), self.tr("Committed"), self.tr("Remaining")],
                budget_rows,
                numeric=frozenset({1, 2, 3}),
            )
            if budget_rows
            else h.note(self.tr("No budget in any year."))
        )

        def column(*parts: str) -> str:
            return f"<td width='33%' valign='top' style='padding-right: 18px'>{''.join(parts)}</td>"

        columns = (
            "<table width='100%' cellspacing='0'><tr>"
            + column(
                h.heading(self.tr("Application windows")),
                windows,
                h.heading(self.tr("Caps")),
                caps,
            )
            + column(
                h.heading(self.tr("Eligibility")),
                eligibility,
                h.heading(self.tr("Required documents")),
                f"<p>{documents}</p>",
            )
            + column(
                h.heading(self.tr("Review rubric")),
                rubric,
                h.heading(self.tr("Budgets by year")),
                budgets,
            )
            + "</tr></table>"
        )
        description = f"<p>{h.esc(p.description)}</p>" if p.description else ""
        return h.title(title, " · ".join(sub)) + description + columns

    # --- page interface
    def status_text(self) -> str:
        if not self._loaded:
            return ""
        n = len(self.lines)
        text = (
            self.tr("%1 programmes, budget year %2")
            if n != 1
            else self.tr("%1 programme, budget year %2")
        )
        return text.replace("%1", str(n)).replace("%2", str(self.year))

    def focus_search(self) -> None:
        self.year_spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.year_spin.selectAll()

    def can(self, action: str) -> bool:
        if action in ("new", "refresh"):
            return True
        if action == "edit":
            return self.selected_row() is not None
        return False

    def trigger(self, action: str) -> None:
        if action in ("new", "edit") and not (self.can(action) and self.allows(action)):
            return
        if action == "new":
            self.open_dialog(
                "programme_dialog", "ProgrammeDialog", self.signals.programmesChanged, None
            )
        elif action == "edit":
            row = self.selected_row()
            if row is not None:
                self.open_dialog(
                    "programme_dialog",
                    "ProgrammeDialog",
                    self.signals.programmesChanged,
                    row.programme_id,
                )
        else:
            super().trigger(action)

    def save_state(self) -> None:
        self.settings.set_splitter_state(self.name, self.splitter.saveState())

    def restore_state(self) -> None:
        state = self.settings.splitter_state(self.name)
        if not state.isEmpty():
            self.splitter.restoreState(state)

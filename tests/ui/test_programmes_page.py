"""The Programmes page: each programme's budget for a year, committed, disbursed, remaining."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTableView

from adminapp.services import financing as fin
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import ProgrammeBudgetLine, budget_overview
from tests.test_financing_programmes_listing import build_year_2026
from tests.test_financing_setup import as_user, make_programme, under_review
from tests.ui.test_dialogs_support import answer_modal
from ui.models import display as d
from ui.models.programmes import (
    BAR,
    BUDGET,
    COMMITTED,
    DISBURSED,
    NAME,
    REMAINING,
    ProgrammeBudgetsModel,
)
from ui.pages.programmes import ProgrammesPage
from ui.widgets import budget_bars as bb

D = Decimal


@pytest.fixture
def money(ctx, centre, tmp_path) -> dict[str, int]:
    """Compute rental subsidy, Model-use vouchers (GPU-hours), Data vouchers (2025 budget only)."""
    return build_year_2026(ctx, centre, tmp_path)


@pytest.fixture
def open_page(qtbot, signals, settings):
    def make(ctx: AppContext, year: int = 2026) -> ProgrammesPage:
        page = ProgrammesPage(ctx, signals, settings)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.set_year(year)
        page.show()
        qtbot.waitExposed(page)
        page.activate()
        return page

    return make


def texts(page: ProgrammesPage, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_of(page: ProgrammesPage, name: str) -> int:
    return [line.name_en for line in page.lines].index(name)


def paint_now(view: QTableView) -> None:
    """Paint the table now (the delegate records what it draws)."""
    QApplication.processEvents()
    view.viewport().repaint()
    QApplication.processEvents()


def pixel(view: QTableView, x: float, y: float) -> QColor:
    image: QImage = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(int(x), int(y)))


def near(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


# --- the figures ---------------------------------------------------------------------------


def test_rows_and_figures_match_budget_status(open_page, ctx, money):
    page = open_page(ctx)
    assert texts(page, NAME) == [
        "Compute rental subsidy\n算力租赁补贴",
        "Data vouchers\n数据券",
        "Model-use vouchers\n模型券",
    ]
    assert page.model.index(0, 1).data() == "Subsidy\nCompute"
    for row, line in enumerate(page.lines):
        status = fin.budget_status(ctx, line.programme_id, 2026)
        unit = status.unit
        cells = [page.model.index(row, c).data() for c in (BUDGET, COMMITTED, REMAINING)]
        budget = d.quantity(status.budget, unit) if status.budget else "No budget"
        assert cells == [
            budget,
            d.quantity(status.committed, unit),
            d.quantity(status.remaining, unit),
        ]
    assert texts(page, BUDGET) == ["¥5,000,000.00", "No budget", "100,000 GPU-h"]
    assert texts(page, COMMITTED) == ["¥900,000.00", "¥0.00", "5,000.5 GPU-h"]
    assert texts(page, DISBURSED) == ["¥200,000.00", "¥0.00", "0 GPU-h"]
    assert texts(page, REMAINING) == ["¥4,100,000.00", "¥0.00", "94,999.5 GPU-h"]
    # Totals per unit: CNY and GPU-hours are never added together.
    totals = page.totals_model
    assert [totals.index(r, NAME).data() for r in range(totals.rowCount())] == [
        "Total in CNY (¥)\n2 programmes",
        "Total in GPU-hours\n1 programme",
    ]
    assert [totals.index(0, c).data() for c in (BUDGET, COMMITTED, DISBURSED, REMAINING)] == [
        "¥5,000,000.00",
        "¥900,000.00",
        "¥200,000.00",
        "¥4,100,000.00",
    ]
    assert totals.index(1, BUDGET).data() == "100,000 GPU-h"
    assert page.status_text() == "3 programmes, budget year 2026"
    assert page.legend.isVisible()
    assert [t for _k, t in page.legend.items][:3] == [
        "Disbursed",
        "Committed, not yet disbursed",
        "Remaining",
    ]


def test_the_bars_are_drawn_to_the_figures(open_page, ctx, money):
    page = open_page(ctx)
    paint_now(page.view)
    compute = row_of(page, "Compute rental subsidy")
    parts = page.bars.painted[compute]
    assert [kind for kind, _r in parts] == ["disbursed", "committed", "remaining"]
    bar_width = sum(r.width() for _k, r in parts)
    # ¥200,000 paid and ¥700,000 committed of ¥5,000,000; ¥4,100,000 remains.
    widths = [r.width() / bar_width for _k, r in parts]
    assert widths == pytest.approx([0.04, 0.14, 0.82], abs=0.002)
    # And those are the colours on screen, in that order.
    for (_kind, rect), colour in zip(
        parts, (bb.DISBURSED, bb.COMMITTED, bb.REMAINING), strict=True
    ):
        centre = rect.center()
        assert near(pixel(page.view, centre.x(), centre.y()), colour), _kind
    assert page.view.model().index(compute, BAR).data(Qt.ItemDataRole.ToolTipRole) == (
        "Disbursed ¥200,000.00; committed, not yet disbursed ¥700,000.00; remaining ¥4,100,000.00"
    )
    # No budget in 2026: an empty outline, nothing filled.
    data_row = row_of(page, "Data vouchers")
    assert page.bars.painted[data_row] == []
    # GPU-hours: on the scale of their own budget.
    hours = page.bars.painted[row_of(page, "Model-use vouchers")]
    assert [k for k, _r in hours] == ["committed", "remaining"]
    assert hours[0][1].width() / (hours[0][1].width() + hours[1][1].width()) == pytest.approx(
        5000.50 / 100000, abs=0.002
    )
    # The totals have bars too.
    paint_now(page.totals_view)
    assert [k for k, _r in page.totals_bars.painted[0]] == ["disbursed", "committed", "remaining"]


def test_over_budget_is_drawn_red_past_a_mark_at_the_budget(qtbot):
    """The services refuse to overspend; the drawing still shows it plainly if it happens."""
    over = ProgrammeBudgetLine(
        1, "Relocation reward", "落户奖励", "grant", "comprehensive", "CNY", True, 2026,
        D("750000.00"), D("1000000.00"), D("250000.00"),
    )  # fmt: skip
    model = ProgrammeBudgetsModel()
    model.set_lines(2026, [over])
    assert model.index(0, REMAINING).data() == "over by ¥250,000.00"
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    bars = bb.BudgetBarDelegate(view)
    view.setItemDelegateForColumn(BAR, bars)
    view.setColumnWidth(BAR, 400)
    view.verticalHeader().setDefaultSectionSize(40)
    view.resize(1400, 120)
    view.show()
    qtbot.waitExposed(view)
    paint_now(view)
    parts = bars.painted[0]
    assert [k for k, _r in parts] == ["disbursed", "committed", "over"]
    total = sum(r.width() for _k, r in parts)
    assert parts[2][1].width() / total == pytest.approx(0.25, abs=0.002)  # 250k of 1M
    centre = parts[2][1].center()
    assert near(pixel(view, centre.x(), centre.y()), bb.OVER)
    assert bb.segments(bb.BarFigures(None, D(0), D(0))) == []
    assert bb.segments(bb.BarFigures(D(0), D(0), D(0))) == []


# --- the year, the filters, the detail -------------------------------------------------------


def test_the_year_changes_the_figures(open_page, ctx, money):
    page = open_page(ctx)
    assert page.year_spin.value() == 2026
    page.year_spin.setValue(2025)
    assert texts(page, BUDGET) == ["¥2,000,000.00", "¥800,000.00", "No budget"]
    assert texts(page, COMMITTED) == ["¥0.00", "¥0.00", "0 GPU-h"]
    assert page.status_text() == "3 programmes, budget year 2025"
    assert [page.totals_model.index(r, BUDGET).data() for r in range(2)] == [
        "¥2,800,000.00",
        "0 GPU-h",
    ]
    page.year_spin.setValue(2026)
    assert texts(page, BUDGET)[0] == "¥5,000,000.00"


def test_the_year_starts_at_this_year(qtbot, ctx, signals, settings):
    page = ProgrammesPage(ctx, signals, settings)
    qtbot.addWidget(page)
    assert page.year == centre_today().year


def test_platform_and_kind_filters(open_page, ctx, money):
    page = open_page(ctx)
    page.platform_combo.setCurrentIndex(page.platform_combo.findData("open_data"))
    assert [x.name_en for x in page.lines] == ["Data vouchers"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("grant"))
    assert page.lines == [] and page.empty_label.isVisible()
    assert page.empty_label.text() == "No programme matches the filters."
    assert not page.totals_view.isVisible()
    page.platform_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("voucher"))
    assert [x.name_en for x in page.lines] == ["Data vouchers", "Model-use vouchers"]
    assert not page.empty_label.isVisible()


def test_selecting_a_programme_shows_its_rules(open_page, ctx, money):
    page = open_page(ctx)
    assert "Select a programme" in page.detail.toPlainText()
    assert not page.can("edit")
    assert page.select_id(money["compute"])
    assert page.can("edit")
    text = page.detail.toPlainText()
    for expected in (
        "Compute rental subsidy · 算力租赁补贴",
        "Subsidy · Compute · CNY (¥) · Active",
        "2026-06-01",
        "2026-06-30",  # the last day: the window closes on 2026-07-01
        "Per company per year",
        "¥1,000,000.00",
        "up to 30 %",
        "Active lease\nRequired",
        "Every segment",
        "Business licence",
        "Compute contract",
        "Technical merit\n3\n30.0 %",
        "Impact\n5\n50.0 %",
        "2026\n¥5,000,000.00\n¥900,000.00\n¥4,100,000.00",
        "2025\n¥2,000,000.00\n¥0.00\n¥2,000,000.00",
    ):
        assert expected in text, expected
    assert text.index("2026\n¥5,000,000.00") < text.index("2025\n¥2,000,000.00")
    page.select_id(money["vouchers"])
    assert "20,000 GPU-h" in page.detail.toPlainText()
    # The selection survives a reload and a change of year.
    page.refresh()
    assert page.selected_row().programme_id == money["vouchers"]
    page.year_spin.setValue(2025)
    assert page.selected_row().programme_id == money["vouchers"]


# --- who may do what, and reloading --------------------------------------------------------


def test_staff_cannot_create_or_edit_programmes(open_page, ctx, money):
    staff = as_user(ctx, "wang.fang", "staff")
    page = open_page(staff)
    page.select_id(money["compute"])
    assert page.can("edit") and page.can("new")  # they would apply …
    assert not page.allows("new") and not page.allows("edit")  # … but staff may not
    assert page.allows("refresh")
    page.request("new")
    page.trigger("edit")
    assert QApplication.activeModalWidget() is None  # no editor opened
    assert page.lines  # they still see every figure
    manager = as_user(ctx, "liu.yang", "manager")
    assert open_page(manager).allows("new")


def test_an_empty_database_says_so(open_page, ctx):
    page = open_page(ctx)
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == (
        "No programmes yet. Use New (Ctrl+N) to set up the first one."
    )
    assert page.status_text() == "0 programmes, budget year 2026"
    assert open_page(as_user(ctx, "s", "staff")).empty_label.text() == "No programmes yet."


def test_applications_changed_reloads_the_page(open_page, ctx, centre, money, signals, tmp_path):
    page = open_page(ctx)
    assert texts(page, COMMITTED)[0] == "¥900,000.00"
    app_id = under_review(
        ctx, centre, money["compute"], tmp_path, company="delta", requested="50000"
    )
    fin.approve_application(as_user(ctx, "boss", "director"), app_id, "50000")
    signals.applicationsChanged.emit()  # as the application editor does after saving
    assert texts(page, COMMITTED)[0] == "¥950,000.00"
    assert texts(page, REMAINING)[0] == "¥4,050,000.00"
    # Not the current page: reloaded when next shown.
    page.deactivate()
    make_programme(ctx, name_en="Talent subsidy", kind="grant", budgets={2026: "100"})
    signals.programmesChanged.emit()
    assert page.is_stale and len(page.lines) == 3
    page.activate()
    assert len(page.lines) == 4 and not page.is_stale
    assert budget_overview(ctx, 2026)[-1].name_en == "Talent subsidy"


def test_new_from_the_page_announces_the_programme_and_selects_it(
    open_page, qtbot, ctx, money, signals
):
    page = open_page(ctx)
    assert page.allows("new") and page.can("new")

    def fill_in(dialog):
        dialog.name_en_edit.setText("Rent support")
        dialog.name_zh_edit.setText("房租补贴")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("subsidy"))
        dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("comprehensive"))
        year, amount, _unit = dialog.budgets_editor.inputs()[0]
        year.setValue(2026)
        amount.setText("3000000")
        dialog.criteria_editor.add_row("Need", D(1))  # every programme has a rubric
        dialog.accept()

    answer_modal(fill_in)
    with qtbot.waitSignal(signals.programmesChanged, timeout=5000):
        page.trigger("new")
    assert [x.name_en for x in page.lines][-1] == "Rent support"
    assert page.selected_row().name_en == "Rent support"
    assert texts(page, BUDGET)[-1] == d.money(D("3000000"))


def test_enter_edits_the_selected_programme(open_page, qtbot, ctx, money, signals):
    page = open_page(ctx)
    page.select_id(money["vouchers"])
    opened = []

    def rename(dialog):
        opened.append(dialog.programme_id)
        dialog.name_zh_edit.setText("模型使用券")
        dialog.accept()

    answer_modal(rename)
    page.view.setFocus()
    with qtbot.waitSignal(signals.programmesChanged, timeout=5000):
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [money["vouchers"]]
    assert fin.get_programme(ctx, money["vouchers"]).name_zh == "模型使用券"
    assert page.selected_row().programme_id == money["vouchers"]
    assert "模型使用券" in page.detail.toPlainText()


def test_the_splitter_is_remembered(open_page, ctx, settings):
    page = open_page(ctx)
    page.splitter.setSizes([600, 150])
    page.save_state()
    again = open_page(ctx)
    again.restore_state()
    assert again.splitter.sizes()[1] == page.splitter.sizes()[1]


def test_the_page_renders(open_page, ctx, money, picture_dir):
    page = open_page(ctx)
    page.select_id(money["compute"])
    path = picture_dir / "programmes-page.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 20_000

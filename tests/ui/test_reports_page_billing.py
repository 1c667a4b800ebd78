"""The Reports page offers the billing reports with their own filters and exports them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from adminapp import reports
from tests.billing_history import make_history
from ui.pages import reports as reports_page
from ui.pages.reports import ReportsPage


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre):
    make_history(ctx, centre)
    p = ReportsPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    p.date_edit.setDate(QDate(2026, 6, 30))
    return p


def test_the_billing_reports_are_offered_with_their_filters(page):
    offered = [page.list.item(i).data(0x0100) for i in range(page.list.count())]
    names = ["arrears-aging", "tenant-statement", "deposits", "billing-summary"]
    assert set(names) <= set(offered)
    for name in names:
        page.select_report(name)
        assert page.visible_filters() == reports.REPORTS[name].filters
    page.select_report("arrears-aging")
    assert page.filters() == {}
    page.in_credit_check.setChecked(True)
    assert page.filters() == {"in_credit": "yes"}
    # The statement's period is of days, the summary's of months.
    page.select_report("tenant-statement")
    assert page.company_picker.isVisible() and page.from_edit.displayFormat() == "yyyy-MM-dd"
    assert page.from_edit.specialValueText() == "The first of the To month"
    page.select_report("billing-summary")
    assert page.from_edit.displayFormat() == "yyyy-MM" and not page.company_picker.isVisible()


def test_a_tenant_statement_exports_from_the_page(page, centre, monkeypatch, tmp_path):
    out = tmp_path / "statement.xlsx"
    monkeypatch.setattr(reports_page, "ask_save_path", lambda parent, suggested: str(out))
    page.select_report("tenant-statement")
    alpha = centre.companies["alpha"]
    page.company_picker.company_id = alpha
    page.from_edit.setDate(QDate(2026, 4, 1))
    wanted = {"company": str(alpha), "from": "2026-04-01"}
    assert page.filters() == wanted
    assert page.export().wait(20_000)
    result = page.last_result
    assert result is not None and result.path == out and result.filters == wanted
    assert result.row_count == 9  # opening, seven movements, closing
    assert result.sheets[0].totals == {"debit": 3500, "credit": 3000}

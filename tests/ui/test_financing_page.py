"""The Financing page: the pipeline with its filters, the detail panel, the company record's
financing section and its links into the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QUrl

from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from tests.test_financing_pipeline import pipe  # noqa: F401 - the fixture
from tests.test_financing_setup import ON, as_user
from ui.pages.financing import FinancingPage, period_range

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def page(qtbot, ctx, signals, settings, pipe):  # noqa: F811
    p = FinancingPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    return p


def column(page, title: str) -> list[str]:
    m = page.model
    c = [col.title for col in m.columns].index(title)
    return [m.index(r, c).data() for r in range(m.rowCount())]


def refs(ctx: AppContext, pipe: dict, *keys: str) -> list[str]:  # noqa: F811
    return [fin.get_application(ctx, pipe[k]).reference for k in keys]


def test_pipeline_lists_every_application_newest_first(page, ctx, pipe):  # noqa: F811
    assert column(page, "Reference") == refs(
        ctx, pipe, "gpu", "draft", "gone", "reviewing", "approved"
    )
    assert column(page, "Status") == [
        "Draft",
        "Draft",
        "Withdrawn",
        "Under review",
        "Disbursing",
    ]
    row = column(page, "Reference").index(refs(ctx, pipe, "approved")[0])
    assert column(page, "Approved")[row] == "¥500,000.00"
    assert column(page, "Disbursed")[row] == "¥300,000.00"
    assert column(page, "Requested")[0] == "8,000 GPU-h"  # the voucher, in its own unit
    assert page.status_text() == "5 applications"


def test_filters_narrow_the_pipeline(page, ctx, pipe):  # noqa: F811
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert column(page, "Reference") == refs(ctx, pipe, "gpu", "draft")
    page.status_combo.setCurrentIndex(0)
    page.platform_combo.setCurrentIndex(page.platform_combo.findData("open_data"))
    assert column(page, "Reference") == refs(ctx, pipe, "gone", "reviewing")
    page.platform_combo.setCurrentIndex(0)
    page.programme_combo.ensure_loaded()
    page.programme_combo.setCurrentIndex(page.programme_combo.findData(pipe["voucher"]))
    assert column(page, "Reference") == refs(ctx, pipe, "gpu")
    assert page.programme_combo.currentText() == "GPU voucher 算力券"
    page.programme_combo.setCurrentIndex(0)
    page.year_combo.ensure_loaded()
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "Any year",
        "2026",
    ]
    page.year_combo.setCurrentIndex(1)
    assert page.model.rowCount() == 5


def test_period_filter_uses_submission_dates(page, ctx, pipe, monkeypatch):  # noqa: F811
    monkeypatch.setattr("ui.pages.financing.centre_today", lambda: ON + dt.timedelta(days=3))
    page.period_combo.setCurrentIndex(page.period_combo.findData("this_month"))
    assert sorted(column(page, "Reference")) == sorted(refs(ctx, pipe, "approved", "reviewing"))
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_year"))
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    page.period_combo.setCurrentIndex(0)
    assert page.model.rowCount() == 5


def test_period_ranges():
    today = dt.date(2026, 2, 10)
    assert period_range("this_month", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 11))
    assert period_range("last_3_months", today) == (dt.date(2025, 12, 1), dt.date(2026, 2, 11))
    assert period_range("this_year", today) == (dt.date(2026, 1, 1), dt.date(2026, 2, 11))
    assert period_range("last_year", today) == (dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    assert period_range("last_2_years", today) == (dt.date(2025, 1, 1), dt.date(2026, 2, 11))
    with pytest.raises(ValueError):
        period_range("someday", today)


def test_search_finds_by_programme_chinese_name(page, qtbot, ctx, pipe):  # noqa: F811
    page.search.setText("开放数据")  # typed through an input method: no key events
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=1000)
    assert column(page, "Reference") == refs(ctx, pipe, "gone", "reviewing")


def test_detail_shows_figures_tranches_steps_and_history(page, ctx, pipe):  # noqa: F811
    assert page.select_id(pipe["approved"])
    text = page.detail.toPlainText()
    assert "Disbursing" in text
    assert "¥500,000.00" in text and "¥300,000.00" in text  # approved, paid out
    assert "Tranches" in text and "2026-07-02" in text
    assert "Approved" in text and "boss" in text  # the step and who took it
    assert "History" in text
    assert page.select_id(pipe["draft"])
    assert "Missing documents: Business licence, Compute contract" in page.detail.toPlainText()


def test_company_filter(page, ctx, centre, pipe):  # noqa: F811
    page.company_combo.ensure_loaded()
    names = [page.company_combo.itemText(i) for i in range(page.company_combo.count())]
    assert names[0] == "All companies" and len(names) == 5  # the four that applied
    page.show_company(centre.companies["alpha"], "Alpha Models")
    assert page.company_combo.currentText() == "Alpha Models 阿尔法模型"
    assert column(page, "Reference") == refs(ctx, pipe, "gpu", "approved")
    page.company_combo.setCurrentIndex(0)
    assert page.model.rowCount() == 5
    page.show_company(None)
    assert page.company_combo.currentIndex() == 0


def test_new_is_for_staff_only(qtbot, ctx, signals, settings, pipe):  # noqa: F811
    staff = FinancingPage(as_user(ctx, "s", "staff"), signals, settings)
    finance = FinancingPage(as_user(ctx, "f", "finance"), signals, settings)
    qtbot.addWidget(staff)
    qtbot.addWidget(finance)
    assert staff.allows("new") and not finance.allows("new")
    assert finance.allows("edit")  # everyone may open an application to read it


def test_applications_changed_reloads_the_page(page, ctx, signals, pipe):  # noqa: F811
    before = column(page, "Status")
    fin.withdraw_application(ctx, pipe["draft"], "no longer needed")
    signals.applicationsChanged.emit()
    after = column(page, "Status")
    assert before.count("Withdrawn") + 1 == after.count("Withdrawn")


def test_company_record_shows_its_financing_and_links_to_it(
    make_window,
    ctx,
    centre,
    pipe,  # noqa: F811
):
    window = make_window()
    window.show_page("companies")
    companies = window.current_page()
    assert companies.select_id(centre.companies["alpha"])
    text = companies.detail.toPlainText()
    assert "Financing" in text
    assert "¥600,000.00" in text  # requested in CNY
    assert "8,000 GPU-h" in text  # and in GPU-hours, never added together
    assert "¥300,000.00" in text  # paid out
    assert fin.get_application(ctx, pipe["gpu"]).reference in text
    companies.detail.anchorClicked.emit(QUrl(companies.FINANCING_LINK))
    assert window.current_page_name() == "financing"
    financing = window.current_page()
    assert financing.company_combo.currentData() == centre.companies["alpha"]
    assert financing.model.rowCount() == 2


def test_company_without_applications_says_so(make_window, centre):
    window = make_window()
    window.show_page("companies")
    page = window.current_page()
    assert page.select_id(centre.companies["beta"])
    assert "No financing applications." in page.detail.toPlainText()


def test_editor_opens_on_the_selected_application(page, qtbot, pipe, no_popups):  # noqa: F811
    assert page.select_id(pipe["reviewing"])
    page.request("edit")
    assert page.editor is not None
    assert page.editor.isVisible()
    page.editor.close()
    qtbot.waitUntil(lambda: page.editor is None, timeout=1000)


def test_an_application_gone_meanwhile_is_reported(page, pipe, no_popups):  # noqa: F811
    assert page.open_application(999_999) is None
    assert page.editor is None
    kind, title, text = no_popups[-1]
    assert (kind, title) == ("error", "Could not open the application")
    assert "Application 999999 does not exist" in text

"""The Audit page: a paged model, filters that narrow it, old → new in the detail panel."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate

from adminapp.services import companies
from adminapp.services.context import centre_today
from ui.models.audit import AuditModel
from ui.pages.audit import ANY_DATE, AuditPage

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre):
    page = AuditPage(ctx, signals, settings)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    return page


def column(page, c: int) -> list[str]:
    m = page.model
    return [m.index(r, c).data() for r in range(m.rowCount())]


def pick(combo, data) -> None:
    combo.ensure_loaded()
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def test_model_passes_the_model_tester(qtmodeltester, ctx, centre):
    model = AuditModel(ctx)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_filters_narrow_the_rows(page, centre, qtbot):
    everything = page.model.rowCount()
    assert everything > 5
    pick(page.type_combo, "company")
    assert set(column(page, 3)) == {f"Company #{i}" for i in centre.companies.values()}
    pick(page.action_combo, "terminate")
    assert page.model.rowCount() == 0  # only a lease is terminated
    assert page.empty_label.isVisibleTo(page)
    page.action_combo.setCurrentIndex(0)
    page.type_combo.setCurrentIndex(0)
    assert page.model.rowCount() == everything
    pick(page.user_combo, "tester")
    assert page.model.rowCount() == everything
    assert page.user_combo.itemText(0) == "All users"
    # Dates: every entry was written today (Shanghai); tomorrow onwards there is none.
    assert page.from_edit.text() == "Any date"
    page.from_edit.setDate(QDate(centre_today() + dt.timedelta(days=1)))
    assert page.date_from == centre_today() + dt.timedelta(days=1)
    assert page.model.rowCount() == 0
    page.to_edit.setDate(QDate(centre_today()))
    page.from_edit.setDate(ANY_DATE)
    assert page.date_from is None
    assert page.model.rowCount() == everything
    qtbot.keyClicks(page.search, "zzz-no-such")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=1000)


def test_detail_shows_old_and_new(page, ctx, centre, signals):
    company_id = next(iter(centre.companies.values()))
    view = companies.get_company(ctx, company_id)
    companies.update_company(
        ctx, company_id, companies.CompanyInput(**{**_fields(view), "contact_name": "Li Wei"})
    )
    signals.companiesChanged.emit()
    row = page.model.row_at(0)
    assert (row.action, row.entity_type, row.entity_id) == ("update", "company", company_id)
    assert page.select_id(row.id)
    html = page.detail.toPlainText()
    assert "Contact name" in html
    assert "→" in html and "Li Wei" in html
    assert page.model.index(0, 2).data() == "Changed"


def _fields(view) -> dict:
    names = {f.name for f in dataclasses.fields(companies.CompanyInput)}
    return {k: getattr(view, k) for k in names if hasattr(view, k)}


def test_the_trail_cannot_be_edited_from_the_page(page):
    assert page.select_id(page.model.row_id(0))
    assert not any(page.can(a) for a in ("new", "edit", "renew", "terminate"))
    assert page.can("refresh")


def test_opens_from_the_main_window(make_window, qtbot, centre):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Audit" in labels
    window.show_page("audit")
    assert window.current_page_name() == "audit"
    page = window.pages["audit"]
    assert page.is_loaded and page.model.rowCount() > 0
    assert not window.actions["new"].isEnabled()
    assert "entries" in page.status_text()


@pytest.mark.parametrize("kind", ["unit", "company"])
def test_units_and_companies_show_their_history(qtbot, ctx, signals, settings, centre, kind):
    from ui.pages.companies import CompaniesPage
    from ui.pages.units import UnitsPage

    cls, row_id = (
        (UnitsPage, centre.units["1F-01"])
        if kind == "unit"
        else (CompaniesPage, centre.companies["alpha"])
    )
    page = cls(ctx, signals, settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.select_id(row_id)
    text = page.detail.toPlainText()
    assert "History" in text
    assert "· tester" in text  # who made it, when (Shanghai time)

"""The list pages: debounced search, filters, header sorting in SQL, empty state, detail panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui.bulk import add_leases
from ui.pages.companies import CompaniesPage
from ui.pages.leases import LeasesPage
from ui.pages.units import UnitsPage

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def open_page(qtbot, ctx, signals, settings, as_of):
    def make(cls):  # noqa: ANN001, ANN202
        page = cls(ctx, signals, settings)
        qtbot.addWidget(page)
        page.model.set_query(as_of=as_of)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activate()
        return page

    return make


def texts(page, column: int) -> list[str]:
    m = page.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_search_is_debounced_and_queries_sql(open_page, qtbot, centre):
    page = open_page(LeasesPage)
    assert page.model.rowCount() == 5
    qtbot.keyClicks(page.search, "alpha")
    assert page.model.rowCount() == 5  # nothing yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1000)
    assert texts(page, 1) == ["Alpha Models"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=1000)


def test_lease_filters(open_page, centre):
    page = open_page(LeasesPage)
    page.status_combo.setCurrentIndex(page.status_combo.findData("terminated"))
    assert texts(page, 2) == ["1F-01"]
    page.status_combo.setCurrentIndex(0)
    page.floor_combo.ensure_loaded()  # floors are read when the list is first opened
    page.floor_combo.setCurrentIndex(page.floor_combo.findData(centre.floors["7"]))
    assert sorted(texts(page, 2)) == ["7F-01, 7F-02", "7F-03", "7F-05"]
    page.expiry_combo.setCurrentIndex(page.expiry_combo.findData(30))
    assert texts(page, 2) == ["7F-01, 7F-02"]
    assert [page.floor_combo.itemText(i) for i in range(page.floor_combo.count())] == [
        "All floors",
        "7F",
        "1F",
        "B1",
    ]


def test_unit_filters(open_page, centre):
    page = open_page(UnitsPage)
    assert page.model.rowCount() == 8
    page.occupancy_combo.setCurrentIndex(page.occupancy_combo.findText("Vacant"))
    assert texts(page, 0) == ["1F-01", "1F-02", "7F-04"]
    page.occupancy_combo.setCurrentIndex(page.occupancy_combo.findText("Out of service"))
    assert texts(page, 0) == ["B1-01"]
    page.occupancy_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("lab"))
    assert texts(page, 0) == ["7F-03"]
    assert texts(page, 5) == ["Beta Apps 贝塔应用"]


def test_company_filters(open_page, centre):
    page = open_page(CompaniesPage)
    page.tenants_check.setChecked(True)
    assert texts(page, 0) == ["=Delta Scenes", "Alpha Models", "Beta Apps"]
    page.segment_combo.setCurrentIndex(page.segment_combo.findData("base_technology"))
    assert texts(page, 0) == ["Alpha Models"]
    page.tenants_check.setChecked(False)
    page.segment_combo.setCurrentIndex(page.segment_combo.findData("compute_support"))
    assert texts(page, 1) == ["伽马算力"]


def test_header_click_sorts_in_sql(open_page, qtbot, centre):
    page = open_page(CompaniesPage)
    header = page.view.horizontalHeader()
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Chinese name
    assert texts(page, 1) == ["伽马算力", "德尔塔场景", "贝塔应用", "阿尔法模型"]
    assert page.model.query.sort == "name_zh"
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert texts(page, 1) == ["阿尔法模型", "贝塔应用", "德尔塔场景", "伽马算力"]
    # A column SQL cannot sort by (Stage) leaves the rows and the indicator as they were.
    page.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert texts(page, 1) == ["阿尔法模型", "贝塔应用", "德尔塔场景", "伽马算力"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )


def test_empty_state_says_why(open_page, qtbot, centre):
    page = open_page(LeasesPage)
    assert not page.empty_label.isVisible()
    page.search.setText("no such lease anywhere")
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=1000)
    assert "No lease matches" in page.empty_label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: not page.empty_label.isVisible(), timeout=1000)


def test_empty_database_invites_the_first_record(qtbot, ctx, signals, settings):
    page = UnitsPage(ctx, signals, settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.empty_label.isVisible()
    assert "No units yet" in page.empty_label.text()
    assert page.status_text() == "0 units"


def test_lease_detail_shows_rent_steps_and_history(open_page, centre):
    page = open_page(LeasesPage)
    assert "Select a row" in page.detail.toPlainText()
    page.select_id(centre.leases["L2"])
    text = page.detail.toPlainText()
    assert "7F-03" in text and "Beta Apps" in text
    assert "¥150.00" in text  # per m² per month
    assert "¥4.9315" in text  # per m² per day: 150 x 12 / 365
    assert "2027-01-01" in text and "165.00" in text  # the rent step
    assert "tester" in text  # the history names who made the lease


def test_company_detail_lists_its_leases(open_page, centre):
    page = open_page(CompaniesPage)
    page.select_id(centre.companies["gamma"])
    text = page.detail.toPlainText()
    assert "伽马算力" in text and "91310104MA00000037" in text
    assert text.count("1F-01") == 2 and "Terminated" in text and "Ended" in text


def test_unit_detail_shows_tenant_and_history(open_page, centre):
    page = open_page(UnitsPage)
    page.select_id(centre.units["7F-01"])
    text = page.detail.toPlainText()
    assert "Alpha Models" in text and "2026-07-01" in text
    page.select_id(centre.units["1F-02"])
    assert "Never leased" in page.detail.toPlainText()


def test_selection_survives_a_reload(open_page, centre):
    page = open_page(LeasesPage)
    page.select_id(centre.leases["L5"])
    page.view.sortByColumn(page.model.column_of("reference"), Qt.SortOrder.AscendingOrder)
    assert page.selected_row().id == centre.leases["L5"]
    page.refresh()
    assert page.selected_row().id == centre.leases["L5"]
    page.search.setText("gamma")
    page._apply_search()
    assert page.selected_row() is None  # filtered away
    assert "Select a row" in page.detail.toPlainText()


def test_scrolling_fetches_further_pages(open_page, qtbot, ctx, centre):
    add_leases(ctx, centre, 450)
    page = open_page(LeasesPage)
    assert page.model.rowCount() == 200
    assert page.status_text() == "Showing 200 of 455 leases"
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=2000)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 455, timeout=2000)
    assert not page.model.canFetchMore(QModelIndex())
    assert page.status_text() == "455 leases"


def test_splitter_state_is_saved(open_page, settings):
    page = open_page(UnitsPage)
    page.splitter.setSizes([700, 300])
    sizes = page.splitter.sizes()
    page.save_state()
    page.splitter.setSizes([900, 100])
    page.restore_state()
    assert page.splitter.sizes() == sizes


def test_floor_filter_reads_floors_when_first_opened(open_page, ctx, centre, signals):
    from decimal import Decimal

    from adminapp.services import building

    page = open_page(LeasesPage)
    combo = page.floor_combo
    assert combo.count() == 1  # only "All floors" until the list is opened
    combo.showPopup()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All floors", "7F", "1F", "B1"]
    combo.hidePopup()
    building.create_floor(ctx, building.FloorInput(centre.building_id, "9", Decimal(1000)))
    signals.unitsChanged.emit()
    combo.showPopup()
    assert combo.itemText(1) == "9F"
    combo.hidePopup()


def test_detail_of_a_record_deleted_elsewhere_says_so(open_page, ctx, centre):
    from adminapp.services import leases

    draft = leases.create_lease(
        ctx,
        leases.LeaseInput(
            centre.companies["beta"],
            [centre.units["7F-04"]],
            dt.date(2026, 9, 1),
            dt.date(2027, 9, 1),
            "150",
            draft=True,
        ),
    )
    page = open_page(LeasesPage)
    leases.delete_draft(ctx, draft.id)  # another workstation discards it
    page.select_id(draft.id)
    assert "does not exist" in page.detail.toPlainText()

"""The Reports page offers the consultation reports with their own filters and exports them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from adminapp import reports
from adminapp.services.consultations import bookings
from tests.consultation_setup import setup_consulting
from ui.pages import reports as reports_page
from ui.pages.reports import ReportsPage


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre):
    cs = setup_consulting(ctx, centre)
    start = dt.datetime(2026, 9, 8, 10)
    bookings.create_booking(
        ctx,
        bookings.BookingInput(cs.ada, start, start + dt.timedelta(hours=1), "policy",
                              company_id=centre.companies["alpha"], room_id=cs.room),
        happened=True,
    )  # fmt: skip
    p = ReportsPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    p.date_edit.setDate(QDate(2026, 10, 31))
    return p


def test_the_consultation_reports_are_offered_with_their_filters(page):
    offered = [page.list.item(i).data(0x0100) for i in range(page.list.count())]
    assert {"consultations", "room-utilisation"} <= set(offered)
    page.select_report("consultations")
    assert page.visible_filters() == ("from", "to", "consultant", "topic")
    assert page.visible_filters() == reports.REPORTS["consultations"].filters
    assert page.filters() == {}  # nothing chosen: the twelve months to the as-of month
    consultants = [page.consultant_combo.itemData(i) for i in range(page.consultant_combo.count())]
    assert consultants == [None, "Ada Li", "Ben Wu"]
    assert page.topic_combo.findData("legal_ip") > 0
    page.select_report("room-utilisation")
    assert page.visible_filters() == ("from", "to", "room")
    assert [page.room_combo.itemData(i) for i in range(page.room_combo.count())] == [None, "1F-02"]
    assert not page.floor_combo.isVisible() and page.room_combo.isVisible()


def test_consultations_export_from_the_page(page, monkeypatch, tmp_path):
    out = tmp_path / "consultations.xlsx"
    monkeypatch.setattr(reports_page, "ask_save_path", lambda parent, suggested: str(out))
    page.select_report("consultations")
    page.from_edit.setDate(QDate(2026, 9, 1))
    page.to_edit.setDate(QDate(2026, 10, 1))
    page.consultant_combo.setCurrentIndex(page.consultant_combo.findData("Ada Li"))
    page.topic_combo.setCurrentIndex(page.topic_combo.findData("policy"))
    wanted = {"from": "2026-09", "to": "2026-10", "consultant": "Ada Li", "topic": "policy"}
    assert page.filters() == wanted
    assert page.export().wait(20_000)
    result = page.last_result
    assert result is not None and result.path == out and result.filters == wanted
    assert result.row_count == 1 and result.sheets[1].totals["held"] == 1
    page.select_report("room-utilisation")
    assert page.filters() == {"from": "2026-09", "to": "2026-10"}

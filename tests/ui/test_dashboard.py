"""The dashboard: KPI cards, occupancy by floor, expiring leases and vacant units."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from adminapp.services import leases
from tests.ui import fakes
from ui.pages.dashboard import DashboardPage
from ui.widgets.floor_bars import FloorBar, FloorBarChart

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre, as_of):
    p = DashboardPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.set_as_of(as_of)
    p.resize(1300, 760)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    return p


def cards(page) -> dict:
    return {k: (c.value(), c.note_label.text()) for k, c in page.cards.items()}


def test_kpis_match_the_centre(page):
    # 650 m² of 1,100 m² leased on 2026-06-15; 3 vacant units; L1 ends within 30 days.
    assert cards(page) == {
        "rate": ("59.1 %", "of 1,100 m² rentable"),
        "leased": ("650 m²", "Units leased: 4"),
        "vacant": ("450 m²", "in service"),
        "vacant_units": ("3", "of 7 in service"),
        30: ("1", "leases"),
        60: ("1", "leases"),
        90: ("1", "leases"),
    }
    assert page.status_text() == "Occupancy on 2026-06-15: 59.1 %"


def test_floors_are_drawn_bottom_up_with_rates(page):
    bars = page.chart.bars()
    assert [(b.label, b.rate) for b in bars] == [("B1", None), ("1F", 0.0), ("7F", 0.8667)]
    assert "650.00 m² of 750.00 m²" in bars[2].detail
    # Drawn top floor first: the top row is 7F, the bottom row B1.
    chart = page.chart
    assert chart._row_at(chart._row_height() * 0.5 + 8) == 2
    assert chart._row_at(chart._row_height() * 2.5 + 8) == 0
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == chart.width()


def test_lists_of_expiring_leases_and_vacant_units(page, centre):
    expiring = page.expiring_model
    assert [expiring.index(r, 2).data() for r in range(expiring.rowCount())] == ["7F-01, 7F-02"]
    vacant = page.vacant_model
    assert [vacant.index(r, 0).data() for r in range(vacant.rowCount())] == [
        "1F-01",
        "1F-02",
        "7F-04",
    ]
    assert page.expiring_box.title() == "Leases expiring within 90 days (1)"
    assert page.vacant_box.title() == "Vacant units (3)"


def test_changing_the_date_recomputes(page):
    page.set_as_of(dt.date(2026, 7, 1))  # L1 ended the day before
    assert page.cards["leased"].value() == "450 m²"
    assert page.cards["vacant_units"].value() == "5"
    assert page.expiring_stack.currentIndex() == 1  # "no lease ends within 90 days"
    page.go_today()
    assert page.as_of != dt.date(2026, 7, 1)


def test_refreshes_when_leases_change(page, ctx, centre, signals):
    leases.create_lease(
        ctx,
        leases.LeaseInput(
            centre.companies["gamma"],
            [centre.units["7F-04"]],
            dt.date(2026, 6, 1),
            dt.date(2026, 8, 1),
            "120",
        ),
    )
    page.activate()  # current page: a change shows at once
    signals.leasesChanged.emit()
    assert page.cards["vacant_units"].value() == "2"
    assert page.cards[60].value() == "2"
    page.deactivate()
    signals.unitsChanged.emit()
    assert page.is_stale


def test_actions_on_the_selected_lease_or_unit(page, centre, monkeypatch):
    dialogs = fakes.install(monkeypatch)
    assert not page.can("edit")
    page.expiring_view.selectRow(0)
    assert page.can("edit") and page.can("renew") and page.can("terminate")
    page.trigger("renew")
    page.vacant_view.selectRow(2)
    assert not page.expiring_view.selectionModel().hasSelection()
    assert page.can("edit") and not page.can("renew")
    page.trigger("edit")
    assert dialogs.calls == [
        ("RenewDialog", (centre.leases["L1"],), {}),
        ("UnitDialog", (centre.units["7F-04"],), {}),
    ]
    assert not page.can("new")


def test_chart_with_no_floors_and_with_many(qtbot):
    chart = FloorBarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    assert not chart.grab().toImage().isNull()
    chart.set_bars([FloorBar(f"{i}F", i / 60) for i in range(1, 60)])
    assert chart.minimumSizeHint().height() < 500  # thousands of floors do not grow the window
    image: QImage = chart.grab().toImage()
    assert image.height() == 200
    assert 0 < chart._rows_shown() < 59
    assert chart._row_at(8 + chart._row_height() * (chart._rows_shown() + 0.5)) == -1

"""The main window: pages, actions and their enabling, shortcuts, status bar, remembered state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from adminapp.db import describe_url
from adminapp.services import leases
from tests.ui import fakes

pytestmark = pytest.mark.usefixtures("no_popups")


def enabled(window) -> dict[str, bool]:
    return {name: a.isEnabled() for name, a in window.actions.items()}


def select(page, row_id: int) -> None:
    assert page.select_id(row_id), f"row {row_id} is not loaded"


@pytest.fixture
def shown(make_window, qtbot, centre, as_of):
    window = make_window()
    for name in ("units", "companies", "leases"):
        window.pages[name].model.set_query(as_of=as_of)
    window.pages["dashboard"].set_as_of(as_of)
    window.open_start_page()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_opens_on_the_dashboard_and_switches_pages_by_keyboard(shown, qtbot):
    assert shown.current_page_name() == "dashboard"
    assert [shown.nav.item(i).text() for i in range(shown.nav.count())] == [
        "Dashboard",
        "Units",
        "Stacking plan",
        "Companies",
        "Leases",
        "Financing",
        "Programmes",
        "Consultations",
        "Billing",
        "Reports",
        "Audit",
        "Users",
    ]
    # Ctrl+1 … Ctrl+9 and Ctrl+0 go to the first ten pages; the last two (Audit, Users) have none.
    for key, name in (
        (Qt.Key.Key_9, "billing"),
        (Qt.Key.Key_0, "reports"),
        (Qt.Key.Key_8, "consultations"),
        (Qt.Key.Key_1, "dashboard"),
        (Qt.Key.Key_6, "financing"),
        (Qt.Key.Key_7, "programmes"),
        (Qt.Key.Key_5, "leases"),
        (Qt.Key.Key_2, "units"),
        (Qt.Key.Key_3, "stacking"),
        (Qt.Key.Key_4, "companies"),
    ):
        qtbot.keyClick(shown, key, Qt.KeyboardModifier.ControlModifier)
        assert shown.current_page_name() == name
        assert shown.pages[name].is_loaded


def test_actions_follow_the_page_and_the_selection(shown, centre):
    assert enabled(shown) == {
        "new": False,
        "edit": False,
        "renew": False,
        "terminate": False,
        "refresh": True,
    }
    shown.show_page("leases")
    page = shown.pages["leases"]
    assert enabled(shown) == {
        "new": True,
        "edit": False,
        "renew": False,
        "terminate": False,
        "refresh": True,
    }
    select(page, centre.leases["L2"])  # signed, active
    assert all(enabled(shown).values())
    select(page, centre.leases["L4"])  # terminated
    assert enabled(shown) == {
        "new": True,
        "edit": True,
        "renew": False,
        "terminate": False,
        "refresh": True,
    }
    shown.show_page("units")
    assert not shown.actions["edit"].isEnabled()
    shown.pages["units"].select_id(centre.units["7F-01"])
    assert shown.actions["edit"].isEnabled() and not shown.actions["renew"].isEnabled()


def test_shortcuts_are_the_documented_ones(shown):
    keys = {name: [k.toString() for k in a.shortcuts()] for name, a in shown.actions.items()}
    assert keys == {
        "new": ["Ctrl+N"],
        "edit": ["F2"],
        "renew": ["Ctrl+R"],
        "terminate": ["Ctrl+T"],
        "refresh": ["F5"],
    }
    assert shown.find_action.shortcut().toString() == "Ctrl+F"


def test_ctrl_f_focuses_the_search_box(shown, qtbot):
    shown.show_page("companies")
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown.pages["companies"].search.hasFocus(), timeout=1000)


def test_context_menu_offers_the_same_actions(shown, centre):
    shown.show_page("leases")
    page = shown.pages["leases"]
    select(page, centre.leases["L1"])
    page.contextMenuRequested.emit(QPoint(10, 10))
    menu_actions = [a for a in shown._menu.actions() if not a.isSeparator()]
    assert menu_actions == [
        shown.actions[n] for n in ("new", "edit", "renew", "terminate", "refresh")
    ]
    shown._menu.close()


def test_status_bar_names_the_database_and_counts_rows(shown, ctx, qtbot):
    assert describe_url(ctx.db.url) in shown.db_label.text()
    shown.show_page("leases")
    qtbot.waitUntil(lambda: shown.count_label.text() == "5 leases", timeout=1000)
    shown.pages["leases"].search.setText("gamma")
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 leases", timeout=1000)
    shown.show_page("companies")
    qtbot.waitUntil(lambda: shown.count_label.text() == "4 companies", timeout=1000)


def test_saved_lease_refreshes_every_page_showing_leases(shown, ctx, centre, monkeypatch, qtbot):
    dialogs = fakes.install(monkeypatch)

    def new_lease(ctx, lease_id, **kw):  # noqa: ANN001, ANN202
        return leases.create_lease(
            ctx,
            leases.LeaseInput(
                centre.companies["gamma"],
                [centre.units["7F-04"]],
                dt.date(2026, 6, 1),
                dt.date(2027, 6, 1),
                "120",
            ),
        )

    dialogs.answer("LeaseDialog", new_lease)
    units = shown.pages["units"]
    shown.show_page("units")
    tenant = units.model.columns.index(next(c for c in units.model.columns if c.title == "Tenant"))

    def tenant_of(code: str) -> str:
        row = next(
            r for r in range(units.model.rowCount()) if units.model.index(r, 0).data() == code
        )
        return units.model.index(row, tenant).data()

    assert tenant_of("7F-04") == ""
    shown.show_page("leases")
    before = shown.pages["dashboard"].cards["vacant_units"].value()
    qtbot.keyClick(shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.names() == ["LeaseDialog"]
    page = shown.pages["leases"]
    assert page.model.rowCount() == 6  # the current page reloaded at once
    assert page.selected_row().unit_codes == "7F-04"  # and selected the new lease
    assert units.is_stale and shown.pages["dashboard"].is_stale
    shown.show_page("units")
    assert tenant_of("7F-04").startswith("Gamma Compute")
    shown.show_page("dashboard")
    assert shown.pages["dashboard"].cards["vacant_units"].value() == str(int(before) - 1)


def test_cancelled_dialog_changes_nothing(shown, centre, monkeypatch, signals):
    dialogs = fakes.install(monkeypatch)
    fired = []
    signals.leasesChanged.connect(lambda: fired.append(1))
    shown.show_page("leases")
    select(shown.pages["leases"], centre.leases["L2"])
    shown.actions["renew"].trigger()
    shown.actions["terminate"].trigger()
    assert dialogs.calls == [
        ("RenewDialog", (centre.leases["L2"],), {}),
        ("TerminateDialog", (centre.leases["L2"],), {}),
    ]
    assert fired == []


def test_edit_opens_by_enter_f2_and_double_click(shown, centre, monkeypatch, qtbot):
    dialogs = fakes.install(monkeypatch)
    shown.show_page("companies")
    page = shown.pages["companies"]
    select(page, centre.companies["beta"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(shown, Qt.Key.Key_F2)
    row = page.model.row_of_id(centre.companies["beta"])
    rect = page.view.visualRect(page.model.index(row, 0))
    # QTest's double-click is only a press and a double-click: click first, as a hand does.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialogs.calls == [("CompanyDialog", (centre.companies["beta"],), {})] * 3


def test_new_unit_starts_on_the_filtered_floor(shown, centre, monkeypatch):
    dialogs = fakes.install(monkeypatch)
    shown.show_page("units")
    page = shown.pages["units"]
    page.floor_combo.ensure_loaded()  # floors are read when the list is first opened
    page.floor_combo.setCurrentIndex(page.floor_combo.findData(centre.floors["7"]))
    shown.actions["new"].trigger()
    assert dialogs.calls == [("UnitDialog", (None,), {"floor_id": centre.floors["7"]})]


def test_refused_save_is_reported_not_raised(shown, centre, monkeypatch, no_popups):
    from adminapp.errors import ConflictError

    dialogs = fakes.install(monkeypatch)

    def refuse(ctx, lease_id):  # noqa: ANN001, ANN202
        raise ConflictError("L2 has already been renewed")

    dialogs.answer("RenewDialog", refuse)
    shown.show_page("leases")
    select(shown.pages["leases"], centre.leases["L2"])
    shown.actions["renew"].trigger()
    assert no_popups[-1][0] == "error" and "already been renewed" in no_popups[-1][2]


def test_last_page_geometry_and_splitters_are_restored(make_window, qtbot, centre):
    first = make_window()
    first.open_start_page()
    first.show()
    qtbot.waitExposed(first)
    first.show_page("companies")
    first.resize(780, 590)  # the offscreen screen is 800x800: restoring keeps a window inside it
    first.pages["leases"].splitter.setSizes([600, 400])
    sizes = first.pages["leases"].splitter.sizes()
    first.close()

    second = make_window()
    second.open_start_page()
    second.show()
    qtbot.waitExposed(second)
    assert second.current_page_name() == "companies"
    assert (second.width(), second.height()) == (780, 590)
    assert second.pages["leases"].splitter.sizes() == sizes
    assert second.pages["companies"].is_loaded and not second.pages["leases"].is_loaded


def test_a_page_asked_for_wins_over_the_last_page(make_window, settings, centre):
    settings.last_page = "leases"
    window = make_window()
    window.open_start_page("units")
    assert window.current_page_name() == "units"
    with pytest.raises(KeyError):
        window.show_page("bookings")

"""The global search box (Ctrl+K): finds records as you type and opens them on their pages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from adminapp.models import booking_reference
from adminapp.services.context import Actor, AppContext
from tests.consultation_setup import book, setup_consulting
from ui import main_window
from ui.widgets.global_search import HIT_ROLE

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(remember=False)
    w.open_start_page("dashboard")
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def titles(box) -> list[str]:
    r = box.results
    return [r.item(i).text().split("\n")[0] for i in range(r.count())]


def find(box, qtbot, text: str) -> None:
    box.setText(text)
    qtbot.waitUntil(lambda: box.is_open() and not box._timer.isActive(), timeout=2000)


def test_ctrl_k_finds_a_company_by_its_chinese_name_and_opens_it(window, qtbot, centre):
    box = window.global_search
    assert not box.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.hasFocus)
    find(box, qtbot, "阿尔法")
    assert titles(box)[:2] == ["Companies", "Alpha Models"]
    assert "阿尔法模型" in box.results.item(1).text()
    assert box.selected_hit().id == centre.companies["alpha"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.is_open()
    page = window.current_page()
    assert window.current_page_name() == "companies"
    assert page.selected_row() is not None and page.selected_row().id == centre.companies["alpha"]


def test_keys_move_through_hits_and_escape_closes(window, qtbot, centre):
    box = window.global_search
    box.open_popup()
    find(box, qtbot, "7F-0")
    assert titles(box)[0] == "Units" and box.selected_hit().title == "7F-01"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.selected_hit().title == "7F-02"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the header above is not selectable
    assert box.selected_hit().title == "7F-01"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page_name() == "units"
    assert window.current_page().selected_row().code == "7F-02"
    box.open_popup()
    assert box.is_open()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.is_open()


def test_a_lease_reference_opens_the_leases_page_on_it(window, qtbot, centre):
    box = window.global_search
    find(box, qtbot, "gamma")
    lease = next(
        box.results.item(i).data(HIT_ROLE)
        for i in range(box.results.count())
        if box.results.item(i).data(HIT_ROLE) is not None
        and box.results.item(i).data(HIT_ROLE).kind == "lease"
    )
    find(box, qtbot, lease.title)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page_name() == "leases"
    assert window.current_page().selected_row().id == lease.id


def test_a_booking_reference_opens_the_consultations_page_on_it(window, qtbot, ctx, centre):
    cs = setup_consulting(ctx, centre)
    b = book(ctx, cs, centre.companies["delta"], 1, 10)
    box = window.global_search
    find(box, qtbot, booking_reference(b.id))
    assert titles(box) == ["Bookings", booking_reference(b.id)]
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    page = window.current_page()
    assert window.current_page_name() == "consultations"
    assert page.day == cs.monday + dt.timedelta(days=1)
    assert page.selected_booking() is not None and page.selected_booking().id == b.id


def test_hits_on_pages_the_user_may_not_see_are_not_offered(
    qtbot, ctx, centre, settings, signals, monkeypatch
):
    cs = setup_consulting(ctx, centre)
    book(ctx, cs, centre.companies["delta"], 1, 10)
    monkeypatch.setitem(main_window.PAGE_PERMISSIONS, "consultations", ("audit.view",))
    monkeypatch.setitem(main_window.PAGE_PERMISSIONS, "leases", ("audit.view",))
    staff = AppContext(ctx.db, Actor("sam", "ws", roles=frozenset({"staff"})))
    w = main_window.MainWindow(staff, settings=settings, signals=signals, remember=False)
    qtbot.addWidget(w)
    box = w.global_search
    find(box, qtbot, "delta")
    kinds = {h.kind for h in box.hits}
    assert "company" in kinds
    assert not kinds & {"booking", "lease"}
    # The same search by someone who may see those pages does offer them.
    monkeypatch.setitem(main_window.PAGE_PERMISSIONS, "consultations", ("booking.create",))
    monkeypatch.setitem(main_window.PAGE_PERMISSIONS, "leases", ("booking.create",))
    box.run_search()
    assert {"booking", "lease"} <= {h.kind for h in box.hits}


def test_picture_of_the_open_search(window, qtbot, centre, picture_dir):
    """The window with the search open (DIALOG_SCREENSHOTS=docs/screenshots keeps it)."""
    box = window.global_search
    box.open_popup()
    find(box, qtbot, "al")
    qtbot.wait(50)
    picture = window.grab()
    results = box.results.grab()
    # The list is a window of its own: paint it onto the main window where it shows.
    from PySide6.QtGui import QPainter

    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(box.results.pos()), results)
    painter.end()
    path = picture_dir / "global-search.png"
    assert picture.save(str(path))
    assert path.stat().st_size > 0

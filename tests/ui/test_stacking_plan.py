"""The stacking plan: blocks sized by area, colours per mode, tooltips, clicks, PNG export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from adminapp.services import stacking
from ui.pages import stacking as stacking_page
from ui.pages.stacking import StackingPage
from ui.widgets.stacking_plan import StackingPlanWidget

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def plan(ctx, centre, as_of):
    return stacking.stacking_plan(ctx, as_of)


@pytest.fixture
def widget(qtbot, plan):
    w = StackingPlanWidget()
    qtbot.addWidget(w)
    w.resize(1000, 400)
    w.set_plan(plan)
    w.show()
    qtbot.waitExposed(w)
    return w


def centre_of(widget, code: str) -> QPoint:
    return widget.block_rect(code).center().toPoint()


def test_blocks_are_as_wide_as_their_share_of_the_floor(widget):
    r = {c: widget.block_rect(c) for c in ("7F-01", "7F-02", "7F-03", "7F-04", "7F-05")}
    # 120, 80, 200, 100, 250 m² of 750: side by side, filling the band in code order.
    band = sum(x.width() for x in r.values())
    assert r["7F-01"].width() / band == pytest.approx(120 / 750)
    assert r["7F-03"].width() / r["7F-02"].width() == pytest.approx(200 / 80)
    assert r["7F-02"].left() == pytest.approx(r["7F-01"].right())
    assert r["7F-05"].right() == pytest.approx(widget.width() - 10)
    # Floors top to bottom: 7, then 1, then B1; a floor fills its own band.
    assert r["7F-01"].top() < widget.block_rect("1F-01").top() < widget.block_rect("B1-01").top()
    assert widget.block_rect("1F-01").width() / widget.block_rect("1F-02").width() == (
        pytest.approx(300 / 50)
    )


def test_colours_follow_the_mode_and_the_legend_says_which(widget, centre):
    c = widget.block_colour
    assert widget.mode == "vacancy"
    assert c("7F-01") == QColor(stacking.LET) and c("7F-04") == QColor(stacking.VACANT)
    assert c("B1-01") == QColor(stacking.OUT_OF_SERVICE)
    assert [t for t, _ in widget.legend_entries()] == ["Let", "Vacant", "Out of service"]
    assert widget.mode_title() == "Coloured by vacancy"

    widget.set_mode("tenant")
    assert c("7F-01") == c("7F-02") != c("7F-03")
    assert c("7F-03") == QColor(stacking.tenant_colour(centre.companies["beta"]))
    assert "Alpha Models" in [t for t, _ in widget.legend_entries()]

    widget.set_mode("expiry")
    assert c("7F-01") == QColor(stacking.EXPIRY_COLOURS[0]) != c("7F-03")
    assert [t for t, _ in widget.legend_entries()][:2] == ["Ends 2026", "Ends 2027"]

    widget.set_mode("arrears")
    assert c("7F-01") == QColor(stacking.NO_ARREARS)
    assert c("7F-04") == QColor(stacking.VACANT)
    with pytest.raises(ValueError):
        widget.set_mode("rainbow")
    widget.grab()  # every mode paints


def test_tooltip_names_the_unit_tenant_term_and_rent(widget):
    u = widget.unit_at(widget.block_rect("7F-01").center())
    text = widget.tooltip(u)
    assert text.splitlines()[0] == "7F-01 · Private office · 120.00 m²"
    assert "Tenant: Alpha Models 阿尔法模型" in text
    assert "Term: 2025-07-01 – 2026-06-30" in text
    assert "Rent: ¥40,000.00 a month (200.00 m²)" in text  # the lease holds 7F-01 and 7F-02
    vacant = widget.unit_at(widget.block_rect("7F-04").center())
    assert widget.tooltip(vacant) == "7F-04 · Compute room · 100.00 m²\nVacant"


def test_clicking_a_let_unit_asks_for_its_lease(widget, qtbot, centre):
    with qtbot.waitSignal(widget.leaseActivated) as got:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre_of(widget, "7F-03"))
    assert got.args == [centre.leases["L2"]]
    with qtbot.assertNotEmitted(widget.leaseActivated):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre_of(widget, "7F-04"))
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_the_page_opens_the_lease_on_the_leases_page(make_window, qtbot, centre, as_of):
    window = make_window()
    window.show_page("stacking")
    page = window.current_page()
    assert isinstance(page, StackingPage) and page.title() == "Stacking plan"
    page.set_as_of(as_of)
    page.widget.resize(1000, 500)
    assert page.widget.block_rect("7F-03") is not None
    assert "3 floors, 4 of 7 units in service let" in page.status_text()
    qtbot.mouseClick(page.widget, Qt.MouseButton.LeftButton, pos=centre_of(page.widget, "7F-03"))
    assert window.current_page_name() == "leases"
    assert window.current_page().selected_row().id == centre.leases["L2"]


def test_the_mode_is_remembered(ctx, signals, settings, qtbot, centre):
    page = StackingPage(ctx, signals, settings)
    qtbot.addWidget(page)
    assert page.mode == "tenant"
    page.set_mode("arrears")
    assert page.widget.mode == "arrears"
    page.save_state()
    again = StackingPage(ctx, signals, settings)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.mode == "arrears"


def test_export_png_writes_a_readable_picture(
    ctx, signals, settings, qtbot, centre, as_of, tmp_path, monkeypatch
):
    page = StackingPage(ctx, signals, settings)
    qtbot.addWidget(page)
    page.set_as_of(as_of)
    page.set_mode("vacancy")
    page.refresh()
    out = tmp_path / "plan"
    monkeypatch.setattr(stacking_page, "ask_save_path", lambda _p, _s: str(out))
    path = page.export_png()
    assert path == tmp_path / "plan.png"
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == stacking_page.EXPORT_SIZE
    # The picture shows the plan: a let unit's blue somewhere on the top floor's band.
    w = StackingPlanWidget()
    qtbot.addWidget(w)
    w.set_plan(page.plan)
    w.resize(*stacking_page.EXPORT_SIZE)
    at = w.block_rect("7F-03").center().toPoint()
    assert image.pixelColor(at.x(), at.y()) == QColor(stacking.LET)
    monkeypatch.setattr(stacking_page, "ask_save_path", lambda _p, _s: None)
    assert page.export_png() is None  # cancelled

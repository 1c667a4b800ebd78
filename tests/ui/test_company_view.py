"""The company page: opened from the list and from other pages, its figures and flags, its
links, the way back, and the buttons each role sees."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl

from adminapp.services.billing import charges
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.context import Actor, AppContext
from adminapp.services.financing import submit_application
from tests.test_financing_setup import ON, attach_all, make_draft, make_programme
from tests.ui import fakes
from ui.pages.company_view import CompanyView

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def window(make_window, qtbot, centre, as_of):
    w = make_window(remember=False)
    w.pages["companies"].model.set_query(as_of=as_of)
    w.open_start_page("companies")
    w.resize(1200, 780)
    w.show()
    qtbot.waitExposed(w)
    return w


def _company_page(window, as_of):
    page = window.pages["companies"]
    assert page.showing_company
    page.company_view.date_edit.set_date_value(as_of)  # the small centre is dated 2026
    return page.company_view


def test_open_from_the_list_and_back(window, centre, as_of, qtbot):
    page = window.pages["companies"]
    page.select_id(centre.companies["beta"])
    assert "Open company page" in page.detail.toPlainText()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = _company_page(window, as_of)
    assert view.name_label.text() == "Beta Apps" and "贝塔应用" in view.sub_label.text()
    assert page.status_text().startswith("Beta Apps")
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not page.showing_company and page.stack.currentWidget() is page.list_panel
    assert page.selected_row().id == centre.companies["beta"]
    # The record's link opens the page too; Esc goes back.
    page.detail.anchorClicked.emit(QUrl(page.OPEN_LINK))
    assert page.showing_company
    qtbot.keyClick(view.body, Qt.Key.Key_Escape)
    assert not page.showing_company


def test_show_target_opens_the_company_page(window, centre, as_of):
    window.navigate("companies", ("company", centre.companies["gamma"], "Gamma Compute"))
    page = window.pages["companies"]
    assert page.showing_company and page.company_view.company_id == centre.companies["gamma"]
    assert page.selected_row().id == centre.companies["gamma"]
    page.show_list()
    page.show_target(("view", "company=91310104MA00000037"))  # Gamma's credit code
    assert page.showing_company and page.company_view.company_id == centre.companies["gamma"]
    page.show_target(("view", f"company={centre.companies['beta']}"))
    assert page.company_view.company_id == centre.companies["beta"]
    hint = window.minimumSizeHint()  # the window still fits a 780 x 590 window
    assert hint.width() <= 780 and hint.height() <= 590, hint


def test_figures_and_flags(window, centre, as_of, tmp_path):
    alpha = centre.companies["alpha"]
    # 5,000 overdue since 2026-03-01 (106 days on 2026-06-15) while a subsidy is applied for.
    charges.add_charge(
        window.ctx,
        ChargeInput(alpha, "other", dt.date(2026, 3, 1), "5000", "Fit-out",
                    issued_on=dt.date(2026, 3, 1)),
    )  # fmt: skip
    app = make_draft(window.ctx, centre, make_programme(window.ctx))
    attach_all(window.ctx, app, tmp_path)
    submit_application(window.ctx, app, ON)
    window.pages["companies"].show_target(("company", alpha, "Alpha Models"))
    view = _company_page(window, as_of)
    assert view.cards["area"].value() == "200.00 m²"
    assert view.cards["rent"].value() == "¥40,000.00"
    assert view.cards["balance"].value() == "¥5,000.00"
    assert "¥5,000.00 over 90 days" in view.cards["balance"].note_label.text()
    assert view.cards["approved"].value() == "¥0.00"
    codes = [label.objectName() for label in view.flag_labels]
    assert codes == ["flag_arrears_while_applying", "flag_lease_ending"]
    assert "while applying for support" in view.flag_labels[0].text()
    assert "ends on 2026-07-01 (in 16 days)" in view.flag_labels[1].text()
    text = view.body.toPlainText()
    assert "7F-01, 7F-02" in text and "Business licence" in text and "Compute rental" in text
    # On a later date the lease has ended: no lease flag, nothing leased.
    view.date_edit.set_date_value(dt.date(2026, 7, 2))
    assert [label.objectName() for label in view.flag_labels] == ["flag_arrears_while_applying"]
    assert view.cards["area"].value() == "0.00 m²"


def test_links_open_the_records_on_their_pages(window, centre, as_of):
    window.navigate("companies", ("company", centre.companies["beta"], "Beta Apps"))
    view = _company_page(window, as_of)
    page, (kind, lease_id, reference) = view.link_target(f"lease:{centre.leases['L2']}")
    assert (page, kind, lease_id) == ("leases", "lease", centre.leases["L2"]) and reference
    view.body.anchorClicked.emit(QUrl(f"lease:{centre.leases['L2']}"))
    assert window.current_page_name() == "leases"
    assert window.pages["leases"].selected_row().id == centre.leases["L2"]
    window.navigate("companies", ("company", centre.companies["beta"], "Beta Apps"))
    view.body.anchorClicked.emit(QUrl("billing"))
    assert window.current_page_name() == "billing"


def test_buttons_follow_the_roles(qtbot, db, centre, monkeypatch):
    def view_for(*roles: str) -> CompanyView:
        ctx = AppContext(db, Actor("someone", "ws", roles=frozenset(roles)))
        view = CompanyView(ctx)
        qtbot.addWidget(view)
        view.show_company(centre.companies["alpha"])
        return view

    shown = {a for a, b in view_for("finance").buttons.items() if not b.isHidden()}
    assert shown == set()
    shown = {a for a, b in view_for("staff").buttons.items() if not b.isHidden()}
    assert shown == {"edit", "lease", "application", "booking"}
    shown = {a for a, b in view_for("manager").buttons.items() if not b.isHidden()}
    assert shown == {"booking"}


def test_edit_button_opens_the_company_dialog(window, centre, as_of, monkeypatch, qtbot):
    dialogs = fakes.install(monkeypatch)
    window.navigate("companies", ("company", centre.companies["delta"], "=Delta Scenes"))
    view = _company_page(window, as_of)
    qtbot.mouseClick(view.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.buttons["lease"], Qt.MouseButton.LeftButton)
    assert dialogs.calls == [
        ("CompanyDialog", (centre.companies["delta"],), {}),
        ("LeaseDialog", (None,), {"company_id": centre.companies["delta"]}),
    ]

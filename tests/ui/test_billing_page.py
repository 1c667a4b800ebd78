"""The Billing page: generating and issuing from the page (off the GUI thread), the charges and
payments lists, the arrears view against ``statement.arrears``, deposits, the company record's
Account section and the over-90 flag in the Companies list, and what each role may do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt as QtNs
from PySide6.QtCore import QUrl

from adminapp.services.billing import listing, statement
from adminapp.services.context import Actor, AppContext
from tests.test_billing_listing import AS_OF, billed  # noqa: F401 - the fixture
from ui import messages
from ui.models.billing import RED, ArrearsModel, ChargesModel, DepositsModel, PaymentsModel
from ui.pages.billing import BillingPage
from ui.pages.companies import CompaniesPage

pytestmark = pytest.mark.usefixtures("no_popups")
d = dt.date
D = Decimal


def make_page(qtbot, ctx, signals, settings) -> BillingPage:
    p = BillingPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    return p


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre):
    return make_page(qtbot, ctx, signals, settings)


def column(model, title: str) -> list[str]:
    c = [col.title for col in model.columns].index(title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_generate_and_issue_from_the_page_update_the_lists(page, ctx, no_popups):
    assert page.charges.model.rowCount() == 0
    assert "No charges yet" in page.charges.empty_label.text()
    task = page.generate(d(2026, 6, 1))  # June: every month billed before 1 July
    assert task is not None and task.wait()
    assert task.error is None
    kind, title, text = no_popups[-1]
    assert (kind, title) == ("info", "Charges generated")
    assert "42 created, 0 updated, 0 removed, 0 corrections" in text
    assert page.charges.model.rowCount() == 42
    assert set(column(page.charges.model, "Status")) == {"Scheduled"}
    assert page.status_text() == "42 charges"

    task = page.issue(d(2026, 2, 28), on=d(2026, 1, 1))
    assert task.wait() and "charges due up to 2026-02-28 issued" in no_popups[-1][2]
    statuses = column(page.charges.model, "Status")
    assert statuses.count("Scheduled") == 42 - task.result
    assert statuses.count("Overdue") == task.result > 0
    # Again: nothing twice.
    assert page.generate(d(2026, 6, 1)).wait()
    assert "already in line" in no_popups[-1][2]
    assert page.charges.model.rowCount() == 42


def test_charges_filters_and_detail(page, ctx, centre, billed):  # noqa: F811
    page.refresh()
    charges = page.charges
    charges.status_combo.setCurrentIndex(charges.status_combo.findData("scheduled"))
    assert set(column(charges.model, "Status")) == {"Scheduled"}
    charges.status_combo.setCurrentIndex(0)
    charges.kind_combo.setCurrentIndex(charges.kind_combo.findData("utilities"))
    assert column(charges.model, "Description") == ["Electricity"]
    charges.kind_combo.setCurrentIndex(0)
    charges.search.setText("阿尔法")
    charges._apply_search()
    assert set(column(charges.model, "Company")) == {"Alpha Models"}
    charges.view.selectRow(0)
    html = charges.detail.toPlainText()
    assert "Alpha Models" in html and "Rent" in html
    assert page.credit_button.isEnabled() is (charges.selected_row().issued_on is not None)


def test_arrears_view_figures_equal_statement_arrears(page, ctx, centre, billed, qtbot):  # noqa: F811
    page.show_target(("view", f"arrears@{AS_OF.isoformat()}"))
    assert page.current_tab() == "arrears"
    view = page.arrears
    rows = statement.arrears(ctx, AS_OF)
    totals = statement.totals(rows)
    model = view.model
    assert model.rowCount() == len(rows) + 1  # and the totals
    for i, r in enumerate(rows):
        line = model.row_at(i)
        assert (line.id, line.balance, line.buckets, line.not_due) == (
            r.company_id, r.balance, r.buckets, r.not_due,
        )  # fmt: skip
    total = model.row_at(len(rows))
    assert (total.name_en, total.balance) == ("Total", totals["balance"])
    assert column(model, "Over 90")[-1] == f"¥{totals['90+']:,.2f}"
    alpha = next(i for i, r in enumerate(rows) if r.company_id == billed["alpha"])
    assert rows[alpha].over_90
    assert model.index(alpha, 0).data(QtNs.ItemDataRole.ForegroundRole) == RED
    assert column(model, "Flag")[alpha] == "Over 90 days"
    # Double-click a company: its record on the Companies page.
    with qtbot.waitSignal(page.navigateRequested) as sent:
        view._activate(alpha)
    assert sent.args == ["companies", ("company", billed["alpha"], "Alpha Models")]
    # A date before anything was issued: nobody is in arrears.
    view.set_as_of(d(2025, 12, 31))
    assert model.rowCount() == 0 and "No company is in arrears" in view.summary.text()


def test_payments_tab_and_reverse_button(page, ctx, centre, billed):  # noqa: F811
    page.set_tab("payments")
    payments = page.payments
    assert column(payments.model, "Reference") == ["CHQ-7", "TX-100"]
    assert page.status_text() == "2 payments"
    payments.view.selectRow(0)  # reversed already
    assert not page.reverse_button.isEnabled()
    payments.view.selectRow(1)
    assert page.reverse_button.isEnabled()
    payments.state_combo.setCurrentIndex(payments.state_combo.findData(True))
    assert column(payments.model, "Reference") == ["CHQ-7"]


def test_recording_a_payment_updates_the_arrears(page, ctx, centre, billed, monkeypatch):  # noqa: F811
    from ui.dialogs.payment_dialog import PaymentDialog

    page.set_tab("arrears")
    page.arrears.set_as_of(AS_OF)
    before = {r.company_id: r.balance for r in statement.arrears(ctx, AS_OF)}
    alpha = billed["alpha"]

    def run(parent, ctx_, company_id=None):
        dialog = PaymentDialog(parent, ctx_, company_id=alpha)
        dialog.date_edit.set_date_value(d(2026, 3, 1))
        dialog.amount_edit.setText("60000")
        dialog.accept()
        return dialog.result_view

    monkeypatch.setattr(PaymentDialog, "run", staticmethod(run))
    page.request("new")  # Ctrl+N: record payment
    lines = {page.arrears.model.row_at(i).id: page.arrears.model.row_at(i) for i in range(page.arrears.model.rowCount())}  # fmt: skip
    assert lines[alpha].balance == before[alpha] - D("60000")


def test_deposits_tab_lists_leases_with_their_steps(page, ctx, centre, billed):  # noqa: F811
    from adminapp.services.billing import payments

    payments.deposit_step(ctx, centre.leases["L1"], "charge", "48000", d(2025, 6, 20))
    page.signals.billingChanged.emit()
    page.set_tab("deposits")
    refs = column(page.deposits.model, "Lease")
    row = listing.get_deposit_row(ctx, centre.leases["L1"])
    i = refs.index(row.reference)
    assert column(page.deposits.model, "Charged")[i] == "¥48,000.00"
    page.deposits.view.selectRow(i)
    assert page.deposit_button.isEnabled()
    assert "Charge (ask for it)" in page.deposits.detail.toPlainText()


def test_non_finance_users_see_no_write_actions(qtbot, db, centre, signals, settings, billed):  # noqa: F811
    staff = AppContext(db, Actor(login="staff", workstation="t", roles=frozenset({"staff"})))
    page = make_page(qtbot, staff, signals, settings)
    buttons = [b for group in page.write_buttons.values() for b in group]
    assert buttons and not any(b.isVisibleTo(page) for b in buttons)
    assert not page.allows("new")
    assert page.statement_button.isVisibleTo(page)
    assert page.charges.model.rowCount() > 0  # everyone signed in may read
    finance = AppContext(db, Actor(login="fin", workstation="t", roles=frozenset({"finance"})))
    page2 = make_page(qtbot, finance, signals, settings)
    assert all(b.isVisibleTo(page2) for g in page2.write_buttons.values() for b in g)
    assert page2.allows("new")


def test_company_record_shows_its_account_and_the_list_flags_over_90(
    qtbot,
    ctx,
    centre,
    signals,
    settings,
    billed,  # noqa: F811
    monkeypatch,
):
    page = CompaniesPage(ctx, signals, settings)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activate()
    m = page.model
    names = column(m, "Name")
    flags = dict(zip(names, column(m, "Arrears"), strict=True))
    over = listing_over_90(ctx)
    for i, name in enumerate(names):
        marked = m.row_at(i).id in over
        assert (flags[name] == "Over 90 days") is marked
        assert (m.index(i, 0).data(QtNs.ItemDataRole.DecorationRole) == RED) is marked
    assert flags["Alpha Models"] == "Over 90 days"  # Alpha's 2025 months are unpaid today
    page.select_id(billed["alpha"])
    text = page.detail.toPlainText()
    assert "Account" in text and "Over 90 days in arrears" in text
    assert "Statement…" in text and "TX-100" in text
    opened = []
    monkeypatch.setattr(page, "open_statement", lambda cid: opened.append(cid))
    page._follow(QUrl("statement"))
    assert opened == [billed["alpha"]]
    with qtbot.waitSignal(page.navigateRequested) as sent:
        page._follow(QUrl("billing"))
    assert sent.args == ["billing", ("company", billed["alpha"], "Alpha Models")]


def listing_over_90(ctx) -> set[int]:
    from adminapp.services.billing import account

    return account.companies_over_90(ctx)


def test_models_pass_the_model_tester(qtmodeltester, ctx, centre, billed):  # noqa: F811
    for cls in (ChargesModel, PaymentsModel, DepositsModel):
        model = cls(ctx)
        model.reload()
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    from ui.models.billing import arrears_lines

    arrears = ArrearsModel()
    rows = statement.arrears(ctx, AS_OF)
    arrears.set_rows(arrears_lines(rows, statement.totals(rows)))
    qtmodeltester.check(arrears)


def test_main_window_opens_billing_and_its_views(make_window, centre, billed):  # noqa: F811
    window = make_window(remember=False)
    window.show_page("billing")
    page = window.current_page()
    assert page.name == "billing" and page.title() == "Billing"
    window.navigate("billing", ("view", "payments"))
    assert page.current_tab() == "payments"
    window.navigate("billing", ("company", billed["beta"], "Beta Apps"))
    assert page.current_tab() == "payments"  # the view shown stays; both lists narrow
    assert page.payments.model.rowCount() == 0  # Beta has paid nothing
    page.set_tab("charges")
    assert set(column(page.charges.model, "Company")) == {"Beta Apps"}
    assert window.actions["new"].isEnabled()
    messages.shown.clear()

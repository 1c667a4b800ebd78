"""The billing dialogs: record a payment (with how it settles), reverse one (a reason is
required), add a charge, a credit note, a deposit step, and the statement. A refusal is shown
beside its field and writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from adminapp.services.billing import listing, payments, statement
from tests.dbstate import dump
from tests.test_billing_listing import AS_OF, billed  # noqa: F401 - the fixture
from ui.dialogs.charge_dialog import AddChargeDialog, CreditNoteDialog
from ui.dialogs.deposit_dialog import DepositDialog
from ui.dialogs.payment_dialog import PaymentDialog
from ui.dialogs.reverse_payment_dialog import ReversePaymentDialog
from ui.dialogs.statement_dialog import StatementDialog

pytestmark = pytest.mark.usefixtures("no_popups")
d = dt.date
D = Decimal


@pytest.fixture
def show(qtbot):
    def shown(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return shown


def test_payment_dialog_shows_how_the_payment_settles(show, ctx, centre, billed):  # noqa: F811
    dialog = show(PaymentDialog(None, ctx, company_id=billed["alpha"]))
    dialog.date_edit.set_date_value(AS_OF)
    dialog.amount_edit.setText("250,000")
    s = dialog.settlement
    assert s is not None and s.balance == D("220000.00")
    assert [i.settled for i in s.items][:2] == [D("20000.00"), D("40000.00")]
    text = dialog.preview.toPlainText()
    assert "Open charges, oldest first (6)" in text
    assert "Kept as credit" in text and "¥30,000.00" in text
    assert "¥30,000.00 in credit" in text  # the balance after
    dialog.accept()
    row = dialog.result_view
    assert (row.amount, row.received_on, row.company_id) == (D("250000.00"), AS_OF, billed["alpha"])


def test_a_refused_payment_writes_nothing(show, ctx, centre, billed):  # noqa: F811
    dialog = show(PaymentDialog(None, ctx, company_id=billed["alpha"]))
    dialog.amount_edit.setText("1000")
    dialog.reference_edit.setText("TX-100")  # this company's transfer already has it
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.result_view is None
    assert "already has reference TX-100" in dialog.error_text("reference")
    assert dump(ctx.db) == before
    dialog.date_edit.set_date_value(dt.date.today() + dt.timedelta(days=5))
    dialog.reference_edit.setText("TX-101")
    dialog.accept()
    assert "future" in dialog.error_text("received_on") and dump(ctx.db) == before
    fresh = show(PaymentDialog(None, ctx))
    fresh.accept()  # nothing chosen, nothing typed
    assert fresh.error_text("company_id") == "Choose the company that paid"
    assert fresh.error_text("amount") and dump(ctx.db) == before


def test_reversing_a_payment_requires_a_reason(show, ctx, centre, billed):  # noqa: F811
    dialog = show(ReversePaymentDialog(None, ctx, billed["paid"]))
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.result_view is None
    assert dialog.error_text("reversal_reason") == "Say why the payment is reversed"
    assert dump(ctx.db) == before
    dialog.date_edit.set_date_value(d(2026, 1, 1))  # before it was received
    dialog.reason_edit.setPlainText("Keyed twice")
    dialog.accept()
    assert "before it was received" in dialog.error_text("reversed_on")
    assert dump(ctx.db) == before
    dialog.date_edit.set_date_value(d(2026, 3, 1))
    dialog.accept()
    assert dialog.result_view.reversed_on == d(2026, 3, 1)
    assert listing.get_payment(ctx, billed["paid"]).reversal_reason == "Keyed twice"
    again = show(ReversePaymentDialog(None, ctx, billed["paid"]))
    assert "already reversed" in again.error_text("")


def test_add_charge_dialog(show, ctx, centre, billed):  # noqa: F811
    dialog = show(AddChargeDialog(None, ctx, company_id=billed["beta"]))
    leases = [dialog.lease_combo.itemText(i) for i in range(dialog.lease_combo.count())]
    assert leases[0] == "No lease" and len(leases) == 2
    before = dump(ctx.db)
    dialog.amount_edit.setText("-5")
    dialog.accept()
    assert dialog.error_text("description") == "Say what the charge is for"
    dialog.description_edit.setText("Cleaning")
    dialog.accept()
    assert dialog.error_text("amount") == "The amount must be more than zero"
    assert dump(ctx.db) == before
    dialog.amount_edit.setText("1,200.50")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("service_fee"))
    dialog.lease_combo.setCurrentIndex(1)
    dialog.accept()
    row = dialog.result_view
    assert (row.kind, row.amount, row.description) == ("service_fee", D("1200.50"), "Cleaning")
    assert row.lease_id == centre.leases["L2"] and row.issued_on is not None


def test_credit_note_dialog(show, ctx, centre, billed):  # noqa: F811
    dialog = show(CreditNoteDialog(None, ctx, billed["fee"]))
    assert dialog.amount_edit.text() == "2000.00"
    assert "At most ¥2,000.00" in dialog.hint_text("amount")
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.error_text("reason") == "Say why the charge is credited"
    dialog.reason_edit.setText("Meter misread")
    dialog.amount_edit.setText("2500")
    dialog.accept()
    assert "At most 2000.00 is left" in dialog.error_text("amount")
    assert dump(ctx.db) == before
    dialog.amount_edit.setText("500")
    dialog.accept()
    note = dialog.result_view
    assert (note.kind, note.amount, note.corrects_id) == (
        "credit_note",
        D("-500.00"),
        billed["fee"],
    )
    assert listing.get_charge(ctx, billed["fee"]).creditable == D("1500.00")


def test_deposit_dialog_suggests_and_refuses(show, ctx, centre, billed):  # noqa: F811
    lid = centre.leases["L1"]  # asks 48,000; ended 2026-07-01
    dialog = show(DepositDialog(None, ctx, lid, "charge"))
    assert dialog.amount_edit.text() == "48000.00"
    dialog.date_edit.set_date_value(d(2025, 6, 20))
    dialog.accept()
    assert dialog.result_view.charged == D("48000.00")
    receipt = show(DepositDialog(None, ctx, lid, "receipt"))
    assert receipt.amount_edit.text() == "48000.00"
    assert "Charged and not received yet" in receipt.hint_text("amount")
    receipt.accept()
    refund = show(DepositDialog(None, ctx, lid, "refund"))
    refund.date_edit.set_date_value(d(2026, 6, 1))  # before the lease ended
    before = dump(ctx.db)
    refund.accept()
    assert "once the lease has ended" in refund.error_text("on_date")
    assert dump(ctx.db) == before
    refund.date_edit.set_date_value(d(2026, 7, 2))
    refund.amount_edit.setText("50000")
    refund.accept()
    assert "Only 48000.00 of the deposit is held" in refund.error_text("amount")
    assert dump(ctx.db) == before
    refund.amount_edit.setText("48000")
    refund.accept()
    assert refund.result_view.held == D("0.00")
    assert payments.get_deposit(ctx, lid).refunded == D("48000.00")


def test_statement_dialog_closes_on_the_statement(show, ctx, centre, billed):  # noqa: F811
    dialog = show(StatementDialog(None, ctx, billed["alpha"], d(2026, 1, 1), AS_OF))
    s = statement.statement(ctx, billed["alpha"], d(2026, 1, 1), AS_OF)
    assert dialog.model.rowCount() == len(s.lines) > 0
    assert dialog.closing.text() == f"Closing balance on {AS_OF}: ¥{s.closing:,.2f}"
    assert dialog.opening.text() == f"Opening balance on 2026-01-01: ¥{s.opening:,.2f}"
    kinds = {dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())}
    assert {"Rent", "Payment", "Reversal"} <= kinds
    dialog.set_period(AS_OF, d(2026, 1, 1))
    assert dialog.error.isVisibleTo(dialog) and "must end on or after" in dialog.error.text()

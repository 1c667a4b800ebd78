"""The billing reports' figures, from the hand-made history of tests/billing_history.py, read
back from the workbooks, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, or_, select

from adminapp import reports
from adminapp.errors import DomainError
from adminapp.models import Charge, DepositEntry, Payment
from adminapp.services.billing import statement
from tests.billing_history import AS_OF, History, later_records, make_history

D = Decimal
dd = dt.datetime


@pytest.fixture
def history(ctx, centre) -> History:
    return make_history(ctx, centre)


def export(ctx, name, tmp_path, as_of=AS_OF, filters=None, out=None):
    out = out or tmp_path / f"{name}.xlsx"
    result = reports.export_report(ctx, name, out, as_of, filters=filters)
    return result, load_workbook(result.path)


def num(v):
    return D(str(v)) if isinstance(v, int | float) and not isinstance(v, bool) else v


def values(wb, sheet) -> list[tuple]:
    """The data rows of ``sheet``: numbers as Decimal, dates as datetimes."""
    ws = wb[sheet.name]
    return [
        tuple(num(c.value) for c in row)
        for row in ws.iter_rows(min_row=sheet.first_row, max_row=sheet.last_row)
    ]


def totals_row(wb, sheet) -> dict[str, object]:
    return {c.column_letter: c.value for c in wb[sheet.name][sheet.totals_row] if c.value}


# --- arrears aging ----------------------------------------------------------------------------


def test_arrears_aging_lists_who_owes_worst_first_with_a_summary_by_age(ctx, history, tmp_path):
    result, wb = export(ctx, "arrears-aging", tmp_path)
    assert wb.sheetnames == ["Arrears", "By age"]
    main, ages = result.sheets
    # company, Chinese name, credit code, balance, not yet due, 0-30, 31-60, 61-90, over 90,
    # total arrears
    rows = values(wb, main)
    assert [r[:2] for r in rows] == [
        ("Beta Apps", "贝塔应用"), ("Alpha Models", "阿尔法模型"), ("=Delta Scenes", "德尔塔场景")
    ]  # fmt: skip
    assert [r[3:] for r in rows] == [
        (D(2400), D(0), D(400), D(0), D(0), D(2000), D(2400)),
        (D(1300), D(500), D(0), D(800), D(0), D(0), D(800)),
        (D(500), D(0), D(0), D(0), D(500), D(0), D(500)),
    ]
    assert main.totals == {
        "balance": D(4200), "not_due": D(500), "d30": D(400), "d60": D(800), "d90": D(500),
        "over90": D(2000), "arrears": D(3700),
    }  # fmt: skip
    a, b = main.first_row, main.last_row
    assert totals_row(wb, main) == {
        "A": "Total",
        **{c: f"=SUBTOTAL(109,{c}{a}:{c}{b})" for c in "DEFGHIJ"},
    }
    # The credit codes are text, as the company records have them.
    codes = [r[2] for r in rows]
    assert all(isinstance(c, str) and len(c) == 18 for c in codes)
    # By age: arrears, companies with arrears of that age, share of all arrears.
    assert values(wb, ages) == [
        ("0-30 days", D(400), D(1), D("0.1081")),
        ("31-60 days", D(800), D(1), D("0.2162")),
        ("61-90 days", D(500), D(1), D("0.1351")),
        ("Over 90 days", D(2000), D(1), D("0.5405")),
    ]
    assert ages.totals == {"arrears": D(3700)}


def test_arrears_aging_takes_companies_in_credit_and_a_segment_on_request(ctx, history, tmp_path):
    result, wb = export(ctx, "arrears-aging", tmp_path, filters={"in_credit": "yes"})
    rows = values(wb, result.sheets[0])
    assert [r[0] for r in rows][-1] == "Gamma Compute" and rows[-1][3] == D(-250)
    assert result.totals["balance"] == D(3950) and result.totals["arrears"] == D(3700)
    result, wb = export(ctx, "arrears-aging", tmp_path, filters={"segment": "base_technology"})
    assert [r[0] for r in values(wb, result.sheets[0])] == ["Alpha Models"]
    # On 31 March: Beta's February 2,000 (58 days), Alpha's January 200 (75 days, after the
    # 800 paid) and March 600 (21 days).
    result, wb = export(ctx, "arrears-aging", tmp_path, dt.date(2026, 3, 31))
    assert result.totals == {
        "balance": D(2800), "not_due": D(0), "d30": D(600), "d60": D(2000), "d90": D(200),
        "over90": D(0), "arrears": D(2800),
    }  # fmt: skip


# --- tenant statement -------------------------------------------------------------------------


def test_tenant_statement_opens_lists_every_movement_and_closes(ctx, history, tmp_path):
    c = history.charges
    p = history.payments
    filters = {"company": "Alpha Models", "from": "2026-04-01", "to": "2026-06-30"}
    result, wb = export(ctx, "tenant-statement", tmp_path, filters=filters)
    assert wb.sheetnames == ["Statement", "Open charges"]
    st, open_ = result.sheets
    ws = wb[st.name]
    assert ws["A1"].value == (
        "Statement of account: Alpha Models 阿尔法模型 "
        f"({ws['A1'].value.split('(')[1].split(')')[0]}), 2026-04-01 to 2026-06-30"
    )
    # date, reference, kind, description, debit, credit, balance
    assert values(wb, st) == [
        (dd(2026, 4, 1), None, "Opening balance", "Balance at the end of 2026-03-31",
         None, None, D(800)),
        (dd(2026, 4, 10), f"P{p['P2']}", "Payment", "Payment received (Bank transfer T-2)",
         None, D(1000), D(-200)),
        (dd(2026, 4, 20), f"P{p['P2']}", "Payment reversed", "Payment reversed: Bounced",
         D(1000), None, D(800)),
        (dd(2026, 5, 2), f"C{c['C3']}", "Other", "Event hall", D(2000), None, D(2800)),
        (dd(2026, 5, 25), f"C{c['CN']}", "Credit note",
         "Credit note for Event hall: Shorter event", None, D(300), D(2500)),
        (dd(2026, 6, 5), f"P{p['P3']}", "Payment", "Payment received (Bank transfer T-3)",
         None, D(700), D(1800)),
        (dd(2026, 6, 10), ws.cell(st.first_row + 6, 2).value, "Deposit applied",
         f"Deposit of {ws.cell(st.first_row + 6, 4).value.split()[2]} applied: Arrears",
         None, D(1000), D(800)),
        (dd(2026, 6, 20), f"C{c['C4']}", "Service fee", "Service Jul", D(500), None, D(1300)),
        (dd(2026, 6, 30), None, "Closing balance", "Balance at the end of 2026-06-30",
         None, None, D(1300)),
    ]  # fmt: skip
    assert ws.cell(st.first_row + 6, 2).value.startswith("D")
    assert st.totals == {"debit": D(3500), "credit": D(3000)}  # 800 + 3,500 − 3,000 = 1,300
    a, b = st.first_row, st.last_row
    assert totals_row(wb, st) == {
        "A": "Total",
        "E": f"=SUBTOTAL(109,E{a}:E{b})",
        "F": f"=SUBTOTAL(109,F{a}:F{b})",
    }
    # Open on 30 June: what is left of C3 after the credit note, 41 days late; C4 not yet due.
    assert values(wb, open_) == [
        (f"C{c['C3']}", "Other", "Event hall", dd(2026, 5, 20), D(1700), D(800), D(41),
         "31-60 days"),
        (f"C{c['C4']}", "Service fee", "Service Jul", dd(2026, 7, 15), D(500), D(500), D(0),
         "Not yet due"),
    ]  # fmt: skip
    assert open_.totals["open"] == D(1300)
    notes = [r[1].value for r in ws.iter_rows(min_row=st.totals_row + 2) if r[0].value == "Note"]
    assert "Deposit held on 2026-06-30: ¥47,000.00 (not in the balance)." in notes


def test_the_statement_period_defaults_to_the_as_of_month_and_takes_months(ctx, history, tmp_path):
    alpha = history.companies["alpha"]
    result, wb = export(ctx, "tenant-statement", tmp_path, filters={"company": str(alpha)})
    rows = values(wb, result.sheets[0])
    assert (rows[0][0], rows[0][6]) == (dd(2026, 6, 1), D(2500))  # balance on 31 May
    assert (rows[-1][0], rows[-1][6]) == (dd(2026, 6, 30), D(1300))
    assert len(rows) == 5  # opening, P3, deposit, C4, closing
    # By credit code; a month stands for its first or last day.
    code = wb["Statement"]["A1"].value.split("(")[1].split(")")[0]
    result, wb = export(
        ctx,
        "tenant-statement",
        tmp_path,
        filters={"company": code, "from": "2026-05", "to": "2026-05"},
    )
    rows = values(wb, result.sheets[0])
    assert (rows[0][0], rows[-1][0], rows[-1][6]) == (dd(2026, 5, 1), dd(2026, 5, 31), D(2500))


@pytest.mark.parametrize(
    ("name", "filters", "message"),
    [
        ("tenant-statement", {}, "Choose the company"),
        ("tenant-statement", {"company": "Nobody Ltd"}, "There is no company 'Nobody Ltd'"),
        ("tenant-statement", {"company": "1", "to": "2026-07-01"}, "after the as-of date"),
        ("tenant-statement", {"company": "1", "from": "2026-06-20", "to": "2026-06-10"},
         "after its last day"),
        ("tenant-statement", {"company": "1", "from": "2026-02-30"}, "from must be a date"),
        ("arrears-aging", {"in_credit": "maybe"}, "in_credit must be yes or no"),
        ("arrears-aging", {"segment": "banking"}, "Unknown segment"),
        ("deposits", {"company": "1"}, "its filters: segment"),
        ("billing-summary", {"from": "2026-07", "to": "2026-01"}, "start in 2026-07"),
    ],
)  # fmt: skip
def test_bad_filters_are_refused_before_any_file(ctx, history, tmp_path, name, filters, message):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as err:
        reports.export_report(ctx, name, out / "x.xlsx", AS_OF, filters=filters)
    assert message in str(err.value)
    assert list(out.iterdir()) == []


def test_the_statement_closes_on_the_arrears_reports_balance(ctx, history, tmp_path):
    """For every company and several dates, the statement's closing balance cell equals the
    arrears-aging report's balance cell for that company on that date."""
    for as_of in (dt.date(2026, 3, 31), dt.date(2026, 4, 15), dt.date(2026, 5, 25), AS_OF):
        result, wb = export(ctx, "arrears-aging", tmp_path, as_of, {"in_credit": "yes"})
        by_code = {r[2]: r[3] for r in values(wb, result.sheets[0])}
        for key, company in history.companies.items():
            st_result, st_wb = export(
                ctx, "tenant-statement", tmp_path, as_of, {"company": str(company)},
                out=tmp_path / f"st-{key}.xlsx",
            )  # fmt: skip
            sheet = st_result.sheets[0]
            ws = st_wb[sheet.name]
            code = ws["A1"].value.rsplit("(", 1)[1].split(")")[0]
            closing = ws.cell(sheet.last_row, 7)
            assert ws.cell(sheet.last_row, 3).value == "Closing balance"
            expected = by_code.get(code, D(0))  # not listed: it owes nothing
            assert num(closing.value) == expected, (key, as_of)
            assert closing.data_type == "n" and closing.number_format == "¥#,##0.00"
        # and both agree with the service the Billing page shows
        service = {
            r.credit_code: r.balance for r in statement.arrears(ctx, as_of, only_in_arrears=False)
        }
        assert {k: v for k, v in service.items() if v} == {k: v for k, v in by_code.items()}


# --- deposits -----------------------------------------------------------------------------------


def test_deposits_per_lease_as_of_a_date(ctx, history, tmp_path):
    result, wb = export(ctx, "deposits", tmp_path)
    rows = values(wb, result.sheets[0])
    # lease, company, Chinese name, credit code, asked, charged, received, applied, refunded,
    # held, still to receive
    assert [(r[1], *r[4:]) for r in rows] == [
        ("Alpha Models", D(48000), D(48000), D(48000), D(1000), D(0), D(47000), D(0)),
        ("Beta Apps", D(60000), D(60000), D(30000), D(0), D(0), D(30000), D(30000)),
    ]
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert result.totals == {
        "asked": D(108000), "charged": D(108000), "received": D(78000), "applied": D(1000),
        "refunded": D(0), "held": D(77000), "outstanding": D(30000),
    }  # fmt: skip
    # After the refund of 15 July (and before its steps, on 1 January, only L1's were made).
    later_records(ctx, history)
    result, _ = export(ctx, "deposits", tmp_path, dt.date(2026, 7, 31))
    assert (result.totals["refunded"], result.totals["held"]) == (D(40000), D(37000))
    result, wb = export(ctx, "deposits", tmp_path, dt.date(2026, 1, 1))
    assert [r[1] for r in values(wb, result.sheets[0])] == ["Alpha Models", "Beta Apps"]
    assert result.totals["charged"] == D(48000) and result.totals["outstanding"] == D(0)


# --- billing summary ----------------------------------------------------------------------------


def test_billing_summary_by_month(ctx, history, tmp_path):
    later_records(ctx, history)  # dated after 30 June: not counted as of then
    result, wb = export(ctx, "billing-summary", tmp_path, filters={"from": "2026-01"})
    sheet = result.sheets[0]
    # month, charged, collected, collected / charged, deposit applied, issued, balance change,
    # balance at month end
    expected = [
        (1, 1000, 0, "0", 0, 4000, 4000, 4000),
        (2, 3000, 800, "0.2667", 0, 0, -800, 3200),
        (3, 600, 1000, "1.6667", 0, 600, -400, 2800),
        (4, 1500, 0, "0", 0, 1500, 1500, 4300),  # paid 10 April, reversed 20 April
        (5, 1700, 250, "0.1471", 0, 1700, 1450, 5750),  # 2,000 less the 300 credit note
        (6, 400, 1700, "4.25", 1000, 900, -1800, 3950),
    ]
    got = values(wb, sheet)
    assert got == [(dd(2026, m, 1), *(D(str(v)) for v in rest)) for m, *rest in expected]
    assert sheet.totals == {
        "charged": D(8200), "collected": D(3750), "applied": D(1000), "issued": D(8700),
        "change": D(3950),
    }  # fmt: skip
    t, a, b = sheet.totals_row, sheet.first_row, sheet.last_row
    assert totals_row(wb, sheet)["D"] == f"=IF(B{t}=0,0,C{t}/B{t})"
    assert totals_row(wb, sheet)["G"] == f"=SUBTOTAL(109,G{a}:G{b})"
    assert "H" not in totals_row(wb, sheet)  # a balance is not added up
    # The closing balance is the arrears report's total balance (companies in credit too).
    arrears, _ = export(ctx, "arrears-aging", tmp_path, filters={"in_credit": "yes"})
    assert arrears.totals["balance"] == D(3950) == got[-1][-1]
    # The default period: the twelve months to the as-of month.
    result, wb = export(ctx, "billing-summary", tmp_path)
    months = [r[0] for r in values(wb, result.sheets[0])]
    assert months[0] == dd(2025, 7, 1) and months[-1] == dd(2026, 6, 1) and len(months) == 12


def database_sums(ctx, as_of: dt.date) -> dict[str, Decimal]:
    """Straight from the tables, independently of the reports' own queries."""
    with ctx.db.read() as s:
        owed = s.scalar(select(func.sum(Charge.amount)).where(Charge.issued_on <= as_of))
        paid = s.scalar(
            select(func.sum(Payment.amount)).where(
                Payment.received_on <= as_of,
                or_(Payment.reversed_on.is_(None), Payment.reversed_on > as_of),
            )
        )
        steps = dict(
            s.execute(
                select(DepositEntry.kind, func.sum(DepositEntry.amount))
                .where(DepositEntry.on_date <= as_of)
                .group_by(DepositEntry.kind)
            ).all()
        )
    return {"balance": owed - paid - steps["application"], **steps}


def test_totals_equal_the_database_sums(ctx, history, tmp_path):
    sums = database_sums(ctx, AS_OF)
    arrears, _ = export(ctx, "arrears-aging", tmp_path, filters={"in_credit": "yes"})
    assert arrears.totals["balance"] == sums["balance"] == D(3950)
    deposits, _ = export(ctx, "deposits", tmp_path)
    assert deposits.totals["received"] == sums["receipt"]
    assert deposits.totals["applied"] == sums["application"]
    assert deposits.totals["charged"] == sums["charge"]
    summary, _ = export(ctx, "billing-summary", tmp_path, filters={"from": "2025-01"})
    assert summary.totals["change"] == sums["balance"]  # nothing before 2025

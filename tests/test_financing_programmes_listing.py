"""Programme budgets for a year at a glance: the Programmes page's figures, in a few queries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from adminapp.services import financing as fin
from adminapp.services.financing import programmes
from adminapp.services.financing.budgets import ProgrammeBudgetLine, budget_overview, budget_totals
from tests.test_financing_setup import as_user, make_programme, programme_input, under_review

d = dt.date
T = fin.TrancheInput
D = Decimal


@pytest.fixture
def year_2026(ctx, centre, tmp_path) -> dict[str, int]:
    return build_year_2026(ctx, centre, tmp_path)


def build_year_2026(ctx, centre, folder) -> dict[str, int]:
    """Three programmes with money moving in 2026 (the GUI tests use them too).

    - Compute rental subsidy (CNY, compute, subsidy): budget ¥5,000,000 in 2026 and ¥2,000,000
      in 2025; Alpha approved ¥600,000 (¥200,000 paid on 2026-07-02), Beta approved ¥300,000
      (nothing paid), Delta's application only under review (not committed).
    - Model-use vouchers (GPU-hours, compute, voucher): 100,000 hours in 2026; Alpha approved
      5,000.50 hours.
    - Data vouchers (CNY, open data, voucher): a budget in 2025 only.
    """
    boss = as_user(ctx, "boss", "director")
    payer = as_user(ctx, "payer", "finance")
    officer = as_user(ctx, "officer", "staff")
    compute = make_programme(ctx, budgets={2025: "2000000", 2026: "5000000"})
    alpha = under_review(ctx, centre, compute, folder)
    fin.approve_application(boss, alpha, "600000")
    fin.plan_tranches(
        boss, alpha, [T(d(2026, 7, 1), "200000", "Contract"), T(d(2026, 12, 1), "400000", "Live")]
    )
    fin.start_disbursing(payer, alpha)
    fin.mark_milestone_met(officer, alpha, 1, d(2026, 6, 30))
    fin.release_tranche(payer, alpha, 1, d(2026, 7, 2), "BANK-001")
    beta = under_review(ctx, centre, compute, folder, company="beta", requested="300000")
    fin.approve_application(boss, beta, "300000")
    under_review(ctx, centre, compute, folder, company="delta", requested="100000")

    vouchers = make_programme(
        ctx,
        name_en="Model-use vouchers",
        name_zh="模型券",
        kind="voucher",
        unit="GPU_HOURS",
        budgets={2026: "100000"},
        cap_per_company_year="20000",
        cap_percent=None,
    )
    hours = under_review(
        ctx, centre, vouchers, folder, requested="5000.50", cost="0", provider="West Bund AI"
    )
    fin.approve_application(boss, hours, "5000.50")

    data = make_programme(
        ctx,
        name_en="Data vouchers",
        name_zh="数据券",
        kind="voucher",
        platform="open_data",
        budgets={2025: "800000"},
    )
    return {"compute": compute, "vouchers": vouchers, "data": data}


def figures(line) -> tuple:
    return (line.budget, line.committed, line.disbursed, line.undisbursed, line.remaining)


def test_every_programme_with_its_budget_committed_disbursed_and_remaining(ctx, year_2026):
    lines = budget_overview(ctx, 2026)
    assert [x.name_en for x in lines] == [
        "Compute rental subsidy",
        "Data vouchers",
        "Model-use vouchers",
    ]
    compute, data, vouchers = lines
    assert (compute.name_zh, compute.kind, compute.platform, compute.unit) == (
        "算力租赁补贴", "subsidy", "compute", "CNY",
    )  # fmt: skip
    assert figures(compute) == (
        D("5000000.00"), D("900000.00"), D("200000.00"), D("700000.00"), D("4100000.00"),
    )  # fmt: skip
    assert figures(data) == (None, D("0.00"), D("0.00"), D("0.00"), D("0.00"))
    assert figures(vouchers) == (
        D("100000.00"), D("5000.50"), D("0.00"), D("5000.50"), D("94999.50"),
    )  # fmt: skip
    assert vouchers.unit == "GPU_HOURS"
    assert all(x.over_budget == 0 and x.year == 2026 and x.active for x in lines)
    # The same figures as budget_status, programme by programme.
    for line in lines:
        status = fin.budget_status(ctx, line.programme_id, 2026)
        assert (status.budget, status.committed, status.remaining, status.unit) == (
            line.budget,
            line.committed,
            line.remaining,
            line.unit,
        )
    # Exact Decimals to the fen, never floats.
    assert all(
        isinstance(v, Decimal) and v.as_tuple().exponent == -2
        for line in lines
        for v in figures(line)
        if v is not None
    )


def test_another_year_filters_and_the_as_of_date(ctx, year_2026):
    lines = {x.name_en: x for x in budget_overview(ctx, 2025)}
    assert figures(lines["Compute rental subsidy"]) == (
        D("2000000.00"), D("0.00"), D("0.00"), D("0.00"), D("2000000.00"),
    )  # fmt: skip
    assert lines["Data vouchers"].budget == D("800000.00")
    assert lines["Model-use vouchers"].budget is None
    assert [x.name_en for x in budget_overview(ctx, 2026, platform="open_data")] == [
        "Data vouchers"
    ]
    assert [x.name_en for x in budget_overview(ctx, 2026, kind="voucher")] == [
        "Data vouchers",
        "Model-use vouchers",
    ]
    assert budget_overview(ctx, 2026, platform="compute", kind="grant") == []
    # Filtered, the sums are still each programme's own.
    (only,) = budget_overview(ctx, 2026, platform="compute", kind="subsidy")
    assert figures(only) == figures(budget_overview(ctx, 2026)[0])
    # Disbursed counts payments up to the as-of date.
    before_payment = budget_overview(ctx, 2026, as_of=d(2026, 7, 1))[0]
    assert (before_payment.committed, before_payment.disbursed) == (D("900000.00"), D("0.00"))
    assert budget_overview(ctx, 2026, as_of=d(2026, 7, 2))[0].disbursed == D("200000.00")


def test_totals_per_unit_never_add_cny_and_gpu_hours(ctx, year_2026):
    totals = budget_totals(budget_overview(ctx, 2026))
    assert [(t.unit, t.programmes) for t in totals] == [("CNY", 2), ("GPU_HOURS", 1)]
    cny, hours = totals
    assert (cny.budget, cny.committed, cny.disbursed, cny.undisbursed, cny.remaining) == (
        D("5000000.00"), D("900000.00"), D("200000.00"), D("700000.00"), D("4100000.00"),
    )  # fmt: skip
    assert (hours.budget, hours.committed, hours.remaining) == (
        D("100000.00"), D("5000.50"), D("94999.50"),
    )  # fmt: skip
    assert budget_totals([]) == []


def test_an_overspent_or_unbudgeted_line_is_flagged_not_hidden():
    line = ProgrammeBudgetLine(
        1, "X", "", "grant", "compute", "CNY", True, 2026, D("100.00"), D("150.00"), D("20.00")
    )
    assert (line.remaining, line.over_budget, line.undisbursed) == (
        D("0.00"), D("50.00"), D("130.00"),
    )  # fmt: skip
    none = ProgrammeBudgetLine(
        2, "Y", "", "grant", "compute", "CNY", True, 2026, None, D("0.00"), D("0.00")
    )
    assert (none.remaining, none.over_budget) == (0, 0)
    (total,) = budget_totals([line, none])
    assert (total.budget, total.remaining, total.over_budget) == (D("100.00"), 0, D("50.00"))


def test_a_few_queries_however_many_programmes(ctx, centre, tmp_path):
    statements: list[str] = []

    def capture(_conn, _cursor, statement, *_args):  # noqa: ANN001, ANN202
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    for i in range(6):
        make_programme(ctx, name_en=f"Programme {i}", budgets={2026: str(100000 * (i + 1))})
    event.listen(ctx.db.engine, "before_cursor_execute", capture)
    try:
        lines = budget_overview(ctx, 2026)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", capture)
    assert len(lines) == 6
    assert len(statements) == 3


def test_validate_checks_the_form_without_the_database():
    assert programmes.validate(programme_input()) == {}
    assert programmes.validate(programme_input(cap_percent="150")) == {
        "cap_percent": "The percentage cap must be more than 0 and at most 100"
    }
    errors = programmes.validate(
        programme_input(name_en=" ", windows=[(d(2026, 3, 1), d(2026, 2, 1))])
    )
    assert errors == {
        "name_en": "Give the programme a name",
        "windows": "The window opening 2026-03-01 must close after it opens",
    }

"""The demo centre's money: charges that follow the leases, payments, deposits and arrears.

The demo (without its financing history and consultations) is made once per database for this
module and only read, bar the rolled-back regeneration.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections import defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from adminapp import migrate, passwords
from adminapp.db import Database
from adminapp.demo import DemoSummary, generate_demo
from adminapp.demo_billing_plan import STOPPERS
from adminapp.demo_financing import OneUnitOfWork
from adminapp.models import Base, Charge, DepositEntry, Lease, Payment
from adminapp.reports import export as reports
from adminapp.services.billing import charges, statement
from adminapp.services.billing.ledger import BUCKETS, ZERO
from adminapp.services.billing.schedule import months_of, next_month
from adminapp.services.context import ALL_ROLES, Actor, AppContext

TODAY = dt.date(2026, 11, 27)
GENERATED_UP_TO = next_month(next_month(TODAY))  # this month issued, the next one scheduled
BUDGET_SECONDS = 6.0  # the billing part of the demo, on SQLite
TABLES = ("charges", "payments", "deposit_entries")
_DUMPS: dict[str, dict[str, list[tuple]]] = {}
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


class Demo:
    def __init__(self, backend: str, db: Database, summary: DemoSummary) -> None:
        self.backend, self.db, self.summary = backend, db, summary
        self.ctx = AppContext(db, Actor("tester", "test", roles=ALL_ROLES))
        with db.read() as s:
            self.charges = list(s.scalars(select(Charge).order_by(Charge.id)))
            self.payments = list(s.scalars(select(Payment).order_by(Payment.id)))
            self.deposits = list(s.scalars(select(DepositEntry).order_by(DepositEntry.id)))
            self.leases = list(
                s.scalars(select(Lease).options(selectinload(Lease.rent_steps)).order_by(Lease.id))
            )
            s.expunge_all()
        self.arrears = {
            r.company_id: r for r in statement.arrears(self.ctx, TODAY, only_in_arrears=False)
        }


def _dump(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            t: [tuple(r) for r in s.execute(select(Base.metadata.tables[t]).order_by(
                *list(Base.metadata.tables[t].columns)[:2]))]
            for t in TABLES
        }  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory) -> Demo:
    folder = tmp_path_factory.mktemp("billing-demo")
    if request.param == "sqlite":
        path = folder / "demo.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database(template=request.getfixturevalue("pg_template"))
    db = Database(url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(passwords, "SCRYPT_N", 2**10)  # the module outlives tests/fast_hashing.py
        started = time.perf_counter()
        summary = generate_demo(db, today=TODAY, financing=False, consultations=False)
        seconds = time.perf_counter() - started
    print(f"demo with billing on {request.param}: {summary} (wall {seconds:.2f} s)")
    print(f"  billing: {summary.billing}")
    yield Demo(request.param, db, summary)
    db.dispose()
    if request.param != "sqlite":
        cluster.drop_database(url)


def test_rent_charges_follow_the_leases(demo):
    rent = defaultdict(dict)
    for c in demo.charges:
        if c.kind == "rent" and c.corrects_id is None:
            rent[c.lease_id][c.period_start] = (c.period_end, c.amount)
    for lease in demo.leases:
        if lease.stage == "draft":
            assert lease.id not in rent, lease.reference
            continue
        wanted = {
            m.period_start: (m.period_end, m.amount)
            for m in months_of(charges.terms_of(lease), GENERATED_UP_TO)
            if m.amount > 0
        }
        assert rent.get(lease.id, {}) == wanted, lease.reference
    assert sum(len(v) for v in rent.values()) > 2500
    # This month and every month before it is issued (on the first of its month); the next
    # month is scheduled.
    for c in demo.charges:
        if c.kind == "rent" and c.corrects_id is None:
            if c.due_on < next_month(TODAY):
                assert c.issued_on == c.due_on.replace(day=1), c.description
            else:
                assert c.issued_on is None, c.description
    assert {c.kind for c in demo.charges} >= {"rent", "utilities", "service_fee", "damages"}


def test_generating_again_creates_nothing(demo):
    result = charges.generate_charges(demo.ctx, GENERATED_UP_TO)
    assert not result.changed, result


class _RollBack(Exception):
    pass


def test_reconciling_every_month_changes_nothing(demo):
    """``full=True`` (what ``follow_lease`` does for one lease after an edit) over the demo,
    whose only correction of a rent charge is a goodwill credit note; rolled back."""
    found = []
    with pytest.raises(_RollBack), demo.db.write() as s:
        ctx = AppContext(OneUnitOfWork(s, demo.db), demo.ctx.actor)  # type: ignore[arg-type]
        found.append(charges.generate_charges(ctx, GENERATED_UP_TO, full=True))
        raise _RollBack
    assert not found[0].changed, found[0]


def test_every_bucket_has_arrears_some_companies_are_over_90_days_and_some_in_credit(demo):
    rows = list(demo.arrears.values())
    totals = statement.totals([r for r in rows if r.arrears > 0])
    assert all(totals[b] > 0 for b in BUCKETS), totals
    over_90 = [r for r in rows if r.over_90]
    in_credit = [r for r in rows if r.balance < 0]
    assert STOPPERS <= len(over_90) <= 6
    assert 1 <= len(in_credit) <= 2
    assert 10 <= sum(r.arrears > 0 for r in rows) <= 40  # most tenants pay on time
    b = demo.summary.billing
    assert (b.over_90, b.in_credit) == (len(over_90), len(in_credit))
    assert b.arrears == {k: totals[k] for k in BUCKETS}


def test_statements_close_on_the_arrears_figure(demo):
    rows = sorted(demo.arrears.values(), key=lambda r: (r.balance, r.company_id))
    reversed_by = {p.company_id for p in demo.payments if p.reversed_on is not None}
    applied_to = {d.company_id for d in demo.deposits if d.kind == "application"}
    chosen = {rows[0].company_id, rows[-1].company_id, rows[len(rows) // 2].company_id}
    chosen |= {r.company_id for r in rows if r.over_90} | reversed_by | applied_to
    assert reversed_by and applied_to
    for cid in sorted(chosen):
        st = statement.statement(demo.ctx, cid, TODAY - dt.timedelta(days=365), TODAY)
        assert st.closing == demo.arrears[cid].balance, cid
        first = statement.statement(demo.ctx, cid, dt.date(2020, 1, 1), TODAY)
        assert first.opening == ZERO and first.closing == st.closing


def test_deposits_are_never_negative_and_follow_the_leases(demo):
    leases = {x.id: x for x in demo.leases}
    sums: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for d in sorted(demo.deposits, key=lambda d: (d.on_date, d.id)):
        assert d.on_date <= TODAY and d.amount > 0
        mine = sums[d.lease_id]
        mine[d.kind] += d.amount
        held = mine["receipt"] - mine["application"] - mine["refund"]
        assert held >= 0 and mine["receipt"] <= mine["charge"] <= leases[d.lease_id].deposit
        lease = leases[d.lease_id]
        if d.kind == "refund":
            ends = lease.terminated_on if lease.stage == "terminated" else lease.end_date
            assert d.on_date >= min(ends, lease.end_date), lease.reference
        if d.kind == "application":
            assert lease.stage == "terminated", lease.reference
    signed = [x for x in demo.leases if x.stage != "draft" and x.start_date <= TODAY]
    assert all(sums[x.id]["receipt"] == x.deposit for x in signed if x.deposit > 0)
    kinds = {d.kind for d in demo.deposits}
    assert kinds == {"charge", "receipt", "application", "refund"}
    ended_and_held = [
        x for x in signed if x.end_date <= TODAY and sums[x.id]["receipt"] > sums[x.id]["refund"]
    ]
    assert ended_and_held  # some deposits are still to be returned


def test_payments_are_dated_referenced_and_one_bounced(demo):
    assert all(p.received_on <= TODAY and p.amount > 0 for p in demo.payments)
    transfers = [p for p in demo.payments if p.method == "bank_transfer"]
    assert len(transfers) > 0.9 * len(demo.payments)
    keys = [(p.company_id, p.reference) for p in transfers if p.reversed_on is None]
    assert len(keys) == len(set(keys)) and all(p.reference for p in transfers)
    bounced = [p for p in demo.payments if p.reversed_on is not None]
    assert len(bounced) == 1 and "Bounced" in bounced[0].reversal_reason
    again = [
        p
        for p in demo.payments
        if p.company_id == bounced[0].company_id
        and p.amount == bounced[0].amount
        and bounced[0].reversed_on < p.received_on
    ]
    assert again, "the bounced transfer was paid again"
    # Most pay within ten days of the charges being issued on the first of the month.
    early = sum(p.received_on.day <= 12 for p in demo.payments)
    assert early > 0.6 * len(demo.payments)
    assert demo.summary.billing.payments == len(demo.payments) > 1000


def test_credit_notes_correct_issued_charges(demo):
    by_id = {c.id: c for c in demo.charges}
    notes = [c for c in demo.charges if c.kind == "credit_note"]
    assert len(notes) == 2
    for note in notes:
        target = by_id[note.corrects_id]
        assert target.issued_on is not None and target.issued_on < note.issued_on <= TODAY
        assert 0 < -note.amount <= target.amount
    assert {by_id[n.corrects_id].kind for n in notes} == {"rent", "service_fee"}


def test_the_billing_reports_have_rows(demo, tmp_path):
    if demo.backend != "sqlite":
        pytest.skip("the workbooks are the reports' own tests; once is enough here")
    debtor = max(demo.arrears.values(), key=lambda r: r.buckets["90+"])
    filters = {"tenant-statement": {"company": str(debtor.company_id), "from": "2025-12"}}
    for name in ("arrears-aging", "tenant-statement", "deposits", "billing-summary"):
        result = reports.export_report(
            demo.ctx, name, tmp_path / f"{name}.xlsx", TODAY, filters=filters.get(name)
        )
        assert result.row_count > 0, name


def test_the_same_history_on_either_database(demo):
    """Same seed, same today: the same rows, the moments included."""
    _DUMPS[demo.backend] = _dump(demo.db)
    assert _DUMPS[demo.backend]["payments"]
    if len(_DUMPS) == 2:  # the module's second database (the demo fixture runs them in turn)
        first, second = _DUMPS.values()
        assert first == second


def test_the_same_history_again(demo, tmp_path):
    """Made again from scratch: the same rows."""
    if demo.backend != "sqlite":
        pytest.skip("made again once, on SQLite")
    again = Database(f"sqlite:///{tmp_path / 'again.db'}")
    migrate.upgrade(again)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(passwords, "SCRYPT_N", 2**10)
            generate_demo(again, today=TODAY, financing=False, consultations=False)
        assert _dump(again) == _dump(demo.db)
    finally:
        again.dispose()


def test_the_billing_history_is_made_within_its_budget(demo):
    seconds = demo.summary.billing.seconds
    print(f"billing history on {demo.backend}: {seconds:.2f} s (budget {BUDGET_SECONDS} s)")
    if demo.backend == "sqlite":
        assert seconds <= BUDGET_SECONDS

"""The demo centre's financing history: 18 programmes, two years of applications, every rule.

The history takes a minute or more to make (it goes through the services), so it is made
once per database (SQLite, PostgreSQL) for this module and only read by the tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections import Counter, defaultdict
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from adminapp import passwords, reports
from adminapp.db import Database
from adminapp.demo import DEMO_ACCOUNTS, DemoSummary, generate_demo
from adminapp.demo_programmes import COMPUTE_PROVIDERS, PROGRAMMES, WINDOWS
from adminapp.errors import DomainError
from adminapp.models import (
    PLATFORMS,
    PROGRAMME_KINDS,
    SEGMENTS,
    ApplicationReview,
    AuditEntry,
    Base,
    Company,
    FinancingApplication,
    Lease,
    Programme,
)
from adminapp.services import app_settings
from adminapp.services.context import Actor, AppContext
from adminapp.services.financing.workflow import COMMITTED, STATUSES, TRANSITIONS
from adminapp.services.lease_terms import months_between

TODAY = dt.date(2026, 11, 27)
YEARS = (2025, 2026)
LOGINS = {login for login, *_ in DEMO_ACCOUNTS}
FINANCING_TABLES = (
    "programmes", "programme_budgets", "programme_windows", "programme_documents",
    "programme_criteria", "applications", "application_documents", "application_reviews",
    "application_review_scores", "application_steps", "application_tranches", "compute_usages",
)  # fmt: skip
_DUMPS: dict[str, dict[str, list[tuple]]] = {}
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


class Demo:
    def __init__(self, backend: str, db: Database, summary: DemoSummary, data: Path) -> None:
        self.backend, self.db, self.summary, self.data = backend, db, summary, data

    def applications(self) -> list[FinancingApplication]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(FinancingApplication)
                    .options(
                        selectinload(FinancingApplication.programme).selectinload(
                            Programme.documents
                        ),
                        selectinload(FinancingApplication.programme).selectinload(
                            Programme.budgets
                        ),
                        selectinload(FinancingApplication.programme).selectinload(
                            Programme.windows
                        ),
                        selectinload(FinancingApplication.documents),
                        selectinload(FinancingApplication.reviews).selectinload(
                            ApplicationReview.scores
                        ),
                        selectinload(FinancingApplication.steps),
                        selectinload(FinancingApplication.tranches),
                        selectinload(FinancingApplication.usages),
                    )
                    .order_by(FinancingApplication.id)
                )
            )


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory) -> Demo:
    """The demo centre as of TODAY, made once per database for the module."""
    folder = tmp_path_factory.mktemp("financing-demo")
    if request.param == "sqlite":
        path = folder / "demo.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database(template=request.getfixturevalue("pg_template"))
    db = Database(url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADMINAPP_DATA_DIR", str(folder / "data"))
        mp.setattr(passwords, "SCRYPT_N", 2**10)  # the module outlives tests/fast_hashing.py
        summary = generate_demo(db, today=TODAY, consultations=False, billing=False)
    print(f"demo with financing on {request.param}: {summary}")
    yield Demo(request.param, db, summary, folder / "data")
    db.dispose()
    if request.param != "sqlite":
        cluster.drop_database(url)


def test_eighteen_programmes_modelled_on_the_centres_policies(demo):
    with demo.db.read() as s:
        programmes = s.scalars(
            select(Programme)
            .options(
                selectinload(Programme.budgets),
                selectinload(Programme.windows),
                selectinload(Programme.documents),
                selectinload(Programme.criteria),
            )
            .order_by(Programme.id)
        ).all()
    assert demo.summary.programmes == len(programmes) == len(PROGRAMMES) == 18
    assert len({p.name_en for p in programmes}) == len({p.name_zh for p in programmes}) == 18
    assert all(p.name_zh and not p.name_zh.isascii() for p in programmes)
    assert {p.kind for p in programmes} == set(PROGRAMME_KINDS)
    assert {p.platform for p in programmes} == set(PLATFORMS)
    gpu = [p for p in programmes if p.unit == "GPU_HOURS"]
    assert len(gpu) >= 1 and all(p.kind == "voucher" for p in gpu)
    for p in programmes:
        assert sorted(b.year for b in p.budgets) == list(YEARS), p.name_en
        assert all(b.amount > 0 for b in p.budgets)
        assert {w.opens_on.year for w in p.windows} == set(YEARS)
        assert p.documents and p.criteria and p.description
        assert all(c.weight > 0 for c in p.criteria)
        assert p.cap_per_company_year is not None
        assert p.cap_percent is None or 0 < p.cap_percent <= 100
        assert set(p.segments.split(",")) <= set(SEGMENTS) | {""}
    by_name = {p.name_en: p for p in programmes}
    # The real rules of CENTRE.md.
    assert by_name["Compute Rental Subsidy"].cap_percent == 30
    assert by_name["Start-up Compute Support"].cap_percent == 100
    assert (by_name["Model-Use Voucher"].cap_percent, by_name["Model-Use Voucher"].kind) == (
        50,
        "voucher",
    )
    assert by_name["Model-Use Voucher"].cap_per_company_year == 5_000_000
    assert by_name["Data and Corpus Voucher"].cap_percent == 30
    assert by_name["Relocation Reward"].cap_per_company_year == 5_000_000
    assert max(p.cap_per_company_year for p in programmes if p.unit == "CNY") == 10_000_000
    january = by_name["Compute Rental Subsidy"].windows[0]
    assert (january.opens_on, january.closes_on) == (dt.date(2025, 1, 8), dt.date(2025, 1, 25))
    # Eligibility rules of every sort are used.
    assert any(p.requires_active_lease for p in programmes)
    assert any(p.min_months_in_residence for p in programmes)
    assert any(p.segments for p in programmes)


def test_hundreds_of_applications_over_two_years_in_every_status(demo):
    apps = demo.applications()
    statuses = Counter(a.status for a in apps)
    assert set(statuses) == set(STATUSES), statuses
    assert dict(statuses) == demo.summary.applications_by_status
    assert 300 <= len(apps) == demo.summary.applications <= 600
    years = Counter(a.year for a in apps)
    assert set(years) == set(YEARS) and min(years.values()) >= 100
    kinds = Counter(a.programme.kind for a in apps)
    assert set(kinds) == set(PROGRAMME_KINDS)
    assert len({a.programme_id for a in apps}) == 18
    assert len({a.company_id for a in apps}) >= 60
    for a in apps:
        assert a.reference.startswith(f"F{a.year}-")
        if a.submitted_on is not None:
            # Received inside one of the programme's windows of the budget year.
            assert any(
                w.opens_on <= a.submitted_on < w.closes_on and w.opens_on.year == a.year
                for w in a.programme.windows
            ), a.reference
            assert a.submitted_on <= TODAY
        else:
            assert a.status in ("draft", "withdrawn")


def test_applicants_were_eligible_on_the_day_received(demo):
    with demo.db.read() as s:
        companies = {c.id: c for c in s.scalars(select(Company))}
        leases = defaultdict(list)
        for lease in s.scalars(select(Lease).where(Lease.stage != "draft")):
            leases[lease.company_id].append(lease)
    for a in demo.applications():
        if a.submitted_on is None:
            continue
        p, on, held = a.programme, a.submitted_on, leases[a.company_id]
        if p.requires_active_lease:
            assert any(x.start_date <= on < x.end_date for x in held), a.reference
        if p.min_months_in_residence:
            first = min(x.start_date for x in held if x.start_date <= on)
            assert months_between(first, on) >= p.min_months_in_residence
        if p.segments:
            assert companies[a.company_id].segment in p.segments.split(",")


def test_no_budget_or_cap_is_exceeded_and_some_budgets_are_nearly_spent(demo):
    apps = demo.applications()
    committed: dict[tuple, Decimal] = defaultdict(Decimal)
    per_company: dict[tuple, Decimal] = defaultdict(Decimal)
    budgets = {}
    for a in apps:
        budgets.update({(a.programme_id, b.year): b.amount for b in a.programme.budgets})
        if a.status in COMMITTED:
            committed[a.programme_id, a.year] += a.approved_amount
            per_company[a.programme_id, a.year, a.company_id] += a.approved_amount
            p = a.programme
            assert 0 < a.approved_amount <= a.requested_amount
            if p.cap_percent is not None:
                cap = (a.eligible_cost * p.cap_percent / 100).quantize(Decimal("0.01"), ROUND_DOWN)
                assert a.approved_amount <= cap, a.reference
        else:
            assert a.approved_amount is None and not a.tranches
    caps = {a.programme_id: a.programme.cap_per_company_year for a in apps}
    for (pid, _year, _company), amount in per_company.items():
        assert amount <= caps[pid]
    used = {key: committed[key] / budget for key, budget in budgets.items()}
    assert all(share <= 1 for share in used.values()), used
    assert sum(share >= Decimal("0.95") for share in used.values()) >= 4  # nearly exhausted
    assert sum(share <= Decimal("0.6") for share in used.values()) >= 4  # plenty left
    # Applications refused for want of budget say so.
    refused = [a for a in apps if a.status == "rejected" and "budget" in a.steps[-1].reason]
    assert refused


def test_reviews_approvals_and_payments_are_by_different_people(demo):
    limit = app_settings.approval_limits(AppContext(demo.db, Actor("t", "t")))["manager"]
    apps = demo.applications()
    for a in apps:
        reviewers = {r.reviewer for r in a.reviews}
        assert reviewers <= {"staff", "manager"}
        assert {x.by for x in a.steps} <= LOGINS
        if a.status in ("rejected", *COMMITTED):
            assert a.reviews and a.decided_by in ("manager", "director")
            assert a.decided_by not in reviewers, a.reference
            assert len(a.reviews) == len(reviewers)
            weights = [(s.weight, s.score) for s in a.reviews[0].scores]
            assert [s.criterion for s in a.reviews[0].scores] == [
                c for c, _ in next(p for p in PROGRAMMES if p.name_en == a.programme.name_en)
                .criteria
            ]  # fmt: skip
            assert all(0 <= s <= 10 for _, s in weights)
        if a.status in COMMITTED and a.programme.unit == "CNY" and a.approved_amount > limit:
            assert a.decided_by == "director"
        for t in a.tranches:
            if t.paid_on is not None:
                assert t.paid_by == "finance" != a.decided_by
                assert t.milestone_met_by in ("staff", "manager")
        if a.status in ("disbursing", "closed"):
            start = next(x for x in a.steps if x.to_status == "disbursing")
            assert start.by == "finance" != a.decided_by
    assert Counter(a.decided_by for a in apps if a.status in COMMITTED).keys() == {
        "manager",
        "director",
    }
    assert any(len(a.reviews) == 2 for a in apps)


def test_tranches_add_up_and_are_paid_after_their_milestones(demo):
    paid_this_year = 0
    for a in demo.applications():
        if a.status not in COMMITTED:
            continue
        assert sum(t.amount for t in a.tranches) == a.approved_amount, a.reference
        planned = [t.planned_on for t in a.tranches]
        assert planned == sorted(planned) and [t.seq for t in a.tranches] == list(
            range(1, len(planned) + 1)
        )
        decided = a.decided_at.date()
        for t in a.tranches:
            if t.paid_on is not None:
                assert decided <= t.milestone_met_on <= t.paid_on <= TODAY
                assert t.payment_reference
                paid_this_year += t.paid_on.year == TODAY.year
            else:
                assert not t.payment_reference
        paid = [t.paid_on is not None for t in a.tranches]
        assert paid == sorted(paid, reverse=True)  # paid in order
        if a.status == "closed":
            assert all(paid)
        if a.status == "approved":
            assert not any(paid)
    assert paid_this_year > 50


def test_compute_vouchers_never_use_more_than_allocated(demo):
    vouchers = [a for a in demo.applications() if a.programme.unit == "GPU_HOURS"]
    providers = {name for name, _ in COMPUTE_PROVIDERS}
    assert vouchers
    used_any = 0
    for a in vouchers:
        assert a.provider in providers
        used = sum((u.hours for u in a.usages), Decimal(0))
        if a.status not in COMMITTED:
            assert not a.usages
            continue
        assert used <= a.approved_amount, a.reference
        for u in a.usages:
            assert a.decided_at.date() <= u.used_on <= TODAY
            assert u.recorded_by == "staff" and u.reference
        used_any += used > 0
    assert used_any >= 10
    assert len({a.provider for a in vouchers}) == len(providers)


def test_documents_are_in_the_data_folder_with_their_sha256(demo):
    apps = demo.applications()
    drafts_missing = 0
    for a in apps:
        required = [d.name for d in a.programme.documents]
        have = [d.name for d in a.documents]
        if a.status == "draft":
            drafts_missing += len(have) < len(required)
        elif a.submitted_on is not None:
            assert have == required, a.reference
        for d in a.documents:
            path = demo.data / d.stored_path
            content = path.read_bytes()
            assert hashlib.sha256(content).hexdigest() == d.sha256
            assert len(content) == d.size and content.startswith(b"%PDF-1.4")
            assert d.stored_path.startswith(f"financing/{a.reference}/{d.sha256[:16]}_")
            assert d.added_by == "staff"
    assert drafts_missing >= 1


def test_each_history_follows_the_workflow_in_time(demo):
    start = dt.datetime(YEARS[0] - 1, 12, 1, tzinfo=dt.UTC)
    end = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(), dt.UTC)
    for a in demo.applications():
        steps = a.steps
        assert steps[0].from_status is None and steps[0].to_status == "draft"
        assert steps[-1].to_status == a.status
        for before, after in zip(steps, steps[1:], strict=False):
            assert after.from_status == before.to_status
            assert after.to_status in TRANSITIONS[before.to_status]
            assert before.at < after.at, a.reference
        assert start <= a.created_at == steps[0].at <= steps[-1].at < end
        for r in a.reviews:
            under = next(x.at for x in steps if x.to_status == "under_review")
            assert under < r.at
        if a.decided_at is not None:
            assert a.decided_at == steps[-1].at or a.status in ("disbursing", "closed")
        if a.submitted_on is not None:
            received = next(x for x in steps if x.to_status == "submitted")
            assert received.reason == f"Received on {a.submitted_on}"


def test_the_audit_trail_names_the_demo_users(demo):
    with demo.db.read() as s:
        actions = Counter(
            s.execute(
                select(AuditEntry.action, AuditEntry.actor).where(
                    AuditEntry.entity_type.in_(("programme", "application"))
                )
            ).all()
        )
        denied = s.scalar(select(func.count()).where(AuditEntry.action == "denied"))
    apps = demo.applications()
    assert {actor for _, actor in actions} <= LOGINS
    assert actions["create", "manager"] == 18  # the programmes
    assert actions["create", "staff"] == len(apps)
    assert sum(n for (action, _), n in actions.items() if action == "approve") == sum(
        a.status in COMMITTED for a in apps
    )
    assert sum(n for (action, _), n in actions.items() if action == "release") == sum(
        t.paid_on is not None for a in apps for t in a.tranches
    )
    assert denied == 0


def test_every_financing_report_has_rows(demo, tmp_path):
    manager = AppContext(demo.db, Actor("manager", "ws", frozenset({"manager"})))
    for name in ("financing-pipeline", "disbursements", "programme-budgets", "compute-vouchers"):
        result = reports.export_report(manager, name, tmp_path / f"{name}.xlsx", TODAY)
        assert result.row_count > 0, name


def test_the_same_history_on_either_database(demo):
    """Same seed, same today: the same rows, whatever the database (the audit trail apart,
    whose moments are the real ones)."""
    with demo.db.read() as s:
        _DUMPS[demo.backend] = {
            t: [tuple(r) for r in s.execute(select(Base.metadata.tables[t]).order_by(
                *list(Base.metadata.tables[t].columns)[:2]))]
            for t in FINANCING_TABLES
        }  # fmt: skip
    assert _DUMPS[demo.backend]["applications"]
    if len(_DUMPS) == 2:  # the module's second database (the demo fixture runs them in turn)
        first, second = _DUMPS.values()
        assert first == second


def test_windows_of_the_programmes_follow_the_calendar():
    for spec in PROGRAMMES:
        for year in YEARS:
            windows = WINDOWS[spec.windows](year)
            assert all(a.year == year and a < b for a, b in windows)
            assert all(b1 <= a2 for (_, b1), (a2, _) in zip(windows, windows[1:], strict=False))


def test_cancelling_during_the_financing_history_writes_nothing(db):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3  # the first report of the financing history

    with pytest.raises(DomainError, match="Demo generation cancelled"):
        generate_demo(db, today=TODAY, progress=progress)
    assert calls == [(0, 12), (1, 12), (2, 12), (3, 12)]
    with db.read() as s:
        for table in ("companies", "users", "programmes", "applications", "audit_entries"):
            assert s.scalar(select(func.count()).select_from(Base.metadata.tables[table])) == 0

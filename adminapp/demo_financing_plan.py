"""Who applies to which programme, when, for how much, and how it ends (used by demo_financing).

The plan is drawn from a seeded random generator before anything is written: for each
programme and each of the two demo years, applications received on days inside its windows
(only windows already open by ``today``), from tenants eligible on that day (the same rules
the services check: a lease in force, months in residence, segment; plus the company stages
a programme is meant for), with the eligible cost, the amount asked, and the outcome the
history will head for (most approved; some rejected or withdrawn on the way). A few drafts
are being prepared today.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp.demo_programmes import COMPUTE_PROVIDERS, PROGRAMMES, WINDOWS, ProgrammeSpec
from adminapp.models import Company, Lease
from adminapp.services.lease_terms import months_between

HUNDRED = Decimal(100)
DRAFTS = 16  # applications being prepared today
RECENT, RECENT_DAYS = 30, 50  # applications received in the last weeks
# Where an application is headed, by the draw of one number: (outcome, upper bound).
OUTCOMES = (
    ("withdraw_draft", 0.02),
    ("withdraw_submitted", 0.05),
    ("withdraw_review", 0.09),
    ("reject", 0.22),
    ("approve", 1.0),
)


def workday(d: dt.date, back: bool = False) -> dt.date:
    """The date, or the nearest weekday after it (before it with ``back``)."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=-1 if back else 1)
    return d


def round_down(amount: Decimal, step: int) -> Decimal:
    return (amount / step).to_integral_value(ROUND_DOWN) * step


@dataclass
class Applicant:
    id: int
    name_en: str
    credit_code: str
    segment: str
    stage: str
    leases: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # signed, [start, end)

    def holds_lease(self, on: dt.date) -> bool:
        return any(start <= on < end for start, end in self.leases)

    def months_in_residence(self, on: dt.date) -> Decimal:
        first = min((start for start, _ in self.leases if start <= on), default=None)
        return months_between(first, on) if first else Decimal(0)

    def eligible(self, spec: ProgrammeSpec, on: dt.date) -> bool:
        if spec.requires_lease and not self.holds_lease(on):
            return False
        if spec.min_months and self.months_in_residence(on) < spec.min_months:
            return False
        if spec.segments and self.segment not in spec.segments:
            return False
        return not spec.stages or self.stage in spec.stages


@dataclass(eq=False)
class PlannedApplication:
    """An application as planned, and what became of it as the history ran."""

    spec: ProgrammeSpec
    programme_id: int
    company: Applicant
    year: int
    taken_on: dt.date
    submit_on: dt.date | None  # None: still a draft today
    outcome: str  # draft, or one of OUTCOMES
    cost: Decimal
    requested: Decimal
    purpose: str
    provider: str
    documents: int  # how many of the required documents it carries
    second_review: bool  # the manager reviews it too
    id: int = 0
    reference: str = ""
    reviewers: list[str] = field(default_factory=list)
    approver: str = ""
    approved: Decimal | None = None
    decided_on: dt.date | None = None
    tranches: list[tuple[dt.date, Decimal, str]] = field(default_factory=list)
    paid: int = 0  # tranches released so far
    used: Decimal = Decimal(0)  # GPU-hours recorded
    use_share: Decimal = Decimal(1)  # of the allocation the company ends up using
    # The simulated moments, set on the rows once the history is made.
    created_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None
    step_at: dict[str, dt.datetime] = field(default_factory=dict)
    review_at: dict[str, dt.datetime] = field(default_factory=dict)
    document_at: dict[str, dt.datetime] = field(default_factory=dict)
    usage_at: list[dt.datetime] = field(default_factory=list)

    @property
    def gpu(self) -> bool:
        return self.spec.unit == "GPU_HOURS"


def load_applicants(s: Session, first_id: int, count: int) -> list[Applicant]:
    """Companies ``first_id`` … ``first_id + count - 1`` with their signed leases."""
    rows = s.execute(
        select(Company.id, Company.name_en, Company.credit_code, Company.segment, Company.stage)
        .where(Company.id.between(first_id, first_id + count - 1))
        .order_by(Company.id)
    ).all()
    out = {r.id: Applicant(*r) for r in rows}
    for cid, start, end in s.execute(
        select(Lease.company_id, Lease.start_date, Lease.end_date)
        .where(Lease.company_id.in_(list(out)), Lease.stage != "draft")
        .order_by(Lease.company_id, Lease.start_date, Lease.id)
    ):
        out[cid].leases.append((start, end))
    return list(out.values())


class Planner:
    def __init__(
        self, rng: random.Random, today: dt.date, years: tuple[int, int], limit: Decimal | None
    ) -> None:
        self.rng, self.today, self.years = rng, today, years
        self.limit = limit  # the manager's approval limit: larger asks get a second review
        self.applied: set[tuple[int, str, int]] = set()  # (company, programme, year)
        self.apps: list[PlannedApplication] = []

    def plan(
        self, programme_ids: list[int], applicants: list[Applicant]
    ) -> list[PlannedApplication]:
        rng, today = self.rng, self.today
        for spec, pid in zip(PROGRAMMES, programme_ids, strict=True):
            for year, wanted in zip(self.years, spec.applications, strict=True):
                windows = WINDOWS[spec.windows](year)
                total = sum((b - a).days for a, b in windows)
                # Only the windows (or the part of them) already open by today.
                spans = [(a, min(b, today + dt.timedelta(days=1))) for a, b in windows]
                spans = [(a, b) for a, b in spans if b > a]
                elapsed = sum((b - a).days for a, b in spans)
                for _ in range(round(wanted * elapsed / total)):
                    self._received(spec, pid, year, spans, applicants)
        # The pipeline of the last weeks: received lately, so still on their way today.
        recent = []
        for spec, pid in zip(PROGRAMMES, programme_ids, strict=True):
            for year in self.years:
                spans = [
                    (max(a, today - dt.timedelta(days=RECENT_DAYS)), min(b, today))
                    for a, b in WINDOWS[spec.windows](year)
                ]
                spans = [(a, b) for a, b in spans if b > a]
                if spans:
                    recent.append((spec, pid, year, spans))
        for _ in range(RECENT if recent else 0):
            spec, pid, year, spans = rng.choices(
                recent, weights=[sum((b - a).days for a, b in x[3]) for x in recent]
            )[0]
            self._received(spec, pid, year, spans, applicants, recent=True)
        # Drafts taken in the last weeks, mostly for programmes open all year.
        choices = list(zip(PROGRAMMES, programme_ids, strict=True))
        weights = [4 if s.windows == "rolling" else 1 for s, _ in choices]
        for _ in range(DRAFTS):
            spec, pid = rng.choices(choices, weights=weights)[0]
            taken = workday(today - dt.timedelta(days=rng.randint(0, 25)), back=True)
            c = self._pick(spec, taken, today.year, applicants)
            if c is not None:
                self._new(spec, pid, c, today.year, taken, None, "draft")
        return self.apps

    def _received(
        self,
        spec: ProgrammeSpec,
        programme_id: int,
        year: int,
        spans: list[tuple[dt.date, dt.date]],
        applicants: list[Applicant],
        recent: bool = False,
    ) -> None:
        """An application received on a day of ``spans`` (a few tries to find a day when
        some company is eligible; in the first months few held a lease yet)."""
        rng = self.rng
        for _ in range(3):
            on = self._received_on(spans, recent)
            c = self._pick(spec, on, year, applicants)
            if c is not None:
                break
        else:
            return
        taken = workday(on - dt.timedelta(days=rng.randint(1, 12)), back=True)
        roll = rng.random()
        outcome = next(name for name, upper in OUTCOMES if roll < upper)
        self._new(spec, programme_id, c, year, taken, on, outcome)

    def _received_on(self, spans: list[tuple[dt.date, dt.date]], recent: bool) -> dt.date:
        rng = self.rng
        opens, closes = rng.choices(spans, weights=[(b - a).days for a, b in spans])[0]
        days = (closes - opens).days
        if recent:  # the nearer today, the more of them are still in the pipeline
            back = min(rng.randrange(days), rng.randrange(days))
            on = closes - dt.timedelta(days=back + 1)
        else:
            on = opens + dt.timedelta(days=rng.randrange(days))
        weekday = workday(on)
        on = weekday if weekday < closes else workday(on, back=True)
        return on if opens <= on < closes else opens

    def _pick(
        self, spec: ProgrammeSpec, on: dt.date, year: int, applicants: list[Applicant]
    ) -> Applicant | None:
        """An eligible company; one application per company, programme and year, except
        that fixed awards and GPU-hour vouchers are sometimes asked for twice."""
        once = spec.award is None and spec.unit == "CNY"
        fits = [c for c in applicants if c.eligible(spec, on)]
        fresh = [c for c in fits if (c.id, spec.name_en, year) not in self.applied]
        if once:
            pool = fresh
        else:
            pool = fresh if fresh and self.rng.random() < 0.85 else fits
        if not pool:
            return None
        c = self.rng.choice(pool)
        self.applied.add((c.id, spec.name_en, year))
        return c

    def _amounts(self, spec: ProgrammeSpec) -> tuple[Decimal, Decimal]:
        """The eligible cost (most are small) and the amount asked for."""
        rng = self.rng
        step = 100 if spec.unit == "GPU_HOURS" else 1000
        lo, hi = spec.cost[0] // step, spec.cost[1] // step
        cost = Decimal(min(rng.randint(lo, hi), rng.randint(lo, hi)) * step)
        if spec.award:
            return cost, Decimal(spec.award)
        requested = round_down(cost * spec.cap_percent / HUNDRED, step)
        roll = rng.random()
        if spec.cap_company and requested > spec.cap_company and roll < 0.8:
            requested = Decimal(spec.cap_company)  # most ask for no more than the cap
        elif roll > 0.9:
            requested = round_down(requested * rng.randint(60, 95) / HUNDRED, step)
        return cost, max(requested, Decimal(step))

    def _new(
        self,
        spec: ProgrammeSpec,
        programme_id: int,
        c: Applicant,
        year: int,
        taken: dt.date,
        submit: dt.date | None,
        outcome: str,
    ) -> None:
        rng = self.rng
        cost, requested = self._amounts(spec)
        documents = len(spec.documents)
        if submit is None and rng.random() < 0.5:
            documents = rng.randrange(documents)  # a draft still missing documents
        big = spec.unit == "CNY" and requested > (self.limit or 0)
        self.apps.append(
            PlannedApplication(
                spec, programme_id, c, year, taken, submit, outcome, cost, requested,
                rng.choice(spec.purposes),
                rng.choice(COMPUTE_PROVIDERS)[0] if spec.unit == "GPU_HOURS" else "",
                documents, rng.random() < (0.5 if big else 0.15),
            )
        )  # fmt: skip

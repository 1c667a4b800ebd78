"""One company on one page: its figures, its records and what needs attention, as of a date.

Everything comes from the services that own each record (leases, the billing ledger, the
financing pipeline, consultations, the audit trail); this module adds only what none of them
answers: amounts paid out and GPU-hours used *up to the date*, the documents of the company's
applications, whether an ending lease has a successor, and one history over the company's
records. The number of queries does not grow with the number of records (no query per row).

Flags (:class:`Flag`), each with a code the screens translate:

- ``arrears_while_applying`` — arrears over 90 days while an application is open: submitted,
  under review, approved or disbursing. Every kind of programme counts, not only subsidies:
  each is public money the centre hands out, and a programme that bars arrears
  (``bars_arrears_over_90``) can refuse at any kind. The flag is ``critical``.
- ``lease_ending`` — a lease in force ends within :data:`ENDING_DAYS` days of the date and no
  signed lease of the same company takes over all of its units on its end date (a renewal, or a
  new lease for the same units). ``warning``.
- ``no_shows`` — the consultations' rule: :data:`NO_SHOW_LIMIT` no-shows or more in the last
  :data:`NO_SHOW_DAYS` days. ``warning``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from adminapp.models import (
    ApplicationDocument,
    ApplicationTranche,
    AuditEntry,
    ComputeUsage,
    FinancingApplication,
    Lease,
    LeaseUnit,
    Programme,
)
from adminapp.services import audit, companies, lease_listing
from adminapp.services.audit import AuditView
from adminapp.services.billing import account
from adminapp.services.billing.account import CompanyAccount
from adminapp.services.companies import CompanyView
from adminapp.services.consultations import listing as consultations
from adminapp.services.consultations.bookings import NO_SHOW_DAYS, NO_SHOW_LIMIT, no_show_count
from adminapp.services.consultations.listing import BookingRow
from adminapp.services.consultations.times import at, local
from adminapp.services.context import AppContext, centre_now, centre_today
from adminapp.services.financing import pipeline
from adminapp.services.financing.workflow import COMMITTED
from adminapp.services.listing_sql import ListQuery

ZERO = Decimal("0.00")
ENDING_DAYS = 90
# Applications still waiting for a decision or for their money.
OPEN_STATUSES = ("submitted", "under_review", "approved", "disbursing")
# Enough for any one company's whole record; the lists on the page are cut shorter.
MAX_LEASES = 500
MAX_APPLICATIONS = 500
SHOWN_BOOKINGS = 8
SHOWN_DOCUMENTS = 50
SHOWN_HISTORY = 40


@dataclass(frozen=True)
class LeaseLine:
    id: int
    reference: str
    unit_codes: str
    area: Decimal
    start_date: dt.date
    end_date: dt.date  # exclusive: the term is [start_date, end_date)
    status: str  # draft | upcoming | active | ended | terminated, on the date
    monthly_rent: Decimal  # at the rate in force on the date (the last one after the end)
    in_force: bool
    successor: str  # the reference of the signed lease taking over its units at its end, or ""


@dataclass(frozen=True)
class ApplicationLine:
    id: int
    reference: str
    programme_name: str
    programme_name_zh: str
    programme_kind: str
    unit: str  # CNY or GPU_HOURS
    year: int
    status: str
    requested: Decimal
    approved: Decimal | None
    disbursed: Decimal  # tranches paid up to the date


@dataclass(frozen=True)
class VoucherLine:
    application_id: int
    reference: str
    programme_name: str
    programme_name_zh: str
    unit: str
    status: str
    issued: Decimal  # the approved amount
    used: Decimal  # GPU-hours used, or (a CNY voucher) paid out, up to the date


@dataclass(frozen=True)
class VoucherTotal:
    unit: str
    count: int
    issued: Decimal
    used: Decimal


@dataclass(frozen=True)
class DocumentLine:
    id: int
    application_id: int
    application_reference: str
    kind: str  # which document it is, e.g. "Business licence"
    filename: str
    added_on: dt.date  # Shanghai
    added_by: str


@dataclass(frozen=True)
class Flag:
    code: str  # arrears_while_applying | lease_ending | no_shows
    severity: str  # critical | warning
    message: str  # in English; screens build their own from the fields below
    amount: Decimal | None = None  # arrears over 90 days
    references: tuple[str, ...] = ()  # the applications or leases concerned
    on: dt.date | None = None  # the first lease end
    count: int = 0  # no-shows


@dataclass(frozen=True)
class Figures:
    area_leased: Decimal  # rentable m² of the leases in force on the date
    monthly_rent: Decimal  # their monthly rent at the rates in force on the date
    balance: Decimal  # the ledger on the date: positive = owed, negative = credit
    over_90: Decimal  # arrears over 90 days
    approved_support: Decimal  # CNY approved over all its applications
    disbursed_support: Decimal  # CNY paid out up to the date
    vouchers: tuple[VoucherTotal, ...]  # approved vouchers by unit


@dataclass(frozen=True)
class Consultations:
    counts: dict[str, int]  # booking status -> how many, over all time
    upcoming: int
    recent: list[BookingRow]  # the latest, newest first
    no_shows_90: int  # in the NO_SHOW_DAYS days up to the date


@dataclass(frozen=True)
class CompanyOverview:
    company: CompanyView
    as_of: dt.date
    figures: Figures
    flags: tuple[Flag, ...]
    leases: list[LeaseLine]  # newest start first
    account: CompanyAccount
    applications: list[ApplicationLine]  # newest first
    vouchers: list[VoucherLine]
    consultations: Consultations
    documents: list[DocumentLine]  # newest first
    history: list[AuditView]  # the company's, its leases' and its applications'; newest first


def overview(ctx: AppContext, company_id: int, as_of: dt.date) -> CompanyOverview:
    """Everything the company page shows of ``company_id`` on ``as_of``.

    Raises NotFound for an unknown company. Read-only.
    """
    company = companies.get_company(ctx, company_id)
    lease_rows = lease_listing.list_leases(
        ctx,
        ListQuery(
            filters={"company_id": company_id},
            sort="start",
            descending=True,
            limit=MAX_LEASES,
            as_of=as_of,
        ),
    )
    acct = account.company_account(ctx, company_id, as_of, limit=5)
    financing = pipeline.company_financing(ctx, company_id, limit=MAX_APPLICATIONS)
    moment = _moment(as_of)
    booked = consultations.company_consultations(ctx, company_id, SHOWN_BOOKINGS, now=moment)
    app_ids = [a.id for a in financing.applications]
    with ctx.db.read() as s:
        successors = _successors(s, company_id, [r for r in lease_rows if r.status == "active"])
        kinds = dict(
            s.execute(
                select(FinancingApplication.id, Programme.kind)
                .join(Programme, Programme.id == FinancingApplication.programme_id)
                .where(FinancingApplication.company_id == company_id)
            ).all()
        )
        bars = set(
            s.scalars(
                select(FinancingApplication.reference)
                .join(Programme, Programme.id == FinancingApplication.programme_id)
                .where(
                    FinancingApplication.company_id == company_id,
                    FinancingApplication.status.in_(OPEN_STATUSES),
                    Programme.bars_arrears_over_90.is_(True),
                )
            )
        )
        paid = _paid_by_application(s, company_id, as_of)
        used = _hours_used(s, company_id, as_of)
        documents = _documents(s, company_id)
        history = _history(s, company_id, [r.id for r in lease_rows], app_ids)
        # Today: the same count the Consultations page flags; a past date: as it was then.
        past = as_of < centre_today()
        no_shows = no_show_count(s, company_id, moment) if past else booked.no_shows.no_shows

    leases = [
        LeaseLine(
            r.id, r.reference, r.unit_codes, r.area, r.start_date, r.end_date, r.status,
            r.monthly_rent, r.status == "active", successors.get(r.id, ""),
        )
        for r in lease_rows
    ]  # fmt: skip
    applications = [
        ApplicationLine(
            a.id, a.reference, a.programme_name, a.programme_name_zh, kinds.get(a.id, ""),
            a.unit, a.year, a.status, a.requested_amount, a.approved_amount,
            paid.get(a.id, (a.unit, ZERO))[1],
        )
        for a in financing.applications
    ]  # fmt: skip
    vouchers = [
        VoucherLine(
            a.id, a.reference, a.programme_name, a.programme_name_zh, a.unit, a.status,
            a.approved or ZERO,
            used.get(a.id, ZERO) if a.unit == "GPU_HOURS" else a.disbursed,
        )
        for a in applications
        if a.programme_kind == "voucher" and a.status in COMMITTED
    ]  # fmt: skip
    in_force = [x for x in leases if x.in_force]
    position = acct.position
    figures = Figures(
        area_leased=sum((x.area for x in in_force), ZERO),
        monthly_rent=sum((x.monthly_rent for x in in_force), ZERO),
        balance=position.balance,
        over_90=position.over_90,
        approved_support=financing.approved.get("CNY", ZERO),
        disbursed_support=sum((v for unit, v in paid.values() if unit == "CNY"), ZERO),
        vouchers=_voucher_totals(vouchers),
    )
    flags = _flags(as_of, figures, applications, bars, in_force, no_shows)
    return CompanyOverview(
        company=company,
        as_of=as_of,
        figures=figures,
        flags=flags,
        leases=leases,
        account=acct,
        applications=applications,
        vouchers=vouchers,
        consultations=Consultations(booked.counts, booked.upcoming, booked.bookings, no_shows),
        documents=documents,
        history=history,
    )


def _moment(as_of: dt.date) -> dt.datetime:
    """The moment the page speaks of: now for today (or later), else the end of that day."""
    if as_of >= centre_today():
        return centre_now()
    return at(as_of + dt.timedelta(days=1), dt.time(0)) - dt.timedelta(microseconds=1)


def _successors(s, company_id: int, active: list) -> dict[int, str]:  # noqa: ANN001
    """For each lease in force, the signed lease of the company that holds all its units from
    its end date on (a renewal or a new lease for the same units), by reference."""
    if not active:
        return {}
    ids = [r.id for r in active]
    units: dict[int, set[int]] = defaultdict(set)
    for lease_id, unit_id in s.execute(
        select(LeaseUnit.lease_id, LeaseUnit.unit_id).where(LeaseUnit.lease_id.in_(ids))
    ):
        units[lease_id].add(unit_id)
    all_units = set().union(*units.values()) if units else set()
    ends = {r.end_date for r in active}
    # (unit, start date) -> the reference of a signed lease starting then on that unit.
    starting: dict[tuple[int, dt.date], str] = {}
    for unit_id, start, reference in s.execute(
        select(LeaseUnit.unit_id, Lease.start_date, Lease.reference)
        .join(Lease, Lease.id == LeaseUnit.lease_id)
        .where(
            Lease.company_id == company_id,
            Lease.stage != "draft",
            LeaseUnit.unit_id.in_(all_units),
            Lease.start_date.in_(ends),
        )
    ):
        starting[(unit_id, start)] = reference
    out = {}
    for r in active:
        found = [starting.get((u, r.end_date)) for u in units.get(r.id, ())]
        if found and all(found):
            out[r.id] = found[0]
    return out


def _paid_by_application(s, company_id: int, as_of: dt.date) -> dict[int, tuple[str, Decimal]]:  # noqa: ANN001
    """Each application's unit and the tranches paid on or before ``as_of``."""
    A, T = FinancingApplication, ApplicationTranche
    rows = s.execute(
        select(A.id, Programme.unit, func.sum(T.amount))
        .join(A, A.id == T.application_id)
        .join(Programme, Programme.id == A.programme_id)
        .where(A.company_id == company_id, T.paid_on.is_not(None), T.paid_on <= as_of)
        .group_by(A.id, Programme.unit)
    )
    return {i: (unit, Decimal(total or 0)) for i, unit, total in rows}


def _hours_used(s, company_id: int, as_of: dt.date) -> dict[int, Decimal]:  # noqa: ANN001
    """GPU-hours used on each of the company's vouchers on or before ``as_of``."""
    A, U = FinancingApplication, ComputeUsage
    rows = s.execute(
        select(U.application_id, func.sum(U.hours))
        .join(A, A.id == U.application_id)
        .where(A.company_id == company_id, U.used_on <= as_of)
        .group_by(U.application_id)
    )
    return {i: Decimal(total or 0) for i, total in rows}


def _documents(s, company_id: int) -> list[DocumentLine]:  # noqa: ANN001
    """The documents attached to the company's applications, newest first."""
    A, D = FinancingApplication, ApplicationDocument
    rows = s.execute(
        select(D.id, D.application_id, A.reference, D.name, D.original_filename, D.added_at,
               D.added_by)
        .join(A, A.id == D.application_id)
        .where(A.company_id == company_id)
        .order_by(D.added_at.desc(), D.id.desc())
        .limit(SHOWN_DOCUMENTS)
    )  # fmt: skip
    return [
        DocumentLine(i, app, ref, name, filename, local(added).date(), by)
        for i, app, ref, name, filename, added, by in rows
    ]


def _history(s, company_id: int, lease_ids: list[int], app_ids: list[int]) -> list[AuditView]:  # noqa: ANN001
    """The latest audit entries of the company, its leases and its applications, newest first.

    ``audit.history`` reads one record; the page wants the company's records together."""
    E = AuditEntry
    which = [and_(E.entity_type == "company", E.entity_id == company_id)]
    if lease_ids:
        which.append(and_(E.entity_type == "lease", E.entity_id.in_(lease_ids)))
    if app_ids:
        which.append(and_(E.entity_type == "application", E.entity_id.in_(app_ids)))
    rows = s.scalars(select(E).where(or_(*which)).order_by(E.id.desc()).limit(SHOWN_HISTORY))
    return audit.views(rows)


def _voucher_totals(vouchers: list[VoucherLine]) -> tuple[VoucherTotal, ...]:
    totals: dict[str, list] = {}
    for v in vouchers:
        t = totals.setdefault(v.unit, [0, ZERO, ZERO])
        t[0] += 1
        t[1] += v.issued
        t[2] += v.used
    return tuple(VoucherTotal(unit, *totals[unit]) for unit in sorted(totals))


def _flags(
    as_of: dt.date,
    figures: Figures,
    applications: list[ApplicationLine],
    bars: set[str],
    in_force: list[LeaseLine],
    no_shows: int,
) -> tuple[Flag, ...]:
    flags = []
    open_apps = tuple(a.reference for a in applications if a.status in OPEN_STATUSES)
    if figures.over_90 > 0 and open_apps:
        barred = [r for r in open_apps if r in bars]
        text = (
            f"¥{figures.over_90:,.2f} of arrears over 90 days while applications are open: "
            + ", ".join(open_apps)
        )
        if barred:
            text += f" ({', '.join(barred)} bar companies in arrears)"
        flags.append(Flag("arrears_while_applying", "critical", text, figures.over_90, open_apps))
    horizon = as_of + dt.timedelta(days=ENDING_DAYS)
    ending = sorted(
        (x for x in in_force if x.end_date <= horizon and not x.successor),
        key=lambda x: (x.end_date, x.reference),
    )
    if ending:
        first = ending[0].end_date
        text = "; ".join(
            f"{x.reference} ({x.unit_codes}) ends on {x.end_date} "
            f"(in {(x.end_date - as_of).days} days)"
            for x in ending
        )
        flags.append(
            Flag(
                "lease_ending",
                "warning",
                f"{text}, with no renewal",
                references=tuple(x.reference for x in ending),
                on=first,
            )
        )
    if no_shows >= NO_SHOW_LIMIT:
        flags.append(
            Flag(
                "no_shows",
                "warning",
                f"{no_shows} no-shows in the last {NO_SHOW_DAYS} days",
                count=no_shows,
            )
        )
    return tuple(flags)

"""Whether a company may apply to a programme on a date: window, lease, residence, segment,
and (where the programme says so) no rent arrears over 90 days."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from adminapp.models import FinancingApplication, Lease
from adminapp.services.billing import ledger
from adminapp.services.financing.programmes import split_segments
from adminapp.services.lease_terms import in_force, months_between


def eligibility_problems(s: Session, a: FinancingApplication, on: dt.date) -> dict[str, str]:
    """Why the company or the date does not fit the programme (empty: it fits).

    "Active lease": a lease of the company in force on the date (``lease_terms.in_force``).
    Months in residence count from the start of the company's first signed lease.
    """
    p, c = a.programme, a.company
    errors: dict[str, str] = {}
    if not p.active:
        errors["programme_id"] = f"Programme {p.name_en} is closed to applications"
    if not any(w.opens_on <= on < w.closes_on for w in p.windows):
        if p.windows:
            spans = ", ".join(
                f"{w.opens_on} to {w.closes_on - dt.timedelta(days=1)}" for w in p.windows
            )
            errors["submitted_on"] = (
                f"{p.name_en} takes applications {spans} (last days included), not on {on}"
            )
        else:
            errors["submitted_on"] = f"{p.name_en} has no application window"
    problems = []
    if p.requires_active_lease:
        leased = s.scalar(select(exists().where(Lease.company_id == c.id, in_force(on))))
        if not leased:
            problems.append(f"it holds no lease in force on {on}, and the programme requires one")
    if p.min_months_in_residence:
        first = s.scalar(
            select(func.min(Lease.start_date)).where(
                Lease.company_id == c.id, Lease.stage != "draft", Lease.start_date <= on
            )
        )
        months = months_between(first, on) if first else Decimal(0)
        if months < p.min_months_in_residence:
            problems.append(
                f"it has been in residence {months} months on {on} (since its first lease), "
                f"and the programme requires {p.min_months_in_residence}"
            )
    if p.bars_arrears_over_90:
        owed = ledger.position(s, c.id, on).over_90
        if owed > 0:
            problems.append(
                f"it has ¥{owed:,.2f} of rent arrears over 90 days on {on}, and the programme "
                "refuses companies in arrears over 90 days"
            )
    allowed = split_segments(p.segments)
    if allowed and c.segment not in allowed:
        problems.append(
            f"its segment is {c.segment}, and the programme is open to {', '.join(allowed)}"
        )
    if problems:
        errors["company_id"] = f"{c.name_en} is not eligible: " + "; ".join(problems)
    return errors

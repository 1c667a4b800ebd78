"""Who pays how in the demo centre: each tenant's payment habit, and its payments planned
from the charges issued to it (no database; :mod:`adminapp.demo_billing` writes them).

Habits, chosen once with the demo's seed: most tenants pay a few days after the charges are
issued (on the first of the month), some late (three to seven weeks), a few slow (two to three
months); four residents stop paying five to seven months before today (bar an occasional part
payment), those the centre is terminating for arrears first, and are over 90 days in arrears;
two departed companies left owing rent (the deposit covers one debt, not the other); two
residents prepaid next month. Each transfer covers what the company owes once the month's
charges are issued, so credit notes come off the next one; nothing is received after ``until``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from adminapp.demo_financing_plan import workday
from adminapp.services.billing.schedule import month_start
from adminapp.services.lease_terms import add_months

ZERO = Decimal("0.00")
BANKS = ("ICBC", "CMB", "BOC", "CCB", "SPDB", "BOCOM", "ABC")
STOPPERS = 4  # residents over 90 days in arrears today
IN_CREDIT = 2  # residents who prepaid next month
SLOW = 3  # pay two to three months after the charges are issued
LATE_SHARE = 0.17
DELAYS = {"prompt": (1, 9), "late": (18, 50), "slow": (62, 85)}


@dataclass(eq=False)
class PlannedLease:
    """What billing needs of a signed lease."""

    id: int
    reference: str
    company_id: int
    start: dt.date
    billed_end: dt.date  # first day not billed (the termination date when terminated)
    stage: str
    reason: str
    deposit: Decimal
    renewal_of: int | None
    area: Decimal
    compute: bool  # a compute room: billed for its electricity and cooling
    renewed_by: PlannedLease | None = None


@dataclass
class Payer:
    habit: str = "prompt"  # prompt, late or slow
    stop: dt.date | None = None  # pays (almost) nothing for charges issued from this day
    debtor_of: PlannedLease | None = None  # left owing rent: this lease's deposit is applied
    bank: str = "ICBC"
    paid: list[dict] = field(default_factory=list)


class Habits:
    """Each company's habit (``payers``), and the few picked for a part in the story:
    ``in_credit``, ``bounced`` (a transfer returned), ``goodwill_to`` (a credit note),
    ``services`` (quarterly service fees)."""

    def __init__(
        self, rng: random.Random, leases: list[PlannedLease], today: dt.date, until: dt.date
    ) -> None:
        self.rng, self.leases, self.until = rng, leases, until
        self.refs = 0
        self.payers: dict[int, Payer] = {}
        self._choose(today)

    def _choose(self, today: dt.date) -> None:
        rng = self.rng
        by_company: dict[int, list[PlannedLease]] = defaultdict(list)
        for lease in self.leases:
            by_company[lease.company_id].append(lease)
        for cid in sorted(by_company):
            self.payers[cid] = Payer(bank=rng.choice(BANKS))
        residents = [
            cid
            for cid, mine in sorted(by_company.items())
            if any(x.start <= today < x.billed_end for x in mine)
        ]
        last_month = month_start(self.until)
        # Stoppers: first those whose lease the centre is terminating for arrears, then others
        # billed for long enough before they stopped.
        stop_from = add_months(last_month, -8)
        long_enough = [
            cid for cid in residents if min(x.start for x in by_company[cid]) <= stop_from
        ]
        arrears_cases = [
            cid
            for cid in long_enough
            if any(x.stage == "terminated" and "arrears" in x.reason for x in by_company[cid])
        ]
        others = [cid for cid in long_enough if cid not in arrears_cases]
        stoppers = arrears_cases[:STOPPERS]
        stoppers += rng.sample(others, STOPPERS - len(stoppers))
        for cid in stoppers:
            self.payers[cid].stop = add_months(last_month, -rng.randint(5, 7))
        # Departed companies that left owing rent: their terminated lease ended long enough ago
        # for the deposit to be applied (the first covers the debt, the second does not).
        departed = []
        for cid, mine in sorted(by_company.items()):
            last = max(mine, key=lambda x: x.billed_end)
            if (
                last.stage == "terminated"
                and last.billed_end + dt.timedelta(days=120) <= self.until
                and add_months(last.start, 6) <= last.billed_end
                and not any(x.compute for x in mine)
            ):
                departed.append((last.billed_end, cid, last))
        for (end, cid, lease), months in zip(sorted(departed), (5, 2), strict=False):
            self.payers[cid].stop = add_months(month_start(end), -months)
            self.payers[cid].debtor_of = lease
        rest = [cid for cid in residents if self.payers[cid].stop is None]
        self.in_credit = rng.sample(rest, IN_CREDIT)
        rest = [cid for cid in rest if cid not in self.in_credit]
        for cid in rng.sample(rest, SLOW):
            self.payers[cid].habit = "slow"
        for cid, payer in self.payers.items():
            if payer.habit == "prompt" and cid not in self.in_credit and rng.random() < LATE_SHARE:
                payer.habit = "late"
        prompt = [c for c in rest if self.payers[c].habit == "prompt" and c not in stoppers]
        # Tenants of some standing: months of transfers and rent charged to pick from.
        self.bounced, self.goodwill_to = rng.sample([c for c in prompt if c in long_enough], 2)
        self.services = sorted(rng.sample(prompt, min(8, len(prompt))))

    def pay(self, cid: int, issues: list[tuple[dt.date, Decimal]]) -> None:
        """Each transfer pays what the company owes once the month's charges are issued."""
        rng, owed, committed = self.rng, ZERO, ZERO
        payer = self.payers.setdefault(cid, Payer())
        for on, amount in issues:
            owed += amount
            due = owed - committed
            if due <= 0:
                continue
            if payer.stop is not None and on >= payer.stop:
                if payer.debtor_of is not None or rng.random() > 0.25:
                    continue
                due = (due * Decimal("0.3") / 1000).to_integral_value(ROUND_DOWN) * 1000
                if due <= 0:
                    continue
            lo, hi = DELAYS[payer.habit]
            received = workday(on + dt.timedelta(days=rng.randint(lo, hi)))
            if received > self.until:
                continue
            committed += due
            payer.paid.append(self.payment(cid, received, due))

    def payment(self, cid: int, received: dt.date, amount: Decimal) -> dict:
        """A transfer (one in 25 a cheque) with the bank's reference, unique in the centre."""
        self.refs += 1
        cheque = self.rng.random() < 0.04
        reference = (
            f"Cheque {700000 + self.refs:06d}"
            if cheque
            else f"{self.payers[cid].bank}{received:%Y%m%d}{self.refs:05d}"
        )
        return dict(
            company_id=cid, received_on=received, amount=amount, n=self.refs,
            method="cheque" if cheque else "bank_transfer", reference=reference,
        )  # fmt: skip

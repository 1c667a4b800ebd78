"""A hand-made billing history on the small centre (tests/factories.py), for the billing
reports. No rent is generated: every charge is added by hand, issued on a stated date.

Charges (issued → due, amount):
- Alpha:  C1 service fee 01-05 → 01-15 1,000; C2 utilities 03-01 → 03-10 600;
          C3 other 05-02 → 05-20 2,000, credited 300 on 05-25 (a credit note);
          C4 service fee 06-20 → 07-15 500 (issued ahead of its due date)
- Beta:   C5 other 01-20 → 02-01 3,000; C6 service fee 06-01 → 06-10 400
- =Delta: C7 damages 04-15 → 04-15 1,500
Payments: Alpha 02-01 800; Alpha 04-10 1,000 reversed 04-20 (bounced); Alpha 06-05 700;
Beta 03-01 1,000; Gamma 05-05 250 (no charges: in credit); Delta 06-25 1,000.
Deposits: L1 (Alpha, asks 48,000) charged 2025-06-20, received 2025-06-25, 1,000 applied to
Alpha's debts 06-10; L2 (Beta, asks 60,000) charged 60,000 01-02, 30,000 received 01-10.
All dates 2026 unless said.

On 2026-06-30 (the ledger, by hand):
- Alpha owes 1,000 + 600 + 1,700 + 500 = 3,800, credited 800 + 700 + 1,000 = 2,500: balance
  1,300. Oldest first: C1, C2 settled, C3 800 open (41 days: 31-60), C4 500 not yet due.
- Beta 3,400 − 1,000 = 2,400: C5 2,000 open (149 days: over 90), C6 400 (20 days: 0-30).
- =Delta 1,500 − 1,000 = 500 open (76 days: 61-90). Gamma −250 (in credit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from adminapp.services.billing import charges, payments
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.billing.payments import PaymentInput

d = dt.date
D = Decimal
AS_OF = d(2026, 6, 30)


@dataclass
class History:
    companies: dict[str, int]
    leases: dict[str, int]
    charges: dict[str, int] = field(default_factory=dict)
    payments: dict[str, int] = field(default_factory=dict)


def make_history(ctx, centre) -> History:
    co = centre.companies
    h = History(dict(co), dict(centre.leases))

    def charge(key, company, kind, issued, due, amount, text):
        h.charges[key] = charges.add_charge(
            ctx, ChargeInput(co[company], kind, due, amount, text, issued_on=issued)
        )

    def pay(key, company, on, amount, ref=""):
        h.payments[key] = payments.record_payment(
            ctx, PaymentInput(co[company], on, amount, reference=ref)
        )

    charge("C1", "alpha", "service_fee", d(2026, 1, 5), d(2026, 1, 15), "1000", "Service Jan")
    charge("C5", "beta", "other", d(2026, 1, 20), d(2026, 2, 1), "3000", "Fit-out")
    charge("C2", "alpha", "utilities", d(2026, 3, 1), d(2026, 3, 10), "600", "Power Feb")
    charge("C7", "delta", "damages", d(2026, 4, 15), d(2026, 4, 15), "1500", "=Broken door")
    charge("C3", "alpha", "other", d(2026, 5, 2), d(2026, 5, 20), "2000", "Event hall")
    charge("C6", "beta", "service_fee", d(2026, 6, 1), d(2026, 6, 10), "400", "Service Jun")
    charge("C4", "alpha", "service_fee", d(2026, 6, 20), d(2026, 7, 15), "500", "Service Jul")
    h.charges["CN"] = charges.credit_note(
        ctx, h.charges["C3"], "300", "Shorter event", issued_on=d(2026, 5, 25)
    )
    pay("P1", "alpha", d(2026, 2, 1), "800", "T-1")
    pay("P4", "beta", d(2026, 3, 1), "1000")
    pay("P2", "alpha", d(2026, 4, 10), "1000", "T-2")
    payments.reverse_payment(ctx, h.payments["P2"], "Bounced", d(2026, 4, 20))
    pay("P6", "gamma", d(2026, 5, 5), "250")
    pay("P3", "alpha", d(2026, 6, 5), "700", "T-3")
    pay("P5", "delta", d(2026, 6, 25), "1000")
    l1, l2 = centre.leases["L1"], centre.leases["L2"]
    payments.deposit_step(ctx, l1, "charge", "48000", d(2025, 6, 20))
    payments.deposit_step(ctx, l1, "receipt", "48000", d(2025, 6, 25))
    payments.deposit_step(ctx, l1, "application", "1000", d(2026, 6, 10), note="Arrears")
    payments.deposit_step(ctx, l2, "charge", "60000", d(2026, 1, 2))
    payments.deposit_step(ctx, l2, "receipt", "30000", d(2026, 1, 10))
    return h


def later_records(ctx, h: History) -> None:
    """Records dated after 2026-06-30: they must not change a report as of that date."""
    payments.record_payment(ctx, PaymentInput(h.companies["beta"], d(2026, 7, 2), "400"))
    late = ChargeInput(
        h.companies["alpha"], "other", d(2026, 6, 25), "90", "Late", issued_on=d(2026, 7, 3)
    )
    charges.add_charge(ctx, late)
    payments.deposit_step(ctx, h.leases["L1"], "refund", "40000", d(2026, 7, 15))

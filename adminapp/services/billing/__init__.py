"""Billing: rent charges from the leases, charges added by hand, credit notes, payments,
deposits, and each company's account and arrears as of any date.

- :mod:`.schedule` — a lease's rent month by month (proration by day, rent steps, rent-free
  months, termination), pure arithmetic;
- :mod:`.charges` — generating (idempotent), issuing, charges by hand, credit notes;
- :mod:`.payments` — payments and their reversal; deposits charged, held, applied, refunded;
- :mod:`.ledger` — balances, open charges and arrears by age on any date (oldest first);
- :mod:`.statement` — a company's statement for a period; the arrears of every company.
"""

"""The Account section of a company's record (Companies page): its balance or credit, arrears
by age, deposit held, the latest charges and payments, the "over 90 days in arrears" flag, and
links to its statement and into the Billing page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from adminapp.services.billing import account
from adminapp.services.billing.ledger import BUCKETS
from adminapp.services.context import AppContext
from ui.models import display as d
from ui.models.billing import bucket_label, kind_label, method_label
from ui.pages import detail_html as h

STATEMENT_LINK = "statement"
BILLING_LINK = "billing"
SHOWN = 4


def tr(text: str) -> str:
    """A runtime text of this module's (CompaniesPage) context; literals use the spelt-out call."""
    return QCoreApplication.translate("CompaniesPage", text)


def flag_html() -> str:
    text = h.esc(QCoreApplication.translate("CompaniesPage", "Over 90 days in arrears"))
    return (
        f"<p><span style='color: #ffffff; background-color: #b3261e;'>&nbsp;{text}&nbsp;</span></p>"
    )


def company_html(ctx: AppContext, company_id: int) -> str:
    """The section's HTML; links are ``STATEMENT_LINK`` and ``BILLING_LINK``."""
    a = account.company_account(ctx, company_id, limit=SHOWN)
    p = a.position
    parts = [h.heading(QCoreApplication.translate("CompaniesPage", "Account"))]
    if not a.charges and not a.payments and not a.deposit_held and not p.balance:
        parts.append(
            h.note(QCoreApplication.translate("CompaniesPage", "Nothing charged or paid yet."))
        )
    else:
        if a.over_90:
            parts.append(flag_html())
        balance = (
            QCoreApplication.translate("CompaniesPage", "%1 in credit").replace(
                "%1", d.money(p.credit)
            )
            if p.balance < 0
            else d.money(p.balance)
        )
        pairs = [
            (QCoreApplication.translate("CompaniesPage", "Balance"), balance),
            (QCoreApplication.translate("CompaniesPage", "Not yet due"), _nonzero(p.not_due)),
        ]
        pairs += [(bucket_label(b), _nonzero(p.buckets[b])) for b in BUCKETS]
        pairs.append(
            (QCoreApplication.translate("CompaniesPage", "Deposit held"), _nonzero(a.deposit_held))
        )
        parts.append(h.kv_table(pairs))
        charges, payments = account_items(a)
        if charges:
            parts.append(h.item_list(charges))
        if payments:
            parts.append(h.item_list(payments))
    statement = QCoreApplication.translate("CompaniesPage", "Statement…")
    in_billing = QCoreApplication.translate("CompaniesPage", "Charges and payments in Billing…")
    links = (
        f"<a href='{STATEMENT_LINK}'>{h.esc(statement)}</a> · "
        f"<a href='{BILLING_LINK}'>{h.esc(in_billing)}</a>"
    )
    parts.append(f"<p>{links}</p>")
    return "".join(parts)


def account_items(a) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:  # noqa: ANN001
    """The latest charges and payments of an account (``billing.account``), as item lines:
    shared by the company's record and its page."""
    due = QCoreApplication.translate("CompaniesPage", "due")
    unpaid = QCoreApplication.translate("CompaniesPage", "unpaid")
    paid = QCoreApplication.translate("CompaniesPage", "paid")
    reversed_ = QCoreApplication.translate("CompaniesPage", "reversed")
    charges = [
        (
            f"C{c.id} · {kind_label(c.kind)} · {d.money(c.amount)}",
            f"{due} {d.date(c.due_on)}" + (f" · {unpaid} {d.money(c.unpaid)}" if c.unpaid else ""),
        )
        for c in a.charges
    ]
    payments = [
        (
            f"P{x.id} · {paid} {d.money(x.amount)}",
            " · ".join(
                v
                for v in (
                    d.date(x.received_on),
                    method_label(x.method),
                    x.reference,
                    reversed_ if x.reversed_on else "",
                )
                if v
            ),
        )
        for x in a.payments
    ]
    return charges, payments


def _nonzero(value) -> str:  # noqa: ANN001
    return d.money(value) if value else ""

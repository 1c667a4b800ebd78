"""The sections of the company page (``CompanyView``) as HTML, from a ``CompanyOverview``.

Two columns: the register and the money on the left (units and leases, account, consultations),
support and the paper trail on the right (applications and vouchers, documents, history).
Links name what they open; ``CompanyView`` follows them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from adminapp.services.billing.ledger import BUCKETS
from adminapp.services.company_overview import CompanyOverview
from adminapp.services.context import CENTRE_TZ
from ui.models import display as d
from ui.models.billing import bucket_label
from ui.pages import billing_section
from ui.pages import detail_html as h

LEASE_LINK = "lease:"
APPLICATION_LINK = "application:"
BOOKING_LINK = "booking:"
FINANCING_LINK = "financing"
CONSULTATIONS_LINK = "consultations"
BILLING_LINK = "billing"
STATEMENT_LINK = "statement"

SHOWN_LEASES = 12
SHOWN_APPLICATIONS = 12
SHOWN_DOCUMENTS = 10
SHOWN_HISTORY = 15

CSS = """
<style>
td.col { padding: 0 14px 0 0; }
table.grid th { white-space: nowrap; }
.warn { color: #b3261e; }
</style>
"""


def tr(text: str) -> str:
    """Runtime texts of the CompanyView context (literals spell the call out for lupdate)."""
    return QCoreApplication.translate("CompanyView", text)


# Texts used inside f-strings through tr(), where lupdate cannot see them.
_IN_FSTRINGS = (
    QT_TRANSLATE_NOOP("CompanyView", "All applications in Financing…"),
    QT_TRANSLATE_NOOP("CompanyView", "All its bookings in Consultations…"),
    QT_TRANSLATE_NOOP("CompanyView", "Charges and payments in Billing…"),
    QT_TRANSLATE_NOOP("CompanyView", "Statement…"),
    QT_TRANSLATE_NOOP("CompanyView", "Vouchers"),
    QT_TRANSLATE_NOOP("CompanyView", "renewed as %1"),
)


def link(href: str, text: str) -> str:
    return f"<a href='{href}'>{h.esc(text)}</a>"


def grid(headers: list[str], rows: list[list[str]], numeric: frozenset[int]) -> str:
    """Like ``detail_html.grid_table``, but cells are HTML already (they may hold links)."""

    def cls(i: int) -> str:
        return " class='num'" if i in numeric else ""

    head = "".join(f"<th{cls(i)}>{h.esc(x)}</th>" for i, x in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{v}</td>" for i, v in enumerate(r)) + "</tr>" for r in rows
    )
    return f"<table class='grid'><tr>{head}</tr>{body}</table>"


def more(shown: int, total: int) -> str:
    if total <= shown:
        return ""
    return h.note(
        QCoreApplication.translate("CompanyView", "… and %1 more").replace("%1", str(total - shown))
    )


def leases_html(o: CompanyOverview) -> str:
    parts = [h.heading(QCoreApplication.translate("CompanyView", "Units and leases"))]
    if not o.leases:
        return parts[0] + h.note(QCoreApplication.translate("CompanyView", "No leases."))
    rows = []
    for x in o.leases[:SHOWN_LEASES]:
        status = h.esc(d.status_label(x.status))
        if x.successor:
            status += f"<br><span class='sub'>{h.esc(tr('renewed as %1'))}</span>".replace(
                "%1", h.esc(x.successor)
            )
        rows.append(
            [
                link(f"{LEASE_LINK}{x.id}", x.reference),
                h.esc(x.unit_codes),
                h.esc(f"{d.date(x.start_date)} → {d.date(x.end_date)}"),
                status,
                h.esc(d.area(x.area)),
                h.esc(d.money(x.monthly_rent)),
            ]
        )
    headers = [
        QCoreApplication.translate("CompanyView", "Lease"),
        QCoreApplication.translate("CompanyView", "Units"),
        QCoreApplication.translate("CompanyView", "Term"),
        QCoreApplication.translate("CompanyView", "Status"),
        QCoreApplication.translate("CompanyView", "Area"),
        QCoreApplication.translate("CompanyView", "Rent/month"),
    ]
    parts.append(grid(headers, rows, frozenset({4, 5})))
    parts.append(more(SHOWN_LEASES, len(o.leases)))
    return "".join(parts)


def account_html(o: CompanyOverview) -> str:
    a = o.account
    p = a.position
    parts = [h.heading(QCoreApplication.translate("CompanyView", "Account and arrears"))]
    if not a.charges and not a.payments and not a.deposit_held and not p.balance:
        parts.append(
            h.note(QCoreApplication.translate("CompanyView", "Nothing charged or paid yet."))
        )
    else:
        balance = (
            QCoreApplication.translate("CompanyView", "%1 in credit").replace(
                "%1", d.money(p.credit)
            )
            if p.balance < 0
            else d.money(p.balance)
        )
        pairs = [
            (QCoreApplication.translate("CompanyView", "Balance"), balance),
            (QCoreApplication.translate("CompanyView", "Not yet due"), d.money(p.not_due)),
        ]
        pairs += [(bucket_label(b), d.money(p.buckets[b])) for b in BUCKETS]
        pairs.append(
            (QCoreApplication.translate("CompanyView", "Deposit held"), d.money(a.deposit_held))
        )
        rows = "".join(
            f"<tr><td class='k'>{h.esc(k)}</td>"
            + (
                f"<td class='num warn'><b>{h.esc(v)}</b></td>"
                if k == bucket_label("90+") and p.over_90 > 0
                else f"<td class='num'>{h.esc(v)}</td>"
            )
            + "</tr>"
            for k, v in pairs
        )
        parts.append(f"<table class='kv'>{rows}</table>")
        charges, payments = billing_section.account_items(a)
        items = charges + payments
        parts.append(h.item_list(items))
    parts.append(
        f"<p>{link(STATEMENT_LINK, tr('Statement…'))} · "
        f"{link(BILLING_LINK, tr('Charges and payments in Billing…'))}</p>"
    )
    return "".join(parts)


def consultations_html(o: CompanyOverview) -> str:
    c = o.consultations
    parts = [h.heading(QCoreApplication.translate("CompanyView", "Consultations and no-shows"))]
    if not c.recent:
        return parts[0] + h.note(
            QCoreApplication.translate("CompanyView", "No consultations booked.")
        )
    pairs = [(QCoreApplication.translate("CompanyView", "Upcoming"), str(c.upcoming))]
    pairs += [
        (d.booking_status_label(code), str(c.counts[code]))
        for code in ("booked", "completed", "no_show", "cancelled")
        if c.counts.get(code)
    ]
    pairs.append(
        (
            QCoreApplication.translate("CompanyView", "No-shows in the last 90 days"),
            str(c.no_shows_90),
        )
    )
    parts.append(h.kv_table(pairs))
    items = []
    for b in c.recent:
        second = f"{d.booking_status_label(b.status)} · {d.topic_label(b.topic)}"
        items.append(
            f"<p class='item'><b>{link(f'{BOOKING_LINK}{b.id}', b.reference)}</b> "
            f"{h.esc(f'{b.starts_at:%Y-%m-%d %H:%M}')} · {h.esc(b.consultant_name)}<br>"
            f"<span class='sub'>{h.esc(second)}</span></p>"
        )
    parts.append("".join(items))
    parts.append(f"<p>{link(CONSULTATIONS_LINK, tr('All its bookings in Consultations…'))}</p>")
    return "".join(parts)


def applications_html(o: CompanyOverview) -> str:
    parts = [h.heading(QCoreApplication.translate("CompanyView", "Applications and vouchers"))]
    if not o.applications:
        return parts[0] + h.note(
            QCoreApplication.translate("CompanyView", "No financing applications.")
        )
    rows = []
    for a in o.applications[:SHOWN_APPLICATIONS]:
        programme = h.esc(a.programme_name)
        if a.programme_name_zh:
            programme += f"<br><span class='sub'>{h.esc(a.programme_name_zh)}</span>"
        rows.append(
            [
                link(f"{APPLICATION_LINK}{a.id}", a.reference),
                programme,
                h.esc(d.application_status_label(a.status)),
                h.esc(d.quantity(a.approved, a.unit)),
                h.esc(d.quantity(a.disbursed, a.unit) if a.unit == "CNY" else ""),
            ]
        )
    headers = [
        QCoreApplication.translate("CompanyView", "Application"),
        QCoreApplication.translate("CompanyView", "Programme"),
        QCoreApplication.translate("CompanyView", "Status"),
        QCoreApplication.translate("CompanyView", "Approved"),
        QCoreApplication.translate("CompanyView", "Paid out"),
    ]
    parts.append(grid(headers, rows, frozenset({3, 4})))
    parts.append(more(SHOWN_APPLICATIONS, len(o.applications)))
    if o.vouchers:
        rows = [
            [
                link(f"{APPLICATION_LINK}{v.application_id}", v.reference),
                h.esc(v.programme_name),
                h.esc(d.quantity(v.issued, v.unit)),
                h.esc(d.quantity(v.used, v.unit)),
                h.esc(d.quantity(v.issued - v.used, v.unit)),
            ]
            for v in o.vouchers
        ]
        headers = [
            QCoreApplication.translate("CompanyView", "Voucher"),
            QCoreApplication.translate("CompanyView", "Programme"),
            QCoreApplication.translate("CompanyView", "Issued"),
            QCoreApplication.translate("CompanyView", "Used"),
            QCoreApplication.translate("CompanyView", "Left"),
        ]
        parts.append(f"<p><b>{h.esc(tr('Vouchers'))}</b></p>")
        parts.append(grid(headers, rows, frozenset({2, 3, 4})))
    parts.append(f"<p>{link(FINANCING_LINK, tr('All applications in Financing…'))}</p>")
    return "".join(parts)


def documents_html(o: CompanyOverview) -> str:
    parts = [h.heading(QCoreApplication.translate("CompanyView", "Documents"))]
    if not o.documents:
        return parts[0] + h.note(
            QCoreApplication.translate("CompanyView", "No documents attached to its applications.")
        )
    items = []
    for x in o.documents[:SHOWN_DOCUMENTS]:
        second = f"{d.date(x.added_on)} · {x.added_by} · "
        items.append(
            f"<p class='item'><b>{h.esc(x.kind)}</b> {h.esc(x.filename)}<br>"
            f"<span class='sub'>{h.esc(second)}</span>"
            f"{link(f'{APPLICATION_LINK}{x.application_id}', x.application_reference)}</p>"
        )
    parts.append("".join(items))
    parts.append(more(SHOWN_DOCUMENTS, len(o.documents)))
    return "".join(parts)


def history_html(o: CompanyOverview) -> str:
    parts = [h.heading(QCoreApplication.translate("CompanyView", "History"))]
    if not o.history:
        return parts[0] + h.note(QCoreApplication.translate("CompanyView", "No recorded changes."))
    items = [
        (e.summary or e.action, f"{e.at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M} · {e.actor}")
        for e in o.history[:SHOWN_HISTORY]
    ]
    return parts[0] + h.item_list(items)


def page_html(o: CompanyOverview) -> str:
    """The whole body: two columns of sections."""
    left = leases_html(o) + account_html(o) + consultations_html(o)
    right = applications_html(o) + documents_html(o) + history_html(o)
    return (
        h.DETAIL_CSS
        + CSS
        + "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        + f"<td class='col' width='50%' valign='top'>{left}</td>"
        + f"<td class='col' width='50%' valign='top'>{right}</td>"
        + "</tr></table>"
    )

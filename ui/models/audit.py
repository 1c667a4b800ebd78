"""The audit trail as a table, newest first, a page at a time from the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from adminapp.services import audit_listing
from adminapp.services.audit_listing import AuditRow
from adminapp.services.listing_sql import ListQuery
from ui.models import display as d
from ui.models.table import Column, PagedTableModel

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    "sign": QT_TRANSLATE_NOOP("AuditAction", "Signed"),
    "renew": QT_TRANSLATE_NOOP("AuditAction", "Renewed"),
    "renewed": QT_TRANSLATE_NOOP("AuditAction", "Renewed"),
    "terminate": QT_TRANSLATE_NOOP("AuditAction", "Terminated"),
    "generate": QT_TRANSLATE_NOOP("AuditAction", "Generated"),
    "issue": QT_TRANSLATE_NOOP("AuditAction", "Issued"),
    "credit": QT_TRANSLATE_NOOP("AuditAction", "Credit note"),
    "follow": QT_TRANSLATE_NOOP("AuditAction", "Followed the lease"),
    "reverse": QT_TRANSLATE_NOOP("AuditAction", "Reversed"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "Sign-in failed"),
    "locked": QT_TRANSLATE_NOOP("AuditAction", "Locked"),
    "denied": QT_TRANSLATE_NOOP("AuditAction", "Refused"),
    "password": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "deactivate": QT_TRANSLATE_NOOP("AuditAction", "Deactivated"),
    "reactivate": QT_TRANSLATE_NOOP("AuditAction", "Reactivated"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
    "submit": QT_TRANSLATE_NOOP("AuditAction", "Submitted"),
    "start_review": QT_TRANSLATE_NOOP("AuditAction", "Review started"),
    "review": QT_TRANSLATE_NOOP("AuditAction", "Reviewed"),
    "approve": QT_TRANSLATE_NOOP("AuditAction", "Approved"),
    "reject": QT_TRANSLATE_NOOP("AuditAction", "Rejected"),
    "withdraw": QT_TRANSLATE_NOOP("AuditAction", "Withdrawn"),
    "close": QT_TRANSLATE_NOOP("AuditAction", "Closed"),
    "attach": QT_TRANSLATE_NOOP("AuditAction", "Attached"),
    "plan_tranches": QT_TRANSLATE_NOOP("AuditAction", "Tranches planned"),
    "release": QT_TRANSLATE_NOOP("AuditAction", "Released"),
    "disburse": QT_TRANSLATE_NOOP("AuditAction", "Disbursed"),
    "milestone_met": QT_TRANSLATE_NOOP("AuditAction", "Milestone met"),
    "consume": QT_TRANSLATE_NOOP("AuditAction", "Consumed"),
    "reschedule": QT_TRANSLATE_NOOP("AuditAction", "Rescheduled"),
    "booked": QT_TRANSLATE_NOOP("AuditAction", "Booked"),
    "completed": QT_TRANSLATE_NOOP("AuditAction", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("AuditAction", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("AuditAction", "No-show"),
    "time_off": QT_TRANSLATE_NOOP("AuditAction", "Time off"),
    "time_off_removed": QT_TRANSLATE_NOOP("AuditAction", "Time off removed"),
    "closure": QT_TRANSLATE_NOOP("AuditAction", "Closure"),
    "closure_removed": QT_TRANSLATE_NOOP("AuditAction", "Closure removed"),
    "deposit_charge": QT_TRANSLATE_NOOP("AuditAction", "Deposit charged"),
    "deposit_receipt": QT_TRANSLATE_NOOP("AuditAction", "Deposit received"),
    "deposit_application": QT_TRANSLATE_NOOP("AuditAction", "Deposit applied"),
    "deposit_refund": QT_TRANSLATE_NOOP("AuditAction", "Deposit refunded"),
}
_RECORD_TYPES = {
    "building": QT_TRANSLATE_NOOP("AuditRecord", "Building"),
    "floor": QT_TRANSLATE_NOOP("AuditRecord", "Floor"),
    "unit": QT_TRANSLATE_NOOP("AuditRecord", "Unit"),
    "company": QT_TRANSLATE_NOOP("AuditRecord", "Company"),
    "lease": QT_TRANSLATE_NOOP("AuditRecord", "Lease"),
    "user": QT_TRANSLATE_NOOP("AuditRecord", "User"),
    "demo": QT_TRANSLATE_NOOP("AuditRecord", "Demo centre"),
    "application": QT_TRANSLATE_NOOP("AuditRecord", "Application"),
    "programme": QT_TRANSLATE_NOOP("AuditRecord", "Programme"),
    "billing": QT_TRANSLATE_NOOP("AuditRecord", "Billing"),
    "booking": QT_TRANSLATE_NOOP("AuditRecord", "Booking"),
    "charge": QT_TRANSLATE_NOOP("AuditRecord", "Charge"),
    "payment": QT_TRANSLATE_NOOP("AuditRecord", "Payment"),
    "consultant": QT_TRANSLATE_NOOP("AuditRecord", "Consultant"),
    "room": QT_TRANSLATE_NOOP("AuditRecord", "Meeting room"),
    "setting": QT_TRANSLATE_NOOP("AuditRecord", "Setting"),
    "import": QT_TRANSLATE_NOOP("AuditRecord", "Import"),
    "report": QT_TRANSLATE_NOOP("AuditRecord", "Report"),
}


def _label(context: str, table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return (
        QCoreApplication.translate(context, source)
        if source
        else code.replace("_", " ").capitalize()
    )


def action_label(code: str) -> str:
    return _label("AuditAction", _ACTIONS, code)


def record_type_label(code: str) -> str:
    return _label("AuditRecord", _RECORD_TYPES, code)


def record_label(r: AuditRow) -> str:
    kind = record_type_label(r.entity_type)
    return f"{kind} #{r.entity_id}" if r.entity_id is not None else kind


def when(r: AuditRow) -> str:
    return f"{r.local_at:%Y-%m-%d %H:%M:%S}"


def field_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


# Coded fields read as their labels (the code is what the trail keeps).
_CODED = {"stage": d.stage_label, "segment": d.segment_label, "kind": d.kind_label}


def field_value(field: str, value: Any) -> str:
    label = _CODED.get(field)
    return label(value) if label and isinstance(value, str) else value_text(value)


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Display", "Yes" if value else "No")
    return str(value)


class AuditModel(PagedTableModel):
    keyset = True
    # "10,000+ changes": a million-row trail is not counted to the last row.
    count_cap = 10_000

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("When"), when, "at", width=145),
            Column(self.tr("User"), lambda r: r.actor, width=90),
            Column(self.tr("Action"), lambda r: action_label(r.action), width=85),
            Column(self.tr("Record"), record_label, width=110),
            Column(self.tr("Summary"), lambda r: r.summary, width=220),
            Column(
                self.tr("Fields"),
                lambda r: ", ".join(field_label(k) for k in r.changes),
                width=170,
            ),
            Column(self.tr("Workstation"), lambda r: r.workstation, width=120),
        ]
        super().__init__(ctx, columns, "at", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[AuditRow]:
        return audit_listing.list_audit(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return audit_listing.count_audit(ctx, q, cap=self.count_cap)

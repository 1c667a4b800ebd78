"""The audit trail as a table, newest first, a page at a time from the service."""

from __future__ import annotations

import re
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


_FIELDS = {
    "active": QT_TRANSLATE_NOOP("AuditField", "Active"),
    "address": QT_TRANSLATE_NOOP("AuditField", "Address"),
    "admitted_on": QT_TRANSLATE_NOOP("AuditField", "Admitted on"),
    "amount": QT_TRANSLATE_NOOP("AuditField", "Amount"),
    "application": QT_TRANSLATE_NOOP("AuditField", "Application"),
    "approved_amount": QT_TRANSLATE_NOOP("AuditField", "Approved amount"),
    "area": QT_TRANSLATE_NOOP("AuditField", "Area"),
    "attendees": QT_TRANSLATE_NOOP("AuditField", "Attendees"),
    "bars_arrears_over_90": QT_TRANSLATE_NOOP("AuditField", "Bars arrears over 90"),
    "bookings_booked": QT_TRANSLATE_NOOP("AuditField", "Bookings booked"),
    "bookings_cancelled": QT_TRANSLATE_NOOP("AuditField", "Bookings cancelled"),
    "bookings_completed": QT_TRANSLATE_NOOP("AuditField", "Bookings completed"),
    "bookings_no_show": QT_TRANSLATE_NOOP("AuditField", "Bookings no show"),
    "budgets": QT_TRANSLATE_NOOP("AuditField", "Budgets"),
    "buffer_minutes": QT_TRANSLATE_NOOP("AuditField", "Buffer minutes"),
    "buildings": QT_TRANSLATE_NOOP("AuditField", "Buildings"),
    "cancel_reason": QT_TRANSLATE_NOOP("AuditField", "Cancel reason"),
    "cap_per_company_year": QT_TRANSLATE_NOOP("AuditField", "Cap per company year"),
    "cap_percent": QT_TRANSLATE_NOOP("AuditField", "Cap percent"),
    "capacity": QT_TRANSLATE_NOOP("AuditField", "Capacity"),
    "closes": QT_TRANSLATE_NOOP("AuditField", "Closes"),
    "closure": QT_TRANSLATE_NOOP("AuditField", "Closure"),
    "code": QT_TRANSLATE_NOOP("AuditField", "Code"),
    "companies": QT_TRANSLATE_NOOP("AuditField", "Companies"),
    "company_id": QT_TRANSLATE_NOOP("AuditField", "Company id"),
    "confirmed_by": QT_TRANSLATE_NOOP("AuditField", "Confirmed by"),
    "consultant_id": QT_TRANSLATE_NOOP("AuditField", "Consultant id"),
    "contact_email": QT_TRANSLATE_NOOP("AuditField", "Contact email"),
    "contact_name": QT_TRANSLATE_NOOP("AuditField", "Contact name"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditField", "Contact phone"),
    "corrections": QT_TRANSLATE_NOOP("AuditField", "Corrections"),
    "created": QT_TRANSLATE_NOOP("AuditField", "Created"),
    "credit_code": QT_TRANSLATE_NOOP("AuditField", "Credit code"),
    "credited": QT_TRANSLATE_NOOP("AuditField", "Credited"),
    "criteria": QT_TRANSLATE_NOOP("AuditField", "Criteria"),
    "decided_at": QT_TRANSLATE_NOOP("AuditField", "Decided at"),
    "decided_by": QT_TRANSLATE_NOOP("AuditField", "Decided by"),
    "deposit": QT_TRANSLATE_NOOP("AuditField", "Deposit"),
    "deposit_steps": QT_TRANSLATE_NOOP("AuditField", "Deposit steps"),
    "description": QT_TRANSLATE_NOOP("AuditField", "Description"),
    "display_name": QT_TRANSLATE_NOOP("AuditField", "Display name"),
    "document": QT_TRANSLATE_NOOP("AuditField", "Document"),
    "documents": QT_TRANSLATE_NOOP("AuditField", "Documents"),
    "due_on": QT_TRANSLATE_NOOP("AuditField", "Due on"),
    "eligible_cost": QT_TRANSLATE_NOOP("AuditField", "Eligible cost"),
    "email": QT_TRANSLATE_NOOP("AuditField", "Email"),
    "end_date": QT_TRANSLATE_NOOP("AuditField", "End date"),
    "ends_at": QT_TRANSLATE_NOOP("AuditField", "Ends at"),
    "floor_id": QT_TRANSLATE_NOOP("AuditField", "Floor id"),
    "floors": QT_TRANSLATE_NOOP("AuditField", "Floors"),
    "gpu_hours_used": QT_TRANSLATE_NOOP("AuditField", "Gpu hours used"),
    "graduated_on": QT_TRANSLATE_NOOP("AuditField", "Graduated on"),
    "gross_area": QT_TRANSLATE_NOOP("AuditField", "Gross area"),
    "hours": QT_TRANSLATE_NOOP("AuditField", "Hours"),
    "in_service": QT_TRANSLATE_NOOP("AuditField", "In service"),
    "internal": QT_TRANSLATE_NOOP("AuditField", "Internal"),
    "issued": QT_TRANSLATE_NOOP("AuditField", "Issued"),
    "issued_on": QT_TRANSLATE_NOOP("AuditField", "Issued on"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "label": QT_TRANSLATE_NOOP("AuditField", "Label"),
    "lease_id": QT_TRANSLATE_NOOP("AuditField", "Lease id"),
    "leases": QT_TRANSLATE_NOOP("AuditField", "Leases"),
    "level": QT_TRANSLATE_NOOP("AuditField", "Level"),
    "load_factor": QT_TRANSLATE_NOOP("AuditField", "Load factor"),
    "login": QT_TRANSLATE_NOOP("AuditField", "Login"),
    "method": QT_TRANSLATE_NOOP("AuditField", "Method"),
    "min_months_in_residence": QT_TRANSLATE_NOOP("AuditField", "Min months in residence"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditField", "Must change password"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "name_en": QT_TRANSLATE_NOOP("AuditField", "Name en"),
    "name_zh": QT_TRANSLATE_NOOP("AuditField", "Name zh"),
    "notes": QT_TRANSLATE_NOOP("AuditField", "Notes"),
    "open_days": QT_TRANSLATE_NOOP("AuditField", "Open days"),
    "opens": QT_TRANSLATE_NOOP("AuditField", "Opens"),
    "password": QT_TRANSLATE_NOOP("AuditField", "Password"),
    "payments": QT_TRANSLATE_NOOP("AuditField", "Payments"),
    "period_end": QT_TRANSLATE_NOOP("AuditField", "Period end"),
    "period_start": QT_TRANSLATE_NOOP("AuditField", "Period start"),
    "platform": QT_TRANSLATE_NOOP("AuditField", "Platform"),
    "programme_id": QT_TRANSLATE_NOOP("AuditField", "Programme id"),
    "prospect_name": QT_TRANSLATE_NOOP("AuditField", "Prospect name"),
    "provider": QT_TRANSLATE_NOOP("AuditField", "Provider"),
    "purpose": QT_TRANSLATE_NOOP("AuditField", "Purpose"),
    "received_on": QT_TRANSLATE_NOOP("AuditField", "Received on"),
    "reference": QT_TRANSLATE_NOOP("AuditField", "Reference"),
    "refund": QT_TRANSLATE_NOOP("AuditField", "Refund"),
    "removed": QT_TRANSLATE_NOOP("AuditField", "Removed"),
    "renewal_of_id": QT_TRANSLATE_NOOP("AuditField", "Renewal of id"),
    "rent_free_months": QT_TRANSLATE_NOOP("AuditField", "Rent free months"),
    "rent_per_m2_month": QT_TRANSLATE_NOOP("AuditField", "Rent per m2 month"),
    "rent_steps": QT_TRANSLATE_NOOP("AuditField", "Rent steps"),
    "rentable_area": QT_TRANSLATE_NOOP("AuditField", "Rentable area"),
    "requested_amount": QT_TRANSLATE_NOOP("AuditField", "Requested amount"),
    "requires_active_lease": QT_TRANSLATE_NOOP("AuditField", "Requires active lease"),
    "reversal_reason": QT_TRANSLATE_NOOP("AuditField", "Reversal reason"),
    "reversed_on": QT_TRANSLATE_NOOP("AuditField", "Reversed on"),
    "review": QT_TRANSLATE_NOOP("AuditField", "Review"),
    "roles": QT_TRANSLATE_NOOP("AuditField", "Roles"),
    "room_id": QT_TRANSLATE_NOOP("AuditField", "Room id"),
    "scale": QT_TRANSLATE_NOOP("AuditField", "Scale"),
    "score": QT_TRANSLATE_NOOP("AuditField", "Score"),
    "segment": QT_TRANSLATE_NOOP("AuditField", "Segment"),
    "segments": QT_TRANSLATE_NOOP("AuditField", "Segments"),
    "stage": QT_TRANSLATE_NOOP("AuditField", "Stage"),
    "start_date": QT_TRANSLATE_NOOP("AuditField", "Start date"),
    "starts_at": QT_TRANSLATE_NOOP("AuditField", "Starts at"),
    "status": QT_TRANSLATE_NOOP("AuditField", "Status"),
    "submitted_on": QT_TRANSLATE_NOOP("AuditField", "Submitted on"),
    "terminated_on": QT_TRANSLATE_NOOP("AuditField", "Terminated on"),
    "termination_reason": QT_TRANSLATE_NOOP("AuditField", "Termination reason"),
    "through": QT_TRANSLATE_NOOP("AuditField", "Through"),
    "time_off": QT_TRANSLATE_NOOP("AuditField", "Time off"),
    "topic": QT_TRANSLATE_NOOP("AuditField", "Topic"),
    "topics": QT_TRANSLATE_NOOP("AuditField", "Topics"),
    "tranches": QT_TRANSLATE_NOOP("AuditField", "Tranches"),
    "unit": QT_TRANSLATE_NOOP("AuditField", "Unit"),
    "unit_codes": QT_TRANSLATE_NOOP("AuditField", "Unit codes"),
    "unit_id": QT_TRANSLATE_NOOP("AuditField", "Unit id"),
    "units": QT_TRANSLATE_NOOP("AuditField", "Units"),
    "up_to": QT_TRANSLATE_NOOP("AuditField", "Up to"),
    "updated": QT_TRANSLATE_NOOP("AuditField", "Updated"),
    "windows": QT_TRANSLATE_NOOP("AuditField", "Windows"),
    "year": QT_TRANSLATE_NOOP("AuditField", "Year"),
}
# "tranche 2 paid", "tranche 2 milestone met": one entry per tranche in the trail.
_TRANCHE = re.compile(r"tranche (\d+) (paid|milestone met)")
_TRANCHE_LABELS = {
    "paid": QT_TRANSLATE_NOOP("AuditField", "Tranche %1 paid"),
    "milestone met": QT_TRANSLATE_NOOP("AuditField", "Tranche %1 milestone met"),
}


def field_label(name: str) -> str:
    tranche = _TRANCHE.fullmatch(name)
    if tranche is not None:
        text = _TRANCHE_LABELS[tranche.group(2)]
        return QCoreApplication.translate("AuditField", text).replace("%1", tranche.group(1))
    return _label("AuditField", _FIELDS, name)


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

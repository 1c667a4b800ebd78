"""Who may do what: every action a service offers, and the roles allowed to do it.

The services call :func:`require` before they write anything; the GUI asks :func:`allowed` to
hide or disable what the user may not do. The table is the single source for both, and
``tests/test_permissions.py`` walks every (role, action) pair through the services.

Roles (a user may hold several):
- **staff**: the tenant register (floors, units, companies), leases, consultants, rooms and
  bookings;
- **finance**: rent charges, payments and deposits, disbursements, and the rent roll;
- **manager**: approves financing up to the manager's limit; every report;
- **director**: approves above the manager's limit; every report;
- **admin**: users and settings, backups and database upgrades, the building itself.

Everyone signed in may read the register and a record's history; the Audit page (everyone's
actions) is for managers, directors and administrators.
"""

from __future__ import annotations

from dataclasses import dataclass

from adminapp.models import ROLE_NAMES

STAFF, FINANCE, MANAGER, DIRECTOR, ADMIN = ROLE_NAMES


@dataclass(frozen=True)
class Permission:
    action: str
    roles: frozenset[str]
    label: str  # what a refused user is told they tried to do
    entity_type: str  # the kind of record it concerns (for the audit trail)


def _p(action: str, roles: set[str], label: str, entity_type: str) -> Permission:
    return Permission(action, frozenset(roles), label, entity_type)


_TABLE = [
    _p("building.create", {ADMIN}, "set up a building", "building"),
    _p("floor.create", {STAFF, ADMIN}, "add a floor", "floor"),
    _p("floor.update", {STAFF, ADMIN}, "edit a floor", "floor"),
    _p("unit.create", {STAFF}, "add a unit", "unit"),
    _p("unit.update", {STAFF}, "edit a unit", "unit"),
    _p("company.create", {STAFF}, "add a company", "company"),
    _p("company.update", {STAFF}, "edit a company", "company"),
    _p("lease.create", {STAFF}, "create a lease", "lease"),
    _p("lease.update", {STAFF}, "edit a lease", "lease"),
    _p("lease.sign", {STAFF}, "sign a lease", "lease"),
    _p("lease.renew", {STAFF}, "renew a lease", "lease"),
    _p("lease.terminate", {STAFF}, "terminate a lease", "lease"),
    _p("lease.delete_draft", {STAFF}, "delete a draft lease", "lease"),
    _p("import.register", {STAFF}, "import companies, units and leases", "import"),
    _p("report.rent-roll", {STAFF, FINANCE, MANAGER, DIRECTOR}, "export the rent roll", "report"),
    _p("report.occupancy", {STAFF, MANAGER, DIRECTOR}, "export the occupancy report", "report"),
    _p(
        "report.lease-expiry",
        {STAFF, MANAGER, DIRECTOR},
        "export the lease-expiry report",
        "report",
    ),
    _p(
        "report.financing-pipeline",
        {STAFF, FINANCE, MANAGER, DIRECTOR},
        "export the financing pipeline",
        "report",
    ),
    _p("report.disbursements", {FINANCE, MANAGER, DIRECTOR}, "export the disbursements", "report"),
    _p(
        "report.programme-budgets",
        {STAFF, FINANCE, MANAGER, DIRECTOR},
        "export the programme budgets",
        "report",
    ),
    _p(
        "report.compute-vouchers",
        {STAFF, FINANCE, MANAGER, DIRECTOR},
        "export the compute-voucher report",
        "report",
    ),
    _p("audit.view", {MANAGER, DIRECTOR, ADMIN}, "see the audit trail", "audit"),
    _p("user.view", {ADMIN}, "see other users' accounts", "user"),
    _p("user.create", {ADMIN}, "add a user", "user"),
    _p("user.update", {ADMIN}, "edit a user", "user"),
    _p("user.reset_password", {ADMIN}, "reset a password", "user"),
    _p("user.set_active", {ADMIN}, "deactivate or reactivate a user", "user"),
    _p("settings.update", {ADMIN}, "change the settings", "setting"),
    _p("db.backup", {ADMIN}, "back up the database", "database"),
    _p("db.upgrade", {ADMIN}, "upgrade the database", "database"),
    _p("db.check", set(ROLE_NAMES), "check the database", "database"),
    # Financing. Managers and directors set policy (programmes) and decide; staff take
    # applications in and review them (managers may review too, but then not approve: the
    # services keep reviewer and approver apart); finance pays.
    _p("programme.create", {MANAGER, DIRECTOR}, "set up a financing programme", "programme"),
    _p("programme.update", {MANAGER, DIRECTOR}, "edit a financing programme", "programme"),
    _p("application.create", {STAFF}, "take a financing application", "application"),
    _p("application.update", {STAFF}, "edit a financing application", "application"),
    _p("application.attach", {STAFF}, "attach a document to an application", "application"),
    _p("application.submit", {STAFF}, "submit a financing application", "application"),
    _p("application.withdraw", {STAFF}, "withdraw a financing application", "application"),
    _p("application.review", {STAFF, MANAGER}, "review a financing application", "application"),
    _p("application.approve", {MANAGER, DIRECTOR}, "approve financing", "application"),
    _p("application.reject", {MANAGER, DIRECTOR}, "reject a financing application", "application"),
    _p("application.disburse", {FINANCE}, "start paying out approved financing", "application"),
    _p("application.close", {FINANCE}, "close a paid-out application", "application"),
    _p("tranche.plan", {MANAGER, DIRECTOR}, "plan the payment tranches", "application"),
    _p("tranche.milestone", {STAFF, MANAGER}, "mark a milestone met", "application"),
    _p("tranche.release", {FINANCE}, "record a tranche's payment", "application"),
    _p("voucher.consume", {STAFF}, "record GPU-hours used on a voucher", "application"),
    # Consultations. Staff keep the consultants, the rooms and the bookings; a manager confirms
    # the next booking of a company flagged for repeated no-shows.
    _p("consultant.manage", {STAFF, MANAGER}, "set up or edit a consultant", "consultant"),
    _p("room.manage", {STAFF}, "set up or edit a meeting room", "room"),
    _p("booking.create", {STAFF, MANAGER}, "book a consultation", "booking"),
    _p(
        "booking.change",
        {STAFF, MANAGER},
        "reschedule, complete or cancel a consultation",
        "booking",
    ),  # fmt: skip
    _p(
        "booking.override",
        {MANAGER},
        "confirm a booking for a company flagged for no-shows",
        "booking",
    ),  # fmt: skip
    _p(
        "report.consultations",
        {STAFF, MANAGER, DIRECTOR},
        "export the consultations report",
        "report",
    ),
    _p(
        "report.room-utilisation",
        {STAFF, MANAGER, DIRECTOR},
        "export the room-utilisation report",
        "report",
    ),
    # Billing: finance generates and issues the charges, records payments and deposits.
    _p("billing.generate", {FINANCE}, "generate or issue rent charges", "billing"),
    _p("billing.charge", {FINANCE}, "add a charge or a credit note", "charge"),
    _p("billing.payment", {FINANCE}, "record a payment", "payment"),
    _p("billing.reverse", {FINANCE}, "reverse a payment", "payment"),
    _p("billing.deposit", {FINANCE}, "record a deposit step", "lease"),
    _p(
        "report.arrears-aging", {STAFF, FINANCE, MANAGER, DIRECTOR}, "export the arrears", "report"
    ),  # fmt: skip
    _p(
        "report.tenant-statement",
        {STAFF, FINANCE, MANAGER, DIRECTOR},
        "export a tenant's statement",
        "report",
    ),  # fmt: skip
    _p("report.deposits", {FINANCE, MANAGER, DIRECTOR}, "export the deposits", "report"),
    _p(
        "report.billing-summary",
        {FINANCE, MANAGER, DIRECTOR},
        "export the billing summary",
        "report",
    ),  # fmt: skip
]

PERMISSIONS: dict[str, Permission] = {p.action: p for p in _TABLE}
ACTIONS: tuple[str, ...] = tuple(PERMISSIONS)

# The money-moving steps (financing approval, disbursement) also pass
# ``adminapp.services.access.separate_duties``: whoever reviewed cannot approve, whoever
# approved cannot pay out.


def permission(action: str) -> Permission:
    try:
        return PERMISSIONS[action]
    except KeyError:
        raise KeyError(f"unknown action {action!r}") from None


def allowed(roles: frozenset[str] | set[str], action: str) -> bool:
    return bool(permission(action).roles & set(roles))


def roles_allowed(action: str) -> list[str]:
    """The roles that may do ``action``, in the order of ``ROLE_NAMES``."""
    granted = permission(action).roles
    return [r for r in ROLE_NAMES if r in granted]


def refusal(roles: frozenset[str] | set[str], action: str) -> str:
    """The message a user who may not do ``action`` reads."""
    p = permission(action)
    held = ", ".join(r for r in ROLE_NAMES if r in roles) or "no role"
    needed = " or ".join(roles_allowed(action))
    return f"You may not {p.label}: that needs the {needed} role (you hold {held})"

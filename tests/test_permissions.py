"""Permissions are enforced in the services: every (role, action) pair, walked for real.

For each action in ``adminapp.permissions`` and each role, a user holding only that role signs
in and calls the service. Allowed: it succeeds. Denied: PermissionDenied naming what was
refused, the database unchanged except for one ``denied`` audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from adminapp import permissions
from adminapp.db import data_dir
from adminapp.errors import PermissionDenied
from adminapp.models import ROLE_NAMES, AuditEntry
from adminapp.reports import export_report
from adminapp.services import (
    access,
    accounts,
    app_settings,
    audit_listing,
    building,
    companies,
    financing,
    importer,
    leases,
)
from adminapp.services.accounts import UserInput
from adminapp.services.consultations import bookings as consult_bookings
from adminapp.services.consultations import resources as consult_resources
from adminapp.services.context import AppContext
from adminapp.services.listing_sql import ListQuery
from tests.consultation_setup import book, last_weekdays, setup_consulting
from tests.dbstate import dump
from tests.factories import SmallCentre, credit_code
from tests.test_financing_setup import (
    ON,
    as_user,
    attach_all,
    make_draft,
    make_programme,
    programme_input,
    under_review,
)

d = dt.date
Call = Callable[[AppContext, SmallCentre, dict], object]


def _draft(ctx: AppContext, c: SmallCentre) -> int:
    return leases.create_lease(
        ctx,
        leases.LeaseInput(
            c.companies["beta"],
            [c.units["7F-04"]],
            d(2027, 1, 1),
            d(2028, 1, 1),
            "120",
            draft=True,
        ),
    ).id


def _unit_input(c: SmallCentre, code: str = "7F-09") -> building.UnitInput:
    return building.UnitInput(c.floors["7"], code, "private_office", "60")


def _application(ctx: AppContext, c: SmallCentre, status: str = "draft") -> dict:
    """A programme and an application brought to ``status`` by other people than "actor"."""
    pid = make_programme(ctx)
    if status == "draft":
        return {"programme": pid, "app": make_draft(ctx, c, pid)}
    folder = data_dir() / "incoming"
    folder.mkdir(exist_ok=True)
    if status == "ready":  # a draft with every document, ready to submit
        app = make_draft(ctx, c, pid)
        attach_all(ctx, app, folder)
        return {"programme": pid, "app": app}
    app = under_review(ctx, c, pid, folder, reviewer="rev" if status != "under_review" else None)
    steps = ["reviewed", "approved", "disbursing", "met", "paid"]
    boss, payer = as_user(ctx, "boss", "director"), as_user(ctx, "payer", "finance")
    for step in steps[1 : steps.index(status) + 1] if status in steps else []:
        if step == "approved":
            financing.approve_application(boss, app, "100000")
            financing.plan_tranches(boss, app, [financing.TrancheInput(ON, "100000", "Go-live")])
        elif step == "disbursing":
            financing.start_disbursing(payer, app)
        elif step == "met":
            financing.mark_milestone_met(ctx, app, 1, ON)
        elif step == "paid":
            financing.release_tranche(payer, app, 1, ON, "BANK-1")
    return {"programme": pid, "app": app}


def _voucher(ctx: AppContext, c: SmallCentre) -> dict:
    """An approved compute voucher of 1,000 GPU-hours."""
    pid = make_programme(ctx, name_en="Compute voucher", unit="GPU_HOURS", cap_percent=None)
    folder = data_dir() / "incoming"
    folder.mkdir(exist_ok=True)
    app = under_review(ctx, c, pid, folder, requested="1000", provider="SenseCore")
    financing.approve_application(as_user(ctx, "boss", "director"), app, "1000")
    return {"app": app}


def _plan(ctx: AppContext) -> dict:
    """A valid import plan: the template (one company, unit and lease), read before signing in."""
    path = data_dir() / "import.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    importer.write_template(path)
    return {"plan": importer.read_workbook(ctx, path)}


def _with_file(p: dict) -> Path:
    path = p["dir"] / "licence.pdf"
    path.write_bytes(b"%PDF licence")
    return path


# One real call per action. The setup (``prep``) runs as an all-roles user before signing in.
CALLS: dict[str, tuple[Call, Callable[[AppContext, SmallCentre], dict] | None]] = {
    "building.create": (
        lambda ctx, c, p: building.create_building(ctx, "Annex", Decimal(8000)),
        None,
    ),
    "floor.create": (
        lambda ctx, c, p: building.create_floor(
            ctx, building.FloorInput(c.building_id, "8", "2500", "0.7")
        ),
        None,
    ),
    "floor.update": (
        lambda ctx, c, p: building.update_floor(
            ctx, c.floors["7"], building.FloorInput(c.building_id, "7", "2600", "0.7")
        ),
        None,
    ),
    "unit.create": (lambda ctx, c, p: building.create_unit(ctx, _unit_input(c)), None),
    "unit.update": (
        lambda ctx, c, p: building.update_unit(
            ctx,
            c.units["7F-04"],
            building.UnitInput(c.floors["7"], "7F-04", "compute_room", "100", notes="GPU rack"),
        ),
        None,
    ),
    "company.create": (
        lambda ctx, c, p: companies.create_company(
            ctx, companies.CompanyInput("Epsilon AI", credit_code(9), "base_technology")
        ),
        None,
    ),
    "company.update": (
        lambda ctx, c, p: companies.update_company(
            ctx,
            c.companies["alpha"],
            companies.CompanyInput(
                "Alpha Models", credit_code(1), "base_technology", contact_name="Ms Qian"
            ),
        ),
        None,
    ),
    "lease.create": (
        lambda ctx, c, p: leases.create_lease(
            ctx,
            leases.LeaseInput(
                c.companies["beta"], [c.units["7F-04"]], d(2027, 1, 1), d(2028, 1, 1), "120"
            ),
        ),
        None,
    ),
    "lease.update": (
        lambda ctx, c, p: leases.update_lease(
            ctx,
            p["draft"],
            leases.LeaseInput(
                c.companies["beta"],
                [c.units["7F-04"]],
                d(2027, 1, 1),
                d(2028, 1, 1),
                "125",
                draft=True,
            ),
        ),
        lambda ctx, c: {"draft": _draft(ctx, c)},
    ),
    "lease.sign": (
        lambda ctx, c, p: leases.sign_lease(ctx, p["draft"]),
        lambda ctx, c: {"draft": _draft(ctx, c)},
    ),
    "lease.renew": (
        lambda ctx, c, p: leases.renew_lease(ctx, c.leases["L1"], d(2027, 7, 1)),
        None,
    ),
    "lease.terminate": (
        lambda ctx, c, p: leases.terminate_lease(ctx, c.leases["L2"], d(2026, 12, 1), "Moved out"),
        None,
    ),
    "lease.delete_draft": (
        lambda ctx, c, p: leases.delete_draft(ctx, p["draft"]),
        lambda ctx, c: {"draft": _draft(ctx, c)},
    ),
    "import.register": (
        lambda ctx, c, p: importer.apply(ctx, p["plan"]),
        lambda ctx, c: _plan(ctx),
    ),
    "report.rent-roll": (
        lambda ctx, c, p: export_report(ctx, "rent-roll", p["dir"] / "r.xlsx", d(2026, 6, 15)),
        None,
    ),
    "report.occupancy": (
        lambda ctx, c, p: export_report(ctx, "occupancy", p["dir"] / "o.xlsx", d(2026, 6, 15)),
        None,
    ),
    "report.lease-expiry": (
        lambda ctx, c, p: export_report(ctx, "lease-expiry", p["dir"] / "e.xlsx", d(2026, 6, 15)),
        None,
    ),
    **{
        f"report.{name}": (
            lambda ctx, c, p, name=name: export_report(
                ctx, name, p["dir"] / f"{name}.xlsx", d(2026, 6, 15)
            ),
            None,
        )
        for name in ("financing-pipeline", "disbursements", "programme-budgets", "compute-vouchers")
    },
    **{
        f"report.{name}": (
            lambda ctx, c, p, name=name: export_report(
                ctx, name, p["dir"] / f"{name}.xlsx", d(2026, 6, 15)
            ),
            None,
        )
        for name in ("consultations", "room-utilisation")
    },
    **{
        f"report.{name}": (
            lambda ctx, c, p, name=name: export_report(
                ctx,
                name,
                p["dir"] / f"{name}.xlsx",
                d(2026, 6, 15),
                filters={"company": str(c.companies["alpha"])}
                if name == "tenant-statement"
                else None,
            ),
            None,
        )
        for name in ("arrears-aging", "tenant-statement", "deposits", "billing-summary")
    },
    "audit.view": (lambda ctx, c, p: audit_listing.list_audit(ctx, ListQuery()), None),
    "user.view": (lambda ctx, c, p: accounts.list_users(ctx), None),
    "user.create": (
        lambda ctx, c, p: accounts.create_user(
            ctx, UserInput("new.hire", "New Hire", ["staff"], "temporary-pw")
        ),
        None,
    ),
    "user.update": (
        lambda ctx, c, p: accounts.update_user(
            ctx, p["other"], UserInput("other", "Other Person", ["staff", "finance"])
        ),
        None,
    ),
    "user.reset_password": (
        lambda ctx, c, p: accounts.reset_password(ctx, p["other"], "reset-password-1"),
        None,
    ),
    "user.set_active": (lambda ctx, c, p: accounts.set_active(ctx, p["other"], False), None),
    "settings.update": (
        lambda ctx, c, p: app_settings.set_approval_limits(ctx, "800000", "5000000"),
        None,
    ),
    # The headless db commands check these through the same gate (adminapp.cli.sign_in_headless).
    "db.backup": (lambda ctx, c, p: access.require(ctx, "db.backup"), None),
    "db.upgrade": (lambda ctx, c, p: access.require(ctx, "db.upgrade"), None),
    "db.check": (lambda ctx, c, p: access.require(ctx, "db.check"), None),
    "programme.create": (
        lambda ctx, c, p: financing.create_programme(ctx, programme_input(name_en="Data voucher")),
        None,
    ),
    "programme.update": (
        lambda ctx, c, p: financing.update_programme(
            ctx, p["programme"], programme_input(cap_percent="25")
        ),
        lambda ctx, c: _application(ctx, c),
    ),
    "application.create": (
        lambda ctx, c, p: financing.create_application(
            ctx,
            financing.ApplicationInput(c.companies["alpha"], p["programme"], 2026, "1000", "5000"),
        ),
        lambda ctx, c: _application(ctx, c),
    ),
    "application.update": (
        lambda ctx, c, p: financing.update_application(
            ctx,
            p["app"],
            financing.ApplicationInput(c.companies["alpha"], p["programme"], 2026, "900", "5000"),
        ),
        lambda ctx, c: _application(ctx, c),
    ),
    "application.attach": (
        lambda ctx, c, p: financing.attach_document(
            ctx, p["app"], "Business licence", _with_file(p)
        ),
        lambda ctx, c: _application(ctx, c),
    ),
    "application.submit": (
        lambda ctx, c, p: financing.submit_application(ctx, p["app"], ON),
        lambda ctx, c: _application(ctx, c, "ready"),
    ),
    "application.withdraw": (
        lambda ctx, c, p: financing.withdraw_application(ctx, p["app"], "Company asked"),
        lambda ctx, c: _application(ctx, c),
    ),
    "application.review": (
        lambda ctx, c, p: financing.review_application(
            ctx, p["app"], {"Technical merit": 5, "Team": 5, "Impact": 5}
        ),
        lambda ctx, c: _application(ctx, c, "under_review"),
    ),
    "application.approve": (
        lambda ctx, c, p: financing.approve_application(ctx, p["app"], "100000"),
        lambda ctx, c: _application(ctx, c, "reviewed"),
    ),
    "application.reject": (
        lambda ctx, c, p: financing.reject_application(ctx, p["app"], "Out of scope"),
        lambda ctx, c: _application(ctx, c, "reviewed"),
    ),
    "application.disburse": (
        lambda ctx, c, p: financing.start_disbursing(ctx, p["app"]),
        lambda ctx, c: _application(ctx, c, "approved"),
    ),
    "application.close": (
        lambda ctx, c, p: financing.close_application(ctx, p["app"], "All paid"),
        lambda ctx, c: _application(ctx, c, "paid"),
    ),
    "tranche.plan": (
        lambda ctx, c, p: financing.plan_tranches(
            ctx,
            p["app"],
            [
                financing.TrancheInput(ON, "40000", "Contract signed"),
                financing.TrancheInput(ON, "60000", "Go-live"),
            ],
        ),
        lambda ctx, c: _application(ctx, c, "approved"),
    ),
    "tranche.milestone": (
        lambda ctx, c, p: financing.mark_milestone_met(ctx, p["app"], 1, ON),
        lambda ctx, c: _application(ctx, c, "disbursing"),
    ),
    "tranche.release": (
        lambda ctx, c, p: financing.release_tranche(ctx, p["app"], 1, ON, "BANK-2"),
        lambda ctx, c: _application(ctx, c, "met"),
    ),
    "voucher.consume": (
        lambda ctx, c, p: financing.record_compute_usage(ctx, p["app"], ON, "100"),
        lambda ctx, c: _voucher(ctx, c),
    ),
}


def _consulting(ctx: AppContext, c: SmallCentre, *, flagged: bool = False) -> dict:
    cs = setup_consulting(ctx, c)
    b = book(ctx, cs, c.companies["alpha"], 0, 10)
    if flagged:  # three no-shows of beta's in the last 90 days
        for day in last_weekdays(3):
            consult_bookings.create_booking(
                ctx,
                consult_bookings.BookingInput(
                    cs.ada, dt.datetime.combine(day, dt.time(10)),
                    dt.datetime.combine(day, dt.time(11)), "policy", company_id=c.companies["beta"],
                ),
                happened=True, outcome="no_show",
            )  # fmt: skip
    return {"cs": cs, "booking": b}


CALLS.update(
    {
        "consultant.manage": (
            lambda ctx, c, p: consult_resources.add_time_off(
                ctx, p["cs"].ada, p["cs"].at(3, 0), p["cs"].at(3, 23), "Training"
            ),
            _consulting,
        ),
        "room.manage": (
            lambda ctx, c, p: consult_resources.add_room_closure(
                ctx, p["cs"].room, p["cs"].at(4, 8), p["cs"].at(4, 12), "Repairs"
            ),
            _consulting,
        ),
        "booking.create": (
            lambda ctx, c, p: book(ctx, p["cs"], c.companies["beta"], 1, 10),
            _consulting,
        ),
        "booking.change": (
            lambda ctx, c, p: consult_bookings.cancel_booking(
                ctx, p["booking"].id, p["booking"].version, "The company asked"
            ),
            _consulting,
        ),
        "booking.override": (
            lambda ctx, c, p: book(
                ctx, p["cs"], c.companies["beta"], 2, 10, manager_confirmed=True
            ),
            lambda ctx, c: _consulting(ctx, c, flagged=True),
        ),
    }
)


def _billed(ctx: AppContext, c: SmallCentre) -> dict:
    from adminapp.services.billing import charges as billing_charges
    from adminapp.services.billing import payments as billing_payments

    charge = billing_charges.add_charge(
        ctx, billing_charges.ChargeInput(c.companies["alpha"], "other", d(2026, 1, 5), "900",
                                         "Fit-out", issued_on=d(2026, 1, 5)),
    )  # fmt: skip
    payment = billing_payments.record_payment(
        ctx, billing_payments.PaymentInput(c.companies["alpha"], d(2026, 1, 20), "900", "cash")
    )
    billing_payments.deposit_step(ctx, c.leases["L1"], "charge", "48000", d(2025, 6, 20))
    return {"charge": charge, "payment": payment}


def _billing_calls() -> dict:
    from adminapp.services.billing import charges as bc
    from adminapp.services.billing import payments as bp

    return {
        "billing.generate": (lambda ctx, c, p: bc.generate_charges(ctx, d(2026, 7, 1)), None),
        "billing.charge": (
            lambda ctx, c, p: bc.credit_note(ctx, p["charge"], "100", "Agreed"),
            _billed,
        ),  # fmt: skip
        "billing.payment": (
            lambda ctx, c, p: bp.record_payment(
                ctx, bp.PaymentInput(c.companies["beta"], d(2026, 2, 1), "500", reference="T9")
            ),
            None,
        ),
        "billing.reverse": (
            lambda ctx, c, p: bp.reverse_payment(ctx, p["payment"], "Bounced"),
            _billed,
        ),  # fmt: skip
        "billing.deposit": (
            lambda ctx, c, p: bp.deposit_step(
                ctx, c.leases["L1"], "receipt", "48000", d(2025, 6, 25)
            ),
            _billed,
        ),  # fmt: skip
    }


CALLS.update(_billing_calls())


def test_every_action_has_a_call():
    assert set(CALLS) == set(permissions.ACTIONS)


# Spelled out here, not derived from the table, so a change to the table has to change this too.
EXPECTED = {
    "staff": {
        "floor.create", "floor.update", "unit.create", "unit.update", "company.create",
        "company.update", "lease.create", "lease.update", "lease.sign", "lease.renew",
        "lease.terminate", "lease.delete_draft", "import.register", "report.rent-roll",
        "report.occupancy",
        "report.lease-expiry", "report.financing-pipeline", "report.programme-budgets",
        "report.compute-vouchers", "db.check", "application.create", "application.update",
        "application.attach", "application.submit", "application.withdraw", "application.review",
        "tranche.milestone", "voucher.consume",
        "consultant.manage", "room.manage", "booking.create", "booking.change",
        "report.consultations", "report.room-utilisation",
        "report.arrears-aging", "report.tenant-statement",
    },
    "finance": {
        "report.rent-roll", "report.financing-pipeline", "report.disbursements",
        "report.programme-budgets", "report.compute-vouchers", "db.check",
        "application.disburse", "application.close",
        "tranche.release",
        "billing.generate", "billing.charge", "billing.payment", "billing.reverse",
        "billing.deposit", "report.arrears-aging", "report.tenant-statement", "report.deposits",
        "report.billing-summary",
    },
    "manager": {
        "report.rent-roll", "report.occupancy", "report.lease-expiry", "audit.view", "db.check",
        "report.financing-pipeline", "report.disbursements", "report.programme-budgets",
        "report.compute-vouchers",
        "programme.create", "programme.update", "application.review", "application.approve",
        "application.reject", "tranche.plan", "tranche.milestone",
        "consultant.manage", "booking.create", "booking.change", "booking.override",
        "report.consultations", "report.room-utilisation",
        "report.arrears-aging", "report.tenant-statement", "report.deposits",
        "report.billing-summary",
    },
    "director": {
        "report.rent-roll", "report.occupancy", "report.lease-expiry", "audit.view", "db.check",
        "report.financing-pipeline", "report.disbursements", "report.programme-budgets",
        "report.compute-vouchers",
        "programme.create", "programme.update", "application.approve", "application.reject",
        "tranche.plan", "report.consultations", "report.room-utilisation",
        "report.arrears-aging", "report.tenant-statement", "report.deposits",
        "report.billing-summary",
    },
    "admin": {
        "building.create", "floor.create", "floor.update", "audit.view", "user.view", "user.create",
        "user.update", "user.reset_password", "user.set_active", "settings.update", "db.backup",
        "db.upgrade", "db.check",
    },
}  # fmt: skip


def test_the_table_is_the_expected_one():
    for role in ROLE_NAMES:
        assert {a for a in permissions.ACTIONS if permissions.allowed({role}, a)} == EXPECTED[
            role
        ], role


@pytest.mark.sqlite_only(
    "the gate is the same code on both databases; every pair here would double the suite's "
    "longest part, so PostgreSQL walks a sample of pairs (next test)"
)
@pytest.mark.parametrize("role", ROLE_NAMES)
@pytest.mark.parametrize("action", permissions.ACTIONS)
def test_role_action(action, role, ctx, centre, tmp_path):
    _walk(action, role, ctx, centre, tmp_path)


def _sample() -> list[tuple[str, str]]:
    """Per role: the first action it may do and the first it may not (table order)."""
    pairs = []
    for role in ROLE_NAMES:
        allowed = [a for a in permissions.ACTIONS if a in EXPECTED[role]]
        denied = [a for a in permissions.ACTIONS if a not in EXPECTED[role]]
        pairs += [(allowed[0], role), (denied[0], role)]
    return pairs


@pytest.mark.parametrize(("action", "role"), _sample())
def test_role_action_sample_on_both_databases(action, role, ctx, centre, tmp_path):
    _walk(action, role, ctx, centre, tmp_path)


def _walk(action: str, role: str, ctx: AppContext, centre: SmallCentre, tmp_path) -> None:
    call, prep = CALLS[action]
    params = {"dir": tmp_path} | (prep(ctx, centre) if prep else {})
    admin = AppContext(ctx.db, accounts.create_first_admin(ctx.db, "root", "Root", "root-pass-1"))
    params["other"] = accounts.create_user(
        admin, UserInput("other", "Other", ["staff"], "temporary-pw")
    ).id
    # A second administrator, so that removing "other" never trips the last-admin rule.
    accounts.create_user(admin, UserInput("spare", "Spare", ["admin"], "temporary-pw"))
    accounts.create_user(admin, UserInput("actor", "Actor", [role], "temporary-pw"))
    user = AppContext(ctx.db, accounts.authenticate(ctx.db, "actor", "temporary-pw", "ws-9"))
    before = dump(ctx.db)
    if action in EXPECTED[role]:
        call(user, centre, params)
        return
    with pytest.raises(PermissionDenied) as err:
        call(user, centre, params)
    assert err.value.message.startswith("You may not ")
    assert f"(you hold {role})" in err.value.message
    after = dump(ctx.db)
    new_audit = set(after.pop("audit_entries")) - set(before.pop("audit_entries"))
    assert after == before
    with ctx.db.read() as s:
        denied = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "denied").order_by(AuditEntry.id)
        ).all()
    assert len(new_audit) == 1 and len(denied) == 1
    assert (denied[0].actor, denied[0].workstation) == ("actor", "ws-9")
    assert denied[0].entity_type == permissions.permission(action).entity_type
    assert action in denied[0].changes


def test_an_actor_without_roles_may_read_but_not_write(db, centre):
    from adminapp.services.context import Actor

    reader = AppContext(db, Actor("visitor", "ws"))
    assert companies.get_company(reader, centre.companies["alpha"]).name_en == "Alpha Models"
    with pytest.raises(PermissionDenied):
        building.create_unit(reader, _unit_input(centre))
    assert not access.may(reader, "unit.create")


def test_a_role_taken_away_applies_at_once_on_an_open_session(ctx, centre):
    admin = AppContext(ctx.db, accounts.create_first_admin(ctx.db, "root", "Root", "root-pass-1"))
    uid = accounts.create_user(admin, UserInput("wang", "Wang", ["staff"], "temporary-pw")).id
    staff = AppContext(ctx.db, accounts.authenticate(ctx.db, "wang", "temporary-pw"))
    building.create_unit(staff, _unit_input(centre, "7F-10"))
    accounts.update_user(admin, uid, UserInput("wang", "Wang", ["finance"]))
    assert "staff" in staff.actor.roles  # the session still remembers...
    with pytest.raises(PermissionDenied):  # ...but the database decides
        building.create_unit(staff, _unit_input(centre, "7F-11"))


# --- separation of duties and approval limits (the hooks financing uses) -----------------


def test_whoever_reviewed_cannot_approve_and_whoever_approved_cannot_disburse(ctx):
    admin = AppContext(ctx.db, accounts.create_first_admin(ctx.db, "root", "Root", "root-pass-1"))
    accounts.create_user(admin, UserInput("liu", "Liu", ["manager"], "temporary-pw"))
    liu = AppContext(ctx.db, accounts.authenticate(ctx.db, "liu", "temporary-pw"))
    kwargs = dict(entity_type="application", entity_id=7, action="financing.approve")
    access.separate_duties(liu, earlier_login="someone.else", earlier_step="reviewed",
                           step="approve", **kwargs)  # fmt: skip
    access.separate_duties(liu, earlier_login=None, earlier_step="reviewed", step="approve",
                           **kwargs)  # fmt: skip
    before = dump(ctx.db)
    with pytest.raises(PermissionDenied) as err:
        access.separate_duties(
            liu, earlier_login="LIU", earlier_step="reviewed", step="approve", **kwargs
        )
    assert err.value.message == (
        "You reviewed this application, so someone else must approve it (separation of duties)"
    )
    with pytest.raises(PermissionDenied) as err:
        access.separate_duties(
            liu,
            earlier_login="liu",
            earlier_step="approved",
            step="record the disbursement of",
            entity_type="application",
            entity_id=7,
            action="financing.disburse",
        )
    assert "someone else must record the disbursement of it" in err.value.message
    after = dump(ctx.db)
    assert len(after.pop("audit_entries")) == len(before.pop("audit_entries")) + 2
    assert after == before


def test_approval_limits_are_settings_by_role(ctx):
    admin = AppContext(ctx.db, accounts.create_first_admin(ctx.db, "root", "Root", "root-pass-1"))
    for login, role in (("liu", "manager"), ("chen", "director"), ("wang", "staff")):
        accounts.create_user(admin, UserInput(login, login, [role], "temporary-pw"))
    sign = {
        login: AppContext(ctx.db, accounts.authenticate(ctx.db, login, "temporary-pw"))
        for login in ("liu", "chen", "wang")
    }
    kw = dict(entity_type="application", entity_id=1, action="financing.approve")
    limits = app_settings.get_approval_limits(admin)
    assert (limits.manager, limits.director) == (Decimal("1000000.00"), None)
    access.check_approval_limit(sign["liu"], Decimal("1000000"), **kw)
    with pytest.raises(PermissionDenied) as err:
        access.check_approval_limit(sign["liu"], Decimal("1000000.01"), **kw)
    assert err.value.message == (
        "¥1,000,000.01 is above your approval limit of ¥1,000,000.00; a director must approve it"
    )
    access.check_approval_limit(sign["chen"], Decimal("90000000"), **kw)
    with pytest.raises(PermissionDenied):
        access.check_approval_limit(sign["wang"], Decimal("1"), **kw)

    app_settings.set_approval_limits(admin, "¥500,000", "20,000,000", limits.versions)
    with pytest.raises(PermissionDenied):
        access.check_approval_limit(sign["liu"], Decimal("600000"), **kw)
    access.check_approval_limit(sign["chen"], Decimal("20000000"), **kw)
    with pytest.raises(PermissionDenied):
        access.check_approval_limit(sign["chen"], Decimal("20000000.01"), **kw)


def test_approval_limit_input_is_checked_and_versioned(ctx):
    from adminapp.errors import StaleRecordError, ValidationError

    admin = AppContext(ctx.db, accounts.create_first_admin(ctx.db, "root", "Root", "root-pass-1"))
    before = dump(ctx.db)
    for manager, director, field in (
        ("-1", "", "manager"),
        ("abc", "", "manager"),
        ("1.005", "", "manager"),
        ("", "", "manager"),
        ("500000", "400000", "director"),
    ):
        with pytest.raises(ValidationError) as err:
            app_settings.set_approval_limits(admin, manager, director)
        assert err.value.field == field, (manager, director)
    assert dump(ctx.db) == before
    first = app_settings.get_approval_limits(admin)
    app_settings.set_approval_limits(admin, "700000", "", first.versions)
    with pytest.raises(StaleRecordError) as err:
        app_settings.set_approval_limits(admin, "600000", "", first.versions)
    assert "changed by Root (root)" in err.value.message

import datetime as dt
from decimal import Decimal as D

import pytest

from adminapp.errors import ConflictError, ValidationError
from adminapp.services import audit, leases
from adminapp.services.leases import LeaseInput
from tests.dbstate import dump

d = dt.date


JULY_2026, JULY_2027 = d(2026, 7, 1), d(2027, 7, 1)


def new(centre, company="beta", units=("7F-04",), start=JULY_2026, end=JULY_2027, **kw):
    kw.setdefault("rent", "180")
    return LeaseInput(
        centre.companies[company] if company else None,
        [centre.units[u] for u in units],
        start,
        end,
        **kw,
    )


def test_create_lease_computes_area_rent_and_status(ctx, centre):
    view = leases.create_lease(
        ctx, new(centre, units=("7F-04", "1F-02"), rent="6", rent_basis="day")
    )
    assert view.unit_codes == ["1F-02", "7F-04"]
    assert view.area == D("150.00")
    assert view.rent_per_m2_month == D("182.5000")
    assert view.rent_per_m2_day == D("6.0000")
    assert view.monthly_rent == D("27375.00")
    assert view.stage == "signed"
    assert view.reference.startswith("L2026-")
    entries = audit.history(ctx, "lease", view.id)
    assert [e.action for e in entries] == ["create"]
    assert entries[0].actor == "tester"
    assert entries[0].changes["units"] == [None, ["1F-02", "7F-04"]]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end": d(2026, 7, 1)}, "end_date", "End date must be after the start date"),
        ({"end": d(2026, 6, 1)}, "end_date", "End date must be after the start date"),
        ({"rent": "-1"}, "rent", "Rent must not be negative"),
        ({"rent": "abc"}, "rent", "Rent must be a number"),
        ({"deposit": "-5"}, "deposit", "Deposit must not be negative"),
        ({"units": ()}, "unit_ids", "Choose at least one unit"),
        ({"units": ("B1-01",)}, "unit_ids", "out of service: B1-01"),
        ({"company": None}, "company_id", "Choose the company"),
        ({"rent_free_months": 12}, "rent_free_months", "shorter than the term"),
        ({"rent_steps": [(d(2028, 1, 1), D(200))]}, "rent_steps", "outside the term"),
        # 7F-05 is held by L5 until 2026-10-01 (exclusive).
        ({"units": ("7F-05",)}, "unit_ids", "Unit 7F-05 is already leased under L2026-"),
    ],
)
def test_refused_leases_name_the_field_and_change_nothing(ctx, centre, changes, field, message):
    before = dump(ctx.db)
    kw = {}
    args = {}
    for key, value in changes.items():
        if key in ("end", "units", "company", "start"):
            args[key] = value
        else:
            kw[key] = value
    with pytest.raises(ValidationError) as err:
        leases.create_lease(ctx, new(centre, **args, **kw))
    assert field in err.value.errors
    assert message in err.value.errors[field]
    assert dump(ctx.db) == before


def test_touching_terms_are_fine_but_one_shared_day_is_not(ctx, centre):
    # L5 holds 7F-05 for [2026-05-01, 2026-10-01): a lease from 2026-10-01 touches it.
    leases.create_lease(ctx, new(centre, units=("7F-05",), start=d(2026, 10, 1)))
    with pytest.raises(ValidationError):
        leases.create_lease(
            ctx, new(centre, units=("7F-05",), start=d(2026, 4, 1), end=d(2026, 5, 2))
        )
    leases.create_lease(ctx, new(centre, units=("7F-05",), start=d(2026, 4, 1), end=d(2026, 5, 1)))


def test_drafts_hold_nothing_until_signed(ctx, centre):
    draft = leases.create_lease(ctx, new(centre, units=("7F-05",), start=d(2026, 6, 1), draft=True))
    assert draft.status == "draft"
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        leases.sign_lease(ctx, draft.id)
    assert "7F-05" in err.value.errors["unit_ids"]
    assert dump(ctx.db) == before
    leases.delete_draft(ctx, draft.id)
    assert [e.action for e in audit.history(ctx, "lease", draft.id)] == ["create", "delete"]


def test_edit_checks_clashes_excluding_itself(ctx, centre):
    l1 = centre.leases["L1"]
    view = leases.get_lease(ctx, l1)
    data = LeaseInput(view.company_id, view.unit_ids, view.start_date, d(2026, 9, 1), "210")
    edited = leases.update_lease(ctx, l1, data)
    assert edited.end_date == d(2026, 9, 1) and edited.rent_per_m2_month == D("210")
    changes = audit.history(ctx, "lease", l1)[-1].changes
    assert changes["end_date"] == ["2026-07-01", "2026-09-01"]
    assert changes["rent_per_m2_month"] == ["200.0000", "210.0000"]
    data.unit_ids = [*view.unit_ids, centre.units["7F-05"]]
    before = dump(ctx.db)
    with pytest.raises(ValidationError):
        leases.update_lease(ctx, l1, data)
    assert dump(ctx.db) == before


def test_renew_starts_at_the_old_end_with_the_rate_in_force(ctx, centre):
    renewal = leases.renew_lease(ctx, centre.leases["L2"], d(2030, 1, 1))
    assert renewal.start_date == d(2028, 1, 1)
    assert renewal.rent_per_m2_month == D("165.0000")  # the step from 2027-01-01
    assert renewal.renewal_of_id == centre.leases["L2"]
    assert renewal.unit_codes == ["7F-03"]
    with pytest.raises(ConflictError, match="already been renewed"):
        leases.renew_lease(ctx, centre.leases["L2"], d(2031, 1, 1))
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        leases.renew_lease(ctx, centre.leases["L1"], d(2026, 6, 1))
    assert "end_date" in err.value.errors
    assert dump(ctx.db) == before


def test_terminate_moves_the_end_and_keeps_the_reason(ctx, centre):
    view = leases.terminate_lease(ctx, centre.leases["L2"], d(2026, 9, 1), "Company acquired")
    assert (view.end_date, view.stage, view.terminated_on) == (
        d(2026, 9, 1),
        "terminated",
        d(2026, 9, 1),
    )
    assert view.termination_reason == "Company acquired"
    assert view.rent_steps == []  # the 2027 step fell after the new end
    assert (
        leases.lease_status("terminated", view.start_date, view.end_date, d(2026, 9, 1))
        == "terminated"
    )
    # The unit is free from the termination date.
    leases.create_lease(ctx, new(centre, units=("7F-03",), start=d(2026, 9, 1)))
    entry = audit.history(ctx, "lease", view.id)[-1]
    assert entry.action == "terminate"
    assert entry.changes["end_date"] == ["2028-01-01", "2026-09-01"]


@pytest.mark.parametrize(
    ("on", "reason", "field"),
    [
        (d(2025, 12, 1), "x", "terminated_on"),
        (d(2026, 1, 1), "x", "terminated_on"),
        (d(2028, 1, 1), "x", "terminated_on"),
        (None, "x", "terminated_on"),
        (d(2026, 9, 1), "  ", "termination_reason"),
    ],
)
def test_refused_terminations(ctx, centre, on, reason, field):
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        leases.terminate_lease(ctx, centre.leases["L2"], on, reason)
    assert field in err.value.errors
    assert dump(ctx.db) == before


def test_terminated_leases_are_closed(ctx, centre):
    with pytest.raises(ConflictError):
        leases.terminate_lease(ctx, centre.leases["L4"], d(2026, 1, 1), "again")
    with pytest.raises(ConflictError):
        leases.renew_lease(ctx, centre.leases["L4"], d(2030, 1, 1))


def test_database_refuses_bad_rows_even_around_the_services(db):
    from sqlalchemy.exc import IntegrityError

    from adminapp.models import Company, Lease

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(Company(name_en="X", credit_code="91350100M000100Y43", segment="scene_design"))
        s.flush()
        s.add(
            Lease(
                reference="X1",
                company_id=1,
                start_date=d(2026, 1, 1),
                end_date=d(2025, 1, 1),
                rent_per_m2_month=D(1),
                deposit=D(0),
                stage="signed",
            )
        )
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(Company(name_en="X", credit_code="91350100M000100Y43", segment="scene_design"))
        s.flush()
        s.add(
            Lease(
                reference="X1",
                company_id=1,
                start_date=d(2026, 1, 1),
                end_date=d(2027, 1, 1),
                rent_per_m2_month=D(-1),
                deposit=D(0),
                stage="signed",
            )
        )


def test_editing_a_lease_with_rent_steps_keeps_or_changes_them(ctx, centre):
    """Regression: re-saving steps used to insert before deleting and break UNIQUE(lease, date)."""
    l2 = leases.get_lease(ctx, centre.leases["L2"])
    data = LeaseInput(
        l2.company_id,
        l2.unit_ids,
        l2.start_date,
        l2.end_date,
        "155",
        rent_steps=list(l2.rent_steps),
    )
    assert leases.update_lease(ctx, l2.id, data).rent_steps == [(d(2027, 1, 1), D("165.0000"))]
    data.rent_steps = [(d(2027, 1, 1), D("170")), (d(2027, 6, 1), D("175"))]
    saved = leases.update_lease(ctx, l2.id, data)
    assert saved.rent_steps == [(d(2027, 1, 1), D("170.0000")), (d(2027, 6, 1), D("175.0000"))]
    changes = audit.history(ctx, "lease", l2.id)[-1].changes
    assert changes["rent_steps"] == [
        [["2027-01-01", "165.0000"]],
        [["2027-01-01", "170.0000"], ["2027-06-01", "175.0000"]],
    ]

"""Two workstations edit one record: the later save over an unseen change is refused."""

import datetime as dt

import pytest

from adminapp.db import Database
from adminapp.errors import StaleRecordError
from adminapp.services import building, companies, leases
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from tests.dbstate import dump
from tests.factories import build_small_centre


def _two_stations(db):
    first = AppContext(db, Actor("wang.li", "ws1", roles=ALL_ROLES))
    second = AppContext(Database(db.url), Actor("chen.yu", "ws2", roles=ALL_ROLES))
    return first, second


def test_a_stale_company_save_is_refused_with_who_and_when(db):
    first, second = _two_stations(db)
    try:
        centre = build_small_centre(first)
        cid = centre.companies["alpha"]
        opened_by_first = companies.get_company(first, cid)
        opened_by_second = companies.get_company(second, cid)
        form = companies.CompanyInput(
            opened_by_second.name_en,
            opened_by_second.credit_code,
            opened_by_second.segment,
            contact_name="Chen Yu",
        )
        companies.update_company(second, cid, form, expected_version=opened_by_second.version)
        before = dump(db)
        form.contact_name = "Wang Li"
        with pytest.raises(StaleRecordError) as err:
            companies.update_company(first, cid, form, expected_version=opened_by_first.version)
        assert "Alpha Models was changed by chen.yu at " in str(err.value)
        assert dump(db) == before
        assert companies.get_company(first, cid).contact_name == "Chen Yu"
        # After reloading, the first workstation's save goes through.
        fresh = companies.get_company(first, cid)
        companies.update_company(first, cid, form, expected_version=fresh.version)
        assert companies.get_company(second, cid).contact_name == "Wang Li"
    finally:
        second.db.dispose()


def test_stale_unit_and_lease_saves_are_refused(db):
    first, second = _two_stations(db)
    try:
        centre = build_small_centre(first)
        unit = building.get_unit(first, centre.units["7F-04"])
        data = building.UnitInput(unit.floor_id, unit.code, unit.kind, "101")
        building.update_unit(second, unit.id, data, expected_version=unit.version)
        with pytest.raises(StaleRecordError, match="Unit 7F-04 was changed by chen.yu"):
            building.update_unit(first, unit.id, data, expected_version=unit.version)

        lease = leases.get_lease(first, centre.leases["L2"])
        leases.terminate_lease(
            second, lease.id, dt.date(2026, 9, 1), "Moved out", expected_version=lease.version
        )
        form = leases.LeaseInput(
            lease.company_id, lease.unit_ids, lease.start_date, lease.end_date, "160"
        )
        with pytest.raises(StaleRecordError, match="was changed by chen.yu"):
            leases.update_lease(first, lease.id, form, expected_version=lease.version)
        with pytest.raises(StaleRecordError):
            leases.renew_lease(first, lease.id, dt.date(2030, 1, 1), expected_version=lease.version)
    finally:
        second.db.dispose()

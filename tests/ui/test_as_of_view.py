"""A record "as it was on…" a chosen date, opened from the detail panels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QUrl

from adminapp.models import Company
from adminapp.services import audit, companies, leases
from adminapp.services.context import CENTRE_TZ, centre_today
from tests.factories import build_small_centre, credit_code
from tests.ui.test_dialogs_support import answer_modal
from ui.dialogs.as_of_dialog import AsOfDialog
from ui.dialogs.as_of_fields import ENTITIES
from ui.pages.companies import CompaniesPage
from ui.pages.leases import LeasesPage
from ui.pages.units import UnitsPage

D = dt.date


def at(month: int, day: int, hour: int = 10) -> dt.datetime:
    """A moment in 2025, centre time."""
    return dt.datetime(2025, month, day, hour, 0, tzinfo=CENTRE_TZ)


class Clock:
    """Stands in for ``audit.centre_now``: every entry is written at ``clock.now``."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    c = Clock(at(1, 5, 9))
    monkeypatch.setattr(audit, "centre_now", c)
    return c


@pytest.fixture
def frozen_centre(ctx, clock):
    """The small centre, built on 2025-01-05 by the frozen clock."""
    return build_small_centre(ctx)


def lease_form(c, units=("7F-04",), rent="180", steps=(), notes="") -> leases.LeaseInput:
    return leases.LeaseInput(
        c.companies["beta"],
        [c.units[u] for u in units],
        D(2025, 7, 1),
        D(2026, 7, 1),
        rent,
        deposit="36000",
        rent_steps=list(steps),
        notes=notes,
    )


@pytest.fixture
def edited_lease(ctx, frozen_centre, clock) -> int:
    """Created 1 Mar 2025; rent 2 Mar; a unit added 3 Mar; a rent step 4 Mar; notes 5 Mar."""
    c = frozen_centre
    clock.now = at(3, 1)
    lease_id = leases.create_lease(ctx, lease_form(c)).id
    clock.now = at(3, 2)
    leases.update_lease(ctx, lease_id, lease_form(c, rent="190"))
    clock.now = at(3, 3)
    two = ("7F-04", "1F-02")
    leases.update_lease(ctx, lease_id, lease_form(c, units=two, rent="190"))
    clock.now = at(3, 4)
    step = [(D(2026, 1, 1), Decimal("200"))]
    leases.update_lease(ctx, lease_id, lease_form(c, units=two, rent="190", steps=step))
    clock.now = at(3, 5)
    leases.update_lease(
        ctx, lease_id, lease_form(c, units=two, rent="190", steps=step, notes="Signed by Li")
    )
    return lease_id


@pytest.fixture
def open_as_of(qtbot, ctx):
    def make(entity_type: str, entity_id: int, on: dt.date | None = None) -> AsOfDialog:
        dialog = AsOfDialog(None, ctx, entity_type, entity_id, on)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def shown(dialog: AsOfDialog) -> dict[str, tuple[str, str, bool]]:
    """Label → (value on the chosen date, value today, marked as different)."""
    return {r.label: (r.then, r.today, r.differs) for r in dialog.rows}


def test_a_lease_as_it_was_after_each_edit(open_as_of, edited_lease):
    dialog = open_as_of("lease", edited_lease)
    assert dialog.date_edit.date_value() == centre_today()  # opens on today
    assert not any(r.differs for r in dialog.rows)
    assert dialog.heading.text() == "L2025-00003"

    dialog.set_date(D(2025, 3, 1))  # as created
    rows = shown(dialog)
    assert rows["Units"] == ("7F-04", "1F-02, 7F-04", True)
    assert rows["Area"] == ("100.00 m²", "150.00 m²", True)
    assert rows["Starting rate per m² per month"] == ("¥180.00", "¥190.00", True)
    assert rows["Rent steps"] == ("", "2026-01-01: ¥200.00", True)
    assert rows["Deposit"] == ("¥36,000.00", "¥36,000.00", False)
    assert rows["Term"] == ("2025-07-01 → 2026-07-01", "2025-07-01 → 2026-07-01", False)
    assert rows["Notes"] == ("", "Signed by Li", True)
    assert rows["Company"][0] == "Beta Apps 贝塔应用"
    assert dialog.message.text().startswith("9 of its values on 2025-03-01 differ from today.")
    assert "Last change by then: 2025-03-01 10:00 by tester (create)" in dialog.message.text()

    dialog.set_date(D(2025, 3, 2))  # the rent edited; still one unit
    rows = shown(dialog)
    assert rows["Starting rate per m² per month"] == ("¥190.00", "¥190.00", False)
    assert rows["Units"][0] == "7F-04"
    # The rent in force on that date, before the lease started: its first rate, for 100 m².
    assert rows["Rent per m² per month"][0] == "¥190.00"
    assert rows["Monthly rent"][0] == "¥19,000.00"

    dialog.set_date(D(2025, 3, 3))  # the second unit
    rows = shown(dialog)
    assert rows["Units"] == ("1F-02, 7F-04", "1F-02, 7F-04", False)
    assert rows["Area"][0] == "150.00 m²"
    assert rows["Rent steps"][0] == ""

    dialog.set_date(D(2025, 3, 5))  # the last edit: as today, save the status
    rows = shown(dialog)
    assert {label for label, (_then, _now, differs) in rows.items() if differs} <= {
        "Status on that date",
        "Rent per m² per month",
        "Rent per m² per day",
        "Monthly rent",
    }
    assert rows["Status on that date"][0] == "Upcoming"


def test_a_lease_before_it_was_created_did_not_exist(open_as_of, edited_lease):
    dialog = open_as_of("lease", edited_lease, D(2025, 2, 28))
    assert dialog.rows == [] and not dialog.existed
    assert dialog.message.text() == (
        "On 2025-02-28 this lease did not exist yet. It was created on 2025-03-01 10:00 by tester."
    )
    assert not dialog.table.isVisibleTo(dialog)
    dialog.set_date(D(2025, 3, 1))
    assert dialog.existed and dialog.table.isVisibleTo(dialog)


def test_earlier_and_later_change_step_through_the_days_with_changes(open_as_of, edited_lease):
    dialog = open_as_of("lease", edited_lease, D(2025, 2, 1))
    assert not dialog.earlier_button.isEnabled()
    dialog.later_button.click()
    assert dialog.date_edit.date_value() == D(2025, 3, 1)
    dialog.later_button.click()
    dialog.later_button.click()
    assert dialog.date_edit.date_value() == D(2025, 3, 3)
    dialog.earlier_button.click()
    assert dialog.date_edit.date_value() == D(2025, 3, 2)
    dialog.set_date(D(2025, 3, 5))
    assert not dialog.later_button.isEnabled()


def test_a_company_edited_several_times(ctx, open_as_of, frozen_centre, clock):
    company_id = frozen_centre.companies["alpha"]

    def edit(day: int, **changes) -> None:
        clock.now = at(4, day)
        c = companies.get_company(ctx, company_id)
        form = companies.CompanyInput(
            c.name_en,
            c.credit_code,
            c.segment,
            name_zh=c.name_zh,
            stage=c.stage,
            contact_name=c.contact_name,
            contact_phone=c.contact_phone,
            contact_email=c.contact_email,
            admitted_on=c.admitted_on,
            graduated_on=c.graduated_on,
        )
        for name, value in changes.items():
            setattr(form, name, value)
        companies.update_company(ctx, company_id, form, expected_version=c.version)

    edit(10, contact_name="Wang Li", stage="angel")
    edit(20, contact_name="Chen Yu", stage="series_a", name_zh="阿尔法大模型")
    edit(30, graduated_on=D(2025, 4, 30))

    dialog = open_as_of("company", company_id, D(2025, 4, 1))
    rows = shown(dialog)
    assert rows["Contact"] == ("", "Chen Yu", True)
    assert rows["Stage"] == ("Seed", "Series A", True)
    assert rows["Chinese name"] == ("阿尔法模型", "阿尔法大模型", True)
    assert rows["Graduated"] == ("", "2025-04-30", True)
    assert rows["Admitted"] == ("2024-01-01", "2024-01-01", False)
    assert rows["Credit code"][2] is False
    assert "4 of its values on 2025-04-01 differ from today." in dialog.message.text()

    dialog.set_date(D(2025, 4, 15))
    rows = shown(dialog)
    assert rows["Contact"][0] == "Wang Li" and rows["Stage"][0] == "Angel"
    assert rows["Chinese name"][0] == "阿尔法模型"

    dialog.set_date(D(2025, 4, 30))
    assert not any(r.differs for r in dialog.rows)
    assert "On 2025-04-30 it was as it is today." in dialog.message.text()

    dialog.set_date(D(2025, 1, 4))  # the day before the centre was built
    assert "did not exist yet" in dialog.message.text()


def test_a_unit_shows_its_floor_kind_and_area(ctx, open_as_of, frozen_centre, clock):
    from adminapp.services import building

    unit_id = frozen_centre.units["7F-04"]
    u = building.get_unit(ctx, unit_id)
    clock.now = at(6, 1)
    building.update_unit(
        ctx,
        unit_id,
        building.UnitInput(u.floor_id, u.code, "lab", "110", in_service=False),
        expected_version=u.version,
    )
    rows = shown(open_as_of("unit", unit_id, D(2025, 5, 31)))
    assert rows["Kind"] == ("Compute room", "Lab", True)
    assert rows["Rentable area"] == ("100.00 m²", "110.00 m²", True)
    assert rows["In service"] == ("Yes", "No", True)
    assert rows["Floor"] == ("7F", "7F", False)


def test_a_record_loaded_without_history_is_worked_back_from_its_changes(
    ctx, open_as_of, frozen_centre, clock
):
    # Loaded in bulk (as the demo generator does): a row with no audit entry.
    with ctx.db.write() as s:
        company = Company(
            name_en="Kappa Robotics",
            name_zh="卡帕机器人",
            credit_code=credit_code(20),
            segment="base_technology",
            stage="seed",
            contact_name="Zhao Min",
            contact_phone="",
            contact_email="",
            admitted_on=D(2024, 9, 1),
        )
        s.add(company)
        s.flush()
        company_id = company.id
    dialog = open_as_of("company", company_id, D(2025, 1, 1))
    assert dialog.existed  # not "did not exist": nothing says when it was loaded
    assert "No change to it has been recorded" in dialog.message.text()
    assert shown(dialog)["Contact"] == ("Zhao Min", "Zhao Min", False)
    dialog.close()

    clock.now = at(5, 1)
    c = companies.get_company(ctx, company_id)
    companies.update_company(
        ctx,
        company_id,
        companies.CompanyInput(
            c.name_en, c.credit_code, c.segment, name_zh=c.name_zh, contact_name="Sun Lei"
        ),
        expected_version=c.version,
    )
    before = open_as_of("company", company_id, D(2025, 4, 30))
    assert before.existed
    rows = shown(before)
    assert rows["Contact"] == ("Zhao Min", "Sun Lei", True)  # what the change replaced
    assert rows["Chinese name"] == ("卡帕机器人", "卡帕机器人", False)  # never changed
    assert "Its recorded history starts on 2025-05-01 10:00" in before.message.text()
    after = open_as_of("company", company_id, D(2025, 5, 2))
    assert shown(after)["Contact"] == ("Sun Lei", "Sun Lei", False)
    assert shown(after)["English name"][0] == "Kappa Robotics"


def test_a_record_type_without_an_entry_shows_its_fields_by_name(open_as_of, frozen_centre):
    assert "floor" not in ENTITIES
    dialog = open_as_of("floor", frozen_centre.floors["7"])
    rows = shown(dialog)
    assert rows["Label"] == ("7", "7", False)
    assert rows["Gross area"][0] == "2,500.00"


@pytest.mark.parametrize(
    ("page_cls", "entity_type", "key"),
    [(LeasesPage, "lease", "L2"), (CompaniesPage, "company", "beta"), (UnitsPage, "unit", "7F-03")],
)
def test_the_detail_panel_link_opens_the_selected_record(
    qtbot, ctx, signals, settings, centre, page_cls, entity_type, key
):
    page = page_cls(ctx, signals, settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    record_id = {"lease": centre.leases, "company": centre.companies, "unit": centre.units}[
        entity_type
    ][key]
    assert page.select_id(record_id)
    assert "As it was on…" in page.detail.toPlainText()
    opened = []

    def look(dialog):
        opened.append((dialog.entity_type, dialog.entity_id, dialog.date_edit.date_value()))
        dialog.reject()

    answer_modal(look)
    page.detail.anchorClicked.emit(QUrl("as-of"))
    assert opened == [(entity_type, record_id, centre_today())]


def test_a_refusal_recorded_against_the_record_is_not_a_change(
    ctx, open_as_of, edited_lease, clock
):
    clock.now = at(3, 20)
    with ctx.db.write() as s:  # what a refused edit leaves in the audit trail
        audit.record(
            s, ctx, "denied", "lease", edited_lease, {"action": [None, "lease.update"]}, "No"
        )
    dialog = open_as_of("lease", edited_lease, D(2025, 3, 25))
    assert "Last change by then: 2025-03-05 10:00 by tester (update)" in dialog.message.text()
    dialog.earlier_button.click()
    assert dialog.date_edit.date_value() == D(2025, 3, 5)
    assert not dialog.later_button.isEnabled()


def test_a_deleted_draft_shows_its_values_and_says_it_is_gone(
    ctx, open_as_of, frozen_centre, clock
):
    c = frozen_centre
    clock.now = at(8, 1)
    draft = leases.create_lease(
        ctx,
        leases.LeaseInput(
            c.companies["gamma"],
            [c.units["7F-04"]],
            D(2026, 1, 1),
            D(2027, 1, 1),
            "150",
            draft=True,
        ),
    )
    clock.now = at(8, 2)
    leases.delete_draft(ctx, draft.id)
    dialog = open_as_of("lease", draft.id, D(2025, 8, 1))
    assert dialog.heading.text() == f"lease #{draft.id}"
    rows = shown(dialog)
    assert rows["Status on that date"] == ("Draft", "", True)
    assert rows["Units"] == ("7F-04", "", True)
    assert "This lease no longer exists." in dialog.message.text()
    dialog.set_date(D(2025, 8, 2))
    assert dialog.message.text().startswith("On 2025-08-02 this lease had been deleted")
    assert shown(dialog)["Units"][0] == "7F-04"

"""Defects a review of the financing window found in the services, kept as regression tests
(each first comment names the defect as it was)."""

from __future__ import annotations

import pytest

from adminapp.errors import ValidationError
from adminapp.services import financing as fin
from adminapp.services.financing import pipeline
from adminapp.services.listing_sql import ListQuery
from tests.test_financing_setup import ON, as_user, attach_all, make_draft, make_programme


def refs(ctx, **kw) -> list[str]:
    return [r.reference for r in pipeline.list_applications(ctx, ListQuery(**kw))]


def test_sorting_by_reference_orders_by_the_reference(ctx, centre):
    # Was: pipeline.PIPELINE_SORTS["reference"] sorts by id, so the Reference header mixes years.
    p = make_programme(ctx, budgets={2026: "5000000", 2027: "5000000"})
    make_draft(ctx, centre, p, year=2027)  # F2027-00001
    make_draft(ctx, centre, p, year=2026)  # F2026-00001
    make_draft(ctx, centre, p, year=2027)  # F2027-00002
    assert refs(ctx, sort="reference") == ["F2026-00001", "F2027-00001", "F2027-00002"]
    assert refs(ctx, sort="reference", descending=True) == [
        "F2027-00002",
        "F2027-00001",
        "F2026-00001",
    ]


@pytest.mark.parametrize("key", ["submitted", "approved", "score"])
def test_blank_values_sort_after_real_ones(ctx, centre, tmp_path, key):
    # Was: NULL order is left to the database (SQLite: blanks first ascending; PostgreSQL:
    # blanks first descending), so sorting by Submitted/Approved/Score can open on blank rows.
    p = make_programme(ctx)
    a = make_draft(ctx, centre, p, company="alpha")
    attach_all(ctx, a, tmp_path)
    fin.submit_application(ctx, a, ON)
    fin.start_review(ctx, a)
    fin.review_application(
        as_user(ctx, "rev", "staff"), a, {"Technical merit": 8, "Team": 6, "Impact": 7}
    )
    fin.approve_application(as_user(ctx, "boss", "director"), a, "100000")
    blank = make_draft(ctx, centre, p, company="beta")
    for descending in (False, True):
        rows = pipeline.list_applications(ctx, ListQuery(sort=key, descending=descending))
        assert [r.id for r in rows] == [a, blank], (key, descending)


def test_a_programme_without_a_rubric_is_refused(ctx, centre):
    # Was: a programme could be saved with no review criteria, but review_application refuses
    # to review it and approve_application needs a review: every application was stuck.
    from tests.dbstate import dump

    before = dump(ctx.db)
    with pytest.raises(ValidationError) as refused:
        make_programme(ctx, criteria=[])
    assert refused.value.errors["criteria"] == (
        "Give at least one review criterion: applications are scored on it"
    )
    assert dump(ctx.db) == before

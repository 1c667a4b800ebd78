"""Financing applications: drafts, documents, submission rules, reviews."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import select

from adminapp.db import data_dir
from adminapp.errors import ConflictError, StaleRecordError, ValidationError
from adminapp.models import AuditEntry
from adminapp.services import financing as fin
from tests.dbstate import dump
from tests.test_financing_setup import (
    DOCUMENTS,
    ON,
    as_user,
    attach_all,
    make_draft,
    make_programme,
)

d = dt.date


def _audit_actions(ctx, app_id: int) -> list[str]:
    with ctx.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "application", AuditEntry.entity_id == app_id)
                .order_by(AuditEntry.id)
            )
        )


def test_a_draft_is_numbered_and_its_history_starts(ctx, centre):
    pid = make_programme(ctx)
    first = fin.get_application(ctx, make_draft(ctx, centre, pid))
    second = fin.get_application(ctx, make_draft(ctx, centre, pid, company="beta", year=2027))
    third = fin.get_application(ctx, make_draft(ctx, centre, pid, company="delta"))
    assert [first.reference, second.reference, third.reference] == [
        "F2026-00001", "F2027-00001", "F2026-00002",
    ]  # fmt: skip
    assert (first.status, first.company_name, first.programme_name, first.unit) == (
        "draft", "Alpha Models", "Compute rental subsidy", "CNY",
    )  # fmt: skip
    assert (first.requested_amount, first.eligible_cost) == (
        Decimal("600000.00"),
        Decimal("2400000.00"),
    )
    assert first.missing_documents == DOCUMENTS
    assert [(x.from_status, x.to_status, x.by) for x in first.steps] == [(None, "draft", "tester")]
    assert _audit_actions(ctx, first.id) == ["create"]


BAD = [
    ({"company_id": None}, "company_id", "Choose the company"),
    ({"programme_id": None}, "programme_id", "Choose the programme"),
    ({"year": 26}, "year", "budget year"),
    ({"requested_amount": "0"}, "requested_amount", "more than zero"),
    ({"requested_amount": "a lot"}, "requested_amount", "must be a number"),
    ({"eligible_cost": "-1"}, "eligible_cost", "must not be negative"),
]


def test_draft_fields_are_checked_and_nothing_is_written(ctx, centre):
    pid = make_programme(ctx)
    closed = make_programme(ctx, name_en="Old policy", active=False)
    before = dump(ctx.db)
    for overrides, field, text in BAD:
        values = (
            dict(
                company_id=centre.companies["alpha"],
                programme_id=pid,
                year=2026,
                requested_amount="100",
                eligible_cost="1000",
            )
            | overrides
        )
        with pytest.raises(ValidationError) as err:
            fin.create_application(ctx, fin.ApplicationInput(**values))
        assert err.value.field == field and text in err.value.message, (overrides, err.value)
    with pytest.raises(ValidationError) as err:
        fin.create_application(
            ctx, fin.ApplicationInput(centre.companies["alpha"], closed, 2026, "1", "1")
        )
    assert err.value.errors == {"programme_id": "Programme Old policy is closed to applications"}
    assert dump(ctx.db) == before


def test_only_a_draft_is_edited_and_never_over_someone_elses_edit(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    other = make_programme(ctx, name_en="Model-use voucher", kind="voucher", cap_percent="50")
    app_id = make_draft(ctx, centre, pid)
    v1 = fin.get_application(ctx, app_id).version
    data = fin.ApplicationInput(centre.companies["alpha"], other, 2026, "700000", "2400000", "API")
    edited = fin.update_application(ctx, app_id, data, expected_version=v1)
    assert (edited.programme_name, edited.requested_amount, edited.version) == (
        "Model-use voucher", Decimal("700000.00"), v1 + 1,
    )  # fmt: skip
    before = dump(ctx.db)
    with pytest.raises(StaleRecordError) as err:
        fin.update_application(ctx, app_id, data, expected_version=v1)
    assert "F2026-00001 was changed by tester" in err.value.message
    assert dump(ctx.db) == before
    attach_all(ctx, app_id, tmp_path)
    fin.submit_application(ctx, app_id, ON)
    with pytest.raises(ConflictError, match="only a draft can be edited"):
        fin.update_application(ctx, app_id, data)
    assert _audit_actions(ctx, app_id) == ["create", "update", "attach", "attach", "submit"]


def test_documents_are_copied_with_their_sha256(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = make_draft(ctx, centre, pid)
    source = tmp_path / "营业执照 scan.pdf"
    content = b"%PDF-1.7 licence " * 1000
    source.write_bytes(content)
    app = fin.attach_document(ctx, app_id, " Business licence ", source)
    (doc,) = app.documents
    assert doc.name == "Business licence" and doc.original_filename == "营业执照 scan.pdf"
    assert doc.sha256 == hashlib.sha256(content).hexdigest() and doc.size == len(content)
    assert doc.stored_path.startswith("financing/F2026-00001/") and doc.added_by == "tester"
    copy = fin.document_path(doc)
    assert copy.is_relative_to(data_dir()) and copy.read_bytes() == content
    source.write_bytes(b"changed later")  # the copy is the application's, not the original
    assert copy.read_bytes() == content
    assert app.missing_documents == ["Compute contract"]

    before = dump(ctx.db)
    files = sorted(data_dir().rglob("*"))
    for name, path, field in (
        ("Compute contract", tmp_path / "nowhere.pdf", "file"),
        ("Compute contract", tmp_path, "file"),
        ("", source, "name"),
    ):
        with pytest.raises(ValidationError) as err:
            fin.attach_document(ctx, app_id, name, path)
        assert err.value.field == field
    assert "File not found" in fin_attach_message(ctx, app_id, tmp_path / "nowhere.pdf")
    assert dump(ctx.db) == before and sorted(data_dir().rglob("*")) == files


def fin_attach_message(ctx, app_id, path) -> str:
    with pytest.raises(ValidationError) as err:
        fin.attach_document(ctx, app_id, "Compute contract", path)
    return err.value.message


def test_submission_needs_every_required_document(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = make_draft(ctx, centre, pid)
    attach_all(ctx, app_id, tmp_path, names=["business LICENCE"])  # names match ignoring case
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.submit_application(ctx, app_id, ON)
    assert err.value.errors == {
        "documents": "Attach the required documents first: Compute contract"
    }
    assert dump(ctx.db) == before
    attach_all(ctx, app_id, tmp_path, names=["Compute contract"])
    app = fin.submit_application(ctx, app_id, ON)
    assert (app.status, app.submitted_on, app.missing_documents) == ("submitted", ON, [])
    assert (app.steps[-1].from_status, app.steps[-1].to_status) == ("draft", "submitted")
    with pytest.raises(ConflictError, match="attached while it is a draft"):
        attach_all(ctx, app_id, tmp_path, names=["Extra"])


def test_submission_only_inside_a_window_half_open(ctx, centre, tmp_path):
    pid = make_programme(
        ctx, windows=[(d(2026, 1, 8), d(2026, 1, 25)), (d(2026, 6, 1), d(2026, 6, 15))]
    )
    app_id = make_draft(ctx, centre, pid, company="beta")
    attach_all(ctx, app_id, tmp_path)
    before = dump(ctx.db)
    for day in (d(2026, 1, 7), d(2026, 1, 25), ON, d(2026, 5, 31)):
        with pytest.raises(ValidationError) as err:
            fin.submit_application(ctx, app_id, day)
        assert err.value.errors == {
            "submitted_on": "Compute rental subsidy takes applications 2026-01-08 to 2026-01-24, "
            f"2026-06-01 to 2026-06-14 (last days included), not on {day}"
        }
    assert dump(ctx.db) == before
    assert fin.submit_application(ctx, app_id, d(2026, 6, 14)).submitted_on == d(2026, 6, 14)


@pytest.mark.parametrize(
    ("overrides", "company", "problem"),
    [
        ({}, "gamma", "it holds no lease in force on 2026-06-15, and the programme requires one"),
        (
            {"min_months_in_residence": 6},
            "beta",
            "it has been in residence 5.5 months on 2026-06-15 (since its first lease), "
            "and the programme requires 6",
        ),
        (
            {"segments": ["base_technology", "compute_support"]},
            "beta",
            "its segment is application_development, and the programme is open to "
            "base_technology, compute_support",
        ),
    ],
    ids=["active-lease", "months-in-residence", "segment"],
)
def test_eligibility_is_checked_on_the_submission_date(
    ctx, centre, tmp_path, overrides, company, problem
):
    pid = make_programme(ctx, **overrides)
    app_id = make_draft(ctx, centre, pid, company=company)
    attach_all(ctx, app_id, tmp_path)
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.submit_application(ctx, app_id, ON)
    name = fin.get_application(ctx, app_id).company_name
    assert err.value.errors == {"company_id": f"{name} is not eligible: {problem}"}
    assert dump(ctx.db) == before
    eligible = make_draft(ctx, centre, pid, company="alpha")  # 11.5 months, base_technology
    attach_all(ctx, eligible, tmp_path)
    assert fin.submit_application(ctx, eligible, ON).status == "submitted"


def test_withdrawing_needs_a_reason_and_keeps_who_and_why(ctx, centre):
    pid = make_programme(ctx)
    app_id = make_draft(ctx, centre, pid)
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.withdraw_application(ctx, app_id, "  ")
    assert err.value.errors == {"reason": "Give the reason for withdrawing"}
    assert dump(ctx.db) == before
    clerk = as_user(ctx, "clerk", "staff")
    app = fin.withdraw_application(clerk, app_id, "The company found other funding")
    last = app.steps[-1]
    assert (last.from_status, last.to_status, last.by, last.reason) == (
        "draft", "withdrawn", "clerk", "The company found other funding",
    )  # fmt: skip
    assert _audit_actions(ctx, app_id) == ["create", "withdraw"]


def test_reviews_score_the_rubric_and_the_score_is_kept(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = make_draft(ctx, centre, pid)
    attach_all(ctx, app_id, tmp_path)
    fin.submit_application(ctx, app_id, ON)
    rev = as_user(ctx, "rev", "staff")
    with pytest.raises(ConflictError, match="start the review first"):
        fin.review_application(rev, app_id, {"Technical merit": 8, "Team": 6, "Impact": 7})
    fin.start_review(ctx, app_id)
    before = dump(ctx.db)
    for scores, text in (
        ({"Technical merit": 8, "Team": 6}, "missing: Impact"),
        ({"Technical merit": 8, "Team": 6, "Impact": 7, "Luck": 3}, "Not a criterion"),
        ({"Technical merit": 11, "Team": 6, "Impact": 7}, "check Technical merit"),
        ({"Technical merit": 8, "Team": 6.5, "Impact": 7}, "whole numbers from 0 to 10"),
    ):
        with pytest.raises(ValidationError) as err:
            fin.review_application(rev, app_id, scores)
        assert err.value.field == "scores" and text in err.value.message
    assert dump(ctx.db) == before
    app = fin.review_application(rev, app_id, {"Technical merit": 8, "Team": 6, "Impact": 7}, "ok")
    (review,) = app.reviews
    assert review.score == Decimal("7.10") and app.score == Decimal("7.10")  # (24+12+35)/10
    assert review.scores == [
        ("Technical merit", Decimal("3.00"), 8), ("Team", Decimal("2.00"), 6),
        ("Impact", Decimal("5.00"), 7),
    ]  # fmt: skip
    with pytest.raises(ConflictError, match="already reviewed"):
        fin.review_application(rev, app_id, {"Technical merit": 1, "Team": 1, "Impact": 1})
    app = fin.review_application(
        as_user(ctx, "mgr", "manager"), app_id, {"Technical merit": 10, "Team": 9, "Impact": 8}
    )
    assert app.reviews[1].score == Decimal("8.80") and app.score == Decimal("7.95")
    assert fin.get_application(ctx, app_id).score == Decimal("7.95")
    assert _audit_actions(ctx, app_id)[-3:] == ["start_review", "review", "review"]

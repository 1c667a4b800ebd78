"""The pipeline list behind the Financing page: filters, search, sorting, paging, company totals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from adminapp.services import financing as fin
from adminapp.services.financing import pipeline
from adminapp.services.listing_sql import ListQuery
from tests.test_financing_setup import ON, as_user, make_draft, make_programme, under_review


@pytest.fixture
def pipe(ctx, centre, tmp_path):
    """Two programmes (one CNY compute, one GPU-hours voucher, one open-data grant) and
    applications in several states: Alpha approved and part-paid, Beta under review,
    Gamma withdrawn, Delta a draft, a voucher for Alpha."""
    compute = make_programme(ctx)
    data = make_programme(
        ctx,
        name_en="Open data grant",
        name_zh="开放数据资助",
        kind="grant",
        platform="open_data",
        budgets={2026: "2000000", 2025: "1000000"},
    )
    voucher = make_programme(
        ctx,
        name_en="GPU voucher",
        name_zh="算力券",
        kind="voucher",
        unit="GPU_HOURS",
        budgets={2026: "100000"},
        cap_per_company_year="20000",
        cap_percent="50",
    )
    approved = under_review(ctx, centre, compute, tmp_path, company="alpha")
    boss = as_user(ctx, "boss", "manager")
    fin.approve_application(boss, approved, "500000", "ok")
    fin.plan_tranches(
        boss,
        approved,
        [
            fin.TrancheInput(dt.date(2026, 7, 1), "300000", "Contract signed"),
            fin.TrancheInput(dt.date(2026, 9, 1), "200000", "Report"),
        ],
    )
    fin.start_disbursing(as_user(ctx, "pay", "finance"), approved)
    fin.mark_milestone_met(ctx, approved, 1, dt.date(2026, 7, 1))
    fin.release_tranche(as_user(ctx, "pay", "finance"), approved, 1, dt.date(2026, 7, 2), "PAY-1")
    reviewing = under_review(ctx, centre, data, tmp_path, company="beta", reviewer=None)
    gone = make_draft(ctx, centre, data, company="gamma", requested="1000", cost="5000")
    fin.withdraw_application(ctx, gone, "changed plans")
    draft = make_draft(ctx, centre, compute, company="delta", requested="1000", cost="4000")
    gpu = make_draft(
        ctx, centre, voucher, company="alpha", requested="8000", cost="16000", provider="Acme"
    )
    return dict(
        compute=compute,
        data=data,
        voucher=voucher,
        approved=approved,
        reviewing=reviewing,
        gone=gone,
        draft=draft,
        gpu=gpu,
    )


def refs(ctx, **kw) -> list[int]:
    return [r.id for r in pipeline.list_applications(ctx, ListQuery(**kw))]


def test_newest_first_with_names_amounts_and_paid_so_far(ctx, centre, pipe):
    rows = pipeline.list_applications(ctx, ListQuery())
    made = [pipe[k] for k in ("approved", "reviewing", "gone", "draft", "gpu")]
    assert [r.id for r in rows] == sorted(made, reverse=True)
    first = next(r for r in rows if r.id == pipe["approved"])
    assert first.company_id == centre.companies["alpha"]
    assert first.programme_name == "Compute rental subsidy"
    assert first.programme_name_zh == "算力租赁补贴"
    assert first.status == "disbursing"
    assert first.requested_amount == Decimal("600000")
    assert first.approved_amount == Decimal("500000")
    assert first.disbursed == Decimal("300000")  # only the released tranche
    assert first.submitted_on == ON
    gpu = next(r for r in rows if r.id == pipe["gpu"])
    assert gpu.unit == "GPU_HOURS" and gpu.disbursed == Decimal(0)
    assert gpu.approved_amount is None and gpu.submitted_on is None


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"status": "draft"}, ["draft", "gpu"]),
        ({"status": "withdrawn"}, ["gone"]),
        ({"platform": "open_data"}, ["reviewing", "gone"]),
        ({"platform": "compute"}, ["approved", "draft", "gpu"]),
        ({"year": 2025}, []),
        ({"year": 2026, "status": "disbursing"}, ["approved"]),
        (
            {"submitted_from": ON, "submitted_to": ON + dt.timedelta(days=1)},
            ["approved", "reviewing"],
        ),
        ({"submitted_from": ON + dt.timedelta(days=1)}, []),
    ],
)
def test_filters(ctx, pipe, filters, expected):
    assert set(refs(ctx, filters=filters)) == {pipe[k] for k in expected}
    count = pipeline.count_applications(ctx, ListQuery(filters=filters))
    assert count == len(expected)


def test_filter_by_programme_and_company(ctx, centre, pipe):
    assert set(refs(ctx, filters={"programme_id": pipe["compute"]})) == {
        pipe["approved"],
        pipe["draft"],
    }
    assert set(refs(ctx, filters={"company_id": centre.companies["alpha"]})) == {
        pipe["approved"],
        pipe["gpu"],
    }


def test_search_matches_reference_company_credit_code_and_programme(ctx, centre, pipe):
    one = fin.get_application(ctx, pipe["reviewing"])
    assert refs(ctx, search=one.reference.lower()) == [pipe["reviewing"]]
    assert set(refs(ctx, search="开放数据")) == {pipe["reviewing"], pipe["gone"]}
    assert set(refs(ctx, search="gpu vouch")) == {pipe["gpu"]}
    alpha = next(r for r in pipeline.list_applications(ctx, ListQuery()) if r.id == pipe["gpu"])
    assert set(refs(ctx, search=alpha.company_name[:5])) >= {pipe["approved"], pipe["gpu"]}
    assert refs(ctx, search="100%_") == []  # wildcards are taken literally


def test_sorts_and_paging(ctx, pipe):
    by_requested = pipeline.list_applications(ctx, ListQuery(sort="requested"))
    amounts = [r.requested_amount for r in by_requested]
    assert amounts == sorted(amounts)
    by_company = pipeline.list_applications(ctx, ListQuery(sort="company", descending=True))
    names = [r.company_name for r in by_company]
    assert names == sorted(names, reverse=True)
    whole = refs(ctx, sort="programme")
    pages = refs(ctx, sort="programme", limit=2) + refs(ctx, sort="programme", limit=2, offset=2)
    pages += refs(ctx, sort="programme", limit=2, offset=4)
    assert pages == whole and len(whole) == 5


def test_unknown_filter_sort_or_status_is_refused(ctx, pipe):
    with pytest.raises(ValueError, match="unknown applications filter"):
        pipeline.list_applications(ctx, ListQuery(filters={"colour": "red"}))
    with pytest.raises(ValueError, match="cannot be sorted"):
        pipeline.list_applications(ctx, ListQuery(sort="colour"))
    with pytest.raises(ValueError, match="unknown application status"):
        pipeline.list_applications(ctx, ListQuery(filters={"status": "lost"}))


def test_choices(ctx, centre, pipe):
    names = [p.name_en for p in pipeline.programme_choices(ctx)]
    assert names == ["Compute rental subsidy", "GPU voucher", "Open data grant"]
    assert pipeline.application_years(ctx) == [2026]
    applied = pipeline.company_choices(ctx)
    assert {i for i, _en, _zh in applied} == set(centre.companies.values())  # all four applied
    assert [en for _i, en, _zh in applied] == sorted(en for _i, en, _zh in applied)
    assert ("Alpha Models", "阿尔法模型") in [(en, zh) for _i, en, zh in applied]


def test_company_financing_totals_by_unit(ctx, centre, pipe):
    alpha = pipeline.company_financing(ctx, centre.companies["alpha"])
    assert [r.id for r in alpha.applications] == [pipe["gpu"], pipe["approved"]]
    assert alpha.requested == {"CNY": Decimal("600000"), "GPU_HOURS": Decimal("8000")}
    assert alpha.approved == {"CNY": Decimal("500000")}
    assert alpha.disbursed == {"CNY": Decimal("300000")}
    gamma = pipeline.company_financing(ctx, centre.companies["gamma"])
    assert [r.status for r in gamma.applications] == ["withdrawn"]
    assert gamma.requested == {} and gamma.approved == {} and gamma.disbursed == {}
    assert dataclasses.is_dataclass(gamma)

"""The global search (adminapp.services.search) on the small centre, on both databases."""

from __future__ import annotations

import pytest

from adminapp.models import booking_reference
from adminapp.services import search
from tests.consultation_setup import book, setup_consulting
from tests.factories import credit_code
from tests.test_financing_setup import make_draft, make_programme


def found(ctx, text, **kw) -> list[tuple[str, str]]:
    return [(h.kind, h.title) for h in search.search(ctx, text, **kw)]


def test_companies_by_either_name_or_credit_code(ctx, centre):
    assert ("company", "Alpha Models") in found(ctx, "alpha")
    hits = search.search(ctx, "阿尔法", kinds=("company",))
    assert [h.title for h in hits] == ["Alpha Models"]
    assert hits[0].id == centre.companies["alpha"]
    assert hits[0].details == ("阿尔法模型", credit_code(1))
    code = credit_code(3)
    # A credit code's start (any case) finds every company sharing it, by name.
    assert [t for _k, t in found(ctx, code[:12].lower(), kinds=("company",))] == [
        "=Delta Scenes",
        "Alpha Models",
        "Beta Apps",
        "Gamma Compute",
    ]
    assert found(ctx, code, kinds=("company",)) == [("company", "Gamma Compute")]


def test_exact_and_prefix_matches_come_first(ctx, centre):
    # "Models" is inside Alpha's name; "Beta Apps" starts with "Beta"; an exact name leads.
    assert found(ctx, "Beta Apps", kinds=("company",)) == [("company", "Beta Apps")]
    assert found(ctx, "a", kinds=("company",)) == []  # one character: nothing
    assert found(ctx, "", kinds=("company",)) == []
    names = [t for _k, t in found(ctx, "ta", kinds=("company",))]
    assert names and set(names) == {"Beta Apps", "=Delta Scenes"}


def test_units_leases_by_code_reference_and_company(ctx, centre):
    hits = search.search(ctx, "7f-0", kinds=("unit",))
    assert [h.title for h in hits] == ["7F-01", "7F-02", "7F-03", "7F-04", "7F-05"]
    assert hits[0].details == ("7", "Alpha Models") or hits[0].details[0] == "7"
    assert found(ctx, "7F-03", kinds=("unit",))[0] == ("unit", "7F-03")
    leases = search.search(ctx, "gamma", kinds=("lease",))
    assert {h.id for h in leases} == {centre.leases["L3"], centre.leases["L4"]}
    assert all(h.details[0] == "Gamma Compute" for h in leases)
    ref = leases[0].title
    assert [h.id for h in search.search(ctx, ref.lower(), kinds=("lease",))][0] == leases[0].id
    assert search.search(ctx, ref, kinds=("lease",))[0].title == ref


def test_applications_by_reference_and_company(ctx, centre):
    programme = make_programme(ctx)
    app_id = make_draft(ctx, centre, programme, company="beta")
    hits = search.search(ctx, "beta", kinds=("application",))
    assert [h.id for h in hits] == [app_id]
    assert hits[0].details == ("Beta Apps", "Compute rental subsidy", "2026")
    assert hits[0].status == "draft"
    assert [h.id for h in search.search(ctx, hits[0].title, kinds=("application",))] == [app_id]
    assert search.search(ctx, "alpha", kinds=("application",)) == []


def test_bookings_by_reference_and_company(ctx, centre):
    cs = setup_consulting(ctx, centre)
    b = book(ctx, cs, centre.companies["delta"], 0, 10)
    other = book(ctx, cs, centre.companies["alpha"], 0, 12)
    for text in (booking_reference(b.id), str(b.id), booking_reference(b.id).lower()):
        hits = search.search(ctx, text, kinds=("booking",))
        assert hits[0].id == b.id, text
    hit = search.search(ctx, booking_reference(b.id), kinds=("booking",))[0]
    assert hit.details[:2] == ("=Delta Scenes", "Ada Li")
    assert hit.day == cs.monday and hit.details[2] == f"{cs.monday.isoformat()} 10:00"
    assert [h.id for h in search.search(ctx, "德尔塔", kinds=("booking",))] == [b.id]
    assert other.id not in {h.id for h in search.search(ctx, "delta", kinds=("booking",))}


def test_all_kinds_together_and_bad_kinds(ctx, centre):
    kinds = [h.kind for h in search.search(ctx, "alpha")]
    assert kinds == sorted(kinds, key=search.KINDS.index)
    assert "company" in kinds and "lease" in kinds
    assert len(search.search(ctx, "7F", limit_per_kind=2, kinds=("unit",))) == 2
    with pytest.raises(ValueError):
        search.search(ctx, "alpha", kinds=("planet",))
    # Wildcards are taken literally.
    assert search.search(ctx, "%%") == [] and search.search(ctx, "__") == []


def test_names_in_the_language_in_force(ctx, centre):
    from adminapp import i18n

    with i18n.language("zh_CN"):
        hits = search.search(ctx, "alpha", kinds=("company",))
        assert [h.title for h in hits] == ["阿尔法模型"]
        assert hits[0].details == ("Alpha Models", credit_code(1))  # the other name beside it
        leases = search.search(ctx, "gamma", kinds=("lease",))
        assert leases and all(h.details[0] != "Gamma Compute" for h in leases)
    hits = search.search(ctx, "alpha", kinds=("company",))
    assert [h.title for h in hits] == ["Alpha Models"]

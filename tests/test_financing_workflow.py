"""The application workflow is an explicit graph: every pair of statuses is walked."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from sqlalchemy import update

from adminapp.errors import ConflictError
from adminapp.models import FinancingApplication
from adminapp.services import financing as fin
from adminapp.services.financing.workflow import LABELS, mean_score
from tests.test_financing_setup import ON, as_user, make_programme, under_review

# Spelled out from the issue, not derived from the code.
EDGES = {
    ("draft", "submitted"),
    ("draft", "withdrawn"),
    ("submitted", "under_review"),
    ("submitted", "withdrawn"),
    ("under_review", "approved"),
    ("under_review", "rejected"),
    ("under_review", "withdrawn"),
    ("approved", "disbursing"),
    ("disbursing", "closed"),
}


@pytest.mark.parametrize(("a", "b"), list(itertools.product(fin.STATUSES, repeat=2)))
def test_every_pair_of_statuses(a, b):
    assert fin.can_move(a, b) == ((a, b) in EDGES)
    if (a, b) in EDGES:
        fin.check_transition("F2026-00001", a, b)
        return
    with pytest.raises(ConflictError) as err:
        fin.check_transition("F2026-00001", a, b)
    message = err.value.message
    assert message.startswith(f"Application F2026-00001 cannot go from {LABELS[a]} to {LABELS[b]}")
    assert err.value.field == "status"


def test_refusals_say_where_the_application_can_go():
    with pytest.raises(ConflictError) as err:
        fin.check_transition("F2026-00007", "draft", "approved")
    assert err.value.message == (
        "Application F2026-00007 cannot go from draft to approved: "
        "from draft it can only become submitted or withdrawn"
    )
    with pytest.raises(ConflictError) as err:
        fin.check_transition("F2026-00007", "closed", "draft")
    assert err.value.message.endswith(": closed is final")


def test_the_services_follow_the_graph_for_every_pair(ctx, centre, tmp_path):
    """Each service that moves an application, tried from every status: exactly the edges."""
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path)
    boss = as_user(ctx, "boss", "director")
    payer = as_user(ctx, "payer", "finance")
    actions = {
        "submitted": lambda: fin.submit_application(ctx, app_id, ON),
        "under_review": lambda: fin.start_review(ctx, app_id),
        "approved": lambda: fin.approve_application(boss, app_id, "100000"),
        "rejected": lambda: fin.reject_application(boss, app_id, "Out of scope"),
        "withdrawn": lambda: fin.withdraw_application(ctx, app_id, "Company asked"),
        "disbursing": lambda: fin.start_disbursing(payer, app_id),
        "closed": lambda: fin.close_application(payer, app_id),
    }
    assert not any(b == "draft" for _, b in EDGES)  # nothing leads back to a draft
    # A paid-up schedule, so that payout and closing have nothing but the graph against them.
    fin.approve_application(boss, app_id, "100000")
    fin.plan_tranches(boss, app_id, [fin.TrancheInput(ON, "100000", "Go-live")])
    fin.start_disbursing(payer, app_id)
    fin.mark_milestone_met(ctx, app_id, 1, ON)
    fin.release_tranche(payer, app_id, 1, ON, "BANK-1")
    for a, (b, act) in itertools.product(fin.STATUSES, actions.items()):
        with ctx.db.write() as s:
            s.execute(
                update(FinancingApplication)
                .where(FinancingApplication.id == app_id)
                .values(status=a)
            )
        if (a, b) in EDGES:
            assert fin.get_application(ctx, app_id).status == a
            assert act().status == b, (a, b)
        else:
            with pytest.raises(ConflictError) as err:
                act()
            assert f"cannot go from {LABELS[a]} to {LABELS[b]}" in err.value.message, (a, b)
            assert fin.get_application(ctx, app_id).status == a
    steps = fin.get_application(ctx, app_id).steps
    assert {
        (x.from_status, x.to_status) for x in steps[3:]
    } == EDGES  # after the set-up (taken, submitted, review)


def test_weighted_score_is_decimal_to_the_cent_half_up():
    assert fin.weighted_score([(Decimal(3), 8), (Decimal(2), 6), (Decimal(5), 7)]) == Decimal(
        "7.10"
    )
    assert fin.weighted_score([(Decimal(1), 10), (Decimal(1), 10), (Decimal(1), 9)]) == Decimal(
        "9.67"
    )
    # 61 / 8 = 7.625: half-up gives 7.63 (banker's rounding would give 7.62)
    assert fin.weighted_score([(Decimal(1), 5), (Decimal(7), 8)]) == Decimal("7.63")
    assert mean_score([Decimal("7.10"), Decimal("8.25")]) == Decimal("7.68")  # 7.675 → 7.68
    assert mean_score([]) is None

"""Financing: programmes (support policies and funds) and the applications made to them.

- :mod:`.workflow` — the status graph, scores and the approval ceiling (pure, no database);
- :mod:`.programmes` — programmes with budgets per year, windows, eligibility, documents, rubric;
- :mod:`.budgets` — every programme's budget for a year, committed and disbursed, and totals;
- :mod:`.applications` — drafts, submit, withdraw, start of review, and the views;
- :mod:`.documents` — attached files, copied into the data folder with their SHA-256;
- :mod:`.eligibility` — windows, active lease, months in residence, segment;
- :mod:`.decisions` — review scores, approval within every limit, rejection, payout, closing;
- :mod:`.tranches` — the payment schedule: tranches that add up to the approved amount, paid
  when their milestone is met, by someone other than the approver;
- :mod:`.vouchers` — GPU-hours used against approved compute vouchers, never beyond them.
"""

from adminapp.services.financing.applications import (
    ApplicationInput,
    ApplicationView,
    create_application,
    get_application,
    start_review,
    submit_application,
    update_application,
    withdraw_application,
)
from adminapp.services.financing.budgets import (
    BudgetTotal,
    ProgrammeBudgetLine,
    budget_overview,
    budget_totals,
)
from adminapp.services.financing.decisions import (
    ApprovalOutlook,
    approval_ceiling_for,
    approval_outlook,
    approve_application,
    ceiling_preview,
    close_application,
    reject_application,
    review_application,
    start_disbursing,
)
from adminapp.services.financing.documents import attach_document, document_path, verify_document
from adminapp.services.financing.programmes import (
    BudgetStatus,
    ProgrammeInput,
    ProgrammeView,
    budget_status,
    create_programme,
    get_programme,
    list_programmes,
    update_programme,
)
from adminapp.services.financing.tranches import (
    TrancheInput,
    mark_milestone_met,
    plan_tranches,
    release_tranche,
)
from adminapp.services.financing.vouchers import record_compute_usage
from adminapp.services.financing.workflow import (
    STATUSES,
    TRANSITIONS,
    ApprovalCeiling,
    approval_ceiling,
    can_move,
    check_transition,
    weighted_score,
)

__all__ = [
    "STATUSES",
    "TRANSITIONS",
    "ApplicationInput",
    "ApplicationView",
    "ApprovalCeiling",
    "ApprovalOutlook",
    "BudgetStatus",
    "BudgetTotal",
    "ProgrammeBudgetLine",
    "ProgrammeInput",
    "ProgrammeView",
    "TrancheInput",
    "approval_ceiling",
    "approval_ceiling_for",
    "approval_outlook",
    "approve_application",
    "ceiling_preview",
    "attach_document",
    "budget_overview",
    "budget_status",
    "budget_totals",
    "can_move",
    "check_transition",
    "close_application",
    "create_application",
    "create_programme",
    "document_path",
    "get_application",
    "get_programme",
    "list_programmes",
    "mark_milestone_met",
    "plan_tranches",
    "record_compute_usage",
    "reject_application",
    "release_tranche",
    "review_application",
    "start_disbursing",
    "start_review",
    "submit_application",
    "update_application",
    "update_programme",
    "verify_document",
    "weighted_score",
    "withdraw_application",
]

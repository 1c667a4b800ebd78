"""The review, approval, tranche and GPU-hour panels of the application editor.

Each panel shows its part of an :class:`ApplicationView` read-only and offers the actions
the application's status and the signed-in user's roles allow. An action calls a service
(with the version shown, where the service takes one); on success the panel shows the new
view and emits ``changed(view)``; a refusal is shown beside the field it names, or at the top
of the panel (or of the action's dialog), with what the user typed left in place.

The rules stay in the services: the approval form shows :func:`decisions.approval_outlook`
(every bound and why this user cannot approve), the review form reads the score range and the
weighted mean from :mod:`workflow`, and every other refusal is the service's own message.
"""

from ui.dialogs.application_actions import split_evenly
from ui.dialogs.application_decision_panels import ApprovalPanel, ReviewPanel
from ui.dialogs.application_payment_panels import TranchesPanel, UsagePanel

__all__ = ["ApprovalPanel", "ReviewPanel", "TranchesPanel", "UsagePanel", "split_evenly"]

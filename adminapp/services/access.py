"""Enforcing the permission table in the services.

Every service that changes something (and the audit trail, reports and database commands)
starts with ``require(ctx, action)``. A refusal raises :class:`PermissionDenied`, writes nothing
the user asked for, and leaves one ``denied`` entry in the audit trail.

For a signed-in user (``actor.user_id`` set) the roles are read from the database on every
check, so deactivating a user or taking a role away takes effect on every workstation at once,
without waiting for that user to sign out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp import permissions
from adminapp.errors import PermissionDenied
from adminapp.models import User, UserRole
from adminapp.services import audit
from adminapp.services.context import AppContext


def current_roles(session: Session | None, ctx: AppContext) -> frozenset[str]:
    """The roles the actor holds now (none when the account was deactivated)."""
    actor = ctx.actor
    if actor.user_id is None:
        return actor.roles
    if session is None:
        with ctx.db.read() as s:
            return current_roles(s, ctx)
    active = session.scalar(select(User.active).where(User.id == actor.user_id))
    if not active:
        return frozenset()
    return frozenset(
        session.scalars(select(UserRole.role).where(UserRole.user_id == actor.user_id))
    )


def deny(ctx: AppContext, message: str, action: str, entity_type: str, entity_id: int | None):
    """Record a refusal in the audit trail (its own transaction) and return the error."""
    with ctx.db.write() as s:
        audit.record(
            s,
            ctx,
            "denied",
            entity_type,
            entity_id,
            {"action": [None, action]},
            summary=message,
        )
    return PermissionDenied(message)


def require(ctx: AppContext, action: str, entity_id: int | None = None) -> None:
    """Raise PermissionDenied (and audit it) unless the actor may do ``action``."""
    perm = permissions.permission(action)
    roles = current_roles(None, ctx)
    if perm.roles & roles:
        return
    if ctx.actor.user_id is not None and not roles and ctx.actor.roles:
        message = "Your account has been deactivated or holds no role any more; sign in again"
    else:
        message = permissions.refusal(roles, action)
    raise deny(ctx, message, action, perm.entity_type, entity_id)


def may(ctx: AppContext, action: str) -> bool:
    """Whether the actor may do ``action`` (no audit entry: for deciding what to show)."""
    return bool(permissions.permission(action).roles & current_roles(None, ctx))


def separate_duties(
    ctx: AppContext,
    *,
    earlier_login: str | None,
    earlier_step: str,
    step: str,
    entity_type: str,
    entity_id: int | None,
    action: str,
) -> None:
    """Refuse when the person doing ``step`` already did ``earlier_step`` on the same record.

    Money moves only through two pairs of hands: whoever reviewed a financing application
    cannot approve it; whoever approved it cannot record its disbursement.
    """
    if earlier_login is None or earlier_login.lower() != ctx.actor.login.lower():
        return
    message = (
        f"You {earlier_step} this {entity_type.replace('_', ' ')}, so someone else must "
        f"{step} it (separation of duties)"
    )
    raise deny(ctx, message, action, entity_type, entity_id)


class ApprovalLimit(NamedTuple):
    """The approval limit the actor's roles give: ``holds`` False when no role they hold may
    approve amounts; ``amount`` None when one of them approves without limit (else the
    highest of their limits, in CNY)."""

    holds: bool
    amount: Decimal | None


def approval_limit_for(ctx: AppContext, roles: frozenset[str] | None = None) -> ApprovalLimit:
    """The approval limit of the actor (holding ``roles``; their current roles if not given),
    from the approval limits in the application settings."""
    from adminapp.services import app_settings

    limits = app_settings.approval_limits(ctx)
    if roles is None:
        roles = current_roles(None, ctx)
    held = [limits[r] for r in roles if r in limits]
    if not held:
        return ApprovalLimit(False, None)
    if any(limit is None for limit in held):
        return ApprovalLimit(True, None)
    return ApprovalLimit(True, max(limit for limit in held if limit is not None))


def check_approval_limit(
    ctx: AppContext,
    amount: Decimal,
    *,
    entity_type: str,
    entity_id: int | None,
    action: str,
) -> None:
    """Refuse an approval of ``amount`` CNY above every approval limit the actor holds."""
    limit = approval_limit_for(ctx)
    if limit.holds and (limit.amount is None or amount <= limit.amount):
        return
    if not limit.holds:
        message = "You may not approve amounts: that needs the manager or director role"
    else:
        message = (
            f"¥{amount:,.2f} is above your approval limit of ¥{limit.amount:,.2f}; "
            "a director must approve it"
        )
    raise deny(ctx, message, action, entity_type, entity_id)

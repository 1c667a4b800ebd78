"""Centre-wide settings kept in the database (so every workstation sees the same).

Approval limits by role are in CNY: a manager approves financing up to the manager's limit, a
director above it (no limit unless one is set). An empty value means "no limit".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from adminapp.errors import ValidationError
from adminapp.models import Setting
from adminapp.services import audit
from adminapp.services.context import AppContext

APPROVAL_ROLES = ("manager", "director")
DEFAULTS = {
    "approval_limit.manager": "1000000.00",
    "approval_limit.director": "",
}
DEMO_ACCOUNTS = "demo.accounts"  # set on demo databases: the login dialog lists the accounts


def _limit(text: str) -> Decimal | None:
    return Decimal(text) if text else None


@dataclass(frozen=True)
class ApprovalLimits:
    manager: Decimal | None
    director: Decimal | None
    versions: dict[str, int]  # per setting key, 0 while still the default


def get(ctx: AppContext, key: str) -> str:
    with ctx.db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == key))
    return DEFAULTS.get(key, "") if value is None else value


def approval_limits(ctx: AppContext) -> dict[str, Decimal | None]:
    limits = get_approval_limits(ctx)
    return {"manager": limits.manager, "director": limits.director}


def get_approval_limits(ctx: AppContext) -> ApprovalLimits:
    keys = [f"approval_limit.{r}" for r in APPROVAL_ROLES]
    with ctx.db.read() as s:
        rows = {r.key: r for r in s.scalars(select(Setting).where(Setting.key.in_(keys)))}
    values = {k: rows[k].value if k in rows else DEFAULTS[k] for k in keys}
    return ApprovalLimits(
        manager=_limit(values["approval_limit.manager"]),
        director=_limit(values["approval_limit.director"]),
        versions={k: rows[k].version if k in rows else 0 for k in keys},
    )


def parse_limit(text: str, field: str) -> tuple[Decimal | None, str | None]:
    cleaned = text.replace(",", "").replace("¥", "").strip()
    if not cleaned:
        return None, None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None, f"{field}: enter an amount in CNY, like 1,000,000 (or leave it empty)"
    if not value.is_finite() or value < 0:
        return None, f"{field}: the limit cannot be negative"
    if value >= Decimal("1e12"):
        return None, f"{field}: the limit is too large"
    if value != value.quantize(Decimal("0.01")):
        return None, f"{field}: amounts are in yuan and fen (at most two decimals)"
    return value.quantize(Decimal("0.01")), None


def set_approval_limits(
    ctx: AppContext,
    manager: str,
    director: str,
    expected: dict[str, int] | None = None,
) -> ApprovalLimits:
    """Save both limits (texts as typed; empty = no limit). ``expected`` guards lost updates."""
    from adminapp.services.access import require

    require(ctx, "settings.update")
    errors: dict[str, str] = {}
    man, problem = parse_limit(manager, "Manager's limit")
    if problem:
        errors["manager"] = problem
    dire, problem = parse_limit(director, "Director's limit")
    if problem:
        errors["director"] = problem
    if not errors and man is None:
        errors["manager"] = "Manager's limit: enter an amount (managers always have a limit)"
    if not errors and dire is not None and man is not None and dire < man:
        errors["director"] = "Director's limit cannot be below the manager's limit"
    if errors:
        raise ValidationError(errors)
    new = {
        "approval_limit.manager": "" if man is None else str(man),
        "approval_limit.director": "" if dire is None else str(dire),
    }
    with ctx.db.write() as s:
        rows = {r.key: r for r in s.scalars(select(Setting).where(Setting.key.in_(new)))}
        for key, value in new.items():
            row = rows.get(key)
            if expected is not None and (row.version if row else 0) != expected.get(key, 0):
                if row is None:
                    raise ValidationError({"version": "The settings changed; reload them"})
                audit.check_version(s, row, "setting", expected.get(key), "An approval limit")
            before = row.value if row else DEFAULTS[key]
            if before == value:
                continue
            if row is None:
                row = Setting(key=key, value=value)
                s.add(row)
                s.flush()
            else:
                row.value = value
                s.flush()
            audit.record(s, ctx, "update", "setting", row.id, {key: [before, value]}, summary=key)
    return get_approval_limits(ctx)


def set_flag(session, key: str, value: str) -> None:  # noqa: ANN001 - a write Session
    """Set a setting inside an open unit of work (used by the demo generator)."""
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value

"""Financing programmes: the support policies and funds companies apply to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from adminapp.errors import NotFound, ValidationError
from adminapp.models import (
    PLATFORMS,
    PROGRAMME_KINDS,
    PROGRAMME_UNITS,
    SEGMENTS,
    FinancingApplication,
    Programme,
    ProgrammeBudget,
    ProgrammeCriterion,
    ProgrammeDocument,
    ProgrammeWindow,
)
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext
from adminapp.services.financing.workflow import COMMITTED, fmt_amount

FIELDS = (
    "name_en",
    "name_zh",
    "kind",
    "platform",
    "unit",
    "cap_per_company_year",
    "cap_percent",
    "requires_active_lease",
    "bars_arrears_over_90",
    "min_months_in_residence",
    "segments",
    "description",
    "active",
)


@dataclass
class ProgrammeInput:
    name_en: str
    kind: str
    platform: str
    unit: str = "CNY"
    name_zh: str = ""
    # Budget per calendar year, in the programme's unit: {2026: "5000000"}.
    budgets: dict[int, Decimal | str] = field(default_factory=dict)
    cap_per_company_year: Decimal | str | None = None
    cap_percent: Decimal | str | None = None
    # Half-open [opens_on, closes_on): applications are received up to the day before closing.
    windows: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    requires_active_lease: bool = False
    min_months_in_residence: int = 0
    bars_arrears_over_90: bool = False  # companies over 90 days in arrears may not apply
    segments: list[str] = field(default_factory=list)  # empty: every segment
    documents: list[str] = field(default_factory=list)
    criteria: list[tuple[str, Decimal | str]] = field(default_factory=list)  # (name, weight)
    description: str = ""
    active: bool = True


@dataclass(frozen=True)
class ProgrammeView:
    id: int
    name_en: str
    name_zh: str
    kind: str
    platform: str
    unit: str
    budgets: dict[int, Decimal]
    cap_per_company_year: Decimal | None
    cap_percent: Decimal | None
    windows: list[tuple[dt.date, dt.date]]
    requires_active_lease: bool
    min_months_in_residence: int
    bars_arrears_over_90: bool
    segments: list[str]
    documents: list[str]
    criteria: list[tuple[str, Decimal]]
    description: str
    active: bool
    version: int


@dataclass(frozen=True)
class BudgetStatus:
    programme_id: int
    year: int
    unit: str
    budget: Decimal | None
    committed: Decimal

    @property
    def remaining(self) -> Decimal:
        return max((self.budget or Decimal(0)) - self.committed, Decimal(0))


def split_segments(text: str) -> list[str]:
    return [s for s in text.split(",") if s]


def view(p: Programme) -> ProgrammeView:
    return ProgrammeView(
        id=p.id,
        name_en=p.name_en,
        name_zh=p.name_zh,
        kind=p.kind,
        platform=p.platform,
        unit=p.unit,
        budgets={b.year: b.amount for b in p.budgets},
        cap_per_company_year=p.cap_per_company_year,
        cap_percent=p.cap_percent,
        windows=[(w.opens_on, w.closes_on) for w in p.windows],
        requires_active_lease=p.requires_active_lease,
        min_months_in_residence=p.min_months_in_residence,
        bars_arrears_over_90=p.bars_arrears_over_90,
        segments=split_segments(p.segments),
        documents=[d.name for d in p.documents],
        criteria=[(c.name, c.weight) for c in p.criteria],
        description=p.description,
        active=p.active,
        version=p.version,
    )


def load(s: Session, programme_id: int, *, lock: bool = False) -> Programme:
    q = (
        select(Programme)
        .where(Programme.id == programme_id)
        .options(
            selectinload(Programme.budgets),
            selectinload(Programme.windows),
            selectinload(Programme.documents),
            selectinload(Programme.criteria),
        )
    )
    if lock:
        # Approvals lock the programme too: its budget is spent one approval at a time.
        q = q.with_for_update()
    p = s.scalars(q).first()
    if p is None:
        raise NotFound(f"Programme {programme_id} does not exist")
    return p


def committed(s: Session, programme_id: int, year: int, company_id: int | None = None) -> Decimal:
    """What is approved (and not undone) in a programme for a year, or for one company."""
    q = select(func.coalesce(func.sum(FinancingApplication.approved_amount), 0)).where(
        FinancingApplication.programme_id == programme_id,
        FinancingApplication.year == year,
        FinancingApplication.status.in_(COMMITTED),
    )
    if company_id is not None:
        q = q.where(FinancingApplication.company_id == company_id)
    return Decimal(s.scalar(q)).quantize(Decimal("0.01"))


def budget_status(ctx: AppContext, programme_id: int, year: int) -> BudgetStatus:
    """A programme's budget for ``year``, what is committed, and what remains."""
    with ctx.db.read() as s:
        p = load(s, programme_id)
        budget = next((b.amount for b in p.budgets if b.year == year), None)
        return BudgetStatus(p.id, year, p.unit, budget, committed(s, p.id, year))


def validate(data: ProgrammeInput) -> dict[str, str]:
    """The problems :func:`create_programme` would find in ``data`` by itself, by field, for
    a form checking as the user types (a clash with another programme's name, and budgets
    below what is already approved, are found on saving)."""
    errors: dict[str, str] = {}
    _clean(None, data, None, errors)
    return errors


def get_programme(ctx: AppContext, programme_id: int) -> ProgrammeView:
    with ctx.db.read() as s:
        return view(load(s, programme_id))


def list_programmes(ctx: AppContext, active_only: bool = False) -> list[ProgrammeView]:
    with ctx.db.read() as s:
        q = select(Programme).order_by(Programme.name_en)
        if active_only:
            q = q.where(Programme.active.is_(True))
        ids = list(s.scalars(q.with_only_columns(Programme.id)))
        return [view(load(s, i)) for i in ids]


def _snapshot(p: Programme) -> dict:
    snap = audit.snapshot(p, FIELDS)
    snap["budgets"] = {str(b.year): str(b.amount) for b in p.budgets}
    snap["windows"] = [[str(w.opens_on), str(w.closes_on)] for w in p.windows]
    snap["documents"] = [d.name for d in p.documents]
    snap["criteria"] = [[c.name, str(c.weight)] for c in p.criteria]
    return snap


def _optional_amount(value, name: str, errors: dict, places: int = 2) -> Decimal | None:  # noqa: ANN001
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_decimal(value, name, errors, places=places)


def _clean(s: Session | None, data: ProgrammeInput, programme_id: int | None, errors: dict) -> dict:
    name = data.name_en.strip()
    if not name:
        errors["name_en"] = "Give the programme a name"
    elif len(name) > 200:
        errors["name_en"] = "The name is longer than 200 characters"
    elif s is not None:  # without a session (a dialog checking as the user types): no clash check
        clash = s.scalar(
            select(Programme.id).where(
                func.lower(Programme.name_en) == name.lower(), Programme.id != (programme_id or 0)
            )
        )
        if clash:
            errors["name_en"] = f"There is already a programme called {name}"
    if not data.kind:
        errors["kind"] = "Choose the programme's kind"
    elif data.kind not in PROGRAMME_KINDS:
        errors["kind"] = f"Kind must be one of: {', '.join(PROGRAMME_KINDS)}"
    if not data.platform:
        errors["platform"] = "Choose the service platform"
    elif data.platform not in PLATFORMS:
        errors["platform"] = f"Platform must be one of: {', '.join(PLATFORMS)}"
    if data.unit not in PROGRAMME_UNITS:
        errors["unit"] = "Amounts are in CNY or GPU_HOURS"
    budgets: dict[int, Decimal] = {}
    for year, raw in data.budgets.items():
        e: dict[str, str] = {}
        amount = parse_decimal(raw, "budgets", e, places=2)
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            errors["budgets"] = f"Budget year {year} is not a year"
        elif e or amount < 0:
            errors["budgets"] = f"The budget for {year} must be an amount of zero or more"
        else:
            budgets[year] = amount
    cap = _optional_amount(data.cap_per_company_year, "cap_per_company_year", errors)
    if cap is not None and "cap_per_company_year" not in errors and cap < 0:
        errors["cap_per_company_year"] = "The cap per company per year must not be negative"
    pct = _optional_amount(data.cap_percent, "cap_percent", errors)
    if pct is not None and "cap_percent" not in errors and not 0 < pct <= 100:
        errors["cap_percent"] = "The percentage cap must be more than 0 and at most 100"
    windows = sorted(data.windows)
    for i, (opens, closes) in enumerate(windows):
        if not isinstance(opens, dt.date) or not isinstance(closes, dt.date):
            errors["windows"] = "Each application window needs an opening and a closing date"
            break
        if closes <= opens:
            errors["windows"] = f"The window opening {opens} must close after it opens"
            break
        if i and opens < windows[i - 1][1]:
            errors["windows"] = f"The windows opening {windows[i - 1][0]} and {opens} overlap"
            break
    months = data.min_months_in_residence
    if not isinstance(months, int) or months < 0:
        errors["min_months_in_residence"] = "Minimum months in residence must be zero or more"
    segments = list(dict.fromkeys(data.segments))
    unknown = [x for x in segments if x not in SEGMENTS]
    if unknown:
        errors["segments"] = f"Unknown segment(s): {', '.join(unknown)}"
    documents = [d.strip() for d in data.documents]
    if any(not d for d in documents):
        errors["documents"] = "Each required document needs a name"
    elif len({d.lower() for d in documents}) != len(documents):
        errors["documents"] = "A required document is listed twice"
    criteria: list[tuple[str, Decimal]] = []
    for cname, raw in data.criteria:
        e = {}
        weight = parse_decimal(raw, "criteria", e, places=2)
        if not cname.strip():
            errors["criteria"] = "Each review criterion needs a name"
        elif e or weight <= 0:
            errors["criteria"] = f"The weight of “{cname.strip()}” must be a number above 0"
        else:
            criteria.append((cname.strip(), weight))
    if len({c.lower() for c, _ in criteria}) != len(criteria):
        errors["criteria"] = "A review criterion is listed twice"
    elif not criteria and "criteria" not in errors:
        # Every application is reviewed before approval; with nothing to score, none could be.
        errors["criteria"] = "Give at least one review criterion: applications are scored on it"
    return {
        "name_en": name,
        "name_zh": data.name_zh.strip(),
        "kind": data.kind,
        "platform": data.platform,
        "unit": data.unit,
        "cap_per_company_year": cap,
        "cap_percent": pct,
        "requires_active_lease": bool(data.requires_active_lease),
        "bars_arrears_over_90": bool(data.bars_arrears_over_90),
        "min_months_in_residence": months,
        "segments": ",".join(segments),
        "description": data.description.strip(),
        "active": bool(data.active),
        "budgets": budgets,
        "windows": windows,
        "documents": documents,
        "criteria": criteria,
    }


def _apply(p: Programme, clean: dict) -> None:
    for name in FIELDS:
        setattr(p, name, clean[name])
    # Keep rows whose key stays (a unique key re-inserted before the old row goes would clash).
    budgets = {b.year: b for b in p.budgets}
    p.budgets = [
        _set(budgets.get(year) or ProgrammeBudget(year=year), amount=amount)
        for year, amount in sorted(clean["budgets"].items())
    ]
    windows = {(w.opens_on, w.closes_on): w for w in p.windows}
    p.windows = [
        windows.get((o, c)) or ProgrammeWindow(opens_on=o, closes_on=c) for o, c in clean["windows"]
    ]
    docs = {d.name: d for d in p.documents}
    p.documents = [
        _set(docs.get(n) or ProgrammeDocument(name=n), position=i)
        for i, n in enumerate(clean["documents"])
    ]
    crits = {c.name: c for c in p.criteria}
    p.criteria = [
        _set(crits.get(n) or ProgrammeCriterion(name=n), weight=w, position=i)
        for i, (n, w) in enumerate(clean["criteria"])
    ]


def _set(obj, **values):  # noqa: ANN001, ANN003, ANN202
    for k, v in values.items():
        setattr(obj, k, v)
    return obj


def create_programme(ctx: AppContext, data: ProgrammeInput) -> ProgrammeView:
    """Set up a programme (a support policy or fund) with its budgets, windows and rubric."""
    require(ctx, "programme.create")
    errors: dict[str, str] = {}
    with ctx.db.write() as s:
        clean = _clean(s, data, None, errors)
        if errors:
            raise ValidationError(errors)
        p = Programme(budgets=[], windows=[], documents=[], criteria=[])
        _apply(p, clean)
        s.add(p)
        s.flush()
        audit.record(s, ctx, "create", "programme", p.id, audit.diff({}, _snapshot(p)), p.name_en)
        return view(p)


def update_programme(
    ctx: AppContext, programme_id: int, data: ProgrammeInput, expected_version: int | None = None
) -> ProgrammeView:
    """Edit a programme. A year's budget cannot drop below what is already approved in it."""
    require(ctx, "programme.update", programme_id)
    errors: dict[str, str] = {}
    with ctx.db.write() as s:
        p = load(s, programme_id, lock=True)
        audit.check_version(s, p, "programme", expected_version, f"Programme {p.name_en}")
        before = _snapshot(p)
        clean = _clean(s, data, p.id, errors)
        unit = clean["unit"] if "unit" not in errors else p.unit
        for b in p.budgets:
            used = committed(s, p.id, b.year)
            new = clean["budgets"].get(b.year)
            if used and (new is None or new < used) and "budgets" not in errors:
                errors["budgets"] = (
                    f"The {b.year} budget cannot be less than the {fmt_amount(used, unit)} "
                    "already approved in it"
                )
        if unit != p.unit and "unit" not in errors:
            used = s.scalar(select(func.count()).where(FinancingApplication.programme_id == p.id))
            if used:
                errors["unit"] = "The unit cannot change once applications have been made"
        if errors:
            raise ValidationError(errors)
        _apply(p, clean)
        after = _snapshot(p)
        changes = audit.diff(before, after)
        if changes and not audit.diff(
            {k: before[k] for k in FIELDS}, {k: after[k] for k in FIELDS}
        ):
            # Budgets, windows, documents or criteria alone: still a new version of it.
            flag_modified(p, "description")
        s.flush()
        audit.record(s, ctx, "update", "programme", p.id, changes, p.name_en)
        return view(p)

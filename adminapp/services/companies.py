"""The tenant register: companies admitted to the centre."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp import credit_code
from adminapp.errors import NotFound, ValidationError
from adminapp.models import SEGMENTS, STAGES, Company
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.context import AppContext
from adminapp.services.listing_sql import contains

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIELDS = (
    "name_en",
    "name_zh",
    "credit_code",
    "segment",
    "stage",
    "contact_name",
    "contact_phone",
    "contact_email",
    "admitted_on",
    "graduated_on",
)


@dataclass
class CompanyInput:
    name_en: str
    credit_code: str
    segment: str
    name_zh: str = ""
    stage: str = "seed"
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    admitted_on: dt.date | None = None
    graduated_on: dt.date | None = None


@dataclass(frozen=True)
class CompanyView:
    id: int
    name_en: str
    name_zh: str
    credit_code: str
    segment: str
    stage: str
    contact_name: str
    contact_phone: str
    contact_email: str
    admitted_on: dt.date | None
    graduated_on: dt.date | None
    version: int

    @property
    def display_name(self) -> str:
        return f"{self.name_en} ({self.name_zh})" if self.name_zh else self.name_en


def _view(c: Company) -> CompanyView:
    return CompanyView(*(getattr(c, f) for f in ("id", *FIELDS, "version")))


def validate(data: CompanyInput) -> tuple[dict, dict[str, str]]:
    """Clean values and ``{field: problem}`` for a company form (no database needed)."""
    errors: dict[str, str] = {}
    clean = {
        "name_en": data.name_en.strip(),
        "name_zh": data.name_zh.strip(),
        "credit_code": credit_code.normalise(data.credit_code),
        "segment": data.segment,
        "stage": data.stage,
        "contact_name": data.contact_name.strip(),
        "contact_phone": data.contact_phone.strip(),
        "contact_email": data.contact_email.strip(),
        "admitted_on": data.admitted_on,
        "graduated_on": data.graduated_on,
    }
    if not clean["name_en"] and not clean["name_zh"]:
        errors["name_en"] = "Give the company's English or Chinese name"
    problem = credit_code.problem(clean["credit_code"])
    if problem:
        errors["credit_code"] = f"Credit code {problem}"
    if data.segment not in SEGMENTS:
        errors["segment"] = "Choose the company's segment of the model chain"
    if data.stage not in STAGES:
        errors["stage"] = "Choose the company's stage"
    if clean["contact_email"] and not EMAIL.match(clean["contact_email"]):
        errors["contact_email"] = "Contact email is not an email address"
    if data.admitted_on and data.graduated_on and data.graduated_on < data.admitted_on:
        errors["graduated_on"] = "Graduated on must not be before admitted on"
    if not clean["name_en"]:
        clean["name_en"] = clean["name_zh"]
    return clean, errors


def _check_unique(s, code: str, company_id: int | None, errors: dict) -> None:  # noqa: ANN001
    other = s.scalar(
        select(Company).where(Company.credit_code == code, Company.id != (company_id or 0))
    )
    if other is not None:
        errors["credit_code"] = f"Credit code already belongs to {other.name_en}"


def create_company(ctx: AppContext, data: CompanyInput) -> CompanyView:
    """Admit a company. The credit code must be valid (GB 32100-2015) and unique."""
    require(ctx, "company.create")
    with ctx.db.write() as s:
        return _view(_create_company_in(s, ctx, data))


def _create_company_in(s: Session, ctx: AppContext, data: CompanyInput) -> Company:
    """Check and add a company inside the caller's unit of work (the importer shares it)."""
    clean, errors = validate(data)
    if "credit_code" not in errors:
        _check_unique(s, clean["credit_code"], None, errors)
    if errors:
        raise ValidationError(errors)
    c = Company(**clean)
    s.add(c)
    s.flush()
    audit.record(
        s, ctx, "create", "company", c.id, audit.diff({}, audit.snapshot(c, FIELDS)), c.name_en
    )
    return c


def update_company(
    ctx: AppContext, company_id: int, data: CompanyInput, expected_version: int | None = None
) -> CompanyView:
    """Save a company's edits; ``expected_version`` refuses a save over someone else's."""
    require(ctx, "company.update", company_id)
    clean, errors = validate(data)
    with ctx.db.write() as s:
        c = s.get(Company, company_id)
        if c is None:
            raise NotFound(f"Company {company_id} does not exist")
        audit.check_version(s, c, "company", expected_version, c.name_en)
        if "credit_code" not in errors:
            _check_unique(s, clean["credit_code"], company_id, errors)
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(c, FIELDS)
        for k, v in clean.items():
            setattr(c, k, v)
        s.flush()
        audit.record(
            s,
            ctx,
            "update",
            "company",
            c.id,
            audit.diff(before, audit.snapshot(c, FIELDS)),
            c.name_en,
        )
        return _view(c)


def get_company(ctx: AppContext, company_id: int) -> CompanyView:
    with ctx.db.read() as s:
        c = s.get(Company, company_id)
        if c is None:
            raise NotFound(f"Company {company_id} does not exist")
        return _view(c)


def find_companies(ctx: AppContext, text: str = "", limit: int = 50) -> list[CompanyView]:
    """Companies whose English or Chinese name or credit code contains ``text``."""
    with ctx.db.read() as s:
        q = select(Company).order_by(Company.name_en).limit(limit)
        if text.strip():
            text = text.strip()
            q = q.where(
                contains(Company.name_en, text)
                | contains(Company.name_zh, text)
                | contains(Company.credit_code, text)
            )
        return [_view(c) for c in s.scalars(q)]

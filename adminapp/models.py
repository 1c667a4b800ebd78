"""The centre's records as SQLAlchemy 2.x typed models.

Alembic owns the schema (``migrations/``); these classes describe it and a test checks that
the two agree. Money is ``Numeric`` + ``Decimal``; dates are ``Date``; lease terms are
half-open ``[start_date, end_date)``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)
Area = Numeric(12, 2)
Rate = Numeric(12, 4)


class UTCDateTime(TypeDecorator):
    """A moment in time, stored in UTC and always read back time-zone aware.

    SQLite keeps no zone (a naive value came back in whatever zone was written); PostgreSQL
    returns UTC. Both now give the same aware UTC datetime; screens convert to Asia/Shanghai.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):  # noqa: ANN001, ANN201
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTCDateTime column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect):  # noqa: ANN001, ANN201
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Every editable record carries a version so a stale save can be refused."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Building(Versioned, Base):
    __tablename__ = "buildings"
    __table_args__ = (CheckConstraint("gross_area > 0", name="gross_area_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_zh: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    gross_area: Mapped[Decimal] = mapped_column(Area, nullable=False)

    floors: Mapped[list[Floor]] = relationship(back_populates="building")
    __mapper_args__ = {"version_id_col": Versioned.version}


class Floor(Versioned, Base):
    __tablename__ = "floors"
    __table_args__ = (
        UniqueConstraint("building_id", "label", name="uq_floors_building_label"),
        CheckConstraint("gross_area > 0", name="gross_area_positive"),
        CheckConstraint("load_factor > 0 AND load_factor <= 1", name="load_factor_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), nullable=False)
    label: Mapped[str] = mapped_column(String(8), nullable=False)
    # Orders B2 < B1 < 1 < 2 ... without parsing labels in SQL.
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    gross_area: Mapped[Decimal] = mapped_column(Area, nullable=False)
    load_factor: Mapped[Decimal] = mapped_column(Numeric(5, 4), nullable=False)

    building: Mapped[Building] = relationship(back_populates="floors")
    units: Mapped[list[Unit]] = relationship(back_populates="floor")
    __mapper_args__ = {"version_id_col": Versioned.version}


UNIT_KINDS = (
    "private_office",
    "open_desk",
    "lab",
    "compute_room",
    "meeting_room",
    "event_space",
    "service_area",
)


class Unit(Versioned, Base):
    __tablename__ = "units"
    __table_args__ = (
        CheckConstraint("rentable_area > 0", name="rentable_area_positive"),
        CheckConstraint(
            "kind IN ('private_office','open_desk','lab','compute_room','meeting_room',"
            "'event_space','service_area')",
            name="kind_known",
        ),
        Index("ix_units_floor_code", "floor_id", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floors.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    rentable_area: Mapped[Decimal] = mapped_column(Area, nullable=False, index=True)
    in_service: Mapped[bool] = mapped_column(nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    floor: Mapped[Floor] = relationship(back_populates="units")
    __mapper_args__ = {"version_id_col": Versioned.version}


SEGMENTS = (
    "base_technology",
    "application_development",
    "scene_design",
    "compute_support",
    "product_marketing",
)
STAGES = ("seed", "angel", "series_a", "series_b", "series_c_plus", "listed")


class Company(Versioned, Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    name_zh: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    credit_code: Mapped[str] = mapped_column(String(18), nullable=False, unique=True)
    segment: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    stage: Mapped[str] = mapped_column(String(20), nullable=False, default="seed")
    contact_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    contact_email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    admitted_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    graduated_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint(
            "graduated_on IS NULL OR admitted_on IS NULL OR graduated_on >= admitted_on",
            name="graduated_after_admitted",
        ),
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


LEASE_STAGES = ("draft", "signed", "terminated")


class Lease(Versioned, Base):
    """A company's right to one or more units over ``[start_date, end_date)``.

    ``stage`` records the actions taken (draft, signed, terminated); the status a user sees
    (draft, upcoming, active, ended, terminated) follows from the stage and the date.
    """

    __tablename__ = "leases"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint("rent_per_m2_month >= 0", name="rent_not_negative"),
        CheckConstraint("deposit >= 0", name="deposit_not_negative"),
        CheckConstraint("rent_free_months >= 0", name="rent_free_not_negative"),
        CheckConstraint("stage IN ('draft','signed','terminated')", name="stage_known"),
        Index("ix_leases_company_start", "company_id", "start_date"),
        # Covers "in force on a date" (lease_terms.in_force): index-only at a million leases.
        Index("ix_leases_in_force", "end_date", "start_date", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), nullable=False)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    end_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    # Stored per m² per month; per-day figures are derived (adminapp.rent).
    rent_per_m2_month: Mapped[Decimal] = mapped_column(Rate, nullable=False)
    rent_free_months: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    deposit: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal("0"))
    stage: Mapped[str] = mapped_column(String(12), nullable=False, default="signed", index=True)
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    renewal_of_id: Mapped[int | None] = mapped_column(ForeignKey("leases.id"), index=True)
    # Denormalised for list views over a million leases: total rentable area, unit codes.
    area: Mapped[Decimal] = mapped_column(Area, nullable=False, default=Decimal("0"), index=True)
    unit_codes: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    # Sorts leases by their units as people read codes (2F before 10F); see unit_sort_key.
    unit_sort: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    company: Mapped[Company] = relationship()
    units: Mapped[list[LeaseUnit]] = relationship(
        back_populates="lease", cascade="all, delete-orphan", order_by="LeaseUnit.unit_id"
    )
    rent_steps: Mapped[list[RentStep]] = relationship(
        back_populates="lease", cascade="all, delete-orphan", order_by="RentStep.effective_from"
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class LeaseUnit(Base):
    __tablename__ = "lease_units"

    lease_id: Mapped[int] = mapped_column(
        ForeignKey("leases.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True, index=True)

    lease: Mapped[Lease] = relationship(back_populates="units")
    unit: Mapped[Unit] = relationship()


class RentStep(Base):
    """From ``effective_from`` on, the lease's rent is ``rent_per_m2_month``."""

    __tablename__ = "rent_steps"
    __table_args__ = (
        UniqueConstraint("lease_id", "effective_from", name="uq_rent_steps_lease_from"),
        CheckConstraint("rent_per_m2_month >= 0", name="rent_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(
        ForeignKey("leases.id", ondelete="CASCADE"), nullable=False
    )
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    rent_per_m2_month: Mapped[Decimal] = mapped_column(Rate, nullable=False)

    lease: Mapped[Lease] = relationship(back_populates="rent_steps")


class AuditEntry(Base):
    """Who changed which record when, field by field (``changes`` is JSON)."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entity", "entity_type", "entity_id"),
        # The Audit page's Action filter: its choices, its pages and its count.
        Index("ix_audit_action_at", "action", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    workstation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


ROLE_NAMES = ("staff", "finance", "manager", "director", "admin")


class User(Versioned, Base):
    """A member of staff who signs in. Passwords are kept only as a salted scrypt hash.

    ``version`` is raised by the services on every edit an administrator makes (not on the
    bookkeeping of sign-ins), so a sign-in never makes an administrator's form stale.
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("failed_logins >= 0", name="failed_logins_not_negative"),
        CheckConstraint("length(login) > 0", name="login_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(300), nullable=False)
    active: Mapped[bool] = mapped_column(nullable=False, default=True)
    must_change_password: Mapped[bool] = mapped_column(nullable=False, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="UserRole.role"
    )


class UserRole(Base):
    __tablename__ = "user_roles"
    __table_args__ = (
        CheckConstraint(
            "role IN ('staff','finance','manager','director','admin')", name="role_known"
        ),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True, index=True)

    user: Mapped[User] = relationship(back_populates="roles")


class Setting(Versioned, Base):
    """A centre-wide setting (approval limits by role, ...), edited by an administrator."""

    __tablename__ = "settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    __mapper_args__ = {"version_id_col": Versioned.version}


# --- Financing: support programmes and the applications made to them --------------------

PROGRAMME_KINDS = ("grant", "subsidy", "voucher", "interest_subsidy", "equity")
PLATFORMS = ("compute", "open_data", "evaluation", "financial", "comprehensive")
PROGRAMME_UNITS = ("CNY", "GPU_HOURS")
APPLICATION_STATUSES = (
    "draft",
    "submitted",
    "under_review",
    "approved",
    "rejected",
    "withdrawn",
    "disbursing",
    "closed",
)


class Programme(Versioned, Base):
    """A support policy or fund that companies apply to (a subsidy, a voucher, a grant ...).

    Amounts are in ``unit``: CNY, or GPU-hours for compute vouchers. ``segments`` is a
    comma-separated list of company segments allowed to apply (empty: every segment).
    """

    __tablename__ = "programmes"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('grant','subsidy','voucher','interest_subsidy','equity')", name="kind_known"
        ),
        CheckConstraint(
            "platform IN ('compute','open_data','evaluation','financial','comprehensive')",
            name="platform_known",
        ),
        CheckConstraint("unit IN ('CNY','GPU_HOURS')", name="unit_known"),
        CheckConstraint(
            "cap_per_company_year IS NULL OR cap_per_company_year >= 0",
            name="company_cap_not_negative",
        ),
        CheckConstraint(
            "cap_percent IS NULL OR (cap_percent > 0 AND cap_percent <= 100)",
            name="cap_percent_range",
        ),
        CheckConstraint("min_months_in_residence >= 0", name="min_months_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    platform: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    unit: Mapped[str] = mapped_column(String(10), nullable=False, default="CNY")
    cap_per_company_year: Mapped[Decimal | None] = mapped_column(Money)
    cap_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    requires_active_lease: Mapped[bool] = mapped_column(nullable=False, default=False)
    # Refuse companies with rent arrears over 90 days (adminapp.services.billing.ledger).
    bars_arrears_over_90: Mapped[bool] = mapped_column(nullable=False, default=False)
    min_months_in_residence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    segments: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(nullable=False, default=True)

    budgets: Mapped[list[ProgrammeBudget]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="ProgrammeBudget.year"
    )
    windows: Mapped[list[ProgrammeWindow]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="ProgrammeWindow.opens_on",
    )
    documents: Mapped[list[ProgrammeDocument]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="ProgrammeDocument.position",
    )
    criteria: Mapped[list[ProgrammeCriterion]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="ProgrammeCriterion.position",
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class ProgrammeBudget(Base):
    """What a programme may commit in one calendar year (in the programme's unit)."""

    __tablename__ = "programme_budgets"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)

    programme: Mapped[Programme] = relationship(back_populates="budgets")


class ProgrammeWindow(Base):
    """Applications are received from ``opens_on`` up to (not including) ``closes_on``."""

    __tablename__ = "programme_windows"
    __table_args__ = (CheckConstraint("closes_on > opens_on", name="closes_after_opens"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    opens_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closes_on: Mapped[dt.date] = mapped_column(Date, nullable=False)

    programme: Mapped[Programme] = relationship(back_populates="windows")


class ProgrammeDocument(Base):
    """A document every application to the programme must carry before it is submitted."""

    __tablename__ = "programme_documents"
    __table_args__ = (
        UniqueConstraint("programme_id", "name", name="uq_programme_documents_programme_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    programme: Mapped[Programme] = relationship(back_populates="documents")


class ProgrammeCriterion(Base):
    """One line of the programme's review rubric and its weight."""

    __tablename__ = "programme_criteria"
    __table_args__ = (
        UniqueConstraint("programme_id", "name", name="uq_programme_criteria_programme_name"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    programme: Mapped[Programme] = relationship(back_populates="criteria")


class FinancingApplication(Versioned, Base):
    """A company's application to a programme for one budget year.

    ``submitted_on`` is the date the centre received it (windows and eligibility are judged on
    it); the moment of each step is in ``steps``.
    """

    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint("requested_amount >= 0", name="requested_not_negative"),
        CheckConstraint("eligible_cost >= 0", name="eligible_cost_not_negative"),
        CheckConstraint(
            "approved_amount IS NULL OR (approved_amount >= 0 "
            "AND approved_amount <= requested_amount)",
            name="approved_within_requested",
        ),
        CheckConstraint(
            "status IN ('draft','submitted','under_review','approved','rejected','withdrawn',"
            "'disbursing','closed')",
            name="status_known",
        ),
        # The pipeline page's filters; budget sums read (programme, year, status).
        Index("ix_applications_programme_year_status", "programme_id", "year", "status"),
        Index("ix_applications_company_programme_year", "company_id", "programme_id", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), nullable=False)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    requested_amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    eligible_cost: Mapped[Decimal] = mapped_column(Money, nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # For compute vouchers (GPU-hours): the compute provider the hours are used with.
    provider: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft", index=True)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    approved_amount: Mapped[Decimal | None] = mapped_column(Money)
    decided_by: Mapped[str | None] = mapped_column(String(60))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    company: Mapped[Company] = relationship()
    programme: Mapped[Programme] = relationship()
    documents: Mapped[list[ApplicationDocument]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="ApplicationDocument.id",
    )
    reviews: Mapped[list[ApplicationReview]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ApplicationReview.id"
    )
    steps: Mapped[list[ApplicationStep]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ApplicationStep.id"
    )
    tranches: Mapped[list[ApplicationTranche]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="ApplicationTranche.seq",
    )
    usages: Mapped[list[ComputeUsage]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ComputeUsage.id"
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class ApplicationDocument(Base):
    """A file attached to an application, copied into the data folder (``stored_path``)."""

    __tablename__ = "application_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    original_filename: Mapped[str] = mapped_column(String(260), nullable=False)
    stored_path: Mapped[str] = mapped_column(String(400), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    added_by: Mapped[str] = mapped_column(String(60), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    application: Mapped[FinancingApplication] = relationship(back_populates="documents")


class ApplicationReview(Base):
    """One reviewer's scores on the rubric; ``score`` is their weighted score (0-10)."""

    __tablename__ = "application_reviews"
    __table_args__ = (
        UniqueConstraint(
            "application_id", "reviewer", name="uq_application_reviews_application_reviewer"
        ),
        CheckConstraint("score >= 0 AND score <= 10", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), nullable=False
    )
    reviewer: Mapped[str] = mapped_column(String(60), nullable=False)
    score: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    application: Mapped[FinancingApplication] = relationship(back_populates="reviews")
    scores: Mapped[list[ApplicationReviewScore]] = relationship(
        back_populates="review",
        cascade="all, delete-orphan",
        order_by="ApplicationReviewScore.position",
    )


class ApplicationReviewScore(Base):
    """A criterion's score as given, with the criterion's name and weight at that time."""

    __tablename__ = "application_review_scores"
    __table_args__ = (CheckConstraint("score >= 0 AND score <= 10", name="score_range"),)

    review_id: Mapped[int] = mapped_column(
        ForeignKey("application_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    criterion: Mapped[str] = mapped_column(String(120), nullable=False)
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2), nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)

    review: Mapped[ApplicationReview] = relationship(back_populates="scores")


class ApplicationStep(Base):
    """One move of an application through the workflow: who, when, from, to and why."""

    __tablename__ = "application_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    by: Mapped[str] = mapped_column(String(60), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    application: Mapped[FinancingApplication] = relationship(back_populates="steps")


class ApplicationTranche(Base):
    """One planned payment of an approved application; paid once its milestone is met."""

    __tablename__ = "application_tranches"
    __table_args__ = (
        UniqueConstraint("application_id", "seq", name="uq_application_tranches_application_seq"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "paid_on IS NULL OR milestone_met_on IS NOT NULL", name="paid_after_milestone"
        ),
        # The disbursements report reads payments by month.
        Index("ix_application_tranches_paid_on", "paid_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), nullable=False
    )
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    milestone: Mapped[str] = mapped_column(Text, nullable=False)
    milestone_met_on: Mapped[dt.date | None] = mapped_column(Date)
    milestone_met_by: Mapped[str | None] = mapped_column(String(60))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    payment_reference: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    paid_by: Mapped[str | None] = mapped_column(String(60))

    application: Mapped[FinancingApplication] = relationship(back_populates="tranches")


class ComputeUsage(Base):
    """GPU-hours used against an approved compute voucher (never more than it allocates)."""

    __tablename__ = "compute_usages"
    __table_args__ = (CheckConstraint("hours > 0", name="hours_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, index=True
    )
    used_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    reference: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    application: Mapped[FinancingApplication] = relationship(back_populates="usages")


# Consultations ---------------------------------------------------------------------------

TOPICS = ("policy", "financing", "legal_ip", "compute", "talent", "market")
BOOKING_STATUSES = ("booked", "completed", "cancelled", "no_show")


class Consultant(Versioned, Base):
    """An adviser companies book sessions with. ``topics`` is a comma-separated list of
    :data:`TOPICS`; ``buffer_minutes`` must stay free between two of their sessions."""

    __tablename__ = "consultants"
    __table_args__ = (
        CheckConstraint("buffer_minutes >= 0 AND buffer_minutes <= 240", name="buffer_range"),
        CheckConstraint(
            "platform IN ('compute','open_data','evaluation','financial','comprehensive')",
            name="platform_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    topics: Mapped[str] = mapped_column(String(200), nullable=False)
    platform: Mapped[str] = mapped_column(String(20), nullable=False)
    internal: Mapped[bool] = mapped_column(nullable=False, default=True)
    buffer_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(nullable=False, default=True)

    hours: Mapped[list[ConsultantHours]] = relationship(
        back_populates="consultant",
        cascade="all, delete-orphan",
        order_by="(ConsultantHours.weekday, ConsultantHours.starts)",
    )
    time_off: Mapped[list[ConsultantTimeOff]] = relationship(
        back_populates="consultant",
        cascade="all, delete-orphan",
        order_by="ConsultantTimeOff.starts_at",
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class ConsultantHours(Base):
    """A consultant's working hours on one weekday (0 = Monday), Asia/Shanghai wall time."""

    __tablename__ = "consultant_hours"
    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),
        CheckConstraint("ends > starts", name="ends_after_starts"),
    )

    consultant_id: Mapped[int] = mapped_column(
        ForeignKey("consultants.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts: Mapped[dt.time] = mapped_column(Time, primary_key=True)
    ends: Mapped[dt.time] = mapped_column(Time, nullable=False)

    consultant: Mapped[Consultant] = relationship(back_populates="hours")


class ConsultantTimeOff(Base):
    """A period ``[starts_at, ends_at)`` in which the consultant takes no sessions."""

    __tablename__ = "consultant_time_off"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_starts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultant_id: Mapped[int] = mapped_column(
        ForeignKey("consultants.id", ondelete="CASCADE"), nullable=False, index=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    consultant: Mapped[Consultant] = relationship(back_populates="time_off")


class MeetingRoom(Versioned, Base):
    """A bookable meeting room: a unit of kind ``meeting_room`` with its capacity and opening
    hours (Asia/Shanghai wall time) on ``open_days`` (weekday digits, 0 = Monday)."""

    __tablename__ = "meeting_rooms"
    __table_args__ = (
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("closes > opens", name="closes_after_opens"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    capacity: Mapped[int] = mapped_column(Integer, nullable=False)
    opens: Mapped[dt.time] = mapped_column(Time, nullable=False)
    closes: Mapped[dt.time] = mapped_column(Time, nullable=False)
    open_days: Mapped[str] = mapped_column(String(7), nullable=False, default="01234")
    active: Mapped[bool] = mapped_column(nullable=False, default=True)

    unit: Mapped[Unit] = relationship()
    closures: Mapped[list[RoomClosure]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="RoomClosure.starts_at"
    )
    __mapper_args__ = {"version_id_col": Versioned.version}


class RoomClosure(Base):
    """A period ``[starts_at, ends_at)`` in which a room is out of service."""

    __tablename__ = "room_closures"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_starts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_rooms.id", ondelete="CASCADE"), nullable=False, index=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    room: Mapped[MeetingRoom] = relationship(back_populates="closures")


class Booking(Versioned, Base):
    """A consultation ``[starts_at, ends_at)`` between a company and a consultant, in a room.

    The company is a tenant (``company_id``) or a prospective company named in
    ``prospect_name``, never both. ``starts_at``/``ends_at`` are UTC; the centre's clock is
    Asia/Shanghai.
    """

    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("attendees > 0", name="attendees_positive"),
        CheckConstraint(
            "status IN ('booked','completed','cancelled','no_show')", name="status_known"
        ),
        CheckConstraint(
            "status <> 'cancelled' OR length(cancel_reason) > 0", name="cancel_has_reason"
        ),
        CheckConstraint("(company_id IS NULL) <> (prospect_name = '')", name="company_or_prospect"),
        CheckConstraint(
            "topic IN ('policy','financing','legal_ip','compute','talent','market')",
            name="topic_known",
        ),
        # Clash checks and calendars read a consultant's / a room's bookings by start time.
        Index("ix_bookings_consultant_starts", "consultant_id", "starts_at"),
        Index("ix_bookings_room_starts", "room_id", "starts_at"),
        Index("ix_bookings_company_starts", "company_id", "starts_at"),
        Index("ix_bookings_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"))
    prospect_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id"), nullable=False)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_rooms.id"))
    topic: Mapped[str] = mapped_column(String(20), nullable=False)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    attendees: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="booked")
    cancel_reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    confirmed_by: Mapped[str | None] = mapped_column(String(60))  # a manager, for a flagged company
    created_by: Mapped[str] = mapped_column(String(60), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    company: Mapped[Company | None] = relationship()
    consultant: Mapped[Consultant] = relationship()
    room: Mapped[MeetingRoom | None] = relationship()
    events: Mapped[list[BookingEvent]] = relationship(
        back_populates="booking", cascade="all, delete-orphan", order_by="BookingEvent.id"
    )
    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def reference(self) -> str:
        """What staff quote for a booking, e.g. ``B000042`` (from the id: no numbering lock)."""
        return booking_reference(self.id)


def booking_reference(booking_id: int) -> str:
    return f"B{booking_id:06d}"


class BookingEvent(Base):
    """One step in a booking's life: booked, rescheduled (with the old and new times),
    completed, cancelled (with the reason), no-show."""

    __tablename__ = "booking_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    by: Mapped[str] = mapped_column(String(60), nullable=False)
    old_starts_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    old_ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    old_consultant_id: Mapped[int | None] = mapped_column(Integer)
    old_room_id: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")

    booking: Mapped[Booking] = relationship(back_populates="events")


# Billing ---------------------------------------------------------------------------------

CHARGE_KINDS = ("rent", "service_fee", "utilities", "damages", "other", "credit_note")
PAYMENT_METHODS = ("bank_transfer", "cheque", "cash", "card", "other")
DEPOSIT_KINDS = ("charge", "receipt", "application", "refund")


class Charge(Versioned, Base):
    """What a company owes: a month's rent of a lease (``period_start``/``period_end``,
    half-open), a charge added by hand, or a credit note (negative) correcting an issued one.

    A charge is scheduled (``issued_on`` empty) until it is issued; a scheduled charge follows
    its lease when the lease changes, an issued one is never rewritten: a credit note (or a
    supplementary charge) with ``corrects_id`` adjusts it.
    """

    __tablename__ = "charges"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('rent','service_fee','utilities','damages','other','credit_note')",
            name="kind_known",
        ),
        CheckConstraint("amount <> 0", name="amount_not_zero"),
        CheckConstraint(
            "kind = 'credit_note' OR amount > 0 OR corrects_id IS NOT NULL",
            name="only_corrections_negative",
        ),  # fmt: skip
        CheckConstraint(
            "period_end IS NULL OR (period_start IS NOT NULL AND period_end > period_start)",
            name="period_half_open",
        ),
        # One rent charge per lease and month: generating again creates nothing twice.
        Index(
            "uq_charges_lease_rent_period",
            "lease_id",
            "period_start",
            unique=True,
            sqlite_where=text("kind = 'rent' AND corrects_id IS NULL"),
            postgresql_where=text("kind = 'rent' AND corrects_id IS NULL"),
        ),
        Index("ix_charges_company_due", "company_id", "due_on"),
        Index("ix_charges_due_on", "due_on"),
        Index("ix_charges_corrects_id", "corrects_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), nullable=False)
    lease_id: Mapped[int | None] = mapped_column(ForeignKey("leases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    description: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("charges.id"))
    # Made by generation from the lease (its rent, or a correction because the lease changed);
    # charges and credit notes made by hand are not.
    from_lease: Mapped[bool] = mapped_column(nullable=False, default=False)
    created_by: Mapped[str] = mapped_column(String(60), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    company: Mapped[Company] = relationship()
    lease: Mapped[Lease | None] = relationship()
    __mapper_args__ = {"version_id_col": Versioned.version}


class Payment(Base):
    """Money received from a company. Never deleted: a reversal (bounced, keyed twice) is
    recorded with its date and reason, and the payment stops counting from that date."""

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "method IN ('bank_transfer','cheque','cash','card','other')", name="method_known"
        ),
        CheckConstraint(
            "(reversed_on IS NULL) = (reversal_reason = '')", name="reversal_has_reason"
        ),
        Index("ix_payments_company_received", "company_id", "received_on"),
        Index("ix_payments_received_on", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    reference: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reversed_on: Mapped[dt.date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    reversed_by: Mapped[str | None] = mapped_column(String(60))

    company: Mapped[Company] = relationship()


class DepositEntry(Base):
    """One step of a lease's deposit: charged, received (held), applied to debts (a credit on
    the company's account), refunded when the lease ends."""

    __tablename__ = "deposit_entries"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("kind IN ('charge','receipt','application','refund')", name="kind_known"),
        Index("ix_deposit_entries_lease_on", "lease_id", "on_date"),
        Index("ix_deposit_entries_company_on", "company_id", "on_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[int] = mapped_column(ForeignKey("leases.id"), nullable=False)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money, nullable=False)
    reference: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    note: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

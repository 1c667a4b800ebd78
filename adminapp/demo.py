"""The demo centre: a realistic, current-looking West Bund AI Tower for trying the app out.

``generate_demo`` fills an empty database deterministically (a fixed seed; the same arguments
give the same rows) and lays the history out relative to ``today``, so the demo always looks
current: leases reach ``history_years`` back and into the future, about 85 % of the rentable
area is leased today and a few dozen leases expire within 90 days.

Rows go in with bulk Core ``insert()`` in one unit of work, a tower at a time and in batches,
so a million leases fit in memory and nothing is half written if generation fails or is
cancelled. Ids are assigned here (the database is empty), which lets leases, their units and
renewals refer to one another without reading anything back.

Then, in the same unit of work, the consultation desk (:mod:`adminapp.demo_consultations`):
15 consultants, the meeting rooms and two years of bookings (planned clash-free, written in
bulk); and the financing history (:mod:`adminapp.demo_financing`): 18 programmes and two
calendar years of applications, made through the financing services as the demo users, so
every rule and the audit trail hold.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import secrets
import socket
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from adminapp import rent
from adminapp.cancel import Cancelled
from adminapp.db import Database, data_dir
from adminapp.demo_accounts import DEMO_ACCOUNTS, DEMO_ADMIN, demo_accounts_text  # noqa: F401
from adminapp.demo_billing import BillingSummary, generate_billing
from adminapp.demo_companies import Names, make_company
from adminapp.demo_consultations import generate_consultations
from adminapp.demo_financing import PROGRESS_STEPS, generate_financing
from adminapp.errors import DomainError
from adminapp.models import (
    AuditEntry,
    Building,
    Company,
    Floor,
    Lease,
    LeaseUnit,
    RentStep,
    Unit,
    User,
    UserRole,
)
from adminapp.passwords import hash_password
from adminapp.services.access import may, require
from adminapp.services.app_settings import DEMO_ACCOUNTS as DEMO_ACCOUNTS_FLAG
from adminapp.services.app_settings import set_flag
from adminapp.services.building import lease_unit_labels
from adminapp.services.context import ALL_ROLES, Actor, AppContext, centre_now, centre_today
from adminapp.services.lease_terms import add_months, in_force
from adminapp.services.occupancy import occupancy

SEED = "west-bund-ai-tower"
BATCH_ROWS = 50_000
TOWER_GROSS_CENTS = 6_000_000  # 60,000.00 m² per tower
COMPANIES_PER_TOWER = 120
CENT = Decimal("0.01")
RATE_MIN, RATE_MAX = Decimal(150), Decimal(320)

Progress = Callable[[int, int], bool | None]
Stage = Callable[[str], bool | None]
# The stages ``generate_demo`` reports to ``stage``, in order (consultations, billing and
# financing only when made).
STAGES = ("centre", "accounts", "consultations", "billing", "financing")
CANCELLED = "Demo generation cancelled; nothing was written."


@dataclass(frozen=True)
class DemoSummary:
    as_of: dt.date
    buildings: int
    floors: int
    units: int
    companies: int
    leases: int
    leases_in_force_today: int
    leases_expiring_90_days: int
    occupancy_rate: Decimal  # leased over rentable area today, as a fraction
    elapsed_seconds: float
    users: int = 0  # demo accounts made
    programmes: int = 0  # financing programmes
    applications: int = 0  # financing applications
    applications_by_status: dict[str, int] = field(default_factory=dict)
    consultants: int = 0
    meeting_rooms: int = 0
    bookings: int = 0  # consultations, every status
    bookings_by_status: dict[str, int] = field(default_factory=dict)
    flagged_companies: int = 0  # three or more no-shows in the last 90 days
    billing: BillingSummary | None = None

    def __str__(self) -> str:
        financing = (
            f"{self.programmes} financing programmes, {self.applications} applications, "
            if self.programmes
            else ""
        )
        if self.bookings:
            financing = (
                f"{self.consultants} consultants, {self.meeting_rooms} meeting rooms, "
                f"{self.bookings} bookings, " + financing
            )
        if self.billing:
            b = self.billing
            financing += (
                f"{b.charges} charges, {b.payments} payments, {b.in_arrears} companies in "
                f"arrears ({b.over_90} over 90 days), {b.in_credit} in credit, "
            )
        return (
            f"{self.buildings} building(s), {self.floors} floors, {self.units} units, "
            f"{self.companies} companies, {self.leases} leases ({self.leases_in_force_today} in "
            f"force on {self.as_of}, {self.leases_expiring_90_days} expiring within 90 days), "
            f"occupancy {self.occupancy_rate * 100:.1f} %, {financing}"
            f"{self.elapsed_seconds:.1f} s"
        )


def generate_demo(
    db: Database,
    *,
    scale: int = 1,
    today: dt.date | None = None,
    history_years: int = 2,
    progress: Progress | None = None,
    financing: bool = True,
    consultations: bool = True,
    billing: bool = True,
    stage: Stage | None = None,
    public_accounts: bool = True,
) -> DemoSummary:
    """Fill an empty database with the demo centre and say what was made.

    ``scale`` N makes N towers of 60,000 m² (21 floors, ~335 units and 120 companies each;
    towers 2.. are "West Bund AI Tower 2".. with unit codes like ``T2-7F-12``). A tower with
    ``history_years`` Y gets about ``40 + 128 * Y`` leases (≈ 300 for the default 2 years),
    so N × (40 + 128 Y) in all. For ≈ 1,000,000 leases pass ``scale=200, history_years=39``
    (measured: 1,013,448 leases, 68,012 units, 24,000 companies in about 2 minutes, 120 MB
    of memory and a 365 MB SQLite file).

    With ``financing`` (the default) the first tower's companies then get the financing
    history (:func:`adminapp.demo_financing.generate_financing`: 18 programmes and about 380
    applications over last year and this year, whatever the scale), made through the
    financing services inside the same unit of work. It is most of the time taken (about
    0.2 s of CPU per application, mostly the services loading each application they change);
    tests about the building and leases alone pass ``financing=False``.

    With ``consultations`` (the default) the first tower also gets its consultation desk
    (:func:`adminapp.demo_consultations.generate_consultations`: 15 consultants, up to 10
    meeting rooms, 360-520 bookings a month over the last two years and four weeks ahead;
    1-3 s), before the centre is reported written; ``consultations=False`` leaves it out.

    With ``billing`` (the default) every tower's leases then get their money history
    (:func:`adminapp.demo_billing.generate_billing`: rent charged and issued month by month,
    utilities, service fees, payments, deposits, arrears; about 2 s at scale 1), also before
    the centre is reported written; ``billing=False`` leaves it out.

    ``today`` (default: the centre's today) anchors the history. ``progress(done, total)``
    is called before the first tower, after each tower, once the centre is written and ten
    times more as the financing history advances; returning ``False`` cancels
    (:class:`~adminapp.cancel.Cancelled`, a DomainError: the unit of work rolls back and the
    copies of the documents already attached are removed from the data folder, so nothing is
    left). ``stage(name)`` is called as each of :data:`STAGES` begins ("centre": buildings,
    units, companies and leases; "accounts"; "consultations"; "billing"; "financing"), for a
    label; returning ``False`` cancels too.

    Raises DomainError "database already has data" unless the database holds no building,
    unit, company or lease. With ``public_accounts`` (the command line) it must hold no
    account either, and the five demo accounts get the public passwords of
    :data:`DEMO_ACCOUNTS`. Without (the GUI's "Fill with demo data…", signed in to a new
    database) the accounts already there are kept; a demo login already taken must hold the
    demo role, and is used as it is; the others are made with random passwords that nobody
    knows (an administrator sets them on the Users page).
    """
    if scale < 1:
        raise DomainError("Scale must be 1 or more")
    if history_years < 1:
        raise DomainError("History must be at least one year")
    started = time.perf_counter()
    today = today or centre_today()
    total = scale + 1 + (PROGRESS_STEPS if financing else 0)

    def report(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled(CANCELLED)

    def begin(name: str) -> None:
        if stage is not None and stage(name) is False:
            raise Cancelled(CANCELLED)

    counts: dict[str, int] = defaultdict(int)
    with _documents_removed_on_failure(), db.write() as s:
        if any(s.scalar(select(m.id).limit(1)) for m in (Building, Unit, Company, Lease)):
            raise DomainError("database already has data")
        if public_accounts and s.scalar(select(User.id).limit(1)) is not None:
            # Its accounts are real people's: the demo (and its public passwords) goes only
            # into a new database.
            raise DomainError("database already has accounts; the demo goes into a new database")
        report(0)
        begin("centre")
        writer = _Writer(s, counts)
        names = Names()
        refs: dict[int, int] = defaultdict(int)
        for k in range(1, scale + 1):
            _Tower(k, today, history_years, writer, names, refs).build()
            writer.flush(threshold=BATCH_ROWS)
            report(k)
        writer.flush()
        _reset_sequences(s)
        _audit(s, counts, scale, history_years, today)
        begin("accounts")
        counts["users"] = _accounts(s) if public_accounts else _private_accounts(s)
        users = dict(s.execute(select(User.login, User.id)).all())
        desk = None
        if consultations:
            begin("consultations")
            desk = generate_consultations(s, db, today, users, (1, COMPANIES_PER_TOWER))
        if billing:
            begin("billing")
        money = generate_billing(s, db, today, users) if billing else None
        report(scale + 1)
        made = None
        if financing:
            begin("financing")
            made = generate_financing(
                s,
                db,
                today,
                users,
                (1, COMPANIES_PER_TOWER),
                progress=lambda step: report(scale + 1 + step),
            )
    ctx = AppContext(db, Actor("demo", socket.gethostname(), roles=ALL_ROLES))
    summary = occupancy(ctx, today)
    with db.read() as s:
        in_force_today = s.scalar(select(func.count(Lease.id)).where(in_force(today)))
    return DemoSummary(
        as_of=today,
        buildings=counts["buildings"],
        floors=counts["floors"],
        units=counts["units"],
        companies=counts["companies"],
        leases=counts["leases"],
        leases_in_force_today=int(in_force_today or 0),
        leases_expiring_90_days=summary.expiring.get(90, 0),
        occupancy_rate=summary.rate,
        elapsed_seconds=round(time.perf_counter() - started, 3),
        users=counts["users"],
        programmes=made.programmes if made else 0,
        applications=made.applications if made else 0,
        applications_by_status=made.by_status if made else {},
        consultants=desk.consultants if desk else 0,
        meeting_rooms=desk.rooms if desk else 0,
        bookings=desk.bookings if desk else 0,
        bookings_by_status=desk.by_status if desk else {},
        flagged_companies=desk.flagged_companies if desk else 0,
        billing=money,
    )


def centre_is_empty(db: Database) -> bool:
    """Whether the database holds no building, unit, company or lease (the demo can go in)."""
    with db.read() as s:
        return not any(s.scalar(select(m.id).limit(1)) for m in (Building, Unit, Company, Lease))


def can_fill(ctx: AppContext) -> bool:
    """Whether ``ctx``'s user may fill this database with the demo centre now (an
    administrator, and the centre is empty)."""
    return may(ctx, "user.create") and centre_is_empty(ctx.db)


def fill_demo(
    ctx: AppContext, *, progress: Progress | None = None, stage: Stage | None = None
) -> DemoSummary:
    """The GUI's "Fill with demo data…": :func:`generate_demo` into the signed-in
    administrator's empty database, keeping its accounts (``public_accounts=False``)."""
    require(ctx, "user.create")
    return generate_demo(ctx.db, progress=progress, stage=stage, public_accounts=False)


# --- accounts ---------------------------------------------------------------------------


# One account per role; the passwords are public (adminapp/demo_accounts.py).
def _user(
    login: str, name: str, role: str, password: str, *, must_change: bool, now: dt.datetime
) -> User:
    """A demo account holding one role."""
    user = User(
        login=login,
        display_name=name,
        password_hash=hash_password(password),
        active=True,
        must_change_password=must_change,
        failed_logins=0,
        created_at=now,
        version=1,
    )
    user.roles = [UserRole(role=role)]
    return user


def _private_accounts(s: Session) -> int:
    """The demo accounts beside the accounts already there: a login already taken is used as
    it is (it must hold the demo role); the others get a random password nobody knows."""
    now = centre_now()
    made = []
    for login, name, role, _password in DEMO_ACCOUNTS:
        user = s.scalar(select(User).where(func.lower(User.login) == login))
        if user is not None:
            if not user.active or role not in {r.role for r in user.roles}:
                raise DomainError(
                    f"The demo acts as the {role} {login!r}; this database's account {login!r} "
                    f"is not an active {role}. Use a new database for the demo.",
                    "login",
                )
            continue
        s.add(_user(login, name, role, secrets.token_urlsafe(24), must_change=True, now=now))
        made.append(login)
    s.flush()
    if made:
        s.add(
            AuditEntry(
                at=now,
                actor="demo",
                workstation=socket.gethostname(),
                action="create",
                entity_type="user",
                entity_id=None,
                summary="Demo accounts (no password known; set one on the Users page): "
                + ", ".join(made),
                changes="{}",
            )
        )
    return len(made)


@contextlib.contextmanager
def _documents_removed_on_failure() -> Iterator[None]:
    """Remove the document copies the demo put in the data folder if it fails or is cancelled
    (the database rolls back; the files are not in it)."""
    from adminapp.services.financing.documents import DOCUMENTS_FOLDER

    folder = data_dir() / DOCUMENTS_FOLDER
    before = _tree(folder)
    try:
        yield
    except BaseException:
        for path in sorted(_tree(folder) - before, key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink()
        raise


def _tree(folder: Path) -> set[Path]:
    return set(folder.rglob("*")) | {folder} if folder.exists() else set()


def _accounts(s: Session) -> int:
    """The demo accounts (generate_demo has checked the database has none)."""
    now = centre_now()
    for login, name, role, password in DEMO_ACCOUNTS:
        s.add(_user(login, name, role, password, must_change=False, now=now))
    s.flush()
    set_flag(s, DEMO_ACCOUNTS_FLAG, "1")
    s.add(
        AuditEntry(
            at=now,
            actor="demo",
            workstation=socket.gethostname(),
            action="create",
            entity_type="user",
            entity_id=None,
            summary="Demo accounts: " + ", ".join(a[0] for a in DEMO_ACCOUNTS),
            changes="{}",
        )
    )
    return len(DEMO_ACCOUNTS)


# --- writing ------------------------------------------------------------------------------

# Parents before children, so foreign keys hold at every batch.
_TABLES = (Building, Floor, Unit, Company, Lease, LeaseUnit, RentStep)


class _Writer:
    def __init__(self, session: Session, counts: dict[str, int]) -> None:
        self.s = session
        self.counts = counts
        self.rows: dict[type, list[dict]] = {m: [] for m in _TABLES}
        self.next_id: dict[type, int] = defaultdict(lambda: 1)

    def add(self, model: type, row: dict) -> int | None:
        if model is not LeaseUnit:
            row["id"] = self.next_id[model]
            self.next_id[model] += 1
        self.rows[model].append(row)
        return row.get("id")

    def flush(self, threshold: int = 0) -> None:
        if sum(len(r) for r in self.rows.values()) < max(threshold, 1):
            return
        for model in _TABLES:
            rows = self.rows[model]
            for i in range(0, len(rows), BATCH_ROWS):
                # The table, not the mapped class: the ORM's bulk path splits rows whose None
                # columns differ into many small statements (20x slower here).
                self.s.execute(insert(model.__table__), rows[i : i + BATCH_ROWS])
            self.counts[model.__tablename__] += len(rows)
            rows.clear()


def _reset_sequences(s: Session) -> None:
    """PostgreSQL's serial counters do not see explicit ids; move them past ours."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for model in (Building, Floor, Unit, Company, Lease, RentStep):
        t = model.__tablename__
        s.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {t}), false)"
            )
        )


def _audit(s: Session, counts: dict, scale: int, history_years: int, today: dt.date) -> None:
    made = {k: counts[k] for k in ("buildings", "floors", "units", "companies", "leases")}
    summary = (
        f"Demo centre generated as of {today} (scale {scale}, {history_years} years of "
        "history): " + ", ".join(f"{v} {k}" for k, v in made.items())
    )
    changes = {k: [0, v] for k, v in made.items()}
    changes["scale"] = [None, scale]
    s.execute(
        insert(AuditEntry.__table__),
        [
            {
                "at": centre_now(),
                "actor": "demo",
                "workstation": socket.gethostname(),
                "action": "generate",
                "entity_type": "demo",
                "entity_id": None,
                "summary": summary,
                "changes": json.dumps(changes, sort_keys=True),
            }
        ],
    )


# --- the building ---------------------------------------------------------------------------

# Per floor band: fixed units (kind, min m², max m², count) and the mix that fills the rest.
_FIXED = {
    "B1": [("service_area", 60, 160, 2)],
    "ground": [
        ("event_space", 420, 600, 1),
        ("event_space", 260, 380, 1),
        ("meeting_room", 30, 80, 7),
        ("service_area", 30, 200, 3),
    ],
    "podium": [("meeting_room", 30, 70, 2), ("service_area", 30, 60, 1)],
    "mid": [("meeting_room", 30, 60, 2)],
    "top": [("meeting_room", 40, 80, 1)],
}
_FILL = {
    "B1": [("compute_room", 180, 450, 1)],
    "ground": [("open_desk", 150, 300, 1)],
    "podium": [("lab", 100, 300, 3), ("private_office", 50, 200, 4), ("open_desk", 120, 300, 2)],
    "mid": [("private_office", 35, 230, 14), ("open_desk", 100, 260, 2), ("lab", 80, 220, 1)],
    "top": [("private_office", 150, 480, 1)],
}
# Share of units of each kind leased today; the rest is vacancy (or never leased).
_OCCUPIED = {
    "private_office": 0.93,
    "open_desk": 0.88,
    "lab": 0.93,
    "compute_room": 0.97,
    "meeting_room": 0.12,
}
# Rent today in 元/m²/month by kind (before floor premium and noise).
_BASE_RENT = {
    "private_office": 185,
    "open_desk": 160,
    "lab": 220,
    "compute_room": 250,
    "meeting_room": 170,
}
_REASONS = (
    "Moved to a larger site in Zhangjiang",
    "Relocated headquarters to Beijing",
    "Company restructuring",
    "Merged with another tenant of the centre",
    "Funding round fell through",
    "Rent arrears over three months",
    "Moved into its own campus",
    "Team consolidated in Hangzhou",
)


def _band(level: int) -> str:
    if level < 0:
        return "B1"
    if level == 1:
        return "ground"
    if level <= 4:
        return "podium"
    return "mid" if level <= 16 else "top"


def _tenths(rng: random.Random, lo: int, hi: int, skew: bool = False) -> int:
    """An area in tenths of m²; ``skew`` favours the small end (most offices are small)."""
    n = rng.randint(lo * 10, hi * 10)
    return min(n, rng.randint(lo * 10, hi * 10)) if skew else n


@dataclass(eq=False)
class _Pkg:
    """Units that are always leased together (usually one)."""

    index: int
    units: list[dict]
    kind: str
    level: int
    in_service: bool = True
    area: Decimal = Decimal(0)
    codes: str = ""
    sort: str = ""
    base_rate: Decimal = Decimal(0)


@dataclass(eq=False)
class _Lease:
    pkg: _Pkg
    start: dt.date
    end: dt.date
    term_months: int
    stage: str = "signed"
    renews: _Lease | None = None
    tenancy: list[_Lease] | None = None  # the leases of one company on this package
    rate: Decimal = Decimal(0)
    steps: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    quoted_day: Decimal | None = None
    notes: str = ""
    reason: str = ""
    company_id: int = 0
    reference: str = ""
    id: int = 0


class _Tower:
    def __init__(
        self, k: int, today: dt.date, years: int, w: _Writer, names: Names, refs: dict
    ) -> None:
        self.k, self.today, self.w, self.names, self.refs = k, today, w, names, refs
        self.rng = random.Random(f"{SEED}:{k}")
        self.history_start = add_months(today, -12 * years)
        self.prefix = "" if k == 1 else f"T{k}-"

    def build(self) -> None:
        packages = self._building()
        leases: list[_Lease] = []
        for pkg in packages:
            leases.extend(self._timeline(pkg))
        self._companies(leases)
        self._write_leases(leases)

    # -- floors and units
    def _building(self) -> list[_Pkg]:
        rng, w = self.rng, self.w
        name = "West Bund AI Tower" if self.k == 1 else f"West Bund AI Tower {self.k}"
        zh = "西岸大模型创新中心" if self.k == 1 else f"西岸大模型创新中心{self.k}号楼"
        bid = w.add(
            Building,
            {
                "name": name,
                "name_zh": zh,
                "address": "Xuhui District, West Bund, Shanghai",
                "gross_area": Decimal(TOWER_GROSS_CENTS) / 100,
                "version": 1,
            },
        )
        labels = ["B1", *map(str, range(1, 21))]
        nominal = {"B1": 350_000, "1": 330_000} | {str(n): 310_000 for n in (2, 3, 4)}
        cents = [nominal.get(lb, 275_000) + rng.randint(-40, 40) * 100 for lb in labels]
        cents[-1] += TOWER_GROSS_CENTS - sum(cents)  # the floors add up to the tower exactly
        units: list[dict] = []
        for label, gross in zip(labels, cents, strict=True):
            level = -1 if label == "B1" else int(label)
            lf = rng.randint(6800, 7000) if level <= 1 else rng.randint(7000, 7500)
            fid = w.add(
                Floor,
                {
                    "building_id": bid,
                    "label": label,
                    "level": level,
                    "gross_area": Decimal(gross) / 100,
                    "load_factor": Decimal(lf) / 10000,
                    "version": 1,
                },
            )
            units.extend(self._units(fid, label, level, gross * lf // 100_000))
        # A handful of offices are being refitted: out of service, leased only in the past.
        for u in rng.sample([u for u in units if u["kind"] == "private_office"], 5):
            u["in_service"] = False
            u["notes"] = "Being refitted; back in service next quarter"
        packages = self._packages(units)
        for u in units:
            del u["_level"]
            w.add(Unit, u)
        return packages

    def _units(self, floor_id: int, label: str, level: int, target_tenths: int) -> list[dict]:
        rng, band = self.rng, _band(level)
        areas: list[tuple[str, int]] = []
        for kind, lo, hi, n in _FIXED[band]:
            areas += [(kind, _tenths(rng, lo, hi)) for _ in range(n)]
        if band == "mid" and rng.random() < 0.5:
            areas.append(("service_area", _tenths(rng, 30, 60)))
        used = sum(a for _, a in areas)
        mix = _FILL[band]
        while True:
            kind, lo, hi, _ = rng.choices(mix, weights=[m[3] for m in mix])[0]
            area = _tenths(rng, lo, hi, skew=kind == "private_office")
            if used + area > target_tenths:
                rest = target_tenths - used
                if rest >= lo * 10:
                    areas.append((kind, rest))
                break
            areas.append((kind, area))
            used += area
        rng.shuffle(areas)
        floor_code = f"{self.prefix}{label}-" if level < 0 else f"{self.prefix}{label}F-"
        return [
            {
                "floor_id": floor_id,
                "code": f"{floor_code}{i:02d}",
                "kind": kind,
                "rentable_area": Decimal(area) / 10,
                "in_service": True,
                "notes": "",
                "version": 1,
                "_level": level,
            }
            for i, (kind, area) in enumerate(areas, start=1)
        ]

    def _packages(self, units: list[dict]) -> list[_Pkg]:
        rng, packages = self.rng, []
        i = 0
        while i < len(units):
            group = [units[i]]
            kind = units[i]["kind"]
            if kind not in _OCCUPIED:
                i += 1
                continue
            # Neighbours of one kind are sometimes let together (a company takes 2-3 rooms).
            while (
                kind != "meeting_room"
                and len(group) < 3
                and i + len(group) < len(units)
                and rng.random() < (0.2 if len(group) == 1 else 0.3)
            ):
                nxt = units[i + len(group)]
                if nxt["kind"] != kind or nxt["_level"] != units[i]["_level"]:
                    break
                if not (nxt["in_service"] and units[i]["in_service"]):
                    break
                group.append(nxt)
            i += len(group)
            pkg = _Pkg(len(packages), group, kind, group[0]["_level"], group[0]["in_service"])
            pkg.area = sum((u["rentable_area"] for u in group), Decimal(0)).quantize(CENT)
            pkg.codes, pkg.sort = lease_unit_labels([u["code"] for u in group])
            premium = 2 * max(pkg.level, 0) + (60 if pkg.level >= 17 else 0)
            pkg.base_rate = Decimal(_BASE_RENT[kind] + premium + rng.randint(-15, 15))
            packages.append(pkg)
        return packages

    # -- leases
    def _term(self) -> int:
        return self.rng.choices((12, 24, 36), cum_weights=(1.5, 6.5, 10))[0]

    def _timeline(self, pkg: _Pkg) -> list[_Lease]:
        """The package's leases: the one in force today (or the last one), back to the start of
        history, and what is signed or drafted for after today. Never two at once."""
        rng, today, out = self.rng, self.today, []
        occupied = pkg.in_service and rng.random() < _OCCUPIED[pkg.kind]
        month = today.replace(day=1)
        if occupied:
            term = self._term()
            reach = (today.year - self.history_start.year) * 12 + today.month
            reach -= self.history_start.month
            if add_months(month, -reach) < self.history_start:
                reach -= 1
            start = add_months(month, -rng.randrange(min(term, reach + 1)))
            if rng.random() < 0.15:
                start = start.replace(day=rng.randint(2, 28))
                start = min(start, today)
            current = _Lease(pkg, start, add_months(start, term), term)
            out.append(current)
            if rng.random() < 0.03 and current.end > add_months(month, 2):
                current.stage = "terminated"
                current.end = add_months(month, rng.randint(1, 2))
                current.reason = rng.choice(_REASONS)
            elif current.end <= today + dt.timedelta(days=100):
                roll = rng.random()
                if roll < 0.4:
                    out.append(self._follow(current, renewal=True))
                elif roll < 0.5:
                    draft = self._follow(current, renewal=False)
                    draft.stage = "draft"
                    draft.notes = "Renewal offer, awaiting the tenant's signature"
                    out.append(draft)
            out.extend(self._before(current))
            return out
        if pkg.in_service and rng.random() < 0.12:
            # Never let yet: maybe something in the pipeline.
            out.extend(self._future(pkg, month))
            return out
        last_end = today - dt.timedelta(days=rng.randint(3, 300))
        if rng.random() < 0.7:
            last_end = last_end.replace(day=1)
        last = self._ending_at(pkg, last_end, terminated=rng.random() < 0.2)
        if last is not None:
            out.append(last)
            out.extend(self._before(last))
        if pkg.in_service:
            out.extend(self._future(pkg, month))
        return out

    def _follow(self, lease: _Lease, renewal: bool) -> _Lease:
        term = self.rng.choice((12, 24))
        nxt = _Lease(lease.pkg, lease.end, add_months(lease.end, term), term)
        nxt.tenancy = lease.tenancy = lease.tenancy or [lease]
        lease.tenancy.append(nxt)
        if renewal:
            nxt.renews = lease
        return nxt

    def _future(self, pkg: _Pkg, month: dt.date) -> list[_Lease]:
        roll = self.rng.random()
        if roll > 0.38:
            return []
        start = add_months(month, self.rng.randint(1, 3))
        term = self._term()
        lease = _Lease(pkg, start, add_months(start, term), term)
        if roll < 0.3:
            return [lease]  # signed, starting soon
        lease.stage = "draft"
        lease.notes = "Offer sent, awaiting signature"
        return [lease]

    def _ending_at(self, pkg: _Pkg, end: dt.date, terminated: bool) -> _Lease | None:
        term = self._term()
        if terminated:
            start = add_months(end, -self.rng.randint(3, term - 1))
        else:
            start = add_months(end, -term)
        if start < self.history_start:
            return None
        lease = _Lease(pkg, start, end, term)
        if terminated:
            lease.stage = "terminated"
            lease.reason = self.rng.choice(_REASONS)
        return lease

    def _before(self, later: _Lease) -> list[_Lease]:
        """Earlier leases of the package, walking back until the start of history."""
        rng, out = self.rng, []
        while True:
            renewal = rng.random() < 0.45
            if renewal:
                lease = self._ending_at(later.pkg, later.start, terminated=False)
            else:
                end = later.start - dt.timedelta(days=rng.choice((0, 0, rng.randint(10, 200))))
                end = end.replace(day=1) if rng.random() < 0.7 else end
                lease = self._ending_at(later.pkg, end, terminated=rng.random() < 0.08)
            if lease is None:
                return out
            if renewal:
                later.renews = lease
                lease.tenancy = later.tenancy = later.tenancy or [later]
                later.tenancy.append(lease)
            out.append(lease)
            later = lease

    def _price(self, leases: list[_Lease]) -> None:
        """Rents follow the market (≈3 % a year); a renewal keeps at least the last rent.
        Some longer leases step up 5 % a year."""
        rng = self.rng
        for lease in sorted(leases, key=lambda x: x.start):
            pkg = lease.pkg
            years_ago = Decimal((self.today - lease.start).days) / 365
            market = pkg.base_rate * (1 - Decimal("0.03") * years_ago)
            market = market * (100 + rng.randint(-3, 3)) / 100
            if lease.renews is not None:
                last = lease.renews.steps[-1][1] if lease.renews.steps else lease.renews.rate
                market = max(market, last * (100 + rng.randint(0, 5)) / 100)
            rate = min(max(market, RATE_MIN), RATE_MAX).quantize(Decimal(1))
            daily = rent.per_day_from_month(rate).quantize(Decimal("0.1"))
            if lease.renews is None and rng.random() < 0.25 and 6 <= daily <= 9:
                lease.quoted_day = daily
                rate = rent.per_month_from_day(daily)
            if lease.term_months >= 24 and lease.stage != "draft" and rng.random() < 0.6:
                n = (lease.term_months - 1) // 12  # anniversaries inside the term
                rate = min(rate, (RATE_MAX / Decimal("1.05") ** n).quantize(CENT))
                for j in range(1, n + 1):
                    when = add_months(lease.start, 12 * j)
                    if when < lease.end:
                        lease.steps.append((when, (rate * Decimal("1.05") ** j).quantize(CENT)))
            lease.rate = rate

    def _write_leases(self, leases: list[_Lease]) -> None:
        self._price(leases)
        rng, w = self.rng, self.w
        leases.sort(key=lambda x: (x.start, x.pkg.index, x.stage))
        for lease in leases:
            pkg = lease.pkg
            self.refs[lease.start.year] += 1
            lease.reference = f"L{lease.start.year}-{self.refs[lease.start.year]:05d}"
            free = 0 if lease.renews else rng.choices((0, 1, 2, 3), weights=(35, 30, 20, 15))[0]
            notes = [lease.notes] if lease.notes else []
            if lease.renews is not None:
                notes.append(f"Renewal of {lease.renews.reference}")
            if lease.quoted_day is not None:
                notes.append(f"Quoted at {lease.quoted_day} 元/m²/天")
            lease.id = w.add(
                Lease,
                {
                    "reference": lease.reference,
                    "company_id": lease.company_id,
                    "start_date": lease.start,
                    "end_date": lease.end,
                    "rent_per_m2_month": lease.rate,
                    "rent_free_months": free,
                    "deposit": rent.to_fen(lease.rate * pkg.area * 3),
                    "stage": lease.stage,
                    "terminated_on": lease.end if lease.stage == "terminated" else None,
                    "termination_reason": lease.reason,
                    "renewal_of_id": lease.renews.id if lease.renews else None,
                    "area": pkg.area,
                    "unit_codes": pkg.codes,
                    "unit_sort": pkg.sort,
                    "notes": "; ".join(notes),
                    "version": 1,
                },
            )
            for u in pkg.units:
                w.add(LeaseUnit, {"lease_id": lease.id, "unit_id": u["id"]})
            for when, rate in lease.steps:
                w.add(
                    RentStep,
                    {"lease_id": lease.id, "effective_from": when, "rent_per_m2_month": rate},
                )

    # -- companies
    def _companies(self, leases: list[_Lease]) -> None:
        """Make the tower's companies and give every tenancy one: residents hold what is in
        force today, newcomers what starts later, departed companies what has ended."""
        rng, today = self.rng, self.today
        tenancies: dict[int, list[_Lease]] = {}
        for lease in leases:
            if lease.tenancy is None:
                lease.tenancy = [lease]
            tenancies[id(lease.tenancy)] = lease.tenancy
        current, future, past = [], [], []
        for group in tenancies.values():
            signed = [x for x in group if x.stage != "draft"]
            if any(x.start <= today < x.end for x in signed):
                current.append(group)
            elif all(x.start > today for x in signed):
                future.append(group)
            else:
                past.append(group)
        rows = [make_company(rng, self.names) for _ in range(COMPANIES_PER_TOWER)]
        newcomers, departed, residents = rows[:4], rows[4:22], rows[22:]
        # Later-stage companies take more space.
        weights = [{"seed": 1, "angel": 1, "series_a": 2}.get(c["stage"], 3) for c in residents]
        held: list[list[_Lease]] = [[] for _ in rows]
        index = {id(c): i for i, c in enumerate(rows)}

        def give(groups: list, first: list[dict], then: list[dict], then_weights=None) -> None:
            for i, group in enumerate(groups):
                c = first[i] if i < len(first) else rng.choices(then, weights=then_weights)[0]
                held[index[id(c)]].extend(group)

        give(current, residents, residents, weights)
        give(future, newcomers, residents, weights)
        give(past, departed, departed + residents)
        for c, mine in zip(rows, held, strict=True):
            signed = [x for x in mine if x.stage != "draft"]
            first = min((x.start for x in signed), default=today)
            first = min(first, today - dt.timedelta(days=rng.randint(5, 60)))
            # Some were incubated (desk space, services) for months before taking a unit.
            extra = rng.randint(0, 240) if rng.random() < 0.35 else 0
            c["admitted_on"] = first - dt.timedelta(days=rng.randint(0, 90) + extra)
            if signed and all(x.end <= today for x in mine) and rng.random() < 0.6:
                c["graduated_on"] = max(x.end for x in signed)
            cid = self.w.add(Company, c)
            for lease in mine:
                lease.company_id = cid

"""The demo centre's financing: 18 support programmes and two years of applications.

Everything goes through the financing services, step by step, as the demo users would do it:
staff (Wang Fang) takes applications, attaches their documents, submits them, reviews them,
marks milestones met and records GPU-hours used; the manager (Liu Yang) sets the programmes
up, reviews the larger applications, approves within the manager's limit and plans the
tranches; the director (Chen Jing) approves above that limit and whatever the manager
reviewed; finance (Zhang Wei) starts the payments, releases tranches and closes. So every rule
the services enforce holds (windows, eligibility, required documents, approval ceilings and
budgets, separation of duties, tranches adding up, GPU-hours never beyond the allocation) and
every step is in the audit trail under a real name.

The steps of all applications run in the order of their dates (one queue of events): budgets
are spent in the order approvals were given, so late applications find some programmes
exhausted, and references number in the order applications were taken. A step happens only
if its date has come (on or before ``today``); where each application stopped is where it
stands today.

It all happens inside the demo's one unit of work (:class:`OneUnitOfWork`), so the demo stays
all or nothing. That is not what makes it affordable: a unit of work per step took as long.
The time goes into the services themselves (each step loads the application with its twelve
related collections), about 0.2 s of CPU per application over its life.

The services stamp steps, reviews, documents, decisions and GPU-hour records with the moment
they run; once the history is made those moments are set to the simulated ones, so the
history reads as two years of work. The audit trail keeps the real moments (its entries can
never be changed), and its summaries carry the dates that matter (received on, paid on).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import heapq
import random
import socket
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from adminapp.db import Database
from adminapp.demo_documents import demo_pdf
from adminapp.demo_financing_plan import (
    HUNDRED,
    Planner,
    load_applicants,
    round_down,
    workday,
)
from adminapp.demo_financing_plan import PlannedApplication as _App
from adminapp.demo_programmes import (
    APPROVAL_NOTES,
    COMPUTE_PROVIDERS,
    PROGRAMMES,
    REJECTIONS,
    REVIEW_COMMENTS,
    WINDOWS,
    WITHDRAWALS,
)
from adminapp.errors import DomainError
from adminapp.models import (
    ApplicationDocument,
    ApplicationReview,
    ApplicationStep,
    ComputeUsage,
    FinancingApplication,
    User,
    UserRole,
)
from adminapp.services import app_settings
from adminapp.services import financing as fin
from adminapp.services.context import CENTRE_TZ, Actor, AppContext
from adminapp.services.financing.workflow import fmt_amount
from adminapp.services.lease_terms import add_months

SEED = "west-bund-ai-tower:financing"
PROGRESS_STEPS = 10  # progress is reported ten times while the history is made

Progress = Callable[[int], None]


@dataclass(frozen=True)
class FinancingSummary:
    programmes: int
    applications: int
    by_status: dict[str, int]


class OneUnitOfWork:
    """Stands in for :class:`Database` so that every unit of work a service opens is part of
    one session: the demo's. The services run as they always do (permissions, checks, locks,
    audit entries); only the commit waits for the end of the demo, which stays all or nothing.
    An error in any step propagates, and the demo's whole unit of work rolls back.
    """

    def __init__(self, session: Session, db: Database) -> None:
        self.session, self.db = session, db
        self.is_sqlite = db.is_sqlite
        self.url = db.url

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        yield self.session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        yield self.session
        self.session.flush()


class _History:
    """The financing history, run as a queue of dated steps (see the module's docstring)."""

    def __init__(self, db: OneUnitOfWork, today: dt.date, users: dict[str, int]) -> None:
        self.db, self.today = db, today
        self.rng = random.Random(SEED)
        self.years = (today.year - 1, today.year)
        host = socket.gethostname()
        with db.read() as s:
            names = dict(s.execute(select(User.login, User.display_name)).all())
            roles = s.execute(select(UserRole.user_id, UserRole.role)).all()
        # Signed in as the demo users: the services re-read their roles from the database.
        self.as_ = {
            login: AppContext(
                db,  # type: ignore[arg-type]  # it stands in for the Database
                Actor(
                    login,
                    host,
                    frozenset(role for uid, role in roles if uid == user_id),
                    user_id=user_id,
                    display_name=names[login],
                ),
            )
            for login, user_id in users.items()
        }
        self.limit = app_settings.approval_limits(self.as_["manager"])["manager"]
        self.queue: list[tuple[dt.datetime, int, _App, str, int]] = []
        self.seq = 0
        self.apps: list[_App] = []
        self.payments = 0
        # Approved so far per (programme, year, company), and per (programme, year, None).
        self.committed: defaultdict[tuple, Decimal] = defaultdict(Decimal)
        self.folder = Path()

    # -- the programmes ------------------------------------------------------------------
    def programmes(self) -> list[int]:
        manager = self.as_["manager"]
        ids = []
        for spec in PROGRAMMES:
            windows = [w for y in self.years for w in WINDOWS[spec.windows](y)]
            made = fin.create_programme(
                manager,
                fin.ProgrammeInput(
                    name_en=spec.name_en,
                    name_zh=spec.name_zh,
                    kind=spec.kind,
                    platform=spec.platform,
                    unit=spec.unit,
                    budgets={y: Decimal(b) for y, b in zip(self.years, spec.budgets, strict=True)},
                    cap_per_company_year=spec.cap_company and Decimal(spec.cap_company),
                    cap_percent=spec.cap_percent and Decimal(spec.cap_percent),
                    windows=windows,
                    requires_active_lease=spec.requires_lease,
                    min_months_in_residence=spec.min_months,
                    segments=list(spec.segments),
                    documents=list(spec.documents),
                    criteria=[(n, Decimal(w)) for n, w in spec.criteria],
                    description=spec.description,
                ),
            )
            ids.append(made.id)
        return ids

    # -- the events ----------------------------------------------------------------------
    def at(
        self, day: dt.date, app: _App, step: str, arg: int = 0, after: dt.datetime | None = None
    ) -> None:
        """Queue ``step`` of ``app`` on ``day`` (office hours), if that day has come."""
        if day > self.today:
            return
        minute = self.rng.randint(9 * 60, 17 * 60 + 45)
        when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), CENTRE_TZ)
        if after is not None and when <= after:
            when = after + dt.timedelta(minutes=self.rng.randint(5, 90))
        self.seq += 1
        heapq.heappush(self.queue, (when, self.seq, app, step, arg))

    def later(self, day: dt.date, lo: int, hi: int) -> dt.date:
        return workday(day + dt.timedelta(days=self.rng.randint(lo, hi)))

    def run(self, progress: Progress | None) -> None:
        for app in self.apps:
            self.at(app.taken_on, app, "take")
        first = min((q[0].date() for q in self.queue), default=self.today)
        span = max((self.today - first).days, 1)
        reported = 0
        with tempfile.TemporaryDirectory(prefix="adminapp-demo-") as folder:
            self.folder = Path(folder)
            while self.queue:
                when, _, app, step, arg = heapq.heappop(self.queue)
                getattr(self, f"_{step}")(app, when, arg)
                done = min((when.date() - first).days * PROGRESS_STEPS // span, PROGRESS_STEPS)
                while progress is not None and reported < done:
                    reported += 1
                    progress(reported)
        while progress is not None and reported < PROGRESS_STEPS:
            reported += 1
            progress(reported)

    def _take(self, app: _App, when: dt.datetime, _arg: int) -> None:
        staff, spec = self.as_["staff"], app.spec
        made = fin.create_application(
            staff,
            fin.ApplicationInput(
                app.company.id, app.programme_id, app.year, app.requested, app.cost,
                app.purpose, app.provider,
            ),
        )  # fmt: skip
        app.id, app.reference = made.id, made.reference
        app.created_at = app.step_at["draft"] = when
        moment = when
        for name in spec.documents[: app.documents]:
            path = self.folder / app.reference / (name.lower().replace(" ", "-") + ".pdf")
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(self._document(app, name))
            fin.attach_document(staff, app.id, name, path)
            moment += dt.timedelta(minutes=self.rng.randint(1, 6))
            app.document_at[name] = moment
        if app.submit_on is None:
            return
        step = "withdraw" if app.outcome == "withdraw_draft" else "submit"
        self.at(app.submit_on, app, step, after=moment)

    def _document(self, app: _App, name: str) -> bytes:
        c, spec = app.company, app.spec
        return demo_pdf(
            name,
            [
                f"Company: {c.name_en}",
                f"Unified Social Credit Code: {c.credit_code}",
                f"Application: {app.reference}, {spec.name_en} ({app.year})",
                f"Purpose: {app.purpose}",
                f"Eligible cost: {fmt_amount(app.cost, spec.unit)}",
                "Demo document made by Incubator Admin's demo centre.",
            ],
        )

    def _submit(self, app: _App, when: dt.datetime, _arg: int) -> None:
        fin.submit_application(self.as_["staff"], app.id, app.submit_on)
        app.step_at["submitted"] = when
        if app.outcome == "withdraw_submitted":
            self.at(self.later(when.date(), 1, 6), app, "withdraw", after=when)
        else:
            self.at(self.later(when.date(), 2, 10), app, "start_review", after=when)

    def _start_review(self, app: _App, when: dt.datetime, _arg: int) -> None:
        fin.start_review(self.as_["staff"], app.id)
        app.step_at["under_review"] = when
        if app.outcome == "withdraw_review" and self.rng.random() < 0.5:
            self.at(self.later(when.date(), 2, 12), app, "withdraw", after=when)
        else:
            self.at(self.later(when.date(), 3, 14), app, "review", after=when)

    def _review(self, app: _App, when: dt.datetime, _arg: int) -> None:
        rng = self.rng
        reviewer = "manager" if app.reviewers else "staff"
        low, high = (2, 7) if app.outcome == "reject" else (6, 10)
        scores = {name: rng.randint(low, high) for name, _ in app.spec.criteria}
        comment = rng.choice(REVIEW_COMMENTS["weak" if app.outcome == "reject" else "strong"])
        fin.review_application(self.as_[reviewer], app.id, scores, comment)
        app.reviewers.append(reviewer)
        app.review_at[reviewer] = when
        if app.outcome == "withdraw_review":
            self.at(self.later(when.date(), 2, 10), app, "withdraw", after=when)
        elif reviewer == "staff" and app.second_review:
            self.at(self.later(when.date(), 2, 8), app, "review", after=when)
        else:
            self.at(self.later(when.date(), 3, 12), app, "decide", after=when)

    def _withdraw(self, app: _App, when: dt.datetime, _arg: int) -> None:
        reason = self.rng.choice(WITHDRAWALS)
        fin.withdraw_application(self.as_["staff"], app.id, reason)
        app.step_at["withdrawn"] = when

    def _decide(self, app: _App, when: dt.datetime, _arg: int) -> None:
        rng = self.rng
        deciders = ["director"] if "manager" in app.reviewers else ["manager", "director"]
        if app.outcome == "reject":
            return self._reject(app, when, rng.choice(REJECTIONS), deciders[0])
        ceiling = self._ceiling(app)
        wanted = app.requested
        if rng.random() < 0.4:  # the panel trims the amount
            wanted = app.requested * rng.randint(75, 95) / HUNDRED
        amount = round_down(min(wanted, ceiling.ceiling), 10 if app.gpu else 100)
        if amount < app.requested / 5:
            if ceiling.binding == "company_cap":
                reason = f"{app.company.name_en} has already received its {app.year} cap"
            else:
                reason = f"The {app.year} budget of the programme is committed in full"
            return self._reject(app, when, f"{reason} ({ceiling.text})", deciders[0])
        big = not app.gpu and self.limit is not None and amount > self.limit
        approver = "director" if big or deciders == ["director"] else deciders[0]
        if not big and len(deciders) == 2 and rng.random() < 0.15:
            approver = "director"  # the manager was away
        fin.approve_application(self.as_[approver], app.id, amount, rng.choice(APPROVAL_NOTES))
        app.approver, app.approved, app.decided_on = approver, amount, when.date()
        self.committed[app.programme_id, app.year, None] += amount
        self.committed[app.programme_id, app.year, app.company.id] += amount
        app.decided_at = app.step_at["approved"] = when
        self._plan_tranches(app, when)
        self.at(self.later(when.date(), 5, 15), app, "disburse", after=when)
        if app.gpu:  # the provider's quarterly statements
            app.use_share = Decimal(rng.randint(55, 100)) / HUNDRED
            for k in range(1, 5):
                used_on = add_months(when.date().replace(day=1), 3 * k) - dt.timedelta(days=1)
                self.at(workday(used_on, back=True), app, "usage", k, after=when)
        return None

    def _ceiling(self, app: _App) -> fin.ApprovalCeiling:
        """What the service will allow (the same rule, over the sums approved so far), so
        the amount chosen is never refused; the service checks it again."""
        spec = app.spec
        return fin.approval_ceiling(
            unit=spec.unit,
            year=app.year,
            requested=app.requested,
            eligible_cost=app.cost,
            cap_percent=spec.cap_percent and Decimal(spec.cap_percent),
            company_cap=spec.cap_company and Decimal(spec.cap_company),
            company_committed=self.committed[app.programme_id, app.year, app.company.id],
            budget=Decimal(spec.budgets[self.years.index(app.year)]),
            budget_committed=self.committed[app.programme_id, app.year, None],
        )

    def _reject(self, app: _App, when: dt.datetime, reason: str, who: str) -> None:
        fin.reject_application(self.as_[who], app.id, reason)
        app.decided_at = app.step_at["rejected"] = when

    def _plan_tranches(self, app: _App, when: dt.datetime) -> None:
        spec, amount, day = app.spec, app.approved, when.date()
        if app.gpu:
            shares, offsets = ((50, 50), (0, 6)) if amount > 40_000 else ((100,), (0,))
        elif amount < 500_000 or len(spec.milestones) == 1:
            shares, offsets = (100,), (1,)
        elif amount < 3_000_000 or len(spec.milestones) == 2:
            shares, offsets = (60, 40), (1, 7)
        else:
            shares, offsets = (40, 30, 30), (1, 5, 10)
        parts = [round_down(amount * share / HUNDRED, 1) for share in shares[:-1]]
        parts.append(amount - sum(parts, Decimal(0)))
        planned = [workday(add_months(day, m) + dt.timedelta(days=10)) for m in offsets]
        app.tranches = list(zip(planned, parts, spec.milestones, strict=False))
        fin.plan_tranches(
            self.as_[app.approver],
            app.id,
            [fin.TrancheInput(d, a, text) for d, a, text in app.tranches],
        )

    def _disburse(self, app: _App, when: dt.datetime, _arg: int) -> None:
        fin.start_disbursing(self.as_["finance"], app.id, "Payment schedule confirmed")
        app.step_at["disbursing"] = when
        self._next_milestone(app, when)

    def _next_milestone(self, app: _App, after: dt.datetime) -> None:
        planned = app.tranches[app.paid][0]
        day = max(self.later(planned, -3, 15), self.later(after.date(), 1, 3))
        self.at(day, app, "milestone", app.paid + 1, after=after)

    def _milestone(self, app: _App, when: dt.datetime, seq: int) -> None:
        who = "manager" if self.rng.random() < 0.1 else "staff"
        fin.mark_milestone_met(self.as_[who], app.id, seq, when.date())
        self.at(self.later(when.date(), 2, 10), app, "release", seq, after=when)

    def _release(self, app: _App, when: dt.datetime, seq: int) -> None:
        self.payments += 1
        if app.gpu:
            code = dict(COMPUTE_PROVIDERS)[app.provider]
            reference = f"{code}-ALLOC-{when.year}-{self.payments:05d}"
        else:
            reference = f"WBF{when:%Y%m%d}{self.payments:05d}"
        fin.release_tranche(self.as_["finance"], app.id, seq, when.date(), reference)
        app.paid = seq
        if seq < len(app.tranches):
            self._next_milestone(app, when)
        elif app.gpu:  # a voucher closes when its year of use is over
            end = add_months(app.decided_on, 12)
            self.at(self.later(max(end, when.date()), 2, 8), app, "close", after=when)
        else:
            self.at(self.later(when.date(), 2, 8), app, "close", after=when)

    def _close(self, app: _App, when: dt.datetime, _arg: int) -> None:
        reason = "Voucher year ended" if app.gpu else "All tranches paid"
        fin.close_application(self.as_["finance"], app.id, reason)
        app.step_at["closed"] = when

    def _usage(self, app: _App, when: dt.datetime, _quarter: int) -> None:
        if "closed" in app.step_at:
            return
        rng = self.rng
        quarter = app.approved * app.use_share / 4 * rng.randint(70, 130) / HUNDRED
        hours = min(round_down(quarter, 1), app.approved - app.used)
        if hours <= 0:
            return
        code = dict(COMPUTE_PROVIDERS)[app.provider]
        reference = f"{code}-{when:%Y%m}-{app.reference[-5:]}"
        fin.record_compute_usage(self.as_["staff"], app.id, when.date(), hours, reference)
        app.used += hours
        app.usage_at.append(when)

    # -- the moments ---------------------------------------------------------------------
    def backdate(self) -> None:
        """Set the simulated moments on the rows the services stamped with the real ones."""
        made = [a for a in self.apps if a.id]
        if not made:
            return
        apps = FinancingApplication.__table__
        steps = ApplicationStep.__table__
        reviews = ApplicationReview.__table__
        docs = ApplicationDocument.__table__
        usages = ComputeUsage.__table__
        s = self.db.session
        s.execute(
            update(apps)
            .where(apps.c.id == bindparam("b_id"))
            .values(created_at=bindparam("b_created"), decided_at=bindparam("b_decided")),
            [{"b_id": a.id, "b_created": a.created_at, "b_decided": a.decided_at} for a in made],
        )
        # Each child row's moment, keyed by (application, a column that tells its rows apart).
        for table, key, moment, when in (
            (steps, "to_status", "at", lambda a: a.step_at),
            (reviews, "reviewer", "at", lambda a: a.review_at),
            (docs, "name", "added_at", lambda a: a.document_at),
        ):
            rows = [
                {"b_id": a.id, "b_key": k, "b_at": at} for a in made for k, at in when(a).items()
            ]
            if rows:
                s.execute(
                    update(table)
                    .where(table.c.application_id == bindparam("b_id"))
                    .where(table.c[key] == bindparam("b_key"))
                    .values({moment: bindparam("b_at")}),
                    rows,
                )
        ids: dict[int, list[int]] = {}
        for uid, app_id in s.execute(
            select(usages.c.id, usages.c.application_id).order_by(usages.c.id)
        ):
            ids.setdefault(app_id, []).append(uid)
        rows = [
            {"b_id": uid, "b_at": at}
            for a in made
            for uid, at in zip(ids.get(a.id, []), a.usage_at, strict=True)
        ]
        if rows:
            s.execute(
                update(usages)
                .where(usages.c.id == bindparam("b_id"))
                .values(recorded_at=bindparam("b_at")),
                rows,
            )


def generate_financing(
    session: Session,
    db: Database,
    today: dt.date,
    users: dict[str, int],
    companies: tuple[int, int],
    progress: Progress | None = None,
) -> FinancingSummary:
    """Set up the 18 programmes and two calendar years of applications (last year and this
    year, up to ``today``) in ``session``, the demo's unit of work on ``db``, acting as the
    demo ``users`` (login → id).

    ``companies`` is (first id, count): the tenants who apply. ``progress(k)`` is called for
    k = 1 … PROGRESS_STEPS as the history advances (an exception from it stops everything,
    and the caller's unit of work rolls back).
    """
    history = _History(OneUnitOfWork(session, db), today, users)
    ids = history.programmes()
    planner = Planner(history.rng, today, history.years, history.limit)
    history.apps = planner.plan(ids, load_applicants(session, *companies))
    history.run(progress)
    history.backdate()
    statuses = Counter(dict(session.execute(_STATUS_COUNTS).all()))
    made = sum(statuses.values())
    if made == 0:
        raise DomainError("The demo made no financing applications")
    return FinancingSummary(len(ids), made, dict(statuses))


_STATUS_COUNTS = select(FinancingApplication.status, func.count()).group_by(
    FinancingApplication.status
)

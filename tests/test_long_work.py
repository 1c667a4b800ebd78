"""Long work can be cancelled midway and leaves the database exactly as it was.

Generating and issuing charges and making the demo centre take a ``progress(done, total)``
callback; when it returns False they raise ``Cancelled`` inside their unit of work. Each test
compares a dump of every table before and after a cancel, and checks that progress reaches its
total when nobody cancels.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from adminapp import demo
from adminapp.cancel import Cancelled, Ticker, check
from adminapp.db import data_dir
from adminapp.errors import DomainError
from adminapp.models import Charge, Lease, User
from adminapp.services import accounts
from adminapp.services.billing import charges
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from adminapp.services.financing.documents import DOCUMENTS_FOLDER
from tests.dbstate import dump

TODAY = dt.date(2026, 11, 27)
UP_TO = dt.date(2027, 6, 1)


@pytest.fixture
def leased(db) -> AppContext:
    """The demo tower's ~300 leases (no consultations, billing or financing): enough leases
    for progress to be reported several times."""
    demo.generate_demo(db, today=TODAY, financing=False, consultations=False, billing=False)
    return AppContext(db, Actor("finance", "test-host", roles=ALL_ROLES))


def billed_leases(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(
            select(func.count(Lease.id)).where(
                Lease.stage.in_(("signed", "terminated")), Lease.start_date < UP_TO
            )
        )


class Recorder:
    """A progress callback that says stop once ``done`` reaches ``stop_at``."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.stop_at, self.calls = stop_at, []

    def __call__(self, done: int, total: int) -> bool:
        self.calls.append((done, total))
        return self.stop_at is None or done < self.stop_at


# --- adminapp.cancel


def test_only_an_explicit_false_cancels():
    check(None, 1, 2)
    check(lambda d, t: None, 1, 2)
    with pytest.raises(Cancelled, match="Cancelled; nothing was written"):
        check(lambda d, t: False, 1, 2)
    assert issubclass(Cancelled, DomainError)


def test_the_ticker_reports_every_n_and_the_last():
    seen = Recorder()
    ticker = Ticker(seen, 250, every=100)
    for _ in range(250):
        ticker.step()
    assert seen.calls == [(0, 250), (100, 250), (200, 250), (250, 250)]


# --- generating charges


@pytest.mark.parametrize("full", [False, True], ids=["new-months", "full"])
def test_cancelling_generation_midway_writes_nothing(leased, full):
    n = billed_leases(leased)
    assert n > 250  # so 200 is midway
    before = dump(leased.db)
    stop = Recorder(stop_at=200)
    with pytest.raises(Cancelled, match="nothing was written"):
        charges.generate_charges(leased, UP_TO, full=full, progress=stop)
    assert stop.calls == [(0, n), (100, n), (200, n)]
    assert dump(leased.db) == before


def test_generation_reports_progress_up_to_its_total(leased):
    n = billed_leases(leased)
    seen = Recorder()
    result = charges.generate_charges(leased, UP_TO, progress=seen)
    assert result.created > n  # several months each
    assert seen.calls[0] == (0, n) and seen.calls[-1] == (n, n)
    assert [d for d, _ in seen.calls] == sorted(d for d, _ in seen.calls)
    # The same as without a callback: running it again (no callback) changes nothing.
    assert not charges.generate_charges(leased, UP_TO).changed


def test_a_cancelled_generation_can_be_run_again(leased):
    with pytest.raises(Cancelled):
        charges.generate_charges(leased, UP_TO, progress=Recorder(stop_at=100))
    result = charges.generate_charges(leased, UP_TO)
    with leased.db.read() as s:
        assert s.scalar(select(func.count(Charge.id))) == result.created > 0


# --- issuing charges


def test_cancelling_issue_midway_writes_nothing(leased):
    charges.generate_charges(leased, UP_TO)
    with leased.db.read() as s:
        due = s.scalar(select(func.count(Charge.id)).where(Charge.due_on <= UP_TO))
    assert due > charges.ISSUE_BATCH * 2  # two batches are flushed before the cancel
    before = dump(leased.db)
    stop = Recorder(stop_at=charges.ISSUE_BATCH * 2)
    with pytest.raises(Cancelled):
        charges.issue_charges(leased, UP_TO, on=TODAY, progress=stop)
    assert stop.calls[-1] == (charges.ISSUE_BATCH * 2, due)
    assert dump(leased.db) == before
    with leased.db.read() as s:
        assert s.scalar(select(func.count(Charge.id)).where(Charge.issued_on.is_not(None))) == 0


def test_issue_reports_progress_up_to_its_total(leased):
    charges.generate_charges(leased, UP_TO)
    seen = Recorder()
    n = charges.issue_charges(leased, UP_TO, on=TODAY, progress=seen)
    assert n > charges.ISSUE_BATCH
    assert seen.calls[0] == (0, n) and seen.calls[-1] == (n, n)
    with leased.db.read() as s:
        assert s.scalar(select(func.count(Charge.id)).where(Charge.issued_on == TODAY)) == n


# --- the demo centre


def documents() -> list:
    folder = data_dir() / DOCUMENTS_FOLDER
    return sorted(folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def signed_in(db) -> AppContext:
    """A new database with its first administrator, as the GUI has it after signing in."""
    actor = accounts.create_first_admin(db, "admin", "Real Admin", "correct-horse-1")
    return AppContext(db, actor)


@pytest.mark.parametrize("at", ["consultations", "billing"])
def test_cancelling_the_demo_at_a_stage_leaves_the_database_as_it_was(signed_in, at):
    before = dump(signed_in.db)
    stages: list[str] = []

    def stage(name: str) -> bool:
        stages.append(name)
        return name != at

    assert demo.can_fill(signed_in)
    with pytest.raises(Cancelled, match="Demo generation cancelled; nothing was written"):
        demo.fill_demo(signed_in, stage=stage)
    assert stages == list(demo.STAGES[: demo.STAGES.index(at) + 1])
    assert dump(signed_in.db) == before
    assert demo.can_fill(signed_in)


def test_cancelling_during_the_financing_history_leaves_no_row_and_no_file(signed_in):
    before = dump(signed_in.db)
    assert documents() == []
    stop = Recorder(stop_at=4)  # two reports into the financing history
    with pytest.raises(Cancelled):
        demo.fill_demo(signed_in, progress=stop)
    assert stop.calls == [(0, 12), (1, 12), (2, 12), (3, 12), (4, 12)]
    assert dump(signed_in.db) == before
    assert documents() == []  # the copies of the attached documents are gone too


def test_the_demo_keeps_the_accounts_already_there(signed_in):
    """The GUI's demo, without the financing history (the slow part): stages in order,
    progress to its total, the administrator's account untouched, the other demo accounts
    made with passwords nobody knows."""
    with signed_in.db.read() as s:
        admin_before = s.execute(select(User.__table__).where(User.login == "admin")).one()
    stages, seen = [], Recorder()
    summary = demo.generate_demo(
        signed_in.db,
        today=TODAY,
        financing=False,
        progress=seen,
        stage=stages.append,
        public_accounts=False,
    )
    assert stages == ["centre", "accounts", "consultations", "billing"]
    assert seen.calls == [(0, 2), (1, 2), (2, 2)]
    assert summary.leases > 250 and summary.bookings > 0 and summary.billing.charges > 0
    assert summary.users == 4  # admin was there already
    with signed_in.db.read() as s:
        admin_after = s.execute(select(User.__table__).where(User.login == "admin")).one()
        logins = set(s.scalars(select(User.login)))
    assert admin_after == admin_before
    assert logins == {"admin", "staff", "finance", "manager", "director"}
    with pytest.raises(DomainError):
        accounts.authenticate(signed_in.db, "staff", "staff-demo")  # not the public password
    assert not demo.can_fill(signed_in)


def test_the_demo_refuses_a_taken_login_without_its_role(db):
    actor = accounts.create_first_admin(db, "staff", "Someone Real", "correct-horse-1")
    ctx = AppContext(db, actor)
    before = dump(db)
    with pytest.raises(DomainError, match="not an active staff"):
        demo.fill_demo(ctx)
    assert dump(db) == before


def test_only_an_administrator_may_fill_the_database(db):
    staff = AppContext(db, Actor("clerk", "test-host", roles=frozenset({"staff", "finance"})))
    before = dump(db)
    assert not demo.can_fill(staff)
    with pytest.raises(DomainError, match="(?i)administrator|not allowed|permission|may not"):
        demo.fill_demo(staff)
    assert dump(db)["leases"] == before["leases"] == []

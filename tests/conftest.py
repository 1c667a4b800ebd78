"""Shared fixtures: offscreen Qt, isolated settings/data folders, a real migrated SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from adminapp import migrate  # noqa: E402
from adminapp.db import Database  # noqa: E402
from adminapp.services.context import ALL_ROLES, Actor, AppContext  # noqa: E402
from tests.factories import SmallCentre, build_small_centre  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    """Settings and the default database live in a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ADMINAPP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("ADMINAPP_DATABASE_URL", raising=False)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "centre.db"


@pytest.fixture
def db(db_path: Path):
    database = Database(f"sqlite:///{db_path}")
    migrate.upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db) -> AppContext:
    return AppContext(db, Actor(login="tester", workstation="test-host", roles=ALL_ROLES))


@pytest.fixture
def centre(ctx) -> SmallCentre:
    """A small building (3 floors, 8 units, 4 companies, 5 leases) made through the services."""
    return build_small_centre(ctx)


@pytest.fixture
def as_of() -> dt.date:
    return dt.date(2026, 6, 15)


@pytest.fixture(scope="session")
def pg_cluster():
    from tests.postgres import Cluster

    try:
        cluster = Cluster()
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not be started: {exc}")
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_db(pg_cluster):
    """A migrated, empty PostgreSQL database of its own for one test."""
    database = Database(pg_cluster.new_database())
    migrate.upgrade(database)
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db):
    """The test runs twice: on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return db
    return request.getfixturevalue("pg_db")

"""Shared fixtures: offscreen Qt, isolated settings/data folders, real migrated databases.

Every test that asks for ``db`` (directly or through ``ctx`` or ``centre``) runs twice: on a
SQLite file (``[sqlite]``) and on PostgreSQL (``[postgresql]``). A test about SQLite itself (its
file, backup API or pragmas) says so with ``@pytest.mark.sqlite_only("why")`` and runs once.
The GUI tests (tests/ui) use SQLite only. Both kinds of database are copied from one migrated
template per session, so no test pays for the migrations.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from adminapp import migrate  # noqa: E402
from adminapp.db import Database  # noqa: E402
from adminapp.services.context import ALL_ROLES, Actor, AppContext  # noqa: E402
from tests.factories import SmallCentre, build_small_centre  # noqa: E402

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about SQLite itself; `db` is a SQLite file only",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        backends = BACKENDS[:1]
    elif "db_path" in metafunc.fixturenames:
        raise pytest.UsageError(
            f"{metafunc.definition.nodeid} asks for db_path, so it is about the SQLite file: "
            'mark it @pytest.mark.sqlite_only("why") so it does not also run on PostgreSQL'
        )
    else:
        backends = BACKENDS
    metafunc.parametrize("db_backend", backends, indirect=True)


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file migrated to head once per session; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database)
    database.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def sqlite_db(db_path: Path, sqlite_template: Path):
    """A migrated SQLite file of its own (at ``db_path``) for one test."""
    shutil.copyfile(sqlite_template, db_path)
    database = Database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def db_backend(request) -> str:
    """Which database ``db`` is; set for each test by ``pytest_generate_tests``."""
    return request.param


@pytest.fixture
def db(db_backend: str, request) -> Database:
    """A migrated, empty database of the test's own: once SQLite, once PostgreSQL."""
    if db_backend == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return request.getfixturevalue("pg_db")


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
    """A throwaway PostgreSQL cluster on loopback, stopped when the session ends.

    Without one the PostgreSQL tests are skipped, except under CI, where they fail.
    """
    try:
        from tests.postgres import Cluster

        cluster = Cluster()
    except Exception as exc:  # noqa: BLE001
        if _ci():
            pytest.fail(f"PostgreSQL could not be started: {exc}")
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """The name of a PostgreSQL database migrated to head once per session."""
    name = "adminapp_template"
    database = Database(pg_cluster.new_database(name))
    migrate.upgrade(database)
    database.dispose()  # a template cannot be copied while anyone is connected to it
    return name


@pytest.fixture
def pg_db(pg_cluster, pg_template):
    """A migrated, empty PostgreSQL database of its own for one test, dropped afterwards."""
    url = pg_cluster.new_database(template=pg_template)
    database = Database(url)
    yield database
    database.dispose()
    pg_cluster.drop_database(url)

"""Shared fixtures: offscreen Qt, isolated settings/data folders, real migrated databases.

Every test that asks for ``db`` (directly or through ``ctx`` or ``centre``) runs twice: on a
SQLite file (``[sqlite]``) and on PostgreSQL (``[postgresql]``). A test about SQLite itself (its
file, backup API or pragmas) says so with ``@pytest.mark.sqlite_only("why")`` and runs once.
The GUI tests (tests/ui) use SQLite only. Both kinds of database are copied from one migrated
template per session, so no test pays for the migrations; and a test that asks for ``centre``
gets a copy of a database that already holds it (built through the services once per session
and backend, with the same ids every time), so no test pays for building it either.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English labels; the language tests switch explicitly.
os.environ["ADMINAPP_LANG"] = "en"

import copy  # noqa: E402
import datetime as dt  # noqa: E402
import shutil  # noqa: E402
import weakref  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy.engine import Dialect  # noqa: E402
from sqlalchemy.util import LRUCache  # noqa: E402

from adminapp import db as app_db  # noqa: E402
from adminapp import migrate  # noqa: E402
from adminapp.db import Database  # noqa: E402
from adminapp.services.context import ALL_ROLES, Actor, AppContext, centre_today  # noqa: E402
from tests.factories import SmallCentre, build_small_centre  # noqa: E402

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]
TESTER = Actor(login="tester", workstation="test-host", roles=ALL_ROLES)


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


# SQLAlchemy keeps compiled statements per engine, keyed by the engine's dialect object, and
# every test opens databases of its own, so each test would compile every statement it runs
# anew (measured: a fifth of a service test's time on SQLite, 7 % of the whole run). The app
# compiles each statement once per run; so do the tests: the engines of one kind share the
# dialect of the migrated template's engine (initialised by its first connection, to the same
# kind of server) and one statement cache. Nothing else about an engine is shared.
_shared_sql: dict[tuple[str, str], tuple[Dialect, LRUCache]] = {}


def _share_sql_of(database: Database) -> None:
    """Engines made from now on of ``database``'s kind use its (initialised) dialect."""
    engine = database.engine
    if hasattr(engine, "_compiled_cache"):  # SQLAlchemy 2.0's per-engine statement cache
        key = (engine.dialect.name, engine.dialect.driver)
        _shared_sql.setdefault(key, (engine.dialect, LRUCache(3000)))


@pytest.fixture(scope="session", autouse=True)
def _compile_sql_once():
    make_engine = app_db._make_engine

    def make_engine_sharing_sql(url: str, *, echo: bool):
        engine = make_engine(url, echo=echo)
        shared = _shared_sql.get((engine.dialect.name, engine.dialect.driver))
        if shared is not None:
            engine.dialect, engine._compiled_cache = shared
        return engine

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_db, "_make_engine", make_engine_sharing_sql)
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
    _share_sql_of(database)
    database.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def sqlite_db(db_path: Path, sqlite_template: Path, request):
    """A migrated SQLite file of its own (at ``db_path``) for one test.

    Empty, unless the test's ``centre`` is to be built on it: then it is a copy of the file
    that holds the centre already (see ``centre``).
    """
    source, built = sqlite_template, None
    if _centre_goes_into(request, "sqlite"):
        source, built = request.getfixturevalue("sqlite_centre_template").get()
    shutil.copyfile(source, db_path)
    database = Database(f"sqlite:///{db_path}")
    if built is not None:
        _prebuilt_centres[database] = built
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
    return AppContext(db, TESTER)


@pytest.fixture
def centre(ctx) -> SmallCentre:
    """A small building (3 floors, 8 units, 4 companies, 5 leases) made through the services.

    Built by ``build_small_centre`` as ``tester`` on ``test-host``, but once per session and
    backend: ``db`` is then a copy of that database (same ids, versions and audit entries; the
    entries are timed when the template was built, earlier the same Shanghai day). Only when
    ``db`` was not made for it (``centre`` asked for with ``request.getfixturevalue``) is it
    built here, on ``db``.
    """
    built = _prebuilt_centres.get(ctx.db)
    if built is not None:
        return built
    return build_small_centre(ctx)


# Databases made as copies of a centre template, and the centre each holds.
_prebuilt_centres: weakref.WeakKeyDictionary[Database, SmallCentre] = weakref.WeakKeyDictionary()


def _centre_goes_into(request: pytest.FixtureRequest, backend: str) -> bool:
    """Whether the test's ``centre`` will be built on the ``backend`` database being made.

    True when the test asks (itself or through its fixtures) for the ``centre`` and ``ctx`` of
    this file (a test module may override either) and its ``db`` is of that backend (a GUI
    test's is SQLite).
    """
    item = request.node
    closure = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", None)
    if closure is None:
        return False
    for name in ("centre", "ctx"):
        defs = closure.get(name)
        func = getattr(defs[-1], "func", None) if defs else None
        if getattr(func, "__module__", None) != __name__:
            return False
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec is not None else {}
    return params.get("db_backend", "sqlite") == backend


class CentreTemplate:
    """A database holding the small centre, made by ``build`` and remade on a new day.

    ``build(n)`` makes the n-th template and returns (what to copy, the centre). The audit
    entries say when the centre was built; a test may check they were written today, so a
    template made before midnight in Shanghai is not used after it.
    """

    def __init__(self, build: Callable[[int], tuple[Path | str, SmallCentre]]) -> None:
        self._build = build
        self._made: list[tuple[dt.date, Path | str, SmallCentre]] = []

    def get(self) -> tuple[Path | str, SmallCentre]:
        """The template to copy and a centre of the copy's own (a test may change it)."""
        if not self._made or self._made[-1][0] != centre_today():
            day = centre_today()
            self._made.append((day, *self._build(len(self._made) + 1)))
        _, source, built = self._made[-1]
        return source, copy.deepcopy(built)


@pytest.fixture(scope="session")
def sqlite_centre_template(sqlite_template: Path, tmp_path_factory) -> CentreTemplate:
    """A SQLite file holding the small centre, built through the services once per session.

    Asked for from ``sqlite_db`` while a test is being set up, so the cheap password hashing and
    the isolated folders of that test are in force while it is built.
    """
    folder = tmp_path_factory.mktemp("centre-template")

    def build(n: int) -> tuple[Path, SmallCentre]:
        path = folder / f"centre-{n}.db"
        shutil.copyfile(sqlite_template, path)
        database = Database(f"sqlite:///{path}")
        try:
            built = build_small_centre(AppContext(database, TESTER))
        finally:
            database.dispose()  # the last connection checkpoints the WAL into the file
        return path, built

    return CentreTemplate(build)


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
    _share_sql_of(database)
    database.dispose()  # a template cannot be copied while anyone is connected to it
    return name


@pytest.fixture(scope="session")
def pg_centre_template(pg_cluster, pg_template: str) -> CentreTemplate:
    """A PostgreSQL database holding the small centre, built through the services once per
    session (as ``sqlite_centre_template``); tests get copies of it."""

    def build(n: int) -> tuple[str, SmallCentre]:
        name = f"adminapp_centre_{n}"
        database = Database(pg_cluster.new_database(name, template=pg_template))
        try:
            built = build_small_centre(AppContext(database, TESTER))
        finally:
            database.dispose()  # a template cannot be copied while anyone is connected to it
        return name, built

    return CentreTemplate(build)


@pytest.fixture
def pg_db(pg_cluster, pg_template, request):
    """A migrated PostgreSQL database of its own for one test, dropped afterwards.

    Empty, unless the test's ``centre`` is to be built on it (as ``sqlite_db``).
    """
    template, built = pg_template, None
    if _centre_goes_into(request, "postgresql"):
        template, built = request.getfixturevalue("pg_centre_template").get()
    url = pg_cluster.new_database(template=template)
    database = Database(url)
    if built is not None:
        _prebuilt_centres[database] = built
    yield database
    database.dispose()
    pg_cluster.drop_database(url)

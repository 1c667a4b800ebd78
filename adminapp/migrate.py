"""Schema migrations: upgrade at start-up (after a backup copy), refuse newer databases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adminapp.db import Database
from adminapp.errors import DatabaseVersionError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in migrations/versions. Kept here so a normal start-up can see that the
# database is current without importing Alembic (tests/test_migrations.py keeps it true).
SCHEMA_HEAD = "0007"


def _config(connection=None):  # noqa: ANN001, ANN202
    from alembic.config import Config  # Alembic is imported only when migrating.

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _script():  # noqa: ANN202
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _script().get_current_head()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def status(db: Database) -> tuple[str | None, str]:
    """(the database's revision, the code's head revision)."""
    return current_revision(db), head_revision()


def _known(revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return _script().get_revision(revision) is not None
    except CommandError:
        return False


def ensure_not_newer(db: Database) -> str | None:
    current = current_revision(db)
    if current is not None and not _known(current):
        raise DatabaseVersionError(
            f"This database was written by a newer version of Incubator Admin (schema "
            f"{current}); this version knows schemas up to {head_revision()}. "
            "Install the newer version to open it."
        )
    return current


def _recorded_revision(db: Database) -> str | None:
    """The revision in alembic_version, read with plain SQL (no Alembic import)."""
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare(db: Database) -> Path | None:
    """Start-up: upgrade an older or empty database (backup first), refuse a newer one.

    Returns the backup file made, if any. A current database costs one small query.
    """
    if _recorded_revision(db) == SCHEMA_HEAD:
        return None
    return upgrade(db)


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the database to the code's schema. Returns the backup file made, if any.

    A SQLite file that holds an older schema is copied aside first
    (``NAME.db.bak-YYYYmmdd-HHMMSS-REV``).
    """
    from alembic import command

    current = ensure_not_newer(db)
    head = head_revision()
    if current == head:
        return None
    backup_path = None
    path = db.sqlite_path
    if backup and current is not None and path is not None and path.exists():
        from adminapp import backup as backups

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = path.with_name(f"{path.name}.bak-{stamp}-{current}")
        # The online backup API: a consistent copy even while another workstation writes.
        backups.backup(db, backup_path)
        backups.prune_migration_copies(db)
    with db.engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return backup_path


def check(db: Database) -> list[str]:
    """Problems with the schema: behind head, newer than the code, or models that differ."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from adminapp.models import Base

    current = ensure_not_newer(db)
    head = head_revision()
    problems = []
    if current != head:
        problems.append(f"schema is at {current or 'empty'}, the code expects {head}")
        return problems
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    problems.extend(f"schema differs from the models: {d}" for d in diff)
    return problems

import sqlite3

import pytest
from sqlalchemy import inspect, text

from adminapp import migrate
from adminapp.db import Database
from adminapp.errors import DatabaseVersionError
from adminapp.models import Base


def test_schema_head_constant_matches_the_migrations():
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_empty_database_upgrades_from_base_to_head_and_matches_the_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    assert migrate.current_revision(db) is None
    assert migrate.prepare(db) is None  # nothing to back up in an empty file
    assert migrate.current_revision(db) == migrate.head_revision()
    assert migrate.check(db) == []
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree_on_postgresql(pg_db):
    assert migrate.check(pg_db) == []


def test_sqlite_is_configured_for_sharing(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_database_from_a_newer_version_is_refused(db, db_path):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseVersionError, match="newer version of Incubator Admin"):
        migrate.prepare(db)
    with pytest.raises(DatabaseVersionError):
        migrate.check(db)
    assert db_path.read_bytes() == before


def test_drift_between_models_and_database_is_reported(db, db_path):
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("DROP INDEX ix_leases_end_date")
    con.commit()
    con.close()
    problems = migrate.check(db)
    assert problems and "ix_leases_end_date" in " ".join(problems)

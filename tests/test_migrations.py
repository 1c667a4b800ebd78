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


@pytest.mark.sqlite_only("reads SQLite pragmas")
def test_sqlite_is_configured_for_sharing(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.sqlite_only("checks that the SQLite file is left byte for byte as it was")
def test_a_database_from_a_newer_version_is_refused(db, db_path):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseVersionError, match="newer version of Incubator Admin"):
        migrate.prepare(db)
    with pytest.raises(DatabaseVersionError):
        migrate.check(db)
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only("edits the SQLite file behind the app's back")
def test_drift_between_models_and_database_is_reported(db, db_path):
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("DROP INDEX ix_leases_in_force")
    con.commit()
    con.close()
    problems = migrate.check(db)
    assert problems and "ix_leases_in_force" in " ".join(problems)


@pytest.mark.sqlite_only("a SQLite file is copied aside before an upgrade")
def test_an_older_file_is_copied_aside_then_upgraded(tmp_path, monkeypatch, centre, db, db_path):
    """A next schema version (written here, as the next real one will be) upgrades a file that
    holds data: the old file is copied aside first and the data survives."""
    import shutil

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    current = migrate.SCHEMA_HEAD
    (scripts / "versions" / "9000_next.py").write_text(
        '"""next"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9000'\ndown_revision = '{current}'\nbranch_labels = None\n"
        "depends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('units') as b:\n"
        "        b.add_column(sa.Column('floor_plan', sa.Text(), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9000")
    backup = migrate.prepare(db)
    assert backup is not None and backup.exists()
    assert backup.name.startswith("centre.db.bak-") and backup.name.endswith(f"-{current}")
    assert migrate.current_revision(db) == "9000"
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
    assert old.execute("SELECT count(*) FROM leases").fetchone() == (5,)
    old.close()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM leases")).scalar() == 5
        cols = {c["name"] for c in inspect(conn).get_columns("units")}
    assert "floor_plan" in cols
    assert migrate.prepare(db) is None  # current now: no second copy

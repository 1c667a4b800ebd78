"""Backups and restores (SQLite and PostgreSQL), the daily copies, and `main.py db backup|restore`."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from adminapp import backup as backups
from adminapp import cli, migrate
from adminapp.db import Database
from adminapp.errors import DatabaseVersionError, DomainError
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from tests.dbstate import dump
from tests.factories import build_small_centre
from tests.test_cli import run


def triggers(db: Database) -> set[str]:
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        if db.is_sqlite
        else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    )
    with db.engine.connect() as conn:
        return set(conn.execute(text(sql)).scalars())


AUDIT_INSERT = (
    "INSERT INTO audit_entries (at, actor, workstation, action, entity_type, summary, changes) "
    "VALUES ('2026-01-02 03:04:05', 'w', 'w', 'create', 'x', 'added', '{}')"
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# These copy, restore and prune SQLite files; PostgreSQL backups have their own tests below.
sqlite_files = pytest.mark.sqlite_only("backs up or restores a SQLite file")


# --- SQLite ------------------------------------------------------------------------------------


@sqlite_files
def test_sqlite_round_trip_gives_identical_rows(db, centre, tmp_path):
    before = dump(db)
    assert before["audit_entries"], "the small centre writes an audit history"
    result = backups.backup(db, tmp_path / "copy.db")
    assert result.kind == "sqlite" and result.revision == migrate.SCHEMA_HEAD
    assert result.size == (tmp_path / "copy.db").stat().st_size > 0
    # One self-contained file: no temp file, no -wal/-shm left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]
    assert not list(tmp_path.glob(".copy.db*"))

    restored = backups.restore(sqlite_url(tmp_path / "new.db"), tmp_path / "copy.db")
    assert restored.revision == migrate.SCHEMA_HEAD and restored.upgraded_to is None
    new = Database(sqlite_url(tmp_path / "new.db"))
    try:
        assert dump(new) == before
        assert triggers(new) == triggers(db)
        assert migrate.check(new) == []
    finally:
        new.dispose()


@sqlite_files
def test_restore_into_an_existing_empty_file(db, centre, tmp_path):
    backups.backup(db, tmp_path / "copy.db")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a 0-byte file
    target = Database(sqlite_url(empty))
    try:
        backups.restore(target, tmp_path / "copy.db")  # an open Database stays usable
        assert dump(target) == dump(db)
    finally:
        target.dispose()


@sqlite_files
def test_backup_refuses_to_overwrite(db, centre, tmp_path):
    out = tmp_path / "copy.db"
    out.write_text("keep me")
    with pytest.raises(DomainError, match="already exists"):
        backups.backup(db, out)
    assert out.read_text() == "keep me"
    backups.backup(db, out, overwrite=True)
    assert out.read_bytes().startswith(backups.SQLITE_MAGIC)
    with pytest.raises(DomainError, match="folder does not exist"):
        backups.backup(db, tmp_path / "no" / "such" / "copy.db")
    with pytest.raises(DomainError, match="cannot be the database itself|already exists"):
        backups.backup(db, Path(db.sqlite_path), overwrite=True)


@sqlite_files
def test_restore_into_a_non_empty_database_is_refused_and_changes_nothing(db, centre, tmp_path):
    backups.backup(db, tmp_path / "copy.db")
    other = Database(sqlite_url(tmp_path / "other.db"))
    migrate.upgrade(other)
    build_small_centre(
        AppContext(other, Actor(login="someone", workstation="elsewhere", roles=ALL_ROLES))
    )
    before = dump(other)
    bytes_before = (tmp_path / "other.db").stat().st_size
    try:
        with pytest.raises(DomainError, match="restore goes into a new, empty database"):
            backups.restore(other, tmp_path / "copy.db")
        assert dump(other) == before
        assert (tmp_path / "other.db").stat().st_size == bytes_before
    finally:
        other.dispose()
    # The same for the live database itself.
    with pytest.raises(DomainError, match="new, empty database"):
        backups.restore(db, tmp_path / "copy.db")


@sqlite_files
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not a backup of Incubator Admin (an empty file)"),
        (b"name,rent\nA,1\n", "not a backup of Incubator Admin (not a SQLite database file)"),
        ("half", "is damaged"),
        ("garbage-inside", "is damaged"),
        ("foreign", "without the app's schema version"),
    ],
)
def test_a_corrupt_or_foreign_file_is_refused(db, centre, tmp_path, content, expected):
    good = backups.backup(db, tmp_path / "good.db").path.read_bytes()
    bad = tmp_path / "bad.db"
    if content == "half":
        bad.write_bytes(good[: len(good) // 2])
    elif content == "garbage-inside":
        bad.write_bytes(good[:8192] + b"\xff" * 8192 + good[16384:])
    elif content == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    target = tmp_path / "target.db"
    with pytest.raises(DomainError) as info:
        backups.restore(sqlite_url(target), bad)
    assert expected in str(info.value)
    assert not target.exists()


@sqlite_files
def test_a_backup_from_a_newer_version_is_refused(db, centre, tmp_path):
    copy = backups.backup(db, tmp_path / "copy.db").path
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionError, match="newer version of Incubator Admin"):
        backups.restore(sqlite_url(tmp_path / "new.db"), copy)
    assert not (tmp_path / "new.db").exists()


def test_an_older_backup_is_brought_up_to_date(tmp_path):
    from alembic import command

    old = Database(sqlite_url(tmp_path / "old.db"))
    with old.engine.begin() as conn:
        command.upgrade(migrate._config(conn), "0001")
    with old.engine.begin() as conn:
        conn.execute(text(AUDIT_INSERT))
    backups.backup(old, tmp_path / "copy.db")
    old.dispose()
    result = backups.restore(sqlite_url(tmp_path / "new.db"), tmp_path / "copy.db")
    assert result.revision == "0001"
    if migrate.SCHEMA_HEAD != "0001":
        assert result.upgraded_to == migrate.SCHEMA_HEAD
    new = Database(sqlite_url(tmp_path / "new.db"))
    try:
        assert migrate.current_revision(new) == migrate.SCHEMA_HEAD
        assert len(dump(new)["audit_entries"]) == 1
    finally:
        new.dispose()


@sqlite_files
def test_backup_while_another_connection_holds_a_write_transaction(db, centre, tmp_path):
    """WAL: the copy neither waits for the writer nor contains its uncommitted rows."""
    committed = len(dump(db)["audit_entries"])
    writer = sqlite3.connect(db.sqlite_path, isolation_level=None, timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(AUDIT_INSERT)
    try:
        started = time.monotonic()
        backups.backup(db, tmp_path / "copy.db")
        assert time.monotonic() - started < 5  # far below the 15 s busy timeout
    finally:
        writer.execute("COMMIT")
        writer.close()
    copy = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert copy.execute("SELECT count(*) FROM audit_entries").fetchone() == (committed,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        copy.close()
    assert len(dump(db)["audit_entries"]) == committed + 1


# --- daily copies -------------------------------------------------------------------------------


@sqlite_files
def test_daily_backup_once_a_day_keeping_14(db, centre, tmp_path):
    folder = tmp_path / "backups"
    day = dt.date(2026, 3, 1)
    first = backups.daily_backup(db, today=day)
    assert first == folder / "centre-2026-03-01.db"  # default: backups/ beside the database
    assert first.exists()
    assert backups.daily_backup(db, today=day) is None  # same day: nothing more
    assert [p.name for p in folder.iterdir()] == ["centre-2026-03-01.db"]
    # Another database's copies in the same folder are not counted or touched.
    (folder / "centre-old-2020-01-01.db").write_bytes(b"x")
    for n in range(1, 16):
        assert backups.daily_backup(db, today=day + dt.timedelta(days=n)) is not None
    kept = sorted(p.name for p in folder.glob("centre-2026-*.db"))
    assert len(kept) == 14
    assert kept[0] == "centre-2026-03-03.db" and kept[-1] == "centre-2026-03-16.db"
    assert (folder / "centre-old-2020-01-01.db").exists()
    other = tmp_path / "elsewhere"
    assert backups.daily_backup(db, other, keep=2, today=day) == other / "centre-2026-03-01.db"


@sqlite_files
def test_daily_backup_defaults_to_the_centre_date(db, tmp_path):
    from adminapp.services.context import centre_today

    made = backups.daily_backup(db)
    assert made is not None and made.name == f"centre-{centre_today().isoformat()}.db"


@sqlite_files
def test_opening_an_existing_database_makes_the_daily_copy(db, centre, db_path, capsys):
    opened = cli.open_database(sqlite_url(db_path))
    opened.dispose()
    assert len(list((db_path.parent / "backups").glob("centre-*.db"))) == 1
    assert capsys.readouterr().err == ""
    # A brand-new database has nothing to copy yet.
    fresh = db_path.parent / "fresh.db"
    cli.open_database(sqlite_url(fresh)).dispose()
    assert not list((db_path.parent / "backups").glob("fresh-*.db"))


@sqlite_files
def test_a_failed_daily_copy_warns_but_opens(db, db_path, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "daily_backup", broken)
    opened = cli.open_database(sqlite_url(db_path))
    try:
        assert migrate.current_revision(opened) == migrate.SCHEMA_HEAD
    finally:
        opened.dispose()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("warning: the daily backup was not made")


@sqlite_files
def test_pre_migration_copies_keep_the_newest_14(db, db_path):
    for n in range(16):
        (db_path.parent / f"centre.db.bak-202601{n + 1:02d}-120000-0001").write_bytes(b"x")
    (db_path.parent / "centre.db.bak-notes.txt").write_bytes(b"x")
    deleted = backups.prune_migration_copies(db)
    assert sorted(p.name for p in deleted) == [
        "centre.db.bak-20260101-120000-0001",
        "centre.db.bak-20260102-120000-0001",
    ]
    assert len(list(db_path.parent.glob("centre.db.bak-2026*"))) == 14
    assert (db_path.parent / "centre.db.bak-notes.txt").exists()


# --- PostgreSQL ---------------------------------------------------------------------------------


@pytest.mark.postgres
def test_postgresql_round_trip_gives_identical_rows(pg_db, pg_cluster, tmp_path):
    build_small_centre(
        AppContext(pg_db, Actor(login="tester", workstation="pg-host", roles=ALL_ROLES))
    )
    before = dump(pg_db)
    assert before["audit_entries"]
    result = backups.backup(pg_db, tmp_path / "centre.dump")
    assert result.kind == "postgresql" and result.revision == migrate.SCHEMA_HEAD
    assert (tmp_path / "centre.dump").read_bytes().startswith(backups.PGDUMP_MAGIC)

    url = pg_cluster.new_database()
    restored = backups.restore(url, tmp_path / "centre.dump")
    assert restored.kind == "postgresql" and restored.upgraded_to is None
    new = Database(url)
    try:
        assert dump(new) == before
        assert triggers(new) == triggers(pg_db)
        assert migrate.check(new) == []
        # Sequences came along: the next record does not clash with a restored id.
        with new.engine.begin() as conn:
            new_id = conn.execute(text(AUDIT_INSERT + " RETURNING id")).scalar()
        assert new_id > max(row[0] for row in before["audit_entries"])
    finally:
        new.dispose()

    # Into a database that has tables: refused, nothing changes.
    with pytest.raises(DomainError, match="restore goes into a new, empty database"):
        backups.restore(pg_db, tmp_path / "centre.dump")
    assert dump(pg_db) == before


@sqlite_files
@pytest.mark.postgres
def test_postgresql_refuses_wrong_and_broken_files(db, centre, pg_cluster, tmp_path):
    sqlite_copy = backups.backup(db, tmp_path / "copy.db").path
    url = pg_cluster.new_database()
    with pytest.raises(DomainError, match="is a SQLite backup"):
        backups.restore(url, sqlite_copy)
    broken = tmp_path / "broken.dump"
    broken.write_bytes(backups.PGDUMP_MAGIC + b"\x01\x0e\x00garbage" * 10)
    with pytest.raises(DomainError, match=r"^pg_restore failed: pg_restore: error: "):
        backups.restore(url, broken)
    with pytest.raises(DomainError, match="is a PostgreSQL backup"):
        backups.restore(sqlite_url(tmp_path / "new.db"), broken)


def test_missing_postgresql_tools_are_a_clear_error(monkeypatch):
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    monkeypatch.setattr(backups.glob, "glob", lambda _pattern: [])
    with pytest.raises(DomainError, match="pg_dump was not found"):
        backups.find_pg_tool("pg_dump")


def test_libpq_url_drops_the_driver_and_keeps_the_password_apart():
    url, password = backups.libpq_url("postgresql+psycopg://staff:s%40cret@db.local:5433/centre")
    assert url == "postgresql://staff@db.local:5433/centre"
    assert password == "s@cret"


def test_tools_are_found_by_version_number(monkeypatch):
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    monkeypatch.setattr(
        backups.glob,
        "glob",
        lambda pattern: (
            ["/usr/lib/postgresql/9/bin/pg_dump", "/usr/lib/postgresql/16/bin/pg_dump"]
            if pattern.startswith("/usr/lib/postgresql")
            else []
        ),
    )
    assert backups.find_pg_tool("pg_dump") == Path("/usr/lib/postgresql/16/bin/pg_dump")


# --- main.py ------------------------------------------------------------------------------------


def one_error_line(result, expected: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and expected in lines[0], lines[0]
    assert "Traceback" not in result.stderr


@sqlite_files
def test_cli_round_trip_and_errors(db, centre, db_path, tmp_path):
    url = sqlite_url(db_path)
    out = tmp_path / "copy.db"
    made = run("db", "backup", str(out), "--database", url)
    assert made.returncode == 0, made.stderr
    assert f"to {out}" in made.stdout
    new_url = sqlite_url(tmp_path / "new.db")
    restored = run("db", "restore", str(out), "--database", new_url)
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout
    new = Database(new_url)
    try:
        assert dump(new) == dump(db)
    finally:
        new.dispose()

    one_error_line(run("db", "backup", str(out), "--database", url), "already exists")
    one_error_line(run("db", "restore", str(out), "--database", new_url), "new, empty database")
    one_error_line(run("db", "backup", "--database", url), "name the backup file")
    one_error_line(run("db", "restore", "--database", new_url), "name the backup file")
    one_error_line(run("db", "upgrade", str(out), "--database", url), "takes no file")
    one_error_line(
        run("db", "backup", str(tmp_path / "x.db"), "--database", sqlite_url(tmp_path / "no.db")),
        "no database at",
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    one_error_line(
        run("db", "restore", str(notes), "--database", sqlite_url(tmp_path / "n.db")),
        "not a backup of Incubator Admin",
    )
    one_error_line(
        run("db", "restore", str(tmp_path / "missing.db"), "--database", new_url),
        "no backup file at",
    )


@pytest.mark.postgres
def test_cli_round_trip_on_postgresql(pg_db, pg_cluster, tmp_path):
    build_small_centre(
        AppContext(pg_db, Actor(login="tester", workstation="pg-host", roles=ALL_ROLES))
    )
    out = tmp_path / "centre.dump"
    made = run("db", "backup", str(out), "--database", pg_db.url)
    assert made.returncode == 0, made.stderr
    url = pg_cluster.new_database()
    restored = run("db", "restore", str(out), "--database", url)
    assert restored.returncode == 0, restored.stderr
    new = Database(url)
    try:
        assert dump(new) == dump(pg_db)
    finally:
        new.dispose()
    one_error_line(run("db", "restore", str(out), "--database", url), "new, empty database")

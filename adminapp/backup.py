"""Backups and restores of the whole database, and the automatic daily copies on SQLite.

SQLite: ``backup`` uses SQLite's online backup API (a consistent copy while others keep working;
in WAL mode a writer does not block it and its uncommitted changes are not in the copy). The copy
is a single self-contained ``.db`` file (journal mode DELETE). ``restore`` copies such a file
into a database file that does not exist yet or has no tables, then brings its schema up to date.

PostgreSQL: ``backup`` runs ``pg_dump --format=custom``; ``restore`` runs
``pg_restore --no-owner --no-privileges --single-transaction`` into an empty database. The dump
is an ordinary pg_dump archive, so an administrator can also restore it with plain pg_restore.

Daily copies (SQLite files only): ``daily_backup`` at the first start of each day (Asia/Shanghai)
writes ``backups/NAME-YYYY-MM-DD.db`` in the folder of the database file and keeps the newest 14.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from adminapp import migrate
from adminapp.db import Database, describe_url
from adminapp.errors import DomainError

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
DAILY_KEEP = 14
MIGRATION_COPIES_KEEP = 14
EMPTY_ONLY = "restore goes into a new, empty database"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    kind: str  # "sqlite" or "postgresql"
    size: int  # bytes
    revision: str | None  # the schema revision in the backup


@dataclass(frozen=True)
class RestoreResult:
    url: str  # the database restored into (password hidden)
    kind: str
    revision: str | None  # the schema revision the backup held
    upgraded_to: str | None  # the code's revision, when the restored data was migrated
    migration_copy: Path | None = None  # pre-migration copy made by migrate (SQLite)


# --------------------------------------------------------------------------------------------
# Backup


def backup(db: Database, out: Path, *, overwrite: bool = False) -> BackupResult:
    """Copy the whole database to ``out``; an existing file is refused unless ``overwrite``."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise DomainError(f"{out} is a folder; name the backup file")
    if out.exists() and not overwrite:
        raise DomainError(f"{out} already exists; choose a new file name for the backup")
    if not out.parent.is_dir():
        raise DomainError(f"folder does not exist: {out.parent}")
    if db.sqlite_path is not None and _same_file(out, db.sqlite_path):
        raise DomainError("the backup file cannot be the database itself")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if db.is_sqlite:
            revision = _sqlite_backup(db, tmp)
            kind = "sqlite"
        else:
            revision = _pg_dump(db, tmp)
            kind = "postgresql"
        os.replace(tmp, out)
    except OSError as exc:
        raise DomainError(f"cannot write the backup {out}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return BackupResult(path=out, kind=kind, size=out.stat().st_size, revision=revision)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _sqlite_backup(db: Database, tmp: Path) -> str | None:
    try:
        raw = db.engine.raw_connection()
    except SQLAlchemyError as exc:
        raise DomainError(f"cannot open database {describe_url(db.url)}: {_reason(exc)}") from exc
    try:
        source = raw.driver_connection
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            # One self-contained file: no -wal/-shm beside the copy when it is opened later.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
            return _sqlite_revision(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise DomainError(f"backup failed: {exc}") from exc
    finally:
        raw.close()


def _sqlite_revision(conn: sqlite3.Connection) -> str | None:
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------------------------
# Restore


def restore(db_or_url: Database | str, src: Path) -> RestoreResult:
    """Restore the backup ``src`` into an empty database, then bring it up to the code's schema.

    ``db_or_url`` is an open ``Database`` (left open) or a URL (opened and closed here).
    """
    src = Path(src).expanduser()
    if not src.is_file():
        raise DomainError(f"no backup file at {src}")
    own = not isinstance(db_or_url, Database)
    db = Database(db_or_url) if own else db_or_url
    try:
        head = _read_magic(src)
        if db.is_sqlite:
            if head.startswith(PGDUMP_MAGIC):
                raise DomainError(
                    f"{src} is a PostgreSQL backup (pg_dump); restore it into a PostgreSQL "
                    "database (--database postgresql://...)"
                )
            revision = _check_sqlite_backup(src, head)
            _ensure_empty(db)
            _sqlite_copy_in(db, src)
        else:
            if head.startswith(SQLITE_MAGIC):
                raise DomainError(
                    f"{src} is a SQLite backup; restore it into a SQLite database "
                    "(--database sqlite:///FILE.db)"
                )
            revision = _check_pg_backup(src, head)
            _ensure_empty(db)
            _pg_restore(db, src)
        try:
            copy = migrate.prepare(db)
        except SQLAlchemyError as exc:
            raise DomainError(
                f"the restored database could not be migrated: {_reason(exc)}"
            ) from exc
        after = migrate.current_revision(db)
        return RestoreResult(
            url=describe_url(db.url),
            kind="sqlite" if db.is_sqlite else "postgresql",
            revision=revision,
            upgraded_to=after if after != revision else None,
            migration_copy=copy,
        )
    finally:
        if own:
            db.dispose()


def _read_magic(src: Path) -> bytes:
    try:
        with src.open("rb") as f:
            return f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DomainError(f"cannot read {src}: {exc.strerror or exc}") from exc


def _refuse_newer(revision: str | None) -> None:
    """``migrate.ensure_not_newer`` for a revision read from a backup file (same rule, message)."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            if revision is not None:
                conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
        migrate.ensure_not_newer(SimpleNamespace(engine=engine))
    finally:
        engine.dispose()


def _not_ours(src: Path, why: str) -> DomainError:
    return DomainError(f"{src} is not a backup of Incubator Admin ({why})")


def _check_sqlite_backup(src: Path, head: bytes) -> str | None:
    """The backup's schema revision; refuses anything but an intact database of this app."""
    if not head.startswith(SQLITE_MAGIC):
        raise _not_ours(src, "an empty file" if not head else "not a SQLite database file")
    try:
        conn = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DomainError(f"cannot open the backup {src}: {exc}") from exc
    try:
        check = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if check != ["ok"]:
            raise DomainError(f"the backup {src} is damaged: {check[0]}")
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            raise _not_ours(src, "a SQLite database without the app's schema version")
        revision = _sqlite_revision(conn)
    except sqlite3.DatabaseError as exc:
        raise DomainError(f"the backup {src} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()
    _refuse_newer(revision)
    return revision


def _ensure_empty(db: Database) -> None:
    where = describe_url(db.url)
    path = db.sqlite_path
    if path is not None and not path.exists():
        return
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                tables = inspect(conn).get_table_names()
            else:
                tables = (
                    conn.execute(
                        text(
                            "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                        )
                    )
                    .scalars()
                    .all()
                )
    except SQLAlchemyError as exc:
        raise DomainError(f"cannot open database {where}: {_reason(exc)}; {EMPTY_ONLY}") from exc
    if tables:
        raise DomainError(
            f"{where} already holds {len(tables)} tables; {EMPTY_ONLY} "
            "(name a new file or an empty database with --database)"
        )


def _sqlite_copy_in(db: Database, src: Path) -> None:
    try:
        source = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DomainError(f"cannot open the backup {src}: {exc}") from exc
    try:
        raw = db.engine.raw_connection()
        try:
            dest = raw.driver_connection
            # WAL on the (empty) target would make the copy fail on a different page size.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL").fetchall()
        finally:
            raw.close()
    except (sqlite3.Error, SQLAlchemyError) as exc:
        raise DomainError(f"restore failed: {_reason(exc)}") from exc
    finally:
        source.close()


# --------------------------------------------------------------------------------------------
# PostgreSQL tools


def find_pg_tool(name: str) -> Path:
    """``pg_dump`` / ``pg_restore``: on PATH, else the newest installed PostgreSQL's bin folder."""
    found = shutil.which(name)
    if found:
        return Path(found)
    exe = name + (".exe" if sys.platform == "win32" else "")
    patterns = [f"/usr/lib/postgresql/*/bin/{exe}", f"/usr/pgsql-*/bin/{exe}"]
    if sys.platform == "win32":
        program_files = os.environ.get("ProgramFiles", "C:\\Program Files")
        patterns.append(str(Path(program_files) / "PostgreSQL" / "*" / "bin" / exe))
    candidates = [Path(p) for pattern in patterns for p in glob.glob(pattern)]
    if not candidates:
        raise DomainError(
            f"{name} was not found; install the PostgreSQL client tools "
            "(e.g. apt install postgresql-client) or put their bin folder on PATH"
        )
    return max(candidates, key=_version_key)


def _version_key(path: Path) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", str(path.parent.parent.name))
    return tuple(int(n) for n in numbers)


def libpq_url(url: str | URL) -> tuple[str, str | None]:
    """A SQLAlchemy URL as a libpq URL without the password, and the password apart."""
    parsed = make_url(url)
    password = parsed.password
    plain = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return plain.render_as_string(hide_password=False), (
        str(password) if password is not None else None
    )


def _run_pg(tool: str, args: list[str], db: Database | None = None) -> str:
    exe = find_pg_tool(tool)
    env = dict(os.environ)
    if db is not None:
        url, password = libpq_url(db.engine.url)
        args = [*args, f"--dbname={url}"]
        if password is not None:
            env["PGPASSWORD"] = password
    try:
        done = subprocess.run(
            [str(exe), *args], capture_output=True, text=True, env=env, check=False
        )
    except OSError as exc:
        raise DomainError(f"cannot run {exe}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        raise DomainError(f"{tool} failed: {_first_error_line(done.stderr, tool)}")
    return done.stdout


def _first_error_line(stderr: str, tool: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower() or "fatal" in line.lower():
            return line
    return lines[0] if lines else f"{tool} exited with an error"


def _pg_dump(db: Database, tmp: Path) -> str | None:
    try:
        revision = migrate.current_revision(db)
    except SQLAlchemyError as exc:
        raise DomainError(f"cannot open database {describe_url(db.url)}: {_reason(exc)}") from exc
    _run_pg("pg_dump", ["--format=custom", f"--file={tmp}"], db)
    return revision


def _check_pg_backup(src: Path, head: bytes) -> str | None:
    if not head.startswith(PGDUMP_MAGIC):
        raise _not_ours(src, "not a pg_dump custom-format archive")
    script = _run_pg("pg_restore", ["--data-only", "--table=alembic_version", "--file=-", str(src)])
    revision = _copy_block_value(script, "alembic_version")
    if revision is None:
        raise _not_ours(src, "a pg_dump archive without the app's schema version")
    _refuse_newer(revision)
    return revision


def _copy_block_value(script: str, table: str) -> str | None:
    """The first value of ``COPY ... table ... FROM stdin;`` in a plain SQL script."""
    lines = iter(script.splitlines())
    for line in lines:
        if line.startswith("COPY ") and f"{table} " in line and line.endswith("FROM stdin;"):
            value = next(lines, "\\.")
            return None if value == "\\." else value.split("\t")[0]
    return None


def _pg_restore(db: Database, src: Path) -> None:
    db.engine.dispose()  # no idle connection of ours in the way of the restore
    _run_pg(
        "pg_restore",
        [
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(src),
        ],
        db,
    )


# --------------------------------------------------------------------------------------------
# Automatic copies (SQLite)


def daily_folder(db: Database) -> Path:
    """Where the daily copies of a SQLite file go: ``backups/`` beside the database file."""
    path = db.sqlite_path
    if path is None:
        raise DomainError("daily backups are made for SQLite database files only")
    return path.expanduser().resolve().parent / "backups"


def daily_backup(
    db: Database,
    folder: Path | None = None,
    keep: int = DAILY_KEEP,
    today: dt.date | None = None,
) -> Path | None:
    """Today's copy ``NAME-YYYY-MM-DD.db`` if there is none yet; keeps the newest ``keep``.

    Returns the file made, or None when today's copy already existed (or the database is not a
    SQLite file). ``today`` is the centre's date (Asia/Shanghai) unless given.
    """
    if db.sqlite_path is None:
        return None
    if today is None:
        from adminapp.services.context import centre_today

        today = centre_today()
    folder = Path(folder) if folder is not None else daily_folder(db)
    stem = db.sqlite_path.stem
    target = folder / f"{stem}-{today.isoformat()}.db"
    made = None
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        made = backup(db, target).path
    prune(folder, rf"{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.db", keep)
    return made


def prune(folder: Path, pattern: str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest files whose whole name matches ``pattern``.

    The pattern's first group orders the files (a sortable date stamp). Returns what was deleted.
    """
    if keep < 1:
        raise ValueError("keep must be 1 or more")
    regex = re.compile(pattern)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = regex.fullmatch(entry.name)
        if m and entry.is_file():
            found.append((m.group(1), entry))
    found.sort()
    doomed = [p for _, p in found[:-keep]]
    for p in doomed:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    return doomed


def prune_migration_copies(db: Database, keep: int = MIGRATION_COPIES_KEEP) -> list[Path]:
    """Keep the newest ``keep`` pre-migration copies (``NAME.db.bak-YYYYmmdd-HHMMSS-REV``)."""
    path = db.sqlite_path
    if path is None:
        return []
    path = path.expanduser().resolve()
    return prune(path.parent, rf"{re.escape(path.name)}\.bak-(\d{{8}}-\d{{6}})-.+", keep)


def _reason(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__

"""The headless commands behind ``main.py`` (export, demo, db). No Qt here."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from adminapp import migrate
from adminapp.db import Database, describe_url, resolve_url
from adminapp.errors import DomainError
from adminapp.services.context import Actor, AppContext, centre_today


def open_database(url: str | None, *, must_exist: bool = False) -> Database:
    """Open and migrate the database named by ``url`` (or the environment, or the default).

    With ``must_exist``, a SQLite file that is not there is an error rather than a new, empty
    database (a mistyped path must not produce an empty report).
    """
    resolved = resolve_url(url)
    db = Database(resolved)
    if must_exist and db.sqlite_path is not None and not db.sqlite_path.exists():
        db.dispose()
        raise DomainError(f"no database at {db.sqlite_path}")
    # A new, empty file has nothing to copy yet.
    existed = db.sqlite_path is not None and db.sqlite_path.exists()
    try:
        backup = migrate.prepare(db)
    except SQLAlchemyError as exc:
        db.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DomainError(f"cannot open database {describe_url(resolved)}: {reason}") from exc
    if backup:
        print(f"Upgraded the database; the previous file was copied to {backup}", file=sys.stderr)
    # The first start of each day copies a SQLite file (the last 14 are kept); never fatal.
    if existed:
        _automatic_backups(db)
    return db


def _automatic_backups(db: Database) -> None:
    from adminapp import backup as backups

    try:
        backups.daily_backup(db)
    except Exception as exc:  # noqa: BLE001 - a failed copy must not stop the app
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"warning: the daily backup was not made: {reason}", file=sys.stderr)


def _backup_command(args: argparse.Namespace, resolved: str) -> int:
    from adminapp import backup as backups

    if args.action == "backup":
        db = Database(resolved)
        try:
            if db.sqlite_path is not None and not db.sqlite_path.exists():
                raise DomainError(f"no database at {db.sqlite_path}")
            result = backups.backup(db, args.file)
        finally:
            db.dispose()
        print(
            f"Backed up {describe_url(resolved)} to {result.path} "
            f"({result.size:,} bytes, schema {result.revision or 'empty'})"
        )
        return 0
    result = backups.restore(resolved, args.file)
    upgraded = f", upgraded to {result.upgraded_to}" if result.upgraded_to else ""
    print(f"Restored {args.file} into {result.url} (schema {result.revision or 'empty'}{upgraded})")
    return 0


def open_context(url: str | None, *, demo: bool = False) -> AppContext:
    ctx = AppContext(open_database(url), Actor.from_os())
    if demo:
        from adminapp import demo as demo_module
        from adminapp.services.building import has_building

        if not has_building(ctx):
            summary = demo_module.generate_demo(ctx.db)
            print(f"Demo centre created: {summary}", file=sys.stderr)
    return ctx


def parse_date(text: str | None, name: str) -> dt.date:
    if not text:
        return centre_today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DomainError(f"{name} must be a date like 2026-11-30, not {text!r}") from exc


def export(args: argparse.Namespace) -> int:
    from adminapp import reports

    if args.list:
        for name, spec in reports.REPORTS.items():
            takes = f" [filters: {', '.join(spec.filters)}]" if spec.filters else ""
            print(f"{name:14} {spec.description}{takes}")
        return 0
    if not args.report:
        raise DomainError("name the report to export (see: python main.py export --list)")
    if args.report not in reports.REPORTS:
        raise DomainError(f"unknown report {args.report!r}; reports: {', '.join(reports.REPORTS)}")
    as_of = parse_date(args.as_of, "--as-of")
    out = args.out or Path(reports.default_filename(args.report, as_of))
    filters = {
        k: v
        for k, v in (("floor", args.floor), ("segment", args.segment), ("months", args.months))
        if v is not None
    }
    ctx = AppContext(open_database(args.database, must_exist=True), Actor.from_os())
    try:
        result = reports.export_report(ctx, args.report, out, as_of, filters=filters or None)
    finally:
        ctx.db.dispose()
    print(f"Wrote {result.path} ({result.row_count} rows)")
    return 0


def demo(args: argparse.Namespace) -> int:
    if args.scale < 1:
        raise DomainError("--scale must be 1 or more")
    from adminapp import demo as demo_module

    db = open_database(args.database)
    try:
        summary = demo_module.generate_demo(db, scale=args.scale)
    finally:
        db.dispose()
    print(f"Demo centre created in {describe_url(db.url)}: {summary}")
    return 0


def db_command(args: argparse.Namespace) -> int:
    resolved = resolve_url(args.database)
    file = getattr(args, "file", None)
    if args.action in ("backup", "restore"):
        if file is None:
            raise DomainError(f"name the backup file: python main.py db {args.action} FILE")
        return _backup_command(args, resolved)
    if file is not None:
        raise DomainError(f"db {args.action} takes no file (got {str(file)!r})")
    db = Database(resolved)
    if args.action == "check" and db.sqlite_path is not None and not db.sqlite_path.exists():
        db.dispose()
        raise DomainError(f"no database at {db.sqlite_path}")
    try:
        if args.action == "upgrade":
            before = migrate.ensure_not_newer(db)
            backup = migrate.upgrade(db)
            print(
                f"Database {describe_url(resolved)}: {before or 'empty'} -> {migrate.head_revision()}"
                + (f" (backup: {backup})" if backup else "")
            )
            return 0
        problems = migrate.check(db)
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        if not problems:
            print(
                f"Database {describe_url(resolved)} is at {migrate.head_revision()} and matches the code"
            )
        return 1 if problems else 0
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DomainError(f"cannot open database {describe_url(resolved)}: {reason}") from exc
    finally:
        db.dispose()

"""The headless commands behind ``main.py`` (export, demo, db). No Qt here."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from adminapp import migrate
from adminapp.db import Database, describe_url, resolve_url
from adminapp.errors import DomainError
from adminapp.services.context import ALL_ROLES, Actor, AppContext, centre_today


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
            sign_in_headless(db, "db.backup")
            result = backups.backup(db, args.file)
        finally:
            db.dispose()
        print(
            f"Backed up {describe_url(resolved)} to {result.path} "
            f"({result.size:,} bytes, schema {result.revision or 'empty'})"
        )
        return 0
    # No sign-in: a restore goes only into an empty database (one with records is refused),
    # and the restored accounts are the ones that sign in afterwards.
    result = backups.restore(resolved, args.file)
    upgraded = f", upgraded to {result.upgraded_to}" if result.upgraded_to else ""
    print(f"Restored {args.file} into {result.url} (schema {result.revision or 'empty'}{upgraded})")
    return 0


def has_accounts(db: Database) -> bool:
    """Whether the database has any account (an old schema without the users table has not)."""
    from sqlalchemy import inspect

    from adminapp.services import accounts

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("users"):
            return False
    return accounts.has_users(db)


def _ask(prompt: str, *, secret: bool) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise DomainError(
            "sign in first: set ADMINAPP_USER and ADMINAPP_PASSWORD "
            "(or run the command in a terminal to be asked)"
        )
    try:
        return getpass.getpass(prompt) if secret else input(prompt)
    except EOFError as exc:
        raise DomainError("sign-in cancelled") from exc


def sign_in_headless(db: Database, action: str) -> AppContext:
    """Authenticate a headless command as ``ADMINAPP_USER`` and check it may do ``action``.

    The password comes from ``ADMINAPP_PASSWORD`` or is asked for on the terminal; it is never
    read from a file. A database with no account yet (before the first start of the app
    creates the administrator) has nobody to sign in as: the command runs as the
    operating-system user, with a warning.
    """
    from adminapp.services import accounts
    from adminapp.services.access import require

    if not has_accounts(db):
        return AppContext(db, replace(Actor.from_os(), roles=ALL_ROLES))
    login = os.environ.get("ADMINAPP_USER") or _ask("Login name: ", secret=False)
    password = os.environ.get("ADMINAPP_PASSWORD")
    if password is None:
        password = _ask(f"Password for {login}: ", secret=True)
    ctx = AppContext(db, accounts.authenticate(db, login, password))
    if accounts.must_change_password(ctx):
        raise DomainError(
            f"{ctx.actor.login} must choose a new password first: sign in to the app once"
        )
    require(ctx, action)
    return ctx


def screenshot_actor(db: Database) -> Actor:
    """Who a ``--screenshot`` run signs in as: ADMINAPP_USER, else the demo administrator."""
    from adminapp.demo_accounts import DEMO_ADMIN
    from adminapp.services import accounts, app_settings

    if not has_accounts(db):
        return replace(Actor.from_os(), roles=ALL_ROLES)
    login = os.environ.get("ADMINAPP_USER")
    if login:
        password = os.environ.get("ADMINAPP_PASSWORD")
        if password is None:
            raise DomainError("set ADMINAPP_PASSWORD for the screenshot's user " + login)
        return accounts.authenticate(db, login, password)
    ctx = AppContext(db, Actor.from_os())
    if app_settings.get(ctx, app_settings.DEMO_ACCOUNTS) != "1":
        raise DomainError(
            "this is not a demo database: set ADMINAPP_USER and ADMINAPP_PASSWORD to sign in "
            "for the screenshot"
        )
    login, _name, _role, password = DEMO_ADMIN
    return accounts.authenticate(db, login, password)


def open_context(url: str | None, *, demo: bool = False) -> AppContext:
    ctx = AppContext(open_database(url), Actor.from_os())
    if demo:
        from adminapp import demo as demo_module
        from adminapp.services.building import has_building

        if not has_building(ctx):
            summary = demo_module.generate_demo(ctx.db, progress=_demo_progress())
            print(f"Demo centre created: {summary}", file=sys.stderr)
            _print_demo_accounts(summary.users, file=sys.stderr)
    return ctx


def parse_date(text: str | None, name: str) -> dt.date:
    if not text:
        return centre_today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DomainError(f"{name} must be a date like 2026-11-30, not {text!r}") from exc


def export_language(given: str | None, environ: dict[str, str] | None = None) -> str:
    """The language of an exported workbook: ``--lang``, else $ADMINAPP_LANG, else English."""
    from adminapp import i18n

    if given is None:
        env = (os.environ if environ is None else environ).get("ADMINAPP_LANG")
        return i18n.normalise(env) or i18n.ENGLISH
    try:
        return i18n.parse_language(given)
    except ValueError as exc:
        raise DomainError(f"--lang: {exc}") from None


def export(args: argparse.Namespace) -> int:
    from adminapp import reports

    if args.list:
        for name, spec in reports.REPORTS.items():
            takes = f" [filters: {', '.join(spec.filters)}]" if spec.filters else ""
            print(f"{name:18} {spec.description}{takes}")
        return 0
    if not args.report:
        raise DomainError("name the report to export (see: python main.py export --list)")
    if args.report not in reports.REPORTS:
        raise DomainError(f"unknown report {args.report!r}; reports: {', '.join(reports.REPORTS)}")
    lang = export_language(getattr(args, "lang", None))
    as_of = parse_date(args.as_of, "--as-of")
    out = args.out or Path(reports.default_filename(args.report, as_of))
    filters = {
        k: v
        for k in (
            *("floor", "segment", "months", "programme", "status", "platform", "year"),
            *("from", "to", "consultant", "topic", "room", "company", "in_credit"),
        )
        if (v := getattr(args, k, None)) is not None
    }
    db = open_database(args.database, must_exist=True)
    try:
        ctx = sign_in_headless(db, f"report.{args.report}")
        result = reports.export_report(
            ctx, args.report, out, as_of, filters=filters or None, lang=lang
        )
    finally:
        db.dispose()
    print(f"Wrote {result.path} ({result.row_count} rows)")
    return 0


def demo(args: argparse.Namespace) -> int:
    if args.scale < 1:
        raise DomainError("--scale must be 1 or more")
    from adminapp import demo as demo_module

    db = open_database(args.database)
    try:
        summary = demo_module.generate_demo(db, scale=args.scale, progress=_demo_progress())
    finally:
        db.dispose()
    print(f"Demo centre created in {describe_url(db.url)}: {summary}")
    _print_demo_accounts(summary.users)
    return 0


def _demo_progress():  # noqa: ANN202
    """Say on stderr how far the demo has got (its financing history takes half a minute)."""
    print("Making the demo centre…", file=sys.stderr, flush=True)

    def report(done: int, total: int) -> bool:
        print(f"  {done}/{total}", file=sys.stderr, flush=True)
        return True

    return report


def _print_demo_accounts(made: int, file=sys.stdout) -> None:  # noqa: ANN001
    from adminapp import demo as demo_module

    if made:
        print("Demo accounts (login, password, role):", file=file)
        print(demo_module.demo_accounts_text(), file=file)


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
        sign_in_headless(db, f"db.{args.action}")
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

"""main.py as a user types it: one clear line on errors, no traceback, non-zero exit."""

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adminapp import migrate

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def test_db_upgrade_then_check(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    up = run("db", "upgrade", "--database", url)
    assert up.returncode == 0, up.stderr
    assert f"empty -> {migrate.SCHEMA_HEAD}" in up.stdout
    check = run("db", "check", "--database", url)
    assert check.returncode == 0 and "matches the code" in check.stdout


def test_database_url_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    result = run("db", "upgrade", env={"ADMINAPP_DATABASE_URL": url})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("db", "check", "--database", "nosuch://x"), "Database URL is not supported"),
        (("db", "check", "--database", "sqlite:////no/such/folder/x.db"), "folder does not exist"),
        (
            ("db", "check", "--database", "postgresql+psycopg://u@127.0.0.1:1/x"),
            "cannot open database",
        ),
        (("db", "sideways"), "invalid choice"),
        (("--page", "nowhere"), "unknown page 'nowhere'"),
        (
            ("export", "no-such-report", "--database", "sqlite:///{tmp}/r.db"),
            "unknown report 'no-such-report'",
        ),
        (
            ("export", "rent-roll", "--as-of", "31/12/2026", "--database", "sqlite:///{tmp}/r.db"),
            "--as-of must be a date",
        ),
        (
            (
                "export",
                "rent-roll",
                "--out",
                "/no/such/dir/x.xlsx",
                "--database",
                "sqlite:///{tmp}/r.db",
            ),
            "/no/such/dir",
        ),
        (
            ("demo", "--scale", "0", "--database", "sqlite:///{tmp}/r.db"),
            "--scale must be 1 or more",
        ),
    ],
)
def test_errors_are_one_clear_line(tmp_path, args, expected):
    if "export" in args:
        assert run("db", "upgrade", "--database", f"sqlite:///{tmp_path}/r.db").returncode == 0
    result = run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[str, subprocess.CompletedProcess, dt.date]:
    """``main.py demo`` run once for the module (it takes a minute or more): the database's
    URL, the run, and the demo's today (the date it says leases are in force on)."""
    folder = tmp_path_factory.mktemp("cli-demo")
    url = f"sqlite:///{folder / 'demo.db'}"
    demo = run("demo", "--database", url, env={"ADMINAPP_DATA_DIR": str(folder / "data")})
    assert demo.returncode == 0, demo.stderr
    today = dt.date.fromisoformat(re.search(r"in force on (\d{4}-\d\d-\d\d)", demo.stdout)[1])
    return url, demo, today


def test_demo_then_export_every_report_headless(tmp_path, demo_run):
    from openpyxl import load_workbook

    url, demo, today = demo_run
    assert "335 units" in demo.stdout and "18 financing programmes" in demo.stdout
    from adminapp.demo import DEMO_ACCOUNTS

    for login, _name, role, password in DEMO_ACCOUNTS:  # printed for the user to sign in
        assert f"{login:9} {password:14} {role:9}" in demo.stdout
    again = run("demo", "--database", url)
    assert again.returncode != 0 and "already has data" in again.stderr
    listing = run("export", "--list")
    names = [line.split()[0] for line in listing.stdout.splitlines()]
    assert names == [
        "rent-roll", "occupancy", "lease-expiry",
        "financing-pipeline", "disbursements", "programme-budgets", "compute-vouchers",
        "consultations", "room-utilisation",
        "arrears-aging", "tenant-statement", "deposits", "billing-summary",
    ]  # fmt: skip
    manager = {"ADMINAPP_USER": "manager", "ADMINAPP_PASSWORD": "manager-demo"}
    for name in names:
        out = tmp_path / f"{name}.xlsx"
        # In the first days of January nothing may be paid yet this year: take last year.
        year = (
            ("--year", str(today.year - 1)) if name == "disbursements" and today.month == 1 else ()
        )
        year += ("--company", "1") if name == "tenant-statement" else ()  # one company's
        # --database before the subcommand is honoured too.
        result = run(
            "--database", url, "export", name, "--out", str(out), "--as-of", str(today), *year,
            env=manager,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert f"Wrote {out}" in result.stdout
        wb = load_workbook(out)
        assert wb.worksheets[0]["A1"].value
        rows = int(result.stdout.rsplit("(", 1)[1].split()[0])
        assert rows > 0, name  # the financing reports too: the demo has two years of them
    out = tmp_path / "pipeline.xlsx"
    result = run(
        "export", "financing-pipeline", "--out", str(out), "--status", "draft", "--year", "2026",
        "--platform", "compute", "--database", url, env=manager,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    filters = next(r[1].value for r in load_workbook(out).worksheets[0] if r[0].value == "Filters")
    assert filters == "status = draft; platform = compute; year = 2026"


def test_export_default_file_name_says_what_and_when(tmp_path):
    url = f"sqlite:///{tmp_path / 'e.db'}"
    assert run("db", "upgrade", "--database", url).returncode == 0
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "occupancy",
            "--as-of",
            "2026-11-30",
            "--database",
            url,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "occupancy_2026-11-30.xlsx").exists()


def test_headless_commands_sign_in_and_check_the_role(tmp_path, demo_run):
    """export and db commands act as ADMINAPP_USER, with the password from ADMINAPP_PASSWORD."""
    url = demo_run[0]
    out = str(tmp_path / "r.xlsx")
    export = ("export", "rent-roll", "--out", out, "--database", url)
    no_tty = run(*export, env={"ADMINAPP_USER": "", "ADMINAPP_PASSWORD": ""})
    assert no_tty.returncode == 2 and "set ADMINAPP_USER and ADMINAPP_PASSWORD" in no_tty.stderr
    wrong = run(*export, env={"ADMINAPP_USER": "finance", "ADMINAPP_PASSWORD": "guess-guess"})
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("error: Wrong login name or password")
    finance = {"ADMINAPP_USER": "finance", "ADMINAPP_PASSWORD": "finance-demo"}
    ok = run(*export, env=finance)
    assert ok.returncode == 0, ok.stderr
    occupancy = run("export", "occupancy", "--out", str(tmp_path / "o.xlsx"), "--database", url,
                    env=finance)  # fmt: skip
    assert occupancy.returncode == 2
    assert "You may not export the occupancy report" in occupancy.stderr
    assert not (tmp_path / "o.xlsx").exists()
    backup = ("db", "backup", str(tmp_path / "b.db"), "--database", url)
    assert "needs the admin role" in run(*backup, env=finance).stderr
    admin = {"ADMINAPP_USER": "admin", "ADMINAPP_PASSWORD": "admin-demo"}
    made = run(*backup, env=admin)
    assert made.returncode == 0, made.stderr
    check = run("db", "check", "--database", url, env=finance)
    assert check.returncode == 0, check.stderr

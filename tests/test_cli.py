"""main.py as a user types it: one clear line on errors, no traceback, non-zero exit."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert "empty -> 0001" in up.stdout
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
    result = run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr

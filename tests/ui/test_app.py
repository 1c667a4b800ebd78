"""``run_gui``: the entry point main.py calls; screenshots of every page; unknown pages refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.app import SCREENSHOT_SIZE, install_cjk_font, run_gui
from ui.settings import PAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("page", PAGES)
def test_screenshot_of_each_page(qapp, ctx, centre, tmp_path, page):
    out = tmp_path / "shots" / f"{page}.png"
    assert run_gui(ctx, page=page, screenshot=out) == 0
    image = QImage(str(out))
    assert out.stat().st_size > 10_000
    assert (image.width(), image.height()) == SCREENSHOT_SIZE


def test_unknown_page_is_refused(qapp, ctx, tmp_path, capsys):
    out = tmp_path / "x.png"
    assert run_gui(ctx, page="bookings", screenshot=out) == 2
    assert not out.exists()
    assert "unknown page 'bookings'" in capsys.readouterr().err


def test_screenshot_does_not_touch_the_remembered_page(qapp, ctx, centre, tmp_path):
    from ui.settings import Settings

    settings = Settings()
    settings.last_page = "companies"
    settings.sync()
    assert run_gui(ctx, page="leases", screenshot=tmp_path / "l.png") == 0
    assert Settings().last_page == "companies"


def test_a_cjk_font_backs_up_the_ui_font(qapp):
    family = install_cjk_font(qapp)
    if family is None:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    assert family in qapp.font().families()


def test_main_py_renders_a_page_in_a_fresh_process(db_path, centre, tmp_path):
    """The whole path: main.py opens the database, run_gui paints the page, exits 0."""
    out = tmp_path / "units.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--database",
            f"sqlite:///{db_path}",
            "--screenshot",
            str(out),
            "--page",
            "units",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000


def test_main_py_knows_every_page_of_the_window():
    import main
    from ui.settings import PAGES

    assert main.GUI_PAGES == PAGES

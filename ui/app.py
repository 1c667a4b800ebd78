"""Start the GUI: ``run_gui`` is what ``main.py`` calls once the database is open.

With ``screenshot`` it renders the window offscreen to a PNG once the page is loaded and
painted, and returns without entering the event loop.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from adminapp.services.context import AppContext
from ui.settings import PAGES

APP_NAME = "Incubator Admin"
SCREENSHOT_SIZE = (1400, 860)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Tried in order; the first one installed becomes the fallback for Chinese text.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
)


def install_cjk_font(app) -> str | None:  # noqa: ANN001 - QApplication
    """Keep the platform's UI font and add a CJK family as fallback; the family used, if any."""
    from PySide6.QtGui import QFont, QFontDatabase

    installed = set(QFontDatabase.families())
    cjk = next((f for f in CJK_FAMILIES if f in installed), None)
    if cjk is None:
        return None
    font = QFont(app.font())
    families = [f for f in font.families() if f != cjk] or [font.family()]
    font.setFamilies([*families, cjk])
    app.setFont(font)
    return cjk


def _application(argv: list[str] | None, offscreen: bool):  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_cjk_font(app)
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def settle(app, rounds: int = 4) -> None:  # noqa: ANN001
    """Let queued work run: layout requests, the status bar's zero-delay update, painting.

    Pages load synchronously when shown, so a few passes of the event loop are enough.
    """
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.002)


def run_gui(
    ctx: AppContext,
    *,
    page: str | None = None,
    screenshot: Path | None = None,
    argv: list[str] | None = None,
) -> int:
    """Open the main window on ``page`` (or the last page used) and run until it closes.

    With ``screenshot``, render the window (1400x860, offscreen) to that PNG and return 0
    without entering the event loop. An unknown page prints an error and returns 2.
    """
    if page is not None and page not in PAGES:
        print(f"error: unknown page {page!r}; pages: {', '.join(PAGES)}", file=sys.stderr)
        return 2
    app = _application(argv, offscreen=screenshot is not None)
    from ui.main_window import MainWindow

    if screenshot is not None:
        window = MainWindow(ctx, remember=False)
        window.resize(*SCREENSHOT_SIZE)
        window.open_start_page(page)
        window.move(40, 40)  # away from the pointer (0, 0): no button is drawn hovered
        window.show()
        settle(app)
        image = window.grab()
        window.close()
        screenshot = Path(screenshot)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(screenshot)):
            print(f"error: could not write the screenshot {screenshot}", file=sys.stderr)
            return 1
        return 0
    from ui import error_hook

    error_hook.install()
    window = MainWindow(ctx)
    window.open_start_page(page)
    window.show()
    return app.exec()

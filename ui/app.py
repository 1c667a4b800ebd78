"""Start the GUI: ``run_gui`` is what ``main.py`` calls once the database is open.

With ``screenshot`` it renders the window offscreen to a PNG once the page is loaded and
painted, and returns without entering the event loop.
"""

from __future__ import annotations

import gc
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
    from ui import i18n as ui_i18n
    from ui.settings import Settings

    ui_i18n.install(app, ui_i18n.choose(Settings().language))
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


def needs_sign_in(ctx: AppContext) -> bool:
    """True for the unauthenticated context main.py opens (no user, no roles)."""
    return ctx.actor.user_id is None and not ctx.actor.roles


def sign_in(ctx: AppContext, settings=None, parent=None) -> AppContext | None:  # noqa: ANN001
    """Ask who is there: the first administrator of a new database, else a login.

    Returns the signed-in context, or None when the user cancelled. A user whose password an
    administrator reset must choose a new one before the window opens.
    """
    from PySide6.QtWidgets import QDialog

    from adminapp.demo_accounts import demo_accounts_text
    from adminapp.services import accounts, app_settings
    from ui.dialogs.sign_in import ChangePasswordDialog, FirstAdminDialog, LoginDialog
    from ui.settings import Settings

    settings = settings or Settings()
    dialog: QDialog | None = None
    if not accounts.has_users(ctx.db):
        dialog = FirstAdminDialog(ctx.db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            if not accounts.has_users(ctx.db):
                return None
            dialog = None  # another workstation made the administrator meanwhile: sign in
    if dialog is None:
        is_demo = app_settings.get(ctx, app_settings.DEMO_ACCOUNTS) == "1"
        dialog = LoginDialog(
            ctx.db,
            last_login=settings.last_login,
            demo_accounts=demo_accounts_text() if is_demo else "",
            parent=parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
    signed = AppContext(ctx.db, dialog.actor)
    settings.last_login = signed.actor.login
    if accounts.must_change_password(signed):
        change = ChangePasswordDialog(signed, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return signed


def run_gui(
    ctx: AppContext,
    *,
    page: str | None = None,
    screenshot: Path | None = None,
    argv: list[str] | None = None,
) -> int:
    """Sign in, open the main window on ``page`` (or the last page used), run until it closes.

    ``ctx`` without a user is signed in first (the login dialog; with ``screenshot``, as
    ADMINAPP_USER or the demo administrator). With ``screenshot``, render the window
    (1400x860, offscreen) to that PNG and return 0 without entering the event loop. An unknown
    page prints an error and returns 2. "Sign out" closes the window and asks again.
    ``page`` may name a view after a colon, which the page's ``show_target(("view", view))``
    reads: ``consultations:week``, ``consultations:day@2026-06-15``.
    """
    view = ""
    if page is not None and ":" in page:
        page, view = page.split(":", 1)
    if page is not None and page not in PAGES:
        print(f"error: unknown page {page!r}; pages: {', '.join(PAGES)}", file=sys.stderr)
        return 2
    app = _application(argv, offscreen=screenshot is not None)
    from ui.main_window import MainWindow

    if screenshot is not None:
        if needs_sign_in(ctx):
            from adminapp.cli import screenshot_actor

            ctx = AppContext(ctx.db, screenshot_actor(ctx.db))
        window = MainWindow(ctx, remember=False)
        window.resize(*SCREENSHOT_SIZE)
        window.open_start_page(page)
        if view:
            window.current_page().show_target(("view", view))
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
    from PySide6.QtCore import QEvent

    anonymous = ctx
    first = True
    while True:
        if needs_sign_in(anonymous):
            signed = sign_in(anonymous)
            if signed is None:
                return 0
        else:
            signed = anonymous
        window = MainWindow(signed)
        window.open_start_page(page)
        if view:
            window.current_page().show_target(("view", view))
        window.show()
        if first:
            # What start-up built lives as long as the app: keep it out of the garbage
            # collector's full passes, which otherwise land as 50-100 ms pauses in page opens.
            gc.freeze()
            first = False
        code = app.exec()
        if not window.signed_out or not needs_sign_in(anonymous):
            return code
        window.deleteLater()  # the next user gets a new window; this one goes
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        page = None

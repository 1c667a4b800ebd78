"""The main window: page navigation on the left, the pages, the actions acting on the current page.

New / Edit / Renew / Terminate / Refresh live in the toolbar, in every list's context menu and
on the keyboard; each is enabled when the current page says it applies. Window geometry,
splitters and the last page are remembered.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from adminapp import permissions
from adminapp.db import describe_url
from adminapp.services.context import AppContext
from ui.models.users import roles_text
from ui.pages.base import ACTIONS, Page
from ui.settings import PAGES, Settings
from ui.signals import AppSignals, bus
from ui.widgets.global_search import GlobalSearch

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# A new page is added here and to settings.PAGES (and main.GUI_PAGES).
# Imported when first shown, so start-up loads only the page it opens on.
PAGE_CLASSES: dict[str, str] = {
    "dashboard": "ui.pages.dashboard:DashboardPage",
    "units": "ui.pages.units:UnitsPage",
    "stacking": "ui.pages.stacking:StackingPage",
    "companies": "ui.pages.companies:CompaniesPage",
    "leases": "ui.pages.leases:LeasesPage",
    "financing": "ui.pages.financing:FinancingPage",
    "programmes": "ui.pages.programmes:ProgrammesPage",
    "consultations": "ui.pages.consultations:ConsultationsPage",
    "billing": "ui.pages.billing:BillingPage",
    "reports": "ui.pages.reports:ReportsPage",
    "audit": "ui.pages.audit:AuditPage",
    "users": "ui.pages.users:UsersPage",
}
assert tuple(PAGE_CLASSES) == PAGES


# A page shown only to users whose roles permit one of these (adminapp.permissions).
PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "reports": ("report.rent-roll", "report.occupancy", "report.lease-expiry"),
    "audit": ("audit.view",),
    "users": ("user.update",),
}


def page_allowed(name: str, roles: frozenset[str]) -> bool:
    needed = PAGE_PERMISSIONS.get(name)
    return needed is None or any(permissions.allowed(roles, a) for a in needed)


def page_class(name: str) -> type[Page]:
    module, cls = PAGE_CLASSES[name].split(":")
    return getattr(importlib.import_module(module), cls)


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        *,
        settings: Settings | None = None,
        signals: AppSignals | None = None,
        remember: bool = True,
    ) -> None:
        """``remember=False`` (screenshots) neither restores nor saves window state."""
        super().__init__()
        self.ctx = ctx
        self.settings = settings or Settings()
        self.signals = signals or bus()
        self.remember = remember
        self.signed_out = False  # "Sign out" closed the window: app.run_gui asks again
        self.setWindowTitle(self.tr("Incubator Admin"))
        self.setObjectName("MainWindow")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(110)
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        # Pages are built when first shown: start-up pays for one page, not all of them.
        self.pages = _Pages(self._build_page)
        titles = {
            "dashboard": self.tr("Dashboard"),
            "units": self.tr("Units"),
            "stacking": self.tr("Stacking plan"),
            "companies": self.tr("Companies"),
            "leases": self.tr("Leases"),
            "financing": self.tr("Financing"),
            "programmes": self.tr("Programmes"),
            "consultations": self.tr("Consultations"),
            "billing": self.tr("Billing"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit"),
            "users": self.tr("Users"),
        }
        for i, name in enumerate(PAGES):
            item = QListWidgetItem(icon(name), titles[name])
            # Ctrl+1 … Ctrl+9, Ctrl+0 for the first ten pages; the pages after them have none.
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", titles[name]).replace("%2", str((i + 1) % 10))
                if i < 10
                else titles[name]
            )
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
            # Pages the user's roles give nothing on are not shown, nor reachable by keyboard
            # (the services refuse too).
            if not self.page_allowed(name):
                item.setHidden(True)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([165, 1235])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self.count_label = QLabel()
        roles = roles_text(r for r in permissions.ROLE_NAMES if r in ctx.actor.roles)
        self.user_label = QLabel(
            self.tr("Signed in: %1 (%2)").replace("%1", ctx.actor.name).replace("%2", roles)
        )
        self.user_label.setObjectName("signedIn")
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", describe_url(ctx.db.url)))
        self.db_label.setToolTip(describe_url(ctx.db.url))
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._update_status)

        self.resize(1400, 860)
        if remember:
            self._restore()

    # --- actions
    def _build_actions(self) -> None:
        specs = {
            "new": (self.tr("New"), [QKeySequence("Ctrl+N")], self.tr("Add a new record (Ctrl+N)")),
            "edit": (
                self.tr("Edit"),
                [QKeySequence("F2")],
                self.tr("Edit the selected record (Enter, F2, double-click)"),
            ),
            "renew": (
                self.tr("Renew"),
                [QKeySequence("Ctrl+R")],
                self.tr("Renew the selected signed lease (Ctrl+R)"),
            ),
            "terminate": (
                self.tr("Terminate"),
                [QKeySequence("Ctrl+T")],
                self.tr("Terminate the selected signed lease early (Ctrl+T)"),
            ),
            "refresh": (self.tr("Refresh"), [QKeySequence("F5")], self.tr("Reload the page (F5)")),
        }
        self.actions: dict[str, QAction] = {}
        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ACTIONS:
            text, keys, tip = specs[name]
            action = QAction(icon(name), text, self)
            action.setShortcuts(keys)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, n=name: self.trigger(n))
            self.actions[name] = action
            toolbar.addAction(action)
            if name == "terminate":
                toolbar.addSeparator()
        self._add_user_menu(toolbar)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(lambda: self.current_page().focus_search())
        self.addAction(find)
        self.find_action = find
        find_all = QAction(self.tr("Find anything"), self)
        find_all.setShortcut(QKeySequence("Ctrl+K"))
        find_all.triggered.connect(self.global_search.open_popup)
        self.addAction(find_all)
        self.find_all_action = find_all
        for i, name in enumerate(PAGES[:10]):
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"))  # the tenth page: Ctrl+0
            go.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            self.addAction(go)

    def _add_user_menu(self, toolbar: QToolBar) -> None:
        """The signed-in user's name at the toolbar's end: change password, sign out."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        # The search for anything (Ctrl+K), before the user's name.
        self.global_search = GlobalSearch(self.ctx, self.page_allowed, self)
        self.global_search.openRequested.connect(self.navigate)
        toolbar.addWidget(self.global_search)
        menu = QMenu(self)
        self.change_password_action = menu.addAction(self.tr("Change password…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.settings_action = menu.addAction(self.tr("Settings…"))
        self.settings_action.triggered.connect(self.open_settings)
        from ui.dialogs.demo_dialog import add_demo_action  # an empty database only

        self.demo_action = add_demo_action(menu, self)
        self.sign_out_action = menu.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self.sign_out)
        button = QToolButton()
        button.setObjectName("userMenu")
        button.setText(self.ctx.actor.name)
        button.setIcon(icon("user"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        button.setToolTip(self.tr("Signed in as %1").replace("%1", self.ctx.actor.login))
        button.setEnabled(self.ctx.actor.user_id is not None)
        toolbar.addWidget(button)
        self.user_button = button

    def open_settings(self) -> bool:
        """Settings (the language, from the next start); True when saved."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings)
        return dialog.exec() == SettingsDialog.DialogCode.Accepted

    def change_password(self) -> None:
        from ui.dialogs.sign_in import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, forced=False, parent=self).exec()

    def sign_out(self) -> None:
        self.signed_out = True
        self.close()

    def page_allowed(self, name: str) -> bool:
        return page_allowed(name, self.ctx.actor.roles)

    def trigger(self, name: str) -> None:
        self.current_page().request(name)
        self.update_actions()

    def update_actions(self) -> None:
        page = self.current_page()
        for name, action in self.actions.items():
            allowed = page.allows(name)
            # What the user may never do here is not shown; what does not apply now is greyed.
            action.setVisible(allowed)
            action.setEnabled(allowed and page.can(name))

    def _page_selection_changed(self) -> None:
        if self.sender() is self.current_page():
            self.update_actions()

    def _context_menu(self, global_pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in ACTIONS:
            if name == "refresh":
                menu.addSeparator()
            menu.addAction(self.actions[name])
        menu.popup(global_pos)
        self._menu = menu  # the menu open now (tests look at it)

    # --- pages
    def _build_page(self, name: str) -> Page:
        page = page_class(name)(self.ctx, self.signals, self.settings)
        self.stack.addWidget(page)
        page.selectionChanged.connect(self._page_selection_changed)
        page.statusChanged.connect(self._schedule_status)
        page.contextMenuRequested.connect(self._context_menu)
        page.navigateRequested.connect(self.navigate)
        if self.remember:
            page.restore_state()
        return page

    def current_page(self) -> Page:
        return self.pages[PAGES[max(self.nav.currentRow(), 0)]]

    def current_page_name(self) -> str:
        return self.current_page().name

    def show_page(self, name: str) -> None:
        if name not in PAGE_CLASSES:
            raise KeyError(f"unknown page {name!r}; pages: {', '.join(PAGES)}")
        if not self.page_allowed(name):
            name = "dashboard"  # e.g. the last page used by someone with other roles
        self.nav.setCurrentRow(PAGES.index(name))

    def navigate(self, name: str, target: object) -> None:
        """Show page ``name`` and there ``target`` (a company's applications, …)."""
        self.show_page(name)
        page = self.current_page()
        if page.name == name:
            page.show_target(target)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self.page_allowed(PAGES[row]):
            self.nav.setCurrentRow(PAGES.index("dashboard"))
            return
        old = self.stack.currentWidget()
        page = self.pages[PAGES[row]]
        if isinstance(old, Page) and old is not page:
            old.deactivate()
        self.stack.setCurrentWidget(page)
        page.activate()
        self.update_actions()
        self._update_status()

    def _schedule_status(self) -> None:
        # Coalesced and after the rows are painted (counting a big list costs a query).
        if self.sender() is self.current_page():
            self._status_timer.start()

    def _update_status(self) -> None:
        self.count_label.setText(self.current_page().status_text())

    # --- remembered state
    def _restore(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        state = s.splitter_state("main")
        if not state.isEmpty():
            self.splitter.restoreState(state)

    def open_start_page(self, page: str | None = None) -> None:
        """Show ``page``, or the page open when the app was last closed."""
        self.show_page(page or self.settings.last_page)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.last_page = self.current_page_name()
        s.set_splitter_state("main", self.splitter.saveState())
        for page in self.pages.values():
            page.save_state()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.remember:
            self.save_settings()
        super().closeEvent(event)


class _Pages(dict):
    """The pages built so far, by name; asking for another one builds it."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> Page:
        if name not in PAGE_CLASSES:
            raise KeyError(name)
        page = self[name] = self._build(name)
        return page

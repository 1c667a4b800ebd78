"""One company on one page: names and figures at the top, flags that need attention, then its
leases, account, consultations, applications, documents and history (``company_sections``).

Shown by the Companies page in place of its list. The view only reads
(``company_overview.overview``); what it asks for (back, edit, a new lease, another page) it
announces with signals, and the page does it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services import company_overview
from adminapp.services.company_overview import CompanyOverview, Flag
from adminapp.services.context import AppContext, centre_today
from ui.models import display as d
from ui.pages import company_sections as sections
from ui.pages import detail_html as h
from ui.widgets.date_edit import DateEdit
from ui.widgets.kpi_card import KpiCard

FLAG_STYLES = {
    "critical": "background: #b3261e; color: #ffffff;",
    "warning": "background: #fff1c2; color: #5c3d00; border: 1px solid #e0c36a;",
}
# Buttons: action -> the permission it needs.
ACTIONS = {
    "edit": "company.update",
    "lease": "lease.create",
    "application": "application.create",
    "booking": "booking.create",
}


class CompanyView(QWidget):
    backRequested = Signal()  # noqa: N815 - Qt signal names
    # (page name, target): as Page.navigateRequested.
    navigateRequested = Signal(str, object)  # noqa: N815
    # "edit" | "lease" | "application" | "booking" | "statement", for the shown company.
    actionRequested = Signal(str)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id: int | None = None
        self.overview: CompanyOverview | None = None
        self._leases: dict[int, str] = {}

        self.back_button = QPushButton(self.tr("‹ Companies"))
        self.back_button.setToolTip(self.tr("Back to the list of companies (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.sub_label = QLabel()
        self.sub_label.setStyleSheet("color: #5f6b76;")
        for label in (self.name_label, self.sub_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Long names are cut rather than widening the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.date_edit = DateEdit(value=centre_today())
        self.date_edit.setToolTip(self.tr("The date the figures and flags are worked out for"))
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        as_of = QLabel(self.tr("As of"))
        as_of.setBuddy(self.date_edit)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.name_label, 1)
        top.addWidget(as_of)
        top.addWidget(self.date_edit)

        self.buttons: dict[str, QPushButton] = {}
        second = QHBoxLayout()
        second.addWidget(self.sub_label, 1)
        labels = {
            "edit": self.tr("Edit company…"),
            "lease": self.tr("New lease…"),
            "application": self.tr("New application…"),
            "booking": self.tr("Book a consultation…"),
        }
        for action, text in labels.items():
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, a=action: self.actionRequested.emit(a))
            button.setVisible(permissions.allowed(ctx.actor.roles, ACTIONS[action]))
            self.buttons[action] = button
            second.addWidget(button)

        self.cards = {
            "area": KpiCard(self.tr("Area leased")),
            "rent": KpiCard(self.tr("Monthly rent")),
            "balance": KpiCard(self.tr("Balance")),
            "approved": KpiCard(self.tr("Approved support")),
            "disbursed": KpiCard(self.tr("Disbursed support")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)

        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(4)
        self.flag_labels: list[QLabel] = []

        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._follow)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(cards)
        layout.addLayout(self.flags_box)
        layout.addWidget(self.body, 1)

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.backRequested)

    # --- showing
    @property
    def as_of(self) -> dt.date:
        return self.date_edit.date_value()

    def show_company(self, company_id: int, as_of: dt.date | None = None) -> None:
        """Show ``company_id`` as of ``as_of`` (the date already chosen when None)."""
        self.company_id = company_id
        if as_of is not None and as_of != self.as_of:
            blocked = self.date_edit.blockSignals(True)
            self.date_edit.set_date_value(as_of)
            self.date_edit.blockSignals(blocked)
        self.reload()

    def reload(self) -> None:
        """Read the company again (after a change, or another date)."""
        if self.company_id is None:
            return
        try:
            o = company_overview.overview(self.ctx, self.company_id, self.as_of)
        except DomainError as exc:  # e.g. deleted at another workstation meanwhile
            self.overview = None
            self.name_label.setText("")
            self.sub_label.setText("")
            self._set_flags(())
            for card in self.cards.values():
                card.set_value("–")
            self.body.setHtml(h.DETAIL_CSS + h.note(str(exc)))
            return
        self.overview = o
        self._leases = {x.id: x.reference for x in o.leases}
        c = o.company
        self.name_label.setText(c.name_en)
        self.name_label.setToolTip(d.both_names(c.name_en, c.name_zh))
        sub = [c.name_zh, c.credit_code, d.segment_label(c.segment), d.stage_label(c.stage)]
        self.sub_label.setText(" · ".join(x for x in sub if x))
        self._set_figures(o)
        self._set_flags(o.flags)
        scroll = self.body.verticalScrollBar().value()
        self.body.setHtml(sections.page_html(o))
        self.body.verticalScrollBar().setValue(scroll)

    def _set_figures(self, o: CompanyOverview) -> None:
        f = o.figures
        in_force = sum(1 for x in o.leases if x.in_force)
        self.cards["area"].set_value(
            d.area(f.area_leased),
            (
                self.tr("%1 lease in force") if in_force == 1 else self.tr("%1 leases in force")
            ).replace("%1", str(in_force)),
        )
        self.cards["rent"].set_value(d.money(f.monthly_rent), self.tr("at today's rates"))
        if f.balance < 0:
            self.cards["balance"].set_value(d.money(-f.balance), self.tr("in credit"))
        else:
            note = (
                self.tr("%1 over 90 days").replace("%1", d.money(f.over_90))
                if f.over_90 > 0
                else self.tr("nothing over 90 days")
            )
            self.cards["balance"].set_value(d.money(f.balance), note)
        self.cards["balance"].value_label.setStyleSheet("color: #b3261e;" if f.over_90 > 0 else "")
        vouchers = " · ".join(
            self.tr("%1 of %2 used")
            .replace("%1", d.quantity(v.used, v.unit))
            .replace("%2", d.quantity(v.issued, v.unit))
            for v in f.vouchers
            if v.unit == "GPU_HOURS"
        )
        self.cards["approved"].set_value(
            d.money(f.approved_support),
            vouchers
            or (
                self.tr("%1 application")
                if len(o.applications) == 1
                else self.tr("%1 applications")
            ).replace("%1", str(len(o.applications))),
        )
        share = d.percent(f.disbursed_support / f.approved_support) if f.approved_support else ""
        self.cards["disbursed"].set_value(
            d.money(f.disbursed_support),
            self.tr("%1 of approved").replace("%1", share) if share else "",
        )
        if self.as_of != centre_today():
            self.cards["rent"].note_label.setText(
                self.tr("at the rates of %1").replace("%1", d.date(self.as_of))
            )

    def flag_text(self, flag: Flag) -> str:
        """The flag's message in the user's language."""
        if flag.code == "arrears_while_applying":
            return (
                self.tr("%1 in arrears over 90 days while applying for support (%2)")
                .replace("%1", d.money(flag.amount))
                .replace("%2", ", ".join(flag.references))
            )
        if flag.code == "lease_ending":
            return (
                self.tr("Lease %1 ends on %2 (in %3 days) and has not been renewed")
                .replace("%1", ", ".join(flag.references))
                .replace("%2", d.date(flag.on))
                .replace("%3", str((flag.on - self.as_of).days) if flag.on else "")
            )
        if flag.code == "no_shows":
            return self.tr(
                "%1 no-shows in the last 90 days: the next booking needs a manager's confirmation"
            ).replace("%1", str(flag.count))
        return flag.message

    def _set_flags(self, flags: tuple[Flag, ...]) -> None:
        for label in self.flag_labels:
            self.flags_box.removeWidget(label)
            label.deleteLater()
        self.flag_labels = []
        for flag in flags:
            label = QLabel("⚠ " + self.flag_text(flag))
            label.setObjectName(f"flag_{flag.code}")
            label.setWordWrap(True)
            label.setStyleSheet(
                f"QLabel {{ {FLAG_STYLES.get(flag.severity, FLAG_STYLES['warning'])} "
                "padding: 4px 8px; border-radius: 4px; font-weight: 600; }"
            )
            self.flags_box.addWidget(label)
            self.flag_labels.append(label)

    # --- links
    def _follow(self, url: QUrl) -> None:
        o = self.overview
        if o is None:
            return
        target = self.link_target(url.toString())
        if target == "statement":
            self.actionRequested.emit("statement")
        elif target is not None:
            self.navigateRequested.emit(*target)

    def link_target(self, href: str) -> tuple[str, object] | str | None:
        """(page, target) that a link of the body opens, or ``"statement"``."""
        o = self.overview
        if o is None:
            return None
        company = ("company", o.company.id, o.company.name_en)
        if href.startswith(sections.LEASE_LINK):
            lease_id = int(href.removeprefix(sections.LEASE_LINK))
            return "leases", ("lease", lease_id, self._leases.get(lease_id, ""))
        if href.startswith(sections.APPLICATION_LINK):
            return "financing", ("application", int(href.removeprefix(sections.APPLICATION_LINK)))
        if href.startswith(sections.BOOKING_LINK):
            return "consultations", ("booking", int(href.removeprefix(sections.BOOKING_LINK)))
        pages = {
            sections.FINANCING_LINK: "financing",
            sections.CONSULTATIONS_LINK: "consultations",
            sections.BILLING_LINK: "billing",
        }
        if href in pages:
            return pages[href], company
        if href == sections.STATEMENT_LINK:
            return "statement"
        return None

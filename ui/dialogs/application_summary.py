"""How a financing application and its programme read in the application editor: the header
(reference, status, parties, amounts), the programme's rules and caps beside the form, and the
history of steps and changes."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from adminapp.i18n_messages import translate_message
from adminapp.services import audit
from adminapp.services import financing as fin
from adminapp.services.context import CENTRE_TZ, centre_today
from adminapp.services.financing import ApplicationView, ProgrammeView
from ui.dialogs.form import fill
from ui.models import display as d
from ui.pages import detail_html as h

GPU = "GPU_HOURS"
CENT = Decimal("0.01")
GOOD, BAD, GREY = "#1b7a3a", "#b3261e", "#5f6b76"


def _t(text: str) -> str:
    return QCoreApplication.translate("ApplicationEditor", text)


def when(at: dt.datetime) -> str:
    if at.tzinfo is None:  # stored as centre time where the database keeps no zone
        at = at.replace(tzinfo=CENTRE_TZ)
    return f"{at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def _number(value: Decimal) -> str:
    """``30.00`` → ``30``, ``2.50`` → ``2.5`` (weights and percentages)."""
    return f"{value.normalize():f}"


def _percent(value: Decimal) -> str:
    return f"{_number(value)}%"


def programme_text(p: ProgrammeView) -> str:
    """How a programme reads in the chooser: both names, its kind and its unit."""
    unit = (
        QCoreApplication.translate("ApplicationEditor", "GPU-hours")
        if p.unit == GPU
        else QCoreApplication.translate("ApplicationEditor", "CNY")
    )
    text = " · ".join((f"{p.name_en} {p.name_zh}".strip(), d.programme_kind_label(p.kind), unit))
    return (
        text
        if p.active
        else fill(QCoreApplication.translate("ApplicationEditor", "%1 (closed)"), text)
    )


class ApplicationHeader(QFrame):
    """Reference, status chip, company and programme, and the amounts so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationHeader")
        self.setStyleSheet(
            "QFrame#applicationHeader { border: 1px solid #d3d8de; border-radius: 6px; }"
        )
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.chip = QLabel(self)
        self.parties = QLabel(self)
        self.parties.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        for label in (self.title, self.parties, self.figures):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.chip)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.parties)
        layout.addWidget(self.figures)

    def set_status(self, text: str, colour: QColor) -> None:
        self.chip.setText(text)
        self.chip.setStyleSheet(
            f"background: {colour.name()}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600;"
        )

    def show_new(self) -> None:
        self.title.setText(self.tr("New application"))
        self.set_status(self.tr("Not saved yet"), QColor(GREY))
        self.parties.setText(self.tr("Choose the company and the programme, then save the draft."))
        self.figures.setText("")
        self.figures.hide()

    def show_application(self, v: ApplicationView, company: str, programme: str) -> None:
        self.title.setText(v.reference)
        self.set_status(
            d.application_status_label(v.status),
            d.APPLICATION_STATUS_COLOURS.get(v.status, QColor(GREY)),
        )
        year = fill(self.tr("budget year %1"), v.year)
        self.parties.setText(f"{company}  ·  {programme}  ·  {year}")
        none = "—"
        parts = [
            fill(self.tr("Requested %1"), d.quantity(v.requested_amount, v.unit)),
            fill(self.tr("Approved %1"), d.quantity(v.approved_amount, v.unit) or none),
            fill(self.tr("Disbursed so far %1"), d.quantity(v.disbursed, v.unit)),
        ]
        if v.unit == GPU:
            parts.append(fill(self.tr("Used %1"), d.quantity(v.gpu_hours_used, v.unit)))
        score = fill(self.tr("%1 / 10"), v.score) if v.score is not None else none
        parts.append(fill(self.tr("Score %1"), score))
        self.figures.setText("  ·  ".join(parts))
        self.figures.show()


def programme_rules_html(
    p: ProgrammeView | None, year: int, budget: fin.BudgetStatus | None
) -> str:
    """A programme's caps, budget for ``year``, windows, eligibility, documents and rubric,
    for the Details tab (``budget``: its budget status for ``year``)."""
    if p is None:
        return h.esc(
            QCoreApplication.translate(
                "ApplicationEditor", "Choose a programme to see its caps, windows and documents."
            )
        )
    q = lambda value: d.quantity(value, p.unit)  # noqa: E731
    today = centre_today()
    caps = []
    if p.cap_percent is not None:
        caps.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 of the eligible cost"),
                _percent(p.cap_percent),
            )
        )
    if p.cap_per_company_year is not None:
        caps.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 per company a year"),
                q(p.cap_per_company_year),
            )
        )
    assert budget is not None
    if budget.budget is None:
        budget_text = fill(QCoreApplication.translate("ApplicationEditor", "none set for %1"), year)
    else:
        budget_text = fill(
            QCoreApplication.translate("ApplicationEditor", "%1 for %2, %3 left"),
            q(budget.budget),
            year,
            q(budget.remaining),
        )
    windows = [
        fill(
            QCoreApplication.translate("ApplicationEditor", "%1 to %2"),
            opens,
            closes - dt.timedelta(days=1),
        )
        for opens, closes in p.windows
    ]
    open_now = any(opens <= today < closes for opens, closes in p.windows)
    if windows:
        windows.append(
            QCoreApplication.translate("ApplicationEditor", "open today")
            if open_now
            else QCoreApplication.translate("ApplicationEditor", "closed today")
        )
    rules = []
    if p.requires_active_lease:
        rules.append(QCoreApplication.translate("ApplicationEditor", "a lease in force"))
    if p.bars_arrears_over_90:
        rules.append(
            QCoreApplication.translate("ApplicationEditor", "no rent arrears over 90 days")
        )
    if p.min_months_in_residence:
        rules.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 months in residence"),
                p.min_months_in_residence,
            )
        )
    if p.segments:
        rules.append(", ".join(d.segment_label(s) for s in p.segments))
    pairs = [
        (QCoreApplication.translate("ApplicationEditor", "Kind"), d.programme_kind_label(p.kind)),
        (QCoreApplication.translate("ApplicationEditor", "Platform"), d.platform_label(p.platform)),
        (
            QCoreApplication.translate("ApplicationEditor", "Amounts in"),
            QCoreApplication.translate("ApplicationEditor", "GPU-hours")
            if p.unit == GPU
            else QCoreApplication.translate("ApplicationEditor", "CNY"),
        ),
        (
            QCoreApplication.translate("ApplicationEditor", "Caps"),
            "; ".join(caps) or QCoreApplication.translate("ApplicationEditor", "none"),
        ),
        (QCoreApplication.translate("ApplicationEditor", "Budget"), budget_text),
        (
            QCoreApplication.translate("ApplicationEditor", "Windows"),
            "; ".join(windows)
            or QCoreApplication.translate(
                "ApplicationEditor", "none: applications cannot be submitted"
            ),
        ),
        (
            QCoreApplication.translate("ApplicationEditor", "Eligibility"),
            "; ".join(rules)
            or QCoreApplication.translate("ApplicationEditor", "every resident company"),
        ),
        (
            QCoreApplication.translate("ApplicationEditor", "Documents"),
            ", ".join(p.documents) or QCoreApplication.translate("ApplicationEditor", "none"),
        ),
        (
            QCoreApplication.translate("ApplicationEditor", "Review"),
            ", ".join(f"{name} ×{_number(w)}" for name, w in p.criteria)
            or QCoreApplication.translate("ApplicationEditor", "no criteria yet"),
        ),
        (QCoreApplication.translate("ApplicationEditor", "About"), p.description),
    ]
    return h.DETAIL_CSS + h.kv_table(pairs)


def cap_hint(
    p: ProgrammeView | None,
    cost: Decimal | None,
    requested: Decimal | None,
    ceiling: fin.ApprovalCeiling | None = None,
) -> str:
    """What the approval is bounded by. With ``ceiling`` (``fin.ceiling_preview`` for the
    company, programme, year and figures typed) it is the approval's own computation over what
    is committed now; without it (no company chosen yet) only the programme's caps."""
    if p is None:
        return ""
    q = lambda value: d.quantity(value, p.unit)  # noqa: E731
    if ceiling is not None:
        hint = fill(
            QCoreApplication.translate("ApplicationEditor", "Could be approved now: %1."),
            translate_message(ceiling.text),
        )
        if requested is not None and requested > ceiling.ceiling:
            hint += " " + QCoreApplication.translate(
                "ApplicationEditor", "The amount requested is above it."
            )
        return hint
    parts = []
    if p.cap_percent is not None and cost is not None and cost >= 0:
        amount = (cost * p.cap_percent / 100).quantize(CENT, ROUND_DOWN)
        parts.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 of %2 = %3"),
                _percent(p.cap_percent),
                q(cost),
                q(amount),
            )
        )
    elif p.cap_percent is not None:
        parts.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 of the eligible cost"),
                _percent(p.cap_percent),
            )
        )
    if p.cap_per_company_year is not None:
        parts.append(
            fill(
                QCoreApplication.translate("ApplicationEditor", "%1 per company a year"),
                q(p.cap_per_company_year),
            )
        )
    if not parts:
        return ""
    return fill(
        QCoreApplication.translate("ApplicationEditor", "The programme caps approval at %1."),
        "; ".join(parts),
    )


def history_html(v: ApplicationView, entries: list[audit.AuditView]) -> str:
    """The workflow steps of ``v`` and its audit trail (``entries``, oldest first; shown
    newest first)."""
    steps = []
    for step in v.steps:
        move = d.application_status_label(step.to_status)
        if step.from_status:
            move = f"{d.application_status_label(step.from_status)} → {move}"
        second = f"{when(step.at)} · {step.by}"
        steps.append((move, f"{second} · {step.reason}" if step.reason else second))
    lines = [(_entry_title(e), f"{when(e.at)} · {e.actor}") for e in reversed(entries)]
    return "".join(
        (
            h.DETAIL_CSS,
            h.heading(QCoreApplication.translate("ApplicationEditor", "Workflow steps")),
            h.item_list(steps),
            h.heading(QCoreApplication.translate("ApplicationEditor", "History")),
            h.item_list(lines)
            or h.note(QCoreApplication.translate("ApplicationEditor", "No recorded changes.")),
        )
    )


def _entry_title(e: audit.AuditView) -> str:
    """An audit entry in a line; a creation or an edit says what it held or changed."""
    if e.action == "create":
        return fill(
            QCoreApplication.translate("ApplicationEditor", "%1 taken as a draft"), e.summary
        )
    if e.action == "update":
        changed = "; ".join(
            f"{name.replace('_', ' ')} {old if old not in (None, '') else '—'} → {new}"
            for name, (old, new) in e.changes.items()
        )
        return fill(
            QCoreApplication.translate("ApplicationEditor", "%1 edited: %2"), e.summary, changed
        )
    return e.summary or e.action

"""A record "as it was on date D": its fields on a chosen date beside today's, from its history.

The values come from the audit trail (``adminapp.services.history.record_as_of``): a date means
the end of that day in Shanghai. Records loaded without a history (e.g. generated demo data)
have no creating entry; for them a field nobody has changed since D is shown with the value it
has today, and a field changed later with the value that change replaced.

How each record type reads (labels, formats) is in ``ui/dialogs/as_of_fields.py``: one line
per type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.services import audit, history
from adminapp.services.audit import AuditView
from adminapp.services.context import CENTRE_TZ, AppContext, centre_today
from ui import messages
from ui.dialogs.as_of_fields import Facts, Names, entity
from ui.dialogs.as_of_fields import translate as _t
from ui.dialogs.form import fill
from ui.models import display as d
from ui.pages import detail_html as h
from ui.widgets.date_edit import EARLIEST, DateEdit

# --- what the record held on a date (no Qt) ----------------------------------------------------


@dataclass(frozen=True)
class Then:
    """The record on the chosen date.

    ``existed`` is False before its creation (or after its deletion, with ``deleted``).
    ``inferred`` says the record predates its recorded history, so ``fields`` were worked back
    from later changes and today's values.
    """

    fields: dict[str, Any]
    existed: bool
    deleted: bool = False
    inferred: bool = False
    last_change: AuditView | None = None


def _is_change(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2


def record_on(
    ctx: AppContext,
    entity_type: str,
    entity_id: int,
    day: dt.date,
    entries: list[AuditView],
    today: dict[str, Any],
) -> Then:
    """The record on ``day`` (end of day, Shanghai), from ``history.record_as_of``.

    ``entries`` are the record's audit entries, oldest first; ``today`` its fields now (typed).
    """
    until = history.moment(day)
    state = history.record_as_of(ctx, entity_type, entity_id, day, typed=True)
    before = [e for e in entries if e.at <= until]
    last = before[-1] if before else None
    if state is not None and state.complete:
        return Then(state.fields, state.existed, not state.existed, last_change=last)
    if state is None and any(e.action in history.CREATING for e in entries):
        return Then({}, existed=False)  # created after that day
    # No creating entry: the record was there before its history began. A field takes the
    # value the first later change replaced, or, never changed since, the value it has today.
    known = dict(state.fields) if state is not None else {}
    later = [e for e in entries if e.at > until]
    for key in today:
        if key in known:
            continue
        change = next((e.changes[key] for e in later if _is_change(e.changes.get(key))), None)
        if change is not None:
            known[key] = history.typed_fields(entity_type, {key: change[0]})[key]
        else:
            known[key] = today[key]
    existed = state.existed if state is not None else True
    return Then(known, existed, not existed, inferred=True, last_change=last)


def changes_of_record(entries: list[AuditView], keys: set[str]) -> list[AuditView]:
    """The entries that changed the record (not sign-ins, refusals or notes about it)."""
    return [
        e
        for e in entries
        if e.action in history.CREATING
        or e.action in history.DELETING
        or any(k in keys and _is_change(v) for k, v in e.changes.items())
    ]


def fields_today(ctx: AppContext, entity_type: str, entity_id: int) -> dict[str, Any] | None:
    """The record's fields now (typed), or None when it no longer exists."""
    try:
        snapshot = history.current_snapshot(ctx, entity_type, entity_id)
    except DomainError:  # a type history has no snapshot for: replay every entry instead
        state = history.record_as_of(ctx, entity_type, entity_id, None, typed=True)
        return dict(state.fields) if state is not None and state.existed else None
    return None if snapshot is None else history.typed_fields(entity_type, snapshot)


class Shown(NamedTuple):
    label: str
    then: str
    today: str
    differs: bool


# --- the dialog ----------------------------------------------------------------------------


class AsOfDialog(QDialog):
    """Pick a date; see the record's fields then beside today's, the differences marked."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        entity_type: str,
        entity_id: int,
        on: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.names = Names(ctx)
        self.today = centre_today()
        self._today = fields_today(ctx, entity_type, entity_id)  # None: no longer exists
        entries = audit.history(ctx, entity_type, entity_id)
        keys = set(self._today or ()) or {
            k for e in entries if e.action in history.CREATING for k in e.changes
        }
        self._entries = changes_of_record(entries, keys)
        self._change_days = sorted({e.at.astimezone(CENTRE_TZ).date() for e in self._entries})
        today = self._today or {}
        self.entity = entity(entity_type, list(today))
        self.rows: list[Shown] = []
        self.existed = True

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.date_edit = DateEdit(self)
        self.date_edit.setDateRange(
            EARLIEST, QDate(self.today.year, self.today.month, self.today.day)
        )
        self.earlier_button = QPushButton(self.tr("◀ Earlier change"), self)
        self.earlier_button.setToolTip(self.tr("Go to the last day before this one with a change"))
        self.later_button = QPushButton(self.tr("Later change ▶"), self)
        self.later_button.setToolTip(self.tr("Go to the next day with a change"))
        picker = QHBoxLayout()
        caption = QLabel(self.tr("As it was on"), self)
        caption.setBuddy(self.date_edit)
        picker.addWidget(caption)
        picker.addWidget(self.date_edit)
        picker.addSpacing(12)
        picker.addWidget(self.earlier_button)
        picker.addWidget(self.later_button)
        picker.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTextBrowser(self)
        self.table.setOpenLinks(False)
        self.legend = QLabel(self.tr("Bold on yellow: different from today."), self)
        self.legend.setStyleSheet("color: #5f6b76;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(picker)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room while the table is hidden
        layout.addWidget(self.legend)
        layout.addWidget(buttons)

        name = today.get(self.entity.name_key) if today else None
        self.heading.setText(str(name) if name else f"{self.noun} #{entity_id}")
        self.setWindowTitle(fill(self.tr("%1 as it was on a date"), self.heading.text()))
        self.date_edit.dateChanged.connect(lambda _d: self.show_on(self.date_edit.date_value()))
        self.earlier_button.clicked.connect(lambda: self._step(-1))
        self.later_button.clicked.connect(lambda: self._step(1))
        self.resize(640, 560)
        self.set_date(on or self.today)
        self.show_on(self.date_edit.date_value())  # also when the date did not change

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        entity_type: str,
        entity_id: int,
        on: dt.date | None = None,
    ) -> None:
        """Open the dialog (a refusal or a missing record is reported instead)."""
        try:
            dialog = cls(parent, ctx, entity_type, entity_id, on)
        except DomainError as error:
            messages.error(
                parent,
                QCoreApplication.translate("AsOfDialog", "Cannot show the history"),
                error.message,
            )
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    @property
    def noun(self) -> str:
        return _t(self.entity.noun)

    def set_date(self, day: dt.date) -> None:
        self.date_edit.set_date_value(day)

    # -- showing --------------------------------------------------------------------------

    def show_on(self, day: dt.date) -> None:
        """Show the record as it was at the end of ``day``."""
        self.earlier_button.setEnabled(any(c < day for c in self._change_days))
        self.later_button.setEnabled(any(day < c for c in self._change_days))
        today = self._today or {}
        try:
            then = record_on(self.ctx, self.entity_type, self.entity_id, day, self._entries, today)
        except DomainError as error:
            self._show_rows([], error.message)
            return
        self.existed = then.existed
        if not then.existed and not then.deleted:
            self._show_rows([], self._not_yet_text(day))
            return
        self.rows = []
        for r in self.entity.rows:
            past = r.read(Facts(then.fields, day, self.names))
            now = r.read(Facts(today, self.today, self.names)) if self._today else ""
            if past or now:
                self.rows.append(Shown(_t(r.label), past, now, past != now))
        self._show_rows(self.rows, self._state_text(day, then))

    def _not_yet_text(self, day: dt.date) -> str:
        created = next((e for e in self._entries if e.action in history.CREATING), None)
        text = fill(self.tr("On %1 this %2 did not exist yet."), d.date(day), self.noun)
        if created is not None:
            text += " " + fill(
                self.tr("It was created on %1 by %2."), _when(created.at), created.actor
            )
        return text

    def _state_text(self, day: dt.date, then: Then) -> str:
        if then.inferred and not self._entries:
            return self.tr(
                "No change to it has been recorded (it was loaded without a history): "
                "these are its values today, which it has had since it was loaded."
            )
        parts = []
        if then.deleted:
            parts.append(
                fill(
                    self.tr("On %1 this %2 had been deleted; its last values:"),
                    d.date(day),
                    self.noun,
                )
            )
        differ = sum(r.differs for r in self.rows)
        if differ:
            parts.append(
                fill(self.tr("%1 of its values on %2 differ from today."), differ, d.date(day))
            )
        elif day < self.today:
            parts.append(fill(self.tr("On %1 it was as it is today."), d.date(day)))
        if then.last_change is not None:
            e = then.last_change
            parts.append(
                fill(self.tr("Last change by then: %1 by %2 (%3)."), _when(e.at), e.actor, e.action)
            )
        if self._today is None:
            parts.append(fill(self.tr("This %1 no longer exists."), self.noun))
        if then.inferred:
            parts.append(
                fill(
                    self.tr(
                        "Its recorded history starts on %1 (it was loaded without one): "
                        "values before then are those its first recorded changes replaced."
                    ),
                    _when(self._entries[0].at),
                )
            )
        return " ".join(parts)

    def _show_rows(self, rows: list[Shown], message: str) -> None:
        self.rows = rows
        self.message.setText(message)
        # "Did not exist yet" is the whole answer: it stands out.
        self.message.setStyleSheet("" if self.existed else "font-weight: bold;")
        self.table.setVisible(bool(rows))
        self.legend.setVisible(any(r.differs for r in rows))
        day = d.date(self.date_edit.date_value())
        self.table.setHtml(
            h.DETAIL_CSS
            + h.comparison_table(
                [self.tr("Field"), fill(self.tr("On %1"), day), self.tr("Today")],
                [(r.label, r.then, r.today, r.differs) for r in rows],
            )
        )

    def _step(self, direction: int) -> None:
        """Go to the closest earlier (-1) or later (1) day on which a change was recorded."""
        day = self.date_edit.date_value()
        if direction < 0:
            target = max((c for c in self._change_days if c < day), default=None)
        else:
            target = min((c for c in self._change_days if c > day), default=None)
        if target is not None:
            self.set_date(target)


def _when(at: dt.datetime) -> str:
    return f"{at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"

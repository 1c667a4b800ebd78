"""Audit: every recorded change, newest first, filtered by user, record type, action and dates.

Read-only: the audit trail cannot be edited, so the page offers no New or Edit. The detail
panel shows one entry's field-level changes, old → new.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from adminapp.services import audit_listing
from adminapp.services.audit_listing import AuditRow
from adminapp.services.context import AppContext
from ui.models import audit as a
from ui.models.audit import AuditModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.lazy_combo import LazyComboBox

ANY_DATE = QDate(2000, 1, 1)  # a date edit at its minimum means "any date"
# Old and new values may be long (notes): let them wrap in the narrow panel.
CHANGES_CSS = (
    "<style>table.changes td { padding: 2px 8px 2px 0; vertical-align: top; }"
    " table.changes th { text-align: left; color: #5f6b76; font-weight: normal;"
    " padding: 1px 8px 1px 0; } td.old { color: #8a3b33; } td.new { color: #1b6b34; }"
    " td.arrow { color: #5f6b76; }</style>"
)


class AuditPage(ListPage):
    name = "audit"
    listens = ("unitsChanged", "companiesChanged", "leasesChanged")
    stretch_column = 4  # the summary takes the spare width

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("entry"), self.tr("entries")
        self._choices: tuple[list[str], list[str], list[str]] | None = None
        self.model = AuditModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search summary or user…"))
        self.build()
        self.splitter.setSizes([900, 380])
        self.user_combo = LazyComboBox(
            self.tr("All users"), lambda: [(x, x) for x in self._filter_choices()[0]]
        )
        self.add_filter(self.tr("User"), self.user_combo)
        self.type_combo = LazyComboBox(
            self.tr("All records"),
            lambda: [(a.record_type_label(x), x) for x in self._filter_choices()[1]],
        )
        self.add_filter(self.tr("Record"), self.type_combo)
        self.action_combo = LazyComboBox(
            self.tr("All actions"),
            lambda: [(a.action_label(x), x) for x in self._filter_choices()[2]],
        )
        self.add_filter(self.tr("Action"), self.action_combo)
        self.from_edit = self._date_edit()
        self.add_filter(self.tr("From"), self.from_edit)
        self.to_edit = self._date_edit()
        self.add_filter(self.tr("To"), self.to_edit)
        self.connect_combo(self.user_combo, "actor")
        self.connect_combo(self.type_combo, "entity_type")
        self.connect_combo(self.action_combo, "action")
        self.from_edit.dateChanged.connect(lambda _d: self.set_filter("date_from", self.date_from))
        self.to_edit.dateChanged.connect(lambda _d: self.set_filter("date_to", self.date_to))

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("Any date"))
        edit.setDate(ANY_DATE)
        edit.setToolTip(self.tr("Days in Shanghai time; the first date means any date"))
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> dt.date | None:
        return None if edit.date() == ANY_DATE else edit.date().toPython()

    @property
    def date_from(self) -> dt.date | None:
        return self._date_of(self.from_edit)

    @property
    def date_to(self) -> dt.date | None:
        return self._date_of(self.to_edit)

    def _filter_choices(self) -> tuple[list[str], list[str], list[str]]:
        if self._choices is None:
            self._choices = audit_listing.audit_filter_choices(self.ctx)
        return self._choices

    def load(self) -> None:
        self._choices = None  # new users, record types or actions may have appeared
        super().load()

    def title(self) -> str:
        return self.tr("Audit")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No entry matches the search and filters.")
        return self.tr("Nothing recorded yet.")

    # --- actions: the audit trail is read-only
    def can(self, action: str) -> bool:
        return action == "refresh"

    # --- detail
    def _row(self, row_id: int) -> AuditRow | None:
        i = self.model.row_of_id(row_id)
        return self.model.row_at(i) if i >= 0 else None

    def detail_html(self, row_id: int) -> str:
        r = self._row(row_id)
        if r is None:
            return ""
        parts = [
            h.title(r.summary or a.record_label(r), a.action_label(r.action)),
            h.kv_table(
                [
                    (self.tr("When"), a.when(r)),
                    (self.tr("User"), r.actor),
                    (self.tr("Workstation"), r.workstation),
                    (self.tr("Record"), a.record_label(r)),
                ]
            ),
            h.heading(self.tr("Changes")),
        ]
        parts.append(self.changes_html(r.changes) if r.changes else h.note(self.tr("No fields.")))
        return "".join(parts)

    def changes_html(self, changes: dict[str, Any]) -> str:
        head = "".join(
            f"<th>{h.esc(t)}</th>" for t in (self.tr("Field"), self.tr("Old"), "", self.tr("New"))
        )
        rows = []
        for field, pair in changes.items():
            old, new = (list(pair) + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            rows.append(
                f"<tr><td>{h.esc(a.field_label(field))}</td>"
                f"<td class='old'>{h.esc(a.field_value(field, old))}</td>"
                "<td class='arrow'>→</td>"
                f"<td class='new'>{h.esc(a.field_value(field, new))}</td></tr>"
            )
        return f"{CHANGES_CSS}<table class='changes'><tr>{head}</tr>{''.join(rows)}</table>"

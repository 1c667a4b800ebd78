"""The read-only description of a lease that the renew and terminate dialogs start with."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from adminapp.services.lease_terms import rate_on
from adminapp.services.leases import LeaseView
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.labels import status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("LeaseSummary", text)


def rate_at_end(lease: LeaseView) -> Decimal:
    """The rent per m² per month in force on the lease's last day."""
    return rate_on(lease.rent_per_m2_month, lease.rent_steps, lease.end_date - dt.timedelta(days=1))


def term_text(start: dt.date, end: dt.date) -> str:
    return fill(_t("%1 to %2 (last day %3)"), start, end, end - dt.timedelta(days=1))


def add_lease_summary(dialog: FormDialog, form: QFormLayout, lease: LeaseView) -> None:
    """Rows for reference, company, units (the ``unit_ids`` field), term and rate."""

    def label(text: str) -> QLabel:
        widget = QLabel(text)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widget.setWordWrap(True)
        return widget

    form.addRow(_t("Lease"), label(fill("%1 (%2)", lease.reference, status_label(lease.status))))
    form.addRow(_t("Company"), label(lease.company_name))
    units = fill(_t("%1 · %2 m²"), ", ".join(lease.unit_codes), f"{lease.area:,.2f}")
    form.addRow(_t("Units"), dialog.add_field("unit_ids", label(units)))
    form.addRow(_t("Current term"), label(term_text(lease.start_date, lease.end_date)))
    rate = rate_at_end(lease)
    form.addRow(
        _t("Rate at the end"),
        label(fill(_t("¥%1 per m² per month"), f"{rate.normalize():f}")),
    )

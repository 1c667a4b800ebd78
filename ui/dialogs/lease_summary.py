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
    return fill(
        QCoreApplication.translate("LeaseSummary", "%1 to %2 (last day %3)"),
        start,
        end,
        end - dt.timedelta(days=1),
    )


SUMMARY_ROWS = 5


def add_lease_summary(dialog: FormDialog, form: QFormLayout, lease: LeaseView) -> None:
    """Rows for reference, company, units (the ``unit_ids`` field), term and rate.

    They are the first :data:`SUMMARY_ROWS` rows of ``form`` (``replace_lease_summary``
    relies on it).
    """

    def label(text: str) -> QLabel:
        widget = QLabel(text)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widget.setWordWrap(True)
        return widget

    units = fill(
        QCoreApplication.translate("LeaseSummary", "%1 · %2 m²"),
        ", ".join(lease.unit_codes),
        f"{lease.area:,.2f}",
    )
    rate = rate_at_end(lease)
    rows = [
        (
            QCoreApplication.translate("LeaseSummary", "Lease"),
            label(fill("%1 (%2)", lease.reference, status_label(lease.status))),
        ),
        (QCoreApplication.translate("LeaseSummary", "Company"), label(lease.company_name)),
        (
            QCoreApplication.translate("LeaseSummary", "Units"),
            dialog.add_field("unit_ids", label(units)),
        ),
        (
            QCoreApplication.translate("LeaseSummary", "Current term"),
            label(term_text(lease.start_date, lease.end_date)),
        ),
        (
            QCoreApplication.translate("LeaseSummary", "Rate at the end"),
            label(
                fill(
                    QCoreApplication.translate("LeaseSummary", "¥%1 per m² per month"),
                    f"{rate.normalize():f}",
                )
            ),
        ),
    ]
    for row, (caption, widget) in enumerate(rows):
        form.insertRow(row, caption, widget)


def replace_lease_summary(dialog: FormDialog, form: QFormLayout, lease: LeaseView) -> None:
    """Show ``lease`` (e.g. as saved since the dialog opened) in the summary rows."""
    for _ in range(SUMMARY_ROWS):
        form.removeRow(0)
    add_lease_summary(dialog, form, lease)

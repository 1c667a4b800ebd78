"""Readable, translatable names for the codes the services use (unit kinds, segments, stages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from adminapp.services.building import UNIT_KINDS
from adminapp.services.companies import SEGMENTS, STAGES
from ui.models import display


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# The words themselves live in ui/models/display.py, shared by the lists and the dialogs.
def unit_kind_labels() -> dict[str, str]:
    return {k: display.kind_label(k) for k in UNIT_KINDS}


def segment_labels() -> dict[str, str]:
    return {k: display.segment_label(k) for k in SEGMENTS}


def stage_labels() -> dict[str, str]:
    return {k: display.stage_label(k) for k in STAGES}


def status_label(status: str) -> str:
    """A lease's status (draft, upcoming, active, ended, terminated) in words."""
    labels = {
        "draft": QCoreApplication.translate("LeaseStatus", "draft"),
        "upcoming": QCoreApplication.translate("LeaseStatus", "upcoming"),
        "active": QCoreApplication.translate("LeaseStatus", "active"),
        "ended": QCoreApplication.translate("LeaseStatus", "ended"),
        "terminated": QCoreApplication.translate("LeaseStatus", "terminated"),
    }
    return labels.get(status, status)


def fill_codes(combo: QComboBox, labels: dict[str, str], placeholder: str = "") -> None:
    """Items show the label and carry the code as data; an optional empty first choice."""
    combo.clear()
    if placeholder:
        combo.addItem(placeholder, None)
    for code, label in labels.items():
        combo.addItem(label, code)


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


def current_code(combo: QComboBox) -> str:
    """The selected code, ``""`` for the placeholder (the service then says what is missing)."""
    return combo.currentData() or ""

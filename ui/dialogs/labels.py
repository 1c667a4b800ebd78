"""Readable, translatable names for the codes the services use (unit kinds, segments, stages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from adminapp.services.building import UNIT_KINDS
from adminapp.services.companies import SEGMENTS, STAGES


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def unit_kind_labels() -> dict[str, str]:
    labels = {
        "private_office": _t("UnitKind", "Private office"),
        "open_desk": _t("UnitKind", "Open desk area"),
        "lab": _t("UnitKind", "Lab"),
        "compute_room": _t("UnitKind", "Compute room"),
        "meeting_room": _t("UnitKind", "Meeting room"),
        "event_space": _t("UnitKind", "Event space"),
        "service_area": _t("UnitKind", "Service area"),
    }
    return {k: labels.get(k, k) for k in UNIT_KINDS}


def segment_labels() -> dict[str, str]:
    labels = {
        "base_technology": _t("Segment", "Base technology"),
        "application_development": _t("Segment", "Application development"),
        "scene_design": _t("Segment", "Scene design"),
        "compute_support": _t("Segment", "Compute support"),
        "product_marketing": _t("Segment", "Product marketing"),
    }
    return {k: labels.get(k, k) for k in SEGMENTS}


def stage_labels() -> dict[str, str]:
    labels = {
        "seed": _t("Stage", "Seed"),
        "angel": _t("Stage", "Angel"),
        "series_a": _t("Stage", "Series A"),
        "series_b": _t("Stage", "Series B"),
        "series_c_plus": _t("Stage", "Series C or later"),
        "listed": _t("Stage", "Listed"),
    }
    return {k: labels.get(k, k) for k in STAGES}


def status_label(status: str) -> str:
    """A lease's status (draft, upcoming, active, ended, terminated) in words."""
    labels = {
        "draft": _t("LeaseStatus", "draft"),
        "upcoming": _t("LeaseStatus", "upcoming"),
        "active": _t("LeaseStatus", "active"),
        "ended": _t("LeaseStatus", "ended"),
        "terminated": _t("LeaseStatus", "terminated"),
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

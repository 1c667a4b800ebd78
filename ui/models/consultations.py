"""The Consultations page's tables: bookings a page at a time from the listing service; the
consultants and the rooms (a few dozen each) in full."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from adminapp.services.consultations import listing
from adminapp.services.consultations.listing import BookingRow
from adminapp.services.consultations.resources import ConsultantView, RoomView
from adminapp.services.listing_sql import ListQuery
from ui.models import display as d
from ui.models.table import Column, PagedTableModel, RowsTableModel


def _when(r: BookingRow) -> str:
    return f"{r.starts_at:%Y-%m-%d %a %H:%M}–{r.ends_at:%H:%M}"


class BookingsModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        prospective = self.tr("%1 (prospective)")

        def company(r: BookingRow) -> str:
            name = d.name(r.company_name, r.company_name_zh)
            return prospective.replace("%1", name) if r.prospect else name

        columns = [
            Column(self.tr("Reference"), lambda r: r.reference, "reference", width=85),
            Column(self.tr("When"), _when, "starts", width=175),
            Column(
                self.tr("Company"),
                company,
                "company",
                width=200,
                tooltip=lambda r: d.both_names(r.company_name, r.company_name_zh),
            ),
            Column(
                self.tr("Consultant"),
                lambda r: d.name(r.consultant_name, r.consultant_name_zh),
                "consultant",
                width=140,
                tooltip=lambda r: d.both_names(r.consultant_name, r.consultant_name_zh),
            ),
            Column(self.tr("Room"), lambda r: r.room_label, "room", width=130),
            Column(self.tr("Topic"), lambda r: d.topic_label(r.topic), "topic", width=150),
            Column(
                self.tr("Status"),
                lambda r: d.booking_status_label(r.status),
                "status",
                width=90,
                colour=lambda r: d.BOOKING_STATUS_COLOURS.get(r.status),
            ),
            Column(self.tr("Attendees"), lambda r: str(r.attendees), None, True, 75),
        ]
        super().__init__(ctx, columns, "starts", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[BookingRow]:
        return listing.list_bookings(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_bookings(ctx, q)


def _hours(c: ConsultantView) -> str:
    # Days with the same hours read as one range: "Mon–Fri 09:00–17:00".
    spans: dict[str, list[int]] = {}
    for day, a, b in c.hours:
        spans.setdefault(f"{a:%H:%M}–{b:%H:%M}", []).append(day)
    parts = []
    for times, days in spans.items():
        days = sorted(set(days))
        if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
            parts.append(f"{d.weekday(days[0])}–{d.weekday(days[-1])} {times}")
        else:
            parts.append(f"{', '.join(d.weekday(x) for x in days)} {times}")
    return "; ".join(parts)


def _open_days(days: str) -> str:
    nums = sorted(int(x) for x in days)
    if len(nums) > 2 and nums == list(range(nums[0], nums[-1] + 1)):
        return f"{d.weekday(nums[0])}–{d.weekday(nums[-1])}"
    return ", ".join(d.weekday(x) for x in nums)


class ConsultantsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Name"), lambda c: c.name_en, width=150),
            Column(self.tr("Chinese name"), lambda c: c.name_zh, width=100),
            Column(
                self.tr("Topics"),
                lambda c: ", ".join(d.topic_label(t) for t in c.topics),
                width=230,
            ),
            Column(self.tr("Platform"), lambda c: d.platform_label(c.platform), width=150),
            Column(self.tr("Hours"), _hours, width=260, tooltip=lambda c: d.hours_text(c.hours)),
            Column(
                self.tr("Buffer"),
                lambda c: self.tr("%1 min").replace("%1", str(c.buffer_minutes)),
                numeric=True,
                width=70,
            ),  # fmt: skip
            Column(self.tr("Internal"), lambda c: d.yes_no(c.internal), width=70),
            Column(self.tr("Active"), lambda c: d.yes_no(c.active), width=60),
        ]
        super().__init__(columns, parent)


class RoomsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Unit"), lambda r: r.unit_code, width=80),
            Column(self.tr("Name"), lambda r: r.name, width=160),
            Column(self.tr("Seats"), lambda r: str(r.capacity), numeric=True, width=60),
            Column(
                self.tr("Opening hours"), lambda r: f"{r.opens:%H:%M}–{r.closes:%H:%M}", width=110
            ),
            Column(self.tr("Open on"), lambda r: _open_days(r.open_days), width=130),
            Column(self.tr("In service"), lambda r: d.yes_no(r.active and r.in_service), width=80),
            Column(self.tr("Closures"), _closures, width=260),
        ]
        super().__init__(columns, parent)


def _closures(r: RoomView) -> str:
    return "; ".join(
        f"{p.starts_at:%Y-%m-%d %H:%M}–{p.ends_at:%Y-%m-%d %H:%M}"
        + (f" ({p.reason})" if p.reason else "")
        for p in r.closures
    )

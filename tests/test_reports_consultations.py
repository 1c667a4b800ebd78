"""The consultations and room-utilisation reports, from a hand-made schedule, read back.

The schedule (Asia/Shanghai wall time; September and October 2026, recorded as held):
- Ada Li (Mon-Fri 09:00-17:00, 8 h a day): 8 Sep 10:00-11:00 policy completed (Lotus),
  8 Sep 14:00-15:30 financing completed (Lotus), 15 Sep 09:00-09:45 policy no-show (no room),
  6 Oct 10:00-12:00 policy completed (Lotus); time off 30 Sep 14:00 → 1 Oct 10:00, so 3 h
  fewer in September and 1 h fewer in October (a period across the month boundary).
- Ben Wu (Mon-Wed 10:00-16:00, 6 h a day): 9 Sep 10:00-13:00 legal and IP completed (Lotus);
  two overlapping periods off on 7 Sep (10:00-14:00 and 12:00-16:00): 6 h fewer, not 8.
- Cai Early (Mon-Fri 07:00-11:00, 4 h a day): 1 Oct 07:00-08:00 talent completed, which is
  30 Sep 23:00 UTC: it counts in October, the centre's month.
- Lotus (1F-02, Mon-Fri 08:00-20:00, 12 h a day): closed 21 Sep 12:00-14:00 (2 h) and
  30 Oct 18:00 → 2 Nov 10:00 (2 h in October, 2 h in November).
September 2026 has 22 weekdays (14 of them Mon-Wed); October 22 (12 Mon-Wed).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from adminapp import reports
from adminapp.errors import DomainError
from adminapp.models import Booking
from adminapp.reports import export as export_module
from adminapp.reports.cells import needs_quote_prefix
from adminapp.services.consultations import bookings, resources
from adminapp.services.consultations.usage import HOLDING
from adminapp.services.context import CENTRE_TZ, centre_today
from tests.consultation_setup import Consulting, setup_consulting

ROOT = Path(__file__).resolve().parent.parent
SEP, OCT = dt.datetime(2026, 9, 1), dt.datetime(2026, 10, 1)
PERIOD = {"from": "2026-09", "to": "2026-10"}
AS_OF = dt.date(2026, 10, 31)
D = Decimal


def held(ctx, consultant, day, start, minutes, topic, company, *, room=None, outcome="completed"):
    """Record a session that took place (``start`` is Shanghai wall time on ``day``)."""
    begins = dt.datetime.combine(day, start)
    return bookings.create_booking(
        ctx,
        bookings.BookingInput(
            consultant, begins, begins + dt.timedelta(minutes=minutes), topic,
            company_id=company, room_id=room,
        ),
        happened=True,
        outcome=outcome,
    )  # fmt: skip


def schedule(ctx, centre) -> Consulting:
    cs = setup_consulting(ctx, centre)
    cai = resources.create_consultant(
        ctx,
        resources.ConsultantInput(
            "Cai Early", ["talent"], "comprehensive",
            [(w, dt.time(7), dt.time(11)) for w in range(5)], "蔡早",
        ),
    ).id  # fmt: skip
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    d, t = dt.date, dt.time
    held(ctx, cs.ada, d(2026, 9, 8), t(10), 60, "policy", alpha, room=cs.room)
    held(ctx, cs.ada, d(2026, 9, 8), t(14), 90, "financing", beta, room=cs.room)
    held(ctx, cs.ada, d(2026, 9, 15), t(9), 45, "policy", alpha, outcome="no_show")
    held(ctx, cs.ada, d(2026, 10, 6), t(10), 120, "policy", alpha, room=cs.room)
    held(ctx, cs.ben, d(2026, 9, 9), t(10), 180, "legal_ip", beta, room=cs.room)
    held(ctx, cai, d(2026, 10, 1), t(7), 60, "talent", alpha)
    at = dt.datetime
    resources.add_time_off(ctx, cs.ada, at(2026, 9, 30, 14), at(2026, 10, 1, 10), "Conference")
    resources.add_time_off(ctx, cs.ben, at(2026, 9, 7, 10), at(2026, 9, 7, 14))
    resources.add_time_off(ctx, cs.ben, at(2026, 9, 7, 12), at(2026, 9, 7, 16))
    resources.add_room_closure(ctx, cs.room, at(2026, 9, 21, 12), at(2026, 9, 21, 14), "Paint")
    resources.add_room_closure(ctx, cs.room, at(2026, 10, 30, 18), at(2026, 11, 2, 10), "AV")
    return cs


def export(ctx, name, tmp_path, as_of=AS_OF, filters=PERIOD, **kw):
    result = reports.export_report(
        ctx, name, tmp_path / f"{name}.xlsx", as_of, filters=filters, **kw
    )
    return result, load_workbook(result.path)


def values(ws, sheet) -> list[tuple]:
    """The data rows of ``sheet``, as tuples of cell values."""
    return [
        tuple(c.value for c in row)
        for row in ws.iter_rows(min_row=sheet.first_row, max_row=sheet.last_row)
    ]


INT_HEADS = {"Sessions", "Completed", "Cancelled", "No-show", "Still booked", "Capacity"}


def header_block(ws) -> dict:
    block = {}
    for row in ws.iter_rows(min_row=2, max_col=3):
        if row[0].value is None:
            break
        block[row[0].value] = row[1].value
    return block


def totals_row(ws, sheet) -> dict[str, object]:
    return {c.column_letter: c.value for c in ws[sheet.totals_row] if c.value is not None}


# --- consultations: the figures -------------------------------------------------------------


def test_consultations_by_topic_by_month_and_by_consultant(ctx, centre, tmp_path):
    schedule(ctx, centre)
    result, wb = export(ctx, "consultations", tmp_path)
    assert wb.sheetnames == ["Sessions by topic", "Utilisation", "By month", "By consultant"]
    topics, months, by_month, by_consultant = result.sheets
    assert result.row_count == topics.row_count == 5
    # consultant, Chinese name, month, topic, sessions, completed, cancelled, no-show,
    # still booked, hours held
    assert values(wb[topics.name], topics) == [
        ("Ada Li", "李雅", SEP, "Policy applications", 2, 1, 0, 1, 0, 1.75),
        ("Ada Li", "李雅", SEP, "Financing", 1, 1, 0, 0, 0, 1.5),
        ("Ada Li", "李雅", OCT, "Policy applications", 1, 1, 0, 0, 0, 2),
        ("Ben Wu", "吴斌", SEP, "Legal and IP", 1, 1, 0, 0, 0, 3),
        ("Cai Early", "蔡早", OCT, "Talent", 1, 1, 0, 0, 0, 1),
    ]
    # ... then hours available and utilisation = held / available
    assert values(wb[months.name], months) == [
        ("Ada Li", "李雅", SEP, 3, 2, 0, 1, 0, 3.25, 173, 0.0188),  # 22 × 8 − 3
        ("Ada Li", "李雅", OCT, 1, 1, 0, 0, 0, 2, 175, 0.0114),  # 22 × 8 − 1
        ("Ben Wu", "吴斌", SEP, 1, 1, 0, 0, 0, 3, 78, 0.0385),  # 14 × 6 − 6 (merged)
        ("Ben Wu", "吴斌", OCT, 0, 0, 0, 0, 0, 0, 72, 0),  # 12 × 6
        ("Cai Early", "蔡早", SEP, 0, 0, 0, 0, 0, 0, 88, 0),  # 22 × 4
        ("Cai Early", "蔡早", OCT, 1, 1, 0, 0, 0, 1, 88, 0.0114),
    ]
    assert months.totals == {
        "sessions": 6, "completed": 5, "cancelled": 0, "no_show": 1, "booked": 0,
        "held": D("9.25"), "available": D("674.00"),
    }  # fmt: skip
    assert values(wb[by_month.name], by_month) == [
        (SEP, 4, 3, 0, 1, 0, 6.25, 339, 0.0184),
        (OCT, 2, 2, 0, 0, 0, 3, 335, 0.009),
    ]
    assert values(wb[by_consultant.name], by_consultant) == [
        ("Ada Li", "李雅", 4, 3, 0, 1, 0, 5.25, 348, 0.0151),
        ("Ben Wu", "吴斌", 1, 1, 0, 0, 0, 3, 150, 0.02),
        ("Cai Early", "蔡早", 1, 1, 0, 0, 0, 1, 176, 0.0057),
    ]
    # Every summary adds up to the same totals as the detail.
    for sheet in (by_month, by_consultant):
        assert sheet.totals == months.totals
    assert {k: v for k, v in topics.totals.items()} == {
        k: v for k, v in months.totals.items() if k != "available"
    }


def test_consultations_totals_are_subtotals_with_a_ratio_and_match_the_database(
    ctx, centre, tmp_path
):
    schedule(ctx, centre)
    result, wb = export(ctx, "consultations", tmp_path)
    sheet = result.sheets[1]
    ws = wb[sheet.name]
    a, b, t = sheet.first_row, sheet.last_row, sheet.totals_row
    assert t == b + 2 and ws.cell(b + 1, 1).value is None
    assert totals_row(ws, sheet) == {
        "A": "Total",
        **{col: f"=SUBTOTAL(109,{col}{a}:{col}{b})" for col in "DEFGHIJ"},
        "K": f"=IF(J{t}=0,0,I{t}/J{t})",  # hours held / hours available, not a sum of %
    }
    # The database's own sums, straight from the bookings table.
    lo = dt.datetime(2026, 9, 1, tzinfo=CENTRE_TZ)
    hi = dt.datetime(2026, 11, 1, tzinfo=CENTRE_TZ)
    with ctx.db.read() as s:
        rows = s.execute(
            select(Booking.status, Booking.starts_at, Booking.ends_at).where(
                Booking.starts_at >= lo, Booking.starts_at < hi
            )
        ).all()
    seconds = sum((e - st).total_seconds() for status, st, e in rows if status in HOLDING)
    assert sheet.totals["held"] == D(seconds) / 3600 == D("9.25")
    assert sheet.totals["sessions"] == len(rows) == 6
    assert sheet.totals["no_show"] == sum(r.status == "no_show" for r in rows)
    # The cells add up to the totals (what the SUBTOTAL formulas compute).
    data = values(ws, sheet)
    assert D(str(sum(r[8] for r in data))) == sheet.totals["held"]
    assert D(str(sum(r[9] for r in data))) == sheet.totals["available"]


def test_sessions_to_come_count_as_still_booked_and_cancelled_ones_hold_nothing(
    ctx, centre, tmp_path
):
    cs = setup_consulting(ctx, centre)
    alpha = centre.companies["alpha"]

    def future(consultant, day, hh, minutes, topic, room=True, **who):
        start = cs.at(day, hh)
        return bookings.create_booking(
            ctx,
            bookings.BookingInput(
                consultant, start, start + dt.timedelta(minutes=minutes), topic,
                room_id=cs.room if room else None, **who,
            ),
        )  # fmt: skip

    future(cs.ada, 0, 10, 60, "policy", company_id=alpha)
    gone = future(cs.ada, 0, 14, 60, "financing", company_id=alpha)
    bookings.cancel_booking(ctx, gone.id, gone.version, "Company asked to move it")
    future(cs.ben, 1, 10, 30, "legal_ip", room=False, company_id=alpha)
    future(cs.ada, 2, 10, 60, "policy", prospect_name="=cmd|' /C calc'!A0")
    period = {"from": f"{cs.monday:%Y-%m}", "to": f"{cs.monday + dt.timedelta(days=2):%Y-%m}"}
    result, _ = export(ctx, "consultations", tmp_path, centre_today(), period)
    assert result.sheets[1].totals | {"available": None} == {
        "sessions": 4, "completed": 0, "cancelled": 1, "no_show": 0, "booked": 3,
        "held": D("2.50"), "available": None,
    }  # fmt: skip
    result, _ = export(ctx, "room-utilisation", tmp_path, centre_today(), period)
    totals = result.sheets[0].totals
    assert (totals["sessions"], totals["booked"]) == (2, D("2.00"))


def test_filters_by_consultant_topic_and_period(ctx, centre, tmp_path):
    schedule(ctx, centre)
    result, wb = export(ctx, "consultations", tmp_path, filters={**PERIOD, "consultant": "ada li"})
    assert [r[0] for r in values(wb["Utilisation"], result.sheets[1])] == ["Ada Li"] * 2
    assert header_block(wb.worksheets[0])["Filters"] == (
        "from = 2026-09; to = 2026-10; consultant = ada li"
    )
    # By its Chinese name too; one topic, by code or label.
    result, wb = export(ctx, "consultations", tmp_path, filters={"to": "2026-09", "consultant": "李雅",
                                                                 "topic": "Policy applications"})  # fmt: skip
    rows = values(wb["Utilisation"], result.sheets[1])
    assert len(rows) == 12 and wb.worksheets[0]["A1"].value.endswith("2025-10 to 2026-09")
    assert rows[-1] == ("Ada Li", "李雅", SEP, 2, 1, 0, 1, 0, 1.75, 173, 0.0101)
    # A topic keeps the consultants who cover it or had such a session.
    result, wb = export(ctx, "consultations", tmp_path, filters={**PERIOD, "topic": "legal_ip"})
    assert {r[0] for r in values(wb["Utilisation"], result.sheets[1])} == {"Ben Wu"}
    # Dates stand for their months.
    result, _ = export(
        ctx, "consultations", tmp_path, filters={"from": "2026-10-31", "to": "2026-10-01"}
    )
    assert result.sheets[1].totals["sessions"] == 2


def test_the_default_period_is_the_twelve_months_to_the_as_of_month(ctx, centre, tmp_path):
    schedule(ctx, centre)
    result, wb = export(ctx, "consultations", tmp_path, dt.date(2026, 9, 20), filters=None)
    ws = wb["By month"]
    months = [r[0] for r in values(ws, result.sheets[2])]
    assert months == [dt.datetime(2025, m, 1) for m in (10, 11, 12)] + [
        dt.datetime(2026, m, 1) for m in range(1, 10)
    ]
    assert ws["A1"].value == "Consultations by month, 2025-10 to 2026-09"
    assert header_block(ws)["Filters"] == "none"


@pytest.mark.parametrize(
    ("name", "filters", "message"),
    [
        ("consultations", {"consultant": "Nobody"}, "consultants: Ada Li, Ben Wu, Cai Early"),
        ("consultations", {"topic": "astrology"}, "topics: policy, financing"),
        ("consultations", {"from": "2026-13"}, "from must be a month like 2026-03"),
        ("consultations", {"from": "2026-11", "to": "2026-10"}, "start in 2026-11"),
        ("consultations", {"from": "2020-01", "to": "2026-10"}, "longer than 60 months"),
        ("consultations", {"room": "1F-02"}, "its filters: from, to, consultant, topic"),
        ("room-utilisation", {"room": "Boardroom"}, "rooms: 1F-02"),
    ],
)
def test_bad_filters_are_refused_before_any_file(ctx, centre, tmp_path, name, filters, message):
    schedule(ctx, centre)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as err:
        reports.export_report(ctx, name, out / "x.xlsx", AS_OF, filters=filters)
    assert message in str(err.value)
    assert list(out.iterdir()) == []


# --- room utilisation -----------------------------------------------------------------------


def test_room_utilisation_by_room_and_month(ctx, centre, tmp_path):
    cs = schedule(ctx, centre)
    result, wb = export(ctx, "room-utilisation", tmp_path)
    assert wb.sheetnames == ["Rooms by month", "By room", "By month"]
    detail, by_room, by_month = result.sheets
    ws = wb[detail.name]
    # room, name, capacity, month, open hours, booked hours, utilisation, sessions
    assert values(ws, detail) == [
        ("1F-02", "Lotus", 8, SEP, 262, 5.5, 0.021, 3),  # 22 × 12 − 2; 1 + 1.5 + 3
        ("1F-02", "Lotus", 8, OCT, 262, 2, 0.0076, 1),  # 22 × 12 − 2 (to 20:00 on 30 Oct)
    ]
    assert detail.totals == {"open": D("524.00"), "booked": D("7.50"), "sessions": 4}
    a, b, t = detail.first_row, detail.last_row, detail.totals_row
    assert totals_row(ws, detail) == {
        "A": "Total",
        "E": f"=SUBTOTAL(109,E{a}:E{b})",
        "F": f"=SUBTOTAL(109,F{a}:F{b})",
        "G": f"=IF(E{t}=0,0,F{t}/E{t})",
        "H": f"=SUBTOTAL(109,H{a}:H{b})",
    }
    assert values(wb[by_room.name], by_room) == [("1F-02", "Lotus", 8, 524, 7.5, 0.0143, 4)]
    assert values(wb[by_month.name], by_month) == [
        (SEP, 262, 5.5, 0.021, 3),
        (OCT, 262, 2, 0.0076, 1),
    ]
    assert by_room.totals == by_month.totals == detail.totals
    # November loses the 2 h of 2 Nov; the room filter takes a code or a name.
    result, wb = export(ctx, "room-utilisation", tmp_path, filters={"from": "2026-11", "to": "2026-11",
                                                                    "room": "lotus"})  # fmt: skip
    assert values(wb["Rooms by month"], result.sheets[0]) == [
        ("1F-02", "Lotus", 8, dt.datetime(2026, 11, 1), 250, 0, 0, 0)  # 21 × 12 − 2
    ]
    assert cs.room


# --- what every report must be --------------------------------------------------------------


@pytest.mark.parametrize("name", ["consultations", "room-utilisation"])
def test_header_block_typed_cells_frozen_header_and_filter_over_the_data(
    ctx, centre, tmp_path, name
):
    schedule(ctx, centre)
    result, wb = export(ctx, name, tmp_path)
    spec = reports.REPORTS[name]
    for sheet in result.sheets:
        ws = wb[sheet.name]
        block = header_block(ws)
        assert ws["A1"].font.bold and ws["A1"].value.endswith("2026-09 to 2026-10")
        assert block["Centre"] == reports.CENTRE_NAME
        assert block["As of"] == dt.datetime(2026, 10, 31)
        assert block["Filters"] == "from = 2026-09; to = 2026-10"
        assert block["Rows"] == sheet.row_count and block["Generated by"] == "tester"
        h = sheet.header_row
        assert ws.freeze_panes == f"A{h + 1}"
        assert all(c.font.bold for c in ws[h] if c.value is not None)
        last_col = ws.cell(h, len([c for c in ws[h] if c.value is not None])).column_letter
        assert ws.auto_filter.ref == f"A{h}:{last_col}{sheet.last_row}"
        assert not ws.merged_cells.ranges
        heads = [c.value for c in ws[h] if c.value is not None]
        for row in ws.iter_rows(min_row=sheet.first_row, max_row=sheet.last_row):
            for head, cell in zip(heads, row, strict=False):
                if head == "Month":
                    assert isinstance(cell.value, dt.datetime) and cell.number_format == "yyyy-mm"
                elif head == "Utilisation":
                    assert cell.data_type == "n" and cell.number_format == "0.00%"
                elif head in ("Hours held", "Available hours", "Open hours", "Booked hours"):
                    assert cell.data_type == "n" and cell.number_format == '#,##0.00 "h"'
                elif head in INT_HEADS:
                    assert cell.data_type == "n" and cell.number_format == "#,##0"
                else:
                    assert cell.data_type == "s" and cell.number_format == "@"
    assert spec.filter_help.keys() == set(spec.filters)
    with zipfile.ZipFile(result.path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 4
        xml = b"".join(z.read(n) for n in charts)
        assert xml.count(b"barChart>") == 8
    if name == "consultations":
        # sessions by month, stacked by status
        assert b'<grouping val="stacked"/>' in xml and b'<overlap val="100"/>' in xml


def test_text_that_looks_like_a_formula_stays_text_and_sheet_names_are_safe(ctx, centre, tmp_path):
    cs = schedule(ctx, centre)
    evil = "=cmd|' /C calc'!A0"
    resources.create_consultant(
        ctx,
        resources.ConsultantInput(evil, ["market"], "financial", [(3, dt.time(9), dt.time(12))],
                                  "@SUM(1)"),
    )  # fmt: skip
    room = resources.get_room(ctx, cs.room)
    resources.update_room(
        ctx, cs.room, room.version,
        resources.RoomInput(room.unit_id, 8, room.opens, room.closes, room.open_days, "+Lotus"),
    )  # fmt: skip
    start = dt.datetime(2026, 10, 8, 9)
    bookings.create_booking(
        ctx,
        bookings.BookingInput(cs.ada, start, start + dt.timedelta(hours=1), "policy",
                              prospect_name=evil, room_id=cs.room),
        happened=True,
    )  # fmt: skip
    result, wb = export(ctx, "consultations", tmp_path)
    ws = wb["Utilisation"]
    names = [row[0] for row in ws.iter_rows(min_row=result.sheets[1].first_row,
                                            max_row=result.sheets[1].last_row)]  # fmt: skip
    cell = next(c for c in names if c.value == evil)
    zh = ws.cell(cell.row, 2)
    assert cell.data_type == zh.data_type == "s" and cell.quotePrefix and zh.quotePrefix
    assert zh.value == "@SUM(1)"
    assert names[0] is cell  # "=" sorts before letters
    ada = next(c for c in names if c.value == "Ada Li")
    assert not ada.quotePrefix and not needs_quote_prefix(ada.value)
    result, wb = export(ctx, "room-utilisation", tmp_path)
    ws = wb["Rooms by month"]
    name = ws.cell(result.sheets[0].first_row, 2)
    assert name.value == "+Lotus" and name.data_type == "s" and name.quotePrefix
    for sheet in wb.sheetnames:
        assert len(sheet) <= 31 and not set(sheet) & set("[]:*?/\\")
    assert reports.default_filename("room-utilisation", AS_OF) == "room-utilisation_2026-10-31.xlsx"


def cell_values(path) -> dict:
    out = {}
    for ws in load_workbook(path).worksheets:
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        gen = next(i for i, r in enumerate(rows) if r[0] == "Generated at")
        rows[gen][1] = "<generated at>"
        out[ws.title] = rows
    return out


@pytest.mark.parametrize("name", ["consultations", "room-utilisation"])
def test_the_same_database_and_as_of_date_give_the_same_cells(
    ctx, centre, tmp_path, monkeypatch, name
):
    schedule(ctx, centre)
    first = reports.export_report(ctx, name, tmp_path / "a.xlsx", AS_OF)
    later = dt.datetime(2031, 2, 3, 4, 5, 6, tzinfo=CENTRE_TZ)
    monkeypatch.setattr(export_module, "centre_now", lambda: later)
    second = reports.export_report(ctx, name, tmp_path / "b.xlsx", AS_OF)
    assert cell_values(first.path) == cell_values(second.path)
    assert first.row_count > 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.sqlite_only("one recalculation is enough: the workbook, not the database, is tested")
def test_libreoffice_recalculates_the_totals_to_the_database_sums(ctx, centre, tmp_path):
    schedule(ctx, centre)
    (tmp_path / "in").mkdir()
    out = tmp_path / "out"
    made = {}
    for name in ("consultations", "room-utilisation"):
        made[name] = reports.export_report(
            ctx, name, tmp_path / "in" / f"{name}.xlsx", AS_OF, filters=PERIOD
        )
    subprocess.run(
        ["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(out),
         *(str(r.path) for r in made.values())],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheet = made["consultations"].sheets[1]
    ws = load_workbook(out / "consultations.xlsx", data_only=True)[sheet.name]
    t = sheet.totals_row
    assert D(str(ws[f"I{t}"].value)) == sheet.totals["held"] == D("9.25")
    assert D(str(ws[f"J{t}"].value)) == sheet.totals["available"] == D("674.00")
    assert ws[f"D{t}"].value == 6
    assert ws[f"K{t}"].value == pytest.approx(9.25 / 674)
    sheet = made["room-utilisation"].sheets[0]
    ws = load_workbook(out / "room-utilisation.xlsx", data_only=True)[sheet.name]
    t = sheet.totals_row
    assert (D(str(ws[f"E{t}"].value)), D(str(ws[f"F{t}"].value))) == (D("524"), D("7.5"))
    assert ws[f"G{t}"].value == pytest.approx(7.5 / 524) and ws[f"H{t}"].value == 4


# --- headless ---------------------------------------------------------------------------------


@pytest.mark.sqlite_only("main.py is run on the test's SQLite file")
def test_both_reports_export_headless(ctx, centre, tmp_path):
    schedule(ctx, centre)
    url = str(ctx.db.url)
    for name, extra, rows in (
        ("consultations", ("--topic", "policy", "--consultant", "Ada Li"), 2),
        ("room-utilisation", ("--room", "1F-02"), 2),
    ):
        out = tmp_path / f"{name}.xlsx"
        run = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--database", url, "export", name,
             "--out", str(out), "--as-of", "2026-10-31", "--from", "2026-09", "--to", "2026-10",
             *extra],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert f"Wrote {out} ({rows} rows)" in run.stdout
        ws = load_workbook(out).worksheets[0]
        assert header_block(ws)["Rows"] == rows
    listing = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "--list"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert "consultations" in listing.stdout and "[filters: from, to, room]" in listing.stdout

"""Occupancy by floor on the as-of date, a summary chart, and the vacant units.

The figures come from :mod:`adminapp.services.occupancy`, so the report and the dashboard can
never disagree. Floors and units number in the hundreds, not millions: their lists are small.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from adminapp import i18n
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports import cell_picture, words
from adminapp.reports.charts import Chart
from adminapp.reports.spec import ReportSpec, checked_floor
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services import occupancy as occupancy_service
from adminapp.services import stacking
from adminapp.services.context import AppContext

NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports", "Only units in service count, in the rentable and in the leased area alike."
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A unit is leased when a signed lease (or one terminated later) holds it: "
        "start ≤ as-of < end.",
    ),
)

FLOOR_COLUMNS = (
    Column("floor", QT_TRANSLATE_NOOP("Reports", "Floor")),
    Column("gross", QT_TRANSLATE_NOOP("Reports", "Gross area"), "area", "sum"),
    Column("rentable", QT_TRANSLATE_NOOP("Reports", "Rentable area"), "area", "sum"),
    Column("leased", QT_TRANSLATE_NOOP("Reports", "Leased area"), "area", "sum"),
    Column("vacant", QT_TRANSLATE_NOOP("Reports", "Vacant area"), "area", "sum"),
    Column(
        "rate", QT_TRANSLATE_NOOP("Reports", "Occupancy"), "percent", Ratio("leased", "rentable")
    ),
    Column("units", QT_TRANSLATE_NOOP("Reports", "Units"), "int", "sum"),
    Column("leased_units", QT_TRANSLATE_NOOP("Reports", "Leased units"), "int", "sum"),
    Column("vacant_units", QT_TRANSLATE_NOOP("Reports", "Vacant units"), "int", "sum"),
)

SUMMARY_COLUMNS = (
    Column("floor", QT_TRANSLATE_NOOP("Reports", "Floor")),
    Column("rentable", QT_TRANSLATE_NOOP("Reports", "Rentable area"), "area", "sum"),
    Column("leased", QT_TRANSLATE_NOOP("Reports", "Leased area"), "area", "sum"),
    Column("vacant", QT_TRANSLATE_NOOP("Reports", "Vacant area"), "area", "sum"),
    Column(
        "rate", QT_TRANSLATE_NOOP("Reports", "Occupancy"), "percent", Ratio("leased", "rentable")
    ),
)

SUMMARY_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Occupancy by floor"),
        "floor",
        ("rate",),
        QT_TRANSLATE_NOOP("Reports", "Leased / rentable"),
        "0%",
        1.0,
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Leased and vacant area by floor (m²)"),
        "floor",
        ("leased", "vacant"),
        "m²",
    ),
)

VACANT_COLUMNS = (
    Column("unit", QT_TRANSLATE_NOOP("Reports", "Unit")),
    Column("floor", QT_TRANSLATE_NOOP("Reports", "Floor")),
    Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind")),
    Column("area", QT_TRANSLATE_NOOP("Reports", "Rentable area"), "area", "sum"),
    Column("next_start", QT_TRANSLATE_NOOP("Reports", "Next lease starts"), "date"),
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    floor = checked_floor(s, filters["floor"]) if "floor" in filters else None
    summary = occupancy_service.occupancy(ctx, as_of)
    floors = [f for f in summary.floors if floor is None or f.label == floor]
    vacant = [
        v
        for v in occupancy_service.vacant_units(ctx, as_of)
        if floor is None or v.floor_label == floor
    ]
    by_floor = [
        (
            f.label,
            f.gross_area,
            f.rentable_area,
            f.leased_area,
            f.vacant_area,
            f.rate,
            f.unit_count,
            f.leased_units,
            f.unit_count - f.leased_units,
        )
        for f in floors
    ]
    sorted_by = translate("Reports", "Floor, lowest first (B2, B1, 1, 2 …)")
    plan = stacking.stacking_plan(ctx, as_of)
    plan_floors = [f for f in plan.floors if floor is None or f.label == floor]
    return [
        Sheet(
            translate("Reports", "Occupancy by floor"),
            translate("Reports", "Occupancy by floor"),
            FLOOR_COLUMNS,
            by_floor,
            len(by_floor),
            sorted_by,
            NOTES,
        ),
        Sheet(
            translate("Reports", "Summary"),
            translate("Reports", "Occupancy summary"),
            SUMMARY_COLUMNS,
            [(r[0], r[2], r[3], r[4], r[5]) for r in by_floor],
            len(by_floor),
            sorted_by,
            NOTES,
            SUMMARY_CHARTS,
        ),
        Sheet(
            translate("Reports", "Vacant units"),
            translate("Reports", "Vacant units"),
            VACANT_COLUMNS,
            [
                (
                    v.code,
                    v.floor_label,
                    words.label(words.UNIT_KINDS, v.kind),
                    v.rentable_area,
                    v.next_lease_start,
                )
                for v in vacant
            ],
            len(vacant),
            translate("Reports", "Floor, lowest first, then unit code"),
            (
                translate(
                    "Reports",
                    "In-service units no lease holds on the as-of date; 'Next lease starts' is "
                    "the start of the next signed lease, if any.",
                ),
            ),
        ),
        Sheet(
            translate("Reports", "Stacking plan"),
            translate("Reports", "Stacking plan"),
            (),
            (),
            0,
            translate("Reports", "Floors from the top; units in code order"),
            (
                translate(
                    "Reports",
                    "Each unit is as wide as its share of its floor's rentable area; hatched or "
                    "grey: see the legend. The Stacking plan page shows the same plan by tenant, "
                    "lease expiry and arrears too.",
                ),
            ),
            picture=stacking_picture(stacking.StackingPlan(as_of, plan_floors)),
        ),
    ]


STATE_WORDS = {
    "let": QT_TRANSLATE_NOOP("Reports", "Let"),
    "vacant": QT_TRANSLATE_NOOP("Reports", "Vacant"),
    "out_of_service": QT_TRANSLATE_NOOP("Reports", "Out of service"),
}
# A box's second line when no lease holds the unit.
STATE_CAPTIONS = {
    "let": QT_TRANSLATE_NOOP("Reports", "let"),
    "vacant": QT_TRANSLATE_NOOP("Reports", "vacant"),
    "out_of_service": QT_TRANSLATE_NOOP("Reports", "out of service"),
}


def stacking_picture(plan: stacking.StackingPlan) -> cell_picture.CellPicture:
    """The plan coloured by vacancy, as boxes of cells (one band per floor, top floor first)."""
    bands = []
    floor_word = translate("Reports", "%1F")
    for f in plan.floors:
        total = float(f.rentable_area) or 1.0
        boxes = [
            cell_picture.Box(
                u.code,
                i18n.name(u.lease.company_name, u.lease.company_name_zh)
                if u.lease
                else words.label(STATE_CAPTIONS, u.state),
                stacking.colour(u, "vacancy", plan.as_of),
                float(u.rentable_area) / total,
            )
            for u in f.units
        ]
        label = f.label if f.label.startswith("B") else floor_word.replace("%1", f.label)
        bands.append(cell_picture.Band(label, f"{f.rentable_area:,.0f} m²", boxes))
    legend = [
        (words.label(STATE_WORDS, cat), colour) for cat, colour in stacking.legend(plan, "vacancy")
    ]
    return cell_picture.CellPicture(bands, legend, translate("Reports", "Coloured by vacancy"))


SPEC = ReportSpec(
    name="occupancy",
    title=QT_TRANSLATE_NOOP("Reports", "Occupancy"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Occupancy by floor (leased / rentable area) with a chart, the vacant units and "
        "the stacking plan",
    ),
    build=build,
    filters=("floor",),
)

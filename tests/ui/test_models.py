"""The table models: Qt's model tester, paging, and search/filter/sort going to the service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from adminapp.services import occupancy
from tests.ui.bulk import add_leases
from ui.models.dashboard import ExpiringLeasesModel, VacantUnitsModel
from ui.models.lists import CompaniesModel, LeasesModel, UnitsModel
from ui.models.table import ROW_ID_ROLE

MODELS = [UnitsModel, CompaniesModel, LeasesModel]


def column_texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("cls", MODELS)
def test_list_models_pass_the_model_tester(qtmodeltester, ctx, centre, as_of, cls):
    model = cls(ctx)
    model.set_query(as_of=as_of)
    model.reload()
    assert model.rowCount() > 0
    # The tester stays connected and checks every change that follows.
    qtmodeltester.check(model, force_py=True)
    model.set_search("zzz-no-match")
    assert model.rowCount() == 0
    model.set_search("")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() > 0


def test_leases_model_pages_pass_the_model_tester(qtmodeltester, ctx, centre, as_of):
    add_leases(ctx, centre, 450)
    model = LeasesModel(ctx)
    model.set_query(as_of=as_of)
    model.reload()
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)  # the tester fetches every page itself
    assert model.rowCount() == 455 and not model.canFetchMore(QModelIndex())


def test_dashboard_models_pass_the_model_tester(qtmodeltester, ctx, centre, as_of):
    expiring = ExpiringLeasesModel()
    expiring.set_leases(occupancy.expiring_leases(ctx, as_of, 120))
    qtmodeltester.check(expiring, force_py=True)
    assert column_texts(expiring, 2) == ["7F-01, 7F-02", "7F-05"]
    assert expiring.index(0, 0).data(ROW_ID_ROLE) == centre.leases["L1"]
    vacant = VacantUnitsModel()
    vacant.set_units(occupancy.vacant_units(ctx, as_of))
    qtmodeltester.check(vacant, force_py=True)
    assert column_texts(vacant, 0) == ["1F-01", "1F-02", "7F-04"]
    assert column_texts(vacant, 1) == ["1F", "1F", "7F"]


def test_fetch_more_pages_through_every_row(ctx, centre, as_of):
    add_leases(ctx, centre, 450)  # 455 leases: pages of 200, 200, 55
    model = LeasesModel(ctx)
    model.set_query(as_of=as_of)
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.reload()
    assert model.rowCount() == 200
    assert model.total() == (455, False)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 455
    assert inserted == [(200, 399), (400, 454)]
    ids = [model.row_id(r) for r in range(455)]
    assert len(set(ids)) == 455
    starts = column_texts(model, 6)
    assert starts == sorted(starts, reverse=True)  # newest first, across pages


def test_units_model_offsets_pages(ctx, centre, as_of):
    model = UnitsModel(ctx)
    model.set_query(as_of=as_of, limit=3)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert column_texts(model, 0) == [
        "B1-01",
        "1F-01",
        "1F-02",
        "7F-01",
        "7F-02",
        "7F-03",
        "7F-04",
        "7F-05",
    ]


def test_search_filter_and_sort_change_rows(ctx, centre, as_of):
    model = LeasesModel(ctx)
    model.set_query(as_of=as_of)
    model.reload()
    assert model.rowCount() == 5
    model.set_search("gamma")
    assert column_texts(model, 1) == ["Gamma Compute", "Gamma Compute"]
    model.set_search("")
    model.set_filter("status", "active")
    assert sorted(column_texts(model, 2)) == ["7F-01, 7F-02", "7F-03", "7F-05"]
    model.set_filter("status", None)
    model.sort(model.column_of("area"), Qt.SortOrder.AscendingOrder)
    areas = column_texts(model, 3)
    assert areas == ["200.00", "200.00", "250.00", "300.00", "300.00"]
    model.sort(model.column_of("reference"), Qt.SortOrder.DescendingOrder)
    refs = column_texts(model, 0)
    assert refs == sorted(refs, reverse=True)


def test_sorting_a_column_sql_cannot_sort_is_refused(qtbot, ctx, centre, as_of):
    model = LeasesModel(ctx)
    model.set_query(as_of=as_of)
    model.reload()
    before = column_texts(model, 0)
    monthly = 5
    assert model.columns[monthly].sort_key is None
    with qtbot.waitSignal(model.sortRejected, timeout=100):
        model.sort(monthly, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 0) == before
    assert model.sort_column() == model.column_of("start")


def test_cells_are_formatted_for_reading(ctx, centre, as_of):
    model = LeasesModel(ctx)
    model.set_query(as_of=as_of, search="alpha")
    model.reload()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1:6] == ["Alpha Models", "7F-01, 7F-02", "200.00", "200.00", "¥40,000.00"]
    assert row[8:] == ["Active", "¥48,000.00"]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "阿尔法模型" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Area m²"


def test_nothing_is_queried_before_the_first_reload(ctx, centre):
    model = CompaniesModel(ctx)
    model.sort(model.column_of("credit_code"), Qt.SortOrder.DescendingOrder)
    model.set_search("alpha")
    assert model.rowCount() == 0 and not model.is_active
    model.reload()
    assert column_texts(model, 0) == ["Alpha Models"]

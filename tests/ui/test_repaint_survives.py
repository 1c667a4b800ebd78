"""PySide6 6.12 on Python 3.11 aborts after a few thousand repaints of a table whose model
returns None for some roles (shared/ENVIRONMENT.md). This repaints one of our models 3,000
times in a fresh process and checks it is still alive, so no upgrade brings the crash back.

The view is kept small so the test takes seconds; as a smaller view asks for fewer cells per
repaint, the subprocess also reports how far None's reference count drifted: the bug drops one
reference per None returned (hundreds per repaint), a sound build drifts by next to nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import dataclasses, sys
    from PySide6.QtWidgets import QApplication, QTableView
    from ui.models.table import Column, RowsTableModel
    from ui.models import display

    @dataclasses.dataclass(frozen=True)
    class Row:
        id: int
        status: str

    app = QApplication([])
    columns = [Column(f"C{c}", (lambda r, c=c: f"{r.id}-{c}"), numeric=c % 2 == 0) for c in range(7)]
    columns.append(Column("Status", lambda r: r.status, colour=lambda r: display.STATUS_COLOURS.get(r.status)))
    model = RowsTableModel(columns)
    model.set_rows([Row(i, ("active", "unknown")[i % 2]) for i in range(1000)])
    assert (model.rowCount(), model.columnCount()) == (1000, 8)
    view = QTableView()
    view.setModel(model)
    view.resize(640, 360)
    view.show()
    app.processEvents()
    before = sys.getrefcount(None)
    for _ in range(3000):
        view.viewport().repaint()
    print("None refcount drift", sys.getrefcount(None) - before)
    assert abs(sys.getrefcount(None) - before) < 10_000, "None is losing references"
    """
)


def test_table_view_survives_thousands_of_repaints():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "None refcount drift" in done.stdout

"""Each dialog renders offscreen with its labels whole; the pictures go to a folder to look at.

Set ``DIALOG_SCREENSHOTS=/some/dir`` to keep the PNGs (docs/screenshots/lease-dialog.png is
made this way); otherwise they go to pytest's temporary folder.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.ui.test_dialogs_support import truncated
from ui.dialogs.company_dialog import CompanyDialog
from ui.dialogs.lease_dialog import LeaseDialog
from ui.dialogs.renew_dialog import RenewDialog
from ui.dialogs.terminate_dialog import TerminateDialog
from ui.dialogs.unit_dialog import UnitDialog


def _lease_dialog(ctx, centre):
    dialog = LeaseDialog(
        None,
        ctx,
        None,
        company_id=centre.companies["alpha"],
        unit_ids=[centre.units["7F-01"], centre.units["7F-02"]],
    )
    dialog.start_edit.set_date_value(dt.date(2026, 7, 1))
    dialog.end_edit.set_date_value(dt.date(2028, 7, 1))
    dialog.rent_edit.amount.setText("6.5")
    dialog.rent_edit.set_basis("day")
    dialog.rent_free_spin.setValue(2)
    dialog.fill_deposit()
    dialog.steps_editor.add_step(dt.date(2027, 7, 1), Decimal("6.8"))
    dialog.notes_edit.setPlainText("Renewal of L2025-00001 at the West Bund rate")
    return dialog


@pytest.mark.parametrize("which", ["unit", "company", "lease", "lease-error", "renew", "terminate"])
def test_dialog_renders(qtbot, ctx, centre, picture_dir, which):
    if which == "unit":
        dialog = UnitDialog(None, ctx, centre.units["7F-03"])
    elif which == "company":
        dialog = CompanyDialog(None, ctx, centre.companies["beta"])
    elif which.startswith("lease"):
        dialog = _lease_dialog(ctx, centre)
    elif which == "renew":
        dialog = RenewDialog(None, ctx, centre.leases["L2"])
    else:
        dialog = TerminateDialog(None, ctx, centre.leases["L2"])
    qtbot.addWidget(dialog)
    dialog.show()
    if which == "lease-error":
        dialog.unit_picker.model.set_checked(centre.units["7F-03"], True)
        dialog.accept()
        assert dialog.error_text("unit_ids").startswith("Unit 7F-03 is already leased")
    qtbot.waitExposed(dialog)
    assert truncated(dialog) == []
    name = "lease-dialog" if which == "lease" else f"{which}-dialog"
    path = picture_dir / f"{name}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 5000

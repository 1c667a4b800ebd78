"""The window in 简体中文: every page's visible chrome (labels, buttons, tabs, headers, menus,
placeholders, tooltips, combo items) reads in Chinese, with no English word left.

A string missing from the Chinese translation, or written past ``tr()``, shows up here as the
English word it is. Data (names, codes, the database's URL) is not chrome and is left out.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QToolBar,
)

from adminapp import i18n
from main import GUI_PAGES
from tests.test_translations import compile_catalogue
from ui import i18n as ui_i18n

pytestmark = pytest.mark.usefixtures("no_popups")

# Words that stay as they are in Chinese software: key names, file kinds, product names.
ALLOWED = {
    "Ctrl",
    "Shift",
    "Alt",
    "Enter",
    "Esc",
    "Tab",
    "Excel",
    "xlsx",
    "ics",
    "png",
    "iCalendar",
    "PostgreSQL",
    "SQLite",
    "sqlite",
    "postgresql",
    "psycopg",
    "min",
    "h",
}
# Texts that are meant to stay as they are: sample input in placeholders, and each language's
# own name in the language list (so a reader of either can find theirs).
EXAMPLES = {"name@example.com", "li.na", "English"}
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]*>|&[a-z]+;")


def english_words(text: str, data: set[str]) -> list[str]:
    """English words in ``text`` once data values are cut out (acronyms such as GPU are fine)."""
    text = TAG.sub(" ", text)
    for value in sorted(data, key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    return [
        w
        for w in WORD.findall(text)
        if w not in ALLOWED and not w.isupper() and not re.fullmatch(r"[A-Z]+s", w)
    ]


@pytest.fixture
def chinese(qapp, tmp_path, monkeypatch):
    """The window's translators for zh_CN, compiled afresh from the .ts files into tmp_path."""
    qm = compile_catalogue(tmp_path / "adminapp_zh_CN.qm")
    monkeypatch.setattr(ui_i18n, "ensure_compiled", lambda lang: qm)
    assert ui_i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    ui_i18n.uninstall(qapp)


def chrome_texts(root) -> list[tuple[str, str]]:  # noqa: ANN001 - a QWidget
    """(where, text) for every text the user reads on ``root`` and its children."""
    out: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in root.findChildren(QLabel):
        out.append((f"label {w.objectName()}", w.text()))
    for w in root.findChildren(QAbstractButton):
        out += [(f"button {w.objectName()}", w.text()), ("tooltip", w.toolTip())]
    for w in root.findChildren(QGroupBox):
        out.append(("group", w.title()))
    for w in root.findChildren(QTabBar):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in root.findChildren(QLineEdit):
        out += [("placeholder", w.placeholderText()), ("tooltip", w.toolTip())]
    for w in root.findChildren(QComboBox):
        out += [("combo item", w.itemText(i)) for i in range(w.count())]
        out.append(("tooltip", w.toolTip()))
    for w in root.findChildren(QListWidget):
        out += [("list item", w.item(i).text()) for i in range(w.count())]
    for w in root.findChildren(QAbstractItemView):
        model = w.model()
        if model is not None and not isinstance(w, QListWidget):
            columns = model.columnCount()
            out += [
                ("header", str(model.headerData(c, _horizontal()) or "")) for c in range(columns)
            ]
    for bar in root.findChildren(QToolBar):
        for action in bar.actions():
            out += [("action", action.text()), ("action tip", action.toolTip())]
    return [(where, text) for where, text in out if text]


def _horizontal():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def data_values(ctx, centre) -> set[str]:  # noqa: ANN001
    """What the window shows as data: people's names, the database URL, company names."""
    from adminapp.services import listing
    from adminapp.services.listing import ListQuery

    values = {ctx.actor.name, ctx.db.url if hasattr(ctx.db, "url") else ""}
    for c in listing.list_companies(ctx, ListQuery(limit=100)):
        values.add(c.name_en)
    return {str(v) for v in values if v} | EXAMPLES


def test_every_page_reads_in_chinese(chinese, make_window, ctx, centre, qtbot):
    assert i18n.current() == "zh_CN"
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    data = data_values(ctx, centre) | {str(window.ctx.db.engine.url)}
    problems: dict[str, str] = {}

    def check(where: str, root) -> None:  # noqa: ANN001
        for kind, text in chrome_texts(root):
            words = english_words(text, data)
            if words:
                problems.setdefault(text, f"{where}: {kind}: {text!r} ({', '.join(words)})")

    for page in GUI_PAGES:
        window.show_page(page)
        qtbot.wait(5)
        check(page, window.current_page())
    check("window", window)
    found = sorted(problems.values())
    assert not found, f"{len(found)} English texts in the Chinese window:\n" + "\n".join(found)


def test_english_words_are_found_and_data_is_not_flagged():
    assert english_words("保存(&S)", set()) == []
    assert english_words("全局搜索（Ctrl+K）", set()) == []
    assert english_words("导出 PNG…", set()) == []
    assert english_words("<b>租约</b> L2026-00001", set()) == []
    assert english_words("Save changes", set()) == ["Save", "changes"]
    assert english_words("已登录：Wang Fang", {"Wang Fang"}) == []
    assert english_words("共 3 家企业，显示 GPUs", set()) == []


def _dialogs(ctx, centre, signals, settings):  # noqa: ANN001, ANN202
    """The dialogs staff open most, each built the way its page builds it."""
    from ui.dialogs.application_editor import ApplicationEditor
    from ui.dialogs.approval_limits_dialog import ApprovalLimitsDialog
    from ui.dialogs.booking_dialog import BookingDialog
    from ui.dialogs.charge_dialog import AddChargeDialog
    from ui.dialogs.company_dialog import CompanyDialog
    from ui.dialogs.consultant_dialog import ConsultantDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.lease_dialog import LeaseDialog
    from ui.dialogs.payment_dialog import PaymentDialog
    from ui.dialogs.programme_dialog import ProgrammeDialog
    from ui.dialogs.renew_dialog import RenewDialog
    from ui.dialogs.room_dialog import RoomDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.terminate_dialog import TerminateDialog
    from ui.dialogs.unit_dialog import UnitDialog
    from ui.dialogs.user_dialog import UserDialog

    return {
        "unit": lambda: UnitDialog(None, ctx, centre.units["7F-03"]),
        "company": lambda: CompanyDialog(None, ctx, centre.companies["beta"]),
        "lease": lambda: LeaseDialog(None, ctx, None, company_id=centre.companies["alpha"]),
        "renew": lambda: RenewDialog(None, ctx, centre.leases["L2"]),
        "terminate": lambda: TerminateDialog(None, ctx, centre.leases["L2"]),
        "programme": lambda: ProgrammeDialog(None, ctx),
        "application": lambda: ApplicationEditor(ctx, signals),
        "approval limits": lambda: ApprovalLimitsDialog(None, ctx),
        "user": lambda: UserDialog(None, ctx),
        "booking": lambda: BookingDialog(ctx),
        "consultant": lambda: ConsultantDialog(ctx, None),
        "room": lambda: RoomDialog(ctx, None),
        "payment": lambda: PaymentDialog(None, ctx),
        "charge": lambda: AddChargeDialog(None, ctx),
        "import": lambda: ImportDialog(None, ctx),
        "settings": lambda: SettingsDialog(None, settings),
    }


def test_the_main_dialogs_read_in_chinese(chinese, qtbot, ctx, centre, signals, settings):
    data = data_values(ctx, centre)
    problems: dict[str, str] = {}
    for name, make in _dialogs(ctx, centre, signals, settings).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        for kind, text in chrome_texts(dialog):
            words = english_words(text, data)
            if words:
                problems.setdefault(text, f"{name}: {kind}: {text!r} ({', '.join(words)})")
        dialog.close()
    found = sorted(problems.values())
    assert not found, f"{len(found)} English texts in Chinese dialogs:\n" + "\n".join(found)


def test_import_problems_and_refusals_read_in_chinese(chinese, qtbot, ctx, centre, tmp_path):
    """Problems the services report as data (an import's) and refusals both come in Chinese."""
    from adminapp.errors import ValidationError
    from adminapp.services import companies
    from tests.test_importer import workbook
    from tests.ui.test_import_dialog import bad_sheets, open_dialog

    dialog = open_dialog(qtbot, ctx, workbook(tmp_path / "bad.xlsx", bad_sheets()))
    problems = dialog.problems_model
    messages = [problems.index(r, 3).data() for r in range(problems.rowCount())]
    assert messages and all(re.search(r"[\u4e00-\u9fff]", m) for m in messages), messages
    assert not any("is not a number" in m for m in messages)
    with pytest.raises(ValidationError) as refused:
        companies.create_company(
            ctx,
            companies.CompanyInput(
                name_en="Zeta", credit_code="91310104MA0000012X", segment="base_technology"
            ),
        )
    assert re.search(r"[\u4e00-\u9fff]", refused.value.errors["credit_code"])


def test_charge_descriptions_the_app_wrote_read_in_chinese(chinese):
    from ui.models import display as d

    rent = "Rent L2026-00001 2026-12-01–2026-12-31"
    assert d.charge_description(rent) == "租金 L2026-00001 2026-12-01–2026-12-31"
    corrected = d.charge_description(f"{rent} (the lease now bills ¥1,200.00)")
    assert corrected == "租金 L2026-00001 2026-12-01–2026-12-31 （租约现应收 ¥1,200.00）"
    credit = d.charge_description(f"Credit note for {rent}: rent-free week agreed")
    assert credit == "冲减 租金 L2026-00001 2026-12-01–2026-12-31：rent-free week agreed"
    assert d.charge_description("Meeting room damage") == "Meeting room damage"  # as typed
    assert (
        d.charge_description("Payment received (Bank transfer BOC123)") == "收款（银行转账 BOC123）"
    )
    assert d.charge_description("Payment received (Cash)") == "收款（现金）"
    assert d.charge_description("Payment bounced") == "Payment bounced"
    assert d.charge_description("Payment reversed: bounced") == "收款冲回：bounced"
    assert d.charge_description("Deposit of L2026-00001 applied") == "押金 L2026-00001 已抵扣"


def test_charge_descriptions_stay_as_written_in_english():
    from ui.models import display as d

    rent = "Rent L2026-00001 2026-12-01–2026-12-31"
    assert d.charge_description(f"Credit note for {rent}: x") == f"Credit note for {rent}: x"


def test_the_calendar_names_companies_and_consultants_in_chinese(chinese, ctx, centre):
    import datetime as dt

    from adminapp.services.consultations import views
    from tests.consultation_setup import book, setup_consulting

    setup = setup_consulting(ctx, centre)
    booked = book(ctx, setup, centre.companies["alpha"], 1, 10)
    start = booked.starts_at.replace(hour=0, minute=0)
    shown = views.bookings_between(ctx, start, start + dt.timedelta(days=1))
    one = next(b for b in shown if b.id == booked.id)
    assert re.search(r"[\u4e00-\u9fff]", one.company_name), one.company_name
    assert views.get_booking(ctx, booked.id).company_name == one.company_name

"""The Consultations page: the calendar and the list over a real database, filters, the detail
panel, the quick actions and their enabling, calendar files, the consultants and rooms, and
the company record's Consultations section with its links into the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog

from adminapp.services.consultations import bookings, listing
from adminapp.services.context import CENTRE_TZ
from tests.consultation_setup import book, last_weekdays, setup_consulting
from tests.test_financing_setup import as_user
from ui.pages import consultation_actions
from ui.pages.consultation_filters import period_range
from ui.pages.consultations import ConsultationsPage

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


@pytest.fixture
def booked(ctx, centre, cs):
    """Monday: Alpha with Ada 10:00, Beta with Ben 11:00 (legal, no room); Tuesday: Gamma with
    Ada 14:00, then cancelled."""
    alpha, beta, gamma = (centre.companies[k] for k in ("alpha", "beta", "gamma"))
    a = book(ctx, cs, alpha, 0, 10)
    b = book(ctx, cs, beta, 0, 11, consultant=cs.ben, room=False, topic="legal_ip")
    c = book(ctx, cs, gamma, 1, 14, topic="financing")
    c = bookings.cancel_booking(ctx, c.id, c.version, "Company moved out")
    return {"alpha": a, "beta": b, "gamma": c}


def make_page(qtbot, ctx, signals, settings) -> ConsultationsPage:
    p = ConsultationsPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1300, 760)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    return p


@pytest.fixture
def page(qtbot, ctx, signals, settings, booked, cs):
    p = make_page(qtbot, ctx, signals, settings)
    p.show_target(("view", f"day@{cs.monday}"))
    return p


def listed(page) -> list[str]:
    m = page.model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_day_view_draws_each_booking_in_its_consultants_column(page, booked, cs):
    cal = page.calendar
    assert [c.title for c in cal.columns] == ["Ada Li", "Ben Wu"]
    assert [c.subtitle for c in cal.columns] == ["李雅", "吴斌"]
    ada = cal.booking_rect(booked["alpha"].id)
    ben = cal.booking_rect(booked["beta"].id)
    assert ada is not None and ben is not None
    assert ada.right() < ben.left()  # Ada's column first
    assert ada.top() < ben.top()  # 10:00 above 11:00
    assert cal.booking_rect(booked["gamma"].id) is None  # Tuesday
    assert page.status_text().startswith("2 sessions")
    page.step(1)  # Tuesday: the cancelled session is drawn, not counted
    assert page.day == cs.monday + dt.timedelta(days=1)
    assert cal.booking_rect(booked["gamma"].id) is not None
    assert page.status_text().startswith("0 sessions")


def test_columns_by_room_and_the_week(page, booked, cs):
    page.by_combo.setCurrentIndex(page.by_combo.findData("room"))
    cal = page.calendar
    assert [c.title for c in cal.columns] == ["1F-02 Lotus", "No room"]
    assert cal.booking_rect(booked["alpha"].id).right() < cal.booking_rect(booked["beta"].id).left()
    page.by_combo.setCurrentIndex(page.by_combo.findData("consultant"))
    page.set_view("week")
    assert cal.mode == "week" and cal.days[0] == cs.monday and len(cal.days) == 5
    tuesday = cal.booking_rect(booked["gamma"].id)
    monday = cal.booking_rect(booked["alpha"].id)
    assert tuesday.left() > monday.right() and tuesday.top() == pytest.approx(monday.top())
    assert "Week" in page.period_label.text()
    png = page.calendar.grab()
    assert png.save(str(page.settings.path.parent / "week.png"))
    assert (page.settings.path.parent / "week.png").stat().st_size > 5_000


def test_selecting_in_the_calendar_shows_the_detail_and_history(page, ctx, booked, cs):
    b = booked["alpha"]
    moved = bookings.reschedule_booking(ctx, b.id, b.version, cs.at(0, 13), cs.at(0, 14),
                                        reason="Ada is in a meeting")  # fmt: skip
    page.refresh()
    assert page.select_id(b.id)
    text = page.detail.toPlainText()
    assert moved.reference in text and "Booked" in text
    for part in ("Alpha Models", "Ada Li", "1F-02 Lotus", "Policy applications", "13:00–14:00",
                 "Rescheduled", f"from {cs.at(0, 10):%Y-%m-%d} 10:00–11:00",
                 "Ada is in a meeting"):  # fmt: skip
        assert part in text, part
    assert page.calendar.selected_id == b.id


def test_list_filters_narrow_the_bookings(page, qtbot, booked, cs):
    page.set_view("list")
    refs = {k: v.reference for k, v in booked.items()}
    assert listed(page) == [refs["gamma"], refs["beta"], refs["alpha"]]  # latest first
    page.status_combo.setCurrentIndex(page.status_combo.findData("cancelled"))
    assert listed(page) == [refs["gamma"]]
    page.status_combo.setCurrentIndex(0)
    page.topic_combo.setCurrentIndex(page.topic_combo.findData("legal_ip"))
    assert listed(page) == [refs["beta"]]
    page.topic_combo.setCurrentIndex(0)
    page.consultant_combo.ensure_loaded()
    page.consultant_combo.setCurrentIndex(page.consultant_combo.findData(cs.ada))
    assert listed(page) == [refs["gamma"], refs["alpha"]]
    page.consultant_combo.setCurrentIndex(0)
    page.room_combo.ensure_loaded()
    page.room_combo.setCurrentIndex(page.room_combo.findData(cs.room))
    assert listed(page) == [refs["gamma"], refs["alpha"]]
    page.room_combo.setCurrentIndex(0)
    page.company_combo.ensure_loaded()
    assert page.company_combo.count() == 4  # "All companies" and the three that booked
    page.company_combo.setCurrentIndex(page.company_combo.findData(booked["beta"].company_id))
    assert listed(page) == [refs["beta"]]
    page.company_combo.setCurrentIndex(0)
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_30"))
    assert listed(page) == []  # all two weeks ahead
    assert page.empty_label.isVisible()
    page.period_combo.setCurrentIndex(page.period_combo.findData("upcoming"))
    assert len(listed(page)) == 3
    page.search.setText("吴斌")  # Ben's Chinese name (typed through an input method)
    qtbot.waitUntil(lambda: listed(page) == [refs["beta"]], timeout=1000)
    page.search.setText("贝塔")  # Beta's Chinese name
    qtbot.waitUntil(lambda: listed(page) == [refs["beta"]], timeout=1000)
    page.search.setText("gamma")
    qtbot.waitUntil(lambda: listed(page) == [refs["gamma"]], timeout=1000)
    assert page.select_id(booked["gamma"].id)
    assert "Company moved out" in page.detail.toPlainText()


def test_the_list_model_passes_the_model_tester(page, qtmodeltester):
    page.set_view("list")
    qtmodeltester.check(page.model)


def test_period_ranges():
    today = dt.date(2026, 6, 17)  # a Wednesday
    assert period_range("today", today) == (today, dt.date(2026, 6, 18))
    assert period_range("this_week", today) == (dt.date(2026, 6, 15), dt.date(2026, 6, 22))
    assert period_range("upcoming", today) == (today, None)
    assert period_range("this_month", today) == (dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    with pytest.raises(ValueError):
        period_range("soon", today)


def _now(monkeypatch, moment: dt.datetime) -> None:
    aware = moment.replace(tzinfo=CENTRE_TZ)
    monkeypatch.setattr("adminapp.services.consultations.bookings.centre_now", lambda: aware)
    monkeypatch.setattr(consultation_actions, "centre_now", lambda: aware)


def test_complete_and_no_show_need_the_session_to_have_begun(page, booked, cs, monkeypatch,
                                                             signals, no_popups):  # fmt: skip
    assert page.select_id(booked["alpha"].id)
    assert page.cancel_button.isEnabled() and page.reschedule_button.isEnabled()
    assert not page.complete_button.isEnabled()  # two weeks ahead
    assert not page.no_show_button.isEnabled()
    _now(monkeypatch, cs.at(0, 11, 30))
    page.update_buttons()
    assert page.complete_button.isEnabled()
    with pytest.MonkeyPatch.context():
        emitted = []
        signals.bookingsChanged.connect(lambda: emitted.append(1))
        page.complete_button.click()
    assert emitted and no_popups[-1][0] == "question"
    assert page.booking.status == "completed"
    assert "Completed" in page.detail.toPlainText()
    for button in (page.complete_button, page.no_show_button, page.cancel_button,
                   page.reschedule_button):  # fmt: skip
        assert not button.isEnabled()
    assert page.select_id(booked["beta"].id)
    page.no_show_button.click()
    assert page.booking.status == "no_show", no_popups
    cal = page.calendar
    assert cal.booking(booked["beta"].id).status == "no_show"  # the calendar reloaded


def test_a_refused_action_shows_the_services_message(page, ctx, booked, cs, monkeypatch,
                                                     no_popups):  # fmt: skip
    _now(monkeypatch, cs.at(0, 11, 30))
    assert page.select_id(booked["alpha"].id)
    bookings.cancel_booking(ctx, booked["alpha"].id, None, "at another workstation")
    page.complete_button.click()
    kind, title, text = no_popups[-1]
    assert (kind, title) == ("error", "Could not complete the booking")
    assert "was changed by tester" in text  # the service's words
    assert page.booking.status == "cancelled"  # refreshed


class FakeDialog:
    """Stands in for the dialogs another helper writes: records how it was opened."""

    opened: list = []
    result = QDialog.DialogCode.Accepted
    act = None

    def __init__(self, ctx, *args, **kw) -> None:  # noqa: ANN001
        self.ctx, self.args, self.kw = ctx, args, kw
        FakeDialog.opened.append(self)
        self.booking = None

    def exec(self) -> int:
        if FakeDialog.act is not None:
            self.booking = FakeDialog.act(self)
        return FakeDialog.result


@pytest.fixture
def fake_dialogs(monkeypatch):
    FakeDialog.opened, FakeDialog.act = [], None
    names = []

    def find(module: str, name: str):  # noqa: ANN202
        names.append((module, name))
        return FakeDialog

    monkeypatch.setattr(consultation_actions, "dialog_class", find)
    return names


def test_cancel_and_reschedule_open_their_dialogs(page, ctx, booked, fake_dialogs):
    assert page.select_id(booked["alpha"].id)
    FakeDialog.act = lambda dlg: bookings.cancel_booking(
        dlg.ctx, dlg.args[0].id, dlg.args[0].version, "ill"
    )
    page.cancel_button.click()
    assert fake_dialogs[-1] == ("booking_actions", "CancelBookingDialog")
    assert FakeDialog.opened[-1].args[0].id == booked["alpha"].id  # the BookingView
    assert page.booking.status == "cancelled"
    assert not page.cancel_button.isEnabled()
    assert page.select_id(booked["beta"].id), (
        page.view_mode,
        page.day,
        [b.id for b in page.calendar.bookings],
    )
    page.request("edit")  # Edit, Enter and double-click reschedule
    assert fake_dialogs[-1] == ("booking_actions", "RescheduleDialog")


def test_double_click_on_free_time_offers_a_new_booking_there(page, booked, cs, fake_dialogs):
    FakeDialog.result = QDialog.DialogCode.Rejected
    try:
        when = dt.datetime.combine(cs.monday, dt.time(15, 30), CENTRE_TZ)
        page.calendar.newBookingRequested.emit("consultant", cs.ben, when)
    finally:
        FakeDialog.result = QDialog.DialogCode.Accepted
    assert fake_dialogs == [("booking_dialog", "BookingDialog")]
    assert FakeDialog.opened[-1].kw == {
        "company_id": None, "consultant_id": cs.ben, "room_id": None, "starts_at": when,
    }  # fmt: skip


def test_buttons_follow_the_users_roles(qtbot, ctx, signals, settings, booked, cs):
    finance = make_page(qtbot, as_user(ctx, "f", "finance"), signals, settings)
    finance.show_target(("view", f"day@{cs.monday}"))
    assert finance.select_id(booked["alpha"].id)
    assert not finance.new_button.isEnabled()
    assert not finance.cancel_button.isEnabled()
    assert not finance.reschedule_button.isEnabled()
    assert not finance.allows("new") and not finance.allows("edit")
    assert finance.export_booking_action.isEnabled()  # anyone may take the calendar file
    staff = make_page(qtbot, as_user(ctx, "s", "staff"), signals, settings)
    staff.show_target(("view", f"day@{cs.monday}"))
    assert staff.select_id(booked["alpha"].id)
    assert staff.new_button.isEnabled() and staff.cancel_button.isEnabled()
    staff.set_view("resources")
    assert staff.resources_view.rooms.new_button.isEnabled()
    finance.set_view("resources")
    assert not finance.resources_view.consultants.new_button.isEnabled()
    assert not finance.resources_view.rooms.new_button.isEnabled()


def test_calendar_files_of_a_booking_and_of_a_schedule(page, booked, tmp_path, monkeypatch):
    one, week = tmp_path / "one.ics", tmp_path / "week.ics"
    answers = iter([str(one), str(week)])
    monkeypatch.setattr(consultation_actions, "ask_save_path", lambda _p, _s: next(answers))
    assert page.select_id(booked["alpha"].id)
    page.export_booking_action.trigger()
    text = one.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and f"UID:booking-{booked['alpha'].id}@" in text
    page.set_view("week")
    assert "Ada Li's schedule" in page.export_schedule_action.text()
    page.export_schedule_action.trigger()
    text = week.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1  # Ada's week: the cancelled session is left out


def test_consultants_and_rooms_view(page, cs):
    page.set_view("resources")
    view = page.resources_view
    assert view.consultants.model.rowCount() == 2
    assert view.rooms.model.rowCount() == 1
    row = view.consultants.model.row_at(0)
    assert row.name_en == "Ada Li"
    assert page.status_text() == "2 consultants, 1 rooms"
    assert not page.side.isVisible()


def test_company_record_shows_its_consultations_and_links_to_them(
    make_window, ctx, centre, cs, booked
):
    alpha = centre.companies["alpha"]
    for day in last_weekdays(3):
        start = dt.datetime.combine(day, dt.time(10))
        bookings.create_booking(
            ctx,
            bookings.BookingInput(cs.ada, start, start + dt.timedelta(hours=1), "policy",
                                  company_id=alpha),
            happened=True, outcome="no_show",
        )  # fmt: skip
    window = make_window()
    window.show_page("companies")
    companies = window.current_page()
    assert companies.select_id(alpha)
    text = companies.detail.toPlainText()
    assert "Consultations" in text
    assert "3 no-shows in 90 days — next booking needs a manager's confirmation" in text
    assert booked["alpha"].reference in text
    companies.detail.anchorClicked.emit(QUrl(f"booking:{booked['alpha'].id}"))
    assert window.current_page_name() == "consultations"
    page = window.current_page()
    assert page.view_mode == "day" and page.day == cs.monday
    assert page.calendar.selected_id == booked["alpha"].id
    assert page.booking.id == booked["alpha"].id
    assert "3 no-shows" in page.detail.toPlainText()
    window.show_page("companies")
    companies.detail.anchorClicked.emit(QUrl("consultations"))
    assert page.view_mode == "list"
    assert len(listed(page)) == 4  # Alpha's: the booking and the three no-shows


def test_company_without_consultations_says_so(make_window, centre):
    window = make_window()
    window.show_page("companies")
    page = window.current_page()
    assert page.select_id(centre.companies["beta"])
    assert "No consultations booked." in page.detail.toPlainText()


def test_company_consultations_counts(ctx, centre, booked):
    c = listing.company_consultations(ctx, centre.companies["gamma"])
    assert c.counts == {"cancelled": 1} and c.upcoming == 0
    assert not c.no_shows.flagged


def test_the_real_dialogs_open_with_what_the_page_gives_them(page, booked, cs, monkeypatch):
    from ui.dialogs import booking_actions, booking_dialog

    for cls in (booking_dialog.BookingDialog, booking_actions.CancelBookingDialog,
                booking_actions.RescheduleDialog):  # fmt: skip
        monkeypatch.setattr(cls, "exec", lambda self: QDialog.DialogCode.Rejected)
    when = dt.datetime.combine(cs.monday, dt.time(15, 30), CENTRE_TZ)
    assert page.new_booking(consultant_id=cs.ada, starts_at=when) is None
    assert isinstance(page.dialog, booking_dialog.BookingDialog)
    assert page.select_id(booked["alpha"].id)
    page.reschedule()
    assert isinstance(page.dialog, booking_actions.RescheduleDialog)
    page.cancel()
    assert isinstance(page.dialog, booking_actions.CancelBookingDialog)
    for dialog in (page.dialog,):
        dialog.close()


def test_the_list_view_torn_down_before_the_page_raises_nothing(page):
    """Closing the app on the list view crashed it (a segfault at exit): the view went first,
    and its viewport's last events reached the page's event filter, which asked the dead view
    for its viewport."""
    import shiboken6
    from PySide6.QtCore import QEvent

    page.set_view("list")
    view = page.view
    shiboken6.delete(view)  # as the app's teardown does: the view before the page
    assert not page.eventFilter(page, QEvent(QEvent.Type.Hide))


def test_the_calendar_is_reached_and_used_from_the_keyboard(page, booked, qtbot):
    """Tab lands on the calendar itself (not on its scroll area), the arrows select a session
    and show it in the panel, Enter opens the reschedule dialog."""
    assert not page.calendar_scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Down)
    assert page.selected_booking().id == booked["alpha"].id
    assert booked["alpha"].reference in page.detail.toPlainText()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    assert page.selected_booking().id == booked["beta"].id

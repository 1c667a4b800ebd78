"""Reports: pick a report, its as-of date and filters, export it as a proper Excel workbook.

The export runs off the GUI thread (``ui.worker``) with a progress dialog that can cancel;
the file appears only when complete. The folder last exported to is remembered.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminapp import i18n, permissions, reports
from adminapp.errors import DomainError
from adminapp.models import PLATFORMS
from adminapp.services import building, financing
from adminapp.services.consultations import resources as consulting
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing.workflow import STATUSES
from ui import messages
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.labels import segment_labels
from ui.models import display as d
from ui.pages.base import Page
from ui.settings import Settings
from ui.signals import AppSignals
from ui.worker import BackgroundTask, run_in_background

FOLDER_KEY = "reports/last_folder"


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the workbook (tests replace this); None when the user cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsPage", "Export report"),
        suggested,
        QCoreApplication.translate("ReportsPage", "Excel workbook (*.xlsx)"),
    )
    return path or None


def _words(text: str) -> str:
    """A report's title or description, from the reports' translations (their own file)."""
    return i18n.translate("Reports", text)


def _to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReportsPage(Page):
    name = "reports"
    listens = ("unitsChanged", "consultantsChanged", "roomsChanged")  # the lists in load()

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.task: BackgroundTask | None = None
        self.last_result: reports.ExportResult | None = None
        self._status = ""

        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Excel workbooks for the district and the board: header block, typed cells, "
                "totals that follow the filter."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5f6b73;")

        # --- the reports
        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setMinimumWidth(340)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Lay the items out again when the list narrows, so descriptions wrap, not clip.
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        line = self.fontMetrics().height()
        self._item_labels: list[tuple[QLabel, reports.ReportSpec]] = []
        for spec in reports.REPORTS.values():
            if not permissions.allowed(self.ctx.actor.roles, f"report.{spec.name}"):
                continue  # the service would refuse it: not offered
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(_words(spec.description))
            item.setSizeHint(QSize(0, line * 3 + 16))  # title + two lines of description
            self.list.addItem(item)
            label = QLabel()
            label.setWordWrap(True)
            label.setContentsMargins(8, 4, 8, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.list.setItemWidget(item, label)
            self._item_labels.append((label, spec))
        self.list.currentRowChanged.connect(lambda _row: self._report_changed())
        list_box = QGroupBox(self.tr("Report"))
        QVBoxLayout(list_box).addWidget(self.list)

        # --- its options
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("reportLanguage")
        for code in i18n.LANGUAGES:
            self.lang_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.lang_combo.setToolTip(
            self.tr("The language of the workbook's titles, labels and names")
        )
        self.reset_language()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.go_today()
        today_button = QPushButton(self.tr("Today"))
        today_button.clicked.connect(self.go_today)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(today_button)
        date_row.addStretch(1)

        self.floor_combo = QComboBox()
        self.floor_combo.setMinimumContentsLength(14)
        self.segment_combo = QComboBox()
        self.segment_combo.addItem(self.tr("All segments"), None)
        for code, label in segment_labels().items():
            self.segment_combo.addItem(label, code)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 60)
        self.months_spin.setValue(12)
        self.months_spin.setSuffix(self.tr(" months"))

        # The financing reports' filters.
        self.programme_combo = QComboBox()
        self.programme_combo.setMinimumContentsLength(24)
        self.programme_combo.addItem(self.tr("All programmes"), None)
        for prog in financing.list_programmes(self.ctx):
            label = d.name(prog.name_en, prog.name_zh)
            self.programme_combo.addItem(label, prog.name_en)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_combo.addItem(d.application_status_label(status), status)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem(self.tr("All platforms"), None)
        for platform in PLATFORMS:
            self.platform_combo.addItem(d.platform_label(platform), platform)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1999, 2100)
        self.year_spin.setSpecialValueText(self.tr("The as-of year"))  # shown at 1999: no filter
        self.year_spin.setValue(1999)

        # The consultation reports' filters: a period of months, a consultant, topic, room.
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, unset in (
            (self.from_edit, self.tr("11 months before the last")),
            (self.to_edit, self.tr("The as-of month")),
        ):
            edit.setDisplayFormat("yyyy-MM")
            edit.setMinimumDate(QDate(1999, 12, 1))
            edit.setSpecialValueText(unset)  # shown at the minimum: no filter
            edit.setDate(edit.minimumDate())
        self.consultant_combo = QComboBox()
        self.consultant_combo.setMinimumContentsLength(20)
        self.topic_combo = QComboBox()
        self.topic_combo.addItem(self.tr("All topics"), None)
        for code in consulting.TOPIC_LABELS:
            self.topic_combo.addItem(d.topic_label(code), code)
        self.room_combo = QComboBox()
        self.room_combo.setMinimumContentsLength(14)

        # The billing reports' filters: a company (the statement), companies in credit.
        self.company_picker = CompanyPicker(self.ctx)
        self.company_picker.setObjectName("reportCompany")
        self.in_credit_check = QCheckBox(self.tr("Also list companies in credit"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        as_of_label = QLabel(self.tr("&As of"))
        as_of_label.setBuddy(self.date_edit)
        self.form.addRow(as_of_label, date_row)
        self.form.addRow(self.tr("Lan&guage"), self.lang_combo)
        self.form.addRow(self.tr("&Floor"), self.floor_combo)
        self.form.addRow(self.tr("&Segment"), self.segment_combo)
        self.form.addRow(self.tr("&Look ahead"), self.months_spin)
        self.form.addRow(self.tr("&Programme"), self.programme_combo)
        self.form.addRow(self.tr("S&tatus"), self.status_combo)
        self.form.addRow(self.tr("P&latform"), self.platform_combo)
        self.form.addRow(self.tr("&Year"), self.year_spin)
        self.form.addRow(self.tr("Compa&ny"), self.company_picker)
        self.form.addRow(self.tr("Fro&m"), self.from_edit)
        self.form.addRow(self.tr("T&o"), self.to_edit)
        self.form.addRow(self.tr("&Consultant"), self.consultant_combo)
        self.form.addRow(self.tr("Top&ic"), self.topic_combo)
        self.form.addRow(self.tr("&Room"), self.room_combo)
        self.form.addRow(self.tr("In cr&edit"), self.in_credit_check)
        self.filter_widgets: dict[str, QWidget] = {
            "floor": self.floor_combo,
            "segment": self.segment_combo,
            "months": self.months_spin,
            "programme": self.programme_combo,
            "status": self.status_combo,
            "platform": self.platform_combo,
            "year": self.year_spin,
            "company": self.company_picker,
            "from": self.from_edit,
            "to": self.to_edit,
            "consultant": self.consultant_combo,
            "topic": self.topic_combo,
            "room": self.room_combo,
            "in_credit": self.in_credit_check,
        }

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_label.setOpenExternalLinks(False)
        self.result_label.linkActivated.connect(self._open_link)

        options = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.description)
        options_layout.addLayout(self.form)
        options_layout.addSpacing(8)
        options_layout.addWidget(self.export_button)
        options_layout.addWidget(self.result_label)
        options_layout.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(list_box, 2)
        body.addWidget(options, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

        self.list.setCurrentRow(0)

    # --- Page
    def title(self) -> str:
        return self.tr("Reports")

    def load(self) -> None:
        """Fill the lists that come from the database: floors, consultants, rooms."""
        self._fill(
            self.consultant_combo,
            self.tr("All consultants"),
            [
                (c.name_en, f"{c.name_en} {c.name_zh}".strip())
                for c in consulting.list_consultants(self.ctx)
            ],
        )
        self._fill(
            self.room_combo,
            self.tr("All rooms"),
            [(r.unit_code, r.label) for r in consulting.list_rooms(self.ctx)],
        )
        chosen = self.floor_combo.currentData()
        self.floor_combo.blockSignals(True)
        self.floor_combo.clear()
        self.floor_combo.addItem(self.tr("All floors"), None)
        for floor in building.list_floors(self.ctx):
            self.floor_combo.addItem(d.floor_label(floor.label), floor.label)
        index = self.floor_combo.findData(chosen) if chosen is not None else 0
        self.floor_combo.setCurrentIndex(max(index, 0))
        self.floor_combo.blockSignals(False)

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, label in items:
            combo.addItem(label, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def status_text(self) -> str:
        return self._status

    def focus_search(self) -> None:
        self.list.setFocus()

    # --- choices
    def current_spec(self) -> reports.ReportSpec:
        item = self.list.currentItem() or self.list.item(0)
        return reports.REPORTS[item.data(Qt.ItemDataRole.UserRole)]

    def select_report(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
                return
        raise KeyError(name)

    def as_of(self) -> dt.date:
        return _to_date(self.date_edit.date())

    def language(self) -> str:
        """The workbook's language (``en`` or ``zh_CN``)."""
        return self.lang_combo.currentData()

    def set_language(self, lang: str) -> None:
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(i18n.parse_language(lang)), 0))

    def reset_language(self) -> None:
        """The window's language, the default for the workbook."""
        self.set_language(i18n.current())

    def go_today(self) -> None:
        today = centre_today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))

    def visible_filters(self) -> tuple[str, ...]:
        return tuple(n for n, w in self.filter_widgets.items() if self.form.isRowVisible(w))

    def filters(self) -> dict[str, str]:
        """The chosen report's filters, as export_report takes them ("All" left out)."""
        spec = self.current_spec()
        values: dict[str, str] = {}
        if "floor" in spec.filters and self.floor_combo.currentData() is not None:
            values["floor"] = self.floor_combo.currentData()
        if "segment" in spec.filters and self.segment_combo.currentData() is not None:
            values["segment"] = self.segment_combo.currentData()
        if "months" in spec.filters:
            values["months"] = str(self.months_spin.value())
        for name, combo in (
            ("programme", self.programme_combo),
            ("status", self.status_combo),
            ("platform", self.platform_combo),
            ("consultant", self.consultant_combo),
            ("topic", self.topic_combo),
            ("room", self.room_combo),
        ):
            if name in spec.filters and combo.currentData() is not None:
                values[name] = combo.currentData()
        if "year" in spec.filters and self.year_spin.value() != self.year_spin.minimum():
            values["year"] = str(self.year_spin.value())
        if "company" in spec.filters and self.company_picker.company_id is not None:
            values["company"] = str(self.company_picker.company_id)
        if "in_credit" in spec.filters and self.in_credit_check.isChecked():
            values["in_credit"] = "yes"
        shown = "yyyy-MM-dd" if spec.period_in_days else "yyyy-MM"
        for name, edit in (("from", self.from_edit), ("to", self.to_edit)):
            if name in spec.filters and edit.date() != edit.minimumDate():
                values[name] = edit.date().toString(shown)
        return values

    def _show_period(self, spec: reports.ReportSpec) -> None:
        """A statement's period is of days; the other reports' of months."""
        days = spec.period_in_days
        self.from_edit.setDisplayFormat("yyyy-MM-dd" if days else "yyyy-MM")
        self.to_edit.setDisplayFormat("yyyy-MM-dd" if days else "yyyy-MM")
        self.from_edit.setSpecialValueText(
            self.tr("The first of the To month") if days
            else self.tr("11 months before the last")
        )  # fmt: skip
        self.to_edit.setSpecialValueText(
            self.tr("The as-of date") if days else self.tr("The as-of month")
        )

    def _report_changed(self) -> None:
        spec = self.current_spec()
        for label, item_spec in self._item_labels:
            selected = item_spec is spec
            colour = "#ffffff" if selected else "#1f2a30"
            detail = "#eef4fb" if selected else "#5f6b73"
            label.setText(
                f"<span style='color:{colour}'><b>{html.escape(_words(item_spec.title))}</b>"
                f"</span><br><span style='color:{detail}'>"
                f"{html.escape(_words(item_spec.description))}</span>"
            )
        self.description.setText(_words(spec.description))
        for name, widget in self.filter_widgets.items():
            self.form.setRowVisible(widget, name in spec.filters)
        self._show_period(spec)

    # --- export
    def _last_folder(self) -> Path:
        value = QSettings(str(self.settings.path), QSettings.Format.IniFormat).value(FOLDER_KEY)
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        qs = QSettings(str(self.settings.path), QSettings.Format.IniFormat)
        qs.setValue(FOLDER_KEY, str(folder))
        qs.sync()

    def export(self) -> BackgroundTask | None:
        """Ask for the file, then write the workbook in the background."""
        if self.task is not None and self.task.is_running:
            return self.task
        spec, as_of, filters = self.current_spec(), self.as_of(), self.filters()
        lang = self.language()
        suggested = self._last_folder() / reports.default_filename(spec.name, as_of)
        chosen = ask_save_path(self, str(suggested))
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        if path.parent.is_dir():
            self._remember_folder(path.parent)
        ctx, name = self.ctx, spec.name

        def job(progress: reports.ProgressFn) -> reports.ExportResult:
            # export_report opens its own session in this worker thread, and sets the
            # language there (a context variable: set in the GUI thread it would not reach).
            return reports.export_report(
                ctx, name, path, as_of, filters=filters, progress=progress, lang=lang
            )

        self.export_button.setEnabled(False)
        self._show_result(self.tr("Exporting %1…").replace("%1", html.escape(path.name)))
        self.task = run_in_background(
            self,
            self.tr("Exporting %1…").replace("%1", _words(spec.title)),
            job,
            self._exported,
            self._failed,
        )
        return self.task

    def _exported(self, result: reports.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.last_result = result
        n = result.row_count
        rows = self.tr("1 row") if n == 1 else self.tr("%1 rows").replace("%1", f"{n:,}")
        self._show_result(
            self.tr("Saved %1 (%2). <a href='%3'>Open folder</a>")
            .replace("%1", html.escape(str(result.path)))
            .replace("%2", rows)
            .replace("%3", QUrl.fromLocalFile(str(result.path.parent)).toString())
        )
        self._set_status(
            self.tr("Exported %1 to %2").replace("%1", rows).replace("%2", str(result.path))
        )

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, reports.ReportCancelled):
            text = self.tr("Export cancelled; no file was written.")
            self._show_result(html.escape(text))
            self._set_status(text)
        elif isinstance(exc, DomainError):
            self._show_result("")
            self._set_status(self.tr("Export failed"))
            messages.error(self, self.tr("Could not export"), str(exc))
        else:
            self._show_result("")
            self._set_status(self.tr("Export failed"))
            raise exc  # the error hook logs it and tells the user

    def _show_result(self, rich_text: str) -> None:
        self.result_label.setText(rich_text)

    def _set_status(self, text: str) -> None:
        self._status = text
        self.statusChanged.emit()

    def _open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

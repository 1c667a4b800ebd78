"""Admit or edit a company: names, credit code (checked as typed), segment, stage, contact."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from adminapp import credit_code
from adminapp.services import companies
from adminapp.services.companies import CompanyInput, CompanyView
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.labels import (
    current_code,
    fill_codes,
    segment_labels,
    select_code,
    stage_labels,
)
from ui.widgets.date_edit import OptionalDateEdit


class CompanyDialog(FormDialog):
    DEPENDS = {"admitted_on": ("graduated_on",), "name_zh": ("name_en",)}

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, company_id: int | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.company_id = company_id
        original = companies.get_company(ctx, company_id) if company_id else None
        # The version the form was loaded from: a save over someone else's is refused.
        self.loaded_version = original.version if original else None

        self.name_en_edit = QLineEdit()
        self.name_en_edit.setMaxLength(200)
        self.name_zh_edit = QLineEdit()
        self.name_zh_edit.setMaxLength(200)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(18)
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.setPlaceholderText(self.tr("18 characters (统一社会信用代码)"))
        self.segment_combo = QComboBox()
        fill_codes(self.segment_combo, segment_labels(), self.tr("Choose a segment…"))
        self.stage_combo = QComboBox()
        fill_codes(self.stage_combo, stage_labels())
        self.contact_name_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        self.contact_email_edit = QLineEdit()
        self.contact_email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.admitted_edit = OptionalDateEdit(self.tr("Admitted on"), check_outside=True)
        self.graduated_edit = OptionalDateEdit(self.tr("Graduated on"), check_outside=True)

        form = QFormLayout()
        form.addRow(self.tr("English name"), self.add_field("name_en", self.name_en_edit))
        form.addRow(self.tr("Chinese name"), self.add_field("name_zh", self.name_zh_edit))
        form.addRow(self.tr("Credit code"), self.add_field("credit_code", self.code_edit))
        form.addRow(self.tr("Segment"), self.add_field("segment", self.segment_combo))
        form.addRow(self.tr("Stage"), self.add_field("stage", self.stage_combo))
        form.addRow(self.tr("Contact name"), self.add_field("contact_name", self.contact_name_edit))
        form.addRow(
            self.tr("Contact phone"), self.add_field("contact_phone", self.contact_phone_edit)
        )
        form.addRow(
            self.tr("Contact email"), self.add_field("contact_email", self.contact_email_edit)
        )
        # The check box is the row's label: ticked means the date is known.
        form.addRow(
            self.admitted_edit.check,
            self.add_field("admitted_on", self.admitted_edit, highlight=self.admitted_edit.edit),
        )
        form.addRow(
            self.graduated_edit.check,
            self.add_field("graduated_on", self.graduated_edit, highlight=self.graduated_edit.edit),
        )
        self.compose(form)

        self._load(original)
        self.code_edit.textEdited.connect(self._upper_case)
        for name, edit in (
            ("name_en", self.name_en_edit),
            ("name_zh", self.name_zh_edit),
            ("credit_code", self.code_edit),
            ("contact_name", self.contact_name_edit),
            ("contact_phone", self.contact_phone_edit),
            ("contact_email", self.contact_email_edit),
        ):
            self.watch(name, edit.textChanged)
        self.watch("segment", self.segment_combo.currentIndexChanged)
        self.watch("stage", self.stage_combo.currentIndexChanged)
        self.watch("admitted_on", self.admitted_edit.changed)
        self.watch("graduated_on", self.graduated_edit.changed)
        if original:
            self.setWindowTitle(fill(self.tr("Edit company %1"), original.display_name))
        else:
            self.setWindowTitle(self.tr("Admit a company"))
        self.resize(520, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, company_id: int | None
    ) -> CompanyView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, company_id))

    def _load(self, company: CompanyView | None) -> None:
        today = centre_today()
        if company is None:
            select_code(self.stage_combo, "seed")
            self.admitted_edit.set_date_value(today)
            self.graduated_edit.set_date_value(None, default=today)
            return
        self.name_en_edit.setText(company.name_en)
        self.name_zh_edit.setText(company.name_zh)
        self.code_edit.setText(company.credit_code)
        select_code(self.segment_combo, company.segment)
        select_code(self.stage_combo, company.stage)
        self.contact_name_edit.setText(company.contact_name)
        self.contact_phone_edit.setText(company.contact_phone)
        self.contact_email_edit.setText(company.contact_email)
        self.admitted_edit.set_date_value(company.admitted_on, default=today)
        self.graduated_edit.set_date_value(company.graduated_on, default=today)

    @property
    def company_input(self) -> CompanyInput:
        return CompanyInput(
            name_en=self.name_en_edit.text(),
            name_zh=self.name_zh_edit.text(),
            credit_code=self.code_edit.text(),
            segment=current_code(self.segment_combo),
            stage=current_code(self.stage_combo),
            contact_name=self.contact_name_edit.text(),
            contact_phone=self.contact_phone_edit.text(),
            contact_email=self.contact_email_edit.text(),
            admitted_on=self.admitted_edit.date_value(),
            graduated_on=self.graduated_edit.date_value(),
        )

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            pos = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(pos)

    def live_errors(self) -> dict[str, str]:
        # The service's own form check: the same words as on Save.
        _clean, errors = companies.validate(self.company_input)
        return errors

    def update_hints(self) -> None:
        code = credit_code.normalise(self.code_edit.text())
        valid = len(code) == 18 and credit_code.problem(code) is None
        self.set_hint("credit_code", self.tr("✓ Check digit is correct") if valid else "")

    def reload_saved(self) -> bool:
        fresh = companies.get_company(self.ctx, self.company_id)
        self.loaded_version = fresh.version
        self._load(fresh)
        return True

    def save(self) -> CompanyView:
        if self.company_id:
            return companies.update_company(
                self.ctx, self.company_id, self.company_input, expected_version=self.loaded_version
            )
        return companies.create_company(self.ctx, self.company_input)

"""A searchable company chooser: typing asks the service for matching companies.

The list is filtered in SQL (``find_companies``: name, Chinese name or credit code, limited),
so it stays quick with thousands of companies; nothing is loaded in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from adminapp.services import companies
from adminapp.services.companies import CompanyView
from adminapp.services.context import AppContext


class CompanyPicker(QComboBox):
    """An editable combo; :attr:`company_id` is set once a listed company is chosen."""

    LIMIT = 50
    companyChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        # The completer shows this combo's own (already filtered) items, unfiltered again.
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of a name or credit code"))
        self.lineEdit().textEdited.connect(self.filter)
        self.currentIndexChanged.connect(self.companyChanged)
        self._fill(companies.find_companies(ctx, "", self.LIMIT))
        self.setCurrentIndex(-1)

    def _fill(self, found: list[CompanyView]) -> None:
        self.blockSignals(True)
        self.clear()
        for company in found:
            self.addItem(company.display_name, company.id)
            self.setItemData(self.count() - 1, company.credit_code, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)

    def filter(self, text: str) -> None:
        """Show the companies matching ``text``, keeping what the user typed."""
        pos = self.lineEdit().cursorPosition()
        self._fill(companies.find_companies(self.ctx, text, self.LIMIT))
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self.lineEdit().setText(text)
        self.lineEdit().setCursorPosition(pos)
        self.companyChanged.emit()
        if self.count() and self.lineEdit().hasFocus():
            self.completer().complete()

    @property
    def company_id(self) -> int | None:
        """The chosen company, or ``None`` while the text names none of the listed ones."""
        text = self.currentText()
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 and text else None

    @company_id.setter
    def company_id(self, value: int | None) -> None:
        if value is None:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(value)
        if index < 0:
            company = companies.get_company(self.ctx, value)
            self.insertItem(0, company.display_name, company.id)
            index = 0
        self.setCurrentIndex(index)

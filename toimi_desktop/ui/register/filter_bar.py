"""Search field and filter combos of the register; emits the `RegisterFilter` to show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from toimi_desktop.models.enums import PeriodState, TargetGroup
from toimi_desktop.services import reference
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.register import RegisterFilter
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices

SEARCH_DELAY_MS = 120


class FilterBar(QWidget):
    """Typing waits ~120 ms for more keys before searching; Enter searches at once."""

    filterChanged = Signal(object)  # noqa: N815 - a RegisterFilter
    downPressed = Signal()  # noqa: N815 - Down in the search field: go to the list

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, personal identity code or municipality"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search trainees"))
        self.search.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply)

        self.municipality = ChoiceCombo()
        self.environment = ChoiceCombo()
        self.target_group = ChoiceCombo(enum_choices(TargetGroup),
                                        none_label=self.tr("All target groups"))
        self.period_state = ChoiceCombo(enum_choices(PeriodState),
                                        none_label=self.tr("Any period status"))
        for combo, name in ((self.municipality, self.tr("Municipality")),
                            (self.environment, self.tr("Coaching environment")),
                            (self.target_group, self.tr("Target group")),
                            (self.period_state, self.tr("Period status"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.load_choices()
        self.municipality.currentIndexChanged.connect(self._municipality_changed)
        for combo in (self.environment, self.target_group, self.period_state):
            combo.currentIndexChanged.connect(self.apply)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.municipality, self.environment, self.target_group,
                      self.period_state):
            filters.addWidget(combo)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)

    def load_choices(self) -> None:
        """(Re)load the municipalities and environments the acting user may see."""
        municipalities = reference.municipalities(self._ctx)
        self.municipality.set_choices(
            [(m.key, m.label) for m in municipalities],
            none_label=self.tr("All municipalities") if len(municipalities) != 1 else None)
        self._load_environments()

    def set_context(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self.blockSignals(True)
        self.load_choices()
        self.blockSignals(False)

    def _load_environments(self) -> None:
        code = self.municipality.value()
        envs = reference.environments(self._ctx, str(code) if code else None)
        self.environment.blockSignals(True)
        self.environment.set_choices([(e.key, e.label) for e in envs],
                                     none_label=self.tr("All environments"))
        self.environment.blockSignals(False)

    def _municipality_changed(self) -> None:
        self._load_environments()
        self.apply()

    def current(self) -> RegisterFilter:
        return RegisterFilter(
            text=self.search.text().strip(),
            municipality_code=self.municipality.value() or None,  # type: ignore[arg-type]
            environment_id=self.environment.value() or None,  # type: ignore[arg-type]
            target_group=self.target_group.value(),  # type: ignore[arg-type]
            period_state=self.period_state.value(),  # type: ignore[arg-type]
        )

    def apply(self) -> None:
        """Search now (cancels a pending debounced search)."""
        self._timer.stop()
        self.filterChanged.emit(self.current())

    def clear(self) -> None:
        """Back to everything the user may see, searched once."""
        combos = (self.municipality, self.environment, self.target_group, self.period_state)
        for combo in combos:
            combo.blockSignals(True)
        self.search.clear()
        self._timer.stop()
        for combo in (self.municipality, self.target_group, self.period_state):
            combo.setCurrentIndex(0)
        self._load_environments()
        for combo in combos:
            combo.blockSignals(False)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.downPressed.emit()
            return True
        return super().eventFilter(watched, event)

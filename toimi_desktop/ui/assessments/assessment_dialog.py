"""Write or correct an assessment: template, kind and date, the coach's score and the
trainee's own beside it for each criterion (with last time's score and the level's
description), strengths, needs and notes. Read-only for those who may not assess."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import AssessmentKind
from toimi_desktop.services.assessments import (
    AssessmentInput,
    AssessmentView,
    Template,
    save_assessment,
)
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.field_errors import ERROR_COLOUR
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


class ScoreSpin(QSpinBox):
    """A score on the criterion's scale, or "–" (not scored) just below it."""

    def __init__(self, low: int, high: int, value: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("–")
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("10") + 48)
        self.set_score(value)

    def score(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_score(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class ScoreGrid(QWidget):
    """The criteria of one template, grouped, with the coach's and the trainee's scores."""

    def __init__(self, template: Template, last: AssessmentView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.coach: dict[str, ScoreSpin] = {}
        self.own: dict[str, ScoreSpin] = {}
        self.level_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        headers = [self.tr("Criterion"), self.tr("Last time"), self.tr("Coach"),
                   self.tr("Own") if template.allows_self_assessment else "",
                   self.tr("Level (coach's score)")]
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, column)
        row = 1
        for group in template.groups:
            title = QLabel(group)
            title.setStyleSheet("font-weight: bold; padding-top: 6px;")
            grid.addWidget(title, row, 0, 1, 5)
            row += 1
            for c in (c for c in template.criteria if c.group == group):
                name = QLabel(c.label)
                name.setToolTip("\n".join(f"{k} = {v}" for k, v in sorted(c.levels.items())))
                previous = last.scores.get(c.key, (None, None))[0] if last else None
                grid.addWidget(name, row, 0)
                grid.addWidget(QLabel("–" if previous is None else str(previous)), row, 1)
                self.coach[c.key] = ScoreSpin(c.low, c.high)
                self.coach[c.key].setAccessibleName(c.label)
                grid.addWidget(self.coach[c.key], row, 2)
                if template.allows_self_assessment:
                    self.own[c.key] = ScoreSpin(c.low, c.high)
                    self.own[c.key].setAccessibleName(self.tr("{criterion}, own").format(
                        criterion=c.label))
                    grid.addWidget(self.own[c.key], row, 3)
                level = hint_label("", wrap=False)
                level.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.level_labels[c.key] = level
                grid.addWidget(level, row, 4)
                self.coach[c.key].valueChanged.connect(
                    lambda _v, key=c.key, crit=c: self.level_labels[key].setText(
                        crit.level_text(self.coach[key].score())))
                row += 1
        grid.setColumnStretch(4, 1)

    def scores(self) -> dict[str, tuple[int | None, int | None]]:
        result = {}
        for key, spin in self.coach.items():
            own = self.own[key].score() if key in self.own else None
            if spin.score() is not None or own is not None:
                result[key] = (spin.score(), own)
        return result

    def set_scores(self, scores: dict[str, tuple[int | None, int | None]]) -> None:
        for key, (coach, own) in scores.items():
            if key in self.coach:
                self.coach[key].set_score(coach)
            if key in self.own:
                self.own[key].set_score(own)

    def mark(self, keys: set[str]) -> None:
        for key, spin in (*self.coach.items(), *(("self:" + k, s) for k, s in self.own.items())):
            bad = key in keys
            spin.setStyleSheet(f"QSpinBox {{ border: 1px solid {ERROR_COLOUR}; }}" if bad else "")


class AssessmentDialog(FormDialog):
    min_width = 900

    def __init__(self, session: AppSession, trainee_id: str, trainee_name: str,
                 templates: list[Template], history: list[AssessmentView],
                 existing: AssessmentView | None = None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._trainee_id = trainee_id
        self._existing = existing
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Assessment") if existing else self.tr("New assessment"))
        wrap = self.errors.wrap
        if existing is not None:
            templates = [existing.template]
        self.template = ChoiceCombo([(t.id, self.tr("{name}, version {version}").format(
            name=t.name, version=t.version)) for t in templates])
        self.kind = ChoiceCombo(enum_choices(AssessmentKind))
        self.assessed_on = DateEdit(existing.assessed_on if existing else date.today())
        self.grids = QStackedWidget()
        self._grid_of: dict[str, ScoreGrid] = {}
        for t in templates:
            earlier = [v for v in history if v.template.family == t.family
                       and (existing is None or v.assessed_on < existing.assessed_on)]
            grid = ScoreGrid(t, max(earlier, key=lambda v: v.assessed_on, default=None))
            self._grid_of[t.id] = grid
            self.grids.addWidget(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grids)
        scroll.setMinimumHeight(min(420, max(g.sizeHint().height() for g in
                                             self._grid_of.values()) + 8)
                                if self._grid_of else 100)
        self.texts = {name: QPlainTextEdit() for name in ("strengths", "needs", "notes")}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

        title = QLabel(self.tr("Trainee: {name}").format(name=trainee_name))
        title.setStyleSheet("font-weight: bold;")
        form = form_layout()
        form.addRow(required(self.tr("Template")), wrap("template_id", self.template))
        form.addRow(required(self.tr("Kind")), wrap("kind", self.kind))
        form.addRow(required(self.tr("Date")), wrap("assessed_on", self.assessed_on))
        form.addRow(required(self.tr("Scores")), wrap("scores", scroll))
        form.addRow(self.tr("Strengths"), wrap("strengths", self.texts["strengths"]))
        form.addRow(self.tr("Needs"), wrap("needs", self.texts["needs"]))
        form.addRow(self.tr("Notes"), wrap("notes", self.texts["notes"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save assessment"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Close") if read_only else self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if existing is None and history:  # the family assessed last, most likely again
            latest = max(history, key=lambda v: v.assessed_on).template.family
            self.template.set_value(next((t.id for t in templates if t.family == latest),
                                         self.template.value()))
        self.template.currentIndexChanged.connect(self._template_changed)
        if existing is not None:
            self.kind.set_value(existing.kind)
            self._grid_of[existing.template.id].set_scores(existing.scores)
            for name, edit in self.texts.items():
                edit.setPlainText(getattr(existing, name) or "")
        self._history = history
        self._template_changed()
        if read_only:
            self.save_button.hide()
            for widget in (self.template, self.kind, self.assessed_on, self.grids,
                           *self.texts.values()):
                widget.setEnabled(False)

    def grid(self) -> ScoreGrid:
        return self._grid_of[str(self.template.value())]

    def _template_changed(self) -> None:
        if not self._grid_of:
            return
        grid = self.grid()
        self.grids.setCurrentWidget(grid)
        if self._existing is None:
            used = any(v.template.family == grid.template.family for v in self._history)
            self.kind.set_value(AssessmentKind.INTERIM if used else AssessmentKind.INITIAL)

    def collect(self) -> AssessmentInput:
        return AssessmentInput(
            trainee_id=self._trainee_id, template_id=str(self.template.value() or ""),
            kind=AssessmentKind(self.kind.value()), assessed_on=self.assessed_on.value(),
            scores=self.grid().scores() if self._grid_of else {},
            **{name: edit.toPlainText() for name, edit in self.texts.items()})

    def save(self) -> None:
        self.errors.clear()
        if self._grid_of:
            self.grid().mark(set())
        try:
            result = save_assessment(self._session.ctx, self.collect(),
                                     self._existing.id if self._existing else None)
        except ValidationError as error:
            self.errors.show(error)
            self.grid().mark({k.removeprefix("score:") for k in error.errors})
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("assessment", result.id)

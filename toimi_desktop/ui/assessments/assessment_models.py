"""Table models of the trainee's Assessments tab: the assessments, newest first, and the
change of each criterion group from the first to the latest assessment."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from toimi_desktop.services.assessment_trends import FamilyTrend, GroupTrend
from toimi_desktop.services.assessments import AssessmentView
from toimi_desktop.ui.text import enum_label, format_date, number

AnyIndex = QModelIndex | QPersistentModelIndex
BETTER, WORSE = QColor("#1e7b34"), QColor("#b3261e")


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _number(value: float | None) -> str:
    return "–" if value is None else number(round(value, 1))


class _Table(QAbstractTableModel):
    headers: list[str]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class AssessmentListModel(_Table):
    """Date, kind, template and version, assessor, and the mean of the coach's and the
    trainee's own scores."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentView] = []
        self.headers = [self.tr("Date"), self.tr("Kind"), self.tr("Coach"), self.tr("Own"),
                        self.tr("Template"), self.tr("Assessor")]

    def set_assessments(self, views: Sequence[AssessmentView]) -> None:
        self.beginResetModel()
        self._rows = sorted(views, key=lambda v: (v.assessed_on, v.id), reverse=True)
        self.endResetModel()

    def assessment(self, row: int) -> AssessmentView:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            coach = _mean([c for c, _o in view.scores.values() if c is not None])
            own = _mean([o for _c, o in view.scores.values() if o is not None])
            values = (format_date(view.assessed_on), enum_label(view.kind), _number(coach),
                      _number(own) if own else "", view.template.name, view.assessor or "")
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4:
                return self.tr("Version {version}").format(version=view.template.version)
            return "\n".join(t for t in (view.strengths, view.needs, view.notes) if t) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChangeModel(_Table):
    """Per criterion group: the first and latest coach mean, the change, the latest own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupTrend] = []
        self.headers = [self.tr("Group"), self.tr("First"), self.tr("Latest"),
                        self.tr("Change"), self.tr("Own, latest")]

    def set_trend(self, trend: FamilyTrend | None) -> None:
        self.beginResetModel()
        self._rows = list(trend.groups) if trend else []
        self.endResetModel()

    def group(self, row: int) -> GroupTrend:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and group.change:
            return QBrush(BETTER if group.change > 0 else WORSE)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            point = group.first if column == 1 else group.latest
            return format_date(point.day) if point else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, group: GroupTrend, column: int) -> str | None:
        if column == 0:
            return group.group
        if column in (1, 2):
            point = group.first if column == 1 else group.latest
            return _number(point.coach) if point else "–"
        if column == 3:
            if group.change is None:
                return "–"
            sign = "+" if group.change > 0 else "−" if group.change < 0 else "±"
            return sign + number(round(abs(group.change), 2))
        if column == 4:
            own = next((p.own for p in reversed(group.points) if p.own is not None), None)
            return _number(own)
        return None

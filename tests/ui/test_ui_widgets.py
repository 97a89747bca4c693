"""The small form widgets: optional dates, value combos, tri-state answers, check lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from toimi_desktop.models.enums import TargetGroup
from toimi_desktop.ui.widgets.choices import CheckList, ChoiceCombo, TriStateCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit, OptionalDateEdit


def test_optional_date_starts_unset_and_can_be_set_and_cleared(qtbot) -> None:
    edit = OptionalDateEdit(suggested=date(2026, 3, 1))
    qtbot.addWidget(edit)
    assert edit.value() is None
    assert edit.editor.text() == "Not set"
    qtbot.keyClick(edit.editor, Qt.Key.Key_Up)  # a key on an unset date starts from today
    assert edit.value() == date(2026, 3, 1)
    edit.set_value(date(2025, 12, 24))
    assert edit.editor.text() == "24.12.2025"
    qtbot.keyClick(edit.editor, Qt.Key.Key_Delete)
    assert edit.value() is None
    edit.set_value(date(2025, 12, 24))
    qtbot.mouseClick(edit.findChild(QToolButton), Qt.MouseButton.LeftButton)  # "×"
    assert edit.value() is None


def test_required_date_is_shown_in_finnish_format(qtbot) -> None:
    edit = DateEdit(date(2026, 1, 5))
    qtbot.addWidget(edit)
    assert edit.text() == "5.1.2026"
    assert edit.value() == date(2026, 1, 5)


def test_tri_state_keeps_none_true_and_false_apart(qtbot) -> None:
    combo = TriStateCombo()
    qtbot.addWidget(combo)
    assert combo.value() is None
    assert combo.set_value(False) and combo.value() is False
    assert combo.currentText() == "No"
    assert combo.set_value(True) and combo.value() is True
    assert combo.set_value(None) and combo.value() is None
    assert not combo.set_value(0)  # 0 is not "no"


def test_choice_combo_keeps_its_value_across_new_choices(qtbot) -> None:
    combo = ChoiceCombo([("a", "A"), ("b", "B")], none_label="All")
    qtbot.addWidget(combo)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    combo.set_value("b")
    assert changes == [2]
    combo.set_choices([("c", "C"), ("b", "B")], none_label="All")
    assert combo.value() == "b" and changes == [2]  # same value: no change signal
    combo.set_choices([("c", "C")], none_label="All")
    assert combo.value() is None and changes == [2, 0]


def test_check_list_returns_checked_enum_members(qtbot) -> None:
    groups = CheckList(enum_choices(TargetGroup))
    qtbot.addWidget(groups)
    groups.set_checked(["immigrant", TargetGroup.YOUNG_GRADUATE])
    assert groups.checked_values() == [TargetGroup.IMMIGRANT, TargetGroup.YOUNG_GRADUATE]
    assert groups.item(2).text() == "Immigrant"

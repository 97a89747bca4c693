"""Keyboard and screen-reader paths: every control of every section and of the main dialogs
has a name, and the sections and dialogs can be reached and left with the keyboard."""

from __future__ import annotations

from pprint import pformat

import pytest
from accessibility import show_every_tab, unnamed_controls
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from toimi_desktop.ui.main_window import MainWindow


def test_every_section_names_its_controls(qtbot, window: MainWindow) -> None:
    problems = {}
    for index in range(window.pages.count()):
        window.show_section(index)
        page = window.pages.widget(index)
        show_every_tab(page)
        missing = unnamed_controls(page)
        if missing:
            problems[window.nav.item(index).text()] = missing
    assert problems == {}, pformat(problems)


def test_window_frame_controls_are_named(window: MainWindow) -> None:
    assert unnamed_controls(window.statusBar()) == []
    assert window.nav.accessibleName()


def test_tab_goes_from_the_navigation_into_each_section(qtbot, window: MainWindow) -> None:
    """Ctrl+1…7 (tested in test_ui_window) or the arrow keys in the navigation choose a
    section; Tab then goes into it, so every section is usable without a mouse."""
    window.activateWindow()
    for index in range(window.pages.count()):
        window.show_section(index)
        page = window.pages.widget(index)
        if not any(w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
                   for w in page.findChildren(QWidget)):
            continue  # an information page only (Reports until it is built)
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
        assert page.isAncestorOf(QApplication.focusWidget()), window.nav.item(index).text()


def _dialogs(session, db, world, trainee: str):
    from toimi_desktop.ui.catalogue.environment_dialogs import EnvironmentDialog
    from toimi_desktop.ui.catalogue.order_dialogs import OrderDialog
    from toimi_desktop.ui.catalogue.task_dialogs import TaskDialog
    from toimi_desktop.ui.first_user import FirstUserDialog
    from toimi_desktop.ui.plans.plan_dialog import PlanDialog
    from toimi_desktop.ui.register.period_dialogs import StartPeriodDialog
    from toimi_desktop.ui.register.trainee_dialog import TraineeDialog
    from toimi_desktop.ui.settings_dialog import SettingsDialog
    from toimi_desktop.ui.sync.dialogs import LoginDialog

    env = world["joensuu_env"]
    return [TraineeDialog(session), StartPeriodDialog(session, trainee, "Aino Virtanen"),
            PlanDialog(session, trainee, "Aino Virtanen"), OrderDialog(session, env),
            TaskDialog(session, env), EnvironmentDialog(session), SettingsDialog(session),
            LoginDialog(session), FirstUserDialog(db)]


@pytest.fixture
def trainee(session) -> str:
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    return create_trainee(session.ctx, TraineeInput(
        first_name="Aino", last_name="Virtanen", municipality_code="167")).id


def tab_chain(qtbot, dialog) -> list:
    """The widgets Tab visits from the dialog's first focus, until it comes round again."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    chain = [QApplication.focusWidget()]
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is chain[-1]:
            continue  # Tab moved inside the field (a date's day, month and year)
        if now in chain:
            break
        chain.append(now)
    return chain


def test_main_dialogs_name_their_controls_and_tab_through_them(qtbot, session, db, world,
                                                              trainee) -> None:
    from accessibility import CONTROLS

    problems = {}
    for dialog in _dialogs(session, db, world, trainee):
        qtbot.addWidget(dialog)
        show_every_tab(dialog)
        chain = tab_chain(qtbot, dialog)
        missing = unnamed_controls(dialog)
        # Every visible, enabled control that takes Tab focus is on the Tab path.
        unreachable = [
            f"{type(w).__name__} {w.objectName() or accessible_name_of(w)!r}"
            for w in dialog.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in chain
            and w.focusProxy() is None and not _inside_compound(w, dialog)
            and not _editing_in(w, chain)]
        if missing or unreachable:
            problems[type(dialog).__name__] = {"unnamed": missing, "no Tab": unreachable}
        dialog.reject()
    assert problems == {}, pformat(problems)


def _editing_in(view, chain) -> bool:
    """An editable table is reached when Tab lands in one of its cell editors."""
    from PySide6.QtWidgets import QAbstractItemView

    return isinstance(view, QAbstractItemView) and any(
        w is not None and view.viewport().isAncestorOf(w) for w in chain)


def accessible_name_of(widget) -> str:
    from accessibility import accessible_name

    return accessible_name(widget)


def _inside_compound(widget, root) -> bool:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit

    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit) or (
                parent.focusProxy() is widget):
            return True
        parent = parent.parentWidget()
    return False

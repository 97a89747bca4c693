"""Auto-lock: after some idle minutes (the setting `security.idle_lock_minutes`, 0 = never)
the window is covered and needs the signed-in user's password again.

Locking hides what is on screen without closing anything: open dialogs are hidden and come
back after unlocking with what was typed in them, the window's actions (menus, shortcuts)
are off meanwhile. Unlocking checks the password against the verifier kept on this device
(no network needed in the field); each attempt is logged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.ui.session import AppSession

# What counts as the user being there.
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class LockScreen(QWidget):
    """Covers the whole window: who is signed in, and the password to continue."""

    unlockRequested = Signal(str)  # noqa: N815 - the password typed
    quitRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: palette(window); }"
                           " #lockCard { border: 1px solid palette(mid);"
                           " border-radius: 6px; background: palette(base); }")
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(420)
        title = QLabel(self.tr("TOIMI Desktop is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.quitRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        for widget in (title, self.who, self.password, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.hide()

    def _submit(self) -> None:
        self.unlockRequested.emit(self.password.text())

    def show_for(self, name: str) -> None:
        self.who.setText(self.tr("Signed in as {name}. Your work is kept as it was: type your "
                                 "password to continue.").format(name=name))
        self.password.clear()
        self.error.hide()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.clear()
        self.password.setFocus()


class IdleLock(QObject):
    """Watches the application's input; after `minutes` without any it locks `window`."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, session: AppSession, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.minutes = minutes
        self.screen = LockScreen(window)
        self.screen.unlockRequested.connect(self.unlock)
        self.screen.quitRequested.connect(window.close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)
        self.restart()

    @property
    def is_locked(self) -> bool:
        return self.screen.isVisible()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.restart()

    def restart(self) -> None:
        """Count the idle time from now (0 minutes: never lock by itself)."""
        if self.minutes > 0 and not self.is_locked:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and not self.is_locked:
            self.restart()
        elif kind == QEvent.Type.Resize and watched is self.window and self.is_locked:
            self.screen.setGeometry(self.window.rect())
        return False

    def _covered(self) -> list[QWidget]:
        parts = [self.window.menuBar(), self.window.centralWidget(), self.window.statusBar()]
        return [part for part in parts if part is not None]

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.window and w.isWindow()]
        for widget in self._hidden:
            widget.hide()  # kept as it is, input included; shown again on unlock
        self._disabled = [a for a in self.window.findChildren(QAction)
                          if a.isEnabled() and a is not self.lock_action]
        for action in self._disabled:
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        for part in self._covered():
            part.setEnabled(False)  # nothing under the cover takes focus or keys
        self.screen.show_for(self.session.actor.display_name)
        self.locked.emit()

    def unlock(self, password: str) -> bool:
        """The signed-in user's password opens the window again, as it was."""
        from toimi_desktop.models.access_enums import AccessAction
        from toimi_desktop.services.errors import DomainError
        from toimi_desktop.sync.signin import sign_in
        from toimi_desktop.ui.text import error_text

        actor = self.session.actor
        try:
            signed = sign_in(self.session.db, actor.username, password,
                             action=AccessAction.UNLOCK, online=False, ctx=self.session.ctx)
        except DomainError as error:
            self.screen.refused(error_text(error))
            return False
        if signed.actor.user_id != actor.user_id:
            return False
        self.screen.hide()
        for part in self._covered():
            part.setEnabled(True)
        self.lock_action.setEnabled(True)
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden, self._disabled = [], []
        self.restart()
        self.unlocked.emit()
        return True

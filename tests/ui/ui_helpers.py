"""Helpers for the UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog


def open_dialog(qtbot, cls: type[QDialog]) -> QDialog:
    """The visible dialog of type `cls` (dialogs open with open(), not exec())."""
    found: list[QDialog] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, cls) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=2000)
    return found[-1]

"""Opening the register's dialogs: shared by the list and the trainee view.

Dialogs open window-modal but without a nested event loop (`open()`, not `exec()`); when
one saves, its warnings go to the notice bar and `on_saved` gets the record id. The data
refresh itself comes from the session's `dataChanged` broadcast, not from here.
The dialog modules are imported on first use, off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services import reference
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.register import trainee_details
from toimi_desktop.ui.errors import run_action, show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import message_text

if TYPE_CHECKING:
    from toimi_desktop.ui.register.period_dialogs import ClosePeriodDialog, StartPeriodDialog
    from toimi_desktop.ui.register.trainee_dialog import TraineeDialog

Notice = Callable[[list[str]], None]
Saved = Callable[[str], None]


def _open(dialog: QDialog, on_accepted: Callable[[], None]) -> QDialog:
    dialog.accepted.connect(on_accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_new_trainee(parent: QWidget, session: AppSession, notice: Notice,
                     on_saved: Saved | None = None,
                     default_municipality: str | None = None) -> TraineeDialog:
    from toimi_desktop.ui.register.trainee_dialog import TraineeDialog

    dialog = TraineeDialog(session, default_municipality=default_municipality, parent=parent)

    def saved() -> None:
        notice([message_text(m) for m in dialog.warnings])
        if on_saved and dialog.result_id:
            on_saved(dialog.result_id)

    _open(dialog, saved)
    return dialog


def open_edit_trainee(parent: QWidget, session: AppSession, trainee_id: str, notice: Notice,
                      on_saved: Saved | None = None) -> TraineeDialog | None:
    from toimi_desktop.ui.register.trainee_dialog import TraineeDialog, input_from_details

    details = run_action(parent, lambda: trainee_details(session.ctx, trainee_id))
    if details is None:
        return None
    dialog = TraineeDialog(session, trainee_id=trainee_id, initial=input_from_details(details),
                           parent=parent)

    def saved() -> None:
        notice([message_text(m) for m in dialog.warnings])
        if on_saved and dialog.result_id:
            on_saved(dialog.result_id)

    _open(dialog, saved)
    return dialog


def open_start_period(parent: QWidget, session: AppSession, trainee_id: str,
                      on_saved: Saved | None = None) -> StartPeriodDialog | None:
    details = run_action(parent, lambda: trainee_details(session.ctx, trainee_id))
    if details is None:
        return None
    if details.open_period is not None:
        show_error(parent, _already_open_error())
        return None
    from toimi_desktop.ui.register.period_dialogs import StartPeriodDialog

    name = f"{details.first_name} {details.last_name}"
    dialog = StartPeriodDialog(session, trainee_id, name, details.municipality_code, parent)
    _open(dialog, lambda: on_saved and dialog.result_id and on_saved(dialog.result_id))
    return dialog


def open_close_period(parent: QWidget, session: AppSession, trainee_id: str,
                      on_saved: Saved | None = None) -> ClosePeriodDialog | None:
    details = run_action(parent, lambda: trainee_details(session.ctx, trainee_id))
    if details is None or details.open_period is None:
        return None
    from toimi_desktop.ui.plans.outcome_dialogs import ExitDialog

    period = details.open_period
    # with the ESF+ results on leaving; the name as the trainee view shows it
    dialog = ExitDialog(session, period, parent,
                        trainee_name=f"{details.last_name} {details.first_name}")
    _open(dialog, lambda: on_saved and on_saved(period.id))
    return dialog


def _open_period_dialog(parent: QWidget, session: AppSession, trainee_id: str, make,
                        on_saved: Saved | None) -> QDialog | None:
    """The trainee's open period in a dialog made by `make(period, municipality code)`."""
    details = run_action(parent, lambda: trainee_details(session.ctx, trainee_id))
    if details is None or details.open_period is None:
        return None
    period = details.open_period
    municipality = next((c.group for c in reference.environments(session.ctx)
                         if c.key == period.environment_id), details.municipality_code)
    dialog = make(period, municipality)
    _open(dialog, lambda: on_saved and on_saved(period.id))
    return dialog


def open_edit_period(parent: QWidget, session: AppSession, trainee_id: str,
                     on_saved: Saved | None = None) -> QDialog | None:
    from toimi_desktop.ui.register.period_edit_dialogs import EditPeriodDialog

    return _open_period_dialog(parent, session, trainee_id, lambda period, municipality:
                               EditPeriodDialog(session, period, municipality, parent),
                               on_saved)


def open_pause_or_resume(parent: QWidget, session: AppSession, trainee_id: str,
                         on_saved: Saved | None = None) -> QDialog | None:
    """Pause an active period, or resume a paused one."""
    from toimi_desktop.models.enums import PeriodState
    from toimi_desktop.ui.register.period_edit_dialogs import PauseDialog, ResumeDialog

    def make(period, _municipality):
        kind = ResumeDialog if period.state is PeriodState.PAUSED else PauseDialog
        return kind(session, period, parent)

    return _open_period_dialog(parent, session, trainee_id, make, on_saved)


def _already_open_error() -> DomainError:
    # The same message the service gives, so there is one translation of it.
    return DomainError(N_("errors", "The trainee already has an open period: close it before "
                                    "starting a new one."))

"""The app-level hub: the open database, who is acting, and change broadcasts.

One `AppSession` is made at start-up and passed explicitly to every view (no global).
After a service call changes data, the caller emits `dataChanged`; every view that shows
that kind of data refreshes itself. Widgets never call each other to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from toimi_desktop.models.database import Database
from toimi_desktop.services.context import Actor, ServiceContext, actor_for
from toimi_desktop.services.users import remember_user


class AppSession(QObject):
    """The database, the acting user's `ServiceContext`, and the change broadcast."""

    # (entity, record id): e.g. ("trainee", "0190…") or ("period", "0190…")
    dataChanged = Signal(str, str)  # noqa: N815 - Qt signal naming
    # The acting user changed: views rebuild what depends on the actor's rights.
    actorChanged = Signal()  # noqa: N815

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = ServiceContext(db, actor)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def switch_to(self, actor: Actor) -> None:
        """Act as `actor` (who has just signed in) from now on, and remember them as this
        device's next user."""
        remember_user(self.db, actor.username)
        self.ctx = ServiceContext(self.db, actor)
        self.actorChanged.emit()

    def switch_user(self, username: str) -> None:
        """`switch_to` by user name, without a password: for tests and tools that set up a
        session themselves. The app's File → Switch user goes through the sign-in dialog."""
        self.switch_to(actor_for(self.db, username))

    def notify(self, entity: str, record_id: str = "") -> None:
        """Tell every view that `entity` data changed."""
        self.dataChanged.emit(entity, record_id)

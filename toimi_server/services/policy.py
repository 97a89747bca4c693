"""Who may read and write what: by role and municipalities, for every synced table.

Coordinators see every municipality. Coaches, career agents and business agents read and
write their own municipalities' records. The steering group sees aggregates, not personal
data: it may read only the organisation's records (environments, tasks, packages…) of its
municipalities, and write nothing but its own access-log rows (its sign-ins).

The access log is append-only for everyone (see `push`) and read back by coordinators only:
a coach's device needs no one else's log, and the log says whose data each user looked at.
Coaches' devices get their whole municipalities' records; which trainees a coach may open
(those of the environments they coach) is decided by the app's services.
"""

from __future__ import annotations

from dataclasses import dataclass

from toimi_desktop.models.enums import Role
from toimi_desktop.sync.schema import ACCESS_LOG_TABLE, tables


@dataclass(frozen=True)
class Scope:
    user_id: str
    role: Role
    municipalities: frozenset[str]

    @property
    def all_municipalities(self) -> bool:
        return self.role is Role.COORDINATOR

    @property
    def may_write(self) -> bool:
        return self.role is not Role.STEERING_GROUP

    def may_write_table(self, table: str) -> bool:
        return self.may_write or table == ACCESS_LOG_TABLE

    def covers(self, municipality_code: str) -> bool:
        return self.all_municipalities or municipality_code in self.municipalities

    def readable_tables(self) -> list[str] | None:
        """None: every table."""
        if self.role is Role.STEERING_GROUP:
            return sorted(name for name, info in tables().items() if not info.personal)
        if self.role is not Role.COORDINATOR:
            return sorted(name for name in tables() if name != ACCESS_LOG_TABLE)
        return None

    def may_read_table(self, table: str) -> bool:
        readable = self.readable_tables()
        return readable is None or table in readable

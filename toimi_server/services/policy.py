"""Who may read and write what: by role and municipalities, for every synced table.

Coordinators see every municipality. Coaches, career agents and business agents read and
write their own municipalities' records. The steering group sees aggregates, not personal
data: it may read only the organisation's records (environments, tasks, packages…) of its
municipalities, and write nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from toimi_desktop.models.enums import Role
from toimi_desktop.sync.schema import tables


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

    def covers(self, municipality_code: str) -> bool:
        return self.all_municipalities or municipality_code in self.municipalities

    def readable_tables(self) -> list[str] | None:
        """None: every table."""
        if self.role is Role.STEERING_GROUP:
            return sorted(name for name, info in tables().items() if not info.personal)
        return None

    def may_read_table(self, table: str) -> bool:
        readable = self.readable_tables()
        return readable is None or table in readable

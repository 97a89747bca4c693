"""What a steering summary covers: one municipality, one service area or the whole project,
and which dates. A user may choose only a scope whose every municipality they may see; the
whole project is the coordinators'. Plain sqlite3 (no ORM), safe to call from the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import DomainError, NotFound, PermissionDenied

WHOLE_PROJECT = N_("reports", "The whole TOIMI project")
NO_RIGHTS = N_("errors", "You have no rights to data of this municipality.")
NO_AREA_RIGHTS = N_("errors", "You have no rights to every municipality of {area}.")
ALL_IS_COORDINATORS = N_("errors", "Only a coordinator can summarise the whole project.")
NO_MUNICIPALITY = N_("errors", "No municipality “{name}”.")
NO_AREA = N_("errors", "No service area “{name}”.")
RANGE_ORDER = N_("errors", "The first day ({start}) is after the last day ({end}).")


class ScopeKind(StrEnum):
    MUNICIPALITY = "municipality"
    AREA = "area"
    ALL = "all"


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind
    key: str  # municipality code, service area code, or "" for the whole project
    name: str  # as stored (Finnish place names); the whole project's is translated later
    codes: tuple[str, ...]  # the municipality codes it covers

    def title(self, language: str | None = None) -> str:
        from toimi_desktop.i18n import translate

        return translate("reports", WHOLE_PROJECT, language) if self.kind is ScopeKind.ALL \
            else self.name


def _places(ctx: ReadContext) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    conn = ctx.db.reader()
    municipalities = conn.execute(
        "SELECT code, name, service_area_code FROM municipality ORDER BY name").fetchall()
    areas = dict(conn.execute("SELECT code, name FROM service_area ORDER BY name"))
    return municipalities, areas


def available_scopes(ctx: ReadContext) -> list[Scope]:
    """The scopes the actor may summarise: the whole project (coordinators), the service
    areas all of whose municipalities they see, and their municipalities."""
    municipalities, areas = _places(ctx)
    actor = ctx.actor
    scopes = []
    if actor.sees_all_municipalities:
        scopes.append(Scope(ScopeKind.ALL, "", "", tuple(m[0] for m in municipalities)))
    for code, name in sorted(areas.items(), key=lambda item: item[1]):
        codes = tuple(m[0] for m in municipalities if m[2] == code)
        if codes and all(actor.may_access(c) for c in codes):
            scopes.append(Scope(ScopeKind.AREA, code, name, codes))
    scopes += [Scope(ScopeKind.MUNICIPALITY, code, name, (code,))
               for code, name, _area in municipalities if actor.may_access(code)]
    return scopes


def resolve_scope(ctx: ReadContext, municipality: str | None = None,
                  area: str | None = None) -> Scope:
    """A scope by municipality or service area name or code (case-insensitive); neither
    means the whole project. Raises if the actor may not see all of it."""
    municipalities, areas = _places(ctx)
    actor = ctx.actor
    if municipality:
        wanted = municipality.strip().casefold()
        found = next((m for m in municipalities
                      if wanted in (m[0].casefold(), m[1].casefold())), None)
        if found is None:
            raise NotFound(NO_MUNICIPALITY, name=municipality)
        if not actor.may_access(found[0]):
            raise PermissionDenied(NO_RIGHTS)
        return Scope(ScopeKind.MUNICIPALITY, found[0], found[1], (found[0],))
    if area:
        wanted = area.strip().casefold()
        found = next(((code, name) for code, name in areas.items()
                      if wanted in (code.casefold(), name.casefold())
                      or name.casefold().startswith(wanted)), None)
        if found is None:
            raise NotFound(NO_AREA, name=area)
        codes = tuple(m[0] for m in municipalities if m[2] == found[0])
        if not all(actor.may_access(c) for c in codes):
            raise PermissionDenied(NO_AREA_RIGHTS, area=found[1])
        return Scope(ScopeKind.AREA, found[0], found[1], codes)
    if not actor.sees_all_municipalities:
        raise PermissionDenied(ALL_IS_COORDINATORS)
    return Scope(ScopeKind.ALL, "", "", tuple(m[0] for m in municipalities))


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def default_range(today: date) -> tuple[date, date]:
    """The last full calendar quarter before `today`."""
    end = quarter_start(today) - timedelta(days=1)
    return quarter_start(end), end


def previous_range(start: date, end: date) -> tuple[date, date]:
    """The period of equal length just before: a whole quarter (or month, or year) gives the
    previous quarter (month, year); any other range the same number of days before it."""
    if end < start:
        raise DomainError(RANGE_ORDER, start=start, end=end)
    next_day = end + timedelta(days=1)
    months = (next_day.year - start.year) * 12 + next_day.month - start.month
    if start.day == 1 and next_day.day == 1 and months in (1, 3, 6, 12):
        first_month = start.month - months
        year = start.year + (first_month - 1) // 12
        month = (first_month - 1) % 12 + 1
        return date(year, month, 1), start - timedelta(days=1)
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)

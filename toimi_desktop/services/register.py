"""Read side of the trainee register: search, filter, page, and one trainee's details.

The list is filtered and paged in SQL (FTS5 for text) so it stays responsive at 20,000
trainees; results are plain frozen dataclasses and named tuples, safe to hand to any thread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import (
    EducationLevel,
    EmploymentStatus,
    ExitOutcome,
    Gender,
    PeriodKind,
    PeriodState,
    PeriodStatus,
    Role,
    TargetGroup,
)
from toimi_desktop.services.access import (
    RIGHTS,
    Right,
    coach_scope_queries,
    has_right,
    require_right,
    require_trainee,
    trainee_scope,
)
from toimi_desktop.services.access_log import log_access, log_view
from toimi_desktop.services.actor import Actor, ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.hetu import mask_hetu

PERSONAL_DATA_READERS = tuple(role for role in Role if Right.REGISTER in RIGHTS[role])
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    municipality_code: str | None = None
    environment_id: str | None = None
    target_group: TargetGroup | None = None
    period_state: PeriodState | None = None


class TraineeRow(NamedTuple):
    """One line of the register list (a named tuple: a page of 200 is made per keystroke)."""

    id: str
    last_name: str
    first_name: str
    hetu_masked: str
    birth_date: date | None
    municipality: str
    environment: str | None
    period_state: PeriodState
    target_groups: tuple[TargetGroup, ...]


@dataclass(frozen=True)
class PauseRow:
    start: date
    end: date | None  # None: still paused
    reason: str | None


@dataclass(frozen=True)
class PeriodRow:
    id: str
    environment_id: str
    environment: str
    kind: PeriodKind
    start_date: date
    planned_end_date: date | None
    end_date: date | None
    state: PeriodState
    hours_per_day: float
    days_per_week: int
    coach: str | None
    career_agent: str | None
    goals: str | None
    coaching_package: str | None
    exit_outcome: ExitOutcome | None
    exit_note: str | None = None
    weekdays: str = ""  # ISO weekdays, e.g. "1234"
    coach_id: str | None = None
    career_agent_id: str | None = None
    pauses: tuple[PauseRow, ...] = ()


@dataclass(frozen=True)
class TraineeDetails:
    """A trainee's record as a view shows it: the HETU masked (`reveal_hetu` shows it
    whole, logged); ESF+ special-category entry data only for roles that may see it."""

    id: str
    first_name: str
    last_name: str
    hetu_masked: str
    birth_date: date | None
    gender: Gender
    phone: str | None
    email: str | None
    address: str | None
    languages: tuple[str, ...]
    target_groups: tuple[TargetGroup, ...]
    consent_date: date | None
    referred_by: str | None
    municipality_code: str
    municipality: str
    employment_status: EmploymentStatus | None
    education_level: EducationLevel | None
    esf_flags: dict[str, bool | None] = field(default_factory=dict)
    updated_hlc: str = ""  # the version shown, so a later edit can tell it changed meanwhile
    periods: tuple[PeriodRow, ...] = ()

    @property
    def open_period(self) -> PeriodRow | None:
        return next((p for p in self.periods if p.state is not PeriodState.ENDED), None)


def fts_query(text: str) -> str | None:
    """User text → an FTS5 query: every word must match as a prefix. Quoting each word
    keeps FTS syntax characters in the input from being interpreted."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


# The trainee's current period: the open one if any, else the latest.
_CURRENT_PERIOD = (
    "(SELECT p.id FROM period p WHERE p.trainee_id = t.id AND p.deleted = 0"
    " ORDER BY p.status = 'ended', p.start_date DESC LIMIT 1)"
)
# The same period's status, start and environment in one value (status, start and
# environment id joined by char(31)): one index probe per listed trainee, no second lookup.
_CURRENT_PERIOD_FIELDS = (
    "(SELECT p.status || char(31) || p.start_date || char(31) || p.environment_id"
    " FROM period p WHERE p.trainee_id = t.id AND p.deleted = 0"
    " ORDER BY p.status = 'ended', p.start_date DESC LIMIT 1)"
)


def require_personal_data_reader(actor: Actor) -> None:
    require_right(actor, Right.REGISTER)


class TraineeRegister:
    """Queries behind the register list. One instance per view; cheap to call per keystroke.
    Plain sqlite3 on the calling thread's read connection: no ORM on this hot path.

    Filters that the FTS5 index can answer (text, scope, municipality, target group) run
    entirely inside it, counting and ordering there too; filters on the current period
    (environment, state) fall back to joins on the trainee table.
    """

    def __init__(self, ctx: ReadContext | ServiceContext, today: date | None = None) -> None:
        require_personal_data_reader(ctx.actor)
        self._ctx = ctx
        self._today = today
        self._scope_key: tuple | None = None
        self._scope_name = f"register_scope_{id(self)}"
        self._names_key: tuple | None = None
        self._names: tuple[dict[str, str], dict[str, str]] = ({}, {})

    @property
    def today(self) -> str:
        return (self._today or date.today()).isoformat()

    def _scope_codes(self) -> list[str] | None:
        actor = self._ctx.actor
        return None if actor.sees_all_municipalities else sorted(actor.municipality_codes)

    def _coach_scope(self) -> str | None:
        """A coach's trainees (those of the environments they coach) as a temporary table
        of ids on this thread's read connection, so that each keystroke's query looks ids
        up instead of testing every hit's periods, and beside it (`<name>_rows`) their rows
        in the search index, which a search tests without reading the key table. Made again
        when anyone has committed a change since (`PRAGMA data_version`). None for other
        roles: their scope is their municipalities, which the index itself can filter on."""
        if self._ctx.actor.role is not Role.COACH:
            return None
        conn = self._ctx.db.reader()
        key = (id(conn), conn.execute("PRAGMA data_version").fetchone()[0])
        name = f"temp.{self._scope_name}"
        if self._scope_key != key:
            conn.execute(f"DROP TABLE IF EXISTS {name}")
            conn.execute(f"CREATE TABLE {name} (id TEXT PRIMARY KEY) WITHOUT ROWID")
            for sql, params in coach_scope_queries(self._ctx.actor):
                conn.execute(f"INSERT OR IGNORE INTO {name} {sql}", params)
            conn.execute(f"DROP TABLE IF EXISTS {name}_rows")
            conn.execute(f"CREATE TABLE {name}_rows (rowid INTEGER PRIMARY KEY)")
            conn.execute(f"INSERT INTO {name}_rows SELECT k.rowid FROM trainee_search_key k"
                         f" WHERE k.trainee_id IN {name}")
            conn.commit()  # the temporary table only: ends the implicit transaction
            self._scope_key = key
        return name

    def _names_now(self) -> tuple[dict[str, str], dict[str, str]]:
        """Municipality and environment names by code and id, read again when anyone has
        committed a change since (`PRAGMA data_version`): a page names them from here
        instead of joining both tables for each of its rows."""
        conn = self._ctx.db.reader()
        key = (id(conn), conn.execute("PRAGMA data_version").fetchone()[0])
        if self._names_key != key:
            self._names = (dict(conn.execute("SELECT code, name FROM municipality")),
                           dict(conn.execute("SELECT id, name FROM environment")))
            self._names_key = key
        return self._names

    def _fts_match(self, flt: RegisterFilter, whole_index: bool = False) -> str | None:
        """The whole filter as one FTS5 query, or None when it needs the trainee table.
        `whole_index`: a filter with nothing to match on (no text, target group or
        municipality) matches every indexed trainee through their municipality's tag, as
        counting does: the index holds exactly the trainees not deleted, and counting its
        tags reads a few pages where counting the trainee table reads all of it."""
        text = fts_query(flt.text)
        if flt.environment_id or flt.period_state:
            return None
        if not (text or flt.target_group or whole_index):
            return None
        parts = [f"{{name hetu municipality}} : ({text})"] if text else []
        codes = self._scope_codes()
        if self._ctx.actor.role is Role.COACH:
            codes = None  # the coach's own table limits the hits (`_coach_scope`)
        if codes is not None:
            parts.append(_tags(codes))
        if flt.municipality_code:
            parts.append(f'tags : "m{flt.municipality_code}"')
        if flt.target_group:
            tag = "tg" + TargetGroup(flt.target_group).value.replace("_", "")
            parts.append(f'tags : "{tag}"')
        if not parts:  # every trainee indexed: each carries their municipality's tag
            codes = [c for (c,) in self._ctx.db.reader().execute(
                "SELECT code FROM municipality")]
            parts.append(_tags(codes))
        return " AND ".join(parts)

    def _where(self, flt: RegisterFilter) -> tuple[str, str, list[object]]:
        joins, clauses, params = "", ["t.deleted = 0"], []
        query = fts_query(flt.text)
        if query:
            joins = (" JOIN trainee_search_key k ON k.trainee_id = t.id"
                     " JOIN trainee_search s ON s.rowid = k.rowid")
            clauses.append("trainee_search MATCH ?")
            params.append(f"{{name hetu municipality}} : ({query})")
        coach = self._coach_scope()
        scope, scope_params = (f"t.id IN {coach}", []) if coach else trainee_scope(
            self._ctx.actor)
        if scope != "1":
            clauses.append(scope)
            params.extend(scope_params)
        if flt.municipality_code:
            clauses.append("t.municipality_code = ?")
            params.append(flt.municipality_code)
        if flt.target_group:
            clauses.append("EXISTS (SELECT 1 FROM json_each(t.target_groups) WHERE value = ?)")
            params.append(TargetGroup(flt.target_group).value)
        if flt.environment_id:
            clauses.append(f"(SELECT environment_id FROM period WHERE id = {_CURRENT_PERIOD}) = ?")
            params.append(flt.environment_id)
        if flt.period_state:
            clauses.append(self._state_clause(PeriodState(flt.period_state), params))
        return joins, " AND ".join(clauses), params

    def _state_clause(self, state: PeriodState, params: list[object]) -> str:
        open_exists = ("EXISTS (SELECT 1 FROM period p WHERE p.trainee_id = t.id"
                       " AND p.deleted = 0 AND {cond})")
        if state is PeriodState.NONE:
            return "NOT " + open_exists.format(cond="1")
        if state is PeriodState.ENDED:
            return ("NOT " + open_exists.format(cond="p.status != 'ended'") + " AND "
                    + open_exists.format(cond="p.status = 'ended'"))
        if state is PeriodState.PAUSED:
            return open_exists.format(cond="p.status = 'paused'")
        params.append(self.today)
        if state is PeriodState.PLANNED:
            return open_exists.format(cond="p.status = 'active' AND p.start_date > ?")
        return open_exists.format(cond="p.status = 'active' AND p.start_date <= ?")

    def count(self, flt: RegisterFilter) -> int:
        match = self._fts_match(flt, whole_index=True)
        coach = self._coach_scope() if match is not None else None
        if coach is not None:  # (+: test each hit, not one index query per scope row)
            sql, params = ("SELECT count(*) FROM trainee_search WHERE trainee_search MATCH ?"
                           f" AND +rowid IN {coach}_rows", [match])
        elif match is not None:
            sql, params = ("SELECT count(*) FROM trainee_search WHERE trainee_search MATCH ?",
                           [match])
        else:
            joins, where, params = self._where(flt)
            sql = f"SELECT count(*) FROM trainee t{joins} WHERE {where}"
        return self._ctx.db.reader().execute(sql, params).fetchone()[0]

    def page(self, flt: RegisterFilter, offset: int = 0, limit: int = 200) -> list[TraineeRow]:
        # Pick the page's ids first, then join the display columns for those rows only.
        match = self._fts_match(flt)
        if match is not None:
            coach = self._coach_scope()
            hits = ("SELECT k.trainee_id AS id, k.sort_key AS sort_key FROM trainee_search s"
                    " JOIN trainee_search_key k ON k.rowid = s.rowid"
                    " WHERE trainee_search MATCH ?"
                    + (f" AND +s.rowid IN {coach}_rows" if coach else "")
                    + " ORDER BY k.sort_key LIMIT ? OFFSET ?")
            params: list[object] = [match]
        else:
            joins, where, params = self._where(flt)
            hits = (f"SELECT t.id AS id, t.last_name || char(31) || t.first_name || char(31)"
                    f" || t.id AS sort_key FROM trainee t{joins} WHERE {where}"
                    " ORDER BY t.last_name, t.first_name, t.id LIMIT ? OFFSET ?")
        sql = (
            f"WITH hits AS ({hits})"
            " SELECT t.id, t.last_name, t.first_name, t.hetu, t.birth_date,"
            f" t.municipality_code, t.target_groups, {_CURRENT_PERIOD_FIELDS}"
            " FROM hits JOIN trainee t ON t.id = hits.id ORDER BY hits.sort_key"
        )
        municipalities, environments = self._names_now()
        rows = self._ctx.db.reader().execute(sql, (*params, limit, offset)).fetchall()
        today = self.today
        return [_row(r, today, municipalities, environments) for r in rows]


def _tags(codes: list[str]) -> str:
    """An FTS5 condition: the trainee belongs to one of these municipalities."""
    return "tags : (" + " OR ".join(f'"m{c}"' for c in codes or ["none"]) + ")"


_TARGET_GROUPS = {g.value: g for g in TargetGroup}
_STATES = {s.value: PeriodState(s.value) for s in PeriodStatus}
_FROM_ISO = date.fromisoformat


@lru_cache(maxsize=1024)
def _groups(stored: str | None) -> tuple[TargetGroup, ...]:
    """A trainee's target groups from their JSON text (few distinct texts: cached)."""
    return tuple(_TARGET_GROUPS[g] for g in json.loads(stored)) if stored else ()


def _row(r: tuple, today: str, municipalities: dict[str, str],
         environments: dict[str, str]) -> TraineeRow:
    # Called for every row of every page while the user types: keep it lean. The period's
    # state is `effective_state` on ISO texts: an active period starting after today is
    # planned.
    current = r[7]
    if current:
        status, start, environment_id = current.split("\x1f")
        state = (PeriodState.PLANNED if status == "active" and start > today
                 else _STATES[status])
        environment = environments.get(environment_id)
    else:
        state, environment = PeriodState.NONE, None
    return TraineeRow(r[0], r[1], r[2], mask_hetu(r[3]), _FROM_ISO(r[4]) if r[4] else None,
                      municipalities.get(r[5], r[5]), environment, state, _groups(r[6]))


def trainee_details(ctx: ServiceContext, trainee_id: str, today: date | None = None
                    ) -> TraineeDetails:
    """The trainee's record, for a view (the view is logged, once per VIEW_REPEAT)."""
    from sqlalchemy import select

    from toimi_desktop.models import Environment, Municipality, Period, Trainee, User

    require_trainee(ctx, trainee_id, Right.REGISTER, AccessTarget.RECORD)
    log_view(ctx, trainee_id, AccessTarget.RECORD)
    special = has_right(ctx.actor, Right.SPECIAL)
    today = today or date.today()
    with ctx.db.session() as session:
        trainee = session.get(Trainee, trainee_id)
        names = dict(session.execute(select(User.id, User.display_name)).all())
        environments = dict(session.execute(select(Environment.id, Environment.name)).all())
        periods = session.scalars(
            select(Period).where(Period.trainee_id == trainee_id, Period.deleted.is_(False))
            .order_by(Period.start_date.desc())
        ).all()
        municipality = session.get(Municipality, trainee.municipality_code)
        return TraineeDetails(
            id=trainee.id, first_name=trainee.first_name, last_name=trainee.last_name,
            hetu_masked=mask_hetu(trainee.hetu), birth_date=trainee.birth_date,
            gender=trainee.gender,
            updated_hlc=trainee.updated_hlc,
            phone=trainee.phone, email=trainee.email, address=trainee.address,
            languages=tuple(trainee.languages or ()),
            target_groups=tuple(TargetGroup(g) for g in trainee.target_groups or ()),
            consent_date=trainee.consent_date, referred_by=trainee.referred_by,
            municipality_code=trainee.municipality_code, municipality=municipality.name,
            employment_status=trainee.employment_status,
            education_level=trainee.education_level,
            esf_flags={name: getattr(trainee, name) for name in (
                "disability", "third_country_national", "foreign_background", "minority",
                "homeless", "rural")} if special else {},
            periods=tuple(
                PeriodRow(
                    id=p.id, environment_id=p.environment_id,
                    environment=environments.get(p.environment_id, ""), kind=p.kind,
                    start_date=p.start_date, planned_end_date=p.planned_end_date,
                    end_date=p.end_date, state=p.state_on(today),
                    hours_per_day=p.hours_per_day, days_per_week=p.days_per_week,
                    coach=names.get(p.coach_id), career_agent=names.get(p.career_agent_id),
                    goals=p.goals, coaching_package=p.coaching_package,
                    exit_outcome=p.exit_outcome, exit_note=p.exit_note,
                    weekdays="".join(str(d) for d in sorted(p.scheduled_weekdays)),
                    coach_id=p.coach_id, career_agent_id=p.career_agent_id,
                    pauses=tuple(PauseRow(x.start_date, x.end_date, x.reason)
                                 for x in p.pauses),
                )
                for p in periods
            ),
        )


def reveal_hetu(ctx: ReadContext, trainee_id: str) -> str | None:
    """The trainee's whole personal identity code, shown on an explicit request: every
    reveal is logged."""
    require_trainee(ctx, trainee_id, Right.HETU, AccessTarget.HETU)
    row = ctx.db.reader().execute("SELECT hetu FROM trainee WHERE id = ?",
                                  (trainee_id,)).fetchone()
    log_access(ctx, AccessAction.REVEAL_HETU, AccessTarget.HETU, [trainee_id])
    return row[0] if row else None

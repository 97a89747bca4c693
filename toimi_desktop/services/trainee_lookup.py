"""One trainee from what a person types on the command line: the id, the HETU, or a unique
"Last First" name, within what the actor may see (the register's own scope rules)."""

from __future__ import annotations

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import DomainError, NotFound
from toimi_desktop.services.register import RegisterFilter, TraineeRegister

NO_MATCH = N_("errors", "No trainee matches “{text}”: give the id, the HETU or the name as "
                        "“Last First”.")
AMBIGUOUS = N_("errors", "“{text}” matches {count} trainees: give the id or the HETU.")


def find_trainee(ctx: ReadContext, text: str) -> str:
    """The id of the one trainee `text` names, or a NotFound / DomainError that says why."""
    wanted = " ".join(text.split())
    register = TraineeRegister(ctx)
    conn = ctx.db.reader()
    by_key = conn.execute(
        "SELECT id, municipality_code FROM trainee WHERE deleted = 0 AND (id = ? OR hetu = ?)",
        (wanted, wanted.upper())).fetchall()
    visible = [tid for tid, code in by_key if ctx.actor.may_access(code)]
    if len(visible) == 1:
        return visible[0]
    if not by_key:
        folded = wanted.casefold()
        rows = register.page(RegisterFilter(text=wanted), limit=50)
        visible = [row.id for row in rows
                   if folded in (f"{row.last_name} {row.first_name}".casefold(),
                                 f"{row.first_name} {row.last_name}".casefold())]
        if len(visible) == 1:
            return visible[0]
    if len(visible) > 1:
        raise DomainError(AMBIGUOUS, text=wanted, count=len(visible))
    raise NotFound(NO_MATCH, text=wanted)

"""One trainee from what a person types on the command line: the id, the HETU, or a unique
"Last First" name, within what the actor may see (the register's own scope rules)."""

from __future__ import annotations

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.access import trainee_scope
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
    # Only among the people the actor may see: asking by HETU must not tell whether
    # someone outside that scope exists.
    scope, params = trainee_scope(ctx.actor)
    visible = [tid for (tid,) in ctx.db.reader().execute(
        f"SELECT t.id FROM trainee t WHERE t.deleted = 0 AND (t.id = ? OR t.hetu = ?)"
        f" AND {scope}", (wanted, wanted.upper(), *params))]
    if len(visible) == 1:
        return visible[0]
    if not visible:
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

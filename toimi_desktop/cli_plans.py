"""`toimi report plan`: a trainee's continuation plan as a PDF for signing (the same layout
as the app's Print). Registered under `toimi report` by `cli_reports.add_report`."""

from __future__ import annotations

import argparse
from pathlib import Path

from toimi_desktop.cli_support import (
    EXIT_OK,
    acting_user,
    db_argument,
    out,
    output_path,
    t,
    user_argument,
    written_atomically,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_


def add_plan_report(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser
                    ) -> None:
    parser = kinds.add_parser(
        "plan", parents=[common], help=t(N_("cli", "a trainee's continuation plan (PDF)")),
        description=t(N_("cli", "A trainee's continuation plan for signing by the trainee "
                                "and the career agent (PDF): the current version, or an "
                                "earlier one with --version.")))
    db_argument(parser)
    parser.add_argument("--trainee", required=True, metavar="TRAINEE",
                        help=t(N_("cli", "the trainee: id, HETU or “Last First”")))
    parser.add_argument("--version", type=int, metavar="N",
                        help=t(N_("cli", "an earlier saved version of the plan")))
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the output file, .pdf")))
    user_argument(parser)
    parser.set_defaults(run=_run_plan)


def _run_plan(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import plan
    from toimi_desktop.services.trainee_lookup import find_trainee

    output_path(args.out, (".pdf",))
    with acting_user(args.db, args.user) as ctx:
        report = plan.plan_report(ctx, find_trainee(ctx, args.trainee), args.version)
        with written_atomically(args.out) as target:
            plan.write_pdf(report, target, ctx.actor.display_name, args.lang)
    out(args.out)
    return EXIT_OK

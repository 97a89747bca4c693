"""Subject access from the command line (coordinators):

    toimi report access --db PATH --trainee ID --out FILE.pdf      who has used the data
    toimi export trainee --db PATH --trainee ID --out FILE.pdf|.json   everything about them

The acting user signs in as for every report (`cli_support.acting_user`); making either file
is written to the access log. `report access` is registered by `cli_reports.add_report`.
"""

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


def _trainee_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trainee", required=True, metavar="TRAINEE",
                        help=t(N_("cli", "the trainee: id, HETU or “Last First”")))


def add_access_report(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser
                      ) -> None:
    parser = kinds.add_parser(
        "access", parents=[common],
        help=t(N_("cli", "a person's access report (PDF)")),
        description=t(N_("cli", "Who has used a person's data, when, with which role and "
                                "with what outcome, and who changed it: for a subject "
                                "access request (coordinators).")))
    db_argument(parser)
    _trainee_argument(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the output file, .pdf")))
    user_argument(parser)
    parser.set_defaults(run=_run_access_report)


def _run_access_report(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import access_report
    from toimi_desktop.services.trainee_lookup import find_trainee

    output_path(args.out, (".pdf",))
    with acting_user(args.db, args.user) as ctx:
        report = access_report.access_report(ctx, find_trainee(ctx, args.trainee))
        with written_atomically(args.out) as target:
            access_report.write_pdf(report, target, ctx.actor.display_name, args.lang)
    out(args.out)
    return EXIT_OK


def add_trainee_export(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser
                       ) -> None:
    trainee = kinds.add_parser(
        "trainee", parents=[common],
        help=t(N_("cli", "everything about one trainee (PDF or JSON)")),
        description=t(N_("cli", "Everything stored about one trainee — record, periods and "
                                "outcomes, attendance, assessments, plans and their "
                                "versions, changes and the access log — as a readable PDF "
                                "or a machine-readable JSON file (subject access and "
                                "portability; coordinators).")))
    db_argument(trainee)
    _trainee_argument(trainee)
    trainee.add_argument("--out", required=True, type=Path, metavar="FILE",
                         help=t(N_("cli", "the output file, .pdf or .json")))
    user_argument(trainee)
    trainee.set_defaults(run=_run_export_trainee)


def _run_export_trainee(args: argparse.Namespace) -> int:
    from toimi_desktop.services.subject_access import trainee_export, write_json
    from toimi_desktop.services.trainee_lookup import find_trainee

    kind = output_path(args.out, (".pdf", ".json"))
    with acting_user(args.db, args.user) as ctx:
        data = trainee_export(ctx, find_trainee(ctx, args.trainee), kind)
        with written_atomically(args.out) as target:
            if kind == "pdf":
                from toimi_desktop.reports import subject_access

                subject_access.write_pdf(data, target, ctx.actor.display_name, args.lang)
            else:
                write_json(data, target)
    out(args.out)
    return EXIT_OK

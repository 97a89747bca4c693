"""`toimi report services`: an environment's service catalogue (its work service packages
and task catalogue) as a PDF, or with --package one package's service card. Registered under
`toimi report` by `cli_reports.add_report`."""

from __future__ import annotations

import argparse
from pathlib import Path

from toimi_desktop.cli_support import (
    EXIT_OK,
    acting_user,
    db_argument,
    domain_error,
    out,
    output_path,
    t,
    user_argument,
    written_atomically,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

NO_PACKAGE = N_("errors", "The environment has no service package “{name}”.")


def add_services_report(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser
                        ) -> None:
    parser = kinds.add_parser(
        "services", parents=[common],
        help=t(N_("cli", "an environment's service catalogue (PDF)")),
        description=t(N_("cli", "The work service packages and the task catalogue of a "
                                "coaching environment for the ordering departments (PDF); "
                                "with --package, that package's service card.")))
    db_argument(parser)
    parser.add_argument("--environment", required=True, metavar="NAME",
                        help=t(N_("cli", "the coaching environment's name, e.g. Taitamo")))
    parser.add_argument("--package", metavar="NAME",
                        help=t(N_("cli", "only this service package's card")))
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the output file, .pdf")))
    user_argument(parser)
    parser.set_defaults(run=_run_services)


def _run_services(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import services_catalogue as report

    output_path(args.out, (".pdf",))
    with acting_user(args.db, args.user) as ctx:
        data = report.service_catalogue(ctx, report.find_environment_id(ctx, args.environment))
        package = None
        if args.package:
            package = next((p for p in data.packages if p.name == args.package), None)
            if package is None:
                raise domain_error(NO_PACKAGE, name=args.package)
        with written_atomically(args.out) as target:
            if package is None:
                report.write_catalogue_pdf(data, target, ctx.actor.display_name, args.lang)
            else:
                report.write_service_card(data, package.id, target, ctx.actor.display_name,
                                          args.lang)
    out(args.out)
    return EXIT_OK

"""Incubator Admin: the one entry point.

    python main.py [--database URL] [--demo] [--screenshot FILE [--page NAME]]
    python main.py export NAME --out FILE.xlsx [--as-of YYYY-MM-DD] [--floor F] [--segment S]
        [--months N] [--programme NAME] [--status S] [--platform P] [--year YYYY]
        [--from YYYY-MM] [--to YYYY-MM] [--consultant NAME] [--topic TOPIC] [--room ROOM]
        [--company COMPANY] [--in-credit] [--lang en|zh_CN]
    python main.py export --list
    python main.py demo [--scale N]
    python main.py db upgrade | check
    python main.py db backup FILE | restore FILE [--database URL]

Errors print one line (``error: ...``) and exit non-zero.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

GUI_PAGES = (
    "dashboard",
    "units",
    "stacking",
    "companies",
    "leases",
    "financing",
    "programmes",
    "consultations",
    "billing",
    "reports",
    "audit",
    "users",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, no usage dump
        self.exit(2, f"error: {message} (see: python main.py --help)\n")


def build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: "main.py --database URL export ..." and "main.py export ... --database URL" both
    # work; the subcommand's own default must not overwrite the URL given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $ADMINAPP_DATABASE_URL, else a SQLite file "
        "in the user's data folder)",
    )
    parser = _Parser(
        prog="main.py",
        description="Incubator Admin: leases, financing and consultations for an AI incubator.",
        parents=[common],
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with the demo centre first"
    )
    parser.add_argument(
        "--screenshot", metavar="FILE", type=Path, help="render the main window to a PNG and exit"
    )
    parser.add_argument(
        "--page",
        metavar="NAME",
        help="page to open: " + ", ".join(GUI_PAGES) + " (a view after a colon: "
        "consultations:week, consultations:list, consultations:day@2026-06-15, billing:arrears, "
        "billing:payments, billing:arrears@2026-06-30)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    exp = sub.add_parser("export", parents=[common], help="write a report workbook without the GUI")
    exp.add_argument("report", nargs="?", metavar="NAME", help="report name (see --list)")
    exp.add_argument(
        "--out", metavar="FILE.xlsx", type=Path, help="output file (default: NAME_DATE.xlsx here)"
    )
    exp.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="as-of date (default: today, Asia/Shanghai)"
    )
    exp.add_argument("--list", action="store_true", help="list the reports")
    exp.add_argument(
        "--lang",
        metavar="LANG",
        help="the workbook's language: en or zh_CN (also zh, zh-CN; default: $ADMINAPP_LANG, "
        "else en)",
    )
    exp.add_argument("--floor", metavar="LABEL", help="only this floor, e.g. 7 or B1")
    exp.add_argument(
        "--segment",
        metavar="SEGMENT",
        help="only this segment (rent-roll, lease-expiry, arrears-aging, deposits)",
    )
    exp.add_argument(
        "--months", type=int, metavar="N", help="months ahead (lease-expiry, default 12)"
    )
    exp.add_argument("--programme", metavar="NAME", help="only this financing programme")
    exp.add_argument("--status", metavar="STATUS", help="only this status (financing-pipeline)")
    exp.add_argument("--platform", metavar="PLATFORM", help="only this service platform")
    exp.add_argument("--year", metavar="YYYY", help="budget year (financing reports)")
    exp.add_argument(
        "--from",
        metavar="YYYY-MM",
        help="first month (consultation reports, billing-summary); first day, YYYY-MM-DD "
        "(tenant-statement)",
    )
    exp.add_argument(
        "--to",
        metavar="YYYY-MM",
        help="last month (consultation reports, billing-summary); last day, YYYY-MM-DD "
        "(tenant-statement)",
    )
    exp.add_argument("--consultant", metavar="NAME", help="only this consultant (consultations)")
    exp.add_argument("--topic", metavar="TOPIC", help="only this topic (consultations)")
    exp.add_argument("--room", metavar="ROOM", help="only this meeting room (room-utilisation)")
    exp.add_argument(
        "--company",
        metavar="COMPANY",
        help="the company: number, credit code or exact name (tenant-statement)",
    )
    exp.add_argument(
        "--in-credit",
        action="store_const",
        const="yes",
        help="also list companies in credit (arrears-aging)",
    )

    demo = sub.add_parser(
        "demo", parents=[common], help="fill an empty database with the demo centre"
    )
    demo.add_argument(
        "--scale", type=int, default=1, metavar="N", help="N times larger (benchmarks)"
    )

    dbp = sub.add_parser(
        "db", parents=[common], help="migrate or verify the schema; back up or restore"
    )
    dbp.add_argument("action", choices=("upgrade", "check", "backup", "restore"))
    dbp.add_argument("file", nargs="?", type=Path, metavar="FILE", help="backup file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.database = getattr(args, "database", None)
    from adminapp import cli
    from adminapp.errors import DomainError

    try:
        if args.command == "export":
            return cli.export(args)
        if args.command == "demo":
            return cli.demo(args)
        if args.command == "db":
            return cli.db_command(args)
        if args.page and args.page.split(":")[0] not in GUI_PAGES:
            raise DomainError(f"unknown page {args.page!r}; pages: {', '.join(GUI_PAGES)}")
        ctx = cli.open_context(args.database, demo=args.demo)
        from ui.app import run_gui

        return run_gui(ctx, page=args.page, screenshot=args.screenshot, argv=sys.argv[:1])
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

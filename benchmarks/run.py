"""Every benchmark, one command: ``.venv/bin/python -m benchmarks.run [--quick]``.

Each benchmark prints its own table (ours, the baseline timed in the same run, the ratio and
the target); this runs them one after another in fresh processes. ``--quick`` uses smaller
sizes (10x fewer rows) for a fast look; docs/benchmarks.md records full runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

BENCHMARKS = (
    ("start-up to the painted Dashboard", "benchmarks.bench_startup", [], []),
    (
        "Leases page over 1,000,000 leases",
        "benchmarks.bench_leases_page",
        [],
        ["--leases", "100000"],
    ),
    ("rent-roll export", "benchmarks.bench_rent_roll", [], ["--rows", "10000", "--small", "1000"]),
    ("signing in", "benchmarks.bench_login", [], ["--signins", "5"]),
    (
        "Audit page over 1,000,000 audit entries",
        "benchmarks.bench_audit_page",
        [],
        ["--entries", "100000"],
    ),
    (
        "Financing page over 100,000 applications",
        "benchmarks.bench_financing_page",
        [],
        ["--applications", "10000", "--small", "1000"],
    ),
    (
        "Consultations over 1,000,000 bookings",
        "benchmarks.bench_consultations",
        [],
        ["--bookings", "100000"],
    ),
    (
        "Billing over the demo centre scaled 10x",
        "benchmarks.bench_billing",
        [],
        ["--scale", "2"],
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes for a fast look")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    args = parser.parse_args(argv)
    failed = 0
    for title, module, full, quick in BENCHMARKS:
        if args.only and args.only not in module:
            continue
        print(f"\n== {title} ({module}) ==", flush=True)
        started = time.perf_counter()
        rc = subprocess.call([sys.executable, "-m", module, *(quick if args.quick else full)])
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

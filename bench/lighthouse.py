"""Lighthouse scores of the demo site as it is served: run by bench/lighthouse.sh.

    bash bench/lighthouse.sh [--runs 1] [--reports DIR] [--reuse]

It builds a scratch database (DATABASE_URL's PostgreSQL with the suffix _lighthouse, or a
temporary SQLite file), loads the demo content, collects the static files and serves them with
gunicorn (2 workers) and the production settings over plain http on 127.0.0.1 (no redirect to
https; Lighthouse counts 127.0.0.1 as a secure origin). Then Lighthouse, in its default mobile
mode (a mid-range phone on a slow 4G line, simulated), loads the home page, a concept page and
"FIV nær dig" as a stranger, and the library and a material page as the demo professional, whose
session cookie it sends with --extra-headers. It prints the four category scores and the bytes
transferred of each page, then every audit that cost a page points. The JSON reports stay in
--reports (a temporary folder unless given) for the details.

Performance is measured on this machine's CPU, scaled: on a busy machine a page can lose a few
points to a long task that is not its own. `--runs 3` loads each page three times and keeps the
run with the median performance score, as Lighthouse's own documentation advises.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scratch  # noqa: E402
from hostile import Probe  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def prepare(args):
    """The scratch site's environment, with its database migrated and the demo loaded."""
    url, vendor = scratch.scratch_database_url("lighthouse")
    if vendor == "postgresql":  # the uploads are kept with the database, for --reuse
        media = Path(tempfile.gettempdir()) / f"{url.rpartition('/')[2]}-media"
        if not args.reuse:
            scratch.recreate_postgres(url)
            shutil.rmtree(media, ignore_errors=True)
        media.mkdir(exist_ok=True)
    else:
        media = Path(tempfile.mkdtemp(prefix="fiv-lighthouse-media-"))
    environment = scratch.production_environment(url, media, REQUEST_LOG_LEVEL="WARNING")
    os.environ.pop("REDIS_URL", None)
    os.environ.update(environment)
    print(f"Scratch {vendor} database: {url}", flush=True)
    scratch.load_demo_site()  # the demo loader is idempotent: quick when loaded
    return environment


def addresses():
    """(name, path, as the professional) of each page measured."""
    from home.models import ConceptPage
    from library.models import LibraryIndexPage, MaterialPage
    from network.models import MunicipalityIndexPage

    danish = {"locale__language_code": "da"}
    return [
        ("home", "/", False),
        ("concept page", ConceptPage.objects.live().filter(depth=3, **danish).first().url, False),
        ("FIV nær dig", MunicipalityIndexPage.objects.get(depth=3, **danish).url, False),
        ("library", LibraryIndexPage.objects.get(**danish).url, True),
        ("material page", MaterialPage.objects.live().filter(**danish).first().url, True),
    ]


def lighthouse(url, report, headers):
    """Lighthouse's JSON report of one address, in its default (mobile) mode."""
    command = [
        os.environ.get("LIGHTHOUSE", "lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--chrome-flags=--headless=new --no-sandbox",
    ]
    if headers:
        command.append("--extra-headers=" + json.dumps(headers))
    subprocess.run(command, check=True)  # noqa: S603
    return json.loads(report.read_text())


def lost_points(result):
    """The audits that weigh in a category's score and did not pass, as 'category: audit'."""
    lost = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                lost.append(f"{name}: {audit['id']} {audit['score']:.2f}{value}")
    return lost


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=Path, help="keep the JSON reports here")
    parser.add_argument(
        "--runs", type=int, default=1, help="runs per page; the one of median performance counts"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="PostgreSQL: keep the scratch database and its demo"
    )
    args = parser.parse_args()
    reports = args.reports or Path(tempfile.mkdtemp(prefix="fiv-lighthouse-"))
    reports.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    environment = prepare(args)
    pages = addresses()
    port = scratch.free_port()
    base = f"http://127.0.0.1:{port}"
    log = (reports / "server.log").open("w")
    server = scratch.serve(environment, port, stdout=log, stderr=log)
    rows, failures = [], {}
    try:
        password = os.environ.get("DEMO_PASSWORD", "fiv-demo-2026")
        from home.demo.users import PROFESSIONAL

        cookies = Probe(base, []).login(PROFESSIONAL, password)
        if "sessionid" not in cookies:
            raise SystemExit(f"Could not log in as {PROFESSIONAL}")
        professional = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        for name, path, logged_in in pages:
            print(f"Lighthouse: {name} ({path})", flush=True)
            runs = []
            for run in range(1, args.runs + 1):
                stem = name.replace(" ", "-").replace("æ", "ae")
                report = reports / (f"{stem}-{run}.json" if args.runs > 1 else f"{stem}.json")
                result = lighthouse(base + path, report, professional if logged_in else None)
                if result.get("runtimeError"):
                    raise SystemExit(f"{name}: {result['runtimeError']['message']}")
                if result["finalDisplayedUrl"] != base + path:
                    raise SystemExit(f"{name}: ended on {result['finalDisplayedUrl']}")
                runs.append(result)
            runs.sort(key=lambda result: result["categories"]["performance"]["score"])
            result = runs[len(runs) // 2]  # the run with the median performance
            scores = [round(result["categories"][c]["score"] * 100) for c in CATEGORIES]
            kib = result["audits"]["total-byte-weight"]["numericValue"] / 1024
            rows.append([name + (" (logged in)" if logged_in else ""), *scores, f"{kib:.0f}"])
            failures[name] = lost_points(result)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()

    header = ["page", "performance", "accessibility", "best practices", "SEO", "KiB"]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    print()
    for row in [header, *rows]:
        cells = [str(cell).rjust(width) for cell, width in zip(row, widths, strict=True)]
        cells[0] = str(row[0]).ljust(widths[0])
        print("  ".join(cells))
    for name, lost in failures.items():
        for line in lost:
            print(f"  {name}: {line}")
    print(
        f"\nReports and the server's log: {reports}; {time.perf_counter() - started:.0f} s in all"
    )


if __name__ == "__main__":
    main()

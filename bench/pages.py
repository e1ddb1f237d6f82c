"""Pages per second: the demo site served as in production, cached and uncached.

    .venv/bin/python bench/pages.py [--seconds 5] [--connections 10] [--redis] [--reuse]

It builds a scratch database (DATABASE_URL's PostgreSQL with the suffix _pages, or a temporary
SQLite file), loads the demo content and serves it with gunicorn (gunicorn.conf.py, 2 workers)
and the production settings, the page cache in its private folder of files (the embedded
default, cms/cache.py) or, with --redis, in Redis (REDIS_URL, or database 14 of the local Redis, emptied first). Then, for each
address, `--connections` clients ask for it as fast as they can for `--seconds`: public pages
as a stranger (from the page cache), the same pages with a query string that no page reads and
that the cache does not store (uncached), a static file, and the professional area as the
logged-in demo professional: as readers get them most of the time (the pages that readers of
the same groups share, home/readercache.py), and built for every request as right after a
change (a second server with READER_CACHE_SECONDS=0). It prints requests per second, the median (p50) and 99th percentile
(p99) time, each address's rate as a share of the static file's, and the SQL queries of the page
built uncached. The load generator is Python threads on the same machine (wrk, when installed, is
used instead): it takes CPU from the server, so the figures are lower bounds.

Then the weight of a first visit (a fresh browser, an empty cache) to the Danish home page at
375 and 1280 px, in Debian's chromium through Playwright (bench/weight.py): the bytes transferred,
the number of requests and the heaviest ones. Static files come compressed (Chromium asks for
brotli from 127.0.0.1 as it does over https); the page itself comes uncompressed, as gunicorn
sends it (a proxy in front may compress it), so a visitor may get a little less.
"""

import argparse
import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from hostile import Probe  # noqa: E402
from scratch import (  # noqa: E402
    free_port,
    load_demo_site,
    production_environment,
    scratch_database,
    serve,
)
from weight import CHROMIUM, DESKTOP, PHONE, FirstVisit, launch  # noqa: E402

UNCACHED = "?bench=uncached"  # a parameter no page reads, which the page cache never stores


def prepare(args):
    url, vendor = scratch_database("pages", reuse=args.reuse)
    environment = production_environment(
        url,
        # The same folder every run: a kept database's images are still there with --reuse.
        os.path.join(tempfile.gettempdir(), "fiv-pages-media"),
        ALLOWED_HOSTS="127.0.0.1,testserver",
        PAGE_CACHE_SECONDS="600",
        REQUEST_LOG_LEVEL="WARNING",  # a line per request would cost the workers time and bury the figures
    )
    if not args.redis:
        os.environ.pop("REDIS_URL", None)
    else:
        environment["REDIS_URL"] = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
    os.environ.update(environment)
    print(f"Scratch {vendor} database: {url}; page cache in {'Redis' if args.redis else 'files'}")
    load_demo_site(fresh=not args.reuse)
    from django.core.cache import caches

    caches["pages"].clear()
    return environment


def addresses():
    from home.models import ConceptPage, NewsIndexPage
    from library.models import LibraryIndexPage, MaterialPage
    from network.models import MeetingIndexPage, MunicipalityIndexPage, ProfessionalAreaPage

    danish = {"locale__language_code": "da"}
    public = {
        "home (da)": "/",
        "home (en)": "/en/",
        "concept page": ConceptPage.objects.live().filter(depth=3, **danish).first().url,
        "news list": NewsIndexPage.objects.get(**danish).url,
        "FIV near you": MunicipalityIndexPage.objects.get(depth=3, **danish).url,
    }
    area = {
        "area front page": ProfessionalAreaPage.objects.get(**danish).url,
        "library": LibraryIndexPage.objects.get(**danish).url,
        "material": MaterialPage.objects.live().filter(**danish).first().url,
        "meeting list": MeetingIndexPage.objects.get(**danish).url,
    }
    return public, area


def query_counts(public, area, username):
    """The SQL queries of each page built uncached, through Django's test client."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    counts = {}
    stranger, professional = Client(), Client()
    professional.force_login(get_user_model().objects.get(username=username))
    for client, pages, suffix in [(stranger, public, UNCACHED), (professional, area, "")]:
        for name, path in pages.items():
            with override_settings(READER_CACHE_SECONDS=0):  # built, not shared
                client.get(path + suffix, secure=True)
                with CaptureQueriesContext(connection) as queries:
                    client.get(path + suffix, secure=True)
            counts[name] = len(queries)
    return counts


def load(port, path, cookies, seconds, connections):
    """(requests per second, p50 ms, p99 ms, non-200 answers) for one address."""
    headers = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    timings, errors = [], []
    deadline = time.perf_counter() + seconds

    def client():
        mine, failed = [], 0
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            finally:
                connection.close()
            mine.append(time.perf_counter() - started)
        timings.extend(mine)
        errors.append(failed)

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    return len(timings) / elapsed, statistics.median(timings) * 1000, p99 * 1000, sum(errors)


def load_with_wrk(port, path, cookies, seconds, connections):
    command = [
        "wrk",
        f"-t{min(connections, 2)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "X-Forwarded-Proto: https",
    ]
    if cookies:
        command += ["-H", "Cookie: " + "; ".join(f"{k}={v}" for k, v in cookies.items())]
    output = subprocess.run(  # noqa: S603
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout

    def ms(label):
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, ms("50"), ms("99"), int(errors.group(1)) if errors else 0


def run_jobs(measure, port, jobs, args):
    rows = []
    for name, path, cookies, queries in jobs:
        measure(port, path, cookies, 1, 2)  # warm the workers and the caches
        rate, p50, p99, errors = measure(port, path, cookies, args.seconds, args.connections)
        rows.append((name, rate, p50, p99, errors, queries))
        print(f"  {name}: {rate:.0f}/s", flush=True)
    return rows


def page_weights(port):
    """(name, bytes, requests, heaviest) of a first visit to the home page at each width."""
    if not shutil.which(CHROMIUM):
        print(f"{CHROMIUM} is not installed (apt-get install chromium): no page weights")
        return []
    from playwright.sync_api import sync_playwright

    weights = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for name, viewport in [("375 px", PHONE), ("1280 px", DESKTOP)]:
            visit = FirstVisit(browser, f"http://127.0.0.1:{port}/", viewport)
            try:
                weights.append((name, visit.total, len(visit.requests), visit.largest(4)))
            finally:
                visit.close()
        browser.close()
    return weights


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--redis", action="store_true", help="the page cache in Redis")
    parser.add_argument("--reuse", action="store_true", help="keep the scratch database")
    args = parser.parse_args()

    environment = prepare(args)
    if args.redis:
        import redis

        redis.Redis.from_url(environment["REDIS_URL"]).flushdb()
    public, area = addresses()
    username = "fagperson"
    counts = query_counts(public, area, username)
    from django.core.cache import caches

    caches["pages"].clear()  # the test client above filled nothing, but start from empty
    measure = load_with_wrk if shutil.which("wrk") else load
    port = free_port()
    server = serve(environment, port)
    rows = []
    try:
        password = os.environ.get("DEMO_PASSWORD", "fiv-demo-2026")
        professional = Probe(f"http://127.0.0.1:{port}", []).login(username, password)
        if "sessionid" not in professional:
            raise SystemExit("The demo professional could not log in.")
        jobs = [("static file", "/static/home/css/site.css", None, None)]
        for name, path in public.items():
            jobs.append((f"{name}, cached", path, None, counts[name]))
            jobs.append((f"{name}, uncached", path + UNCACHED, None, counts[name]))
        for name, path in area.items():
            jobs.append((f"{name} (logged in)", path, professional, counts[name]))
        rows += run_jobs(measure, port, jobs, args)
        weights = page_weights(port)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    # The same pages behind login built for every request, as right after a change: a server
    # whose readers share nothing (READER_CACHE_SECONDS=0, home/readercache.py).
    server = serve({**environment, "READER_CACHE_SECONDS": "0"}, port)
    try:
        professional = Probe(f"http://127.0.0.1:{port}", []).login(username, password)
        jobs = [
            (f"{name} (logged in, built)", path, professional, counts[name])
            for name, path in area.items()
        ]
        rows += run_jobs(measure, port, jobs, args)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    static = rows[0][1]
    tool = "wrk" if measure is load_with_wrk else "Python threads"
    print(f"\n{args.connections} connections, {args.seconds} s each, {tool}, gunicorn 2 workers")
    print(f"{'address':<34} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'vs static':>9} {'SQL':>4}")
    for name, rate, p50, p99, errors, queries in rows:
        note = f"  ({errors} not 200)" if errors else ""
        print(
            f"{name:<34} {rate:>7.0f} {p50:>7.1f} {p99:>7.1f} {rate / static:>9.2f} "
            f"{'' if queries is None else queries:>4}{note}"
        )
    if weights:
        print("\nThe home page (da) on a first visit, Debian's chromium, bytes over the wire")
    for name, total, requests, heaviest in weights:
        print(f"{name}: {total / 1000:.1f} kB in {requests} requests; the heaviest:")
        for size, encoding, url in heaviest:
            print(f"  {size / 1000:>6.1f} kB {encoding or '-':<4} {urlsplit(url).path}")


if __name__ == "__main__":
    main()

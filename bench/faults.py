"""Faults under load: a PostgreSQL restart, then Redis gone, and how long the site takes to heal.

    .venv/bin/python bench/faults.py [--seconds 20] [--threads 8] [--fault-at 6]

It starts a PostgreSQL cluster and a Redis server of its own (on free ports, in a temporary
folder, so that nobody else's database or cache is touched), loads the demo into it and serves
it with gunicorn (2 workers) and the production settings. Then two runs of a bounded load
(`--threads` clients asking public pages in a loop for `--seconds`):

1. PostgreSQL is restarted (`pg_ctl restart -m fast`) `--fault-at` seconds in;
2. Redis is stopped `--fault-at` seconds in (and not started again).

For each it prints the requests, the errors (5xx or no answer), the errors among requests that
started after the service was back, and the seconds from the service being back until every
request succeeds again. PostgreSQL's tools run as the user `postgres` when started as root.
Nothing in it is a test: it measures.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scratch import free_port, production_environment, serve  # noqa: E402

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PAGES = ["/", "/en/", "/search/?query=f%C3%A6dre", "/sitemap.xml"]


def as_postgres(command):
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Cluster:
    """A PostgreSQL cluster of our own."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.data = self.folder / "pgdata"
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        subprocess.run(  # noqa: S603
            as_postgres(
                [str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"]
            ),
            check=True,
            capture_output=True,
        )

    def ctl(self, action, *extra):
        command = [str(PG_BIN / "pg_ctl"), action, "-D", str(self.data), "-w", *extra]
        if action != "stop":
            options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
            command += ["-o", options, "-l", str(self.folder / "postgres.log")]
        subprocess.run(as_postgres(command), check=True, capture_output=True)  # noqa: S603

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/fiv"


def prepare(cluster, redis_port, media):
    import psycopg2

    connection = psycopg2.connect(f"postgres://postgres@127.0.0.1:{cluster.port}/postgres")
    connection.autocommit = True
    connection.cursor().execute("CREATE DATABASE fiv")
    connection.close()
    environment = {
        **os.environ,
        **production_environment(
            cluster.url,
            media,
            REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
            REQUEST_LOG_LEVEL="WARNING",
        ),
    }
    python = str(ROOT / ".venv" / "bin" / "python")
    for command in [
        ["migrate", "--no-input"],
        ["load_demo_content", "--force"],
        ["collectstatic", "--no-input"],
    ]:
        subprocess.run(  # noqa: S603
            [python, "manage.py", *command, "-v", "0"],
            cwd=ROOT,
            env=environment,
            check=True,
        )
    return environment


def load(base, seconds, threads):
    """[(started, ended, ok)] of every request sent by `threads` clients for `seconds`."""
    results, lock = [], threading.Lock()
    stop = time.monotonic() + seconds

    def client(number):
        i = number
        while time.monotonic() < stop:
            path = PAGES[i % len(PAGES)]
            i += 1
            started = time.monotonic()
            try:
                with urllib.request.urlopen(base + path, timeout=10) as response:  # noqa: S310
                    response.read()
                    ok = response.status < 500
            except urllib.error.HTTPError as error:
                ok = error.code < 500
            except OSError:
                ok = False
            with lock:
                results.append((started, time.monotonic(), ok))

    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    return workers, results


def report(name, results, back, since="it was back"):
    failed = [(started, ended) for started, ended, ok in results if not ok]
    after = [started for started, ended in failed if started >= back]
    last_failure = max((ended for started, ended in failed), default=None)
    healed = max(0.0, last_failure - back) if last_failure is not None else 0.0
    print(
        f"{name}: {len(results)} requests, {len(failed)} errors, "
        f"{len(after)} errors in requests started after {since}, "
        f"every request succeeds again {healed:.1f} s after {since}"
    )


def run(base, args, fault, name, since="it was back"):
    workers, results = load(base, args.seconds, args.threads)
    time.sleep(args.fault_at)
    started = time.monotonic()
    fault()
    back = time.monotonic()
    for worker in workers:
        worker.join()
    report(f"{name} (it took {back - started:.1f} s)", results, back, since)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--fault-at", type=float, default=6)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="fiv-faults-"))
    cluster = Cluster(folder)
    cluster.ctl("start")
    redis_port = free_port()
    redis = subprocess.Popen(  # noqa: S603
        [
            shutil.which("redis-server"),
            "--port",
            str(redis_port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    server = None
    try:
        environment = prepare(cluster, redis_port, folder / "media")
        port = free_port()
        log_path = Path(tempfile.gettempdir()) / "fiv-faults-site.log"
        log = open(log_path, "w")  # open while the server runs
        print(f"The site's log (JSON lines): {log_path}")
        server = serve(
            environment, port, "--no-control-socket", stdout=log, stderr=subprocess.STDOUT
        )
        base = f"http://127.0.0.1:{port}"
        for path in PAGES:  # warm up: every worker has a connection and the pages are cached
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
        print(
            f"{args.threads} clients for {args.seconds:.0f} s each, the fault {args.fault_at} s in"
        )
        run(base, args, lambda: cluster.ctl("restart", "-m", "fast"), "PostgreSQL restart")
        run(base, args, redis.terminate, "Redis stopped", since="it stopped")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(30)
        redis.terminate()
        cluster.ctl("stop", "-m", "fast")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

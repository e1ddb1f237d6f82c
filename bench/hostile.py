"""A hostile probe: the requests an attacker would send, against the demo site as it is served.

    .venv/bin/python bench/hostile.py [--requests 10000] [--threads 8] [--reuse]

It builds a scratch database (DATABASE_URL's PostgreSQL with the suffix _hostile, or a temporary
SQLite file), loads the demo content and serves it with gunicorn (2 workers) and the production
settings, with Redis as the shared cache (REDIS_URL, or database 15 of the local Redis, emptied
first) so that the cache can be counted. Then it sends, in parallel: path traversal in every
spelling towards the private files, malformed ids, huge and random parameters, random facet values
as a logged-in professional, zip bombs uploaded as a logged-in contributor, and 1,000 wrong
passwords spread over 50 client addresses. It prints the number of server errors (5xx), the bytes
of private files found in any answer to a stranger, the cache keys the probe added beyond those of
ordinary use, and the peak memory of each gunicorn worker. Nothing in it is a test: it measures.
"""

import argparse
import os
import random
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import (  # noqa: E402
    free_port,
    load_demo_site,
    production_environment,
    scratch_database,
    serve,
)

JUNK = ["-1", "0", "1e5", "%00", "99999999999999999999", "abc", "%EF%BC%91", "%27%22%3E", "%2e%2e"]
TRAVERSALS = [
    "{prefix}../{target}",
    "{prefix}%2e%2e/{target}",
    "{prefix}%2E%2E%2F{target}",
    "{prefix}..%2F{target}",
    "{prefix}%252e%252e/{target}",
    "{prefix}/{target}",
    "{prefix}..%5C{target}",
    "{prefix}..\\{target}",
    "{prefix}{absolute}",
    "{prefix}{name}",
]
PREFIXES = ["/media/images/", "/media/original_images/", "/media/documents/"]


def prepare(args):
    """The scratch site's environment, with its database migrated and the demo loaded."""
    url, vendor = scratch_database("hostile", reuse=args.reuse)
    environment = production_environment(
        url,
        tempfile.mkdtemp(prefix="fiv-hostile-media-"),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
    )
    os.environ.update(environment)
    print(f"Scratch {vendor} database: {url}")
    load_demo_site(fresh=not args.reuse)
    return environment


def private_files():
    """(name under MEDIA_ROOT, bytes) of every file a stranger must never get, and the ids and
    names of the private documents."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    found, documents = [], []
    for document in get_document_model().objects.select_related("collection"):
        if document.collection.get_view_restrictions():
            with document.file.open("rb") as file:
                found.append((document.file.name, file.read()))
            documents.append((document.pk, document.filename))
    for image in get_image_model().objects.select_related("collection"):
        if image.collection.get_view_restrictions():
            rendition = image.get_rendition("width-400")
            for file in (image.file, rendition.file):
                with file.open("rb") as opened:
                    found.append((file.name, opened.read()))
    return found, documents


def workers_of(server):
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def peak_memory_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Probe:
    def __init__(self, base, secrets_):
        import requests

        self.requests = requests
        self.base = base
        self.secrets = [content for _, content in secrets_ if len(content) >= 64]
        self.statuses = Counter()
        self.leaked = 0
        self.failures = []

    def send(self, method, path, cookies=None, stranger=False, **kwargs):
        """One request as it would come through a TLS proxy; the answer's status is counted and,
        for a stranger, its body searched for any private file."""
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.base.split('//')[1]}/",
            **kwargs.pop("headers", {}),
        }
        session = self.requests.Session()
        session.trust_env = False
        request = self.requests.Request(
            method, self.base + path, headers=headers, cookies=cookies, **kwargs
        ).prepare()
        request.url = self.base + path  # as typed: no normalising of dots or escapes
        try:
            response = session.send(request, allow_redirects=False, timeout=60)
        except self.requests.RequestException as error:
            self.statuses["no answer"] += 1
            self.failures.append(f"{method} {path[:80]}: {error.__class__.__name__}")
            return None
        self.statuses[response.status_code // 100 * 100] += 1
        if response.status_code >= 500:
            self.failures.append(f"{method} {path[:80]}: {response.status_code}")
        if stranger:
            body = response.content
            self.leaked += sum(len(secret) for secret in self.secrets if secret in body)
        return response

    def login(self, username, password, address="10.1.0.1"):
        """The cookies of a logged-in session, through the site's own login form."""
        form = self.send("GET", "/log-ind/", headers={"X-Forwarded-For": address})
        cookies = dict(form.cookies)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        answer = self.send(
            "POST",
            "/log-ind/",
            cookies=cookies,
            data={"username": username, "password": password, "csrfmiddlewaretoken": token},
            headers={"X-Forwarded-For": address},
        )
        cookies.update(answer.cookies)
        return cookies


def traversal_requests(files, documents, rng):
    paths = []
    for name, _ in files:
        absolute = str(Path(os.environ["MEDIA_ROOT"]) / name)
        for prefix in PREFIXES:
            for template in TRAVERSALS:
                paths.append(
                    template.format(
                        prefix=prefix,
                        target=name,
                        absolute=absolute,
                        name=Path(name).name.replace("x", "y"),
                    )
                )
    for pk, filename in documents:
        paths += [f"/documents/{pk}/{filename}", f"/documents/{pk + 1000}/{filename}"]
        paths += [f"/documents/{junk}/{filename}" for junk in JUNK]
    rng.shuffle(paths)
    return paths


def junk_requests(rng, count):
    templates = [
        "/fagligt-omraade/bibliotek/?page={v}",
        "/fagligt-omraade/bibliotek/?tag={v}&format={v}",
        "/search/?query={v}&page={v}",
        "/en/search/?query={v}&type={v}",
        "/search/suggest/?q={v}",
        "/bidrag/{v}/",
        "/fiv-naer-dig/?q={v}",
        "/calendar/{v}.ics",
        "/documents/{v}/x.pdf",
        "/admin/pages/{v}/",
    ]
    values = JUNK + ["x" * 3000, "x" * 10_000, "%C0%AE%C0%AE%2F", "<script>alert(1)</script>"]
    values += ["+".join(["foraeldre"] * 40), "+".join(f"{n}ab" for n in range(70))]
    return [rng.choice(templates).format(v=rng.choice(values)) for _ in range(count)]


def facet_requests(rng, count):
    def word():
        return "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzæøå-") for _ in range(rng.randint(3, 40))
        )

    params = ["tag", "format", "municipality", "kind", "target_group", "phase", "q", "sort"]
    return [
        "/fagligt-omraade/bibliotek/?"
        + "&".join(f"{rng.choice(params)}={word()}" for _ in range(rng.randint(1, 6)))
        for _ in range(count)
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--reuse", action="store_true", help="keep the scratch database")
    args = parser.parse_args()

    environment = prepare(args)
    files, documents = private_files()
    import redis

    cache = redis.Redis.from_url(environment["REDIS_URL"])
    cache.flushdb()
    port = free_port()
    server = serve(environment, port, "--access-logfile", "/dev/null")
    probe = Probe(f"http://127.0.0.1:{port}", files)
    rng = random.Random(2026)  # noqa: S311 (a repeatable probe, not secrets)
    password = os.environ.get("DEMO_PASSWORD", "fiv-demo-2026")
    try:
        professional = probe.login("fagperson", password, "10.2.0.1")
        contributor = probe.login("kommune", password, "10.2.0.2")
        # Ordinary use first, so that the keys counted afterwards are the probe's own.
        for path in ["/", "/en/", "/fagligt-omraade/bibliotek/", "/fiv-naer-dig/"]:
            probe.send("GET", path, cookies=professional)
            probe.send("GET", path, stranger=True)
        keys_before = cache.dbsize()

        from network.models import Municipality
        from tests.library.test_uploads import docx_bomb, odt_bomb

        aarhus = Municipality.objects.get(name="Aarhus").pk

        bombs = 20
        logins = 1000
        rest = max(args.requests - 2 * bombs - 2 * logins, 0)  # a form is fetched before each post
        traversals = traversal_requests(files, documents, rng)[: rest * 2 // 5]
        junk = junk_requests(rng, rest // 5)
        facets = facet_requests(rng, rest - len(traversals) - len(junk))

        jobs = [lambda path=path: probe.send("GET", path, stranger=True) for path in traversals]
        jobs += [lambda path=path: probe.send("GET", path, stranger=True) for path in junk]
        jobs += [lambda path=path: probe.send("GET", path, cookies=professional) for path in facets]

        def upload_bomb(number):
            form = probe.send("GET", "/bidrag/", cookies=contributor)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
            name, content = ("rapport.docx", docx_bomb()) if number % 2 else ("ref.odt", odt_bomb())
            probe.send(
                "POST",
                "/bidrag/",
                cookies={**contributor, **form.cookies},
                data={
                    "csrfmiddlewaretoken": token,
                    "title": f"Bombe {number}",
                    "introduction": "En fil, der fylder gigabytes, når den pakkes ud.",
                    "kind": "tool",
                    "municipality": aarhus,
                },
                files={"files": (name, content)},
            )

        jobs += [lambda number=number: upload_bomb(number) for number in range(bombs)]
        usernames = ["fagperson", "kommune", "sekretariat"] + [f"bruger{n}" for n in range(40)]

        def bad_login(number):
            probe.login(rng.choice(usernames), f"forkert-{number}", f"10.3.0.{number % 50 + 1}")

        jobs += [lambda number=number: bad_login(number) for number in range(logins)]
        rng.shuffle(jobs)
        started = time.perf_counter()
        with ThreadPoolExecutor(args.threads) as pool:
            for future in [pool.submit(job) for job in jobs]:
                future.result()
        seconds = time.perf_counter() - started
        keys_added = cache.dbsize() - keys_before
        memory = [peak_memory_mb(pid) for pid in workers_of(server)]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    sent = sum(probe.statuses.values())
    print(f"Requests sent: {sent} in {seconds:.0f} s ({sent / seconds:.0f} per second)")
    print(
        "Answers by class: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(probe.statuses.items(), key=str))
    )
    print(f"Server errors (5xx): {probe.statuses[500]}")
    print(f"Bytes of private files in answers to a stranger: {probe.leaked}")
    print(f"Cache keys added by the probe: {keys_added}")
    print("Peak memory per gunicorn worker: " + ", ".join(f"{mb:.0f} MB" for mb in memory))
    for failure in probe.failures[:20]:
        print("  " + failure)


if __name__ == "__main__":
    main()

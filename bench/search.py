"""Benchmark of the site search: a word, two words, a phrase in quotes, a misspelling, a word
only inside a PDF, a logged-in search over every type, and the header's suggestions.

    .venv/bin/python bench/search.py [--materials 10000] [--runs 30] [--reuse]

It builds a scratch database of the configured kind (DATABASE_URL: a PostgreSQL database named
after it with the suffix _bench_search, dropped and created again; without DATABASE_URL a
temporary SQLite file), loads the demo content, adds materials until there are --materials of
them, each with its own small PDF whose text is read as the worker would (the first few hundred
made through the factories, the rest copies made in bulk: bench/scratch.py grow), indexes them
all with `update_index`, and then requests each query --runs times. It prints the median and
95th percentile time and the SQL query count of each: as readers meet them most of the time,
the answer to the words cached (a reader who turns the pages or picks a type, the next reader
with the same words), and then the searches again right after a change to the content, when
nothing is cached. Nothing in it is a test: it measures.
"""

import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scratch import (  # noqa: E402
    arguments,
    danish_library,
    grow,
    index_and_measure,
    measured_site,
)

# A word that only some of the PDFs hold, never a title or a description.
FILE_WORD = "vuggestuepladsen"


def main():
    args = arguments(__doc__, materials=10000, runs=30)

    vendor = measured_site("bench_search", reuse=args.reuse)
    added = grow(add_materials, args.materials, own_files=True)
    index_and_measure(vendor, measure, args.runs, reindex=added > 0 or not args.reuse)


def add_materials(target):
    from django.core.management import call_command

    from home.demo.files import make_pdf
    from library.factories import MaterialPageFactory
    from network.factories import PrivateDocumentFactory

    library, existing, rng = danish_library()
    words = ("forældre barnet familien fædre mødre graviditet fødsel søvn gråd amning "
             "parforhold økonomi netværk sundhedsplejerske jordemoder samtale gruppe").split()  # fmt: skip
    for number in range(existing, target):
        text = " ".join(rng.choice(words) for _ in range(40))
        inside = " ".join(rng.choice(words) for _ in range(300))
        if number % 50 == 0:
            inside += f" {FILE_WORD}"
        document = PrivateDocumentFactory(
            title=f"Hæfte {number}",
            filename=f"haefte-{number}.pdf",
            content=make_pdf(f"Hæfte {number}", [inside]),
        )
        MaterialPageFactory(
            parent=library,
            title=f"{rng.choice(words).capitalize()} og {rng.choice(words)} {number}",
            slug=f"bench-{number}",
            introduction=text[:200],
            kind=rng.choice(["method", "tool", "material"]),
            files=[document],
        )
        if number % 250 == 0:
            print(f"  {number} materials", flush=True)
    if target <= existing:
        return 0
    # The worker's reading of the files, which the copies then share.
    started = time.perf_counter()
    call_command("extract_document_text", verbosity=0, stdout=io.StringIO())
    print(f"Read the text of every file in {time.perf_counter() - started:.0f} s")
    return max(target - existing, 0)


def measure(runs):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # responses carry their context: the number of results

    from home.demo.users import PROFESSIONAL
    from library.models import MaterialPage

    stranger = Client()
    professional = Client()
    professional.force_login(get_user_model().objects.get(username=PROFESSIONAL))
    cases = [
        ("word, stranger", stranger, "/search/", {"query": "forældre"}),
        ("word", professional, "/search/", {"query": "forældre"}),
        ("two words", professional, "/search/", {"query": "sundhedsplejerske jordemoder"}),
        ("phrase", professional, "/search/", {"query": '"sundhedsplejerske jordemoder"'}),
        ("misspelling", professional, "/search/", {"query": "sundhedsplejeske"}),
        ("only in a PDF", professional, "/search/", {"query": FILE_WORD}),
        ("all types, p.3", professional, "/search/", {"query": "netværk", "page": "3"}),
        ("one type", professional, "/search/", {"query": "netværk", "type": "document"}),
        ("suggest", professional, "/search/suggest/", {"q": "sundhedsp"}),
        ("suggest, stranger", stranger, "/search/suggest/", {"q": "for"}),
    ]
    total = MaterialPage.objects.count()
    print(f"\nSite search over {total} materials, {runs} runs each ({connection.vendor}):")
    table(cases, runs, cold=False)
    print(
        "\nThe same searches right after a change to the content, when no answer is cached "
        "(search.results.forget_hits before each run):"
    )
    table([case for case in cases if case[2] == "/search/"], runs, cold=True)


def table(cases, runs, cold):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search.results import forget_hits

    print(f"{'query':<18} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'results':>8}")
    for name, client, address, params in cases:
        client.get(address, params)  # warm up
        timings = []
        for _ in range(runs):
            if cold:
                forget_hits()
            if address == "/search/suggest/":
                cache.clear()  # what a reader typing new letters gets: no cached answer
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(address, params)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        found = (
            len(response.json()["suggestions"])
            if address == "/search/suggest/"
            else response.context["search"].total
        )
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
        print(
            f"{name:<18} {statistics.median(timings):>10.1f} {p95:>8.1f} "
            f"{len(queries):>8} {found:>8}"
        )


if __name__ == "__main__":
    main()

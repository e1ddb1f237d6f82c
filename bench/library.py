"""Benchmark of the library index: unfiltered, two facets, a text query, and a cold cache.

    .venv/bin/python bench/library.py [--materials 5000 50000] [--runs 40] [--reuse]

It builds a scratch database of the configured kind (DATABASE_URL: a PostgreSQL database
named after it with the suffix _bench, dropped and created again; without DATABASE_URL a
temporary SQLite file), loads the demo content, adds materials with tags, files and
municipalities until there are as many as the first of --materials (the first few hundred
through the factories, the rest copies made in bulk: bench/scratch.py grow), indexes them and
requests each view --runs times as a logged-in professional; then grows the library to the
next size and measures again. It prints the median and 95th percentile time and the SQL query
count of each view at each size, and the sizes side by side; "cold cache" is the unfiltered
view right after a material changed, when the facet index is built again. The cache is the configured one: local memory,
or Redis with REDIS_URL as in production. Nothing in it is a test: it measures.
"""

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


def main():
    args = arguments(__doc__, materials=[5000, 50000], runs=40)

    vendor = measured_site("bench", reuse=args.reuse)
    figures = {}
    for size in sorted(args.materials):
        added = grow(add_materials, size)
        held = danish_library()[1]
        if held in figures:  # a kept database already larger than this size
            print(f"The library holds {held} materials already: {size} is not measured")
            continue
        figures[held] = index_and_measure(
            vendor, measure, args.runs, reindex=added > 0 or not args.reuse
        )
    if len(figures) > 1:
        side_by_side(figures)


def add_materials(target):
    from library.factories import MaterialPageFactory
    from library.models import Phase, TargetGroup
    from network.factories import PrivateDocumentFactory
    from network.models import Municipality

    library, existing, rng = danish_library()
    groups, phases = list(TargetGroup.objects.all()), list(Phase.objects.all())
    municipalities = list(Municipality.objects.all())
    tags = ["fædre", "parforhold", "økonomi", "søvn", "amning", "tilknytning", "netværk",
            "sårbarhed", "fødsel", "jura", "trivsel", "kommunikation", "gruppeforløb", "sprog"]  # fmt: skip
    words = ("forældre barnet familien fædre mødre graviditet fødsel søvn gråd amning "
             "parforhold økonomi netværk sundhedsplejerske jordemoder samtale gruppe").split()  # fmt: skip
    documents = [
        PrivateDocumentFactory(
            title=f"Benchmarkfil {extension}",
            filename=f"bench.{extension}",
            content=b"%PDF-1.4 bench",
        )
        for extension in ["pdf", "docx", "xlsx", "pptx"]
    ]
    for number in range(existing, target):
        text = " ".join(rng.choice(words) for _ in range(40))
        MaterialPageFactory(
            parent=library,
            title=f"{rng.choice(words).capitalize()} og {rng.choice(words)} {number}",
            slug=f"bench-{number}",
            introduction=text[:200],
            kind=rng.choice(["method", "tool", "material"]),
            municipality=rng.choice(municipalities),
            target_groups=rng.sample(groups, 2),
            phases=rng.sample(phases, 2),
            tags=rng.sample(tags, 3),
            files=[rng.choice(documents)],
        )
        if number % 500 == 0:
            print(f"  {number} materials", flush=True)
    return max(target - existing, 0)


def measure(runs):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home.demo.users import PROFESSIONAL
    from library.facets import FacetIndex
    from library.models import LibraryIndexPage, MaterialPage

    library = LibraryIndexPage.objects.get(locale__language_code="da")
    client = Client()
    client.force_login(get_user_model().objects.get(username=PROFESSIONAL))
    total = MaterialPage.objects.child_of(library).count()
    views = {
        "unfiltered": {},
        "two facets": {"kind": "tool", "target": "faedre"},
        "text query": {"q": "forældrene"},
        # What the first reader pays after a material changed: the facet index is rebuilt.
        "cold cache": {},
    }
    cache = settings.CACHES["default"]["BACKEND"].rpartition(".")[2]
    print(
        f"\nLibrary index with {total} materials, {runs} runs each ({connection.vendor}, {cache}):"
    )
    print(f"{'view':<12} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    figures = {}
    for name, params in views.items():
        client.get(library.url, params)  # warm up
        timings = []
        for _ in range(runs):
            if name == "cold cache":
                FacetIndex.invalidate()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(library.url, params)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
        print(f"{name:<12} {statistics.median(timings):>10.1f} {p95:>8.1f} {len(queries):>8}")
        figures[name] = (p95, len(queries))
    return figures


def side_by_side(figures):
    """p95 and queries of each view at every size, one column per size."""
    sizes = list(figures)
    print("\nSide by side, p95 ms / queries:")
    print(f"{'view':<12}" + "".join(f"{f'{size:,} materials':>20}" for size in sizes))
    for name in figures[sizes[0]]:
        cells = "".join(
            f"{f'{figures[size][name][0]:.1f} / {figures[size][name][1]}':>20}" for size in sizes
        )
        print(f"{name:<12}{cells}")


if __name__ == "__main__":
    main()

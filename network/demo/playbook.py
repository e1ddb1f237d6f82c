"""The professionals' playbook ("drejebog"): a handbook in the professional area, in our own words
from the network agreement, with a change log that municipalities can follow."""

import datetime

from django.utils import timezone

from home.demo.handbooks import load_handbook
from home.models import HandbookChange

PLAYBOOK = {
    "slug": ("drejebog", "playbook"),
    "title": ("Drejebog", "Playbook"),
    "introduction": (
        "Sådan planlægger og driver I Familieiværksætterne i jeres kommune, trin for trin.",
        "How to plan and run Familieiværksætterne in your municipality, step by step.",
    ),
    "chapters": [
        {
            "slug": ("foer-i-gaar-i-gang", "before-you-start"),
            "title": ("Før I går i gang", "Before you start"),
            "introduction": (
                "Beslutningen, forankringen og økonomien.",
                "The decision, the ownership and the money.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Et godt forløb begynder med en klar beslutning: hvem ejer "
                            "indsatsen, hvem leder den i hverdagen, og hvor mange familier "
                            "regner I med det første år?",
                            "A good course starts with a clear decision: who owns the effort, "
                            "who leads it day to day, and how many families do you expect in "
                            "the first year?",
                        ),
                        (
                            "Nye kommuner betaler et opstartsbeløb og derefter en årlig "
                            "brugerbetaling. Beløbene står på siden om brugerbetaling.",
                            "New municipalities pay a start-up fee and then a yearly user "
                            "fee. The amounts are on the page about fees.",
                        ),
                    ],
                )
            ],
            "checklist": (
                ("Inden opstart", "Before the start"),
                [
                    ("Udpeg en ansvarlig leder", "Appoint a responsible manager"),
                    (
                        "Afsæt timer til sundhedspleje og jordemødre",
                        "Set aside hours for health visitors and midwives",
                    ),
                    ("Meld jer ind i netværket", "Join the network"),
                ],
            ),
        },
        {
            "slug": ("planlaeg-forloebet", "plan-the-course"),
            "title": ("Planlæg forløbet", "Plan the course"),
            "introduction": (
                "Holdet, lokalerne og invitationerne.",
                "The team, the rooms and the invitations.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Sæt et tværfagligt hold med sundhedsplejerske og jordemoder som "
                            "faste ansigter, og aftal, hvornår fagfolk om økonomi, jura og "
                            "børnepsykologi kommer på besøg.",
                            "Put together a team across professions with a health visitor and "
                            "a midwife as the familiar faces, and agree when professionals in "
                            "money, law and child psychology visit.",
                        ),
                    ],
                )
            ],
            "checklist": (
                ("Fire uger før første gang", "Four weeks before the first session"),
                [
                    ("Book lokalet til alle gange", "Book the room for every session"),
                    ("Send invitationen til begge forældre", "Send the invitation to both parents"),
                    ("Aftal tolk, hvis der er brug for det", "Arrange an interpreter if needed"),
                ],
            ),
            "templates": (
                ("Skabeloner", "Templates"),
                [
                    (
                        "Skabelon: invitation til kommende forældre",
                        "skabelon-invitation.docx",
                        [
                            "Kære kommende forældre",
                            "I er inviteret til Familieiværksætterne. Vi mødes første gang ...",
                        ],
                    ),
                    (
                        "Skabelon: plan for forløbets gange",
                        "skabelon-plan.docx",
                        ["Gang, dato, tema, fagperson"],
                    ),
                ],
            ),
        },
        {
            "slug": ("gangene", "the-sessions"),
            "title": ("Gangene i forløbet", "The sessions"),
            "introduction": (
                "Fra graviditet til barnets første år.",
                "From pregnancy into the child's first year.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Før fødslen handler gangene om fødslen, parforholdet og "
                            "økonomien. Efter fødslen kommer barnets udvikling, søvn, "
                            "familiens netværk og hverdagen som forældre.",
                            "Before the birth the sessions are about the birth, the "
                            "relationship and money. After the birth come the child's "
                            "development, sleep, the family's network and everyday life as "
                            "parents.",
                        ),
                        (
                            "Lad forældrenes egne spørgsmål styre, og hold øje med familier, "
                            "der har brug for en ekstra samtale.",
                            "Let the parents' own questions lead, and watch for families who "
                            "need an extra conversation.",
                        ),
                    ],
                )
            ],
        },
        {
            "slug": ("samarbejde-paa-tvaers", "working-across-sectors"),
            "title": ("Samarbejde på tværs", "Working across sectors"),
            "introduction": (
                "Når systemerne ikke passer sammen.",
                "When the systems do not fit together.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Region og kommune har hver deres systemer, og det kan stå i vejen "
                            "for en tidlig indsats. Tag problemerne med til netværksmøderne: "
                            "andre kommuner har ofte fundet en løsning.",
                            "Region and municipality each have their own systems, which can "
                            "stand in the way of early help. Bring the problems to the network "
                            "meetings: other municipalities have often found a solution.",
                        ),
                    ],
                )
            ],
        },
        {
            "slug": ("del-viden", "share-what-you-learn"),
            "title": ("Del jeres viden", "Share what you learn"),
            "introduction": (
                "Data og materialer, der gør hele netværket klogere.",
                "Data and materials that make the whole network wiser.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Indberet hvert år, hvor mange forældre der deltog, hvad der "
                            "lykkedes, og hvad der var svært. Del de materialer, I selv har "
                            "lavet, i biblioteket.",
                            "Report every year how many parents took part, what worked and "
                            "what was hard. Share the materials you made yourselves in the "
                            "library.",
                        ),
                    ],
                )
            ],
            "checklist": (
                ("Hvert år", "Every year"),
                [
                    ("Indberet lokale tal", "Report local figures"),
                    ("Del mindst ét materiale", "Share at least one material"),
                    ("Deltag i begge netværksmøder", "Take part in both network meetings"),
                ],
            ),
        },
    ],
}

CHANGES = [
    # (chapter slug, days ago, Danish note, English note)
    (
        "planlaeg-forloebet",
        40,
        "Ny skabelon til planen for forløbets gange.",
        "New template for the plan of the sessions.",
    ),
    (
        "del-viden",
        12,
        "Tjeklisten nævner nu begge netværksmøder.",
        "The checklist now names both network meetings.",
    ),
]


def load(t, area, collection, log):
    """The playbook in the area; its templates in the area's collection, behind login."""
    return load_handbook(t, area, PLAYBOOK, log, collection)


def load_changes(playbook, log):
    """A change log to follow, once the playbook has its English translation."""
    if HandbookChange.objects.filter(handbook=playbook).exists():
        return
    english = playbook.get_translations().filter(locale__language_code="en").first()
    now = timezone.now()
    for slug, days, danish, english_note in CHANGES:
        chapter = playbook.get_children().filter(slug=slug).first()
        if chapter is None:
            continue
        date = now - datetime.timedelta(days=days)
        chapter = chapter.specific
        HandbookChange.objects.create(
            handbook=playbook, chapter=chapter, chapter_title=chapter.title, note=danish, date=date
        )
        translated = english and chapter.get_translations().filter(locale=english.locale).first()
        if translated:
            HandbookChange.objects.create(
                handbook=english.specific,
                chapter=translated.specific,
                chapter_title=translated.title,
                note=english_note,
                date=date,
            )
    log("Wrote the playbook's change log")

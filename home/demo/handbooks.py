"""Demo handbooks: a handbook page and its chapters, written as data in Danish and English.

The public concept description is this app's; the professionals' playbook is built the same way
by the network's demo (network/demo/playbook.py), inside the professional area.
"""

from wagtail.rich_text import RichText

from home.factories import HandbookChapterPageFactory, HandbookPageFactory

from . import child_page
from .documents import document


def load_handbook(t, parent, spec, log, collection=None):
    """The handbook `spec` under `parent` with its chapters in order, each made once."""
    handbook = child_page(
        parent,
        spec["slug"][0],
        lambda: HandbookPageFactory(
            parent=parent,
            slug=t(*spec["slug"]),
            title=t(*spec["title"]),
            introduction=t(*spec["introduction"]),
            show_in_menus=False,
        ),
        log,
    )
    for chapter in spec["chapters"]:
        child_page(
            handbook,
            chapter["slug"][0],
            lambda chapter=chapter: _chapter(t, handbook, chapter, collection),
            log,
        )
    return handbook


def _chapter(t, handbook, chapter, collection):
    body = []
    for heading, paragraphs in chapter["sections"]:
        if heading:
            body.append(("heading", {"text": t(*heading), "level": "h2"}))
        body.append(("paragraph", RichText(t.rich(*paragraphs))))
    if checklist := chapter.get("checklist"):
        heading, items = checklist
        body.append(("checklist", {"heading": t(*heading), "items": [t(*item) for item in items]}))
    if templates := chapter.get("templates"):
        heading, files = templates
        body.append(
            (
                "templates",
                {
                    "heading": t(*heading),
                    "documents": [
                        document(title, filename, paragraphs, collection)
                        for title, filename, paragraphs in files
                    ],
                },
            )
        )
    return HandbookChapterPageFactory(
        parent=handbook,
        slug=t(*chapter["slug"]),
        title=t(*chapter["title"]),
        introduction=t(*chapter["introduction"]),
        body=body,
    )


CONCEPT_DESCRIPTION = {
    "slug": ("konceptbeskrivelse", "concept-description"),
    "title": ("Konceptbeskrivelse", "Concept description"),
    "introduction": (
        "Hvad Familieiværksætterne er, hvem forløbet er for, og hvordan en kommune kommer i gang.",
        "What Familieiværksætterne is, who the course is for, and how a municipality gets started.",
    ),
    "chapters": [
        {
            "slug": ("hvad-er-fiv", "what-is-fiv"),
            "title": ("Hvad er Familieiværksætterne?", "What is Familieiværksætterne?"),
            "introduction": (
                "Et tidligt, forebyggende forløb for alle, der skal være forældre for første gang.",
                "An early, preventive course for everyone about to become a parent for the "
                "first time.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Familieiværksætterne forbereder kommende forældre på livet med "
                            "et barn. Forløbet begynder under graviditeten og fortsætter ind i "
                            "barnets første leveår, så forældrene møder de samme fagfolk og de "
                            "samme andre forældre undervejs.",
                            "Familieiværksætterne prepares parents-to-be for life with a child. "
                            "The course starts during the pregnancy and continues into the "
                            "child's first years, so the parents meet the same professionals and "
                            "the same other parents along the way.",
                        ),
                        (
                            "Målet er at styrke forældreskabet tidligt, før små bekymringer "
                            "vokser sig store.",
                            "The aim is to strengthen parenthood early, before small worries "
                            "grow large.",
                        ),
                    ],
                )
            ],
        },
        {
            "slug": ("hele-familien", "the-whole-family"),
            "title": ("Hele familien er med", "The whole family takes part"),
            "introduction": (
                "Fædre og mødre deltager på lige fod.",
                "Fathers and mothers take part on an equal footing.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Forløbet henvender sig til begge forældre. Fædrene inviteres med "
                            "fra første gang, og emnerne tager udgangspunkt i familien som "
                            "helhed: parforholdet, arbejdsdelingen og de nye roller.",
                            "The course is for both parents. Fathers are invited from the first "
                            "session, and the topics start from the family as a whole: the "
                            "relationship, the sharing of work and the new roles.",
                        ),
                    ],
                )
            ],
            "checklist": (
                ("Det taler vi om", "What we talk about"),
                [
                    ("Parforholdet, når barnet kommer", "The relationship when the baby comes"),
                    ("Hvem gør hvad derhjemme", "Who does what at home"),
                    ("Netværket omkring familien", "The network around the family"),
                ],
            ),
        },
        {
            "slug": ("tvaerfagligt", "across-professions"),
            "title": ("Et tværfagligt tilbud", "An offer across professions"),
            "introduction": (
                "Sundhed, økonomi, jura og børnepsykologi i samme forløb.",
                "Health, money, law and child psychology in one course.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Sundhedsplejersker og jordemødre bærer forløbet, og de får "
                            "selskab af fagfolk, der kan svare på spørgsmål om økonomi, "
                            "rettigheder, barnets udvikling og familieliv.",
                            "Health visitors and midwives carry the course, joined by "
                            "professionals who can answer questions about money, rights, the "
                            "child's development and family life.",
                        ),
                        (
                            "Foreninger og lokale virksomheder kan også bidrage, når det giver "
                            "mening for forældrene.",
                            "Local associations and businesses can contribute too, when it "
                            "makes sense for the parents.",
                        ),
                    ],
                )
            ],
        },
        {
            "slug": ("saerlig-opmaerksomhed", "special-attention"),
            "title": ("Særlig opmærksomhed", "Special attention"),
            "introduction": (
                "For alle, med øje for dem, der har brug for mere.",
                "For everyone, with an eye for those who need more.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Fordi alle førstegangsforældre er inviteret, er der ingen, der "
                            "skal føle sig udpeget. Samtidig kan fagfolkene tidligt se, hvor en "
                            "familie er udfordret, og sætte ind sammen med den.",
                            "Because every first-time parent is invited, nobody has to feel "
                            "singled out. At the same time the professionals can see early "
                            "where a family is struggling, and act together with it.",
                        ),
                    ],
                )
            ],
        },
        {
            "slug": ("kom-i-gang", "getting-started"),
            "title": ("Sådan kommer kommunen i gang", "How a municipality gets started"),
            "introduction": (
                "Netværket hjælper nye kommuner fra start.",
                "The network helps new municipalities from the start.",
            ),
            "sections": [
                (
                    None,
                    [
                        (
                            "Kommuner og regioner, der vil tilbyde forløbet, kan blive en del "
                            "af netværket. Netværket deler metoder og materialer, mødes to "
                            "gange om året og hjælper med opstarten. Der betales et "
                            "opstartsbeløb og derefter en årlig brugerbetaling.",
                            "Municipalities and regions that want to offer the course can join "
                            "the network. The network shares methods and materials, meets twice "
                            "a year and helps with the start. There is a start-up fee and then "
                            "a yearly user fee.",
                        ),
                    ],
                )
            ],
            "templates": (
                ("Til jeres beslutning", "For your decision"),
                [
                    (
                        "Familieiværksætterne på én side",
                        "fiv-paa-en-side.pdf",
                        [
                            "Et tidligt, forebyggende forløb for alle førstegangsforældre.",
                            "Hele familien er med, og fagfolk fra flere områder bidrager.",
                        ],
                    )
                ],
            ),
        },
    ],
}


def load(t, parent, log):
    """The public concept description, under `parent` (the page "For kommuner")."""
    return load_handbook(t, parent, CONCEPT_DESCRIPTION, log)

"""The texts of the professional area's demo pages, as (Danish, English) pairs. Dates are placed
around today by the loader, so that the demo always has past and coming meetings and fees."""

import datetime

NEAR_YOU = {
    "title": ("FIV nær dig", "FIV near you"),
    "slug": ("fiv-naer-dig", "fiv-near-you"),
    "introduction": (
        "Her kan du se, hvilke kommuner der tilbyder Familieiværksætterne. Spørg "
        "sundhedsplejen i din kommune, hvordan I kommer med.",
        "See which municipalities offer Familieiværksætterne. Ask the health visitors in "
        "your municipality how to join.",
    ),
}

AREA = {
    "title": ("Fagligt område", "Professional area"),
    "slug": ("fagligt-omraade", "professional-area"),
    "introduction": (
        "Her finder du netværkets møder, aftalen, brugerbetalingen, advisory board og "
        "kontaktpersoner i kommunerne.",
        "Here you find the network's meetings, the agreement, the fees, the advisory "
        "board and the contact people in the municipalities.",
    ),
}

DIRECTORY = {
    "title": ("Kommuner og kontaktpersoner", "Municipalities and contacts"),
    "slug": ("kommuner", "municipalities"),
    "introduction": (
        "Alle landets kommuner, hvor de står med Familieiværksætterne, og hvem du kan kontakte.",
        "Every municipality in Denmark, where it stands with Familieiværksætterne, and whom "
        "you can contact.",
    ),
}

# The network's figures

NETWORK_FIGURES = {
    "title": ("Netværket i tal", "The network in figures"),
    "slug": ("netvaerket-i-tal", "the-network-in-figures"),
    "introduction": (
        "Kommunernes indberetninger lagt sammen år for år og region for region, og din egen "
        "kommunes tal ved siden af netværkets.",
        "The municipalities' reports added up year by year and region by region, and your own "
        "municipality's figures beside the network's.",
    ),
}

PUBLIC_FIGURES = {
    "title": ("FIV i tal", "FIV in figures"),
    "slug": ("fiv-i-tal", "fiv-in-figures"),
    "introduction": (
        "Hvor mange kommende forældre deltager i Familieiværksætterne, og hvor mange af dem er "
        "fædre? Tallene kommer fra kommunernes årlige indberetninger.",
        "How many expectant parents take part in Familieiværksætterne, and how many of them are "
        "fathers? The figures come from the municipalities' yearly reports.",
    ),
}

# Meetings

MEETING_INDEX = {
    "title": ("Møder", "Meetings"),
    "slug": ("moeder", "meetings"),
    "introduction": (
        "Netværket mødes to gange om året. Her er dagsordener, referater og bilag.",
        "The network meets twice a year. Here are agendas, minutes and attachments.",
    ),
}

# What every network meeting shares; its title and slug name the season and the year.
NETWORK_MEETING = {
    "location": ("Rådhuset i Vejle, mødesal 2", "Vejle City Hall, meeting room 2"),
    "introduction": (
        "Erfaringer på tværs af kommunerne, nyt fra sekretariatet og et fagligt tema.",
        "Experience across the municipalities, news from the secretariat and a professional theme.",
    ),
}
SEASONS = {"spring": ("forår", "spring"), "autumn": ("efterår", "autumn")}
AGENDA = [
    ("Velkomst og nyt fra sekretariatet", "Welcome and news from the secretariat"),
    ("Runde: hvordan går det lokalt?", "Round: how is it going locally?"),
    ("Tema: fædre med på lige fod", "Theme: fathers on an equal footing"),
    ("Aftalen og brugerbetalingen", "The agreement and the fees"),
    ("Eventuelt", "Any other business"),
]
MINUTES = [
    (
        "Tolv kommuner deltog. Flere fortalte, at aftenmøder har fået flere fædre med.",
        "Twelve municipalities took part. Several said that evening sessions have brought more "
        "fathers along.",
    ),
    (
        "Netværket vil samle de bedste øvelser om fædre i biblioteket inden næste møde.",
        "The network will gather the best exercises about fathers in the library before the "
        "next meeting.",
    ),
]
# (title, file name, paragraphs)
PRESENTATION = (
    "Oplæg: Fædre i forløbet",
    "oplaeg-faedre-i-forloebet.pdf",
    [
        "Oplæg fra netværksmødet om fædres deltagelse i Familieiværksætterne.",
        "Erfaringer: aftenmøder, fædregrupper og en fast kontaktperson.",
    ],
)
# Network meetings at 10 o'clock this many days from today; the past ones have minutes.
NETWORK_MEETINGS = [
    {"days": -540, "minutes": MINUTES},
    {"days": -360, "minutes": MINUTES},
    {"days": -180, "minutes": MINUTES},
    {"days": -40, "minutes": MINUTES, "attachments": [PRESENTATION]},
    {"days": 150},
]
# Other meetings at 13 o'clock this many days from today.
OTHER_MEETINGS = [
    {
        "days": -100,
        "kind": "board",
        "hours": 2,
        "title": ("Møde i advisory board", "Advisory board meeting"),
        "slug": ("advisory-board-moede", "advisory-board-meeting"),
        "introduction": (
            "Boardet drøftede finansiering og formidling af resultater.",
            "The board discussed funding and communicating results.",
        ),
    },
    {
        "days": 20,
        "kind": "theme_day",
        "hours": 6,
        "title": ("Temadag om sårbare familier", "Theme day on vulnerable families"),
        "slug": ("temadag-saarbare-familier", "theme-day-vulnerable-families"),
        "introduction": (
            "En dag om at opdage og støtte familier, der har det svært, tidligt i forløbet.",
            "A day about noticing and supporting families who are struggling, early in the course.",
        ),
    },
]
ONLINE = ("Online", "Online")
# The video meeting's address of an online meeting (example.org: reserved, leads nowhere real)
ONLINE_URL = "https://moede.example.org/fiv/{slug}"

# The agreement

AGREEMENT = {
    "title": ("Netværksaftalen", "The network agreement"),
    "slug": ("netvaerksaftalen", "the-network-agreement"),
    "introduction": (
        "Aftalen beskriver formålet med samarbejdet, og hvad parterne bidrager med.",
        "The agreement sets out the purpose of the cooperation and what each party contributes.",
    ),
}
PURPOSE = (
    "Samarbejdet skal fremme, udvikle, fastholde og kvalificere Familieiværksætterne. "
    "Netværket består af fagfolk fra kommuner og regioner, der tilbyder forløbet eller er "
    "på vej.",
    "The cooperation exists to promote, develop, sustain and strengthen "
    "Familieiværksætterne. The network consists of professionals from municipalities and "
    "regions that offer the course or are about to.",
)
CONTRIBUTIONS = (
    "Kommuner og regioner deler metoder, redskaber og materialer, bidrager med viden og data "
    "om forløbene lokalt og deltager i netværksmøderne.",
    "Municipalities and regions share methods, tools and materials, contribute knowledge and "
    "data about their local courses and take part in the network meetings.",
)
# Each version is titled by its date; appendices are (title, file name, paragraphs).
AGREEMENT_VERSIONS = [
    {
        "date": datetime.date(2017, 3, 1),
        "slug": ("aftale-2017", "agreement-2017"),
        "change_note": (
            "Den første aftale om netværkssamarbejdet.",
            "The first agreement on the network cooperation.",
        ),
        "paragraphs": [PURPOSE, CONTRIBUTIONS],
        "appendices": [
            (
                "Bilag 1: Advisory board (2017)",
                "bilag-1-advisory-board-2017.pdf",
                ["Advisory board rådgiver om udvikling, finansiering og formidling."],
            ),
        ],
    },
    {
        "date": datetime.date(2026, 9, 1),
        "slug": ("aftale-2026", "agreement-2026"),
        "change_note": (
            "Fonden har givet konceptet og sekretariatet videre til kommunerne. Aftalen er "
            "tilpasset, så netværket selv driver sekretariatet.",
            "The foundation has handed the concept and the secretariat to the municipalities. "
            "The agreement now has the network run the secretariat itself.",
        ),
        "paragraphs": [
            PURPOSE,
            CONTRIBUTIONS,
            (
                "Sekretariatet varetages af netværket og driver hjemmesiderne, faciliterer to "
                "årlige netværksmøder og samler erfaringerne op.",
                "The network holds the secretariat, which runs the websites, facilitates two "
                "network meetings a year and gathers the experience.",
            ),
        ],
        "appendices": [
            (
                "Bilag 1: Advisory board",
                "bilag-1-advisory-board.pdf",
                [
                    "Advisory board har højst én repræsentant pr. partnerorganisation.",
                    "Medlemmerne sidder to år ad gangen.",
                ],
            ),
            (
                "Bilag 2: Brugerbetaling",
                "bilag-2-brugerbetaling.pdf",
                ["Brugerbetaling og opstartsbeløb fastsættes hvert år."],
            ),
        ],
    },
]

# Fees

FEES_PAGE = {
    "title": ("Brugerbetaling", "Fees"),
    "slug": ("brugerbetaling", "fees"),
    "introduction": (
        "Deltagende kommuner betaler et årligt brugerbidrag. Nye kommuner betaler desuden "
        "et opstartsbeløb én gang.",
        "Participating municipalities pay a yearly user fee. New municipalities also pay a "
        "start-up fee once.",
    ),
}
# (years from this one, yearly user fee, note), all with the same start-up fee
FEES = [
    (-2, "11500", None),
    (-1, "12000", None),
    (0, "12500", ("Fastsat på forårets netværksmøde.", "Set at the spring network meeting.")),
    (1, "13000", ("Vedtaget for næste år.", "Agreed for next year.")),
]
STARTUP_FEE = "25000"

# The advisory board

BOARD_PAGE = {
    "title": ("Advisory board", "Advisory board"),
    "slug": ("advisory-board", "advisory-board"),
    "introduction": (
        "Boardet rådgiver netværket om udvikling, finansiering og formidling.",
        "The board advises the network on development, funding and communication.",
    ),
}
BOARD_BODY = [
    (
        "Medlemmerne kommer fra forskellige sektorer og sidder to år ad gangen. "
        "Hver partnerorganisation har højst én plads.",
        "The members come from different sectors and serve two years at a time. "
        "Each partner organisation has at most one seat.",
    ),
]

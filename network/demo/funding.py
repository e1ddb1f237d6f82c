"""The demo's funding opportunities, as (Danish, English) pairs. The funds are made up (their
links end in .example); the loader places each deadline `days` from today, so that the list
always has a near deadline, a later one, a rolling one and one that has passed."""

from home.demo.users import CONTRIBUTOR, PROFESSIONAL

FUNDING_PAGE = {
    "title": ("Fondsmuligheder", "Funding"),
    "slug": ("fondsmuligheder", "funding"),
    "introduction": (
        "Fonde og puljer, som netværket og kommunerne kan søge til Familieiværksætterne: frist, "
        "beløb, hvem der kan søge, og hvem i netværket der søger. Følg en mulighed, så får du "
        "en e-mail to uger før fristen.",
        "Foundations and public pools that the network and the municipalities can apply to for "
        "Familieiværksætterne: deadline, amount, who may apply and who in the network is "
        "applying. Follow one, and you get an e-mail two weeks before its deadline.",
    ),
}

# Each: the fields of the opportunity as pairs, `days` to its deadline (None: rolling), its
# status, the municipalities applying and the demo users who follow it.
OPPORTUNITIES = [
    {
        "fund": ("Puljen til tidlig forældrestøtte", "The Early Parental Support Pool"),
        "url": "https://puljer.example/tidlig-foraeldrestoette",
        "amount": ("op til 500.000 kr.", "up to DKK 500,000"),
        "eligibility": ("Kommuner og regioner", "Municipalities and regions"),
        "topic": (
            "Forældreforberedelse for førstegangsforældre",
            "Preparing first-time parents",
        ),
        "applicant_note": (
            "Aarhus samler en fælles ansøgning: skriv til sundhedsplejen i Aarhus, hvis I vil "
            "være med.",
            "Aarhus is gathering a joint application: write to the health visitors in Aarhus "
            "if you want to take part.",
        ),
        "days": 12,
        "status": "preparing",
        "applicants": ["Aarhus", "Odense"],
        "followers": [CONTRIBUTOR],
    },
    {
        "fund": ("Fonden for aktive fædre", "The Foundation for Active Fathers"),
        "url": "https://faedrefonden.example/ansoeg",
        "amount": ("100.000–300.000 kr. pr. projekt", "DKK 100,000–300,000 per project"),
        "eligibility": (
            "Kommuner, regioner og foreninger",
            "Municipalities, regions and associations",
        ),
        "topic": ("Fædre med på lige fod i forløbet", "Fathers on an equal footing in the course"),
        "applicant_note": None,
        "days": 40,
        "status": "open",
        "applicants": [],
        "followers": [PROFESSIONAL, CONTRIBUTOR],
    },
    {
        "fund": (
            "Lokale aktivitetsmidler til sundhedsplejen",
            "Local Activity Funds for Health Visiting",
        ),
        "url": "https://puljer.example/lokale-aktivitetsmidler",
        "amount": ("op til 50.000 kr.", "up to DKK 50,000"),
        "eligibility": ("Kommunale sundhedsplejer", "Municipal health visiting services"),
        "topic": (
            "Materialer, tolkning og oversættelse",
            "Materials, interpreting and translation",
        ),
        "applicant_note": None,
        "days": None,
        "status": "open",
        "applicants": [],
        "followers": [],
    },
    {
        "fund": (
            "Forskningspuljen for forebyggelse i familier",
            "The Research Pool for Prevention in Families",
        ),
        "url": "https://forskningspuljen.example/opslag",
        "amount": ("i alt 5 mio. kr.", "DKK 5 million in all"),
        "eligibility": (
            "Forskere i samarbejde med kommuner",
            "Researchers working with municipalities",
        ),
        "topic": ("Evaluering af forældreforberedelse", "Evaluating parental preparation"),
        "applicant_note": (
            "Sekretariatet har søgt på vegne af netværket sammen med en forsker fra et "
            "universitet.",
            "The secretariat has applied on behalf of the network, together with a researcher "
            "from a university.",
        ),
        "days": -30,
        "status": "applied",
        "applicants": [],
        "followers": [],
    },
]

"""Municipalities on their way in: two that have asked to join through the public form, and one
that has started, with its checklist part done. Dates are counted from today."""

JOIN_PAGE = {
    "title": ("Bliv en del af netværket", "Join the network"),
    "slug": ("bliv-en-del-af-netvaerket", "join-the-network"),
    "introduction": (
        "Vil jeres kommune tilbyde Familieiværksætterne? Fortæl os lidt om jer, så kontakter "
        "sekretariatet jer om aftalen, opstarten og hjælpen til at komme godt i gang.",
        "Would your municipality like to offer Familieiværksætterne? Tell us a little about "
        "yourselves, and the secretariat will contact you about the agreement, the start and "
        "the help to get going.",
    ),
}
THANK_YOU = (
    "Tak for jeres henvendelse. Sekretariatet vender tilbage inden for et par uger med et "
    "forslag til et første møde.",
    "Thank you for getting in touch. The secretariat will come back to you within a couple of "
    "weeks with a suggestion for a first meeting.",
)

# municipality: (contact person, e-mail, phone, quarters from now, births a year, message)
JOIN_REQUESTS = {
    "Køge": (
        "Bente Lykke",
        "bente.lykke@koege.kommune.example",
        "56 67 10 00",
        2,
        620,
        "Vi har hørt om forløbet fra Roskilde og vil gerne høre mere om, hvad opstarten kræver.",
    ),
    "Thisted": (
        "Jonas Kjeldsen",
        "jonas.kjeldsen@thisted.kommune.example",
        "",
        4,
        380,
        "Sundhedsplejen og jordemødrene vil gerne i gang sammen. Kan vi besøge en kommune, der "
        "allerede kører hold?",
    ),
}

# The starting municipality's checklist: step -> days from today (negative: done)
ONBOARDING = {
    "municipality": "Guldborgsund",
    "steps": {
        "agreement_signed": -60,
        "startup_fee_invoiced": -55,
        "startup_fee_paid": -30,
        "contacts_invited": -20,
        "first_course": 45,
    },
    "note": "Drejebogen overdrages på opstartsmødet med sundhedsplejen.",
}

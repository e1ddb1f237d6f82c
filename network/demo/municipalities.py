"""Where the demo municipalities stand with FIV, their contacts, and who of the demo's people
works where."""

from home.demo.users import CONTRIBUTOR, PROFESSIONAL

# name: (status, offering since, contacts as (name, role))
MUNICIPALITIES = {
    "Aarhus": ("offers", 2014, [("Anne Holm", "health_visitor"), ("Mette Lund", "midwife")]),
    "Odense": ("offers", 2013, [("Lise Bach", "coordinator"), ("Karen Storm", "midwife")]),
    "Aalborg": ("offers", 2015, [("Sofie Krogh", "health_visitor")]),
    "København": (
        "offers",
        2016,
        [("Hanne Vinther", "coordinator"), ("Ida Møller", "health_visitor")],
    ),
    "Esbjerg": ("offers", 2015, [("Birgitte Dahl", "health_visitor")]),
    "Vejle": ("offers", 2014, [("Camilla Friis", "health_visitor"), ("Rikke Skov", "midwife")]),
    "Horsens": ("offers", 2016, [("Louise Brandt", "coordinator")]),
    "Randers": ("offers", 2017, [("Marianne Kjær", "health_visitor")]),
    "Kolding": ("offers", 2015, [("Pia Hviid", "health_visitor")]),
    "Herning": ("offers", 2018, [("Tina Borg", "midwife")]),
    "Silkeborg": ("offers", 2017, [("Helle Ravn", "health_visitor")]),
    "Roskilde": ("offers", 2016, [("Susanne Lind", "coordinator")]),
    "Næstved": ("offers", 2018, [("Dorthe Bang", "health_visitor")]),
    "Holbæk": ("offers", 2019, [("Maja Thorsen", "health_visitor")]),
    "Slagelse": ("offers", 2017, [("Line Kirk", "midwife")]),
    "Svendborg": ("offers", 2016, [("Gitte Aagaard", "health_visitor")]),
    "Sønderborg": ("offers", 2018, [("Nina Hald", "coordinator")]),
    "Viborg": ("offers", 2019, [("Eva Bruun", "health_visitor")]),
    "Hjørring": ("offers", 2017, [("Anja Vestergaard", "health_visitor")]),
    "Frederikshavn": ("offers", 2020, [("Julie Riis", "midwife")]),
    "Gentofte": ("offers", 2018, [("Charlotte Frost", "health_visitor")]),
    "Frederiksberg": ("offers", 2019, [("Malene Winther", "coordinator")]),
    "Helsingør": ("offers", 2020, [("Trine Fog", "health_visitor")]),
    "Hillerød": ("offers", 2021, [("Sanne Holst", "health_visitor")]),
    "Guldborgsund": ("starting", None, [("Lone Eskildsen", "coordinator")]),
    "Skive": ("starting", None, []),
    "Faaborg-Midtfyn": ("starting", None, []),
    "Køge": ("interested", None, []),
    "Thisted": ("interested", None, []),
    "Fredericia": ("interested", None, []),
    "Lolland": ("stopped", 2016, []),
    "Bornholm": ("stopped", 2017, []),
}
WEBSITES = {
    "Aarhus": "https://www.aarhus.dk",
    "Odense": "https://www.odense.dk",
    "Aalborg": "https://www.aalborg.dk",
    "København": "https://www.kk.dk",
}
# username: the municipality the demo user works for
MEMBERSHIPS = {CONTRIBUTOR: "Aarhus", PROFESSIONAL: "Odense"}
# The demo contributor submits for Aarhus (and reads the professional area like everyone).
CONTRIBUTORS = {CONTRIBUTOR: "Aarhus"}

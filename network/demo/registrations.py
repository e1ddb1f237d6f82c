"""Colleagues from other municipalities who have signed up for the coming meetings, so that the
meeting pages show who comes and the secretariat has a list to export."""

# username: (first name, last name, municipality)
PARTICIPANTS = {
    "sofie.krogh": ("Sofie", "Krogh", "Aalborg"),
    "camilla.friis": ("Camilla", "Friis", "Vejle"),
    "hanne.vinther": ("Hanne", "Vinther", "København"),
    "nina.hald": ("Nina", "Hald", "Sønderborg"),
}

# (username, participants, note) for the next network meeting and for the next theme day
NETWORK_MEETING = [
    ("sofie.krogh", 2, "Vi kommer med tog og når først frem kl. 10.15."),
    ("camilla.friis", 3, ""),
    ("hanne.vinther", 4, "To af os spiser vegetarisk."),
    ("nina.hald", 1, "Jeg vil gerne fortælle kort om vores hold med tysktalende underviser."),
]
THEME_DAY = [
    ("camilla.friis", 2, ""),
    ("hanne.vinther", 5, "Vi deltager fra to bydele."),
]

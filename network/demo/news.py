"""The demo's news for members, as (Danish, English) pairs; dated some days before today."""

MEMBER_NEWS_INDEX = {
    "title": ("Nyt til medlemmer", "News for members"),
    "slug": ("nyt-til-medlemmer", "news-for-members"),
    "introduction": (
        "Nyt fra sekretariatet og netværket, kun for medlemmer.",
        "News from the secretariat and the network, for members only.",
    ),
}

MEMBER_NEWS = [
    {
        "days_ago": 12,
        "title": (
            "Ny version af netværksaftalen er på vej",
            "A new network agreement is on its way",
        ),
        "slug": ("ny-netvaerksaftale-paa-vej", "new-network-agreement-on-its-way"),
        "introduction": (
            "Sekretariatet sender et udkast til høring i kommunerne før sommer.",
            "The secretariat sends a draft to the municipalities for comments before summer.",
        ),
        "paragraphs": [
            (
                "Udkastet samler de ændringer, som netværksmødet bad om: en tydeligere "
                "beskrivelse af brugerbetalingen og af, hvordan nye kommuner kommer i gang.",
                "The draft gathers the changes the network meeting asked for: a clearer "
                "description of the user fee and of how new municipalities get started.",
            ),
        ],
    },
    {
        "days_ago": 3,
        "title": ("Materialer til fædregrupper søges", "Materials for fathers' groups wanted"),
        "slug": ("materialer-til-faedregrupper", "materials-for-fathers-groups"),
        "introduction": (
            "Har I gode erfaringer med fædregrupper? Del jeres materialer i biblioteket.",
            "Do you have good experience with fathers' groups? Share your materials in the "
            "library.",
        ),
        "paragraphs": [
            (
                "Flere kommuner vil gerne i gang med fædregrupper. Læg jeres øvelser og "
                "invitationer i biblioteket, så kan andre bygge videre på dem.",
                "Several municipalities want to start fathers' groups. Put your exercises and "
                "invitations in the library, so that others can build on them.",
            ),
        ],
    },
]

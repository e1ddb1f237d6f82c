"""The demo contributor's contributions (Aarhus), one in each state of the workflow, so that
"Mine bidrag" and the secretariat's dashboard have something to show."""

CONTRIBUTIONS = [
    {
        "state": "draft",
        "title": "Tjekliste til det første hjemmebesøg efter kurset",
        "summary": "En kort tjekliste, som sundhedsplejersken kan tage med til det første "
        "hjemmebesøg, så det, forældrene lærte på kurset, bliver samlet op.",
        "kind": "tool",
        "tags": ["hjemmebesøg", "sundhedspleje"],
    },
    {
        "state": "awaiting",
        "title": "Sangkort til de første uger",
        "summary": "Seks enkle sange med tekst og fagter, som forældre kan synge med deres "
        "nyfødte. Vi deler dem ud på den sidste kursusgang.",
        "kind": "material",
        "tags": ["sang", "tilknytning"],
    },
    {
        "state": "changes_requested",
        "title": "Samtaleguide: fars første uger",
        "summary": "Spørgsmål til en samtale med fædre om de første uger efter fødslen: "
        "søvn, arbejde, parforhold og hvem man kan spørge.",
        "kind": "method",
        "tags": ["fædre", "parforhold"],
        "comment": "Tak, den er god! Vil I tilføje en kort vejledning til den, der leder "
        "samtalen, og nævne hvor lang tid den tager?",
    },
    {
        "state": "published",
        "title": "Invitation til fædremøde i Aarhus",
        "summary": "Den invitation, vi sender til alle kommende fædre før kurset: kort, "
        "konkret og med et billede af dem, de møder.",
        "kind": "material",
        "tags": ["fædre", "rekruttering"],
    },
]

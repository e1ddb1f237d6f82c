"""Handouts of a few demo materials whose words are found nowhere else in the demo: the site
search finds them by the text inside the file only, one of each format it reads (PDF, Word,
PowerPoint). {material slug: [(title, English title, file name, paragraphs)]}"""

HANDOUTS = {
    "drejebog-for-gruppeforloebet": [
        (
            "Slides til gruppelederens første gang",
            "Slides for the group leader's first session",
            "slides-til-foerste-gang.pptx",
            [
                "Begynd med en navnerunde, hvor hver forælder nynner sin yndlingsvuggevise.",
                "Slut af med at aftale, hvem der tager kaffe og boller med næste gang.",
            ],
        )
    ],
    "brev-til-den-kommende-far": [
        (
            "Huskeliste til fars første uge",
            "Checklist for a father's first week",
            "huskeliste-fars-foerste-uge.docx",
            [
                "Læg en ekstra trøje i puslekassen, og skriv jordemoderens nummer på køleskabet.",
            ],
        )
    ],
    "skaermfrit-samvaer-i-familien": [
        (
            "Idéer til skærmfri søndage",
            "Ideas for screen-free Sundays",
            "ideer-til-skaermfri-soendage.pdf",
            ["Byg en hule af sofapuder, og læs højt for hinanden med en lommelygte."],
        )
    ],
}

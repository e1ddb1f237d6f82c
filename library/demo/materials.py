"""Demo content for the network library: methods, tools and materials.

Plain data used to fill a development or demo site with realistic, bilingual
library items. Every text is written for the demo; names of people are
deliberately absent from the materials (the contacts below are invented).
"""

LIBRARY = {
    "title": ("Bibliotek", "Library"),
    "slug": ("bibliotek", "library"),
    "introduction": (
        "Metoder, redskaber og materialer, som kommunerne i netværket har udviklet og deler. "
        "Filtrér efter målgruppe, fase, tema og format, eller søg.",
        "Methods, tools and materials that the municipalities of the network have developed "
        "and share. Filter by target group, phase, theme and format, or search.",
    ),
}

# Whom to ask about a material, in turn.
CONTACT_NAMES = ["Anne Holm", "Lise Bach", "Sofie Krogh", "Camilla Friis", "Helle Ravn"]

# Each material: its texts as (Danish, English) pairs, its facets by slug, its municipality,
# its files as (title, format), and whether the demo translates it into English. Every material
# has English but one, deliberately missing; one English version is deliberately a draft
# ("english_draft"), and one is deliberately outdated: its Danish text changes ("update") after
# its English version was made. So the translation overview shows every state out of the box.
MATERIALS = [
    {
        "slug": "faedregruppe-i-graviditeten",
        "title": ("Fædregruppe i graviditeten", "Fathers' group during pregnancy"),
        "summary": (
            (
                "Et forløb med fire aftenmøder, hvor kommende fædre mødes med en sundhedsplejerske "
                "og taler om rollen som far, før barnet kommer."
            ),
            (
                "A course of four evening meetings where fathers-to-be meet with a health visitor "
                "and talk about becoming a father before the baby arrives."
            ),
        ),
        "body": [
            (
                (
                    "Fædregruppen samler 6-10 kommende fædre i sidste del af graviditeten. Møderne "
                    "ligger om aftenen, så de passer med arbejdet, og de ledes af en "
                    "sundhedsplejerske sammen med en far, der selv har deltaget i "
                    "Familieiværksætterne. Formålet er at give fædrene et rum, hvor de kan stille "
                    "de spørgsmål, som ellers ofte bliver hængende, og mærke, at de er med på lige "
                    "fod."
                ),
                (
                    "The fathers' group brings together 6-10 fathers-to-be in the last part of the "
                    "pregnancy. Meetings are held in the evening so they fit around work, and they "
                    "are led by a health visitor together with a father who has taken part in "
                    "Familieiværksætterne himself. The aim is to give the fathers a space to ask "
                    "the questions that often go unasked and to feel that they are involved on an "
                    "equal footing."
                ),
            ),
            (
                (
                    "Hvert møde har et tema: fødslen og tiden lige efter, søvn og gråd, "
                    "parforholdet under pres og økonomien i barselsperioden. Materialet indeholder "
                    "en mødeplan, forslag til åbningsspørgsmål og en kort vejledning til "
                    "gruppelederen. Erfaringen er, at mange af fædrene bliver ved med at ses, også "
                    "efter at barnet er født."
                ),
                (
                    "Each meeting has a theme: the birth and the time just after, sleep and "
                    "crying, the relationship under pressure, and money during parental leave. The "
                    "material includes a meeting plan, suggested opening questions and a short "
                    "guide for the group leader. Experience shows that many of the fathers keep "
                    "meeting after their babies are born."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["faedre", "kommende-foerstegangsforaeldre"],
        "phases": ["graviditet"],
        "tags": ["fædre", "gruppeforløb"],
        "municipality": "Aarhus",
        "files": [("Mødeplan for fædregruppen", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "samtalekort-om-parforholdet",
        "title": ("Samtalekort om parforholdet", "Conversation cards about the relationship"),
        "summary": (
            (
                "36 samtalekort, der hjælper kommende og nybagte forældre med at tale om "
                "forventninger, arbejdsdeling og nærhed."
            ),
            (
                "36 conversation cards that help expecting and new parents talk about "
                "expectations, sharing the load and closeness."
            ),
        ),
        "body": [
            (
                (
                    "Når et par bliver forældre, ændrer parforholdet sig. Samtalekortene giver "
                    "parret en nem måde at komme i gang med de samtaler, der er svære at tage midt "
                    "i hverdagen. Kortene er delt i tre bunker: forventninger til livet med barn, "
                    "fordeling af opgaver derhjemme og tid til hinanden. Hvert kort har et åbent "
                    "spørgsmål og et lille forslag til, hvordan man kan lytte til svaret."
                ),
                (
                    "When a couple become parents, their relationship changes. The conversation "
                    "cards give the couple an easy way into the conversations that are hard to "
                    "start in the middle of everyday life. The cards come in three piles: "
                    "expectations for life with a child, sharing tasks at home, and time for each "
                    "other. Each card has an open question and a small suggestion for how to "
                    "listen to the answer."
                ),
            ),
            (
                (
                    "Kortene kan bruges hjemme, men de fungerer også godt i forældregruppen, hvor "
                    "parrene taler sammen to og to, før der samles op i fællesskab. "
                    "Sundhedsplejersken kan tage et par kort med til hjemmebesøget, hvis parret "
                    "ønsker det. Der følger en kort vejledning med til fagpersonen om, hvordan man "
                    "rammer samtalen ind uden at blive terapeut."
                ),
                (
                    "The cards can be used at home, but they also work well in the parent group, "
                    "where couples talk in pairs before sharing with everyone. The health visitor "
                    "can bring a few cards to the home visit if the couple would like that. A "
                    "short guide for professionals explains how to frame the conversation without "
                    "slipping into the role of therapist."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["parforhold", "kommunikation"],
        "municipality": "Odense",
        "files": [("Samtalekort til print", "pdf"), ("Vejledning til fagpersoner", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "oekonomivaerktoej-til-unge-foraeldre",
        "title": ("Økonomiværktøj til unge forældre", "Budget tool for young parents"),
        "summary": (
            (
                "Et enkelt budgetværktøj, der hjælper unge forældre med at få overblik over "
                "indtægter, udgifter og ydelser, når familien bliver større."
            ),
            (
                "A simple budgeting tool that helps young parents get an overview of income, "
                "expenses and benefits as the family grows."
            ),
        ),
        "body": [
            (
                (
                    "Mange unge par bliver overraskede over, hvor meget økonomien ændrer sig, når "
                    "de får barn. Værktøjet består af et budgetark og en samtaleguide, som "
                    "sundhedsplejersken eller en frivillig økonomirådgiver kan gennemgå sammen med "
                    "forældrene. Arket er bygget op omkring en almindelig måned og gør det let at "
                    "se, hvad der kommer ind, og hvad der går ud."
                ),
                (
                    "Many young couples are surprised by how much their finances change when they "
                    "have a child. The tool consists of a budget sheet and a conversation guide "
                    "that the health visitor or a volunteer money adviser can go through with the "
                    "parents. The sheet is built around an ordinary month and makes it easy to see "
                    "what comes in and what goes out."
                ),
            ),
            (
                (
                    "Samtaleguiden giver plads til de spørgsmål, der fylder: Hvad koster en "
                    "barnevogn egentlig? Hvornår kommer børne- og ungeydelsen? Hvad sker der med "
                    "indtægten under barsel? Materialet er udviklet sammen med en lokal forening "
                    "for gældsrådgivning og er skrevet i et enkelt sprog uden fagudtryk."
                ),
                (
                    "The conversation guide leaves room for the questions that matter: What does a "
                    "pram actually cost? When does the child benefit arrive? What happens to "
                    "income during parental leave? The material was developed together with a "
                    "local debt advice association and is written in plain language without "
                    "jargon."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["økonomi", "sårbarhed"],
        "municipality": "Aalborg",
        "files": [("Budgetark", "docx"), ("Samtaleguide om økonomi", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "tjekliste-til-foerste-hjemmebesoeg",
        "title": ("Tjekliste til første hjemmebesøg", "Checklist for the first home visit"),
        "summary": (
            (
                "En tjekliste til sundhedsplejersken med de emner, der bør berøres ved det første "
                "besøg efter fødslen."
            ),
            (
                "A checklist for the health visitor covering the topics to raise at the first "
                "visit after the birth."
            ),
        ),
        "body": [
            (
                (
                    "Det første hjemmebesøg ligger typisk få dage efter fødslen, og der er meget "
                    "at nå. Tjeklisten samler de vigtigste punkter på én side: barnets vægt og "
                    "trivsel, amning eller flaskemad, mors heling efter fødslen, søvn i familien "
                    "og hvordan begge forældre har det. Der er også et felt til at notere aftaler "
                    "om næste besøg."
                ),
                (
                    "The first home visit usually takes place a few days after the birth, and "
                    "there is a lot to cover. The checklist gathers the key points on a single "
                    "page: the baby's weight and well-being, breastfeeding or bottle feeding, the "
                    "mother's recovery after the birth, sleep in the family and how both parents "
                    "are doing. There is also a field for noting arrangements for the next visit."
                ),
            ),
            (
                (
                    "Listen er ikke et skema, der skal udfyldes slavisk, men en hjælp til at huske "
                    "helheden. Den minder om, at far eller medmor også skal spørges direkte, og at "
                    "det er vigtigt at fortælle om tilbuddene i Familieiværksætterne. Tjeklisten "
                    "er skrevet i Word, så den let kan tilpasses den enkelte kommunes praksis."
                ),
                (
                    "The list is not a form to be filled in mechanically but a reminder of the "
                    "whole picture. It prompts the health visitor to ask the father or co-mother "
                    "directly, and to tell the family about what Familieiværksætterne offers. The "
                    "checklist is a Word document, so it can easily be adapted to each "
                    "municipality's practice."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner"],
        "phases": ["foedsel-og-de-foerste-uger"],
        "tags": ["trivsel", "amning"],
        "municipality": "Esbjerg",
        "files": [("Tjekliste til første hjemmebesøg", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "tvaerfagligt-samarbejde-jordemoder-og-sundhedsplejerske",
        "title": (
            "Guide til tværfagligt samarbejde mellem jordemoder og sundhedsplejerske",
            "Guide to interdisciplinary collaboration between midwife and health visitor",
        ),
        "summary": (
            (
                "En praktisk guide til, hvordan jordemødre og sundhedsplejersker kan planlægge og "
                "afholde forløbet sammen på tværs af region og kommune."
            ),
            (
                "A practical guide to how midwives and health visitors can plan and run the course "
                "together across region and municipality."
            ),
        ),
        "body": [
            (
                (
                    "Familieiværksætterne bygger på, at jordemoderen og sundhedsplejersken "
                    "arbejder sammen. Det lyder enkelt, men de to faggrupper hører til hver sin "
                    "sektor med forskellige systemer, arbejdstider og regler for deling af "
                    "oplysninger. Guiden beskriver, hvordan man aftaler roller, fordeler "
                    "mødegangene og sikrer, at familien oplever ét sammenhængende forløb frem for "
                    "to adskilte tilbud."
                ),
                (
                    "Familieiværksætterne is built on midwives and health visitors working "
                    "together. That sounds simple, but the two professions belong to different "
                    "sectors, with different systems, working hours and rules on sharing "
                    "information. The guide describes how to agree on roles, divide the sessions "
                    "between you and make sure the family experiences one coherent course rather "
                    "than two separate services."
                ),
            ),
            (
                (
                    "Guiden indeholder en skabelon til en samarbejdsaftale, et forslag til et "
                    "fælles planlægningsmøde før hvert hold og gode råd fra kommuner, der har "
                    "fundet løsninger på typiske forhindringer. Mange af løsningerne er opstået på "
                    "netværksmøderne, hvor fagpersoner fra forskellige kommuner har delt "
                    "erfaringer med hinanden."
                ),
                (
                    "The guide contains a template for a collaboration agreement, a proposal for a "
                    "joint planning meeting before each new group and advice from municipalities "
                    "that have found solutions to common obstacles. Many of those solutions came "
                    "out of the network meetings, where professionals from different "
                    "municipalities have shared their experience with one another."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["fagpersoner"],
        "phases": ["graviditet", "foedsel-og-de-foerste-uger"],
        "tags": ["kommunikation", "fødsel"],
        "municipality": "Vejle",
        "files": [
            ("Guide til tværfagligt samarbejde", "pdf"),
            ("Skabelon til samarbejdsaftale", "docx"),
        ],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "evalueringsskema-efter-forloebet",
        "title": (
            "Evalueringsskema til forældre efter forløbet",
            "Evaluation form for parents after the course",
        ),
        "summary": (
            (
                "Et kort spørgeskema, hvor forældre vurderer forløbet og fortæller, hvad de har "
                "fået ud af det."
            ),
            (
                "A short questionnaire in which parents rate the course and describe what they "
                "gained from it."
            ),
        ),
        "body": [
            (
                (
                    "Skemaet udleveres ved den sidste gruppegang eller sendes digitalt kort efter. "
                    "Det tager omkring ti minutter at udfylde og spørger både til indholdet af de "
                    "enkelte temaer, til fællesskabet i gruppen og til, om begge forældre har følt "
                    "sig inddraget. Der er separate felter til mor, far eller medmor, så de kan "
                    "svare hver for sig."
                ),
                (
                    "The form is handed out at the final group session or sent digitally shortly "
                    "afterwards. It takes about ten minutes to complete and asks about the content "
                    "of each theme, the sense of community in the group and whether both parents "
                    "felt included. There are separate fields for mother, father or co-mother so "
                    "that each can answer independently."
                ),
            ),
            (
                (
                    "Svarene kan samles i et enkelt regneark, så kommunen kan følge udviklingen "
                    "fra hold til hold. Mange kommuner bruger resultaterne, når de deler viden om "
                    "deltagelse og udbytte med resten af netværket. Skemaet er i Word-format og "
                    "kan frit tilpasses lokale behov."
                ),
                (
                    "The answers can be collected in a simple spreadsheet so the municipality can "
                    "follow developments from one group to the next. Many municipalities use the "
                    "results when sharing knowledge about participation and outcomes with the rest "
                    "of the network. The form is in Word format and can be freely adapted to local "
                    "needs."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner", "kommende-foerstegangsforaeldre"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["evaluering"],
        "municipality": "Horsens",
        "files": [("Evalueringsskema", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "invitation-til-foraeldregruppe",
        "title": ("Invitation til forældregruppe", "Invitation to a parent group"),
        "summary": (
            (
                "En skabelon til en venlig og enkel invitation, der byder kommende forældre "
                "velkommen i forældregruppen."
            ),
            (
                "A template for a friendly, simple invitation welcoming expecting parents to the "
                "parent group."
            ),
        ),
        "body": [
            (
                (
                    "Den første invitation har stor betydning for, om familien dukker op. "
                    "Skabelonen er skrevet i et varmt og konkret sprog og henvender sig til begge "
                    "forældre. Den fortæller, hvor og hvornår gruppen mødes, hvad der skal ske "
                    "første gang, og at man ikke behøver at forberede noget. Der er plads til et "
                    "foto af sundhedsplejersken og jordemoderen, så familien ved, hvem de skal "
                    "møde."
                ),
                (
                    "The first invitation matters a great deal for whether the family turns up. "
                    "The template is written in warm, concrete language and speaks to both "
                    "parents. It tells them where and when the group meets, what will happen the "
                    "first time and that there is nothing to prepare. There is room for a photo of "
                    "the health visitor and the midwife so the family knows who they will meet."
                ),
            ),
            (
                (
                    "Skabelonen findes både som redigerbar Word-fil og som færdig PDF. Kommunen "
                    "indsætter selv tid, sted og kontaktoplysninger. Erfaringen viser, at en "
                    "påmindelse via sms et par dage før første møde øger fremmødet, især blandt "
                    "fædrene. I vejledningen er der også forslag til, hvordan invitationen kan "
                    "følges op med et opkald til familier, som ikke har svaret."
                ),
                (
                    "The template is available both as an editable Word file and as a finished "
                    "PDF. The municipality fills in the time, place and contact details. "
                    "Experience shows that a text message reminder a few days before the first "
                    "meeting increases attendance, especially among fathers. The guidance also "
                    "suggests how to follow up the invitation with a phone call to families who "
                    "have not replied."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["graviditet"],
        "tags": ["gruppeforløb", "netværk"],
        "municipality": "Randers",
        "files": [("Invitation, redigerbar", "docx"), ("Invitation, færdig udgave", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "familieivaerksaetterne-paa-let-dansk",
        "title": ("Familieiværksætterne på let dansk", "Familieiværksætterne in easy Danish"),
        "summary": (
            (
                "En kort introduktion til forløbet skrevet på let dansk til familier, der har "
                "dansk som andetsprog eller har svært ved at læse."
            ),
            (
                "A short introduction to the course written in easy Danish for families who speak "
                "Danish as a second language or find reading difficult."
            ),
        ),
        "body": [
            (
                (
                    "Folderen forklarer med korte sætninger og mange billeder, hvad "
                    "Familieiværksætterne er, hvem der kan være med, og hvad man taler om på "
                    "møderne. Den er skrevet, så den kan læses af en person med et begrænset "
                    "ordforråd, og svære ord som barsel, sundhedspleje og dagtilbud er forklaret i "
                    "en lille ordliste bagest."
                ),
                (
                    "The leaflet uses short sentences and plenty of pictures to explain what "
                    "Familieiværksætterne is, who can take part and what is discussed at the "
                    "meetings. It is written so that it can be read by someone with a limited "
                    "vocabulary, and difficult words such as parental leave, health visiting and "
                    "day care are explained in a small glossary at the back."
                ),
            ),
            (
                (
                    "Materialet er afprøvet med forældre på et sprogcenter og rettet til efter "
                    "deres kommentarer. Det kan bruges alene, men virker bedst, når "
                    "sundhedsplejersken gennemgår det sammen med familien og eventuelt en tolk. "
                    "Det understreger, at tilbuddet er gratis, og at både mor og far er velkomne."
                ),
                (
                    "The material was tested with parents at a language centre and revised in "
                    "response to their comments. It can be used on its own, but works best when "
                    "the health visitor goes through it with the family, with an interpreter if "
                    "needed. It stresses that the service is free and that both mother and father "
                    "are welcome."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["sprog", "sårbarhed"],
        "municipality": "København",
        "files": [("Folder på let dansk", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "soevnguide-det-foerste-aar",
        "title": ("Søvnguide til det første år", "Sleep guide for the first year"),
        "summary": (
            (
                "En guide til søvn hos spædbørn og voksne med realistiske forventninger og gode "
                "råd til nætterne."
            ),
            (
                "A guide to sleep for babies and adults, with realistic expectations and practical "
                "advice for the nights."
            ),
        ),
        "body": [
            (
                (
                    "Søvn er et af de emner, nybagte forældre spørger mest til. Guiden forklarer, "
                    "hvordan et spædbarns søvn udvikler sig måned for måned, og hvorfor det er "
                    "helt normalt, at barnet vågner ofte i begyndelsen. Den giver råd om sikker "
                    "søvn, faste rutiner ved sengetid og om, hvordan man kan lære barnets "
                    "træthedstegn at kende."
                ),
                (
                    "Sleep is one of the topics new parents ask about most. The guide explains how "
                    "a baby's sleep develops month by month and why it is perfectly normal for the "
                    "baby to wake often at first. It gives advice on safe sleep, regular bedtime "
                    "routines and how to recognise the baby's signs of tiredness."
                ),
            ),
            (
                (
                    "En stor del af guiden handler om de voksnes egen søvn. Den foreslår, at "
                    "parret lægger en plan for nætterne, så begge får hvile, og at de tager imod "
                    "hjælp fra familie og venner. Der er også et afsnit om, hvornår man bør "
                    "kontakte sundhedsplejersken, hvis trætheden bliver for stor."
                ),
                (
                    "A large part of the guide is about the adults' own sleep. It suggests that "
                    "the couple make a plan for the nights so that both get some rest, and that "
                    "they accept help from family and friends. There is also a section on when to "
                    "contact the health visitor if the exhaustion becomes too much."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["søvn", "trivsel"],
        "municipality": "Kolding",
        "files": [("Søvnguide", "pdf")],
        "language": "da",
        "translate": True,
        # Deliberately outdated in English: added to the Danish introduction after translation.
        "update": " Opdateret med et nyt afsnit om lur i dagplejen.",
    },
    {
        "slug": "amning-de-foerste-uger",
        "title": ("Amning de første uger", "Breastfeeding in the first weeks"),
        "summary": (
            (
                "Et materiale om amningens begyndelse, der giver mor og partner viden og tro på "
                "egne evner."
            ),
            (
                "A resource on getting started with breastfeeding that gives the mother and her "
                "partner knowledge and confidence."
            ),
        ),
        "body": [
            (
                (
                    "De første uger med amning kan være både fine og svære. Materialet gennemgår, "
                    "hvordan barnet kommer godt til brystet, hvordan man ser, at barnet får nok, "
                    "og hvad man kan gøre ved ømme brystvorter eller for lidt mælk. Teksten er "
                    "skrevet, så den kan læses i små bidder, fx mens barnet sover."
                ),
                (
                    "The first weeks of breastfeeding can be both lovely and hard. The resource "
                    "explains how to help the baby latch well, how to tell that the baby is "
                    "getting enough and what to do about sore nipples or a low milk supply. It is "
                    "written to be read in small portions, for example while the baby is asleep."
                ),
            ),
            (
                (
                    "Et særskilt afsnit henvender sig til partneren, der kan gøre en stor forskel "
                    "ved at tage sig af alt det andet: mad, vand, besøg og de små pauser. "
                    "Materialet gør det også klart, at det er helt i orden at vælge flaskemad, og "
                    "at sundhedsplejersken kan hjælpe, uanset hvilken vej familien går."
                ),
                (
                    "A separate section is addressed to the partner, who can make a big difference "
                    "by taking care of everything else: food, water, visitors and the small "
                    "breaks. The resource also makes it clear that choosing bottle feeding is "
                    "perfectly fine and that the health visitor can help whichever way the family "
                    "goes."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["foedsel-og-de-foerste-uger"],
        "tags": ["amning"],
        "municipality": "Herning",
        "files": [("Amning de første uger", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "netvaerksmoeder-for-foraeldre",
        "title": (
            "Netværksmøder for forældre i lokalområdet",
            "Network meetings for parents in the local area",
        ),
        "summary": (
            (
                "En metode til at samle forældre fra samme lokalområde, så de kan skabe et "
                "netværk, der holder efter forløbet."
            ),
            (
                "A method for bringing together parents from the same local area so they can build "
                "a network that lasts beyond the course."
            ),
        ),
        "body": [
            (
                (
                    "Når forløbet slutter, står mange familier uden det fællesskab, de har vænnet "
                    "sig til. Metoden beskriver, hvordan sundhedsplejen kan invitere til "
                    "netværksmøder på et bibliotek, i et medborgerhus eller på en lokal café, hvor "
                    "familierne mødes uden en fast dagsorden. Fagpersonen er til stede de første "
                    "gange og trækker sig så gradvist, så gruppen selv tager ansvaret."
                ),
                (
                    "When the course ends, many families find themselves without the community "
                    "they had grown used to. The method describes how the health visiting service "
                    "can invite families to network meetings at a library, community centre or "
                    "local café, where they meet without a fixed agenda. The professional attends "
                    "the first few times and then gradually steps back so that the group takes "
                    "ownership."
                ),
            ),
            (
                (
                    "Metoden lægger vægt på at få familier i en udsat position med. Det sker "
                    "blandt andet ved, at sundhedsplejersken personligt opfordrer dem til at komme "
                    "og hjælper med at finde en makkerfamilie. Materialet indeholder et "
                    "invitationsbrev, en tjekliste til det første møde og idéer til aktiviteter, "
                    "der også appellerer til fædrene."
                ),
                (
                    "The method puts special emphasis on including families in a vulnerable "
                    "position. One way is for the health visitor to encourage them personally to "
                    "come and to help them find a buddy family. The material contains an "
                    "invitation letter, a checklist for the first meeting and ideas for activities "
                    "that also appeal to the fathers."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["det-foerste-aar"],
        "tags": ["netværk", "gruppeforløb"],
        "municipality": "Silkeborg",
        "files": [("Metodebeskrivelse", "pdf"), ("Invitationsbrev til netværksmøde", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "barsel-og-rettigheder",
        "title": ("Barsel og rettigheder", "Parental leave and rights"),
        "summary": (
            (
                "Et overblik over regler for barsel, orlov og dagpenge, så begge forældre kan "
                "planlægge den første tid sammen."
            ),
            (
                "An overview of the rules on maternity and parental leave and benefits, so both "
                "parents can plan the early period together."
            ),
        ),
        "body": [
            (
                (
                    "Mange par er usikre på, hvor meget orlov de har ret til, hvordan den kan "
                    "fordeles, og hvad det betyder for økonomien. Materialet forklarer de "
                    "grundlæggende begreber i et enkelt sprog: graviditetsorlov, barselsorlov, "
                    "forældreorlov, øremærket orlov til hver forælder og barselsdagpenge. Det gør "
                    "tydeligt, at fædre og medmødre har deres egen ret til orlov."
                ),
                (
                    "Many couples are unsure how much leave they are entitled to, how it can be "
                    "shared and what it means for their finances. The resource explains the basic "
                    "concepts in plain language: pregnancy leave, maternity leave, parental leave, "
                    "leave earmarked for each parent and parental leave benefits. It makes clear "
                    "that fathers and co-mothers have their own right to leave."
                ),
            ),
            (
                (
                    "Reglerne ændres med jævne mellemrum, og den enkelte families situation "
                    "afhænger af overenskomst og ansættelsesforhold. Materialet giver derfor ikke "
                    "juridisk rådgivning, men hjælper parret med at finde de rigtige spørgsmål at "
                    "stille arbejdsgiveren, fagforeningen og kommunen. Det kan med fordel "
                    "gennemgås på gruppemødet om økonomi og jura."
                ),
                (
                    "The rules change from time to time, and each family's situation depends on "
                    "collective agreements and employment terms. The resource therefore does not "
                    "give legal advice, but helps the couple find the right questions to ask their "
                    "employer, trade union and municipality. It works well as part of the group "
                    "session on money and law."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["jura", "økonomi", "fædre"],
        "municipality": "Roskilde",
        "files": [("Overblik over barsel og rettigheder", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "mental-sundhed-efter-foedslen",
        "title": ("Mental sundhed efter fødslen", "Mental health after the birth"),
        "summary": (
            "Et materiale om humør, bekymringer og efterfødselsreaktioner hos både mødre og fædre.",
            "A resource on mood, worries and postnatal depression in both mothers and fathers.",
        ),
        "body": [
            (
                (
                    "Tiden efter en fødsel er for mange fyldt med glæde, men også med træthed, "
                    "tvivl og store følelser. Materialet forklarer forskellen på de almindelige "
                    "tudedage og en egentlig efterfødselsreaktion, og det beskriver tegn, man skal "
                    "være opmærksom på. Det understreger, at fædre og medmødre også kan få det "
                    "svært, og at det ikke er et tegn på svaghed."
                ),
                (
                    "For many people, the time after a birth is full of joy, but also tiredness, "
                    "doubt and strong emotions. The resource explains the difference between the "
                    "common baby blues and actual postnatal depression, and it describes signs to "
                    "watch out for. It stresses that fathers and co-mothers can also struggle, and "
                    "that this is not a sign of weakness."
                ),
            ),
            (
                (
                    "Bagerst er der en kort oversigt over, hvor man kan få hjælp: hos "
                    "sundhedsplejersken, den praktiserende læge eller frivillige organisationer. "
                    "Materialet lægger op til, at parret taler med hinanden om, hvordan de har "
                    "det, og at de tør sige det højt, hvis hverdagen bliver for tung."
                ),
                (
                    "At the back there is a short overview of where to get help: from the health "
                    "visitor, the GP or voluntary organisations. The resource encourages the "
                    "couple to talk to each other about how they are feeling, and to dare to say "
                    "so out loud if everyday life becomes too heavy."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["mental sundhed", "trivsel"],
        "municipality": "Næstved",
        "files": [("Mental sundhed efter fødslen", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "tilknytning-i-hverdagen",
        "title": ("Tilknytning i hverdagen", "Attachment in everyday life"),
        "summary": (
            (
                "En metode, der hjælper forældre med at forstå barnets signaler og styrke den "
                "tidlige tilknytning gennem små daglige øjeblikke."
            ),
            (
                "A method that helps parents understand their baby's signals and strengthen early "
                "attachment through small everyday moments."
            ),
        ),
        "body": [
            (
                (
                    "Metoden tager udgangspunkt i, at tilknytning opstår i de helt almindelige "
                    "situationer: ved puslebordet, under måltidet og i leg på gulvet. "
                    "Sundhedsplejersken bruger korte videooptagelser eller observationer fra "
                    "hjemmebesøget til at vise forældrene, hvornår barnet søger kontakt, og "
                    "hvornår det har brug for en pause. Fokus er på det, der allerede lykkes."
                ),
                (
                    "The method is based on the idea that attachment grows in quite ordinary "
                    "situations: at the changing table, during meals and while playing on the "
                    "floor. The health visitor uses short video clips or observations from the "
                    "home visit to show the parents when the baby is seeking contact and when it "
                    "needs a break. The focus is on what is already going well."
                ),
            ),
            (
                (
                    "Materialet indeholder en vejledning til fagpersonen og et lille hæfte til "
                    "familien med øvelser, der passer til barnets alder fra de første uger og frem "
                    "til børnehavealderen. Øvelserne er enkle og tager kun få minutter, så de kan "
                    "passes ind i en travl hverdag."
                ),
                (
                    "The material contains guidance for professionals and a small booklet for the "
                    "family with exercises suited to the child's age, from the first weeks up to "
                    "kindergarten age. The exercises are simple and take only a few minutes, so "
                    "they fit into a busy everyday life."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["det-foerste-aar", "et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["tilknytning"],
        "municipality": "Holbæk",
        "files": [("Vejledning til fagpersoner", "pdf"), ("Øvelseshæfte til familien", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "sprogstimulering-gennem-leg-og-samtale",
        "title": (
            "Sprogstimulering gennem leg og samtale",
            "Language stimulation through play and conversation",
        ),
        "summary": (
            (
                "Et materiale med lege, rim og samtaleidéer, der styrker barnets sprog fra de "
                "første ord til skolestart."
            ),
            (
                "A resource with games, rhymes and conversation ideas that strengthen the child's "
                "language from the first words until starting school."
            ),
        ),
        "body": [
            (
                (
                    "Børn lærer sprog ved at blive talt med, ikke bare talt til. Materialet viser, "
                    "hvordan forældre kan bruge hverdagens gøremål som anledninger til samtale: at "
                    "sætte ord på det, man gør, at vente på barnets svar og at bygge videre på "
                    "barnets egne ord. Der er forslag til bøger, sange og rim, der passer til "
                    "forskellige aldre."
                ),
                (
                    "Children learn language by being talked with, not just talked to. The "
                    "resource shows how parents can use everyday chores as opportunities for "
                    "conversation: putting words to what you are doing, waiting for the child's "
                    "response and building on the child's own words. There are suggestions for "
                    "books, songs and rhymes suited to different ages."
                ),
            ),
            (
                (
                    "Et afsnit handler om familier, der taler flere sprog derhjemme. Her er "
                    "budskabet klart: Det er en styrke, og forældrene skal tale det sprog med "
                    "barnet, som de selv er mest fortrolige med. Materialet kan uddeles ved "
                    "hjemmebesøg omkring toårsalderen eller bruges som tema på et gruppemøde."
                ),
                (
                    "One section is about families who speak several languages at home. The "
                    "message here is clear: it is a strength, and the parents should speak to "
                    "their child in the language they are most comfortable with. The resource can "
                    "be handed out at home visits around the age of two or used as a theme at a "
                    "group meeting."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["sprog", "tilknytning"],
        "municipality": "Slagelse",
        "files": [("Lege, rim og samtaleidéer", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "faedre-paa-lige-fod-i-hjemmebesoeget",
        "title": (
            "Fædre på lige fod i hjemmebesøget",
            "Fathers on an equal footing in the home visit",
        ),
        "summary": (
            (
                "En metode, der sikrer, at far eller medmor bliver set og inddraget som ligeværdig "
                "forælder ved sundhedsplejerskens besøg."
            ),
            (
                "A method that ensures the father or co-mother is seen and involved as an equal "
                "parent during the health visitor's visits."
            ),
        ),
        "body": [
            (
                (
                    "Hjemmebesøg har traditionelt været rettet mod mor og barn, og mange fædre "
                    "oplever, at de sidder på sidelinjen. Metoden giver sundhedsplejersken "
                    "konkrete greb: at planlægge besøget på et tidspunkt, hvor begge kan være "
                    "hjemme, at henvende sig direkte til begge og at spørge til fars trivsel og "
                    "forventninger på samme måde som til mors."
                ),
                (
                    "Home visits have traditionally focused on mother and baby, and many fathers "
                    "feel they are left on the sidelines. The method gives health visitors "
                    "concrete approaches: scheduling the visit when both parents can be at home, "
                    "addressing both of them directly and asking about the father's well-being and "
                    "expectations in the same way as the mother's."
                ),
            ),
            (
                (
                    "Materialet rummer en refleksionsøvelse til personalegruppen om egne vaner og "
                    "antagelser, en kort samtaleguide og eksempler på formuleringer, der inviterer "
                    "far med ind i samtalen. Kommuner, der har brugt metoden, fortæller, at "
                    "fædrene oftere deltager i de efterfølgende besøg og i gruppeforløbet."
                ),
                (
                    "The material includes a reflection exercise for the staff team about their "
                    "own habits and assumptions, a short conversation guide and examples of "
                    "phrasing that invite the father into the conversation. Municipalities that "
                    "have used the method report that fathers more often take part in later visits "
                    "and in the group course."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["fagpersoner", "faedre"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["fædre", "kommunikation"],
        "municipality": "Svendborg",
        "files": [("Metodebeskrivelse og samtaleguide", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "spoergeskema-om-trivsel-hos-nybagte-faedre",
        "title": (
            "Spørgeskema om trivsel hos nybagte fædre",
            "Questionnaire on well-being for new fathers",
        ),
        "summary": (
            (
                "Et kort spørgeskema, som sundhedsplejersken kan bruge til at tale med fædre om "
                "humør, søvn og belastning i det første år."
            ),
            (
                "A short questionnaire the health visitor can use to talk with fathers about mood, "
                "sleep and stress in the first year."
            ),
        ),
        "body": [
            (
                (
                    "Fædre taler sjældnere om, at de har det svært, og tegnene kan se anderledes "
                    "ud end hos mødre, fx som irritabilitet, flugt ind i arbejdet eller "
                    "tilbagetrækning. Spørgeskemaet består af ti enkle spørgsmål, som far kan "
                    "besvare på få minutter ved et hjemmebesøg omkring to og seks måneder efter "
                    "fødslen."
                ),
                (
                    "Fathers are less likely to say that they are struggling, and the signs can "
                    "look different from those in mothers, for example irritability, escaping into "
                    "work or withdrawal. The questionnaire consists of ten simple questions that "
                    "the father can answer in a few minutes at a home visit around two and six "
                    "months after the birth."
                ),
            ),
            (
                (
                    "Skemaet er ikke et diagnostisk redskab, men en indgang til samtalen. "
                    "Vejledningen beskriver, hvordan svarene kan følges op, og hvornår det er "
                    "relevant at henvise til egen læge eller andre tilbud. Skemaet er i "
                    "Word-format, så kommunen kan tilføje lokale kontaktoplysninger."
                ),
                (
                    "The form is not a diagnostic instrument but a way into the conversation. The "
                    "guidance describes how to follow up on the answers and when it is appropriate "
                    "to refer the father to his GP or other services. The form is in Word format "
                    "so that the municipality can add local contact details."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["faedre", "fagpersoner"],
        "phases": ["det-foerste-aar"],
        "tags": ["fædre", "mental sundhed"],
        "municipality": "Sønderborg",
        "files": [("Spørgeskema om fædres trivsel", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "foedselsforberedelse-for-par",
        "title": ("Fødselsforberedelse for par", "Birth preparation for couples"),
        "summary": (
            (
                "Et fødselsforberedende forløb, hvor jordemoderen forbereder både den fødende og "
                "partneren på fødslen og de første døgn."
            ),
            (
                "A birth preparation course in which the midwife prepares both the birthing parent "
                "and the partner for labour and the first days."
            ),
        ),
        "body": [
            (
                (
                    "Forløbet består af tre mødegange i graviditetens sidste måneder. Jordemoderen "
                    "gennemgår fødslens faser, smertelindring og det, der sker, hvis fødslen ikke "
                    "går som planlagt. Partneren får en tydelig rolle med konkrete opgaver under "
                    "fødslen, så ingen står tilbage med følelsen af at være overflødig."
                ),
                (
                    "The course consists of three sessions in the final months of pregnancy. The "
                    "midwife goes through the stages of labour, pain relief and what happens if "
                    "the birth does not go as planned. The partner is given a clear role with "
                    "concrete tasks during labour, so that nobody is left feeling superfluous."
                ),
            ),
            (
                (
                    "Den sidste mødegang handler om tiden lige efter fødslen: de første timer med "
                    "barnet, hjemkomsten og hvordan parret kan støtte hinanden. Her deltager "
                    "sundhedsplejersken også, så familierne møder den person, der kommer på besøg, "
                    "når de er kommet hjem. Det giver en tryg overgang mellem region og kommune."
                ),
                (
                    "The final session is about the time just after the birth: the first hours "
                    "with the baby, going home and how the couple can support each other. The "
                    "health visitor also attends this session, so the families meet the person who "
                    "will visit them once they are home. This makes for a reassuring transition "
                    "between region and municipality."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet"],
        "tags": ["fødsel", "parforhold"],
        "municipality": "Viborg",
        "files": [("Mødeplan for fødselsforberedelse", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "overleveringsskema-jordemoder-sundhedsplejerske",
        "title": (
            "Overleveringsskema fra jordemoder til sundhedsplejerske",
            "Handover form from midwife to health visitor",
        ),
        "summary": (
            (
                "Et skema, der sikrer en god overlevering mellem jordemoder og sundhedsplejerske, "
                "når en familie har brug for ekstra støtte."
            ),
            (
                "A form that ensures a good handover from midwife to health visitor when a family "
                "needs extra support."
            ),
        ),
        "body": [
            (
                (
                    "Når jordemoderen i graviditeten bliver opmærksom på, at en familie er i en "
                    "udsat situation, er det vigtigt, at viden og aftaler følger med over i "
                    "kommunen. Skemaet samler de nødvendige oplysninger: familiens egne ønsker, "
                    "hvilke bekymringer der er talt om, hvilket netværk familien har, og hvilke "
                    "aftaler der allerede er lavet."
                ),
                (
                    "When the midwife becomes aware during pregnancy that a family is in a "
                    "vulnerable situation, it is important that knowledge and agreements carry "
                    "over to the municipality. The form gathers the necessary information: the "
                    "family's own wishes, which concerns have been discussed, what network the "
                    "family has and which arrangements have already been made."
                ),
            ),
            (
                (
                    "Skemaet udfyldes altid sammen med familien og med deres samtykke. Det giver "
                    "forældrene indflydelse og gør det lettere for sundhedsplejersken at bygge "
                    "videre på den relation, der allerede er skabt. Vejledningen beskriver de "
                    "regler for samtykke og videregivelse af oplysninger, der gælder på tværs af "
                    "sektorerne."
                ),
                (
                    "The form is always completed together with the family and with their consent. "
                    "This gives the parents a say and makes it easier for the health visitor to "
                    "build on the relationship that already exists. The guidance describes the "
                    "rules on consent and sharing information that apply across the sectors."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner", "familier-i-en-udsat-position"],
        "phases": ["graviditet", "foedsel-og-de-foerste-uger"],
        "tags": ["sårbarhed", "kommunikation"],
        "municipality": "Hjørring",
        "files": [("Overleveringsskema", "docx"), ("Vejledning om samtykke", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "drejebog-for-gruppeforloebet",
        "title": ("Drejebog for gruppeforløbet", "Playbook for the group course"),
        "summary": (
            (
                "En samlet drejebog med mødeplaner, temaer og praktiske råd til kommuner, der vil "
                "starte eller styrke Familieiværksætterne."
            ),
            (
                "A complete playbook with session plans, themes and practical advice for "
                "municipalities that want to start or strengthen Familieiværksætterne."
            ),
        ),
        "body": [
            (
                (
                    "Drejebogen beskriver hele forløbet fra graviditeten til barnets tredje år. "
                    "For hver mødegang er der et formål, en dagsorden, forslag til øvelser og en "
                    "oversigt over, hvilke fagpersoner der med fordel kan deltage, fx en "
                    "økonomirådgiver, en jurist eller en børnepsykolog. Temaerne dækker sundhed, "
                    "økonomi, jura, parforhold og barnets udvikling."
                ),
                (
                    "The playbook describes the whole course from pregnancy to the child's third "
                    "year. For each session there is a purpose, an agenda, suggested exercises and "
                    "an overview of which professionals it would be useful to involve, such as a "
                    "money adviser, a lawyer or a child psychologist. The themes cover health, "
                    "finances, law, the couple's relationship and the child's development."
                ),
            ),
            (
                (
                    "Bagerst findes et afsnit om evaluering med forslag til, hvordan man indsamler "
                    "viden om deltagelse og udbytte. Drejebogen er udarbejdet på baggrund af "
                    "erfaringer fra netværket og kan frit tilpasses lokale forhold. Den findes "
                    "både som PDF og som redigerbar Word-fil."
                ),
                (
                    "At the back there is a section on evaluation with suggestions for how to "
                    "collect knowledge about participation and outcomes. The playbook is based on "
                    "experience from the network and can be freely adapted to local conditions. It "
                    "is available both as a PDF and as an editable Word file."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["fagpersoner"],
        "phases": ["graviditet", "det-foerste-aar", "et-til-tre-aar"],
        "tags": ["gruppeforløb", "evaluering"],
        "municipality": "Frederikshavn",
        "files": [("Drejebog", "pdf"), ("Drejebog, redigerbar udgave", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "samarbejde-med-foreninger-og-virksomheder",
        "title": (
            "Samarbejde med foreninger og lokale virksomheder",
            "Working with associations and local businesses",
        ),
        "summary": (
            (
                "En metode til at involvere civilsamfundet og erhvervslivet i forløbet, fx som "
                "oplægsholdere, værter eller sponsorer."
            ),
            (
                "A method for involving civil society and local business in the course, for "
                "example as speakers, hosts or sponsors."
            ),
        ),
        "body": [
            (
                (
                    "Familieiværksætterne er tænkt som en indsats, hvor hele lokalsamfundet kan "
                    "bidrage. Metoden beskriver, hvordan kommunen kan finde og indgå aftaler med "
                    "frivillige foreninger, idrætsklubber, biblioteker og lokale virksomheder. Det "
                    "kan være en bank, der holder oplæg om privatøkonomi, en forening, der "
                    "tilbyder babysvømning, eller en arbejdsplads, der lægger lokaler til en "
                    "fædregruppe."
                ),
                (
                    "Familieiværksætterne is designed as an initiative the whole local community "
                    "can contribute to. The method describes how the municipality can find and "
                    "make agreements with voluntary associations, sports clubs, libraries and "
                    "local businesses. That might be a bank giving a talk on personal finances, an "
                    "association offering baby swimming, or a workplace lending premises to a "
                    "fathers' group."
                ),
            ),
            (
                (
                    "Materialet indeholder en skabelon til en enkel samarbejdsaftale og en liste "
                    "med gode spørgsmål at afklare på forhånd, fx om markedsføring og "
                    "tavshedspligt. Det er vigtigt, at samarbejdet altid sker på familiernes "
                    "præmisser, og at ingen partner bruger forløbet til salg."
                ),
                (
                    "The material contains a template for a simple partnership agreement and a "
                    "list of useful questions to clarify in advance, for example on marketing and "
                    "confidentiality. It is important that the partnership always works on the "
                    "families' terms and that no partner uses the course to sell."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["fagpersoner"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["netværk"],
        "municipality": "Gentofte",
        "files": [("Metodebeskrivelse", "pdf"), ("Skabelon til samarbejdsaftale", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "budgetark-til-barselsperioden",
        "title": ("Budgetark til barselsperioden", "Budget sheet for the parental leave period"),
        "summary": (
            (
                "Et regneark, hvor parret kan se, hvordan forskellige måder at fordele orloven på "
                "påvirker familiens økonomi."
            ),
            (
                "A spreadsheet that lets the couple see how different ways of sharing leave affect "
                "the family's finances."
            ),
        ),
        "body": [
            (
                (
                    "Budgetarket er lavet til par, der vil planlægge barselsperioden sammen. "
                    "Parret indtaster deres nuværende indtægter og faste udgifter og kan derefter "
                    "afprøve forskellige fordelinger af orloven mellem sig. Arket viser måned for "
                    "måned, hvordan rådighedsbeløbet ændrer sig, og gør det tydeligt, hvornår der "
                    "kan blive stramt."
                ),
                (
                    "The budget sheet is made for couples who want to plan their leave period "
                    "together. The couple enter their current income and fixed expenses and can "
                    "then try out different ways of sharing the leave between them. The sheet "
                    "shows month by month how their disposable income changes and makes it clear "
                    "when money might get tight."
                ),
            ),
            (
                (
                    "Arket giver ikke et præcist facit, fordi lønnen under barsel afhænger af den "
                    "enkeltes ansættelse, men det giver et godt grundlag for samtalen. Mange fædre "
                    "fortæller, at arket har fået dem til at tage mere orlov, end de havde "
                    "planlagt, fordi økonomien viste sig at hænge bedre sammen end frygtet."
                ),
                (
                    "The sheet does not give an exact answer, since pay during leave depends on "
                    "each person's employment, but it provides a good basis for discussion. Many "
                    "fathers say the sheet made them take more leave than they had planned, "
                    "because the finances turned out to add up better than they had feared."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["økonomi", "jura"],
        "municipality": "Frederiksberg",
        "files": [("Budgetark til barselsperioden", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "gode-soevnvaner-fra-et-til-seks-aar",
        "title": ("Gode søvnvaner fra et til seks år", "Good sleep habits from one to six"),
        "summary": (
            (
                "En folder om søvnbehov, putteritualer og natlige opvågninger hos småbørn og "
                "børnehavebørn."
            ),
            (
                "A leaflet on sleep needs, bedtime routines and night waking in toddlers and "
                "preschool children."
            ),
        ),
        "body": [
            (
                (
                    "Når barnet bliver ældre, ændrer søvnen sig igen. Folderen beskriver, hvor "
                    "meget søvn børn typisk har brug for i forskellige aldre, og hvordan "
                    "overgangen fra to lure til én eller ingen kan håndteres. Den giver idéer til "
                    "rolige putteritualer og forklarer, hvorfor mareridt, natterædsel og protester "
                    "ved sengetid er en naturlig del af udviklingen."
                ),
                (
                    "As the child grows older, sleep changes again. The leaflet describes how much "
                    "sleep children typically need at different ages and how to handle the move "
                    "from two naps to one or none. It offers ideas for calm bedtime routines and "
                    "explains why nightmares, night terrors and protests at bedtime are a natural "
                    "part of development."
                ),
            ),
            (
                (
                    "Folderen opfordrer familien til at finde en rytme, der passer til dem, frem "
                    "for at jagte den perfekte plan. Den indeholder også et afsnit om skærme før "
                    "sengetid og om, hvordan søvnmangel påvirker hele familiens humør. Den kan "
                    "bruges ved hjemmebesøg eller som tema i en forældregruppe."
                ),
                (
                    "The leaflet encourages the family to find a rhythm that suits them rather "
                    "than chasing the perfect plan. It also contains a section on screens before "
                    "bedtime and on how lack of sleep affects the whole family's mood. It can be "
                    "used at home visits or as a theme in a parent group."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["søvn"],
        "municipality": "Helsingør",
        "files": [("Folder om søvn", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "ammedagbog-til-de-foerste-uger",
        "title": ("Ammedagbog til de første uger", "Breastfeeding diary for the first weeks"),
        "summary": (
            "En enkel dagbog, hvor familien kan notere amning, bleskift og søvn de første uger.",
            (
                "A simple diary where the family can note feeds, nappy changes and sleep in the "
                "first weeks."
            ),
        ),
        "body": [
            (
                (
                    "I de første uger kan det være svært at huske, hvornår barnet sidst spiste, og "
                    "om der har været våde bleer nok. Ammedagbogen giver et enkelt overblik på én "
                    "side pr. døgn. Den kan udfyldes af både mor og partner, og den giver "
                    "sundhedsplejersken et godt udgangspunkt for samtalen ved hjemmebesøget."
                ),
                (
                    "In the first weeks it can be hard to remember when the baby last fed and "
                    "whether there have been enough wet nappies. The breastfeeding diary gives a "
                    "simple overview on one page per day. It can be filled in by both mother and "
                    "partner, and it gives the health visitor a good starting point for the "
                    "conversation at the home visit."
                ),
            ),
            (
                (
                    "Dagbogen er tænkt som en hjælp i en kort periode og ikke som noget, der skal "
                    "føres i månedsvis. Vejledningen gør opmærksom på, at registrering kan skabe "
                    "bekymring hos nogle forældre, og at sundhedsplejersken derfor bør tale med "
                    "familien om, hvornår det giver mening at stoppe igen."
                ),
                (
                    "The diary is intended as a help for a short period, not something to keep up "
                    "for months. The guidance points out that recording everything can cause worry "
                    "for some parents, so the health visitor should talk with the family about "
                    "when it makes sense to stop again."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["foedsel-og-de-foerste-uger"],
        "tags": ["amning", "søvn"],
        "municipality": "Hillerød",
        "files": [("Ammedagbog", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "velkomstguide-til-internationale-foraeldre",
        "title": (
            "Velkomstguide til internationale forældre",
            "Welcome guide for international parents",
        ),
        "summary": (
            (
                "En guide på engelsk til internationale forældre, der forklarer, hvordan "
                "graviditet, fødsel og sundhedspleje foregår i Danmark."
            ),
            (
                "An English-language guide for international parents explaining how pregnancy "
                "care, birth and health visiting work in Denmark."
            ),
        ),
        "body": [
            (
                (
                    "Familier, der er flyttet til Danmark for nylig, kender ofte ikke det danske "
                    "system med jordemoderkonsultationer, korte indlæggelser efter fødslen og "
                    "hjemmebesøg af sundhedsplejersken. Guiden forklarer trin for trin, hvad "
                    "familien kan forvente fra graviditeten til barnets første uger, og hvem der "
                    "gør hvad. Den er skrevet på engelsk i et enkelt og venligt sprog."
                ),
                (
                    "Families who have recently moved to Denmark are often unfamiliar with the "
                    "Danish system of midwife appointments, short hospital stays after the birth "
                    "and home visits from the health visitor. The guide explains step by step what "
                    "the family can expect from pregnancy to the baby's first weeks, and who does "
                    "what. It is written in simple, friendly English."
                ),
            ),
            (
                (
                    "Guiden introducerer også Familieiværksætterne og forklarer, at tilbuddet er "
                    "for alle førstegangsforældre uanset sprog og baggrund. Den giver gode råd om "
                    "at skabe netværk i et nyt land, fx gennem forældregrupper, biblioteker og "
                    "lokale foreninger, og understreger, at man altid kan bede om en tolk."
                ),
                (
                    "The guide also introduces Familieiværksætterne and explains that the service "
                    "is for all first-time parents, whatever their language or background. It "
                    "offers advice on building a network in a new country, for example through "
                    "parent groups, libraries and local associations, and stresses that you can "
                    "always ask for an interpreter."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["graviditet", "foedsel-og-de-foerste-uger"],
        "tags": ["sprog", "netværk"],
        "municipality": "Aarhus",
        "files": [("Velkomstguide på engelsk", "pdf")],
        "language": "en",
        "translate": True,
    },
    {
        "slug": "moedeplan-for-engelsksprogede-faedremoeder",
        "title": (
            "Mødeplan for engelsksprogede fædremøder",
            "Session plan for English-speaking fathers' meetings",
        ),
        "summary": (
            "En mødeplan på engelsk til fædregrupper med deltagere, der endnu ikke taler dansk.",
            (
                "A session plan in English for fathers' groups whose participants do not yet speak "
                "Danish."
            ),
        ),
        "body": [
            (
                (
                    "I de større byer er der mange kommende fædre, som arbejder på engelsk og "
                    "endnu ikke taler dansk. Mødeplanen gør det muligt at samle dem i en "
                    "fædregruppe, hvor sproget ikke er en barriere. Den følger de samme temaer som "
                    "de danske grupper, men lægger ekstra vægt på at forklare danske regler for "
                    "barsel og den danske måde at tænke dagtilbud på."
                ),
                (
                    "In the larger cities, many fathers-to-be work in English and do not yet speak "
                    "Danish. The session plan makes it possible to bring them together in a "
                    "fathers' group where language is not a barrier. It follows the same themes as "
                    "the Danish groups but puts extra emphasis on explaining Danish rules on "
                    "parental leave and the Danish approach to day care."
                ),
            ),
            (
                (
                    "Planen indeholder fire mødegange med forslag til spørgsmål og øvelser samt en "
                    "kort ordliste med danske ord, som fædrene vil møde i kontakten med "
                    "sundhedsplejen og dagtilbuddet. Flere deltagere har fortalt, at gruppen blev "
                    "deres første sociale netværk i Danmark."
                ),
                (
                    "The plan contains four sessions with suggested questions and exercises, plus "
                    "a short glossary of Danish words the fathers will come across in their "
                    "contact with the health visiting service and day care. Several participants "
                    "have said that the group became their first social network in Denmark."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["faedre"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["fædre", "gruppeforløb", "sprog"],
        "municipality": "København",
        "files": [("Mødeplan på engelsk", "docx")],
        "language": "en",
        "translate": True,
    },
    {
        "slug": "samtaleguide-til-bekymringssamtalen",
        "title": (
            "Samtaleguide til bekymringssamtalen",
            "Conversation guide for raising a concern",
        ),
        "summary": (
            (
                "En guide til fagpersoner om, hvordan man rejser en bekymring over for en familie "
                "på en respektfuld og tydelig måde."
            ),
            (
                "A guide for professionals on how to raise a concern with a family in a respectful "
                "and clear way."
            ),
        ),
        "body": [
            (
                (
                    "Det kan være svært at tage hul på en samtale om bekymring, og mange "
                    "fagpersoner udskyder den af frygt for at skade relationen. Guiden giver en "
                    "enkel struktur: forbered samtalen, beskriv det, du har set, lyt til familiens "
                    "egen forståelse, og aftal de næste skridt sammen. Der er eksempler på "
                    "formuleringer, der er ærlige uden at være anklagende."
                ),
                (
                    "Starting a conversation about a concern can be difficult, and many "
                    "professionals put it off for fear of damaging the relationship. The guide "
                    "offers a simple structure: prepare the conversation, describe what you have "
                    "observed, listen to the family's own understanding and agree on the next "
                    "steps together. There are examples of phrasing that is honest without being "
                    "accusatory."
                ),
            ),
            (
                (
                    "Guiden er især rettet mod samtaler med familier i en udsat position, hvor "
                    "tillid er afgørende. Den minder om at inddrage begge forældre, om at bruge "
                    "tolk, når det er nødvendigt, og om at dokumentere aftalerne. Den kan bruges "
                    "som grundlag for rollespil på et personalemøde."
                ),
                (
                    "The guide is aimed particularly at conversations with families in a "
                    "vulnerable position, where trust is crucial. It reminds professionals to "
                    "involve both parents, to use an interpreter when needed and to document what "
                    "has been agreed. It can be used as the basis for role play at a staff "
                    "meeting."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner", "familier-i-en-udsat-position"],
        "phases": ["graviditet", "det-foerste-aar"],
        "tags": ["sårbarhed", "kommunikation"],
        "municipality": "Odense",
        "files": [("Samtaleguide", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "parforholdet-naar-barnet-er-kommet",
        "title": ("Parforholdet når barnet er kommet", "The relationship after the baby arrives"),
        "summary": (
            (
                "En workshop for par, der sætter fokus på, hvordan parforholdet kan holdes ved "
                "lige i barnets første år."
            ),
            (
                "A workshop for couples focusing on how to look after their relationship during "
                "the baby's first year."
            ),
        ),
        "body": [
            (
                (
                    "Det første år med barn er en af de største omvæltninger i et parforhold. "
                    "Workshoppen ligger omkring fire måneder efter fødslen og varer to timer. "
                    "Parrene arbejder med enkle øvelser om, hvordan de fordeler opgaverne, taler "
                    "sammen, når de er trætte, og finder tid til hinanden i en hverdag, der er "
                    "styret af barnets behov."
                ),
                (
                    "The first year with a baby is one of the biggest upheavals a relationship "
                    "goes through. The workshop takes place around four months after the birth and "
                    "lasts two hours. Couples work with simple exercises on how they share tasks, "
                    "how they talk to each other when they are tired and how they find time for "
                    "each other in an everyday life governed by the baby's needs."
                ),
            ),
            (
                (
                    "Workshoppen ledes af en sundhedsplejerske og en familieterapeut. Der er "
                    "børnepasning i lokalet ved siden af, så parret kan koncentrere sig. Mange par "
                    "fortæller, at det i sig selv var en lettelse at høre, at andre har de samme "
                    "konflikter, og at små ændringer kan gøre en stor forskel."
                ),
                (
                    "The workshop is led by a health visitor and a family therapist. Childcare is "
                    "provided in the room next door so the couple can concentrate. Many couples "
                    "say it was a relief in itself to hear that others have the same conflicts, "
                    "and that small changes can make a big difference."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["det-foerste-aar"],
        "tags": ["parforhold", "trivsel"],
        "municipality": "Aalborg",
        "files": [("Workshopplan", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "faderskab-og-foraeldremyndighed-for-ugifte-par",
        "title": (
            "Faderskab og forældremyndighed for ugifte par",
            "Paternity and parental responsibility for unmarried couples",
        ),
        "summary": (
            (
                "En enkel forklaring på, hvad ugifte par skal være opmærksomme på omkring "
                "faderskab, forældremyndighed og navngivning."
            ),
            (
                "A simple explanation of what unmarried couples should be aware of regarding "
                "paternity, parental responsibility and naming."
            ),
        ),
        "body": [
            (
                (
                    "Mange ugifte par ved ikke, at de selv skal tage stilling til faderskab og "
                    "forældremyndighed i forbindelse med fødslen. Materialet forklarer i "
                    "overordnede træk, hvordan faderskab eller medmoderskab bliver registreret, og "
                    "hvordan parret kan få fælles forældremyndighed ved at afgive en erklæring. "
                    "Det forklarer også, hvorfor det har betydning for barnet og for begge "
                    "forældre."
                ),
                (
                    "Many unmarried couples do not realise that they need to take a position on "
                    "paternity and parental responsibility in connection with the birth. The "
                    "resource explains in broad terms how paternity or co-maternity is registered "
                    "and how the couple can obtain joint parental responsibility by making a "
                    "declaration. It also explains why this matters for the child and for both "
                    "parents."
                ),
            ),
            (
                (
                    "Materialet er ikke juridisk rådgivning, og reglerne kan ændre sig. Det "
                    "henviser derfor til de officielle myndigheder og til gratis retshjælp, hvis "
                    "familien har brug for at få talt sin situation igennem. Det egner sig godt "
                    "til gruppemødet om jura, hvor en jurist fra kommunen eller en frivillig "
                    "retshjælp kan deltage."
                ),
                (
                    "The resource is not legal advice, and the rules may change. It therefore "
                    "refers to the official authorities and to free legal aid if the family needs "
                    "to talk through their situation. It works well at the group session on law, "
                    "where a lawyer from the municipality or a volunteer legal aid service can "
                    "take part."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet"],
        "tags": ["jura", "fædre"],
        "municipality": "Esbjerg",
        "files": [("Faderskab og forældremyndighed", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "evalueringsguide-til-fagpersoner-i-netvaerket",
        "title": (
            "Evalueringsguide til fagpersoner i netværket",
            "Evaluation guide for professionals in the network",
        ),
        "summary": (
            (
                "En metode til fælles evaluering, så kommunerne i netværket kan sammenligne "
                "erfaringer og lære af hinanden."
            ),
            (
                "A method for shared evaluation so that the municipalities in the network can "
                "compare experience and learn from one another."
            ),
        ),
        "body": [
            (
                (
                    "Når mange kommuner tilbyder Familieiværksætterne, er der meget at lære af at "
                    "se på tværs. Guiden foreslår et lille fælles sæt af nøgletal, fx hvor mange "
                    "familier der deltager, hvor mange fædre der kommer, og hvor tilfredse "
                    "forældrene er med forløbet. Nøgletallene er valgt, så de er lette at indsamle "
                    "uden at skabe ekstra bureaukrati."
                ),
                (
                    "When many municipalities offer Familieiværksætterne, there is a lot to learn "
                    "from comparing across them. The guide proposes a small shared set of key "
                    "figures, such as how many families take part, how many fathers attend and how "
                    "satisfied the parents are with the course. The figures are chosen to be easy "
                    "to collect without creating extra bureaucracy."
                ),
            ),
            (
                (
                    "Guiden beskriver også, hvordan fagpersonerne kan evaluere deres eget udbytte, "
                    "fx af samarbejdet mellem jordemødre og sundhedsplejersker. Resultaterne "
                    "præsenteres på netværksmøderne to gange om året, hvor kommunerne drøfter, "
                    "hvad der virker, og hvad der kan forbedres. Et eksempel på en årlig opsamling "
                    "er vedlagt som inspiration."
                ),
                (
                    "The guide also describes how professionals can evaluate what they themselves "
                    "gain, for example from the collaboration between midwives and health "
                    "visitors. The results are presented at the network meetings held twice a "
                    "year, where municipalities discuss what works and what could be improved. An "
                    "example of an annual summary is included for inspiration."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["fagpersoner"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["evaluering", "netværk"],
        "municipality": "Vejle",
        "files": [("Evalueringsguide", "pdf"), ("Skabelon til årlig opsamling", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "observationsark-om-samspil-og-tilknytning",
        "title": (
            "Observationsark om samspil og tilknytning",
            "Observation sheet on interaction and attachment",
        ),
        "summary": (
            (
                "Et observationsark, der hjælper sundhedsplejersken med at beskrive samspillet "
                "mellem barn og forældre på en anerkendende måde."
            ),
            (
                "An observation sheet that helps the health visitor describe the interaction "
                "between baby and parents in an appreciative way."
            ),
        ),
        "body": [
            (
                (
                    "Arket guider sundhedsplejersken gennem en kort observation af samspillet ved "
                    "fx amning, bleskift eller leg. Det rummer enkle spørgsmål som: Hvordan "
                    "reagerer den voksne på barnets signaler? Hvordan søger barnet kontakt? Hvad "
                    "lykkes godt i dag? Observationerne kan bruges til at give familien konkret og "
                    "positiv feedback."
                ),
                (
                    "The sheet guides the health visitor through a short observation of the "
                    "interaction during, for example, feeding, nappy changing or play. It contains "
                    "simple questions such as: How does the adult respond to the baby's signals? "
                    "How does the baby seek contact? What is going well today? The observations "
                    "can be used to give the family concrete, positive feedback."
                ),
            ),
            (
                (
                    "Hvis observationerne giver anledning til bekymring, kan arket danne grundlag "
                    "for en samtale med familien og for tværfaglig sparring. Arket er ikke et "
                    "testredskab, og det bør altid bruges åbent, så familien ved, hvad "
                    "sundhedsplejersken kigger efter, og hvorfor. Det findes i Word, så det kan "
                    "tilpasses den lokale journalpraksis."
                ),
                (
                    "If the observations give cause for concern, the sheet can form the basis for "
                    "a conversation with the family and for interdisciplinary consultation. It is "
                    "not a testing tool and should always be used openly, so the family knows what "
                    "the health visitor is looking for and why. It comes as a Word file so it can "
                    "be adapted to local record-keeping practice."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["tilknytning"],
        "municipality": "Horsens",
        "files": [("Observationsark", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "sprogkuffert-til-hjemmebesoeget",
        "title": ("Sprogkuffert til hjemmebesøget", "Language kit for the home visit"),
        "summary": (
            (
                "En kuffert med bøger, billedkort og små lege, som sundhedsplejersken kan tage med "
                "på besøg for at vise, hvordan man leger sprog ind i hverdagen."
            ),
            (
                "A kit of books, picture cards and small games the health visitor can bring on "
                "visits to show how language can be woven into everyday play."
            ),
        ),
        "body": [
            (
                (
                    "Sprogkufferten indeholder en håndfuld billedbøger, billedkort med hverdagsord "
                    "og et par enkle lege, der passer til børn fra et til seks år. Materialet her "
                    "beskriver indholdet, og hvordan kommunen selv kan sammensætte en kuffert. Der "
                    "er også en vejledning til sundhedsplejersken i at vise familien, hvordan man "
                    "læser dialogisk med barnet."
                ),
                (
                    "The language kit contains a handful of picture books, picture cards with "
                    "everyday words and a few simple games suited to children aged one to six. "
                    "This material describes the contents and how the municipality can put "
                    "together its own kit. There is also guidance for the health visitor on "
                    "showing the family how to read with the child in a dialogue-based way."
                ),
            ),
            (
                (
                    "Kufferten er især nyttig i familier, hvor der ikke er mange bøger i hjemmet, "
                    "eller hvor forældrene er usikre på, hvordan de kan støtte barnets sprog. "
                    "Flere kommuner har fået bøgerne sponsoreret af det lokale bibliotek eller en "
                    "boghandel, og familierne kan låne en bog med hjem til næste besøg."
                ),
                (
                    "The kit is particularly useful in families with few books at home or where "
                    "the parents are unsure how to support their child's language. Several "
                    "municipalities have had the books sponsored by the local library or a "
                    "bookshop, and families can borrow a book to keep until the next visit."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner", "kommende-foerstegangsforaeldre"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["sprog"],
        "municipality": "Randers",
        "files": [("Indholdsliste til sprogkufferten", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "trivselssamtale-om-mental-sundhed-i-graviditeten",
        "title": (
            "Trivselssamtale om mental sundhed i graviditeten",
            "Well-being conversation about mental health in pregnancy",
        ),
        "summary": (
            (
                "En metode til en tidlig samtale om trivsel og mental sundhed, så jordemoderen kan "
                "opdage og støtte kommende forældre, der har det svært."
            ),
            (
                "A method for an early conversation about well-being and mental health, so the "
                "midwife can identify and support expecting parents who are struggling."
            ),
        ),
        "body": [
            (
                (
                    "Mange bekymringer starter allerede i graviditeten, men de bliver sjældent "
                    "sagt højt. Metoden beskriver en struktureret samtale, som jordemoderen kan "
                    "tage med begge kommende forældre ved en af de første konsultationer. Samtalen "
                    "handler om humør, søvn, tidligere erfaringer med psykisk sårbarhed og om, "
                    "hvem parret kan støtte sig til."
                ),
                (
                    "Many worries begin during pregnancy, but they are rarely spoken aloud. The "
                    "method describes a structured conversation that the midwife can have with "
                    "both expecting parents at one of the first appointments. The conversation "
                    "covers mood, sleep, previous experience of mental health difficulties and who "
                    "the couple can lean on."
                ),
            ),
            (
                (
                    "Hvis samtalen viser et behov for ekstra støtte, kan familien tilbydes flere "
                    "samtaler, et tidligt hjemmebesøg af sundhedsplejersken eller kontakt til "
                    "andre tilbud i kommunen. Metoden lægger vægt på, at det skal være let at sige "
                    "ja til hjælp, og at ingen skal føle sig stemplet."
                ),
                (
                    "If the conversation shows a need for extra support, the family can be offered "
                    "further conversations, an early home visit from the health visitor or contact "
                    "with other services in the municipality. The method emphasises that it should "
                    "be easy to say yes to help and that nobody should feel labelled."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["graviditet"],
        "tags": ["mental sundhed", "sårbarhed"],
        "municipality": "Kolding",
        "files": [("Samtaleguide til jordemoderen", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "frivillig-familiestoette-med-civilsamfundet",
        "title": (
            "Frivillig familiestøtte i samarbejde med civilsamfundet",
            "Volunteer family support in partnership with civil society",
        ),
        "summary": (
            (
                "En metode, hvor frivillige fra en lokal forening støtter familier med et lille "
                "netværk i barnets første år."
            ),
            (
                "A method in which volunteers from a local association support families with a "
                "small network during the baby's first year."
            ),
        ),
        "body": [
            (
                (
                    "Nogle familier har kun få mennesker omkring sig, som de kan spørge til råds "
                    "eller få en hånd fra. Metoden beskriver, hvordan kommunen i samarbejde med en "
                    "frivillig forening kan matche en familie med en erfaren frivillig, der kommer "
                    "på besøg et par timer om ugen. Den frivillige er ikke fagperson, men et "
                    "medmenneske, der lytter, hjælper og følger med til aktiviteter."
                ),
                (
                    "Some families have only a few people around them to ask for advice or a "
                    "helping hand. The method describes how the municipality, working with a "
                    "voluntary association, can match a family with an experienced volunteer who "
                    "visits for a couple of hours a week. The volunteer is not a professional but "
                    "a fellow human being who listens, helps out and comes along to activities."
                ),
            ),
            (
                (
                    "Materialet beskriver rekruttering, introduktion og løbende supervision af de "
                    "frivillige, og det gør klart, hvor grænsen går mellem frivillig støtte og "
                    "faglig indsats. Sundhedsplejersken formidler kontakten og holder øje med, at "
                    "samarbejdet fungerer for familien. Forløbet varer typisk indtil barnets andet "
                    "år."
                ),
                (
                    "The material covers recruiting, introducing and supervising the volunteers on "
                    "an ongoing basis, and it makes clear where the line lies between volunteer "
                    "support and professional intervention. The health visitor arranges the "
                    "contact and keeps an eye on whether the arrangement is working for the "
                    "family. The support usually lasts until the child's second year."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["familier-i-en-udsat-position"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["netværk", "sårbarhed"],
        "municipality": "Herning",
        "files": [("Metodebeskrivelse", "pdf"), ("Aftale med frivillige", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "skabelon-til-foedselsplan",
        "title": ("Skabelon til fødselsplan", "Birth plan template"),
        "summary": (
            (
                "En skabelon, hvor parret kan skrive deres ønsker og bekymringer til fødslen ned "
                "og drøfte dem med jordemoderen."
            ),
            (
                "A template where the couple can write down their wishes and worries about the "
                "birth and discuss them with the midwife."
            ),
        ),
        "body": [
            (
                (
                    "Fødselsplanen er ikke en kontrakt, men en måde at forberede sig sammen på. "
                    "Skabelonen stiller spørgsmål om smertelindring, stemningen på fødestuen, "
                    "partnerens rolle og de første timer efter fødslen. Der er også plads til at "
                    "skrive, hvad parret er bekymret for, så jordemoderen kan tage højde for det."
                ),
                (
                    "A birth plan is not a contract but a way of preparing together. The template "
                    "asks questions about pain relief, the atmosphere in the delivery room, the "
                    "partner's role and the first hours after the birth. There is also room to "
                    "write down what the couple are worried about so that the midwife can take it "
                    "into account."
                ),
            ),
            (
                (
                    "Mange partnere fortæller, at arbejdet med planen gav dem en klarere "
                    "fornemmelse af, hvordan de kunne hjælpe. Skabelonen lægger vægt på, at "
                    "fødsler sjældent går helt efter planen, og at det er vigtigt at være åben for "
                    "ændringer undervejs. Den er i Word-format og kan udfyldes digitalt."
                ),
                (
                    "Many partners say that working on the plan gave them a clearer sense of how "
                    "they could help. The template emphasises that births rarely go entirely to "
                    "plan and that it is important to stay open to changes along the way. It is in "
                    "Word format and can be filled in digitally."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet"],
        "tags": ["fødsel", "kommunikation"],
        "municipality": "Silkeborg",
        "files": [("Fødselsplan", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "efterfoedselssamtale-at-saette-ord-paa-foedslen",
        "title": (
            "Efterfødselssamtale: at sætte ord på fødslen",
            "Postnatal conversation: putting the birth into words",
        ),
        "summary": (
            (
                "En metode til en samtale nogle uger efter fødslen, hvor begge forældre kan "
                "fortælle om deres oplevelse af fødslen."
            ),
            (
                "A method for a conversation a few weeks after the birth in which both parents can "
                "talk about how they experienced it."
            ),
        ),
        "body": [
            (
                (
                    "En fødsel kan efterlade stærke indtryk, også når alt er gået godt. Metoden "
                    "beskriver en samtale, hvor sundhedsplejersken eller jordemoderen hjælper "
                    "parret med at sætte ord på forløbet. Begge får plads til at fortælle deres "
                    "version, og der er tid til at stille spørgsmål om det, der skete, og hvorfor."
                ),
                (
                    "A birth can leave strong impressions, even when everything went well. The "
                    "method describes a conversation in which the health visitor or midwife helps "
                    "the couple put the experience into words. Both have room to tell their "
                    "version, and there is time to ask questions about what happened and why."
                ),
            ),
            (
                (
                    "Samtalen kan forebygge, at svære oplevelser sætter sig fast, og den kan "
                    "hjælpe med at opdage tegn på en efterfødselsreaktion. Partnerens oplevelse "
                    "bliver ofte overset, og metoden sørger for, at han eller hun bliver spurgt "
                    "direkte. Vejledningen beskriver, hvornår det er relevant at henvise til "
                    "yderligere hjælp."
                ),
                (
                    "The conversation can prevent difficult experiences from getting stuck and can "
                    "help identify signs of postnatal depression. The partner's experience is "
                    "often overlooked, and the method makes sure that he or she is asked directly. "
                    "The guidance describes when it is appropriate to refer on for further help."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["foedsel-og-de-foerste-uger"],
        "tags": ["fødsel", "mental sundhed"],
        "municipality": "Roskilde",
        "files": [("Vejledning til efterfødselssamtalen", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "naar-soevnen-mangler-guide-for-par",
        "title": (
            "Når søvnen mangler: en guide for par",
            "When sleep is scarce: a guide for couples",
        ),
        "summary": (
            (
                "En guide til, hvordan par kan passe på hinanden og parforholdet i perioder med "
                "for lidt søvn."
            ),
            (
                "A guide to how couples can look after each other and their relationship through "
                "periods of too little sleep."
            ),
        ),
        "body": [
            (
                (
                    "Søvnmangel gør de fleste mere irritable og mindre tålmodige, og det kan gå ud "
                    "over parforholdet. Guiden forklarer, hvordan træthed påvirker humør og "
                    "kommunikation, og giver konkrete forslag til, hvordan parret kan fordele "
                    "nætterne, skiftes til at sove længe og aftale på forhånd, hvordan de taler "
                    "sammen, når de begge er udmattede."
                ),
                (
                    "Lack of sleep makes most people more irritable and less patient, and that can "
                    "take its toll on the relationship. The guide explains how tiredness affects "
                    "mood and communication and gives concrete suggestions for how the couple can "
                    "share the nights, take turns sleeping in and agree in advance how they will "
                    "talk to each other when they are both exhausted."
                ),
            ),
            (
                (
                    "Guiden indeholder et lille skema til en ugeplan og en liste over ting, som "
                    "familie og venner kan hjælpe med. Den minder om, at det er helt normalt at "
                    "være uenige i denne periode, og at det er en god idé at vente med de store "
                    "diskussioner til efter en god nats søvn."
                ),
                (
                    "The guide includes a small weekly planning chart and a list of things family "
                    "and friends can help with. It reminds couples that it is quite normal to "
                    "disagree during this period, and that it is a good idea to save the big "
                    "discussions until after a good night's sleep."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["søvn", "parforhold"],
        "municipality": "Næstved",
        "files": [("Guide for par", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "oekonomiworkshop-med-erhvervslivet",
        "title": (
            "Økonomiworkshop i samarbejde med erhvervslivet",
            "Money workshop in partnership with local business",
        ),
        "summary": (
            (
                "En workshop om privatøkonomi for kommende førstegangsforældre, holdt i samarbejde "
                "med en lokal virksomhed."
            ),
            (
                "A workshop on personal finances for first-time parents-to-be, run in partnership "
                "with a local business."
            ),
        ),
        "body": [
            (
                (
                    "Workshoppen varer to timer og holdes i løbet af graviditeten. En medarbejder "
                    "fra en lokal bank eller et revisionsfirma holder et kort, reklamefrit oplæg "
                    "om budget, opsparing og gæld, og bagefter arbejder parrene med deres egen "
                    "økonomi i små grupper. Sundhedsplejersken er til stede og sørger for, at "
                    "snakken også handler om forventninger og værdier."
                ),
                (
                    "The workshop lasts two hours and takes place during pregnancy. An employee "
                    "from a local bank or accounting firm gives a short, non-commercial talk on "
                    "budgeting, savings and debt, after which the couples work on their own "
                    "finances in small groups. The health visitor is present and makes sure the "
                    "discussion also covers expectations and values."
                ),
            ),
            (
                (
                    "Metoden beskriver, hvordan kommunen finder en egnet samarbejdspartner, og "
                    "hvilke rammer der skal aftales på forhånd. Især for unge forældre og familier "
                    "med en stram økonomi kan det være en lettelse at få talt om penge i et trygt "
                    "rum, hvor ingen bliver dømt."
                ),
                (
                    "The method describes how the municipality can find a suitable partner and "
                    "which ground rules should be agreed in advance. For young parents and "
                    "families on a tight budget in particular, it can be a relief to talk about "
                    "money in a safe space where nobody is judged."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "familier-i-en-udsat-position"],
        "phases": ["graviditet"],
        "tags": ["økonomi", "netværk"],
        "municipality": "Holbæk",
        "files": [("Workshopplan", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "overgangen-fra-hjem-til-dagtilbud",
        "title": ("Overgangen fra hjem til dagtilbud", "The transition from home to day care"),
        "summary": (
            (
                "Et materiale, der forbereder familien på barnets start i vuggestue, dagpleje "
                "eller børnehave."
            ),
            (
                "A resource that prepares the family for the child starting at nursery, with a "
                "childminder or at kindergarten."
            ),
        ),
        "body": [
            (
                (
                    "At starte i dagtilbud er en stor forandring for både barnet og de voksne. "
                    "Materialet forklarer, hvordan en god indkøring kan se ud, hvorfor det tager "
                    "tid for barnet at knytte sig til nye voksne, og hvordan familien kan gøre "
                    "afskeden om morgenen lettere. Det giver også idéer til, hvordan man taler med "
                    "pædagogerne om barnets vaner og behov."
                ),
                (
                    "Starting day care is a big change for both the child and the adults. The "
                    "resource explains what a good settling-in period can look like, why it takes "
                    "time for a child to bond with new adults and how the family can make the "
                    "morning goodbye easier. It also offers ideas for talking with the staff about "
                    "the child's habits and needs."
                ),
            ),
            (
                (
                    "Et afsnit handler om de voksnes egne følelser, for mange forældre oplever "
                    "skyld eller sorg, når barnet skal passes ude. Materialet kan også bruges "
                    "senere ved overgangen fra vuggestue til børnehave, hvor mange af de samme "
                    "spørgsmål dukker op igen."
                ),
                (
                    "One section is about the adults' own feelings, since many parents feel guilt "
                    "or sadness when their child starts being looked after by others. The resource "
                    "can also be used later for the move from nursery to kindergarten, when many "
                    "of the same questions come up again."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["tilknytning", "trivsel"],
        "municipality": "Slagelse",
        "files": [("Overgangen til dagtilbud", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "opfoelgningsmoede-for-familier-med-boern-op-til-seks-aar",
        "title": (
            "Opfølgningsmøde for familier med børn op til seks år",
            "Follow-up meeting for families with children up to six",
        ),
        "summary": (
            (
                "En metode til et opfølgningsmøde, hvor familier fra et tidligere hold mødes igen, "
                "når børnene er blevet ældre."
            ),
            (
                "A method for a follow-up meeting where families from an earlier group meet again "
                "once the children are older."
            ),
        ),
        "body": [
            (
                (
                    "Mange familier efterspørger et gensyn med deres gamle hold. Metoden beskriver "
                    "et opfølgningsmøde, hvor familierne samles igen, når børnene er mellem tre og "
                    "seks år. Mødet har fokus på nye temaer som grænser, søskende, trivsel i "
                    "børnehaven og forberedelse til skolestart, og det giver sundhedsplejen "
                    "mulighed for at følge op på familier, der har brug for det."
                ),
                (
                    "Many families ask to see their old group again. The method describes a "
                    "follow-up meeting where families gather once more when the children are "
                    "between three and six. The meeting focuses on new themes such as boundaries, "
                    "siblings, well-being in kindergarten and getting ready for school, and it "
                    "gives the health visiting service a chance to follow up on families who need "
                    "it."
                ),
            ),
            (
                (
                    "Metoden er udviklet som led i overvejelserne om at udvide "
                    "Familieiværksætterne til at omfatte børn op til seksårsalderen. Den "
                    "indeholder en mødeplan, en invitation og et kort evalueringsskema, og den kan "
                    "gennemføres med få ressourcer, fordi familierne allerede kender hinanden."
                ),
                (
                    "The method was developed while considering whether to extend "
                    "Familieiværksætterne to cover children up to the age of six. It contains a "
                    "meeting plan, an invitation and a short evaluation form, and it can be run "
                    "with few resources because the families already know each other."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre", "fagpersoner"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["gruppeforløb", "trivsel"],
        "municipality": "Viborg",
        "files": [("Mødeplan", "pdf"), ("Invitation og evalueringsskema", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "skaermfrit-samvaer-i-familien",
        "title": ("Skærmfrit samvær i familien", "Screen-free time together as a family"),
        "summary": (
            (
                "En folder om skærme i småbørnsfamilien, og om hvordan nærvær uden skærm styrker "
                "barnets sprog og kontakt."
            ),
            (
                "A leaflet on screens in families with young children and how screen-free time "
                "together supports the child's language and connection."
            ),
        ),
        "body": [
            (
                (
                    "Telefoner og tablets er en naturlig del af de flestes hverdag, også når man "
                    "har små børn. Folderen moraliserer ikke, men forklarer, hvorfor barnet har "
                    "brug for voksne, der kigger op og svarer igen. Den beskriver, hvordan korte "
                    "øjeblikke med øjenkontakt, leg og samtale giver barnet erfaringer, som en "
                    "skærm ikke kan erstatte."
                ),
                (
                    "Phones and tablets are a natural part of everyday life for most people, "
                    "including those with young children. The leaflet does not moralise, but "
                    "explains why a child needs adults who look up and respond. It describes how "
                    "brief moments of eye contact, play and conversation give the child "
                    "experiences that a screen cannot replace."
                ),
            ),
            (
                (
                    "Folderen giver idéer til skærmfrie rutiner, fx ved måltider og sengetid, og "
                    "til lege, der ikke kræver forberedelse. Den opfordrer forældrene til at tale "
                    "sammen om, hvilke regler der skal gælde i netop deres familie, og til at være "
                    "gode rollemodeller. Den passer godt til hjemmebesøget omkring barnets "
                    "toårsdag."
                ),
                (
                    "The leaflet offers ideas for screen-free routines, for example at mealtimes "
                    "and bedtime, and for games that need no preparation. It encourages the "
                    "parents to discuss which rules should apply in their particular family and to "
                    "be good role models. It fits well with the home visit around the child's "
                    "second birthday."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["et-til-tre-aar", "op-til-seks-aar"],
        "tags": ["sprog", "tilknytning"],
        "municipality": "Svendborg",
        "files": [("Folder om skærmfrit samvær", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "brev-til-den-kommende-far",
        "title": ("Brev til den kommende far", "Letter to the father-to-be"),
        "summary": (
            (
                "Et personligt brev, der byder den kommende far velkommen og fortæller, hvorfor "
                "han er vigtig i forløbet."
            ),
            (
                "A personal letter welcoming the father-to-be and explaining why he matters in the "
                "course."
            ),
        ),
        "body": [
            (
                (
                    "Mange fædre oplever, at breve fra sundhedsvæsenet er stilet til mor. Dette "
                    "brev er skrevet direkte til den kommende far og sendes sammen med "
                    "invitationen til forløbet. Det fortæller, at fædre er med på lige fod, at "
                    "barnet har gavn af en nærværende far fra starten, og at der er plads til fars "
                    "spørgsmål og bekymringer."
                ),
                (
                    "Many fathers find that letters from the health service are addressed to the "
                    "mother. This letter is written directly to the father-to-be and sent together "
                    "with the invitation to the course. It tells him that fathers take part on an "
                    "equal footing, that the baby benefits from an involved father from the start, "
                    "and that there is room for his questions and worries."
                ),
            ),
            (
                (
                    "Brevet findes også i en udgave til medmødre, og det kan let tilpasses. "
                    "Kommuner, der sender brevet, oplever, at flere fædre møder op til det første "
                    "gruppemøde, og at de fra begyndelsen opfatter tilbuddet som noget, der også "
                    "handler om dem. Der er desuden forslag til en kort sms, der kan sendes som "
                    "påmindelse."
                ),
                (
                    "The letter also comes in a version for co-mothers and can easily be adapted. "
                    "Municipalities that send the letter find that more fathers attend the first "
                    "group meeting and that, from the outset, they see the course as something "
                    "that is about them too. There is also a suggested short text message that can "
                    "be sent as a reminder."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["faedre"],
        "phases": ["graviditet"],
        "tags": ["fædre"],
        "municipality": "Sønderborg",
        "files": [("Brev til den kommende far", "docx")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "ammecafe-i-sundhedsplejen",
        "title": ("Ammecafé i sundhedsplejen", "Breastfeeding café at the health visiting service"),
        "summary": (
            (
                "En metode til en ugentlig ammecafé, hvor nybagte mødre og deres partnere kan få "
                "råd om amning og møde andre familier."
            ),
            (
                "A method for a weekly breastfeeding café where new mothers and their partners can "
                "get advice on breastfeeding and meet other families."
            ),
        ),
        "body": [
            (
                (
                    "Ammecaféen er et åbent tilbud, hvor man kan komme uden tidsbestilling. En "
                    "sundhedsplejerske med særlig viden om amning er til stede og hjælper med de "
                    "udfordringer, familierne står med, fx sutteteknik, ammestillinger og "
                    "bekymringer om vægt. Der er kaffe på kanden, og stemningen er uformel, så "
                    "familierne også får snakket med hinanden."
                ),
                (
                    "The breastfeeding café is an open service where families can drop in without "
                    "an appointment. A health visitor with special knowledge of breastfeeding is "
                    "present and helps with the challenges families face, such as latching, "
                    "feeding positions and worries about weight. The coffee is on, and the "
                    "atmosphere is informal so that families also get to talk to each other."
                ),
            ),
            (
                (
                    "Metoden beskriver, hvordan caféen kan organiseres med få ressourcer, fx i "
                    "samarbejde med biblioteket eller en frivillig ammeorganisation. Partnere er "
                    "udtrykkeligt velkomne, og mange fædre finder det nyttigt at forstå, hvordan "
                    "de kan støtte amningen. Familier, der giver flaske, er naturligvis også "
                    "velkomne."
                ),
                (
                    "The method describes how the café can be organised with few resources, for "
                    "example together with the library or a voluntary breastfeeding organisation. "
                    "Partners are explicitly welcome, and many fathers find it useful to "
                    "understand how they can support breastfeeding. Families who bottle feed are, "
                    "of course, welcome too."
                ),
            ),
        ],
        "kind": "method",
        "targets": ["kommende-foerstegangsforaeldre"],
        "phases": ["foedsel-og-de-foerste-uger", "det-foerste-aar"],
        "tags": ["amning", "netværk"],
        "municipality": "Gentofte",
        "files": [("Metodebeskrivelse", "pdf")],
        "language": "da",
        "translate": True,
        "english_draft": True,  # deliberately translated, not yet published
    },
    {
        "slug": "skema-til-lokal-dataindsamling",
        "title": (
            "Skema til lokal dataindsamling om deltagelse",
            "Form for local data collection on participation",
        ),
        "summary": (
            (
                "Et enkelt skema, som kommunen kan bruge til at registrere deltagelse i forløbet "
                "og dele data med netværket."
            ),
            (
                "A simple form the municipality can use to record participation in the course and "
                "share data with the network."
            ),
        ),
        "body": [
            (
                (
                    "Skemaet samler de oplysninger, som netværket har aftalt at følge: antal hold, "
                    "antal deltagende familier, hvor mange fædre der deltager, og hvor mange "
                    "familier der falder fra undervejs. Der registreres ingen personhenførbare "
                    "oplysninger, så skemaet kan deles uden problemer med databeskyttelse."
                ),
                (
                    "The form gathers the information the network has agreed to monitor: the "
                    "number of groups, the number of participating families, how many fathers take "
                    "part and how many families drop out along the way. No personally identifiable "
                    "information is recorded, so the form can be shared without data protection "
                    "concerns."
                ),
            ),
            (
                (
                    "Skemaet udfyldes efter hvert hold og sendes til koordinatoren i kommunen, som "
                    "samler tallene en gang om året. Vejledningen giver eksempler på, hvordan "
                    "tallene kan bruges lokalt, fx til at se, om bestemte grupper af familier ikke "
                    "bliver nået, og hvordan invitationerne kan forbedres."
                ),
                (
                    "The form is filled in after each group and sent to the municipality's "
                    "coordinator, who compiles the figures once a year. The guidance gives "
                    "examples of how the figures can be used locally, for example to see whether "
                    "certain groups of families are not being reached and how invitations could be "
                    "improved."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["fagpersoner"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["evaluering"],
        "municipality": "Frederiksberg",
        "files": [("Registreringsskema", "docx")],
        "language": "da",
        "translate": False,  # deliberately missing in English
    },
    {
        "slug": "uenighed-uden-konflikt-oevelser-for-par",
        "title": (
            "Uenighed uden konflikt: øvelser for par",
            "Disagreeing without conflict: exercises for couples",
        ),
        "summary": (
            (
                "Et sæt korte øvelser, der hjælper par med at tale om uenigheder på en måde, der "
                "bringer dem tættere på hinanden."
            ),
            (
                "A set of short exercises that help couples talk about disagreements in a way that "
                "brings them closer together."
            ),
        ),
        "body": [
            (
                (
                    "Alle par er uenige en gang imellem, og med et lille barn i huset er der flere "
                    "ting at være uenige om. Øvelserne lærer parret at skelne mellem sagen og "
                    "følelsen, at lytte uden at afbryde og at gentage, hvad den anden har sagt, "
                    "før man svarer. Hver øvelse tager ti til femten minutter og kan laves "
                    "derhjemme, når barnet sover."
                ),
                (
                    "All couples disagree now and then, and with a small child in the house there "
                    "are more things to disagree about. The exercises teach the couple to "
                    "distinguish between the issue and the feeling, to listen without interrupting "
                    "and to repeat what the other has said before replying. Each exercise takes "
                    "ten to fifteen minutes and can be done at home while the child is asleep."
                ),
            ),
            (
                (
                    "Øvelserne er skrevet som et supplement til samtalekortene og til workshoppen "
                    "om parforholdet. De kan også bruges af sundhedsplejersken, hvis et par selv "
                    "fortæller, at de skændes meget. Materialet understreger, at vold og trusler "
                    "aldrig er en del af almindelig uenighed, og henviser til hjælp, hvis det er "
                    "tilfældet."
                ),
                (
                    "The exercises are written as a supplement to the conversation cards and the "
                    "workshop on the relationship. They can also be used by the health visitor if "
                    "a couple say that they argue a lot. The material stresses that violence and "
                    "threats are never part of ordinary disagreement and points to where help can "
                    "be found if that is the case."
                ),
            ),
        ],
        "kind": "tool",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["det-foerste-aar", "et-til-tre-aar"],
        "tags": ["parforhold", "kommunikation"],
        "municipality": "Helsingør",
        "files": [("Øvelser for par", "pdf")],
        "language": "da",
        "translate": True,
    },
    {
        "slug": "barselsorlov-forklaret-for-internationale-familier",
        "title": (
            "Barselsorlov forklaret for internationale familier",
            "Parental leave explained for international families",
        ),
        "summary": (
            (
                "En engelsksproget introduktion til de danske regler om orlov for familier, der er "
                "nye i Danmark."
            ),
            (
                "An English-language introduction to the Danish rules on leave for families who "
                "are new to Denmark."
            ),
        ),
        "body": [
            (
                (
                    "Internationale familier har ofte svært ved at finde rundt i de danske regler "
                    "om orlov og ydelser, især hvis de kommer fra et land med et helt andet "
                    "system. Materialet forklarer på engelsk og i et enkelt sprog de vigtigste "
                    "begreber, og hvordan orloven kan fordeles mellem forældrene. Det gør "
                    "opmærksom på, at fædre har deres egen øremærkede orlov."
                ),
                (
                    "International families often find it hard to navigate the Danish rules on "
                    "leave and benefits, especially if they come from a country with a very "
                    "different system. The resource explains the key concepts in simple English "
                    "and how the leave can be shared between the parents. It points out that "
                    "fathers have their own earmarked leave."
                ),
            ),
            (
                (
                    "Materialet giver ikke juridisk rådgivning, men hjælper familien med at vide, "
                    "hvilke spørgsmål de skal stille deres arbejdsgiver og myndighederne. Det "
                    "indeholder en lille ordliste med de danske ord, familien vil møde i breve og "
                    "på offentlige hjemmesider, og det kan udleveres på gruppemødet om økonomi og "
                    "jura."
                ),
                (
                    "The resource does not give legal advice, but helps families know which "
                    "questions to ask their employer and the authorities. It includes a short "
                    "glossary of the Danish words families will come across in letters and on "
                    "public websites, and it can be handed out at the group session on money and "
                    "law."
                ),
            ),
        ],
        "kind": "material",
        "targets": ["kommende-foerstegangsforaeldre", "faedre"],
        "phases": ["graviditet"],
        "tags": ["jura", "sprog"],
        "municipality": "Hillerød",
        "files": [("Barselsorlov forklaret på engelsk", "pdf")],
        "language": "en",
        "translate": True,
    },
]

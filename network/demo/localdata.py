"""Four years of local figures from fifteen municipalities in all five regions, most with a few
words on each year, so the overview, the chart, the export and the network's figures have
something to show. Læsø is the small municipality: its few families are never shown on their
own, and North Jutland (Aalborg and Læsø) shows how a region is held back. Years are counted back from the
current one (1 is last year), so that the newest report is always last year's, the one
municipalities report now, whatever the date.
"""

from home.demo.users import CONTRIBUTOR, SECRETARY

# municipality: {years ago: (courses, expectant parents, of whom fathers)}
FIGURES = {
    "Aarhus": {
        4: (48, 1010, 402),
        3: (52, 1096, 451),
        2: (55, 1150, 489),
        1: (57, 1188, 521),
    },
    "Odense": {
        4: (30, 610, 228),
        3: (31, 640, 247),
        2: (33, 668, 266),
        1: (34, 702, 290),
    },
    "København": {
        3: (70, 1520, 560),
        2: (78, 1690, 650),
        1: (84, 1810, 720),
    },
    "Aalborg": {
        4: (26, 540, 200),
        3: (27, 552, 214),
        2: (25, 515, 207),
        1: (28, 580, 241),
    },
    "Vejle": {
        4: (14, 290, 112),
        3: (15, 301, 121),
        2: (16, 322, 133),
    },
    "Sønderborg": {
        3: (8, 150, 52),
        2: (9, 171, 63),
        1: (10, 188, 74),
    },
    "Frederiksberg": {
        4: (12, 250, 95),
        3: (13, 262, 104),
        2: (13, 270, 110),
        1: (14, 281, 118),
    },
    "Gentofte": {
        4: (9, 180, 70),
        3: (9, 176, 72),
        2: (10, 195, 81),
        1: (10, 201, 86),
    },
    "Horsens": {
        4: (11, 230, 84),
        3: (12, 244, 93),
        2: (12, 250, 99),
        1: (13, 262, 108),
    },
    "Randers": {
        3: (10, 205, 74),
        2: (11, 221, 86),
        1: (11, 230, 93),
    },
    "Roskilde": {
        4: (10, 210, 78),
        3: (11, 225, 86),
        2: (11, 232, 92),
        1: (12, 240, 99),
    },
    "Holbæk": {
        4: (8, 160, 55),
        3: (8, 168, 61),
        2: (9, 175, 66),
        1: (9, 182, 71),
    },
    "Næstved": {
        2: (9, 178, 64),
        1: (10, 190, 72),
    },
    "Læsø": {
        2: (1, 4, 2),
        1: (1, 3, 1),
    },
}

# Reports the secretariat has not marked final yet: Aarhus has just sent last year's figures,
# so the demo contributor sees them marked "not final" beside the network's.
NOT_FINAL = {("Aarhus", 1)}
# Who marked the others final.
FINALISED_BY = SECRETARY

# municipality: {years ago: (what went well, challenges, what parents gained, what professionals gained)}
TEXTS = {
    "Aarhus": {
        4: (
            "Vi fik samlet sundhedsplejersker og jordemødre i faste makkerpar på alle hold.",
            "Mange hold blev fyldt hurtigt, og ventelisten var lang i efteråret.",
            "Forældrene fortæller, at de mødte andre i samme situation og har holdt kontakten.",
            "Makkerparrene har lært af hinandens faglighed og planlægger nu sammen.",
        ),
        3: (
            "Aftenhold gjorde det lettere for fædre med fuldtidsarbejde at deltage.",
            "Det er svært at finde lokaler, der er store nok til aftenholdene.",
            "Parrene siger, at de taler mere sammen om, hvordan de vil dele opgaverne.",
            "Vi har fået et fælles sprog om familien som helhed og ikke kun om mor og barn.",
        ),
        2: (
            "Temaaftenen om økonomi og barsel med en rådgiver fra kommunen blev godt modtaget.",
            "Forældre med et andet modersmål end dansk falder oftere fra efter første gang.",
            "Flere fædre tog ordet på holdene, når de selv fik en aften at forberede.",
            "Sundhedsplejerskerne møder familierne tidligere og kender dem bedre ved første besøg.",
        ),
        1: (
            "Vi har afprøvet et hold med tolk, og alle familier blev der hele forløbet.",
            "Det kræver ekstra planlægning at få jordemødrenes vagtplaner til at passe med holdene.",
            "Forældrene beskriver, at de føler sig bedre forberedt på de første uger med barnet.",
            "Samarbejdet med jordemødrene på fødestedet er blevet tættere og mere uformelt.",
        ),
    },
    "Odense": {
        4: (
            "Holdene kom godt i gang efter en periode med mange aflysninger.",
            "Det var svært at nå de yngste forældre.",
            "Forældrene har fået et netværk i lokalområdet.",
            "",
        ),
        3: (
            "Invitationen sendes nu ud allerede ved første graviditetsbesøg hos jordemoderen.",
            "Nogle forældre opfatter tilbuddet som et kursus kun for mødre.",
            "Parrene fortæller, at de er blevet bedre til at støtte hinanden i hverdagen.",
            "Vi er blevet skarpere på at tale direkte til begge forældre.",
        ),
        2: (
            "Fædrene blev inviteret med navn i brevet, og det kunne ses på fremmødet.",
            "Vores lokaler ligger langt fra offentlig transport i den sydlige del af kommunen.",
            "Mange bruger stadig gruppen på holdet, når barnet er et år.",
            "Det tværfaglige samarbejde med familiebehandlerne er blevet styrket.",
        ),
        1: (
            "Vi har fået en fast aftale med biblioteket om lokaler i alle bydele.",
            "Sygdom blandt medarbejderne betød, at to hold måtte slås sammen.",
            "Forældrene nævner især aftenen om parforholdet som den mest værdifulde.",
            "Nye sundhedsplejersker lærer metoden ved at køre hold sammen med en erfaren kollega.",
        ),
    },
    "København": {
        3: (
            "Vi har åbnet hold i tre nye bydele og nået mange flere familier.",
            "Der er stor forskel på fremmødet fra bydel til bydel.",
            "Forældrene siger, at holdet gjorde den store by mindre og mere overskuelig.",
            "Vi har fået bedre kendskab til de tilbud, der findes i hver bydel.",
        ),
        2: (
            "Holdene på engelsk har gjort det muligt for tilflyttere at deltage.",
            "Mange familier flytter i løbet af forløbet og skal have et hold et nyt sted.",
            "Forældre uden familie i nærheden har fundet andre at dele hverdagen med.",
            "Medarbejderne oplever, at de kan henvise tidligere, når en familie har brug for mere.",
        ),
        1: (
            "Samarbejdet med fødestederne betyder, at næsten alle førstegangsfødende får invitationen.",
            "Ventetiden på hold er stadig for lang i de tættest befolkede bydele.",
            "Fædrene fortæller, at de følte sig ventet og velkomne fra første aften.",
            "Fælles kompetencedage har givet os en mere ens måde at køre holdene på.",
        ),
    },
    "Aalborg": {
        4: (
            "Holdene i de mindre byer har haft en god og tryg stemning.",
            "Det er svært at samle nok familier til et hold i landdistrikterne.",
            "Forældrene har fået mod på at spørge hinanden til råds.",
            "",
        ),
        3: (
            "Vi har samlet holdene fra landdistrikterne i to centrale byer med god transport.",
            "Lange afstande gør det svært for nogle at komme hver gang.",
            "Forældrene værdsætter, at de møder de samme fagpersoner hele vejen.",
            "Jordemødre og sundhedsplejersker har fået en fælles plan for hvert hold.",
        ),
        2: (
            "En forældregruppe fortsatte på egen hånd, efter at forløbet var slut.",
            "Færre fødsler i kommunen gav færre og mindre hold.",
            "Flere par siger, at de har talt om deres forventninger til hinanden som forældre.",
            "Vi er blevet bedre til at opdage familier, der har brug for ekstra støtte.",
        ),
        1: (
            "Vi har afprøvet en kort velkomst på video, som forældrene ser inden første gang.",
            "Det har taget tid at finde en ny koordinator.",
            "Forældrene føler sig mindre alene i den første tid med barnet.",
            "Medarbejderne har fået mere sparring på tværs af distrikterne.",
        ),
    },
    "Vejle": {
        4: (
            "Det første år med faste hold i alle distrikter gik efter planen.",
            "Det var svært at få fædre med til formiddagsholdene.",
            "Forældrene har fået venner, de ser også uden for holdet.",
            "",
        ),
        3: (
            "Vi flyttede tre hold til aftenen, og flere fædre kom med.",
            "Nogle familier har svært ved at finde pasning til ældre søskende.",
            "Forældrene siger, at de er mere rolige ved fødslen, fordi de ved, hvad der venter.",
            "Sundhedsplejerskerne har lært familierne at kende allerede før fødslen.",
        ),
        2: (
            "Samarbejdet med jobcentret om en aften om økonomi og orlov fungerer godt.",
            "Vi mangler stadig et godt tilbud til unge forældre under 25.",
            "Forældrene er glade for, at begge parter bliver talt til på lige fod.",
            "Fagpersonerne oplever, at familierne tager kontakt, før problemer vokser sig store.",
        ),
    },
    "Sønderborg": {
        3: (
            "Vi har kørt de første hold, og alle pladser blev fyldt.",
            "Det tager tid at gøre tilbuddet kendt blandt de kommende forældre.",
            "Forældrene har fået et sted at stille de spørgsmål, de ellers ville have googlet.",
            "Sundhedsplejen og jordemødrene har fået et fælles projekt at samles om.",
        ),
        2: (
            "Et hold med en tysktalende underviser har givet familier fra mindretallet en god start.",
            "Nogle forældre arbejder i Tyskland og har svært ved at nå hjem til holdene.",
            "Forældrene har fået øjnene op for, hvad det betyder at blive en familie.",
            "Vi har lært meget af de erfarne kommuner i netværket.",
        ),
        1: (
            "Vi har uddannet to nye undervisere, så der kan køre flere hold ad gangen.",
            "Det er svært at holde fast i fædrene, når barnet er født.",
            "Forældrene siger, at de kender flere familier i deres eget lokalområde.",
            "Medarbejderne er blevet mere trygge ved at tale om parforhold og økonomi.",
        ),
    },
}

# The demo contributor reports for Aarhus (see municipalities.CONTRIBUTORS).
SUBMITTERS = {"Aarhus": CONTRIBUTOR}

"""Demo content for the network: municipalities, the professional area, meetings, board, fees."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.rich_text import RichText

from home.demo import Bilingual, child_page, document, translate_tree
from home.models import HomePage

from . import roles
from .documents import professional_collection
from .models import (
    AdvisoryBoardPage,
    AgreementAppendix,
    AgreementPage,
    AgreementVersionPage,
    AnnualFee,
    BoardMember,
    FeesPage,
    MeetingAttachment,
    MeetingIndexPage,
    MeetingPage,
    Membership,
    Municipality,
    MunicipalityContact,
    MunicipalityIndexPage,
    ProfessionalAreaPage,
)

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
MEMBERSHIPS = {"kommune": "Aarhus", "fagperson": "Odense"}
# The demo contributor submits for Aarhus (and reads the professional area like everyone).
CONTRIBUTORS = {"kommune": "Aarhus"}


def load(log):
    t = Bilingual()
    _municipalities(log)
    _memberships()
    home = HomePage.objects.get(locale__language_code="da")
    collection = professional_collection()
    child_page(home, "fiv-naer-dig", lambda: _near_you(t, home), log)
    area = child_page(home, "fagligt-omraade", lambda: _area(t, home), log)
    directory = child_page(area, "kommuner", lambda: _directory(t, area), log)
    meetings = child_page(area, "moeder", lambda: _meeting_index(t, area), log)
    for slug, build in _meetings(t, meetings, collection):
        child_page(meetings, slug, build, log)
    agreement = child_page(area, "netvaerksaftalen", lambda: _agreement(t, area), log)
    for slug, build in _agreement_versions(t, agreement, collection):
        child_page(agreement, slug, build, log)
    fees = child_page(area, "brugerbetaling", lambda: _fees(t, area), log)
    board = child_page(area, "advisory-board", lambda: _board_page(t, area), log)
    _board_members(log)
    # The area's own subtrees only: other apps (the library) translate what is theirs.
    translate_tree(t, area, log, descendants=False)
    near_you = home.get_children().get(slug="fiv-naer-dig")
    for root in [near_you, directory, meetings, agreement, fees, board]:
        translate_tree(t, root, log)


def _municipalities(log):
    for municipality in Municipality.objects.filter(name__in=MUNICIPALITIES, contacts__isnull=True):
        status, since, contacts = MUNICIPALITIES[municipality.name]
        if municipality.status != Municipality.Status.NONE:
            continue  # the secretariat has already set it
        municipality.status = status
        municipality.offering_since = since
        municipality.website = WEBSITES.get(municipality.name, "")
        municipality.save()
        slug = municipality.name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        for order, (name, role) in enumerate(contacts):
            MunicipalityContact.objects.create(
                municipality=municipality,
                sort_order=order,
                name=name,
                role=role,
                email=f"{name.split()[0].lower().replace('ø', 'oe')}@{slug}.kommune.example",
                phone=f"40 {10 + order}{municipality.code % 90:02d} {municipality.code:03d}"[:11],
            )
    log("Set the status of the demo municipalities")


def _memberships():
    User = get_user_model()
    for username, name in MEMBERSHIPS.items():
        user = User.objects.filter(username=username).first()
        if user and not Membership.objects.filter(user=user).exists():
            Membership.objects.create(user=user, municipality=Municipality.objects.get(name=name))
    for username, name in CONTRIBUTORS.items():
        user = User.objects.filter(username=username).first()
        if user:
            municipality = Municipality.objects.get(name=name)
            user.groups.add(roles.ensure_contributor_group(municipality))


def _rich(t, *paragraphs):
    return RichText(t.rich(*paragraphs))


def _add(parent, page):
    parent.add_child(instance=page)
    return page


def _near_you(t, home):
    return _add(
        home,
        MunicipalityIndexPage(
            title=t("FIV nær dig", "FIV near you"),
            slug=t("fiv-naer-dig", "fiv-near-you"),
            show_in_menus=True,
            introduction=t(
                "Her kan du se, hvilke kommuner der tilbyder Familieiværksætterne. Spørg "
                "sundhedsplejen i din kommune, hvordan I kommer med.",
                "See which municipalities offer Familieiværksætterne. Ask the health visitors in "
                "your municipality how to join.",
            ),
        ),
    )


def _area(t, home):
    return _add(
        home,
        ProfessionalAreaPage(
            title=t("Fagligt område", "Professional area"),
            slug=t("fagligt-omraade", "professional-area"),
            introduction=t(
                "Her finder du netværkets møder, aftalen, brugerbetalingen, advisory board og "
                "kontaktpersoner i kommunerne.",
                "Here you find the network's meetings, the agreement, the fees, the advisory "
                "board and the contact people in the municipalities.",
            ),
        ),
    )


def _directory(t, area):
    return _add(
        area,
        MunicipalityIndexPage(
            title=t("Kommuner og kontaktpersoner", "Municipalities and contacts"),
            slug=t("kommuner", "municipalities"),
            list_all=True,
            introduction=t(
                "Alle landets kommuner, hvor de står med Familieiværksætterne, og hvem du kan "
                "kontakte.",
                "Every municipality in Denmark, where it stands with Familieiværksætterne, and whom "
                "you can contact.",
            ),
        ),
    )


def _meeting_index(t, area):
    return _add(
        area,
        MeetingIndexPage(
            title=t("Møder", "Meetings"),
            slug=t("moeder", "meetings"),
            introduction=t(
                "Netværket mødes to gange om året. Her er dagsordener, referater og bilag.",
                "The network meets twice a year. Here are agendas, minutes and attachments.",
            ),
        ),
    )


def _at(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    naive = datetime.datetime.combine(day, datetime.time(hour))
    return timezone.make_aware(naive)


def _season(moment):
    return ("forår", "spring") if moment.month <= 6 else ("efterår", "autumn")


def _meetings(t, index, collection):
    """Meetings placed around today, so that the demo always has past and upcoming ones."""
    offers = Municipality.objects.offering()

    def network_meeting(days, minutes=None, attachments=()):
        start = _at(days, 10)
        season_da, season_en = _season(start)
        slug = f"netvaerksmoede-{season_da.replace('å', 'aa')}-{start.year}"

        def build():
            page = _add(
                index,
                MeetingPage(
                    title=t(
                        f"Netværksmøde, {season_da} {start.year}",
                        f"Network meeting, {season_en} {start.year}",
                    ),
                    slug=t(slug, f"network-meeting-{season_en}-{start.year}"),
                    kind=MeetingPage.Kind.NETWORK,
                    start=start,
                    end=start + datetime.timedelta(hours=5),
                    location=t("Rådhuset i Vejle, mødesal 2", "Vejle City Hall, meeting room 2"),
                    introduction=t(
                        "Erfaringer på tværs af kommunerne, nyt fra sekretariatet og et fagligt tema.",
                        "Experience across the municipalities, news from the secretariat and a "
                        "professional theme.",
                    ),
                    agenda=t.rich(
                        [
                            (
                                "Velkomst og nyt fra sekretariatet",
                                "Welcome and news from the secretariat",
                            ),
                            ("Runde: hvordan går det lokalt?", "Round: how is it going locally?"),
                            ("Tema: fædre med på lige fod", "Theme: fathers on an equal footing"),
                            ("Aftalen og brugerbetalingen", "The agreement and the fees"),
                            ("Eventuelt", "Any other business"),
                        ]
                    ),
                    minutes=t.rich(*minutes) if minutes else "",
                ),
            )
            page.municipalities.set(offers[:8])
            for order, (title, filename, text) in enumerate(attachments):
                MeetingAttachment.objects.create(
                    page=page,
                    sort_order=order,
                    document=document(title, filename, text, collection=collection),
                )
            return page

        return slug, build

    def other_meeting(days, kind, title, slug, introduction):
        start = _at(days, 13)

        def build():
            return _add(
                index,
                MeetingPage(
                    title=t(*title),
                    slug=t(*slug),
                    kind=kind,
                    start=start,
                    end=start
                    + datetime.timedelta(hours=2 if kind == MeetingPage.Kind.BOARD else 6),
                    location=t("Online", "Online"),
                    introduction=t(*introduction),
                ),
            )

        return slug[0], build

    minutes = [
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
    presentation = (
        "Oplæg: Fædre i forløbet",
        "oplaeg-faedre-i-forloebet.pdf",
        [
            "Oplæg fra netværksmødet om fædres deltagelse i Familieiværksætterne.",
            "Erfaringer: aftenmøder, fædregrupper og en fast kontaktperson.",
        ],
    )
    return [
        network_meeting(-540, minutes=minutes),
        network_meeting(-360, minutes=minutes),
        network_meeting(-180, minutes=minutes),
        network_meeting(-40, minutes=minutes, attachments=[presentation]),
        network_meeting(150),
        other_meeting(
            -100,
            MeetingPage.Kind.BOARD,
            ("Møde i advisory board", "Advisory board meeting"),
            ("advisory-board-moede", "advisory-board-meeting"),
            (
                "Boardet drøftede finansiering og formidling af resultater.",
                "The board discussed funding and communicating results.",
            ),
        ),
        other_meeting(
            20,
            MeetingPage.Kind.THEME_DAY,
            ("Temadag om sårbare familier", "Theme day on vulnerable families"),
            ("temadag-saarbare-familier", "theme-day-vulnerable-families"),
            (
                "En dag om at opdage og støtte familier, der har det svært, tidligt i forløbet.",
                "A day about noticing and supporting families who are struggling, early in the course.",
            ),
        ),
    ]


def _agreement(t, area):
    return _add(
        area,
        AgreementPage(
            title=t("Netværksaftalen", "The network agreement"),
            slug=t("netvaerksaftalen", "the-network-agreement"),
            introduction=t(
                "Aftalen beskriver formålet med samarbejdet, og hvad parterne bidrager med.",
                "The agreement sets out the purpose of the cooperation and what each party "
                "contributes.",
            ),
        ),
    )


def _agreement_versions(t, agreement, collection):
    def version(date, slug, change_note, paragraphs, appendices):
        def build():
            page = _add(
                agreement,
                AgreementVersionPage(
                    title=t(
                        f"Netværksaftalen, {date:%d.%m.%Y}",
                        f"The network agreement, {date:%d %B %Y}",
                    ),
                    slug=t(*slug),
                    version_date=date,
                    change_note=t(*change_note),
                    body=[("paragraph", _rich(t, *paragraphs))],
                ),
            )
            for order, (title, filename, text) in enumerate(appendices):
                AgreementAppendix.objects.create(
                    page=page,
                    sort_order=order,
                    document=document(title, filename, text, collection=collection),
                )
            return page

        return slug[0], build

    purpose = (
        "Samarbejdet skal fremme, udvikle, fastholde og kvalificere Familieiværksætterne. "
        "Netværket består af fagfolk fra kommuner og regioner, der tilbyder forløbet eller er "
        "på vej.",
        "The cooperation exists to promote, develop, sustain and strengthen "
        "Familieiværksætterne. The network consists of professionals from municipalities and "
        "regions that offer the course or are about to.",
    )
    contributions = (
        "Kommuner og regioner deler metoder, redskaber og materialer, bidrager med viden og data "
        "om forløbene lokalt og deltager i netværksmøderne.",
        "Municipalities and regions share methods, tools and materials, contribute knowledge and "
        "data about their local courses and take part in the network meetings.",
    )
    return [
        version(
            datetime.date(2017, 3, 1),
            ("aftale-2017", "agreement-2017"),
            (
                "Den første aftale om netværkssamarbejdet.",
                "The first agreement on the network cooperation.",
            ),
            [purpose, contributions],
            [
                (
                    "Bilag 1: Advisory board (2017)",
                    "bilag-1-advisory-board-2017.pdf",
                    ["Advisory board rådgiver om udvikling, finansiering og formidling."],
                ),
            ],
        ),
        version(
            datetime.date(2026, 9, 1),
            ("aftale-2026", "agreement-2026"),
            (
                "Fonden har givet konceptet og sekretariatet videre til kommunerne. Aftalen er "
                "tilpasset, så netværket selv driver sekretariatet.",
                "The foundation has handed the concept and the secretariat to the municipalities. "
                "The agreement now has the network run the secretariat itself.",
            ),
            [
                purpose,
                contributions,
                (
                    "Sekretariatet varetages af netværket og driver hjemmesiderne, faciliterer to "
                    "årlige netværksmøder og samler erfaringerne op.",
                    "The network holds the secretariat, which runs the websites, facilitates two "
                    "network meetings a year and gathers the experience.",
                ),
            ],
            [
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
        ),
    ]


def _fees(t, area):
    page = _add(
        area,
        FeesPage(
            title=t("Brugerbetaling", "Fees"),
            slug=t("brugerbetaling", "fees"),
            introduction=t(
                "Deltagende kommuner betaler et årligt brugerbidrag. Nye kommuner betaler desuden "
                "et opstartsbeløb én gang.",
                "Participating municipalities pay a yearly user fee. New municipalities also pay a "
                "start-up fee once.",
            ),
        ),
    )
    this_year = timezone.localdate().year
    for order, (year, user_fee, note) in enumerate(
        [
            (this_year - 2, "11500", ("", "")),
            (this_year - 1, "12000", ("", "")),
            (
                this_year,
                "12500",
                ("Fastsat på forårets netværksmøde.", "Set at the spring network meeting."),
            ),
            (this_year + 1, "13000", ("Vedtaget for næste år.", "Agreed for next year.")),
        ]
    ):
        AnnualFee.objects.create(
            page=page,
            sort_order=order,
            year=year,
            user_fee=Decimal(user_fee),
            startup_fee=Decimal("25000"),
            note=t(*note) if note[0] else "",
        )
    return page


def _board_page(t, area):
    return _add(
        area,
        AdvisoryBoardPage(
            title=t("Advisory board", "Advisory board"),
            slug=t("advisory-board", "advisory-board"),
            introduction=t(
                "Boardet rådgiver netværket om udvikling, finansiering og formidling.",
                "The board advises the network on development, funding and communication.",
            ),
            body=[
                (
                    "paragraph",
                    _rich(
                        t,
                        (
                            "Medlemmerne kommer fra forskellige sektorer og sidder to år ad gangen. "
                            "Hver partnerorganisation har højst én plads.",
                            "The members come from different sectors and serve two years at a time. "
                            "Each partner organisation has at most one seat.",
                        ),
                    ),
                )
            ],
        ),
    )


def _board_members(log):
    if BoardMember.objects.exists():
        return
    today = timezone.localdate()

    def started(days_ago):
        return today - datetime.timedelta(days=days_ago)

    members = [
        (
            "Birthe Vestergaard",
            "KL – Kommunernes Landsforening",
            "municipality",
            "chair",
            started(200),
        ),
        ("Jens Kragh", "Jordemoderforeningen", "civil_society", "member", started(650)),
        ("Marie Falk", "Dansk Sygeplejeråd", "civil_society", "member", started(300)),
        ("Ole Sand", "Region Midtjylland", "region", "member", started(120)),
        ("Lene Borup", "VIA University College", "research", "member", started(400)),
        ("Peter Hauge", "Lokal erhvervsforening", "business", "member", started(30)),
        ("Grete Nørgaard", "KL – Kommunernes Landsforening", "municipality", "chair", started(935)),
        ("Hans Ebbesen", "Region Midtjylland", "region", "member", started(900)),
        (
            "Fonden for Socialt Ansvar",
            "Fonden for Socialt Ansvar",
            "foundation",
            "member",
            started(1500),
        ),
    ]
    for name, organisation, sector, role, start in members:
        BoardMember.objects.create(
            name=name, organisation=organisation, sector=sector, role=role, term_start=start
        )
    log("Created the advisory board")

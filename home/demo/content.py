"""The public concept site's demo content, in our own words from the source documents."""

import datetime
import io

from django.core.files.images import ImageFile
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.factories import (
    AccessibilityStatementPageFactory,
    ConceptPageFactory,
    ContactPageFactory,
    CookiePageFactory,
    FormFieldFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PrivacyPolicyPageFactory,
)
from home.images import prepare_renditions
from home.models import HomePage, SiteSettings

from . import child_page, handbooks, translate_tree
from .documents import document
from .files import make_family_image

SECRETARIAT_EMAIL = "sekretariat@familieivaerksaetterne.example"


def load(t, log):
    """Build the Danish public tree with English translations. Existing pages are left alone."""
    home = _home_page(t, log)
    for_parents = child_page(home, "for-foraeldre", lambda: _for_parents(t, home), log)
    municipalities = child_page(home, "for-kommuner", lambda: _for_municipalities(t, home), log)
    handbooks.load(t, municipalities, log)
    network = child_page(home, "om-netvaerket", lambda: _about_network(t, home), log)
    child_page(network, "historien", lambda: _story(t, network), log)
    news = child_page(home, "nyheder", lambda: _news_index(t, home), log)
    for slug, builder in _news_items(t, news):
        child_page(news, slug, builder, log)
    contact = child_page(home, "kontakt", lambda: _contact(t, home), log)
    legal = [
        child_page(home, "tilgaengelighedserklaering", lambda: _accessibility(t, home), log),
        child_page(home, "privatlivspolitik", lambda: _privacy(t, home), log),
        child_page(home, "cookies", lambda: _cookies(t, home), log),
    ]
    if home.hero_link_id is None:
        home.hero_link = for_parents
        home.hero_link_label = t("Læs om forløbet", "Read about the course")
        home.save_revision().publish()
    _cta_to_contact(t, home, contact)
    _site_settings(home)
    # This app's pages only: apps further up translate theirs, with their own texts.
    translate_tree(t, home, log, descendants=False)
    for root in [for_parents, municipalities, network, news, contact, *legal]:
        translate_tree(t, root, log)
    return home


def _home_page(t, log):
    danish = Locale.objects.get(language_code="da")
    home = HomePage.objects.filter(locale=danish).first()
    if home:
        return home
    root = Page.get_first_root_node()
    # The page Wagtail creates at install ("Welcome to your new Wagtail site!") makes way.
    for welcome in root.get_children().filter(content_type__model="page", numchild=0):
        welcome.delete()
    image = _image(
        t(
            "Tegning af to forældre og et lille barn",
            "Drawing of two parents and a small child",
        ),
        "familie.png",
        0,
    )
    home = HomePageFactory(
        parent=root,
        title=t("Familieiværksætterne", "Familieiværksætterne"),
        slug=t("forside", "home"),
        locale=danish,
        introduction=t(
            "Et forløb for alle, der skal være forældre for første gang: fra graviditeten og ind "
            "i barnets første år. Mødre og fædre er med på lige fod.",
            "A course for everyone about to become a parent for the first time: from pregnancy "
            "into the child's first year. Mothers and fathers take part on an equal footing.",
        ),
        hero_image=image,
        hero_image_alt=t(
            "Tegning af to voksne og et lille barn under en varm sol",
            "Drawing of two adults and a small child under a warm sun",
        ),
        body=[
            (
                "heading",
                {
                    "text": t(
                        "Et fælles afsæt for hele familien",
                        "A shared start for the whole family",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Familieiværksætterne er et tidligt og forebyggende tilbud til alle "
                            "førstegangsforældre. Forløbet begynder, mens I venter barnet, og "
                            "følger jer ind i tiden som familie. Undervejs møder I andre kommende "
                            "forældre og et hold af fagfolk, der ser på hele jeres livssituation og "
                            "ikke kun på fødslen.",
                            "Familieiværksætterne is an early, preventive offer to all first-time "
                            "parents. The course begins while you are expecting and follows you "
                            "into your life as a family. Along the way you meet other parents-to-be "
                            "and a team of professionals who look at your whole situation, not only "
                            "at the birth.",
                        ),
                        (
                            "Sundhedsplejersker og jordemødre bærer forløbet. De henter viden ind om "
                            "økonomi, jura, sundhed, børns psykologi og livet som par, og de har "
                            "særlig øje for familier, der har det svært.",
                            "Health visitors and midwives carry the course. They bring in knowledge "
                            "of money matters, law, health, child psychology and life as a couple, "
                            "and they pay special attention to families going through a hard time.",
                        ),
                    )
                ),
            ),
            (
                "quote",
                {
                    "text": t(
                        "Det bedste var at møde de andre par. Vi ses stadig, og nu leger børnene sammen.",
                        "The best part was meeting the other couples. We still see each other, and "
                        "now the children play together.",
                    ),
                    "attribution": t(
                        "Mor fra et af de første hold",
                        "Mother from one of the first groups",
                    ),
                },
            ),
        ],
    )
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name = (
        site.hostname or "localhost",
        site.port or 80,
        "Familieiværksætterne",
    )
    site.root_page = home
    site.save()
    log(f"Created the home page {home.title}")
    return home


def _image(title, filename, variant):
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = make_family_image(variant=variant)
        image = Image(title=title, file=ImageFile(io.BytesIO(data), name=filename))
        image.save()
        prepare_renditions(image, "hero", "content")
    return image


def _for_parents(t, home):
    image = _image(
        t(
            "Tegning af en familie på tre i grønne farver",
            "Drawing of a family of three in green colours",
        ),
        "familie-groen.png",
        1,
    )
    return ConceptPageFactory(
        parent=home,
        title=t("For forældre", "For parents"),
        illustration="pram",
        slug=t("for-foraeldre", "for-parents"),
        introduction=t(
            "Venter I jeres første barn? Her kan I læse, hvad Familieiværksætterne er, og hvad I får "
            "ud af at være med.",
            "Expecting your first child? Here you can read what Familieiværksætterne is and what you "
            "gain from taking part.",
        ),
        body=[
            (
                "heading",
                {"text": t("Hvad er forløbet?", "What is the course?"), "level": "h2"},
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "I mødes med andre, der også skal være forældre for første gang, og med "
                            "fagfolk fra jeres kommune og fødestedet. Møderne ligger både før og efter "
                            "fødslen, så I kan tale om det, der fylder, når det fylder.",
                            "You meet others who are also becoming parents for the first time, and "
                            "professionals from your municipality and the maternity ward. The meetings "
                            "take place both before and after the birth, so you can talk about what "
                            "matters when it matters.",
                        ),
                    )
                ),
            ),
            (
                "heading",
                {"text": t("Det taler vi om", "What we talk about"), "level": "h2"},
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        [
                            (
                                "Graviditet, fødsel og de første uger med barnet",
                                "Pregnancy, birth and the first weeks with the baby",
                            ),
                            (
                                "Jeres økonomi og jeres rettigheder som forældre",
                                "Your finances and your rights as parents",
                            ),
                            (
                                "Barnets trivsel, søvn og udvikling",
                                "The child's well-being, sleep and development",
                            ),
                            (
                                "Parforholdet, når I bliver tre",
                                "Your relationship when two become three",
                            ),
                            (
                                "Fællesskab med andre nye forældre",
                                "Friendship with other new parents",
                            ),
                        ]
                    )
                ),
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": t(
                        "Tegning af to voksne og et barn, der står sammen på en grøn bakke",
                        "Drawing of two adults and a child standing together on a green hill",
                    ),
                    "caption": t(
                        "Hele familien er med fra begyndelsen.",
                        "The whole family takes part from the start.",
                    ),
                },
            ),
            (
                "questions",
                {
                    "heading": t("Spørgsmål og svar", "Questions and answers"),
                    "questions": [
                        {
                            "question": t("Hvem kan være med?", "Who can take part?"),
                            "answer": RichText(
                                t.rich(
                                    (
                                        "Alle, der venter deres første barn og bor i en kommune, der "
                                        "tilbyder Familieiværksætterne.",
                                        "Everyone expecting their first child who lives in a "
                                        "municipality that offers Familieiværksætterne.",
                                    )
                                )
                            ),
                        },
                        {
                            "question": t("Skal far også med?", "Should the father come too?"),
                            "answer": RichText(
                                t.rich(
                                    (
                                        "Ja. Forløbet er lagt til rette, så begge forældre kan deltage, "
                                        "og fædre er med på lige fod med mødre.",
                                        "Yes. The course is arranged so that both parents can take "
                                        "part, and fathers join on an equal footing with mothers.",
                                    )
                                )
                            ),
                        },
                        {
                            "question": t(
                                "Hvad hvis vi har det svært?",
                                "What if we are going through a hard time?",
                            ),
                            "answer": RichText(
                                t.rich(
                                    (
                                        "Fagfolkene har særlig opmærksomhed på familier, der er "
                                        "udfordrede eller i en sårbar livssituation, og kan hjælpe jer "
                                        "videre til den rette støtte.",
                                        "The professionals pay special attention to families who face "
                                        "challenges or are in a vulnerable situation, and can help you "
                                        "find the right support.",
                                    )
                                )
                            ),
                        },
                    ],
                },
            ),
        ],
    )


def _for_municipalities(t, home):
    leaflet = document(
        t("Kort om Familieiværksætterne", "Familieiværksætterne in brief"),
        "kort-om-familieivaerksaetterne.pdf",
        [
            "Familieiværksætterne er et tidligt, forebyggende forløb for alle førstegangsforældre.",
            "Forløbet er tværfagligt og tværsektorielt og har hele familien i fokus, med fædre på "
            "lige fod med mødre.",
            "Kommuner og regioner, der tilbyder forløbet, deler metoder og erfaringer i et netværk.",
        ],
    )
    return ConceptPageFactory(
        parent=home,
        title=t("For kommuner", "For municipalities"),
        illustration="network",
        slug=t("for-kommuner", "for-municipalities"),
        introduction=t(
            "Familieiværksætterne er et afprøvet koncept, som kommuner og regioner frit kan tage i "
            "brug. Her kan I læse, hvad det kræver, og hvad netværket giver jer.",
            "Familieiværksætterne is a tried and tested concept that municipalities and regions are "
            "free to use. Here you can read what it takes and what the network gives you.",
        ),
        body=[
            (
                "heading",
                {
                    "text": t(
                        "Et koncept, der nu er kommunernes",
                        "A concept that now belongs to the municipalities",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Konceptet blev udviklet, afprøvet og indført af en fond i samarbejde med "
                            "kommuner og regioner. Målet er nået, og fonden har givet både konceptet "
                            "og arbejdet med netværket videre til de deltagende kommuner, som frit kan "
                            "bruge det.",
                            "The concept was developed, tested and introduced by a foundation working "
                            "with municipalities and regions. The goal has been reached, and the "
                            "foundation has handed both the concept and the running of the network to "
                            "the participating municipalities, who are free to use it.",
                        ),
                    )
                ),
            ),
            (
                "heading",
                {
                    "text": t(
                        "Tværfagligt og på tværs af sektorer",
                        "Interdisciplinary and across sectors",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Sundhedsplejen og jordemødrene står for forløbet sammen. Samarbejdet "
                            "mellem kommune og region kan støde på forskellige systemer og strukturer, "
                            "men netværket har fundet gode løsninger på mange af dem. Civilsamfundet og "
                            "erhvervslivet kan også bidrage, for eksempel med oplæg og fællesskaber.",
                            "Health visiting and midwifery run the course together. Cooperation "
                            "between municipality and region can run into different systems and "
                            "structures, but the network has found good solutions to many of them. "
                            "Civil society and business can contribute too, for example with talks "
                            "and communities.",
                        ),
                    )
                ),
            ),
            (
                "heading",
                {
                    "text": t("Det får I med netværket", "What the network gives you"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        [
                            (
                                "Metoder, redskaber og materialer, som andre kommuner har udviklet og afprøvet",
                                "Methods, tools and materials that other municipalities have developed and tested",
                            ),
                            (
                                "To netværksmøder om året med erfaringsudveksling",
                                "Two network meetings a year to share experience",
                            ),
                            (
                                "Et overblik over kommuner, der tilbyder forløbet, med faglige kontaktpersoner",
                                "An overview of the municipalities offering the course, with professional contacts",
                            ),
                            (
                                "Sparring, når I går i gang",
                                "Advice when you get started",
                            ),
                        ],
                        (
                            "Deltagende kommuner betaler et årligt brugerbidrag, og nye kommuner betaler "
                            "et beløb ved opstart. Beløbene fastsættes hvert år.",
                            "Participating municipalities pay a yearly user fee, and new municipalities "
                            "pay a start-up fee. The amounts are set every year.",
                        ),
                    )
                ),
            ),
            (
                "document_list",
                {"heading": t("Læs mere", "Read more"), "documents": [leaflet]},
            ),
        ],
    )


def _about_network(t, home):
    return ConceptPageFactory(
        parent=home,
        title=t("Om netværket", "About the network"),
        illustration="conversation",
        slug=t("om-netvaerket", "about-the-network"),
        introduction=t(
            "Kommuner og regioner, der tilbyder Familieiværksætterne, arbejder sammen i et "
            "forpligtende netværk.",
            "Municipalities and regions that offer Familieiværksætterne work together in a "
            "committed network.",
        ),
        body=[
            ("heading", {"text": t("Formål", "Purpose"), "level": "h2"}),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Netværket skal fremme, udvikle, fastholde og kvalificere konceptet. "
                            "Medlemmerne deler erfaringer og viden og stiller metoder, redskaber og "
                            "materialer til rådighed for hinanden.",
                            "The network exists to promote, develop, sustain and strengthen the "
                            "concept. Its members share experience and knowledge and make methods, "
                            "tools and materials available to one another.",
                        ),
                    )
                ),
            ),
            ("heading", {"text": t("Hvem er med?", "Who takes part?"), "level": "h2"}),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Netværket består af fagfolk fra kommuner og regioner, der er i gang med "
                            "forløbet eller har besluttet at begynde. Andre fagfolk og "
                            "samarbejdspartnere kan inviteres med, når et tema kalder på det.",
                            "The network is made up of professionals from municipalities and regions "
                            "that run the course or have decided to start. Other professionals and "
                            "partners can be invited when a theme calls for it.",
                        ),
                    )
                ),
            ),
            (
                "heading",
                {
                    "text": t(
                        "Sekretariat og advisory board",
                        "Secretariat and advisory board",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Et sekretariat driver hjemmesiderne, samler op på erfaringerne og "
                            "planlægger to netværksmøder om året. Et advisory board rådgiver om "
                            "udviklingen, hjælper med at skaffe midler og sørger for, at resultaterne "
                            "bliver kendt. Medlemmerne sidder i to år ad gangen, og hver "
                            "partnerorganisation har højst én plads.",
                            "A secretariat runs the websites, gathers the experience and plans two "
                            "network meetings a year. An advisory board advises on development, helps "
                            "raise funds and makes sure the results become known. Members serve two "
                            "years at a time, and each partner organisation has at most one seat.",
                        ),
                    )
                ),
            ),
            (
                "heading",
                {"text": t("Netværksaftalen", "The network agreement"), "level": "h2"},
            ),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Samarbejdet bygger på en aftale, der har gældet siden marts 2017. Aftalen "
                            "tilpasses, når parterne foreslår ændringer, og den nyeste udgave ligger "
                            "altid i det faglige område for netværkets medlemmer.",
                            "The cooperation rests on an agreement in force since March 2017. It is "
                            "adjusted when the parties propose changes, and the newest version is "
                            "always in the professional area for the network's members.",
                        ),
                    )
                ),
            ),
        ],
    )


def _story(t, network):
    return ConceptPageFactory(
        parent=network,
        title=t("Historien bag", "The story behind"),
        illustration="seedling",
        slug=t("historien", "the-story"),
        introduction=t(
            "En fond udviklede Familieiværksætterne. I dag står kommunerne selv for konceptet.",
            "A foundation developed Familieiværksætterne. Today the municipalities run the concept "
            "themselves.",
        ),
        body=[
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Fonden for Socialt Ansvar ville udvikle, afprøve og indføre en ny form for "
                            "forberedelse til forældreskabet. Den skulle være:",
                            "Fonden for Socialt Ansvar set out to develop, test and introduce a new "
                            "kind of preparation for parenthood. It was to be:",
                        ),
                        [
                            (
                                "tidlig og forebyggende og for alle førstegangsforældre",
                                "early, preventive and for all first-time parents",
                            ),
                            (
                                "i stand til at sætte særligt ind, hvor en familie er udfordret",
                                "able to give extra support where a family faces challenges",
                            ),
                            (
                                "helhedsorienteret, med økonomi, jura, sundhed, børnepsykologi og parforhold",
                                "holistic, covering money, law, health, child psychology and the couple",
                            ),
                            (
                                "rettet mod hele familien, med fædre på lige fod",
                                "aimed at the whole family, with fathers on an equal footing",
                            ),
                            (
                                "tværfaglig og tværsektoriel",
                                "interdisciplinary and cross-sector",
                            ),
                            (
                                "åben for civilsamfundet og erhvervslivet",
                                "open to civil society and business",
                            ),
                        ],
                        (
                            "Det lykkedes, ikke mindst takket være sundhedsplejen og jordemødrene. "
                            "Konceptet er blevet præsenteret på konferencer og temadage og har været "
                            "grundlag for flere specialer. Da kommunerne i stigende grad tog teten, gav "
                            "fonden stafetten videre til dem.",
                            "It succeeded, not least thanks to the health visitors and the midwives. "
                            "The concept has been presented at conferences and theme days and has "
                            "been the basis of several theses. As the municipalities increasingly "
                            "took the lead, the foundation passed the baton to them.",
                        ),
                    )
                ),
            ),
        ],
    )


def _news_index(t, home):
    return NewsIndexPageFactory(
        parent=home,
        title=t("Nyheder", "News"),
        slug=t("nyheder", "news"),
        introduction=t(
            "Nyt fra netværket og fra kommunerne.",
            "News from the network and the municipalities.",
        ),
    )


def _news_items(t, news):
    def item(title, slug, date, introduction, paragraphs):
        return slug[0], lambda: NewsPageFactory(
            parent=news,
            title=t(*title),
            slug=t(*slug),
            date=date,
            introduction=t(*introduction),
            body=[("paragraph", RichText(t.rich(*paragraphs)))],
        )

    return [
        item(
            (
                "Konceptet er givet videre til kommunerne",
                "The concept has been handed over to the municipalities",
            ),
            ("konceptet-er-givet-videre", "the-concept-handed-over"),
            datetime.date(2026, 9, 1),
            (
                "Fonden bag Familieiværksætterne overlader konceptet og netværket til kommunerne.",
                "The foundation behind Familieiværksætterne hands the concept and the network to the "
                "municipalities.",
            ),
            [
                (
                    "Fonden har nået sit mål med at udvikle og indføre forløbet og giver det nu videre "
                    "til fri brug. De deltagende kommuner står fremover selv for netværket.",
                    "The foundation has reached its goal of developing and introducing the course and "
                    "now passes it on for free use. From now on the participating municipalities run "
                    "the network themselves.",
                )
            ],
        ),
        item(
            ("Netværksmøde med fokus på fædre", "Network meeting focused on fathers"),
            ("netvaerksmoede-om-faedre", "network-meeting-on-fathers"),
            datetime.date(2026, 10, 15),
            (
                "Efterårets netværksmøde handlede om, hvordan fædre bliver en lige så stor del af "
                "forløbet som mødre.",
                "The autumn network meeting was about making fathers as much a part of the course "
                "as mothers.",
            ),
            [
                (
                    "Flere kommuner fortalte om aftenmøder, der gør det lettere for begge forældre at "
                    "deltage, og om øvelser, hvor fædre taler sammen om deres nye rolle.",
                    "Several municipalities told of evening sessions that make it easier for both "
                    "parents to attend, and of exercises in which fathers talk together about their "
                    "new role.",
                )
            ],
        ),
        item(
            (
                "Familieiværksætterne på Velfærdens Innovationsdag",
                "Familieiværksætterne at the Welfare Innovation Day",
            ),
            ("velfaerdens-innovationsdag", "welfare-innovation-day"),
            datetime.date(2026, 6, 10),
            (
                "Konceptet blev præsenteret som et eksempel på forebyggelse på tværs af sektorer.",
                "The concept was presented as an example of prevention across sectors.",
            ),
            [
                (
                    "En sundhedsplejerske og en jordemoder fortalte, hvordan de planlægger forløbet "
                    "sammen, og hvad det betyder for familierne, at de kender hinanden.",
                    "A health visitor and a midwife told how they plan the course together, and what "
                    "it means to the families that the two know each other.",
                )
            ],
        ),
    ]


def _contact(t, home):
    page = ContactPageFactory(
        parent=home,
        title=t("Kontakt", "Contact"),
        slug=t("kontakt", "contact"),
        introduction=t(
            "Har du spørgsmål om Familieiværksætterne, eller vil din kommune være med i netværket? "
            "Skriv til sekretariatet, så svarer vi så hurtigt, vi kan.",
            "Do you have questions about Familieiværksætterne, or would your municipality like to "
            "join the network? Write to the secretariat and we will answer as soon as we can.",
        ),
        thank_you_text=t.rich(
            (
                "Tak for din henvendelse. Sekretariatet svarer normalt inden for et par hverdage.",
                "Thank you for your message. The secretariat usually answers within a couple of "
                "working days.",
            )
        ),
        message_handling=t.rich(
            (
                "Din besked går til sekretariatet, og kun sekretariatets medarbejdere læser den. "
                "Vi bruger dine oplysninger til at svare dig og til intet andet. Beskeden slettes "
                "automatisk seks måneder efter, at vi har modtaget den.",
                "Your message goes to the secretariat, and only the secretariat's staff read it. "
                "We use your details to answer you and for nothing else. The message is deleted "
                "automatically six months after we receive it.",
            )
        ),
        to_address=SECRETARIAT_EMAIL,
        from_address="noreply@familieivaerksaetterne.example",
        subject=t("Ny henvendelse fra hjemmesiden", "New message from the website"),
    )
    fields = [
        (("Dit navn", "Your name"), "singleline", True, ("", "")),
        (
            ("Din e-mail", "Your e-mail"),
            "email",
            True,
            ("Vi bruger den kun til at svare dig.", "We only use it to answer you."),
        ),
        (
            ("Kommune", "Municipality"),
            "singleline",
            False,
            (
                "Hvis du skriver på vegne af en kommune.",
                "If you write on behalf of a municipality.",
            ),
        ),
        (("Din besked", "Your message"), "multiline", True, ("", "")),
    ]
    for order, (label, field_type, required, help_text) in enumerate(fields):
        FormFieldFactory(
            page=page,
            sort_order=order,
            label=t(*label),
            field_type=field_type,
            required=required,
            help_text=t(*help_text) if help_text[0] else "",
        )
    return page


def _accessibility(t, home):
    return AccessibilityStatementPageFactory(
        parent=home,
        title=t("Tilgængelighedserklæring", "Accessibility statement"),
        slug=t("tilgaengelighedserklaering", "accessibility-statement"),
        introduction=t(
            "Sådan lever hjemmesiden op til kravene om tilgængelighed, og hvad vi mangler.",
            "How this website meets the accessibility requirements, and what we still lack.",
        ),
        compliance="partial",
        non_compliance=t.rich(
            (
                "Nogle ældre PDF-filer i materialebiblioteket mangler overskrifter og "
                "alternative tekster til billeder. Vi retter hver fil, når materialet gennemgås "
                "næste gang, og senest ved udgangen af 2027.",
                "Some older PDF files in the material library lack headings and alternative "
                "texts for images. We correct each file when the material is next reviewed, and "
                "by the end of 2027 at the latest.",
            )
        ),
        outside_scope=t.rich(
            (
                "Kontorfiler, som kommunerne delte før 23. september 2018, er ikke omfattet af "
                "loven. Du kan altid bede os om en tilgængelig udgave.",
                "Office files that the municipalities shared before 23 September 2018 are outside "
                "the scope of the law. You can always ask us for an accessible version.",
            )
        ),
        prepared_on=datetime.date(2026, 1, 15),
        reviewed_on=datetime.date(2026, 11, 2),
        method="self",
        feedback_email=SECRETARIAT_EMAIL,
        feedback_text=t.rich(
            (
                "Møder du indhold, du ikke kan bruge, så skriv til os. Fortæl, hvilken side det "
                "drejer sig om, og hvad der er svært. Vi svarer inden for ti hverdage.",
                "If you meet content you cannot use, write to us. Tell us which page it is and "
                "what is difficult. We answer within ten working days.",
            )
        ),
        enforcement_url="https://digst.dk/",
    )


def _privacy(t, home):
    rows = [
        (
            ("Kontaktformularen", "The contact form"),
            (
                "Dit navn, din e-mail, din kommune, hvis du skriver den, og din besked.",
                "Your name, your e-mail, your municipality if you give it, and your message.",
            ),
            ("At svare dig.", "To answer you."),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                "Article 6(1)(e) of the General Data Protection Regulation",
            ),
            (
                "6 måneder efter modtagelsen; derefter slettes beskeden automatisk.",
                "6 months after it arrives; then the message is deleted automatically.",
            ),
        ),
        (
            ("Login for fagpersoner", "Logins for professionals"),
            (
                "Dit navn, din e-mail, dit brugernavn, din kommune og rolle, din adgangskode "
                "(kun som krypteret kode) og hvornår du sidst loggede ind.",
                "Your name, your e-mail, your username, your municipality and role, your password "
                "(only in encrypted form) and when you last logged in.",
            ),
            (
                "At give dig adgang til fagområdet, materialebiblioteket og din kalender.",
                "To give you access to the professional area, the material library and your "
                "calendar.",
            ),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                "Article 6(1)(e) of the General Data Protection Regulation",
            ),
            (
                "Så længe du har adgang. Din kommune eller du kan bede os slette kontoen.",
                "For as long as you have access. Your municipality or you can ask us to delete "
                "the account.",
            ),
        ),
        (
            ("Bidrag til biblioteket og kalenderen", "Contributions to the library and calendar"),
            (
                "Dit navn som bidragyder, kontaktperson og e-mail på materialet, filerne, "
                "tidligere versioner og sekretariatets kommentarer.",
                "Your name as contributor, the contact person and e-mail on the material, the "
                "files, earlier versions and the secretariat's comments.",
            ),
            (
                "At godkende og dele materialet med netværkets kommuner.",
                "To approve the material and share it with the network's municipalities.",
            ),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                "Article 6(1)(e) of the General Data Protection Regulation",
            ),
            (
                "Så længe materialet er i biblioteket. Filer fra bidrag, der aldrig blev sendt, "
                "slettes efter et døgn.",
                "For as long as the material is in the library. Files from contributions that "
                "were never sent are deleted after a day.",
            ),
        ),
        (
            ("Lokale data", "Local data"),
            (
                "Kommunens tal for året (hold og deltagere, aldrig navne på forældre) og hvem "
                "der indberettede dem.",
                "The municipality's figures for the year (groups and participants, never the "
                "names of parents) and who reported them.",
            ),
            (
                "At følge forløbet i netværket og fordele kontingentet.",
                "To follow the course across the network and share out the fee.",
            ),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                "Article 6(1)(e) of the General Data Protection Regulation",
            ),
            (
                "Tallene gemmes, så længe netværket findes; navnet så længe kontoen findes.",
                "The figures are kept for as long as the network exists; the name for as long as "
                "the account exists.",
            ),
        ),
        (
            ("Søgefeltet", "The search box"),
            (
                "De ord, der søges efter, og hvor mange gange om dagen; aldrig hvem der søgte.",
                "The words searched for and how many times a day; never who searched.",
            ),
            (
                "At se, hvad læserne leder efter og ikke finder, så vi kan skrive om det eller "
                "fremhæve den rette side.",
                "To see what readers look for and do not find, so that we can write about it or "
                "point to the right page.",
            ),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                "Article 6(1)(e) of the General Data Protection Regulation",
            ),
            (
                "Søgninger uden resultater i 13 måneder, så en måned kan sammenlignes med året "
                "før; antallet af søgninger pr. dag i en uge.",
                "Searches without results for 13 months, so that a month can be compared with "
                "the year before; the number of searches a day for a week.",
            ),
        ),
        (
            ("Beskyttelse mod misbrug", "Protection against abuse"),
            (
                "En krypteret nøgle ud fra din IP-adresse og den e-mail, du skriver i "
                "kontaktformularen, aldrig selve adressen.",
                "An encrypted key made from your IP address and the e-mail you type into the "
                "contact form, never the address itself.",
            ),
            (
                "At holde spam og masseudsendelser ude af kontaktformularen.",
                "To keep spam and bulk mailing out of the contact form.",
            ),
            (
                "Databeskyttelsesforordningens art. 6, stk. 1, litra f",
                "Article 6(1)(f) of the General Data Protection Regulation",
            ),
            ("Højst to timer.", "Two hours at most."),
        ),
    ]
    return PrivacyPolicyPageFactory(
        parent=home,
        title=t("Privatlivspolitik", "Privacy policy"),
        slug=t("privatlivspolitik", "privacy-policy"),
        introduction=t(
            "Hvilke oplysninger hjemmesiden gemmer om dig, hvorfor, og hvor længe.",
            "What this website keeps about you, why, and for how long.",
        ),
        controller=t.lines(
            "Familieiværksætternes sekretariat\nEksempelvej 12\n5000 Odense C",
            "The secretariat of Familieiværksætterne\nEksempelvej 12\n5000 Odense C, Denmark",
        ),
        controller_email=SECRETARIAT_EMAIL,
        data_table=[
            (
                "row",
                {
                    "what": t(*what),
                    "data": t(*data),
                    "purpose": t(*purpose),
                    "legal_basis": t(*basis),
                    "retention": t(*retention),
                },
            )
            for what, data, purpose, basis, retention in rows
        ],
        body=[
            ("heading", {"text": t("Dine rettigheder", "Your rights"), "level": "h2"}),
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Du har ret til at se de oplysninger, vi har om dig, og til at få "
                            "forkerte oplysninger rettet. Du kan også bede os slette "
                            "oplysningerne, begrænse brugen af dem eller gøre indsigelse mod den.",
                            "You have the right to see the data we hold about you and to have "
                            "wrong data corrected. You can also ask us to delete the data, to "
                            "restrict its use or object to it.",
                        ),
                        (
                            "Skriv til den dataansvarlige på e-mailen ovenfor. Er du utilfreds "
                            "med vores svar, kan du klage til Datatilsynet, datatilsynet.dk.",
                            "Write to the data controller at the e-mail above. If you are not "
                            "satisfied with our answer, you can complain to the Danish Data "
                            "Protection Agency, datatilsynet.dk.",
                        ),
                    )
                ),
            ),
        ],
    )


def _cookies(t, home):
    cookies = [
        (
            "csrftoken",
            (
                "Beskytter formularerne mod at blive sendt af en anden hjemmeside i dit navn.",
                "Protects the forms from being sent by another website in your name.",
            ),
            ("1 år", "1 year"),
        ),
        (
            "sessionid",
            (
                "Husker, at du er logget ind. Sættes kun, når du logger ind.",
                "Remembers that you are logged in. Set only when you log in.",
            ),
            ("2 uger, eller til du logger ud", "2 weeks, or until you log out"),
        ),
        (
            "messages",
            (
                "Viser en kort besked på næste side, for eksempel at dit bidrag er gemt.",
                "Shows a short message on the next page, for example that your contribution "
                "is saved.",
            ),
            ("Til beskeden er vist", "Until the message is shown"),
        ),
    ]
    return CookiePageFactory(
        parent=home,
        title=t("Cookies", "Cookies"),
        slug=t("cookies", "cookies"),
        introduction=t(
            "Hjemmesiden bruger kun de cookies, der er nødvendige for, at den virker.",
            "This website uses only the cookies it needs to work.",
        ),
        cookie_table=[
            ("cookie", {"name": t(name, name), "purpose": t(*purpose), "duration": t(*duration)})
            for name, purpose, duration in cookies
        ],
        body=[
            (
                "paragraph",
                RichText(
                    t.rich(
                        (
                            "Vi bruger ingen cookies til statistik, annoncer eller sociale "
                            "medier, og ingen andre end os sætter cookies her. Derfor beder vi "
                            "ikke om dit samtykke.",
                            "We use no cookies for statistics, advertising or social media, and "
                            "nobody but us sets cookies here. That is why we do not ask for your "
                            "consent.",
                        ),
                        (
                            "Du kan slette cookies i din browser når som helst. Så skal du blot "
                            "logge ind igen.",
                            "You can delete cookies in your browser at any time. You will then "
                            "simply have to log in again.",
                        ),
                    )
                ),
            ),
        ],
    )


def _cta_to_contact(t, home, contact):
    if any(block.block_type == "call_to_action" for block in home.body):
        return
    home.body.append(
        (
            "call_to_action",
            {
                "title": t(
                    "Tilbyder din kommune forløbet?",
                    "Does your municipality offer the course?",
                ),
                "text": t(
                    "Forløbet drives af kommunerne. Skriv til os, så hjælper vi dig videre.",
                    "The course is run by the municipalities. Write to us and we will help you on.",
                ),
                "page": contact,
                "external_url": "",
                "button_label": t("Skriv til os", "Write to us"),
            },
        )
    )
    home.save_revision().publish()


def _site_settings(home):
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    if settings.email:
        return
    settings.organisation_name = "Familieiværksætterne"
    settings.address = "Familieiværksætternes sekretariat\nEksempelvej 12\n5000 Odense C"
    settings.address_en = (
        "The secretariat of Familieiværksætterne\nEksempelvej 12\n5000 Odense C\nDenmark"
    )
    settings.email = SECRETARIAT_EMAIL
    settings.phone = "12 34 56 78"
    settings.facebook_url = "https://www.facebook.com/familieivaerksaetterne"
    settings.save()

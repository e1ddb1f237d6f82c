"""Every page type lives only where it belongs, and editors can create each one from the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.factories import DocumentFactory
from home.models import (
    AccessibilityStatementPage,
    ConceptPage,
    ContactPage,
    CookiePage,
    HandbookChapterPage,
    HandbookPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrivacyPolicyPage,
)
from network.models import FiguresPage, JoinPage, MunicipalityIndexPage, ProfessionalAreaPage


def list_block(items):
    """Form data of a ListBlock, as the admin's editor posts it."""
    data = {"count": len(items)}
    for index, value in enumerate(items):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(ConceptPage, HomePage)
        self.assertCanNotCreateAt(NewsIndexPage, HomePage)

    def test_home_page_children(self):
        # What an editor is offered: each child page type names the home page as its parent.
        self.assertEqual(
            set(HomePage.creatable_subpage_models()),
            {
                ConceptPage,
                NewsIndexPage,
                ContactPage,
                MunicipalityIndexPage,
                ProfessionalAreaPage,
                AccessibilityStatementPage,
                PrivacyPolicyPage,
                CookiePage,
                JoinPage,
                HandbookPage,
                FiguresPage,
            },
        )

    def test_the_public_sector_pages_sit_under_the_home_page_once(self):
        for model in [AccessibilityStatementPage, PrivacyPolicyPage, CookiePage]:
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertEqual(model.max_count_per_parent, 1)

    def test_concept_pages_nest(self):
        self.assertCanCreateAt(HomePage, ConceptPage)
        self.assertCanCreateAt(ConceptPage, ConceptPage)
        self.assertAllowedSubpageTypes(ConceptPage, {ConceptPage, HandbookPage})

    def test_news_lives_in_the_news_index(self):
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(ConceptPage, NewsPage)
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_contact_page_is_a_leaf_under_home(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())


class AdminCreatesEachPageTypeTests(WagtailPageTestCase):
    def setUp(self):
        # Not self.login(): Client.login() passes no request, which django-axes refuses.
        self.client.force_login(self.create_test_user())
        self.home = HomePage.objects.get(locale__language_code="da")

    def test_create_concept_page_with_every_block(self):
        self.assertCanCreate(
            self.home,
            ConceptPage,
            nested_form_data(
                {
                    "title": "Fødslen og de første dage",
                    "slug": "foedslen",
                    "introduction": "Hvad sker der, når barnet kommer?",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Før fødslen", "level": "h2"}),
                            ("paragraph", rich_text("<p>Vi taler om fødslen.</p>")),
                            (
                                "quote",
                                {"text": "Det var godt at være forberedt.", "attribution": "Far"},
                            ),
                            (
                                "call_to_action",
                                {
                                    "title": "Spørg os",
                                    "text": "",
                                    "page": self.home.pk,
                                    "external_url": "",
                                    "button_label": "Skriv",
                                },
                            ),
                            (
                                "questions",
                                {
                                    "heading": "Spørgsmål",
                                    "questions": list_block(
                                        [
                                            {
                                                "question": "Må far være med?",
                                                "answer": rich_text("<p>Ja.</p>"),
                                            }
                                        ]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_create_news_index_and_news_page(self):
        index = self.home.get_children().type(NewsIndexPage).first().specific
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Nyt fra foråret",
                    "slug": "nyt-fra-foraaret",
                    "date": "2026-04-01",
                    "introduction": "Kort nyt.",
                    "body": streamfield([]),
                }
            ),
        )

    def test_create_contact_page(self):
        ContactPage.objects.all().delete()  # one contact page per home page
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Skriv til os",
                    "slug": "skriv-til-os",
                    "introduction": "Vi svarer hurtigt.",
                    "thank_you_text": rich_text("<p>Tak!</p>"),
                    "to_address": "sekretariat@example.org",
                    "from_address": "noreply@example.org",
                    "subject": "Besked",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Navn",
                                "field_type": "singleline",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            }
                        ]
                    ),
                }
            ),
        )

    def test_home_page_is_a_singleton(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))
        response = self.client.get(f"/admin/pages/add/home/homepage/{root.pk}/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(HomePage.objects.count(), 2)  # the Danish home page and its translation

    def test_create_home_page_on_an_empty_site(self):
        Page.objects.filter(depth=2).delete()
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Anden forside",
                    "slug": "anden-forside",
                    "introduction": "",
                    "hero_image_alt": "",
                    "hero_link_label": "",
                    "body": streamfield([]),
                }
            ),
        )

    def test_call_to_action_needs_exactly_one_target(self):
        response = self.client.post(
            f"/admin/pages/add/home/conceptpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Uden mål",
                    "slug": "uden-maal",
                    "introduction": "",
                    "body": streamfield(
                        [
                            (
                                "call_to_action",
                                {
                                    "title": "Klik",
                                    "text": "",
                                    "page": "",
                                    "external_url": "",
                                    "button_label": "Klik",
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ConceptPage.objects.filter(slug="uden-maal").exists())


class HandbookPageTreeTests(WagtailPageTestCase):
    def test_a_handbook_sits_on_the_public_site_and_in_the_professional_area(self):
        # The professional area is named by the network's AppConfig (handbook_parent_page_types).
        self.assertAllowedParentPageTypes(
            HandbookPage, {HomePage, ConceptPage, ProfessionalAreaPage}
        )
        self.assertAllowedSubpageTypes(HandbookPage, {HandbookChapterPage})
        self.assertCanNotCreateAt(NewsIndexPage, HandbookPage)

    def test_chapters_live_only_in_a_handbook(self):
        self.assertAllowedParentPageTypes(HandbookChapterPage, {HandbookPage})
        self.assertAllowedSubpageTypes(HandbookChapterPage, set())
        self.assertCanNotCreateAt(HomePage, HandbookChapterPage)
        self.assertCanNotCreateAt(ConceptPage, HandbookChapterPage)

    def test_the_admin_creates_a_handbook_and_a_chapter_with_a_checklist_and_templates(self):
        self.client.force_login(self.create_test_user())
        home = HomePage.objects.get(locale__language_code="da")
        self.assertCanCreate(
            home,
            HandbookPage,
            nested_form_data(
                {"title": "Håndbog", "slug": "haandbog", "introduction": "Om forløbet."}
            ),
        )
        handbook = HandbookPage.objects.get(slug="haandbog")
        template = DocumentFactory(title="Skabelon til invitation")
        self.assertCanCreate(
            handbook,
            HandbookChapterPage,
            nested_form_data(
                {
                    "title": "Planlæg forløbet",
                    "slug": "planlaeg",
                    "introduction": "",
                    "change_note": "",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Sådan planlægger I.</p>")),
                            (
                                "checklist",
                                {
                                    "heading": "Husk",
                                    "items": list_block(["Book lokalet", "Send invitationen"]),
                                },
                            ),
                            (
                                "templates",
                                {"heading": "", "documents": list_block([template.pk])},
                            ),
                        ]
                    ),
                }
            ),
        )

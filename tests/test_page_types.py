"""Every page type of every app, where it may live: one table, so a new page type fails here until
someone decides its parents (the app tests in tests/*/test_page_tree.py say why, type by type)."""

from django.apps import apps
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

HOME, AREA = "home.HomePage", "network.ProfessionalAreaPage"
# {page type: the page types it may be created under}, by app label and model name
PARENTS_BY_LABEL = {
    # the public site
    HOME: {"wagtailcore.Page"},
    "home.ConceptPage": {HOME, "home.ConceptPage"},
    "home.NewsIndexPage": {HOME},
    "home.NewsPage": {"home.NewsIndexPage"},
    "home.ContactPage": {HOME},
    "home.AccessibilityStatementPage": {HOME},
    "home.PrivacyPolicyPage": {HOME},
    "home.CookiePage": {HOME},
    "network.JoinPage": {HOME},
    "network.FiguresPage": {HOME},
    "network.MunicipalityIndexPage": {HOME, AREA},
    "home.HandbookPage": {HOME, "home.ConceptPage", AREA},
    "home.HandbookChapterPage": {"home.HandbookPage"},
    # the professional area
    AREA: {HOME},
    "library.LibraryIndexPage": {AREA},
    "library.MaterialPage": {"library.LibraryIndexPage"},
    "network.MeetingIndexPage": {AREA},
    "network.MeetingPage": {"network.MeetingIndexPage"},
    "network.MeetingContributionPage": {"network.MeetingPage"},
    "network.AgreementPage": {AREA},
    "network.AgreementVersionPage": {"network.AgreementPage"},
    "network.FeesPage": {AREA},
    "network.AdvisoryBoardPage": {AREA},
    "network.FundingPage": {AREA},
    "network.NetworkFiguresPage": {AREA},
    "network.MemberNewsIndexPage": {AREA},
    "network.MemberNewsPage": {"network.MemberNewsIndexPage"},
}
# Page types of which a parent holds one at the most: a second would split what readers look for.
ONE_PER_PARENT_BY_LABEL = {
    HOME,
    AREA,
    "home.NewsIndexPage",
    "home.ContactPage",
    "home.AccessibilityStatementPage",
    "home.PrivacyPolicyPage",
    "home.CookiePage",
    "network.JoinPage",
    "network.FiguresPage",
    "network.MunicipalityIndexPage",
    "library.LibraryIndexPage",
    "network.MeetingIndexPage",
    "network.AgreementPage",
    "network.FeesPage",
    "network.AdvisoryBoardPage",
    "network.FundingPage",
    "network.NetworkFiguresPage",
    "network.MemberNewsIndexPage",
}
PARENTS = {
    apps.get_model(child): {apps.get_model(parent) for parent in parents}
    for child, parents in PARENTS_BY_LABEL.items()
}
ONE_PER_PARENT = {apps.get_model(label) for label in ONE_PER_PARENT_BY_LABEL}


class EveryPageTypeTests(WagtailPageTestCase):
    def test_the_table_names_every_page_type(self):
        self.assertEqual(set(get_page_models()) - {Page}, set(PARENTS))

    def test_each_page_type_lives_under_its_parents_only(self):
        for model, parents in PARENTS.items():
            with self.subTest(model.__name__):
                self.assertAllowedParentPageTypes(model, parents)
                for parent in set(PARENTS) - parents:
                    self.assertCanNotCreateAt(parent, model)

    def test_each_parent_offers_exactly_the_types_that_name_it(self):
        for parent in PARENTS:
            children = {model for model, parents in PARENTS.items() if parent in parents}
            with self.subTest(parent.__name__):
                self.assertEqual(set(parent.creatable_subpage_models()), children)

    def test_sections_come_once_per_parent(self):
        for model in PARENTS:
            with self.subTest(model.__name__):
                expected = 1 if model in ONE_PER_PARENT else None
                self.assertEqual(model.max_count_per_parent, expected)

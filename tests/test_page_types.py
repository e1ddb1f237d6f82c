"""Every page type of every app, where it may live: one table, so a new page type fails here until
someone decides its parents (the app tests in tests/*/test_page_tree.py say why, type by type)."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

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
from library.models import LibraryIndexPage, MaterialPage
from network.models import (
    AdvisoryBoardPage,
    AgreementPage,
    AgreementVersionPage,
    FeesPage,
    FiguresPage,
    FundingPage,
    JoinPage,
    MeetingContributionPage,
    MeetingIndexPage,
    MeetingPage,
    MemberNewsIndexPage,
    MemberNewsPage,
    MunicipalityIndexPage,
    NetworkFiguresPage,
    ProfessionalAreaPage,
)

AREA = ProfessionalAreaPage
PARENTS = {
    # the public site
    HomePage: {Page},
    ConceptPage: {HomePage, ConceptPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    ContactPage: {HomePage},
    AccessibilityStatementPage: {HomePage},
    PrivacyPolicyPage: {HomePage},
    CookiePage: {HomePage},
    JoinPage: {HomePage},
    FiguresPage: {HomePage},
    MunicipalityIndexPage: {HomePage, AREA},
    HandbookPage: {HomePage, ConceptPage, AREA},
    HandbookChapterPage: {HandbookPage},
    # the professional area
    AREA: {HomePage},
    LibraryIndexPage: {AREA},
    MaterialPage: {LibraryIndexPage},
    MeetingIndexPage: {AREA},
    MeetingPage: {MeetingIndexPage},
    MeetingContributionPage: {MeetingPage},
    AgreementPage: {AREA},
    AgreementVersionPage: {AgreementPage},
    FeesPage: {AREA},
    AdvisoryBoardPage: {AREA},
    FundingPage: {AREA},
    NetworkFiguresPage: {AREA},
    MemberNewsIndexPage: {AREA},
    MemberNewsPage: {MemberNewsIndexPage},
}
# Sections of which a parent holds one at the most: a second would split what readers look for.
ONE_PER_PARENT = {
    HomePage,
    NewsIndexPage,
    ContactPage,
    AccessibilityStatementPage,
    PrivacyPolicyPage,
    CookiePage,
    JoinPage,
    FiguresPage,
    MunicipalityIndexPage,
    AREA,
    LibraryIndexPage,
    MeetingIndexPage,
    AgreementPage,
    FeesPage,
    AdvisoryBoardPage,
    FundingPage,
    NetworkFiguresPage,
    MemberNewsIndexPage,
}


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

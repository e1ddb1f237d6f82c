"""The network's page types live only where they belong: the professional area under the home
page, its sections under the area, meetings in the meeting list and contributions in a meeting."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    ConceptPage,
    ContactPage,
    HandbookPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
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

SECTIONS = {
    MeetingIndexPage,
    AgreementPage,
    FeesPage,
    AdvisoryBoardPage,
    FundingPage,
    MunicipalityIndexPage,
    LibraryIndexPage,
    HandbookPage,  # the playbook, a page type of the ground floor (home/handbook.py)
    NetworkFiguresPage,
    MemberNewsIndexPage,
}


class NetworkPageTreeTests(WagtailPageTestCase):
    def test_the_professional_area_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ProfessionalAreaPage, {HomePage})
        self.assertCanCreateAt(HomePage, ProfessionalAreaPage)
        self.assertCanNotCreateAt(ConceptPage, ProfessionalAreaPage)
        self.assertCanNotCreateAt(Page, ProfessionalAreaPage)

    def test_the_area_holds_its_sections_and_nothing_else(self):
        # Named by the sections themselves, the library of the app above included.
        self.assertEqual(set(ProfessionalAreaPage.creatable_subpage_models()), SECTIONS)
        for page_type in [ConceptPage, NewsIndexPage, NewsPage, ContactPage, MeetingPage]:
            self.assertCanNotCreateAt(ProfessionalAreaPage, page_type)

    def test_the_join_form_is_public_under_the_home_page_with_no_children(self):
        self.assertAllowedParentPageTypes(JoinPage, {HomePage})
        self.assertAllowedSubpageTypes(JoinPage, set())
        self.assertCanNotCreateAt(ProfessionalAreaPage, JoinPage)

    def test_the_directory_of_municipalities_is_public_or_in_the_area_and_has_no_children(self):
        self.assertAllowedParentPageTypes(MunicipalityIndexPage, {HomePage, ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(MunicipalityIndexPage, set())

    def test_meetings_live_in_the_meeting_list_and_take_contributions(self):
        self.assertAllowedParentPageTypes(MeetingIndexPage, {ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(MeetingIndexPage, {MeetingPage})
        self.assertAllowedParentPageTypes(MeetingPage, {MeetingIndexPage})
        self.assertAllowedSubpageTypes(MeetingPage, {MeetingContributionPage})
        self.assertAllowedParentPageTypes(MeetingContributionPage, {MeetingPage})
        self.assertAllowedSubpageTypes(MeetingContributionPage, set())
        self.assertCanNotCreateAt(MeetingIndexPage, MeetingContributionPage)
        self.assertCanNotCreateAt(HomePage, MeetingPage)

    def test_news_for_members_lives_in_the_area_and_holds_its_items_only(self):
        self.assertAllowedParentPageTypes(MemberNewsIndexPage, {ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(MemberNewsIndexPage, {MemberNewsPage})
        self.assertAllowedParentPageTypes(MemberNewsPage, {MemberNewsIndexPage})
        self.assertAllowedSubpageTypes(MemberNewsPage, set())
        self.assertCanNotCreateAt(NewsIndexPage, MemberNewsPage)
        self.assertCanNotCreateAt(MemberNewsIndexPage, NewsPage)

    def test_the_agreement_holds_its_versions(self):
        self.assertAllowedParentPageTypes(AgreementPage, {ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(AgreementPage, {AgreementVersionPage})
        self.assertAllowedParentPageTypes(AgreementVersionPage, {AgreementPage})
        self.assertAllowedSubpageTypes(AgreementVersionPage, set())
        self.assertCanNotCreateAt(ProfessionalAreaPage, AgreementVersionPage)

    def test_fees_the_board_and_funding_are_leaves_of_the_area(self):
        for page_type in [FeesPage, AdvisoryBoardPage, FundingPage]:
            self.assertAllowedParentPageTypes(page_type, {ProfessionalAreaPage})
            self.assertAllowedSubpageTypes(page_type, set())
            self.assertCanNotCreateAt(HomePage, page_type)


class LibraryPageTreeTests(WagtailPageTestCase):
    def test_the_library_lives_in_the_area_and_holds_materials(self):
        self.assertAllowedParentPageTypes(LibraryIndexPage, {ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(LibraryIndexPage, {MaterialPage})
        self.assertCanNotCreateAt(HomePage, LibraryIndexPage)

    def test_a_material_is_a_leaf_of_the_library(self):
        self.assertAllowedParentPageTypes(MaterialPage, {LibraryIndexPage})
        self.assertAllowedSubpageTypes(MaterialPage, set())
        for parent in [ProfessionalAreaPage, MeetingPage, HomePage]:
            self.assertCanNotCreateAt(parent, MaterialPage)

    def test_the_network_figures_are_a_leaf_of_the_area(self):
        self.assertAllowedParentPageTypes(NetworkFiguresPage, {ProfessionalAreaPage})
        self.assertAllowedSubpageTypes(NetworkFiguresPage, set())
        self.assertCanCreateAt(ProfessionalAreaPage, NetworkFiguresPage)
        self.assertCanNotCreateAt(HomePage, NetworkFiguresPage)

    def test_fiv_in_figures_is_a_public_leaf_of_the_home_page(self):
        self.assertAllowedParentPageTypes(FiguresPage, {HomePage})
        self.assertAllowedSubpageTypes(FiguresPage, set())
        self.assertCanCreateAt(HomePage, FiguresPage)
        self.assertCanNotCreateAt(ProfessionalAreaPage, FiguresPage)
        self.assertCanNotCreateAt(ConceptPage, FiguresPage)

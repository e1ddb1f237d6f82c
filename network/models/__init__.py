from .agreement import AgreementAppendix, AgreementPage, AgreementVersionPage
from .area import MunicipalityIndexPage, ProfessionalAreaPage
from .board import AdvisoryBoardPage, BoardMember
from .feeds import CalendarFeedToken
from .fees import AnnualFee, FeesPage
from .figures_pages import FiguresPage, NetworkFiguresPage
from .funding import FundingFollow, FundingOpportunity
from .funding_page import FundingPage
from .join_page import JoinPage
from .localdata import LocalReport
from .meetings import (
    MeetingAttachment,
    MeetingContributionFile,
    MeetingContributionPage,
    MeetingIndexPage,
    MeetingPage,
)
from .municipalities import Membership, Municipality, MunicipalityContact, Region
from .news import MemberNewsIndexPage, MemberNewsPage
from .onboarding import JoinRequest, Onboarding
from .registrations import MeetingRegistration

__all__ = [
    "AdvisoryBoardPage",
    "AgreementAppendix",
    "AgreementPage",
    "AgreementVersionPage",
    "AnnualFee",
    "BoardMember",
    "CalendarFeedToken",
    "FeesPage",
    "FiguresPage",
    "FundingFollow",
    "FundingOpportunity",
    "FundingPage",
    "JoinPage",
    "JoinRequest",
    "LocalReport",
    "MeetingAttachment",
    "MeetingContributionFile",
    "MeetingContributionPage",
    "MeetingIndexPage",
    "MeetingPage",
    "MeetingRegistration",
    "MemberNewsIndexPage",
    "MemberNewsPage",
    "Membership",
    "Municipality",
    "MunicipalityContact",
    "MunicipalityIndexPage",
    "NetworkFiguresPage",
    "Onboarding",
    "ProfessionalAreaPage",
    "Region",
]

from .board import BoardMember
from .feeds import CalendarFeedToken
from .join_page import JoinPage
from .localdata import LocalReport
from .municipalities import Membership, Municipality, MunicipalityContact, Region
from .onboarding import JoinRequest, Onboarding
from .pages import (
    AdvisoryBoardPage,
    AgreementAppendix,
    AgreementPage,
    AgreementVersionPage,
    AnnualFee,
    FeesPage,
    MeetingAttachment,
    MeetingContributionFile,
    MeetingContributionPage,
    MeetingIndexPage,
    MeetingPage,
    MunicipalityIndexPage,
    ProfessionalAreaPage,
)
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
    "JoinPage",
    "JoinRequest",
    "LocalReport",
    "MeetingAttachment",
    "MeetingContributionFile",
    "MeetingContributionPage",
    "MeetingIndexPage",
    "MeetingPage",
    "MeetingRegistration",
    "Membership",
    "Municipality",
    "MunicipalityContact",
    "MunicipalityIndexPage",
    "Onboarding",
    "ProfessionalAreaPage",
    "Region",
]

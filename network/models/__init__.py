from .board import BoardMember
from .feeds import CalendarFeedToken
from .localdata import LocalReport
from .municipalities import Membership, Municipality, MunicipalityContact, Region
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
    "ProfessionalAreaPage",
    "Region",
]

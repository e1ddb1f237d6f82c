"""What the network holds about a person, for the secretariat's export and erasure
(`home.personal_data`): the municipality they work for, their meeting sign-ups, whether they
have a calendar link (never its secret), the local data reports they submitted and the funding
opportunities they follow.

Erasing the account deletes the membership, the sign-ups, the calendar link and the follows with
it; a local data report is the municipality's and stays, without the name of who submitted it."""

from django.utils.translation import gettext_lazy as _

from home.personal_data import register, when

from .models import (
    CalendarFeedToken,
    FundingFollow,
    LocalReport,
    MeetingRegistration,
    Membership,
)


def membership(user):
    found = Membership.objects.filter(user=user).select_related("municipality").first()
    return None if found is None else {"municipality": found.municipality.name}


def meeting_registrations(user):
    registrations = MeetingRegistration.objects.filter(user=user).select_related(
        "meeting", "municipality"
    )
    return [
        {
            "meeting": registration.meeting.title,
            "municipality": registration.municipality.name,
            "participants": registration.participants,
            "note": registration.note,
            "registered": when(registration.created_at),
        }
        for registration in registrations.order_by("created_at")
    ]


def calendar_link(user):
    token = CalendarFeedToken.objects.filter(user=user).first()
    return (
        None if token is None else {"made": when(token.created), "last_used": when(token.last_used)}
    )


def local_data_reports(user):
    reports = LocalReport.objects.filter(submitted_by=user).select_related("municipality")
    return [
        {"municipality": report.municipality.name, "year": report.year}
        for report in reports.order_by("year")
    ]


def funding_follows(user):
    follows = FundingFollow.objects.filter(user=user).select_related("opportunity")
    return [
        {
            "funding_opportunity": follow.opportunity.fund,
            "language": follow.language,
            "following_since": when(follow.created_at),
            "reminded_of_deadline": when(follow.reminded_for),
            "reminder_sent": when(follow.reminded_at),
        }
        for follow in follows.order_by("created_at")
    ]


def connect():
    register("membership", _("Municipality"), membership)
    register("meeting_registrations", _("Meeting registrations"), meeting_registrations)
    register("calendar_link", _("Calendar link"), calendar_link)
    register("local_data_reports", _("Local data reports submitted"), local_data_reports)
    register("funding_follows", _("Funding opportunities followed"), funding_follows)

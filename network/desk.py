"""The network's panels on the secretariat's desk (see `home.desk`): contributions waiting for
approval, coming meetings with their registrations, board terms ending soon, funding deadlines,
requests to join that wait for an onboarding, and municipalities in onboarding."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Subquery, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from home.desk import DeskPanel, when
from home.translations import SOURCE_LANGUAGE

from .models import (
    BoardMember,
    FundingOpportunity,
    JoinRequest,
    MeetingPage,
    Municipality,
    Onboarding,
)
from .permissions import contribution_page_models


class ContributionsPanel(DeskPanel):
    """Material and meeting contributions sent to the secretariat, the longest waiting first:
    by the moment they were last sent (a contribution sent back and sent again waits from then)."""

    name = "desk-contributions"
    heading = _("Contributions awaiting approval")
    empty_text = _("No contributions are waiting")
    icon = "tasks"
    template_name = "network/desk/contributions.html"
    order = 221

    def get_queryset(self):
        content_types = ContentType.objects.get_for_models(*contribution_page_models()).values()
        return (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                content_type__in=[content_type.pk for content_type in content_types],
            )
            .select_related("requested_by", "current_task_state")
            .order_by(F("current_task_state__started_at").asc(nulls_first=True), "created_at", "pk")
        )

    def decorate(self, rows):
        # One query per kind of contribution (two), whatever the number of rows.
        ids = [int(state.object_id) for state in rows]
        pages = {}
        for model in contribution_page_models():
            for page in model.objects.filter(pk__in=ids).select_related("municipality"):
                pages[page.pk] = page
        shown = []
        for state in rows:
            page = pages.get(int(state.object_id))
            if page is None:
                continue
            task_state = state.current_task_state
            state.contribution = page
            state.title = page.draft_title or page.title
            state.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
            state.kind = page._meta.verbose_name
            by = state.requested_by
            state.sent_by = (by.get_full_name() or by.get_username()) if by else ""
            state.waiting_since = task_state.started_at if task_state else state.created_at
            shown.append(state)
        return shown

    def more_url(self):
        return (
            reverse("wagtailadmin_reports:workflow") + f"?status={WorkflowState.STATUS_IN_PROGRESS}"
        )


class MeetingsPanel(DeskPanel):
    """The coming meetings, the next first, with how many have signed up for each."""

    name = "desk-meetings"
    heading = _("Coming meetings")
    empty_text = _("No meetings are planned")
    icon = "date"
    template_name = "network/desk/meetings.html"
    limit = 5
    order = 222

    def get_queryset(self):
        # The Danish pages hold the registrations; the English ones are the same meetings.
        return (
            MeetingPage.objects.filter(
                locale__language_code=SOURCE_LANGUAGE, start__gte=timezone.now()
            )
            .annotate(
                registration_count=Count("registrations"),
                participant_count=Sum("registrations__participants"),
            )
            .order_by("start", "pk")
        )

    def decorate(self, rows):
        for meeting in rows:
            meeting.edit_url = reverse("wagtailadmin_pages:edit", args=[meeting.pk])
            meeting.has_sign_up = meeting.kind != MeetingPage.Kind.BOARD
            meeting.registrations_url = reverse(
                "network_meeting_registration_list", args=[meeting.pk]
            )
            meeting.when = when(timezone.localtime(meeting.start).date(), self.today)
        return rows

    def more_url(self):
        return reverse("network_meeting_registrations")


class BoardTermsPanel(DeskPanel):
    """Advisory board terms that end within three months, the first to end first: time to find
    a successor or renew."""

    name = "desk-board"
    heading = _("Board terms ending within three months")
    empty_text = _("No board terms end within three months")
    icon = "group"
    template_name = "network/desk/board.html"
    order = 224

    def get_queryset(self):
        return BoardMember.objects.ending_soon(self.today).order_by("term_end", "name")

    def decorate(self, rows):
        for member in rows:
            member.edit_url = reverse("wagtailsnippets_network_boardmember:edit", args=[member.pk])
            member.ends = when(member.term_end, self.today)
        return rows

    def more_url(self):
        return reverse("wagtailsnippets_network_boardmember:list")


class OnboardingPanel(DeskPanel):
    """Municipalities whose onboarding checklist has steps left, the earliest started first,
    each with the next step and when it is planned."""

    name = "desk-onboarding"
    heading = _("Municipalities in onboarding")
    empty_text = _("No municipalities are in onboarding")
    icon = "tasks"
    template_name = "network/desk/onboarding.html"
    order = 227

    def get_queryset(self):
        return (
            Onboarding.objects.in_progress(self.today)
            .select_related("municipality")
            .order_by(F("agreement_signed").asc(nulls_last=True), "municipality__name")
        )

    def decorate(self, rows):
        for onboarding in rows:
            onboarding.edit_url = reverse(
                "wagtailsnippets_network_onboarding:edit", args=[onboarding.pk]
            )
            onboarding.steps_done = onboarding.progress(self.today)
            onboarding.next = onboarding.next_step(self.today)
        return rows

    def more_url(self):
        return reverse("wagtailsnippets_network_onboarding:list")


class FundingDeadlinesPanel(DeskPanel):
    """Funding opportunities still open or being prepared whose deadline falls within the next
    60 days, the nearest first, with who follows them and which municipalities are applying:
    time to send a reminder to the network or help an application along."""

    name = "desk-funding"
    heading = _("Funding deadlines within two months")
    empty_text = _("No funding deadlines within two months")
    icon = "calendar-alt"
    template_name = "network/desk/funding.html"
    order = 225
    days_ahead = 60

    def get_queryset(self):
        return (
            FundingOpportunity.objects.filter(
                status__in=FundingOpportunity.ACTIVE,
                deadline__gte=self.today,
                deadline__lte=self.today + datetime.timedelta(days=self.days_ahead),
            )
            .annotate(
                follower_count=Count("follows", distinct=True),
                applicant_count=Count("applicants", distinct=True),
            )
            .order_by("deadline", "fund", "pk")
        )

    def decorate(self, rows):
        for opportunity in rows:
            opportunity.edit_url = reverse(
                "wagtailsnippets_network_fundingopportunity:edit", args=[opportunity.pk]
            )
            opportunity.when = when(opportunity.deadline, self.today)
        return rows

    def more_url(self):
        return reverse("wagtailsnippets_network_fundingopportunity:list")


class JoinRequestsPanel(DeskPanel):
    """Municipalities that asked to join through the public form and are not in onboarding yet,
    the longest waiting first, each with its latest request and a button that starts the
    onboarding checklist (`onboarding_admin.start_onboarding`)."""

    name = "desk-joining"
    heading = _("Requests to join")
    empty_text = _("No requests to join are waiting")
    icon = "mail"
    template_name = "network/desk/joining.html"
    order = 226

    def get_queryset(self):
        latest = JoinRequest.objects.filter(municipality=OuterRef("municipality")).order_by(
            "-created_at", "-pk"
        )
        return (
            JoinRequest.objects.filter(
                pk=Subquery(latest.values("pk")[:1]),
                municipality__status=Municipality.Status.INTERESTED,
                municipality__onboarding__isnull=True,
            )
            .select_related("municipality")
            .order_by("created_at", "pk")
        )

    def decorate(self, rows):
        for join_request in rows:
            join_request.edit_url = reverse(
                "wagtailsnippets_network_joinrequest:edit", args=[join_request.pk]
            )
            join_request.when = when(timezone.localdate(join_request.created_at), self.today)
        return rows

    def more_url(self):
        return reverse("wagtailsnippets_network_joinrequest:list")


PANELS = [
    ContributionsPanel,
    MeetingsPanel,
    BoardTermsPanel,
    FundingDeadlinesPanel,
    JoinRequestsPanel,
    OnboardingPanel,
]

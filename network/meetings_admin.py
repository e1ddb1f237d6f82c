"""The secretariat's side of meeting sign-up in the Wagtail admin: who has registered for each
meeting, the list as a CSV file, and one action that publishes the minutes and tells every
participant."""

import csv

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale

from home.params import clean_int
from home.roles import SecretariatOnlyMixin, require_secretariat

from .localdata.export import BOM, FORMULA_STARTS
from .models import MeetingPage, MeetingRegistration
from .tasks import send_minutes


def source_meeting(meeting_id):
    """The Danish meeting page, which holds the registrations, from either language's id."""
    pk = clean_int(meeting_id, minimum=1)
    if pk is None:  # a number no id column holds: SQLite would raise on it
        raise Http404
    return get_object_or_404(MeetingPage, pk=pk).source_meeting()


class MeetingListView(SecretariatOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Meetings one can sign up for, the coming ones first, with how many have registered."""

    template_name = "network/meetings/admin_meetings.html"
    page_title = gettext_lazy("Meeting registrations")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meetings = (
            MeetingPage.objects.filter(locale=Locale.get_default())
            .exclude(kind=MeetingPage.Kind.BOARD)
            .annotate(
                registration_count=Count("registrations"),
                participant_count=Sum("registrations__participants"),
            )
        )
        now = timezone.now()
        context.update(
            upcoming=meetings.filter(start__gte=now).order_by("start"),
            past=meetings.filter(start__lt=now).order_by("-start")[:10],
        )
        return context


class RegistrationsView(SecretariatOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/meetings/admin_registrations.html"
    header_icon = "group"

    @cached_property
    def meeting(self):
        return source_meeting(self.kwargs["meeting_id"])

    def get_page_title(self):
        return self.meeting.title

    def get_page_subtitle(self):
        return _("Registrations")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("network_meeting_registrations"), "label": _("Meeting registrations")},
            {"url": "", "label": self.meeting.title},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Download CSV"),
                url=reverse("network_meeting_registrations_export", args=[self.meeting.pk]),
                icon_name="download",
            ),
            HeaderButton(
                _("Edit the meeting"),
                url=reverse("wagtailadmin_pages:edit", args=[self.meeting.pk]),
                icon_name="edit",
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = self.meeting.registrations.select_related("user", "municipality")
        context.update(
            meeting=self.meeting,
            registrations=registrations,
            totals=registrations.totals(),
            by_municipality=registrations.by_municipality(),
            accepts=self.meeting.accepts_registrations(),
            waiting_for_minutes=registrations.filter(minutes_sent_at__isnull=True).count(),
        )
        return context


def _text(value):
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _label(name):
    return capfirst(MeetingRegistration._meta.get_field(name).verbose_name)


def export_registrations(request, meeting_id):
    """The list as a CSV file that Danish Excel opens as it is (see localdata/export.py)."""
    require_secretariat(request)
    meeting = source_meeting(meeting_id)
    registrations = meeting.registrations.select_related("user", "municipality")
    filename = f"tilmeldinger-{meeting.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=";")
    with translation.override(settings.LANGUAGE_CODE):
        writer.writerow(
            [
                _label("municipality"),
                _label("participants"),
                _label("user"),
                _("E-mail"),
                _label("note"),
                _label("created_at"),
                _label("updated_at"),
            ]
        )
        for registration in registrations:
            user = registration.user
            writer.writerow(
                [
                    _text(registration.municipality.name),
                    registration.participants,
                    _text(user.get_full_name() or user.get_username()),
                    _text(user.email),
                    _text(registration.note),
                    timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                    timezone.localtime(registration.updated_at).strftime("%Y-%m-%d %H:%M"),
                ]
            )
    return response


@require_POST
def publish_minutes(request, meeting_id):
    """Publish the meeting's newest draft if it has one (the minutes just written), and mail
    the minutes' address to every participant who has not had it yet, in the background."""
    require_secretariat(request)
    meeting = source_meeting(meeting_id)
    back = redirect("network_meeting_registration_list", meeting.pk)
    if meeting.has_unpublished_changes:
        if not meeting.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        workflow_state = meeting.current_workflow_state
        if workflow_state:
            workflow_state.cancel(user=request.user)
        meeting.get_latest_revision().publish(user=request.user)
        meeting = MeetingPage.objects.get(pk=meeting.pk)
    if not meeting.live or not meeting.minutes:
        messages.error(
            request,
            _("The meeting has no published minutes yet. Write them on the meeting's page first."),
        )
        return back
    waiting = meeting.registrations.filter(minutes_sent_at__isnull=True).filter(~Q(user__email=""))
    count = waiting.count()
    if not count:
        messages.info(request, _("Every participant has already been sent the minutes."))
        return back
    send_minutes.enqueue(meeting.pk)
    messages.success(
        request,
        _("The minutes are published. %(count)s participants are being told by e-mail.")
        % {"count": count},
    )
    return back

"""The secretariat's page for one person's data in the admin: what the site holds, a JSON export
and the erasure (see `personal_data.py`). Reached from the "More" menu of the user list.

Only the secretariat opens it, only a superuser opens a superuser's, and nobody erases their own
account here (Wagtail's own rules for deleting users say the same)."""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import personal_data
from .roles import require_secretariat
from .users_admin import may_manage


def person_or_refuse(request, user_id):
    require_secretariat(request)
    person = get_object_or_404(get_user_model(), pk=user_id)
    if not may_manage(request.user, person):
        raise PermissionDenied
    return person


def display_name(person):
    return person.get_full_name() or person.get_username()


class PersonalDataView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/personal_data.html"
    page_title = gettext_lazy("Personal data")
    header_icon = "user"

    def dispatch(self, request, user_id):
        self.person = person_or_refuse(request, user_id)
        return super().dispatch(request, user_id)

    def get_page_subtitle(self):
        return display_name(self.person)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.page_title, "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            person=self.person,
            sections=personal_data.summary(self.person),
            is_self=self.person.pk == self.request.user.pk,
            **kwargs,
        )

    def post(self, request, user_id):
        if request.POST.get("action") == "export":
            return self.export()
        if request.POST.get("action") == "erase":
            return self.erase()
        return redirect("home_personal_data", user_id=self.person.pk)

    def export(self):
        data = personal_data.export(self.person, by=self.request.user)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        day = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="persondata-{self.person.pk}-{day}.json"'
        )
        response["Cache-Control"] = "no-store"
        return response

    def erase(self):
        person = self.person
        if person.pk == self.request.user.pk:
            raise PermissionDenied
        typed = self.request.POST.get("confirm", "").strip()
        if typed.casefold() != person.get_username().casefold():
            return self.render_to_response(
                self.get_context_data(
                    confirm_error=_("Type the username exactly as shown to erase the user."),
                    typed=typed[:200],
                ),
                status=400,
            )
        name = display_name(person)
        personal_data.erase(person, by=self.request.user)
        messages.success(
            self.request,
            _(
                "%(name)s has been erased. Their contributions are kept under their "
                "municipality's name, and the audit log no longer names them."
            )
            % {"name": name},
        )
        return redirect("wagtailusers_users:index")

"""The secretariat starts a municipality's onboarding from its request to join (the desk's
"Henvendelser" panel): the checklist is made, the municipality counts as starting, and the
secretariat lands on the checklist to fill in the first dates."""

from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from home.params import int_param
from home.roles import require_secretariat

from .models import Municipality, Onboarding

# Statuses that a started onboarding turns into "starting"; a municipality that already offers
# FIV keeps its status (it may be onboarded again after a long pause, say).
BECOMES_STARTING = {
    Municipality.Status.INTERESTED,
    Municipality.Status.NONE,
    Municipality.Status.STOPPED,
}


@require_POST
def start_onboarding(request):
    require_secretariat(request)
    pk = int_param(request.POST, "municipality", minimum=1)
    with transaction.atomic():
        municipality = Municipality.objects.select_for_update().filter(pk=pk).first()
        if pk is None or municipality is None:
            messages.error(request, _("That municipality does not exist. Nothing was changed."))
            return redirect("wagtailadmin_home")
        onboarding, created = Onboarding.objects.get_or_create(municipality=municipality)
        if municipality.status in BECOMES_STARTING:
            municipality.status = Municipality.Status.STARTING
            municipality.save(update_fields=["status"])
    if created:
        messages.success(
            request,
            _(
                "The onboarding of %(municipality)s has begun: fill in the date of each step as it is done."
            )
            % {"municipality": municipality.name},
        )
    else:
        messages.info(
            request,
            _("%(municipality)s is already in onboarding: here is its checklist.")
            % {"municipality": municipality.name},
        )
    return redirect(reverse("wagtailsnippets_network_onboarding:edit", args=[onboarding.pk]))

"""The onboarding checklist in the professional area: each starting municipality's contributors
follow how far it has come; the secretariat sees every municipality's and edits them in the
admin."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from home.roles import is_secretariat

from .models import Onboarding
from .roles import contributor_municipalities


def visible_onboardings(user):
    onboardings = Onboarding.objects.select_related("municipality")
    if is_secretariat(user):
        return onboardings
    return onboardings.filter(municipality__in=contributor_municipalities(user))


@login_required
def onboarding(request):
    onboardings = list(visible_onboardings(request.user))
    if not onboardings and not is_secretariat(request.user):
        return TemplateResponse(request, "network/onboarding/refused.html", status=403)
    return TemplateResponse(
        request,
        "network/onboarding/onboarding.html",
        {"onboardings": onboardings, "secretariat": is_secretariat(request.user)},
    )

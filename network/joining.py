"""Joining the network through the public form: the form, its limits against abuse, and what a
request does (the municipality becomes "interested", the secretariat is told by mail)."""

import datetime

from dateutil.relativedelta import relativedelta
from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import AccessibleFormMixin
from home.params import CleanCharField
from home.ratelimit import HOUR, RateLimit, client_ip, within_limits

from .models.municipalities import Municipality
from .models.onboarding import MAX_BIRTHS, JoinRequest, quarter_label
from .tasks import notify_secretariat_of_join_request

REQUESTS_PER_CLIENT = RateLimit("join:client", limit=5, period=HOUR)
REQUESTS_PER_EMAIL = RateLimit("join:email", limit=5, period=HOUR)
QUARTERS_AHEAD = 8
# A request never moves a municipality back: one that offers FIV or is starting stays so.
BECOMES_INTERESTED = {Municipality.Status.NONE, Municipality.Status.STOPPED}

THROTTLED = _(
    "Several requests have been sent from here in a short time. To keep spam out, we take only "
    "a few an hour: please try again later, or write to us by e-mail. Your request has not been "
    "sent; it is still in the form below."
)


def quarter_start(day):
    return datetime.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def coming_quarters(today=None, count=QUARTERS_AHEAD):
    """The first days of this quarter and the next ones: the starts a municipality may expect."""
    first = quarter_start(today or timezone.localdate())
    return [first + relativedelta(months=3 * n) for n in range(count)]


class JoinForm(AccessibleFormMixin, forms.ModelForm):
    expected_start = forms.TypedChoiceField(
        label=_("Expected start"),
        required=False,
        coerce=datetime.date.fromisoformat,
        empty_value=None,
    )

    class Meta:
        model = JoinRequest
        fields = (
            "municipality",
            "contact_name",
            "email",
            "phone",
            "expected_start",
            "births_per_year",
            "message",
        )
        labels = {
            "contact_name": _("Your name"),
            "email": _("Your e-mail"),
            "phone": _("Your phone number"),
            "births_per_year": _("Births a year in the municipality"),
            "message": _("Anything else we should know"),
        }
        help_texts = {"births_per_year": _("A rough figure is enough.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        field_classes = {
            "contact_name": CleanCharField,
            "phone": CleanCharField,
            "message": CleanCharField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        municipality = self.fields["municipality"]
        municipality.queryset = Municipality.objects.order_by("name")
        municipality.empty_label = _("Choose your municipality")
        self.fields["expected_start"].choices = [("", _("Not decided yet"))] + [
            (day.isoformat(), quarter_label(day)) for day in coming_quarters()
        ]
        births = self.fields["births_per_year"]
        births.widget.attrs.update(min=1, max=MAX_BIRTHS, inputmode="numeric")


def submit(form):
    with transaction.atomic():
        request = form.save()
        municipality = Municipality.objects.select_for_update().get(pk=request.municipality_id)
        if municipality.status in BECOMES_INTERESTED:
            municipality.status = Municipality.Status.INTERESTED
            municipality.save(update_fields=["status"])
    notify_secretariat_of_join_request.enqueue(request.pk)
    return request


def serve_join_page(page, request, serve):
    if request.method != "POST":
        return serve(request)
    form = JoinForm(request.POST)
    status = 200
    if form.is_valid():
        if within_limits(
            (REQUESTS_PER_CLIENT, client_ip(request)),
            (REQUESTS_PER_EMAIL, form.cleaned_data["email"].casefold()),
        ):
            join_request = submit(form)
            return TemplateResponse(
                request,
                "network/join_page_landing.html",
                {**page.get_context(request), "join_request": join_request},
            )
        form.add_error(None, ValidationError(THROTTLED, code="throttled"))
        status = 429
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)

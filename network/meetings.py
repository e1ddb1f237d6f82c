"""Signing up for a meeting on its page: the form, who else comes, and the confirmation mail
with the meeting as an .ics file. The meeting page routes `register/` and `register/cancel/`
here; the secretariat's side (the list, the CSV file, the minutes) is in `meetings_admin.py`.
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.forms import AccessibleFormMixin
from home.params import CleanCharField

from .calendar import calendar_for
from .models.municipalities import Municipality
from .models.registrations import MAX_PARTICIPANTS, MeetingRegistration

logger = logging.getLogger(__name__)

MAIL_ERRORS = (smtplib.SMTPException, OSError)


class RegistrationForm(AccessibleFormMixin, forms.ModelForm):
    """The municipality is the user's own when they have one (a tampered form cannot register
    another); the secretariat, who belongs to none, chooses it."""

    class Meta:
        model = MeetingRegistration
        fields = ("municipality", "participants", "note")
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"note": CleanCharField}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        own = Municipality.objects.filter(members__user=user)
        field = self.fields["municipality"]
        if own.exists():
            field.queryset = own
            field.initial = own.first().pk
            field.widget = forms.HiddenInput()
        field.empty_label = gettext_lazy("Choose a municipality")
        self.fields["participants"].widget.attrs.update(
            min=1, max=MAX_PARTICIPANTS, inputmode="numeric"
        )
        if self.instance.municipality_id is None and own.exists():
            self.initial["municipality"] = own.first().pk


def _registration(meeting, user):
    if not user.is_authenticated:
        return None
    return MeetingRegistration.objects.filter(meeting=meeting, user=user).first()


def registration_context(page, request):
    """What the meeting page shows of sign-up: the reader's registration, the form, and the
    municipalities that come."""
    meeting = page.source_meeting()
    if meeting.pk is None:  # the preview of a meeting not yet saved
        return {}
    registrations = MeetingRegistration.objects.filter(meeting=meeting)
    own = _registration(meeting, request.user)
    is_open = page.accepts_registrations()
    form = None
    if request.user.is_authenticated and is_open:
        form = RegistrationForm(instance=own, user=request.user)
    return {
        "registration": own,
        "registration_form": form,
        "registration_open": is_open,
        "coming": list(registrations.by_municipality()),
        "coming_total": registrations.totals(),
    }


def register(page, request):
    """Sign up, or change a sign-up; bad input comes back with the form as it was sent."""
    if request.method != "POST":
        return redirect(page.url + "#registration")
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    if not page.accepts_registrations():
        messages.error(request, _("Registration for this meeting is closed."))
        return redirect(page.url)
    meeting = page.source_meeting()
    existing = _registration(meeting, request.user)
    form = RegistrationForm(
        request.POST,
        instance=existing or MeetingRegistration(meeting=meeting, user=request.user),
        user=request.user,
    )
    if form.is_valid():
        try:
            with transaction.atomic():
                registration = form.save()
        except IntegrityError:  # the same user signed up twice at once: the first one stands
            messages.info(request, _("You are already registered for this meeting."))
            return redirect(page.url + "#registration")
        sent = send_confirmation(registration, page, request, changed=existing is not None)
        if existing:
            messages.success(request, _("Your registration has been updated."))
        else:
            messages.success(request, _("Thank you. You are registered for the meeting."))
        if not sent:
            messages.warning(
                request,
                _(
                    "We could not send you a confirmation by e-mail, but your registration is saved."
                ),
            )
        return redirect(page.url + "#registration")
    response = page.render(request, context_overrides={"registration_form": form})
    return response


def cancel(page, request):
    if request.method != "POST":
        return redirect(page.url + "#registration")
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    deleted, _details = MeetingRegistration.objects.filter(
        meeting=page.source_meeting(), user=request.user
    ).delete()
    if deleted:
        messages.success(request, _("Your registration has been cancelled."))
    return redirect(page.url + "#registration")


def send_confirmation(registration, page, request, changed=False):
    """A confirmation to the user, with the meeting attached for their calendar. False when it
    could not be sent (no address, or the mail server failed): the registration stands."""
    user = registration.user
    if not user.email:
        return False
    context = {
        "registration": registration,
        "meeting": page,
        "url": page.get_full_url(request),
        "changed": changed,
        "name": user.get_full_name() or user.get_username(),
    }
    subject = render_to_string("network/meetings/confirmation_subject.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string("network/meetings/confirmation_email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    message.attach(
        f"{page.slug}.ics",
        calendar_for([page], request, name=page.title),
        "text/calendar; charset=utf-8; method=PUBLISH",
    )
    try:
        message.send()
    except MAIL_ERRORS:
        logger.exception("The confirmation of registration %s could not be sent", registration.pk)
        return False
    return True

"""Reviewing the library's materials: which are due, and reminding each one's contact person.

A material names whom to ask (`contact_name`, `contact_email`) and the date of its next review
(`next_review`). The secretariat's desk lists the live materials whose review date has passed or
comes within `NOTICE`. `manage.py send_review_reminders` (daily, see the README) mails the
contact person once, `NOTICE` before the review date, and records it in `ReviewReminder`, apart
from the page, so that a revision published later does not undo it: a new review date makes a
new reminder due, and a review date already passed gets none (the desk shows it instead).
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.dates import today
from home.models import SiteSettings
from home.roles import secretariat_users
from home.translations import SOURCE_LANGUAGE

from .models import MaterialPage, ReviewReminder

NOTICE = datetime.timedelta(days=30)


def live_materials():
    """The materials readers see, once: the Danish pages (an English one has the same dates)."""
    return MaterialPage.objects.live().filter(locale__language_code=SOURCE_LANGUAGE)


def due_for_review(on=None):
    """The live materials whose review date has passed or comes within `NOTICE` of `on`, the
    longest overdue first."""
    on = on or today()
    return (
        live_materials()
        .filter(next_review__lte=on + NOTICE)
        .select_related("municipality")
        .order_by("next_review", "title", "pk")
    )


def reminders_due(on=None):
    """The live materials whose contact person is to be reminded on `on`: the review date comes
    within `NOTICE`, and nobody has been reminded of that date yet."""
    on = on or today()
    reminded = ReviewReminder.objects.filter(
        material=OuterRef("pk"), review_date=OuterRef("next_review")
    )
    return (
        live_materials()
        .filter(next_review__gte=on, next_review__lte=on + NOTICE)
        .exclude(contact_email="")
        .filter(~Exists(reminded))
        .order_by("next_review", "pk")
    )


def reply_to(site):
    """Where the contact person's answer goes: the organisation's address, or the secretariat's
    people when it has none."""
    address = SiteSettings.for_site(site).email if site else ""
    if address:
        return [address]
    return sorted({user.email for user in secretariat_users() if user.email})


def reminder_message(material, connection=None):
    site = material.get_site()
    context = {
        "material": material,
        "name": material.contact_name,
        "url": material.get_full_url(),
        "contributions_url": site.root_url + reverse("my_contributions") if site else "",
    }
    subject = render_to_string("library/reviews/reminder_subject.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string("library/reviews/reminder_email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[material.contact_email],
        reply_to=reply_to(site),
        connection=connection,
    )


def send_review_reminders(on=None):
    """Remind the contact person of each material whose reminder is due on `on` (today by
    default), once per review date. Returns how many were sent. A reminder is recorded with its
    sending: if the mail fails, nothing is recorded and the next run tries again."""
    sent = 0
    with translation.override(settings.LANGUAGE_CODE), get_connection() as connection:
        for material in reminders_due(on):
            with transaction.atomic():
                _reminder, created = ReviewReminder.objects.get_or_create(
                    material=material, review_date=material.next_review
                )
                if not created:  # another run got there first
                    continue
                reminder_message(material, connection).send()
            sent += 1
    return sent

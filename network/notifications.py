"""What the network tells its members when they ask for it (home/notifications.py): minutes of
meetings, invitations to new meetings, funding opportunities and their deadlines, and the news
for members. Each is a page or an opportunity in the professional area, so only someone who may
read the area hears of it."""

from django.db.models import Q
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published

from home.dates import today
from home.notifications import Item, Kind, page_items, register
from home.tasks import queue_immediate_notifications

from .models import FundingOpportunity, FundingPage, MeetingPage, MemberNewsPage

MINUTES = "minutes"
MEETINGS = "meetings"
FUNDING = "funding"
MEMBER_NEWS = "member_news"


def new_minutes(user, since, reader, language, options):
    """Meetings whose minutes were published (or published again) since `since`: a meeting whose
    minutes the reader has had, from this or from the meeting's own mail, is left out by its
    record, so a corrected typo does not send them twice."""
    pages = MeetingPage.objects.filter(last_published_at__gte=since).exclude(minutes="")
    return page_items(MINUTES, pages, reader, language, "start")


def new_meetings(user, since, reader, language, options):
    """Meetings published since `since` that have not started yet."""
    pages = MeetingPage.objects.filter(first_published_at__gte=since, start__gt=timezone.now())
    return page_items(MEETINGS, pages, reader, language, "start")


def member_news(user, since, reader, language, options):
    pages = MemberNewsPage.objects.filter(first_published_at__gte=since)
    return page_items(MEMBER_NEWS, pages, reader, language, "date")


def funding(user, since, reader, language, options):
    """Funding opportunities added since `since`, or given a new deadline since then, still open
    to apply for. The key holds the deadline, so a moved deadline is news again and any other
    change is not; the reminder two weeks before a deadline stays with those who follow it."""
    pages = page_items(FUNDING, FundingPage.objects.all(), reader, language, "pk")
    if not pages:
        return []  # nowhere the reader may see them
    url = pages[0].url
    on = today()
    opportunities = (
        FundingOpportunity.objects.filter(Q(created_at__gte=since) | Q(updated_at__gte=since))
        .filter(status__in=FundingOpportunity.ACTIVE)
        .filter(Q(deadline__isnull=True) | Q(deadline__gte=on))
        .order_by("deadline", "pk")
    )
    items = []
    for opportunity in opportunities:
        if opportunity.deadline is None:
            title = _("%(fund)s (rolling deadline)") % {"fund": opportunity.name}
        else:
            title = _("%(fund)s, deadline %(date)s") % {
                "fund": opportunity.name,
                "date": date_format(opportunity.deadline, "DATE_FORMAT"),
            }
        items.append(
            Item(
                kind=FUNDING,
                key=f"{opportunity.pk}:{opportunity.deadline or 'rolling'}",
                title=str(title),
                url=f"{url}#funding-{opportunity.pk}",
                date=None,
            )
        )
    return items


def something_published(sender, **kwargs):
    queue_immediate_notifications()


def opportunity_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_immediate_notifications()


def connect():
    register(
        Kind(
            key=MEMBER_NEWS,
            label=_("News for members"),
            help_text=_("News from the secretariat and the network, for members only."),
            items=member_news,
            order=10,
        )
    )
    register(
        Kind(
            key=MEETINGS,
            label=_("Meeting invitations"),
            help_text=_("A new network meeting, advisory board meeting or theme day."),
            items=new_meetings,
            order=20,
        )
    )
    register(
        Kind(
            key=MINUTES,
            label=_("New minutes"),
            help_text=_(
                "The minutes of a meeting, once they are published. If you took part, you "
                "get them from the meeting too, but never twice."
            ),
            items=new_minutes,
            order=30,
        )
    )
    register(
        Kind(
            key=FUNDING,
            label=_("Funding opportunities and deadlines"),
            help_text=_(
                "A new funding opportunity, or a new deadline for one. To be reminded two "
                "weeks before a deadline, press “Follow” on the opportunity."
            ),
            items=funding,
            order=50,
        )
    )
    for model in (MeetingPage, MemberNewsPage):
        page_published.connect(
            something_published, sender=model, dispatch_uid="network.notifications"
        )
    post_save.connect(
        opportunity_saved, sender=FundingOpportunity, dispatch_uid="network.notifications"
    )

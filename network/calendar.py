"""iCalendar (RFC 5545) files for meetings, built with the icalendar package, and the
addresses of the personal calendar feed (its secret tokens live in `network.models.feeds`)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

PRODUCT_ID = "-//Familieiværksætterne//Netværkets møder//DA"


def feed_url(request):
    """Where the meeting list sends a logged-in visitor for their personal calendar link.

    Not the link itself: its secret is stored only as a digest, so it can be shown only on the
    page that makes it."""
    return reverse("calendar_link")


def subscription_url(request, token):
    """The address a calendar program subscribes to."""
    return request.build_absolute_uri(reverse("calendar_feed", kwargs={"token": token}))


def calendar_for(meetings, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Copenhagen")
    calendar.add("refresh-interval;value=duration", "PT12H")
    now = timezone.now()
    host = request.get_host().split(":")[0] or "localhost"
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.translation_key}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end)
        event.add("summary", meeting.title)
        if meeting.location or meeting.online_url:
            event.add("location", meeting.location or meeting.online_url)
        url = meeting.get_full_url(request)
        online = meeting.online_url and _("Join online: %(url)s") % {"url": meeting.online_url}
        description = "\n\n".join(part for part in [meeting.introduction, online, url] if part)
        event.add("description", description)
        event.add("url", url)
        if meeting.last_published_at:
            event.add("last-modified", meeting.last_published_at)
        calendar.add_component(event)
    return calendar.to_ical()

"""The professional area's front page and the directory of municipalities ("FIV near you")."""

from collections import Counter
from itertools import groupby
from urllib.parse import urlencode

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import PageViewRestriction

from home.introductions import with_introductions
from home.models import BasePage, ContactPage
from home.params import choice_param, text_param
from home.privacy import viewable_pages

from .. import area_tiles
from ..municipality_search import search_municipalities
from .municipalities import Municipality, MunicipalityContact, Region


class ProfessionalAreaPage(BasePage):
    """The landing page of the area for the network's professionals: it always requires login."""

    parent_page_types = ["home.HomePage"]
    # No subpage_types: the area's sections (meetings, agreement, fees, board, directory, and the
    # library of the app above) each name this page as their parent.
    max_count_per_parent = 1
    # The same for every reader of the same groups but the greeting's name, which is left as a
    # hole: built once per change (home/readercache.py).
    shared_with_readers = True

    class Meta:
        verbose_name = _("professional area")
        verbose_name_plural = _("professional areas")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not PageViewRestriction.objects.filter(page=self).exists():
            PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.LOGIN
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Plain pages with their introductions from the cache: no query per section type.
        context["sections"] = with_introductions(
            viewable_pages(self.get_children().live(), request)
        )
        context["tiles"] = area_tiles.tiles_for(request)
        return context


class MunicipalityIndexPage(BasePage):
    """A list of municipalities by region: in public "FIV near you", in the area a directory."""

    list_all = models.BooleanField(
        _("list every municipality"),
        default=False,
        help_text=_(
            "Off: only municipalities that offer FIV (for the public page). On: all of them, "
            "with their status (for the directory in the professional area)."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("list_all")]

    parent_page_types = ["home.HomePage", "network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("municipality list")
        verbose_name_plural = _("municipality lists")

    def find(self, query="", with_contacts=False):
        """The municipalities to list for `query` (by region and name), and on the public page
        the ones it names that do not offer FIV, each with those of its region that do."""
        everyone = list(Municipality.objects.order_by("region", "name"))
        found = search_municipalities(query, everyone)
        offers = Municipality.Status.OFFERS
        listed = [m for m in found.matches if self.list_all or m.status == offers]
        if with_contacts:
            prefetch_related_objects(
                listed,
                Prefetch("contacts", queryset=MunicipalityContact.objects.order_by("sort_order")),
            )
        answers = []
        if query and not self.list_all:
            elsewhere = [m for m in found.matches if m.status != offers]
            for municipality in elsewhere[: self.max_answers]:
                nearby = [
                    m for m in everyone if m.region == municipality.region and m.status == offers
                ]
                answers.append({"municipality": municipality, "nearby": nearby})
        return listed, answers, found.suggestions

    max_answers = 3  # "b" names many municipalities: answer for a few, not a page of them

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = text_param(request.GET, "q")
        show_contacts = request.user.is_authenticated
        municipalities, answers, suggestions = self.find(query, with_contacts=show_contacts)
        status, statuses = None, []
        if self.list_all:
            # The directory: filter by status, each with how many of the found ones have it.
            status = choice_param(request.GET, "status", Municipality.Status.values)
            counts = Counter(m.status for m in municipalities)
            searched = [("q", query)] if query else []
            statuses = [
                (
                    value,
                    label,
                    counts[value],
                    f"{request.path}?{urlencode([*searched, ('status', value)])}",
                )
                for value, label in Municipality.Status.choices
                if counts[value] or value == status
            ]
            context["all_statuses_url"] = request.path + (
                f"?{urlencode(searched)}" if query else ""
            )
            if status:
                municipalities = [m for m in municipalities if m.status == status]
        by_region = [
            (Region(code).label, list(group))
            for code, group in groupby(municipalities, key=lambda m: m.region)
        ]
        by_region.sort(key=lambda pair: str(pair[0]))
        # Back to this list after login, with the query understood, not whatever else was sent.
        back = request.path + (f"?{urlencode({'q': query})}" if query else "")
        login_url = f"{reverse('login')}?{urlencode({'next': back})}"
        context.update(
            login_url=login_url,
            query=query,
            status=status,
            statuses=statuses,
            regions=by_region,
            total=len(municipalities),
            show_contacts=show_contacts,
            answers=answers,
            suggestions=suggestions,
            contact_page=ContactPage.objects.live().public().filter(locale=self.locale).first()
            if answers
            else None,
        )
        return context

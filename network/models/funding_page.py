"""The professional area's page of funding opportunities ("Fondsmuligheder")."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage

from .. import funding as following
from .funding import FundingFollow, FundingOpportunity, danish_sort_key

SORT_LABELS = {"deadline": _("Deadline"), "fund": _("Name of the fund")}


def _by_deadline(opportunity):
    """Soonest first, the rolling ones (no deadline) after the dated ones."""
    deadline = opportunity.deadline
    return (deadline is None, deadline or datetime.date.max, danish_sort_key(opportunity.name))


def _by_latest_deadline(opportunity):
    """Latest first: what just closed comes before what closed long ago."""
    deadline = opportunity.deadline
    return (deadline is None, -(deadline or datetime.date.min).toordinal())


def _by_name(opportunity):
    return danish_sort_key(opportunity.name)


class FundingPage(RoutablePageMixin, BasePage):
    """Funding opportunities for the network, soonest deadline first. The secretariat keeps the
    list under Network → Funding opportunities in the admin; professionals follow the ones they
    care about here and get an e-mail two weeks before the deadline."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("funding page")
        verbose_name_plural = _("funding pages")

    def opportunities(self, params, user, today):
        """The list as the reader asked for it: (current, earlier), each sorted, in three
        queries however long it is (opportunities, their municipalities, the reader's follows)."""
        chosen = following.listing_params(params)
        everything = list(FundingOpportunity.objects.for_listing())
        followed = set()
        if user.is_authenticated:
            followed = set(
                FundingFollow.objects.filter(user=user).values_list("opportunity_id", flat=True)
            )
        for opportunity in everything:
            opportunity.following = opportunity.pk in followed
            opportunity.wording = opportunity.deadline_wording(today)
            opportunity.near = opportunity.deadline_is_near(today)
            opportunity.past = opportunity.is_past(today)
        current = [o for o in everything if not o.past]
        past = [o for o in everything if o.past]
        if chosen["sort"] == "fund":
            current.sort(key=_by_name)
            past.sort(key=_by_name)
        else:
            current.sort(key=_by_deadline)
            past.sort(key=_by_latest_deadline)
        return chosen, current, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen, current, past = self.opportunities(request.GET, request.user, timezone.localdate())
        sort, show_past = chosen["sort"], chosen["past"]
        context.update(
            sort=sort,
            show_past=show_past,
            current=current,
            past=past if show_past else [],
            past_count=len(past),
            sort_options=[
                (value, label, following.listing_query(value, show_past) or "?")
                for value, label in SORT_LABELS.items()
            ],
            past_url=following.listing_query(sort, not show_past) or "?",
        )
        if self.url:  # not in the preview of a page never saved
            context.update(
                follow_url=self.url + self.reverse_subpage("follow"),
                unfollow_url=self.url + self.reverse_subpage("unfollow"),
            )
        user = request.user
        if user.has_perm("network.add_fundingopportunity"):
            context["add_url"] = reverse("wagtailsnippets_network_fundingopportunity:add")
        if user.has_perm("network.change_fundingopportunity"):
            context["admin_url"] = reverse("wagtailsnippets_network_fundingopportunity:list")
        return context

    @path("follow/", name="follow")
    def follow(self, request):
        return following.follow(self, request)

    @path("unfollow/", name="unfollow")
    def unfollow(self, request):
        return following.unfollow(self, request)

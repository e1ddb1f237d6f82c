"""The advisory board: members with two-year terms, one seat per organisation, one chair, and the
board's page."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.dates import term_end
from home.models import BasePage

TERM_YEARS = 2
ENDING_SOON = datetime.timedelta(days=91)  # three months


def two_years_after(start):
    """The last day of a term that starts on `start`."""
    return term_end(start, TERM_YEARS)


class BoardMemberQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(term_start__lte=on, term_end__gte=on)

    def past(self, on=None):
        on = on or timezone.localdate()
        return self.filter(term_end__lt=on)

    def overlapping(self, start, end):
        return self.filter(term_start__lte=end, term_end__gte=start)

    def ending_soon(self, on=None):
        """The terms that end within three months from `on`, as `BoardMember.ends_soon` says."""
        on = on or timezone.localdate()
        return self.filter(term_end__gte=on, term_end__lte=on + ENDING_SOON)


class BoardMember(index.Indexed, models.Model):
    """A seat on the advisory board for one term; past terms remain as the board's history."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        MEMBER = "member", _("Member")

    class Sector(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        REGION = "region", _("Region")
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        BUSINESS = "business", _("Business")
        RESEARCH = "research", _("Research and education")
        FOUNDATION = "foundation", _("Foundation or donor")

    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=160)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    term_start = models.DateField(_("term starts"), default=timezone.localdate)
    term_end = models.DateField(
        _("term ends"),
        blank=True,
        help_text=_("Leave empty for the usual term of two years."),
    )

    objects = BoardMemberQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("sector")]),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("role"),
        index.FilterField("sector"),
    ]

    class Meta:
        ordering = ["-term_start", "name"]
        verbose_name = _("advisory board member")
        verbose_name_plural = _("advisory board members")

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    def save(self, *args, **kwargs):
        if self.term_start and not self.term_end:
            self.term_end = two_years_after(self.term_start)
        super().save(*args, **kwargs)

    @property
    def is_chair(self):
        return self.role == self.Role.CHAIR

    def ends_soon(self, on=None):
        on = on or timezone.localdate()
        return on <= self.term_end <= on + ENDING_SOON

    def clean(self):
        super().clean()
        if not self.term_start:
            return
        if not self.term_end:
            self.term_end = two_years_after(self.term_start)
        if self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})

        others = BoardMember.objects.exclude(pk=self.pk).overlapping(self.term_start, self.term_end)
        same_organisation = others.filter(organisation__iexact=self.organisation.strip()).first()
        if same_organisation:
            raise ValidationError(
                {
                    "organisation": _(
                        "Each organisation has at most one seat: %(name)s already represents "
                        "%(organisation)s from %(start)s to %(end)s."
                    )
                    % self._describe(same_organisation)
                }
            )
        if self.is_chair:
            chair = others.filter(role=self.Role.CHAIR).first()
            if chair:
                raise ValidationError(
                    {
                        "role": _(
                            "The board has one chair at a time: %(name)s is chair from %(start)s "
                            "to %(end)s. End that term first."
                        )
                        % self._describe(chair)
                    }
                )

    @staticmethod
    def _describe(member):
        return {
            "name": member.name,
            "organisation": member.organisation,
            "start": date_format(member.term_start, "SHORT_DATE_FORMAT"),
            "end": date_format(member.term_end, "SHORT_DATE_FORMAT"),
        }


class AdvisoryBoardPage(BasePage):
    """The advisory board: current members, terms that end soon, and the board's history."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("advisory board page")
        verbose_name_plural = _("advisory board pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        current = sorted(
            BoardMember.objects.current(today),
            key=lambda m: (not m.is_chair, m.name),
        )
        for member in current:
            member.ending_soon = member.ends_soon(today)
        context.update(
            current=current,
            chair=next((m for m in current if m.is_chair), None),
            past=BoardMember.objects.past(today).order_by("-term_end", "name"),
        )
        return context

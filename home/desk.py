"""The secretariat's desk: panels on the admin dashboard with the day's work.

Each app puts its own panels on the desk from its `wagtail_hooks.py` (`construct_homepage_panels`),
for the secretariat only (`is_secretariat`): other roles get no panel, so no title reaches them.
A panel is a compact table: a heading with the count, at most `limit` rows in the order the work
is best done, an empty state that says so, and "Vis alle" where a fuller admin listing exists.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from .dates import days_until, today
from .roles import SecretariatOnlyMixin, is_secretariat


def when(day, on=None):
    """`day` said from today: "i dag", "om 3 dage", "for 2 dage siden"."""
    days = days_until(day, on)
    if days == 0:
        return _("today")
    if days > 0:
        return ngettext("in %(days)s day", "in %(days)s days", days) % {"days": days}
    return ngettext("%(days)s day ago", "%(days)s days ago", -days) % {"days": -days}


class DeskPanel(Component):
    """One panel of the desk. A subclass names its `heading`, `empty_text` and `template_name`
    (extending "home/desk/panel.html"), and gives its rows by `get_queryset()`, in order."""

    name = ""
    heading = ""
    empty_text = ""
    icon = "placeholder"
    template_name = "home/desk/panel.html"
    limit = 8
    order = 230

    def __init__(self, on=None):
        self.today = on or today()

    def get_queryset(self):
        raise NotImplementedError

    def decorate(self, rows):
        """Give the shown rows what the table needs, in a fixed number of queries."""
        return rows

    def more_url(self):
        """The admin listing with every row, if there is one."""
        return None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        items = self.get_queryset()
        rows = list(items[: self.limit])
        # Counted by the database only when the panel is full: a short list is its own count.
        total = items.count() if len(rows) == self.limit else len(rows)
        context.update(
            panel=self,
            heading=f"{self.heading} ({total})",
            rows=self.decorate(rows),
            total=total,
            more_url=self.more_url(),
            today=self.today,
            # The component renders its template from this dict alone: a panel with a form (a
            # button that changes something) needs the dashboard's request and CSRF token.
            request=parent_context.get("request"),
            csrf_token=parent_context.get("csrf_token"),
        )
        return context


class SecretariatReportView(SecretariatOnlyMixin, ReportView):
    """A report behind a panel's "Vis alle": every row, filterable and exportable, for the
    secretariat only."""


class SecretariatMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)

"""News for the network's members: news pages inside the professional area, behind its login.

The public news (home.NewsIndexPage) may only live under the home page; these are their
counterpart in the area, shown with the same templates and announced to members who chose
"news for members" under "Mine notifikationer"."""

from django.utils.translation import gettext_lazy as _

from home.models import NewsIndexBase, NewsItemBase
from home.privacy import viewable_pages


class MemberNewsIndexPage(NewsIndexBase):
    """News for the network's members, newest first: only logged-in readers see it."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.MemberNewsPage"]
    readable = staticmethod(viewable_pages)
    template = "home/news_index_page.html"

    class Meta:
        verbose_name = _("news for members")
        verbose_name_plural = _("news for members")

    def news_items(self):
        return MemberNewsPage.objects.child_of(self)


class MemberNewsPage(NewsItemBase):
    """A news item for the network's members."""

    parent_page_types = ["network.MemberNewsIndexPage"]
    readable = staticmethod(viewable_pages)
    template = "home/news_page.html"

    class Meta:
        verbose_name = _("news item for members")
        verbose_name_plural = _("news items for members")

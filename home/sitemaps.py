from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists the active language only; ours lists every language's pages.

    Only live, public pages: the professional area and everything under it stay out.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = root.get_translations(inclusive=True)
        paths = [home.path for home in homes]
        pages = Page.objects.none()
        for path in paths:
            pages = pages | Page.objects.filter(path__startswith=path)
        return pages.live().public().order_by("path").defer_streamfields().specific()

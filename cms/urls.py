from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import AllLanguagesSitemap
from search import views as search_views

# The error pages in the language of the address, without asking the database (home/errors.py).
handler404 = "home.errors.page_not_found"
handler500 = "home.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Nothing under /media/ is read from MEDIA_ROOT by path: a plain file name is looked up among
    # the images and documents and checked against its collection (home/views.py), anything else
    # is a 404. Images are served here, documents by the serve view under /documents/.
    re_path(r"^media/(?P<path>(?:images|original_images)/[-\w.]+)$", home_views.media_image),
    re_path(r"^media/(?P<path>documents/[-\w.]+)$", home_views.media_document),
    re_path(r"^media/", home_views.media_not_found),
    # Documents are always served through Django, which checks collection restrictions.
    # Before Wagtail's own pattern, which it shadows: a stranger cannot tell a private document
    # from one that does not exist (home/views.py).
    re_path(r"^documents/(\d+)/(.*)$", home_views.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path("", include("home.urls")),
    path("", include("network.urls")),
    path("", include("library.urls")),
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

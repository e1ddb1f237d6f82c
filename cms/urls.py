from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import AllLanguagesSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # A raw document file is never served from MEDIA_ROOT: its address leads to the serve view.
    re_path(r"^media/(?P<path>documents/.+)$", home_views.media_document),
    # Documents are always served through Django, which checks collection restrictions.
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if "S3Storage" not in settings.STORAGES["default"]["BACKEND"]:
    # With media on local disk, only image renditions are served from MEDIA_ROOT. Documents,
    # which may be private, are reachable through /documents/ alone, which checks access.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>images/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

urlpatterns += i18n_patterns(
    path("", include("network.urls")),
    path("", include("library.urls")),
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

"""Menu, breadcrumbs, language switcher and hreflang alternates, built from the page tree of the
active language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from ..framecache import locale_codes, remember
from ..legal import PrivacyPolicyPage, legal_pages
from ..privacy import may_view, public_pages

register = template.Library()


def _locale_home(request):
    """The home page of the active language, looked up once per request."""
    language = translation.get_language()
    homes = getattr(request, "_fiv_locale_homes", None)
    if homes is None:
        homes = request._fiv_locale_homes = {}
    if language not in homes:
        site = Site.find_for_request(request)  # maybe a lazy object: `not`, never `is None`
        homes[language] = (
            None
            if not site
            else remember(("home", site.pk, language), lambda: site.root_page.localized)
        )
    return homes[language]


def _locales(request):
    """Every locale's language code by its id."""
    return locale_codes()


def _language_versions(request, page):
    """The page in each language the reader may open, by language code, the page itself
    included: its live translations whose restrictions the reader passes. Looked up once per
    request, so that the alternates in the head and the switcher in the header agree and cost
    one query together."""
    found = getattr(request, "_fiv_language_versions", None)
    if found is not None and found[0] == page.pk:
        return found[1]
    codes = _locales(request)
    versions = {codes[page.locale_id]: page} if page.live else {}
    translations = remember(
        ("translations", page.pk or id(page)),
        lambda: list(page.get_translations(inclusive=False).live()),
    )
    for other in translations:
        if may_view(other, request):
            versions[codes[other.locale_id]] = other
    request._fiv_language_versions = (page.pk, versions)
    return versions


@register.inclusion_tag("home/tags/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page and its children that are marked "show in menus"; the current one marked."""
    request = context["request"]
    home = _locale_home(request)
    if home is None:
        return {"items": []}
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {
            "page": home,
            "title": _("Home"),
            "state": "page" if current_path == home.path else "",
        }
    ]
    children = remember(
        ("menu", home.pk), lambda: list(public_pages(home.get_children().live().in_menu(), request))
    )
    for child in children:
        if current_path == child.path:
            state = "page"
        elif current_path.startswith(child.path):
            state = "true"
        else:
            state = ""
        items.append({"page": child, "title": child.title, "state": state})
    return {"items": items}


@register.inclusion_tag("home/tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail to a page through its ancestors; a view that is no page (the contribution
    form, say) gives its own as `breadcrumb_trail`: [(title, url), ..., (title, None)]."""
    page = context.get("page")
    if isinstance(page, Page) and page.depth > 2:
        ancestors = remember(
            ("ancestors", page.path),
            lambda: list(page.get_ancestors().filter(depth__gt=1).live()),
        )
        links = [
            (
                _("Home") if ancestor.depth == 2 else ancestor.title,
                ancestor.get_url(context.get("request")),
            )
            for ancestor in ancestors
        ]
        return {"links": links, "here": page.title}
    trail = context.get("breadcrumb_trail")
    if trail:
        return {"links": trail[:-1], "here": trail[-1][0]}
    return {"links": [], "here": None}


@register.inclusion_tag("home/tags/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in the other languages, or to their home page when there is none
    that is live and that the reader may open."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    versions = _language_versions(request, page) if isinstance(page, Page) else {}
    home = _locale_home(request)
    links = []
    for locale_id, code in _locales(request).items():
        if code == current:
            continue
        if isinstance(page, Page):
            target = versions.get(code)
            if target is None and home is not None:
                target = home.get_translations(inclusive=True).filter(locale_id=locale_id).live()
                target = target.first()
            url = target.url if target else "/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"].capitalize(),
                "url": url,
            }
        )
    return {"links": links}


@register.inclusion_tag("home/tags/language_alternates.html", takes_context=True)
def language_alternates(context):
    """`<link rel="alternate" hreflang>` for each language the page is live in and the reader
    may open, at absolute addresses, and x-default for the Danish one: search engines then show
    the reader's language. None on a page in one language only, in a preview, or on a view that
    is no page (the search, a form)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or getattr(request, "is_preview", False):
        return {"links": []}
    versions = _language_versions(request, page)
    if len(versions) < 2:
        return {"links": []}
    links = [
        {"code": code, "url": version.get_full_url(request)}
        for code, version in sorted(versions.items())
    ]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append({"code": "x-default", "url": default.get_full_url(request)})
    return {"links": [link for link in links if link["url"]]}


@register.inclusion_tag("home/tags/legal_links.html", takes_context=True)
def legal_links(context):
    """The accessibility statement, privacy policy and cookie note of the current language."""
    language = translation.get_language()
    return {"pages": remember(("legal pages", language), lambda: legal_pages(language))}


@register.simple_tag
def privacy_policy():
    """The privacy policy of the current language, or None."""
    pages = PrivacyPolicyPage.objects.live().public()
    return pages.filter(locale__language_code=translation.get_language()).first()

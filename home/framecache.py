"""What the frame of every page is built from, looked up once per change instead of per request.

Every page, whoever reads it, needs the same few small things before its own content: the
Wagtail site and its home page, the languages, the site settings, the view restrictions (for
the page itself, the menu and every list), the main menu, the footer's legal pages, and for a
logged-in reader their groups and permissions. They change a few times a week and are read on
every request: built from scratch, they were two thirds of the queries of a page.

They are kept in this process's memory under the current *generation*: a token in the shared
cache (alias `pages`: Redis, so that every container sees the same token, or without it a
private folder that every process of the machine shares). A request reads the token once
(`FrameCacheMiddleware`: one cache read, no SQL query); whatever it then asks
`remember()` for is computed at most once per process and generation. Any change to what the
frame shows (a page published, unpublished, moved, renamed or deleted; a view restriction;
the site settings; a site or a language; a user's groups or a group's permissions) sets a new
token, at once and again when the transaction commits (so that a request that read the old
rows in between cannot keep them), and every process drops what it held at its next request.

Outside a request (a management command, a task, a test calling a function directly) nothing is
remembered: each call computes afresh.
"""

import contextvars
import copy
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.functional import SimpleLazyObject
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.models.i18n import LocaleManager
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.users.models import UserProfile

CACHE_ALIAS = "pages"
GENERATION_KEY = "frame:generation"
# Readers remembered per generation: past it, the oldest go (a reader is a few hundred bytes).
MAX_READERS = 2000

_generation = contextvars.ContextVar("fiv_frame_generation", default=None)
_memory = {"generation": None, "values": {}}


def _shared():
    """The cache every process shares: `pages` (Redis or the private folder), else the default."""
    return caches[CACHE_ALIAS if CACHE_ALIAS in settings.CACHES else "default"]


def current_generation():
    """The generation in the shared cache; a new one when the cache has none (a restart of
    Redis, a cleared cache: whatever was remembered may be old, so nothing of it is used)."""
    token = _shared().get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        if not _shared().add(GENERATION_KEY, token, timeout=None):
            token = _shared().get(GENERATION_KEY) or token
    return token


def remember(key, compute):
    """`compute()`, once per process and generation; every call outside a request computes."""
    generation = _request_generation()
    if generation is None:
        return compute()
    if _memory["generation"] != generation:
        _memory["generation"] = generation
        _memory["values"] = {}
    values = _memory["values"]
    try:
        return values[key]
    except KeyError:
        value = values[key] = compute()
        return value


def forget_everything(**kwargs):
    """A new generation: every process builds the frame again at its next request."""
    token = uuid.uuid4().hex
    _shared().set(GENERATION_KEY, token, timeout=None)
    if _generation.get() is not None:
        _generation.set(token)  # this request reads what it changed
    _memory["values"] = {}
    _memory["generation"] = None


def changed(**kwargs):
    """A signal receiver: a new generation now, for this process and this request, and once
    more when the transaction commits, for the requests that read the old rows meanwhile."""
    forget_everything()
    transaction.on_commit(forget_everything, robust=True)


_UNREAD = "unread"  # in a request, before anything asked for the generation


def _request_generation():
    """The generation of the request under way (read from the shared cache the first time it
    is needed: a request that needs no frame, an error page or a file, reads nothing), or None
    outside a request."""
    generation = _generation.get()
    if generation is _UNREAD:
        generation = current_generation()
        _generation.set(generation)
    return generation


class FrameCacheMiddleware:
    """Opens the request's generation; after the session and user middleware, so that a
    logged-in reader's groups and permissions come from memory too. Nothing is read before it
    is needed, and a visitor without a session cookie is never asked for a user: the session
    untouched, a public page does not vary on cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        marker = _generation.set(_UNREAD)
        try:
            request._wagtail_site = SimpleLazyObject(lambda: site_for(request))
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                user = getattr(request, "user", None)
                if user is not None and user.is_authenticated:
                    remember_reader(user)
            return self.get_response(request)
        finally:
            _generation.reset(marker)


# The site and its home page, whose type Wagtail's routing asks for on every request.


def site_for(request):
    """The request's Wagtail site (found as Wagtail finds it), its home page of its own type.
    Remembered per host name the sites know and port: any other host gets the default site,
    and a stranger's made-up host names do not fill the memory."""
    from django.http.request import split_domain_port

    hostname = split_domain_port(request._get_raw_host())[0]
    known = remember("site hostnames", lambda: set(Site.objects.values_list("hostname", flat=True)))
    key = ("site", hostname if hostname in known else None, request.get_port())

    def find():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return remember(key, find)


# The languages: Wagtail asks for the active one several times a request.


_get_for_language = LocaleManager.get_for_language


def _remembered_locale(self, language_code):
    return remember(("locale", language_code), lambda: _get_for_language(self, language_code))


def locale_codes():
    """Every locale's language code by its id."""
    return remember(
        "locale codes",
        lambda: dict(Locale.objects.order_by("pk").values_list("pk", "language_code")),
    )


# View restrictions: the page's own (Wagtail's check before serving), the menu's and the lists'.


def page_restrictions():
    """Every page view restriction with its page's path and its groups."""
    return remember(
        "page restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page").prefetch_related("groups")),
    )


def alias_paths():
    """The paths of the pages that are aliases of others (whose restrictions are their
    source's): rare, and a page under one is checked the way Wagtail does."""
    return remember(
        "alias paths",
        lambda: set(Page.objects.exclude(alias_of=None).values_list("path", flat=True)),
    )


class RememberedRestrictionsMixin:
    """For every page model: the restrictions on a page and its ancestors from memory, as the
    queryset Wagtail expects (its own pages' and its ancestors', by the paths that are
    prefixes of the page's; filtering or counting it asks the database as before)."""

    def get_view_restrictions(self):
        if _request_generation() is None or self.alias_of_id or not self.path:
            return super().get_view_restrictions()
        step = self.steplen
        prefixes = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        if alias_paths().intersection(prefixes):
            return super().get_view_restrictions()
        restrictions = PageViewRestriction.objects.filter(page__path__in=prefixes)
        restrictions._result_cache = [
            restriction for restriction in page_restrictions() if restriction.page.path in prefixes
        ]
        restrictions._prefetch_done = True
        return restrictions


def collection_restrictions():
    """Every collection view restriction with its collection's path and its groups."""
    return remember(
        "collection restrictions",
        lambda: list(
            CollectionViewRestriction.objects.select_related("collection").prefetch_related(
                "groups"
            )
        ),
    )


def collection_paths():
    """Every collection's path by its id (a site has tens of them)."""
    return remember("collection paths", lambda: dict(Collection.objects.values_list("pk", "path")))


class RememberedTranslationMixin:
    """For the home page: its translation in the active language from memory. Wagtail's
    routing asks for it on every request of a language other than the site's."""

    @property
    def localized_draft(self):
        if _request_generation() is None or not self.pk:
            return super().localized_draft
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            return self
        if locale.pk == self.locale_id:
            return self
        parent = super()
        return remember(("translation", self.pk, locale.pk), lambda: parent.localized_draft)


# A logged-in reader: groups and permissions, asked by restrictions, menus and templates.


def remember_reader(user):
    """Gives the user object its groups and permissions from memory: `user.groups.all()` and
    `user.has_perm()` then ask no query (Django's ModelBackend looks for these attributes)."""

    def load():
        groups = list(user.groups.all())
        return {
            "groups": groups,
            "user_perms": _permission_names(Permission.objects.filter(user=user)),
            "group_perms": _permission_names(Permission.objects.filter(group__user=user)),
        }

    readers = remember("readers", dict)
    if user.pk not in readers:
        if len(readers) >= MAX_READERS:
            readers.pop(next(iter(readers)))
        readers[user.pk] = load()
    found = readers[user.pk]
    groups = user.groups.all()
    groups._result_cache = list(found["groups"])
    groups._prefetch_done = True
    user._prefetched_objects_cache = {**getattr(user, "_prefetched_objects_cache", {})}
    user._prefetched_objects_cache[user.groups.prefetch_cache_name] = groups
    if user.is_active and not user.is_superuser:  # Django lists every permission for those
        user._user_perm_cache = set(found["user_perms"])
        user._group_perm_cache = set(found["group_perms"])
        user._perm_cache = user._user_perm_cache | user._group_perm_cache


def _permission_names(permissions):
    return {
        f"{app}.{codename}"
        for app, codename in permissions.values_list("content_type__app_label", "codename")
    }


# The site settings (header, footer, contact page).


def site_settings(model, site):
    """The settings of the site, a copy per call: a view may change its copy."""
    found = remember(("settings", model._meta.label, site.pk), lambda: model.for_site(site))
    return copy.copy(found)


def watch(*models):
    """A change to any of the models (saved or deleted) starts a new generation: for an app
    whose model decides something remembered here (network: the municipalities' groups)."""
    for model in models:
        name = model._meta.label
        post_save.connect(changed, sender=model, dispatch_uid=f"framecache.{name}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"framecache.d.{name}")


def _page_changed(sender, instance, **kwargs):
    # Django sends a page's save with its own type as sender: every save is looked at.
    if isinstance(instance, Page):
        changed()


_get_profile = UserProfile.get_for_user.__func__


def _profile_once_per_request(cls, user):
    """Wagtail's user bar asks for the reader's admin profile twice a page (for the language
    and, through `user.wagtail_userprofile`, for the theme): once a request."""
    if getattr(user, "_fiv_profile", None) is None:
        user._fiv_profile = user.wagtail_userprofile = _get_profile(cls, user)
    return user._fiv_profile


def connect():
    """Called by HomeConfig.ready(): the changes that start a new generation."""
    from .models import SiteSettings

    LocaleManager.get_for_language = _remembered_locale
    UserProfile.get_for_user = classmethod(_profile_once_per_request)
    page_published.connect(changed, dispatch_uid="framecache.published")
    page_unpublished.connect(changed, dispatch_uid="framecache.unpublished")
    post_page_move.connect(changed, dispatch_uid="framecache.moved")
    post_save.connect(_page_changed, dispatch_uid="framecache.page")
    post_delete.connect(_page_changed, dispatch_uid="framecache.d.page")
    user_model = get_user_model()
    watch(PageViewRestriction, CollectionViewRestriction, Collection, Site, Locale, SiteSettings)
    watch(Group, user_model)
    for through in [
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
        PageViewRestriction.groups.through,
        CollectionViewRestriction.groups.through,
    ]:
        m2m_changed.connect(changed, sender=through, dispatch_uid=f"framecache.{through._meta}")

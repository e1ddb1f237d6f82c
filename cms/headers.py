"""Security headers that Django's SecurityMiddleware does not send.

The content security policy comes from django-csp (`CONTENT_SECURITY_POLICY` in the settings):
the public site and the professional area allow scripts and styles from the site's own origin
only. Wagtail's admin still runs inline scripts and styles (inline panels, the date pickers,
wagtail-localize's editor) and compiles code at run time, so addresses under the admin get
`ADMIN_CONTENT_SECURITY_POLICY` instead: laxer about inline code, just as strict about where
code, frames and forms may come from or go to.

A preview (the admin's preview panel, a workflow's preview) renders a page of the site inside
the admin: it gets the site's policy, so that an editor sees what visitors will see, except
that the admin may frame it. A response that already has a policy keeps it: Wagtail gives a
served document `default-src 'none'`, stricter than both.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_cache_control


def is_admin_request(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts  # a view's own @csp decorator wins
        if getattr(request, "is_preview", False):
            # Wagtail runs a preview through the middleware as a request for the page's own
            # address, from inside the admin's preview view.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif is_admin_request(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site never uses (`PERMISSIONS_POLICY_DISABLED`), so
    that no injected or embedded code can ask a visitor for their camera, position or wallet."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED)
        response.headers.setdefault("Permissions-Policy", policy)
        return response


class PrivateCacheMiddleware:
    """A response to a logged-in visitor that says nothing about caching is `private`: no shared
    cache (a CDN, a proxy) may keep it and hand it to someone else. Wagtail marks restricted
    pages so itself, but not the files of a restricted collection."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        return response

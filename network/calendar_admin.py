"""The secretariat's list of personal calendar links: who has one, when it was made and last
used, never the secret. Deleting a link revokes it at once; nobody makes or edits one here.

Registered from `NetworkConfig.ready()`, so that it needs no line in `wagtail_hooks.py`.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from home.roles import is_secretariat, secretariat_users

from .models import CalendarFeedToken

SECRETARIAT_ACTIONS = {"view", "delete"}


class SecretariatRevokesPolicy(BasePermissionPolicy):
    """The secretariat sees and revokes links; no group permission can give more, or to others."""

    def user_has_permission(self, user, action):
        return action in SECRETARIAT_ACTIONS and is_secretariat(user)

    def user_has_any_permission(self, user, actions):
        return bool(SECRETARIAT_ACTIONS & set(actions)) and is_secretariat(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not SECRETARIAT_ACTIONS & set(actions):
            return users.none()
        return users.filter(pk__in=secretariat_users().values("pk"))


class CalendarFeedTokenViewSet(ModelViewSet):
    model = CalendarFeedToken
    icon = "calendar"
    menu_label = _("Calendar links")
    add_to_settings_menu = True
    url_prefix = "calendar-links"
    name = "network_calendar_links"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["user", "created", "last_used"]
    inspect_view_fields = ["user", "created", "last_used"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    form_fields = []  # no form: the policy allows neither adding nor changing a link

    def get_permissions_to_register(self):
        return Permission.objects.none()  # the policy, not a group's permissions, decides


def register():
    register_permission_policy(CalendarFeedToken, SecretariatRevokesPolicy(CalendarFeedToken))
    hooks.register("register_admin_viewset", CalendarFeedTokenViewSet)

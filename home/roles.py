"""The roles of the site as Django groups, with the permissions each role needs.

`Sekretariat` runs the site in the Wagtail admin; `Fagpersoner` read the professional area;
each municipality has a contributor group (see `network.roles`). The groups are created by
data migrations; `sync_roles()` gives them their permissions after every `migrate` and when
the demo content is loaded. It is idempotent: it creates what is missing and adds missing
permissions, and never takes one away that the secretariat gave by hand.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.core.exceptions import PermissionDenied
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

SECRETARIAT = "Sekretariat"
PROFESSIONALS = "Fagpersoner"

SECRETARIAT_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
SECRETARIAT_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
]
SECRETARIAT_MODEL_PERMISSIONS = [
    ("home", "act_as_secretariat"),
    ("wagtailadmin", "access_admin"),
    ("home", "change_sitesettings"),
    ("wagtail_localize", "submit_translation"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("wagtailcore", "add_collection"),
    ("wagtailcore", "change_collection"),
]


SECRETARIAT_PERMISSION = "home.act_as_secretariat"


def is_secretariat(user):
    """Superusers and the secretariat publish, approve and manage; nobody else does.

    Decided by the permission `home.act_as_secretariat`, which `sync_roles()` gives the group
    "Sekretariat": renaming the group, or giving the permission to another group or one person,
    changes who acts as the secretariat everywhere at once (Django caches the user's
    permissions for the request)."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(SECRETARIAT_PERMISSION))


def require_secretariat(request):
    """Refuses (403) anyone but the secretariat: admin access alone is not enough, since
    contributors enter the admin to add their material."""
    if not is_secretariat(request.user):
        raise PermissionDenied


class SecretariatOnlyMixin:
    """For a class-based view that only the secretariat may open."""

    def dispatch(self, request, *args, **kwargs):
        require_secretariat(request)
        return super().dispatch(request, *args, **kwargs)


def secretariat_users():
    """The active users who act as the secretariat, as `is_secretariat()` decides it."""
    app_label, codename = SECRETARIAT_PERMISSION.split(".")
    permission = Q(permissions__content_type__app_label=app_label, permissions__codename=codename)
    groups = Group.objects.filter(permission)
    direct = Q(
        user_permissions__content_type__app_label=app_label, user_permissions__codename=codename
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__in=groups) | direct)
        .distinct()
    )


def permissions(pairs):
    """The permissions named by (app label, codename) pairs, skipping any that do not exist:
    after a test database is flushed, the ones that migrations create (such as
    `wagtailadmin.access_admin`) are gone until the data is restored."""
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _codename in pairs},
        codename__in={codename for _app, codename in pairs},
    ).select_related("content_type")
    wanted = set(pairs)
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def sync_roles():
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    Group.objects.get_or_create(name=PROFESSIONALS)

    # Apps further up the stack name what the secretariat manages of theirs.
    model_permissions = list(SECRETARIAT_MODEL_PERMISSIONS)
    for app_config in apps.get_app_configs():
        model_permissions += getattr(app_config, "secretariat_permissions", [])
    secretariat.permissions.add(*permissions(model_permissions))
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for permission in permissions(
            [("wagtailcore", codename) for codename in SECRETARIAT_PAGE_PERMISSIONS]
        ):
            GroupPagePermission.objects.get_or_create(
                group=secretariat, page=root_page, permission=permission
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for permission in permissions(SECRETARIAT_COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=secretariat, collection=root_collection, permission=permission
            )

    # Apps further up the stack keep their own roles (the municipalities' contributor groups).
    for app_config in apps.get_app_configs():
        if hasattr(app_config, "sync_roles"):
            app_config.sync_roles()


def sync_roles_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """Once per `migrate`, after the last app: Django creates permissions after migrating, so a
    data migration cannot hand them out on a fresh database; this does."""
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label != last.label or using != DEFAULT_DB_ALIAS:
        return
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    sync_roles()

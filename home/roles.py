"""The roles of the site as Django groups, with the permissions each role needs.

`Sekretariat` runs the site in the Wagtail admin; `Fagpersoner` read the professional area.
`sync_roles()` is idempotent: it creates what is missing and adds missing permissions.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
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
    ("wagtailadmin", "access_admin"),
    ("home", "change_sitesettings"),
    ("wagtail_localize", "submit_translation"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("wagtailcore", "add_collection"),
    ("wagtailcore", "change_collection"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_roles():
    secretariat, _ = Group.objects.get_or_create(name=SECRETARIAT)
    Group.objects.get_or_create(name=PROFESSIONALS)

    # Apps further up the stack name what the secretariat manages of theirs.
    model_permissions = list(SECRETARIAT_MODEL_PERMISSIONS)
    for app_config in apps.get_app_configs():
        model_permissions += getattr(app_config, "secretariat_permissions", [])
    secretariat.permissions.add(
        *[_permission(app, codename) for app, codename in model_permissions]
    )
    root_page = Page.get_first_root_node()
    for codename in SECRETARIAT_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=secretariat, page=root_page, permission=_permission("wagtailcore", codename)
        )
    root_collection = Collection.get_first_root_node()
    for app, codename in SECRETARIAT_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=secretariat, collection=root_collection, permission=_permission(app, codename)
        )

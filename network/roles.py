"""One contributor group per municipality: its members submit material, meeting contributions
and local data for that municipality, and never publish or approve.

The group is created with the municipality and renamed with it (see `signals.py`); what the
group may do is set here and kept in sync by `home.roles.sync_roles()`.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    get_page_models,
)

from home.framecache import remember

CONTRIBUTOR_GROUP_PREFIX = "Bidragydere"

CONTRIBUTOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
CONTRIBUTOR_MODEL_PERMISSIONS = [("wagtailadmin", "access_admin")]
# Upload and choose in the page editor's chooser; never `change_document`: without it nobody
# edits, replaces or deletes a document, not even their own upload (see `permissions.py`).
CONTRIBUTOR_DOCUMENT_PERMISSIONS = ["add_document", "choose_document"]


def contributor_group_name(municipality):
    return f"{CONTRIBUTOR_GROUP_PREFIX}: {municipality.name}"


def contributor_municipalities(user):
    """The municipalities `user` may submit for (none for anonymous users)."""
    from .models import Municipality

    if not user.is_authenticated or not user.is_active:
        return Municipality.objects.none()
    return Municipality.objects.filter(contributor_group__user=user)


def contribution_municipalities(user):
    """Whom `user` may contribute on behalf of: the secretariat for any municipality."""
    from home.roles import is_secretariat

    from .models import Municipality

    if is_secretariat(user):
        return Municipality.objects.all()
    return contributor_municipalities(user)


def contributor_municipality_ids(user):
    """Cached on the user object: asked once per request by every permission check. In a
    request the user's groups are in memory already (home/framecache.py), and so is which
    municipality each contributor group is for: no query."""
    if not hasattr(user, "_contributor_municipality_ids"):
        groups = getattr(user, "_prefetched_objects_cache", {}).get("groups")
        if groups is not None and user.is_active:
            by_group = _municipalities_by_group()
            ids = (by_group.get(group.pk) for group in groups)
            user._contributor_municipality_ids = frozenset(pk for pk in ids if pk is not None)
        else:
            user._contributor_municipality_ids = frozenset(
                contributor_municipalities(user).values_list("pk", flat=True)
            )
    return user._contributor_municipality_ids


def _municipalities_by_group():
    from .models import Municipality

    return remember(
        "municipalities by contributor group",
        lambda: dict(
            Municipality.objects.exclude(contributor_group=None).values_list(
                "contributor_group_id", "pk"
            )
        ),
    )


def ensure_contributor_group(municipality):
    """Create the municipality's group, or rename it after the municipality."""
    from .models import Municipality

    name = contributor_group_name(municipality)
    group = municipality.contributor_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
        Municipality.objects.filter(pk=municipality.pk).update(contributor_group=group)
        municipality.contributor_group = group
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    return group


class ContributionParent:
    """A page type under which municipalities add their contributions (the library, the meeting
    list), whatever app defines it: every municipality's contributor group may add and edit
    there. The network finds such page types through this mixin, never by naming them."""


def contribution_parent_models():
    return [model for model in get_page_models() if issubclass(model, ContributionParent)]


def contribution_parent_pages():
    """The pages under which contributors add their material and meeting contributions."""
    return [page for model in contribution_parent_models() for page in model.objects.only("pk")]


def _permissions(app_label, codenames):
    return list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )


def sync_contributor_groups(municipalities=None, parents=None):
    """Give the contributor groups of `municipalities` (all by default) their permissions on
    `parents` (every library and meeting list by default), in a handful of queries: this runs
    after every migrate and whenever a municipality or a contribution parent is created."""
    from .documents import professional_collection
    from .models import Municipality

    if municipalities is None:
        municipalities = Municipality.objects.select_related("contributor_group")
    if parents is None:
        parents = contribution_parent_pages()
    groups = [ensure_contributor_group(municipality) for municipality in municipalities]
    if not groups or Collection.get_first_root_node() is None:
        return  # a flushed test database: the demo loader syncs again once the tree is back
    permissions = [
        permission
        for app_label, codename in CONTRIBUTOR_MODEL_PERMISSIONS
        for permission in _permissions(app_label, [codename])
    ]
    page_permissions = _permissions("wagtailcore", CONTRIBUTOR_PAGE_PERMISSIONS)
    document_permissions = _permissions("wagtaildocs", CONTRIBUTOR_DOCUMENT_PERMISSIONS)
    collection = professional_collection()

    GroupPermission = Group.permissions.through
    GroupPermission.objects.bulk_create(
        [
            GroupPermission(group_id=group.pk, permission_id=permission.pk)
            for group in groups
            for permission in permissions
        ],
        ignore_conflicts=True,
    )
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page.pk, permission=permission)
            for group in groups
            for page in parents
            for permission in page_permissions
        ],
        ignore_conflicts=True,
    )
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for group in groups
            for permission in document_permissions
        ],
        ignore_conflicts=True,
    )

"""Each municipality has its contributor group: created, renamed and removed with it, and given
the contributor permissions on every page contributions are added under."""

from django.db.models.signals import post_delete, post_save

from . import roles
from .models.onboarding import Onboarding


def municipality_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        roles.sync_contributor_groups([instance])
        if instance.status == instance.Status.STARTING:
            # A municipality that starts gets its checklist (see `models/onboarding.py`).
            Onboarding.objects.get_or_create(municipality=instance)


def municipality_deleted(sender, instance, **kwargs):
    if instance.contributor_group_id:
        instance.contributor_group.delete()


def contribution_parent_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.sync_contributor_groups(parents=[instance])


def connect():
    from .models import Municipality

    post_save.connect(municipality_saved, sender=Municipality, dispatch_uid="network.group")
    post_delete.connect(municipality_deleted, sender=Municipality, dispatch_uid="network.ungroup")
    for model in roles.contribution_parent_models():
        post_save.connect(
            contribution_parent_created,
            sender=model,
            dispatch_uid=f"network.contribution_parent.{model.__name__}",
        )

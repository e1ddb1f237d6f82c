from django.urls import path
from wagtail import hooks

from .translations import DraftSyncView
from .users_admin import AssignRoleBulkAction, SetActiveStateBulkAction

# Registered after Wagtail's own (order=1): an action replaces the one of the same type before it.
for action_class in [AssignRoleBulkAction, SetActiveStateBulkAction]:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("register_admin_urls", order=-1)
def sync_translations_as_drafts():
    """wagtail-localize's sync address, answered by a view that saves drafts only: listed before
    wagtail-localize's own URLs, so it is the one that resolves."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            DraftSyncView.as_view(),
            name="sync_translation_as_draft",
        )
    ]

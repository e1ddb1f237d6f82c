from wagtail import hooks

from .users_admin import AssignRoleBulkAction, SetActiveStateBulkAction

# Registered after Wagtail's own (order=1): an action replaces the one of the same type before it.
for action_class in [AssignRoleBulkAction, SetActiveStateBulkAction]:
    hooks.register("register_bulk_action", action_class, order=1)

from wagtail import hooks

from .pagecache import note_page
from .users_admin import AssignRoleBulkAction, SetActiveStateBulkAction

# Registered after Wagtail's own (order=1): an action replaces the one of the same type before it.
for action_class in [AssignRoleBulkAction, SetActiveStateBulkAction]:
    hooks.register("register_bulk_action", action_class, order=1)

# Marks the page being served, so that the page cache may store its response (home/pagecache.py).
hooks.register("before_serve_page", note_page)

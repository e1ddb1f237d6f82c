"""The people of the tests: the demo's users by their role, and new users made by the factory."""

from django.contrib.auth import get_user_model

from home.demo.users import CONTRIBUTOR, DEFAULT_PASSWORD, PROFESSIONAL, SECRETARY
from home.factories import UserFactory

__all__ = [
    "CONTRIBUTOR",
    "DEFAULT_PASSWORD",
    "PROFESSIONAL",
    "SECRETARY",
    "demo_user",
    "new_user",
]


def demo_user(role):
    """The demo user of a role: `demo_user(SECRETARY)`, `demo_user(CONTRIBUTOR)` ..."""
    return get_user_model().objects.get(username=role)


def new_user(username, *groups, **fields):
    """A new user in `groups`, with an e-mail address at example.org and no usable password
    unless `password=` is given."""
    fields.setdefault("first_name", username.title())
    fields.setdefault("last_name", "")
    fields.setdefault("password", None)
    return UserFactory(username=username, groups=groups, **fields)

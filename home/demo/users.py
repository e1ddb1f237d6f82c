"""The demo's people, named once: the code, the benchmark and the tests refer to them by these
constants. Apps further up give them what is theirs (network: the municipality each works for)."""

import os
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home import roles
from home.factories import UserFactory

SECRETARY = "sekretariat"
CONTRIBUTOR = "kommune"  # submits material and local data for a municipality
PROFESSIONAL = "fagperson"

DEFAULT_PASSWORD = "fiv-demo-2026"  # noqa: S105 (demo users only; the command refuses to run in production)


class DemoUser(NamedTuple):
    username: str
    first_name: str
    last_name: str
    group: str


DEMO_USERS = [
    DemoUser(SECRETARY, "Sara", "Sekretær", roles.SECRETARIAT),
    DemoUser(CONTRIBUTOR, "Karin", "Kommunesen", roles.PROFESSIONALS),
    DemoUser(PROFESSIONAL, "Frederik", "Fagsen", roles.PROFESSIONALS),
]


def load(log):
    """Create the demo users that are missing, with the password from DEMO_PASSWORD."""
    password = os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD)
    usernames = [user.username for user in DEMO_USERS]
    existing = set(
        get_user_model().objects.filter(username__in=usernames).values_list("username", flat=True)
    )
    for user in DEMO_USERS:
        if user.username in existing:
            continue  # a second run leaves the user, and a password changed since, alone
        UserFactory(
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
            password=password,
            groups=[Group.objects.get(name=user.group)],
        )
        log(f"Created the demo user {user.username}")

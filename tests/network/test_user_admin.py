"""Wagtail's user admin keeps superuser rights to superusers.

The secretariat adds and changes users but is no superuser: it may not make anyone a superuser,
nor edit, delete or set the password of a superuser's account. Superusers keep everything.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.people import PROFESSIONAL, SECRETARY, demo_user, new_user

User = get_user_model()
ADMIN_PASSWORD = "Admin-kodeord-2026!"
NEW_PASSWORD = "Sommerfugl-2027!"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def offers_superuser(response):
    assert response.status_code == 200
    return soup(response).find("input", attrs={"name": "is_superuser"}) is not None


@pytest.fixture
def superuser(db):
    return new_user("admin", is_superuser=True, is_staff=True, password=ADMIN_PASSWORD)


@pytest.fixture
def as_superuser(client, superuser):
    client.force_login(superuser)
    return client


def edit_url(user):
    return reverse("wagtailusers_users:edit", args=[user.pk])


def edit_form_of(user, **changes):
    """Wagtail's user edit form as the browser sends it, unchanged but for `changes`."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Fornavn",
        "last_name": user.last_name or "Efternavn",
        "password1": "",
        "password2": "",
        "groups": list(user.groups.values_list("pk", flat=True)),
    }
    if user.is_active:
        data["is_active"] = "on"
    if user.is_superuser:
        data["is_superuser"] = "on"
    return {**data, **changes}


def new_user_form(**changes):
    """Wagtail's form for adding a user as the browser sends it, filled in but for `changes`."""
    return {
        "username": "ny.bruger",
        "email": "ny.bruger@example.org",
        "first_name": "Ny",
        "last_name": "Bruger",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        **changes,
    }


@pytest.mark.django_db
def test_the_secretariat_cannot_create_a_superuser(secretariat):
    add = reverse("wagtailusers_users:add")
    assert not offers_superuser(secretariat.get(add))

    response = secretariat.post(add, new_user_form(is_superuser="on"))
    assert response.status_code == 302
    created = User.objects.get(username="ny.bruger")
    assert not created.is_superuser


@pytest.mark.django_db
def test_the_secretariat_cannot_make_a_user_a_superuser(secretariat):
    user = demo_user(PROFESSIONAL)
    assert not offers_superuser(secretariat.get(edit_url(user)))

    response = secretariat.post(edit_url(user), edit_form_of(user, is_superuser="on"))
    assert response.status_code == 302
    assert not User.objects.get(pk=user.pk).is_superuser


@pytest.mark.django_db
def test_the_secretariat_cannot_make_itself_a_superuser(secretariat):
    me = demo_user(SECRETARY)
    secretariat.post(edit_url(me), edit_form_of(me, is_superuser="on"))
    assert not User.objects.get(pk=me.pk).is_superuser


@pytest.mark.django_db
def test_the_secretariat_cannot_touch_a_superusers_account(secretariat, superuser):
    before = User.objects.values().get(pk=superuser.pk)

    assert refused(secretariat.get(edit_url(superuser)))
    takeover = edit_form_of(
        superuser, email="overtaget@example.org", password1=NEW_PASSWORD, password2=NEW_PASSWORD
    )
    assert refused(secretariat.post(edit_url(superuser), takeover))
    deactivation = edit_form_of(superuser)
    del deactivation["is_active"]
    assert refused(secretariat.post(edit_url(superuser), deactivation))
    delete = reverse("wagtailusers_users:delete", args=[superuser.pk])
    assert refused(secretariat.get(delete))
    assert refused(secretariat.post(delete))

    after = User.objects.values().get(pk=superuser.pk)
    assert after == before
    assert User.objects.get(pk=superuser.pk).check_password(ADMIN_PASSWORD)


@pytest.mark.django_db
def test_the_user_list_offers_the_secretariat_no_edit_link_to_a_superuser(secretariat, superuser):
    listing = soup(secretariat.get(reverse("wagtailusers_users:index")))
    links = {a["href"] for a in listing.find_all("a", href=True)}
    assert edit_url(superuser) not in links
    assert edit_url(demo_user(PROFESSIONAL)) in links


def bulk(client, action, user, data):
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return client.post(f"{url}?id={user.pk}", data)


@pytest.mark.django_db
def test_the_secretariat_cannot_change_a_superuser_in_bulk(secretariat, superuser):
    bulk(secretariat, "set_active_state", superuser, {"mark_as_active": "False"})
    group = Group.objects.get(name="Fagpersoner")
    bulk(secretariat, "assign_role", superuser, {"role": group.pk})
    superuser.refresh_from_db()
    assert superuser.is_active
    assert not superuser.groups.exists()


@pytest.mark.django_db
def test_the_secretariat_still_deactivates_an_ordinary_user(secretariat):
    user = demo_user(PROFESSIONAL)
    deactivation = edit_form_of(user)
    del deactivation["is_active"]
    response = secretariat.post(edit_url(user), deactivation)
    assert response.status_code == 302
    assert not User.objects.get(pk=user.pk).is_active


@pytest.mark.django_db
def test_the_secretariat_still_deactivates_ordinary_users_in_bulk(secretariat):
    user = demo_user(PROFESSIONAL)
    response = bulk(secretariat, "set_active_state", user, {"mark_as_active": "False"})
    assert response.status_code == 302
    assert not User.objects.get(pk=user.pk).is_active


@pytest.mark.django_db
def test_a_superuser_still_grants_and_manages_superuser_rights(as_superuser, superuser):
    add = reverse("wagtailusers_users:add")
    assert offers_superuser(as_superuser.get(add))
    assert as_superuser.post(add, new_user_form(is_superuser="on")).status_code == 302
    assert User.objects.get(username="ny.bruger").is_superuser

    user = demo_user(PROFESSIONAL)
    assert offers_superuser(as_superuser.get(edit_url(user)))
    as_superuser.post(edit_url(user), edit_form_of(user, is_superuser="on"))
    assert User.objects.get(pk=user.pk).is_superuser

    other = User.objects.create_superuser(username="admin2", email="a2@example.org")
    changed = edit_form_of(other, email="ny@example.org")
    assert as_superuser.post(edit_url(other), changed).status_code == 302
    assert User.objects.get(pk=other.pk).email == "ny@example.org"

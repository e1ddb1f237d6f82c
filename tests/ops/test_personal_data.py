"""The secretariat exports what the site holds about one person, and erases them: the account
and what is only theirs go, their contributions stay under the municipality, and the audit log
no longer names them. Both are logged; nobody else may do either."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from home.personal_data import ERASE_ACTION, EXPORT_ACTION
from library.models import MaterialPage
from network.models import LocalReport, MeetingPage, MeetingRegistration, Membership
from tests.people import CONTRIBUTOR, SECRETARY, demo_user, new_user


@pytest.fixture
def person(aarhus):
    """The demo contributor of Aarhus, signed up for a meeting."""
    user = demo_user(CONTRIBUTOR)
    meeting = MeetingPage.objects.filter(locale__language_code="da").first()
    MeetingRegistration.objects.create(
        meeting=meeting, user=user, municipality=aarhus, participants=2, note="Vi kommer to"
    )
    return user


def address(user):
    return reverse("home_personal_data", args=[user.pk])


@pytest.mark.django_db
def test_the_export_holds_what_the_site_knows_about_the_person_and_is_logged(secretariat, person):
    page = secretariat.get(address(person))
    assert page.status_code == 200
    assert person.get_username() in page.content.decode()
    assert "Hent som JSON" in page.content.decode()  # in Danish, the secretariat's language

    response = secretariat.post(address(person), {"action": "export"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)

    assert data["account"]["username"] == person.get_username()
    assert data["account"]["email"] == person.email
    assert data["membership"] == {"municipality": "Aarhus"}
    assert [row["note"] for row in data["meeting_registrations"]] == ["Vi kommer to"]
    owned = {row["title"] for row in data["pages_owned"]}
    assert owned and owned == set(
        MaterialPage.objects.filter(owner=person).values_list("title", flat=True)
    )
    assert {row["title"] for row in data["materials_as_contact"]} >= owned
    assert {row["municipality"] for row in data["local_data_reports"]} == {"Aarhus"}
    assert {row["funding_opportunity"] for row in data["funding_follows"]} == {
        "Puljen til tidlig forældrestøtte",
        "Fonden for aktive fædre",
    }
    assert data["audit_log"], "the contributor's own submissions are in the log"
    assert "password" not in response.content.decode()

    logged = ModelLogEntry.objects.filter(action=EXPORT_ACTION, object_id=str(person.pk))
    assert logged.get().user == demo_user(SECRETARY)


@pytest.mark.django_db
def test_erasing_keeps_the_contributions_under_the_municipality_and_forgets_the_person(
    secretariat, person, aarhus
):
    pk, username, email = person.pk, person.get_username(), person.email
    owned = list(MaterialPage.objects.filter(owner=person).values_list("pk", flat=True))
    reports = LocalReport.objects.filter(submitted_by=person).count()
    assert owned and reports and PageLogEntry.objects.filter(user_id=pk).exists()

    response = secretariat.post(address(person), {"action": "erase", "confirm": username})
    assert response.status_code == 302

    assert not get_user_model().objects.filter(pk=pk).exists()
    assert not Membership.objects.filter(user_id=pk).exists()
    assert not MeetingRegistration.objects.filter(user_id=pk).exists()
    kept = MaterialPage.objects.filter(pk__in=owned)
    assert kept.count() == len(owned)
    assert set(kept.values_list("municipality", flat=True)) == {aarhus.pk}
    assert not kept.exclude(owner=None).exists()
    assert not MaterialPage.objects.filter(contact_email__iexact=email).exists()
    for revision in Revision.objects.page_revisions().filter(object_id__in=map(str, owned)):
        assert email not in json.dumps(revision.content)
    assert LocalReport.objects.filter(municipality=aarhus).count() >= reports

    assert not PageLogEntry.objects.filter(user_id=pk).exists()
    assert not ModelLogEntry.objects.filter(user_id=pk).exists()
    assert not ModelLogEntry.objects.filter(label__icontains=username).exists()
    erased = ModelLogEntry.objects.get(action=ERASE_ACTION, object_id=str(pk))
    assert erased.user == demo_user(SECRETARY)
    assert username not in erased.label


@pytest.mark.django_db
def test_a_mistyped_confirmation_erases_nothing_and_keeps_what_was_typed(secretariat, person):
    response = secretariat.post(address(person), {"action": "erase", "confirm": "forkert navn"})
    assert response.status_code == 400
    assert 'value="forkert navn"' in response.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert not ModelLogEntry.objects.filter(action=ERASE_ACTION).exists()


@pytest.mark.django_db
def test_the_secretariat_erases_neither_itself_nor_a_superuser(secretariat):
    secretary = demo_user(SECRETARY)
    refused = secretariat.post(
        address(secretary), {"action": "erase", "confirm": secretary.get_username()}
    )
    boss = new_user("chefen", is_superuser=True)
    # The admin turns a refusal into a redirect to its dashboard with a message.
    for answer in [
        refused,
        secretariat.get(address(boss)),
        secretariat.post(address(boss), {"action": "erase", "confirm": "chefen"}),
    ]:
        assert answer.status_code in (302, 403)
        assert answer.status_code == 403 or answer["Location"] == reverse("wagtailadmin_home")
    assert get_user_model().objects.filter(pk__in=[secretary.pk, boss.pk]).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["contributor", "professional", "anonymous"])
def test_nobody_but_the_secretariat_exports_or_erases(role, request, client, person):
    visitor = client if role == "anonymous" else request.getfixturevalue(role)
    for answer in [
        visitor.get(address(person)),
        visitor.post(address(person), {"action": "export"}),
        visitor.post(address(person), {"action": "erase", "confirm": person.get_username()}),
    ]:
        assert answer.status_code in (302, 403)
        assert person.email not in answer.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()
    assert not ModelLogEntry.objects.filter(action__in=[EXPORT_ACTION, ERASE_ACTION]).exists()


@pytest.mark.django_db
def test_the_user_list_leads_the_secretariat_to_a_persons_data(secretariat, person):
    listing = secretariat.get(reverse("wagtailusers_users:index"))
    assert address(person) in listing.content.decode()


@pytest.mark.django_db
def test_an_unknown_user_is_a_404(secretariat):
    assert secretariat.get(reverse("home_personal_data", args=[987654])).status_code == 404

"""The secretariat's workflow as its people meet it: who gets which e-mail, what it says, where
its links lead, and that every step is written in Wagtail's audit log."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.users.models import UserProfile

from library.models import MaterialPage
from network.models import Municipality
from tests.library.contributions import (
    contribution_data,
    pdf,
    second_secretary,
    workflow_action_url,
)
from tests.people import CONTRIBUTOR, SECRETARY, demo_user

SECRETARIAT_INBOX = ["sekretariat@example.org"]
CONTRIBUTOR_INBOX = ["kommune@example.org"]
AWAITING = "Sangkort til de første uger"  # the demo's contributions, one in each state
CHANGES_REQUESTED = "Samtaleguide: fars første uger"


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL + url


def site_link(name, *args):
    """A link to the site as the e-mail writes it: in Danish, the recipients' language."""
    with translation.override("da"):
        return absolute(reverse(name, args=args))


def admin_edit_link(page):
    return absolute(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def logged(page, after=0):
    entries = PageLogEntry.objects.filter(page=page, pk__gt=after).order_by("pk")
    return list(entries.values_list("action", flat=True))


def last_log_id():
    return PageLogEntry.objects.order_by("pk").values_list("pk", flat=True).last() or 0


def words(message):
    return message.body.split()


def submit(client, title):
    client.force_login(demo_user(CONTRIBUTOR))
    aarhus = Municipality.objects.get(name="Aarhus")
    response = client.post(reverse("contribute"), contribution_data(title, aarhus, files=[pdf()]))
    assert response.status_code == 302
    return MaterialPage.objects.get(title=title)


def secretariat_acts(client, material, action, comment=""):
    client.force_login(demo_user(SECRETARY))
    response = client.post(workflow_action_url(material, action), {"comment": comment})
    assert response.status_code == 302
    material.refresh_from_db()


@pytest.mark.django_db
def test_a_submission_mails_the_secretariat_a_link_to_the_editor(client, mailoutbox):
    material = submit(client, "Fars første nat alene")

    assert [message.to for message in mailoutbox] == [SECRETARIAT_INBOX]
    message = mailoutbox[0]
    assert "Fars første nat alene" in message.subject
    assert "Fars første nat alene" in message.body and "Aarhus" in message.body
    assert admin_edit_link(material) in words(message)
    assert logged(material) == ["wagtail.create", "wagtail.edit", "wagtail.workflow.start"]


@pytest.mark.django_db
def test_an_approval_mails_the_contributor_the_page_and_their_contributions(client, mailoutbox):
    material = MaterialPage.objects.get(title=AWAITING)
    since = last_log_id()
    secretariat_acts(client, material, "approve")

    assert material.live
    assert [message.to for message in mailoutbox] == [CONTRIBUTOR_INBOX]
    message = mailoutbox[0]
    assert AWAITING in message.subject and AWAITING in message.body
    assert material.full_url in words(message)
    assert site_link("my_contributions") in words(message)
    assert logged(material, after=since) == ["wagtail.workflow.approve", "wagtail.publish"]


@pytest.mark.django_db
def test_a_request_for_changes_mails_the_contributor_the_comment_and_the_form(client, mailoutbox):
    material = MaterialPage.objects.get(title=AWAITING)
    since = last_log_id()
    comment = "Skriv gerne, hvilke sange I bruger mest."
    secretariat_acts(client, material, "reject", comment)

    assert not material.live
    assert material.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [message.to for message in mailoutbox] == [CONTRIBUTOR_INBOX]
    message = mailoutbox[0]
    assert AWAITING in message.subject and comment in message.body
    assert site_link("edit_contribution", material.pk) in words(message)
    assert site_link("my_contributions") in words(message)
    assert logged(material, after=since) == ["wagtail.workflow.reject"]


@pytest.mark.django_db
def test_sending_changes_again_mails_the_secretariat_and_resumes_the_workflow(client, mailoutbox):
    material = MaterialPage.objects.get(title=CHANGES_REQUESTED)
    state = material.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    since = last_log_id()
    client.force_login(demo_user(CONTRIBUTOR))
    url = reverse("edit_contribution", args=[material.pk])
    form = client.get(url)
    assert form.status_code == 200 and "form" in form.context
    data = contribution_data(
        CHANGES_REQUESTED,
        material.municipality,
        kind=material.kind,
        description="Vejledning: samtalen tager en halv time.",
    )
    assert client.post(url, data).status_code == 302

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert material.get_latest_revision().as_object().body  # the new description is saved
    assert [message.to for message in mailoutbox] == [SECRETARIAT_INBOX]
    assert CHANGES_REQUESTED in mailoutbox[0].subject
    assert admin_edit_link(material) in words(mailoutbox[0])
    assert logged(material, after=since) == ["wagtail.edit", "wagtail.workflow.resume"]


@pytest.mark.django_db
def test_the_whole_round_is_in_the_audit_log_and_the_inboxes(client, mailoutbox):
    material = submit(client, "Velkomstbrev til nye fædre")
    secretariat_acts(client, material, "reject", "Tilføj en dato, tak.")
    client.force_login(demo_user(CONTRIBUTOR))
    client.post(
        reverse("edit_contribution", args=[material.pk]),
        contribution_data(material.title, material.municipality, description="Med dato."),
    )
    secretariat_acts(client, material, "approve")

    assert material.live
    assert [message.to for message in mailoutbox] == [
        SECRETARIAT_INBOX,
        CONTRIBUTOR_INBOX,
        SECRETARIAT_INBOX,
        CONTRIBUTOR_INBOX,
    ]
    assert logged(material) == [
        "wagtail.create",
        "wagtail.edit",
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.edit",
        "wagtail.workflow.resume",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ]
    users = PageLogEntry.objects.filter(page=material).order_by("pk")
    assert [entry.user.username for entry in users] == [
        CONTRIBUTOR,
        CONTRIBUTOR,
        CONTRIBUTOR,
        SECRETARY,
        CONTRIBUTOR,
        CONTRIBUTOR,
        SECRETARY,
        SECRETARY,
    ]


@pytest.mark.django_db
def test_the_submission_mail_names_the_submitter_and_is_danish_to_the_end(client, mailoutbox):
    submit(client, "Fars første weekend")
    contributor = demo_user(CONTRIBUTOR)
    (message,) = mailoutbox
    (sent,) = [line for line in message.body.splitlines() if " har sendt " in line]
    assert contributor.get_full_name()
    assert sent.startswith(f"{contributor.get_full_name()} har sendt »Fars første weekend«")
    assert "Edit your notification preferences" not in message.body
    assert "Vælg, hvilke e-mails du får, her:" in message.body


# Each recipient's language: the one they chose in their admin account, Danish when none.

ENGLISH_TITLE = "A first night alone with the baby"
DANISH_FOOTER = "Vælg, hvilke e-mails du får, her:"
ENGLISH_FOOTER = "Edit your notification preferences here:"


def prefers(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def english_link(name, *args):
    with translation.override("en"):
        return absolute(reverse(name, args=args))


def submit_in_english(client, title=ENGLISH_TITLE):
    """The demo contributor sends a material through the site's form at /en/."""
    client.force_login(demo_user(CONTRIBUTOR))
    aarhus = Municipality.objects.get(name="Aarhus")
    with translation.override("en"):
        url = reverse("contribute")
    response = client.post(url, contribution_data(title, aarhus, files=[pdf()]))
    assert response.status_code == 302
    return MaterialPage.objects.get(title=title)


def inbox(mailoutbox):
    """{address: message}, one message per recipient."""
    messages = {}
    for message in mailoutbox:
        (address,) = message.to
        assert address not in messages
        messages[address] = message
    return messages


@pytest.mark.django_db
def test_an_english_submission_mails_each_secretary_in_their_own_language(client, mailoutbox):
    english_secretary = prefers(second_secretary(), "en")
    assert not UserProfile.get_for_user(demo_user(SECRETARY)).preferred_language
    material = submit_in_english(client)
    contributor = demo_user(CONTRIBUTOR)

    assert material.locale.language_code == "en"
    assert material.current_workflow_state.workflow.name == "Sekretariatets godkendelse"
    mails = inbox(mailoutbox)
    assert set(mails) == {*SECRETARIAT_INBOX, english_secretary.email}

    english = mails[english_secretary.email]
    assert english.subject == f"For approval: “{ENGLISH_TITLE}”"
    assert english.body.startswith(f"Hello {english_secretary.first_name},")
    assert (
        f"{contributor.get_full_name()} has sent “{ENGLISH_TITLE}” to the secretariat for "
        "approval." in english.body
    )
    assert "On behalf of: Aarhus" in english.body
    assert ENGLISH_FOOTER in english.body and DANISH_FOOTER not in english.body
    assert admin_edit_link(material) in words(english)

    danish = mails[SECRETARIAT_INBOX[0]]
    assert danish.subject == f"Til godkendelse: »{ENGLISH_TITLE}«"
    assert (
        f"{contributor.get_full_name()} har sendt »{ENGLISH_TITLE}« til godkendelse hos "
        "sekretariatet." in danish.body
    )
    assert DANISH_FOOTER in danish.body and ENGLISH_FOOTER not in danish.body
    assert admin_edit_link(material) in words(danish)


@pytest.mark.django_db
def test_an_english_contributor_hears_of_the_approval_in_english(client, mailoutbox):
    prefers(demo_user(CONTRIBUTOR), "en")
    material = submit_in_english(client)
    mailoutbox.clear()
    secretariat_acts(client, material, "approve")

    assert material.live
    (message,) = mailoutbox
    assert message.to == CONTRIBUTOR_INBOX
    assert message.subject == f"Approved and published: “{ENGLISH_TITLE}”"
    assert f"The secretariat has approved “{ENGLISH_TITLE}”, and it is now published." in (
        message.body
    )
    assert material.full_url in words(message) and "/en/" in material.full_url
    assert english_link("my_contributions") in words(message)
    assert ENGLISH_FOOTER in message.body and DANISH_FOOTER not in message.body


@pytest.mark.django_db
def test_an_english_contributor_is_asked_for_changes_in_english(client, mailoutbox):
    prefers(demo_user(CONTRIBUTOR), "en")
    material = submit_in_english(client)
    mailoutbox.clear()
    secretariat_acts(client, material, "reject", "Please add a date.")

    (message,) = mailoutbox
    assert message.subject == f"Changes requested: “{ENGLISH_TITLE}”"
    assert "asks you to change it before it is published" in message.body
    assert "The secretariat writes:" in message.body and "Please add a date." in message.body
    assert english_link("edit_contribution", material.pk) in words(message)
    assert english_link("my_contributions") in words(message)
    assert ENGLISH_FOOTER in message.body and DANISH_FOOTER not in message.body


@pytest.mark.django_db
def test_a_secretary_working_in_english_answers_a_contributor_without_a_choice_in_danish(
    client, mailoutbox
):
    """The e-mail follows the recipient's choice, never the language of whoever acted."""
    material = MaterialPage.objects.get(title=AWAITING)
    english_secretary = prefers(second_secretary(), "en")
    client.force_login(english_secretary)
    response = client.post(workflow_action_url(material, "approve"), {"comment": ""})
    assert response.status_code == 302

    (message,) = mailoutbox
    assert message.to == CONTRIBUTOR_INBOX
    assert message.subject == f"Godkendt og offentliggjort: »{AWAITING}«"
    assert DANISH_FOOTER in message.body and ENGLISH_FOOTER not in message.body
    assert site_link("my_contributions") in words(message)

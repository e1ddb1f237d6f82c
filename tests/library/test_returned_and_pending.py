"""A contributor follows a contribution through review: the secretariat's comment is on the form
they open to make the changes, each state has its own badge in "Mine bidrag", and a contribution
waiting for approval can be looked at and withdrawn to be changed."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import WorkflowState

from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage
from tests.people import new_user

BY_STATE = {entry["state"]: entry for entry in CONTRIBUTIONS}


def demo_contribution(state):
    return MaterialPage.objects.get(title=BY_STATE[state]["title"])


def open_states(page):
    return page.workflow_states.filter(
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    )


@pytest.mark.django_db
def test_the_returned_contribution_shows_the_secretariats_comment_where_it_is_changed(
    contributor,
):
    page = demo_contribution("changes_requested")
    form = contributor.get(reverse("edit_contribution", args=[page.pk]))
    assert form.status_code == 200
    notice = BeautifulSoup(form.content, "html.parser").select_one(".notice--changes")
    assert notice is not None
    assert "Sekretariatet beder om ændringer" in notice.get_text()
    assert BY_STATE["changes_requested"]["comment"][:40] in notice.get_text()

    draft = contributor.get(reverse("edit_contribution", args=[demo_contribution("draft").pk]))
    assert b"notice--changes" not in draft.content


@pytest.mark.django_db
def test_each_state_has_its_own_badge_in_my_contributions(contributor):
    soup = BeautifulSoup(contributor.get(reverse("my_contributions")).content, "html.parser")
    badges = {
        row.th.get_text(strip=True): set(row.select_one(".badge")["class"])
        for row in soup.select("tr[data-status]")
    }
    for state, entry in BY_STATE.items():
        assert f"badge--{state}" in badges[entry["title"]], (state, badges[entry["title"]])
    assert len({frozenset(classes) for classes in badges.values()}) >= 4


@pytest.mark.django_db
def test_a_pending_contribution_can_be_viewed_and_withdrawn_to_a_draft(contributor):
    page = demo_contribution("awaiting")
    listing = contributor.get(reverse("my_contributions")).content.decode()
    view = reverse("edit_contribution", args=[page.pk])
    assert view in listing

    shown = contributor.get(view).content.decode()
    assert BY_STATE["awaiting"]["summary"][:40] in shown
    assert "Træk tilbage fra godkendelse" in shown

    response = contributor.post(reverse("withdraw_contribution", args=[page.pk]), follow=True)
    assert "er trukket tilbage fra godkendelse" in response.content.decode()
    assert not open_states(page).exists()
    row = BeautifulSoup(response.content, "html.parser").find("th", string=page.title).parent
    assert row["data-status"] == "draft"
    # Now the form opens, to be changed and sent again.
    assert b'name="title"' in contributor.get(view).content


@pytest.mark.django_db
def test_another_municipality_cannot_withdraw_a_contribution(client, odense):
    page = demo_contribution("awaiting")
    stranger = new_user("odense-bidrag", odense.contributor_group)
    client.force_login(stranger)
    answer = client.post(reverse("withdraw_contribution", args=[page.pk]))
    assert answer.status_code == 404
    assert open_states(page).get().status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(reverse("withdraw_contribution", args=[page.pk])).status_code == 405


@pytest.mark.django_db
def test_a_professional_without_a_municipality_cannot_withdraw(professional):
    page = demo_contribution("awaiting")
    assert professional.post(reverse("withdraw_contribution", args=[page.pk])).status_code == 403
    assert open_states(page).get().status == WorkflowState.STATUS_IN_PROGRESS

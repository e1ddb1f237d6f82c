"""What the tests of contributions share: the demo's people, a filled-in site form, real files,
and the admin's workflow actions. Addresses always come from `reverse()`, since the Danish
paths change when the translations are filled in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from home.demo.files import make_pdf
from home.roles import SECRETARIAT
from library.contribute import library_for_contributions
from library.models import MaterialPage, TargetGroup
from network.roles import ensure_contributor_group


def user(username):
    return get_user_model().objects.get(username=username)


def new_user(username, *groups):
    person = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", first_name=username.title()
    )
    person.groups.add(*groups)
    return person


def second_secretary():
    return new_user("sekretariat2", Group.objects.get(name=SECRETARIAT))


def contributor_for(municipality, username):
    return new_user(username, ensure_contributor_group(municipality))


def pdf(name="plan.pdf", title="Plan for forløbet"):
    return SimpleUploadedFile(
        name, make_pdf(title, ["Et lille, rigtigt dokument."]), content_type="application/pdf"
    )


def contribution_data(title, municipality, files=(), **fields):
    """What a contributor types and ticks in the site's form before pressing 'send'."""
    data = {
        "title": title,
        "introduction": "En kort opsummering af materialet.",
        "kind": MaterialPage.Kind.TOOL,
        "target_groups": [TargetGroup.objects.order_by("pk").first().pk],
        "phases": [],
        "themes": "fædre, søvn",
        "description": "Sådan bruger vi det.\n\nOg det har vi lært.",
        "municipality": municipality.pk,
        "submit": "",
    }
    if files:
        data["files"] = list(files)
    data.update(fields)
    return data


def submitted_material(title, municipality, by):
    """A material that `by` has sent to the secretariat, as the site's form leaves it."""
    material = MaterialPage(
        title=title,
        introduction="Til godkendelse.",
        kind=MaterialPage.Kind.METHOD,
        municipality=municipality,
        owner=by,
        live=False,
    )
    library_for_contributions().add_child(instance=material)
    material.save_revision(user=by, log_action=True)
    material.get_workflow().start(material, by)
    return MaterialPage.objects.get(pk=material.pk)


def current_task_state(page):
    return page.current_workflow_state.current_task_state


def workflow_action_url(page, action):
    """The admin's address for approving ('approve') or sending back ('reject') a page."""
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, current_task_state(page).pk]
    )

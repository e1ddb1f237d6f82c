import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.core.management import CommandError, call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.demo.mail import muted_mail
from home.models import FormField, HomePage
from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

MODELS = [
    Page,
    Revision,
    Image,
    Document,
    FormField,
    FormSubmission,
    Translation,
    StringTranslation,
]


def snapshot():
    counts = {model.__name__: model.objects.count() for model in MODELS}
    counts["users"] = sorted(get_user_model().objects.values_list("username", "password"))
    counts["pages"] = sorted(Page.objects.values_list("path", "slug", "title", "live", "numchild"))
    return counts


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    before = snapshot()
    call_command("load_demo_content", force=True, verbosity=0)
    assert snapshot() == before


@pytest.mark.django_db
def test_the_demo_has_a_danish_tree_with_a_complete_english_translation():
    # Every page has its English version, but for the library, where about half do.
    danish = Page.objects.filter(locale__language_code="da", depth__gt=1).not_type(MaterialPage)
    english = Page.objects.filter(locale__language_code="en", depth__gt=1).not_type(MaterialPage)
    assert danish.count() == english.count() >= 25
    materials = MaterialPage.objects.filter(locale__language_code="da").count()
    translated = MaterialPage.objects.filter(locale__language_code="en").count()
    assert 0 < translated < materials
    for translation in Translation.objects.all():
        total, translated = translation.get_progress()
        assert total == translated, translation
    assert english.filter(live=False).count() == 0


@pytest.mark.django_db
def test_a_user_for_every_role_with_the_demo_password(client):
    User = get_user_model()
    for username, group in [
        (SECRETARY, "Sekretariat"),
        (CONTRIBUTOR, "Fagpersoner"),
        (PROFESSIONAL, "Fagpersoner"),
    ]:
        user = User.objects.get(username=username)
        assert user.check_password("fiv-demo-2026")
        assert user.groups.filter(name=group).exists()
    login = client.post("/admin/login/", {"username": SECRETARY, "password": "fiv-demo-2026"})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_demo_password_comes_from_the_environment(monkeypatch):
    get_user_model().objects.filter(username=PROFESSIONAL).delete()
    monkeypatch.setenv("DEMO_PASSWORD", "et-andet-kodeord")
    call_command("load_demo_content", force=True, verbosity=0)
    assert demo_user(PROFESSIONAL).check_password("et-andet-kodeord")


@pytest.mark.django_db
def test_refuses_to_run_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo_content", verbosity=0)


@pytest.mark.django_db
def test_the_demo_files_are_real():
    document = Document.objects.get(title="Kort om Familieiværksætterne")
    with document.open_file() as file:
        assert file.read(5) == b"%PDF-"
    image = HomePage.objects.get(locale__language_code="da").hero_image
    assert (image.width, image.height) == (1200, 900)


@pytest.mark.django_db
def test_sync_roles_restores_the_secretariats_permissions():
    secretariat = Group.objects.get(name="Sekretariat")
    secretariat.permissions.clear()
    call_command("sync_roles", verbosity=0)
    codenames = set(secretariat.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "change_sitesettings",
        "add_municipality",
        "change_boardmember",
    } <= codenames


@pytest.mark.django_db
def test_the_demo_s_workflow_steps_send_no_mail(mailoutbox):
    """The demo plays its contributions through the workflow (submitted, sent back, approved):
    nobody's inbox hears of it, and the site's own mail is sent as before afterwards."""
    titles = [entry["title"] for entry in CONTRIBUTIONS]
    MaterialPage.objects.filter(title__in=titles).delete()

    call_command("load_demo_content", force=True, verbosity=0)

    assert MaterialPage.objects.filter(title__in=titles).count() == len(CONTRIBUTIONS)
    assert mailoutbox == []
    send_mail("Efter demoen", "Stadig sendt.", None, ["sekretariat@example.org"])
    assert [message.subject for message in mailoutbox] == ["Efter demoen"]


def test_muted_mail_gives_the_backend_back_after_an_error(mailoutbox):
    with pytest.raises(RuntimeError), muted_mail():
        send_mail("Under demoen", "Ingen får den.", None, ["sekretariat@example.org"])
        raise RuntimeError
    send_mail("Efter demoen", "Stadig sendt.", None, ["sekretariat@example.org"])
    assert [message.subject for message in mailoutbox] == ["Efter demoen"]

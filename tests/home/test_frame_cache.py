"""The frame cache (home/framecache.py): the menu, restrictions, settings and a reader's roles
come from memory, and every change a reader could notice shows at the next request, in any
process, because it starts a new generation in the shared cache."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from home import framecache
from home.models import ConceptPage, SiteSettings
from home.roles import PROFESSIONALS
from tests.people import new_user


def menu_titles(response):
    html = response.content.decode()
    start = html.index('class="main-nav"')
    return html[start : html.index("</nav>", start)]


@pytest.fixture
def concept(home_da):
    page = home_da.add_child(
        instance=ConceptPage(title="Sådan er et forløb", slug="saadan", show_in_menus=True)
    )
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_the_second_request_builds_the_frame_from_memory(client, concept):
    client.get(concept.url)
    with CaptureQueriesContext(connection) as second:
        client.get(concept.url)
    tables = " ".join(query["sql"] for query in second.captured_queries)
    for table in ["wagtailcore_site", "wagtailcore_locale", "home_sitesettings"]:
        assert table not in tables
    assert "wagtailcore_pageviewrestriction" not in tables


@pytest.mark.django_db
def test_a_published_page_joins_the_menu_and_an_unpublished_one_leaves_it(client, home_da):
    assert "Nyt om forløbet" not in menu_titles(client.get("/"))
    page = home_da.add_child(
        instance=ConceptPage(title="Nyt om forløbet", slug="nyt-forloeb", show_in_menus=True)
    )
    page.save_revision().publish()
    assert "Nyt om forløbet" in menu_titles(client.get("/"))
    page.unpublish()
    assert "Nyt om forløbet" not in menu_titles(client.get("/"))


@pytest.mark.django_db
def test_a_new_restriction_refuses_the_next_anonymous_request(client, concept):
    assert client.get(concept.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=concept, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(concept.url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert "Sådan er et forløb" not in menu_titles(client.get("/"))
    restriction.delete()
    assert client.get(concept.url).status_code == 200


@pytest.mark.django_db
def test_leaving_a_group_takes_its_pages_away_at_the_next_request(client, concept):
    professionals = Group.objects.get(name=PROFESSIONALS)
    restriction = PageViewRestriction.objects.create(
        page=concept, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([professionals])
    reader = new_user("jordemoder", professionals)
    client.force_login(reader)
    assert client.get(concept.url).status_code == 200
    reader.groups.remove(professionals)
    refused = client.get(concept.url)  # Wagtail sends a reader outside the groups to log in
    assert refused.status_code == 302 and refused["Location"].startswith(reverse("login"))
    reader.groups.add(professionals)
    assert client.get(concept.url).status_code == 200


@pytest.mark.django_db
def test_changed_site_settings_show_in_the_next_footer(client):
    client.get("/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Familieiværksætterne i Danmark"
    settings.save()
    assert "Familieiværksætterne i Danmark" in client.get("/").content.decode()


@pytest.mark.django_db
def test_another_process_sees_a_change_through_the_shared_generation(client, concept):
    """A process keeps what it read until the shared generation changes: another process's
    change (here: the rows changed behind this process's back, then the signal another
    process would send) reaches it at its next request."""
    client.get("/")
    Page.objects.filter(pk=concept.pk).update(title="Et forløb, trin for trin")
    assert "Et forløb, trin for trin" not in menu_titles(client.get("/"))
    caches["pages"].set(framecache.GENERATION_KEY, "from-another-process", timeout=None)
    assert "Et forløb, trin for trin" in menu_titles(client.get("/"))


@pytest.mark.django_db
def test_an_emptied_shared_cache_starts_afresh(client, concept):
    client.get("/")
    Page.objects.filter(pk=concept.pk).update(title="Et forløb, trin for trin")
    caches["pages"].clear()  # Redis restarted, say
    assert "Et forløb, trin for trin" in menu_titles(client.get("/"))


@pytest.mark.django_db
def test_a_change_starts_a_new_generation_again_when_it_commits(django_capture_on_commit_callbacks):
    before = framecache.current_generation()
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        framecache.changed()
    meanwhile = framecache.current_generation()
    for callback in waiting:
        callback()
    assert len({before, meanwhile, framecache.current_generation()}) == 3


@pytest.mark.django_db
def test_nothing_is_remembered_outside_a_request():
    calls = []
    framecache.remember("key", lambda: calls.append(1))
    framecache.remember("key", lambda: calls.append(1))
    assert len(calls) == 2


@pytest.mark.django_db
def test_restrictions_from_memory_are_wagtails_own(rf, concept):
    """The page's restrictions from memory are those Wagtail finds, and the queryset still
    asks the database when it is filtered."""
    restriction = PageViewRestriction.objects.create(
        page=concept, restriction_type=PageViewRestriction.LOGIN
    )
    child = concept.add_child(instance=ConceptPage(title="Underside", slug="underside"))
    token = framecache._generation.set(framecache.current_generation())
    try:
        list(child.get_view_restrictions())  # fills the memory
        with CaptureQueriesContext(connection) as asked:
            remembered = list(child.get_view_restrictions())
        assert remembered == [restriction]
        assert not asked.captured_queries
        assert list(child.get_view_restrictions().order_by("pk")) == [restriction]
        assert not concept.get_parent().get_view_restrictions().exists()
    finally:
        framecache._generation.reset(token)
    assert list(Page.get_view_restrictions(child)) == [restriction]

"""Pages that readers of the same groups share (home/readercache.py): the library and a
material are built once per change, and never carry one reader's token, page or file to a
reader who may not have it."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib import messages
from django.contrib.auth.models import Group
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.readercache import CSRF_HOLE, NAME_HOLE
from home.roles import PROFESSIONALS
from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage, MaterialPage
from network.factories import MeetingPageFactory
from network.models import MeetingIndexPage, ProfessionalAreaPage
from tests.people import PROFESSIONAL, SECRETARY, demo_user, new_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


@pytest.fixture
def material(library):
    return MaterialPage.objects.live().child_of(library).filter(files__isnull=False).first()


def reader(username, *more_groups):
    """A client logged in as a new professional, in the professionals' group and `more_groups`."""
    client = Client()
    client.force_login(new_user(username, Group.objects.get(name=PROFESSIONALS), *more_groups))
    return client


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def logout_token(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one(".account-links__logout input[name=csrfmiddlewaretoken]")["value"]


def built(response):
    """Whether the page was built for this request: its templates rendered."""
    return bool(response.templates)


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".material-card .card__title")]


def test_a_second_reader_gets_the_stored_page_with_a_token_of_their_own(library, material):
    anne, bo = reader("anne"), reader("bo")
    for url in [library.url, material.url]:
        first = page_of(anne, url)
        second = page_of(bo, url)
        assert built(first) and not built(second), url
        assert CSRF_HOLE.encode() not in first.content + second.content
        assert logout_token(first) != logout_token(second)

    # Bo's token is Bo's: it logs him out (CSRF checks on), and Anne's own still works for her.
    bo.handler.enforce_csrf_checks = True
    logged_out = bo.post(reverse("logout"), {"csrfmiddlewaretoken": logout_token(second)})
    assert logged_out.status_code == 302
    assert page_of(anne, library.url)
    assert bo.get(library.url).status_code == 302  # to the login


def test_a_reader_of_other_groups_never_gets_a_page_stored_for_another(library):
    board = Group.objects.create(name="Følgegruppen")
    secret = MaterialPageFactory(parent=library, title="Kun for følgegruppen", slug="kun")
    secret.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    member, other = reader("medlem", board), reader("anden")

    for url in [library.url, library.url + "?page=1"]:  # the newest first
        assert "Kun for følgegruppen" not in titles(page_of(other, url))  # stored first
        for _ in range(2):
            assert "Kun for følgegruppen" in titles(page_of(member, url))
        assert "Kun for følgegruppen" not in titles(page_of(other, url))

    assert member.get(secret.url).status_code == 200
    assert other.get(secret.url).status_code == 302  # Wagtail's check runs before the store


def test_changes_show_at_the_next_request(library, material, commits):
    anne = reader("anne")
    page_of(anne, library.url)
    page_of(anne, material.url)

    new = MaterialPageFactory(parent=library, title="Helt ny samtaleguide", slug="helt-ny")
    commits(lambda: new.save_revision().publish())
    assert "Helt ny samtaleguide" in page_of(anne, library.url).content.decode()

    target = material.target_groups.first()
    target.name = "Vordende fædre og medforældre"
    commits(target.save)
    assert "Vordende fædre og medforældre" in page_of(anne, material.url).content.decode()

    document = material.files.first().document
    document.title = "Guiden, ny udgave"
    commits(document.save)
    assert "Guiden, ny udgave" in page_of(anne, material.url).content.decode()


def test_the_secretariat_and_editors_get_pages_built_for_them(library, client):
    page_of(reader("anne"), library.url)
    client.force_login(demo_user(SECRETARY))
    page = page_of(client, library.url)
    assert built(page)
    assert b"wagtail-userbar" in page.content  # theirs, with the way into the admin


def test_a_waiting_message_is_shown_to_its_reader_alone(library):
    anne, bo = reader("anne"), reader("bo")
    page_of(bo, library.url)  # stored without a message
    storage = CookieStorage(RequestFactory().get("/"))
    anne.cookies[CookieStorage.cookie_name] = storage._encode(
        [Message(messages.SUCCESS, "Dine valg er gemt.")]
    )
    assert "Dine valg er gemt." in page_of(anne, library.url).content.decode()
    assert "Dine valg er gemt." not in page_of(bo, library.url).content.decode()
    assert "Dine valg er gemt." not in page_of(anne, library.url).content.decode()


def test_made_up_addresses_never_fill_the_store(library):
    """Filters and other parameters, which a reader can vary without end, are built for the
    reader; only the page itself and its page numbers are stored."""
    anne, bo = reader("anne"), reader("bo")
    store = caches["pages"]
    for number in range(20):
        url = f"{library.url}?kind=tool&made-up={number}"
        page_of(anne, url)
        assert built(page_of(bo, url))
    assert not [key for key in store._cache if "reader:" in key]
    page_of(anne, library.url + "?page=2")
    assert not built(page_of(bo, library.url + "?page=2"))


def test_a_text_query_is_answered_afresh(library, material):
    anne, bo = reader("anne"), reader("bo")
    url = library.url + "?q=" + material.title.split()[0]
    page_of(anne, url)
    assert built(page_of(bo, url))


def test_the_demo_professional_shares_pages(library):
    """The demo's professional is such a reader: the benchmark's figures are of this cache."""
    client = Client()
    client.force_login(demo_user(PROFESSIONAL))
    page_of(client, library.url)
    assert not built(page_of(client, library.url))


def test_the_greeting_names_each_reader_of_a_shared_area_page():
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    anne = reader("anne")
    kim = Client()
    kim.force_login(new_user("kim", Group.objects.get(name=PROFESSIONALS), first_name="<b>Kim</b>"))
    first, second = page_of(anne, area.url), page_of(kim, area.url)
    assert built(first) and not built(second)
    assert "Velkommen, Anne." in first.content.decode()
    html = second.content.decode()
    assert "Velkommen, &lt;b&gt;Kim&lt;/b&gt;." in html
    assert "Anne" not in html and NAME_HOLE not in html


def test_the_meeting_list_is_built_again_when_the_next_meeting_starts(commits):
    meetings = MeetingIndexPage.objects.get(locale__language_code="da")
    now = timezone.now()
    meeting = MeetingPageFactory(
        parent=meetings, title="Temadag om søvn", start=now + datetime.timedelta(minutes=2)
    )
    commits(lambda: meeting.save_revision().publish())
    anne, bo = reader("anne"), reader("bo")

    def upcoming(response):
        soup = BeautifulSoup(response.content, "html.parser")
        return soup.select_one("section[aria-labelledby=upcoming]").get_text(" ", strip=True)

    with time_machine.travel(now, tick=False):
        assert "Temadag om søvn" in upcoming(page_of(anne, meetings.url))
        assert not built(page_of(bo, meetings.url))
    with time_machine.travel(now + datetime.timedelta(minutes=3), tick=False):
        after = page_of(bo, meetings.url)
        assert built(after)
        assert "Temadag om søvn" not in upcoming(after)

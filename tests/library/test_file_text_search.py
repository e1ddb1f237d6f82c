"""The library's text query finds a material by the words inside its files, and says where."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from home.demo.files import make_docx
from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage
from network.factories import PrivateDocumentFactory
from tests.people import PROFESSIONAL, demo_user, new_user

WORD = "Tandbørstesangen"


@pytest.fixture
def material(db, django_capture_on_commit_callbacks):
    """A material whose description never names the word that its Word file holds."""
    with django_capture_on_commit_callbacks(execute=True):
        document = PrivateDocumentFactory(
            title="Sange til aftenen",
            filename="sange.docx",
            content=make_docx("Sange", [f"Vi synger {WORD} hver aften."]),
        )
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    page = MaterialPageFactory(parent=library, title="Gode rutiner ved sengetid", files=[document])
    page.save_revision().publish()
    return page


def search(client, query):
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    response = client.get(library.url, {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cards(soup):
    return {
        card.select_one(".card__title").get_text(strip=True): [
            found.get_text(strip=True) for found in card.select(".material-card__found")
        ]
        for card in soup.select(".material-card")
    }


@pytest.mark.django_db
def test_a_material_is_found_by_a_word_in_its_file_and_says_where(client, material):
    client.force_login(demo_user(PROFESSIONAL))
    soup = search(client, WORD.lower())

    assert cards(soup) == {"Gode rutiner ved sengetid": ["Fundet i filen “Sange til aftenen”"]}
    link = soup.select_one(".material-card .card__title a")["href"]
    assert link == f"{material.url}?{urlencode({'q': WORD.lower()})}"
    page = BeautifulSoup(client.get(link).content, "html.parser")
    assert page.select_one(".documents__found").get_text(strip=True) == (
        f"Fundet i denne fil: “{WORD.lower()}”"
    )
    assert page.select_one(".documents__found").find_parent("li").a.get_text() == (
        "Sange til aftenen"
    )


@pytest.mark.django_db
def test_a_file_the_reader_may_not_open_finds_nothing(client, material):
    board = Group.objects.create(name="Følgegruppen")
    secret = Collection.get_first_root_node().add_child(name="Følgegruppens filer")
    CollectionViewRestriction.objects.create(
        collection=secret, restriction_type=CollectionViewRestriction.GROUPS
    ).groups.set([board])
    document = material.files.get().document
    document.collection = secret
    document.save(update_fields=["collection"])

    client.force_login(demo_user(PROFESSIONAL))
    assert cards(search(client, WORD)) == {}
    client.force_login(new_user("medlem", board))
    assert list(cards(search(client, WORD))) == ["Gode rutiner ved sengetid"]


@pytest.mark.django_db
def test_a_material_found_by_its_own_text_names_no_file(client, material):
    client.force_login(demo_user(PROFESSIONAL))
    assert cards(search(client, "sengetid"))["Gode rutiner ved sengetid"] == []

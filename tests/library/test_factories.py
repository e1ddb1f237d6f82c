"""The library's factories build what an editor would: a material made by the factory is found,
filtered and downloaded like one made in the admin."""

import pytest
from bs4 import BeautifulSoup

from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage, Phase, TargetGroup
from network.factories import PrivateDocumentFactory

from .test_library import counts, fetch, titles


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


@pytest.mark.django_db
def test_a_material_from_the_factory_is_found_by_its_facets_and_files(professional, library):
    fathers = TargetGroup.objects.get(slug="faedre")
    plan = PrivateDocumentFactory(title="Plan for aftenholdet", filename="plan.docx")
    material = MaterialPageFactory(
        parent=library,
        title="Aftenhold for fædre",
        target_groups=[fathers],
        phases=[Phase.objects.first()],
        tags=["aftenhold"],
        files=[plan, PrivateDocumentFactory(title="Invitation til aftenholdet")],
    )

    assert material.slug == "aftenhold-for-fædre"  # made from the title, as the admin makes it
    found = fetch(professional, library, {"tag": "aftenhold", "target": fathers.slug})
    assert titles(found) == ["Aftenhold for fædre"]
    assert counts(found, "format") == {"docx": 1, "pdf": 1}
    page = BeautifulSoup(professional.get(material.url).content, "html.parser")
    links = [link.get_text() for link in page.select(".documents a[download]")]
    assert links[:2] == ["Plan for aftenholdet", "Invitation til aftenholdet"]
    download = professional.get(plan.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:2] == b"PK"  # a real Word file, zipped


@pytest.mark.django_db
def test_a_factory_file_is_private(client, library):
    material = MaterialPageFactory(parent=library, files=[PrivateDocumentFactory()])
    document = material.files.get().document
    response = client.get(document.url)
    assert response.status_code == 302 and "/log-ind/" in response["Location"]

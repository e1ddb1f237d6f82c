"""Each file of a contribution has the title the contributor gives it, which is what readers see
for the download; left empty, a readable one is made from the file's name, never the bare
name. A refused title costs nothing typed and no accepted file, and a returned contribution's
files can be renamed, but not a file the published material shows."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage
from library.uploads import title_from_file_name
from tests.library.contributions import (
    contribution_data,
    current_task_state,
    file_errors,
    kept_token,
    listed_files,
    pdf,
    user,
)
from tests.people import PROFESSIONAL, SECRETARY, demo_user

Document = get_document_model()


@pytest.fixture
def reader(db):
    """A professional in a browser of their own, beside the contributor's."""
    client = Client()
    client.force_login(demo_user(PROFESSIONAL))
    return client


def page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def demo_contribution(state):
    return MaterialPage.objects.get(
        title=next(c["title"] for c in CONTRIBUTIONS if c["state"] == state)
    )


def summary(soup):
    return [item.get_text(" ", strip=True) for item in soup.select("#form-errors li")]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("plan_for_forloeb-2026.pdf", "Plan for forloeb 2026"),
        ("Sovetips.docx", "Sovetips"),
        ("fars__første--uger .pptx", "Fars første uger"),
        ("rapport.2026.endelig.pdf", "Rapport.2026.endelig"),
        ("ma\u030alsætning.pdf", "Målsætning"),  # as a Mac names it: å in two code points
        ("_-_.pdf", "Fil"),
        ("x" * 300 + ".pdf", "X" + "x" * 254),
    ],
)
def test_a_title_is_made_from_the_file_name(name, title):
    with translation.override("da"):
        assert title_from_file_name(name) == title


@pytest.mark.django_db
def test_the_title_given_is_what_readers_see_and_an_empty_one_is_made_from_the_name(
    contributor, reader, aarhus
):
    response = contributor.post(
        reverse("contribute"),
        contribution_data(
            "Lørdagsmøder for fædre",
            aarhus,
            files=[pdf("program_v2.pdf"), pdf("plan_for_forloeb-2026.pdf")],
            file_titles=["  Program for   den første lørdag ", ""],
        ),
    )
    assert response.status_code == 302
    material = MaterialPage.objects.get(title="Lørdagsmøder for fædre")
    titles = sorted(item.document.title for item in material.files.all())
    assert titles == ["Plan for forloeb 2026", "Program for den første lørdag"]
    for item in material.files.all():  # still behind the login, as before
        assert item.document.collection.get_view_restrictions().exists()

    current_task_state(material).approve(user=user(SECRETARY))
    material.refresh_from_db()
    shown = page(reader.get(material.url))
    links = sorted(link.get_text(strip=True) for link in shown.select(".documents__list a"))
    assert links == titles


@pytest.mark.django_db
def test_a_refused_title_keeps_what_was_typed_and_the_accepted_files(contributor, aarhus):
    too_long = " ".join(["Plan for de første uger"] * 13)  # 311 characters
    typed = contribution_data(
        "Sovetips til nye forældre",
        aarhus,
        files=[pdf("plan.pdf"), pdf("bilag.pdf"), SimpleUploadedFile("program.exe", b"MZ\x90")],
        file_titles=[too_long, "Bilag\x00 til planen", "Programmet"],
        introduction="Små råd om søvn.",
    )
    documents = Document.objects.count()
    soup = page(contributor.post(reverse("contribute"), typed))

    assert not MaterialPage.objects.filter(title="Sovetips til nye forældre").exists()
    assert soup.select_one("input[name=title]")["value"] == "Sovetips til nye forældre"
    assert soup.select_one("textarea[name=introduction]").get_text(strip=True) == "Små råd om søvn."
    # The two good files are stored, with made-up titles until the refused ones are put right;
    # each moved to the list with what was typed for it and the error beside it.
    assert Document.objects.count() == documents + 2
    listed = listed_files(soup)
    assert sorted(Document.objects.get(pk=pk).title for pk in listed) == ["Bilag", "Plan"]
    plan = Document.objects.get(pk__in=listed, title="Plan")
    bilag = Document.objects.get(pk__in=listed, title="Bilag")
    assert listed[plan.pk] == too_long
    errors = summary(soup)
    assert any(f"højst være 255 tegn; denne er {len(too_long)}" in error for error in errors)
    assert any("usynligt styretegn" in error for error in errors)
    plan_field = soup.select_one(f"input[name=file_title_{plan.pk}]")
    assert "højst være 255 tegn" in plan_field.find_parent(class_="field").get_text()
    bilag_field = soup.select_one(f"input[name=file_title_{bilag.pk}]")
    assert "usynligt styretegn" in bilag_field.find_parent(class_="field").get_text()
    # The refused file's row keeps its title, for the file to be chosen again.
    assert [error for error in file_errors(soup) if "program.exe" in error]
    assert soup.select_one("input[name=new_file_title_3]")["value"] == "Programmet"
    assert not soup.select_one("input[name=new_file_title_1]").get("value")

    again = {key: value for key, value in typed.items() if not key.startswith("new_file")} | {
        "kept_files": kept_token(soup),
        f"file_title_{plan.pk}": "Plan for de første uger",
        f"file_title_{bilag.pk}": "Bilag til planen",
    }
    assert contributor.post(reverse("contribute"), again).status_code == 302
    material = MaterialPage.objects.get(title="Sovetips til nye forældre")
    assert sorted(item.document.title for item in material.files.all()) == [
        "Bilag til planen",
        "Plan for de første uger",
    ]
    assert Document.objects.count() == documents + 2


@pytest.mark.django_db
@pytest.mark.parametrize("title", ["\x00", "Plan\x1b[31m", "Plan\x7f", "x" * 256])
def test_a_bad_title_for_a_row_without_a_file_is_refused_too(contributor, aarhus, title):
    data = contribution_data("Uden fil", aarhus) | {"new_file_title_2": title}
    soup = page(contributor.post(reverse("contribute"), data))
    assert soup.select("#form-errors a[href='#id_new_file_title_2']")
    assert not MaterialPage.objects.filter(title="Uden fil").exists()


@pytest.mark.django_db
def test_a_returned_contribution_shows_its_files_titles_to_be_renamed(contributor, aarhus):
    material = demo_contribution("changes_requested")
    url = reverse("edit_contribution", args=[material.pk])
    (item,) = material.get_latest_revision_as_object().files.all()
    document = item.document
    field = page(contributor.get(url)).select_one(f"input[name=file_title_{document.pk}]")
    assert field["value"] == document.title
    label = page(contributor.get(url)).find("label", attrs={"for": field["id"]})
    assert document.filename in label.get_text()

    data = contribution_data(material.title, aarhus, save_draft="")
    response = contributor.post(url, data | {f"file_title_{document.pk}": "Samtaleguiden"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Samtaleguiden"
    draft = MaterialPage.objects.get(pk=material.pk).get_latest_revision_as_object()
    assert [item.document_id for item in draft.files.all()] == [document.pk]

    # A NUL or a title too long is refused where it was typed, and nothing is renamed.
    for bad in ["Samtale\x00guiden", "Samtale\x1bguiden", "x" * 256]:
        soup = page(contributor.post(url, data | {f"file_title_{document.pk}": bad}))
        assert soup.select(f"#form-errors a[href='#id_file_title_{document.pk}']"), bad
        document.refresh_from_db()
        assert document.title == "Samtaleguiden"

    # Left empty, the title stays what it is: the field shows it again.
    response = contributor.post(url, data | {f"file_title_{document.pk}": "  "})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Samtaleguiden"
    field = page(contributor.get(url)).select_one(f"input[name=file_title_{document.pk}]")
    assert field["value"] == "Samtaleguiden"


@pytest.mark.django_db
def test_a_file_the_published_material_shows_keeps_its_title(contributor, aarhus):
    """Renaming it would change the published page without the secretariat's approval."""
    material = demo_contribution("published")
    url = reverse("edit_contribution", args=[material.pk])
    (item,) = material.files.all()
    document = item.document
    soup = page(contributor.get(url))
    assert not soup.select(f"input[name=file_title_{document.pk}]")
    assert listed_files(soup) == {document.pk: document.title}
    assert "Bed sekretariatet" in soup.select_one(".file-list__item").get_text()

    data = contribution_data(material.title, aarhus, save_draft="")
    response = contributor.post(url, data | {f"file_title_{document.pk}": "Omdøbt"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title != "Omdøbt"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"), [("da", "Titel på fil 1"), ("en", "Title of file 1")]
)
def test_each_new_file_has_a_title_field_in_the_readers_language(contributor, language, label):
    with translation.override(language):
        url = reverse("contribute")
    soup = page(contributor.get(url))
    field = soup.select_one("input[name=new_file_title_1]")
    assert soup.find("label", attrs={"for": field["id"]}).get_text(strip=True) == label
    assert field["maxlength"] == "255"
    help_text = soup.select_one(f"#{field['aria-describedby']}").get_text()
    assert "Plan for forloeb 2026" in help_text
    assert len(soup.select("input[type=file][name^=new_file_]")) == len(
        soup.select("input[name^=new_file_title_]")
    )
